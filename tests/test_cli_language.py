"""The command line in the user's language: its messages and the problems it reports, while
what it gives for other programs (the routine list, the exported history) stays as it is."""

import json

import pytest
from test_cli import run_cli

ROUTINE = {
    "version": 1,
    "id": "mine",
    "title": "Mine",
    "prep_seconds": 0,
    "rest_seconds": 0,
    "steps": [{"exercise": "cat-pose", "seconds": 30}],
}


def in_language(language: str) -> dict[str, str]:
    return {"LANGUAGE": language, "LC_ALL": "C.UTF-8"}


@pytest.mark.parametrize(
    ("language", "unknown", "valid"),
    [
        ("de", "unbekannte Routinen-ID 'nope'", "Gültige IDs:"),
        ("es", "id de rutina desconocido 'nope'", "Ids válidos:"),
        ("fr", "identifiant de routine inconnu 'nope'", "Identifiants valides\u202f:"),
    ],
)
def test_an_unknown_routine_is_said_in_the_users_language(tmp_path, language, unknown, valid):
    result = run_cli(
        "--start", "nope", "--data-dir", str(tmp_path), env_extra=in_language(language)
    )
    assert result.returncode == 2
    first, *ids = result.stderr.splitlines()
    assert unknown in first and first.endswith(valid)
    assert "  quick-reset" in ids  # the ids as they are


def test_the_language_chosen_in_the_app_is_the_command_lines_too(tmp_path):
    from psoas_timer.core.store import DataDir

    data = DataDir(tmp_path)
    data.claim()
    data.settings.change(data.settings.current.changed(language="es"))
    result = run_cli("--start", "nope", "--data-dir", str(tmp_path))  # a system in English
    assert "id de rutina desconocido" in result.stderr


PROBLEM = {
    "de": "muss eine ganze Zahl von 0 bis 600 sein, gefunden: 900",
    "es": "debe ser un número entero de 0 a 600; se encontró 900",
    "fr": "doit être un nombre entier de 0 à 600, trouvé\u202f: 900",
}
TITLE = {"de": "Kurze Auszeit", "es": "Pausa rápida", "fr": "Pause express"}


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_list_routines_keeps_its_columns_and_says_problems_in_the_language(tmp_path, language):
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "mine.json").write_text(json.dumps(ROUTINE))
    broken = ROUTINE | {"id": "broken", "rest_seconds": 900}
    (routines / "broken.json").write_text(json.dumps(broken))
    result = run_cli(
        "--list-routines", "--data-dir", str(tmp_path), env_extra=in_language(language)
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(row) == 3 for row in rows)  # id, title, m:ss: for other programs to read
    by_id = {row[0]: row for row in rows}
    assert by_id["mine"][1:] == ["Mine", "0:30"]  # a user's own title as they wrote it
    assert by_id["quick-reset"][1] == TITLE[language]  # the built-in titles in the language
    (line,) = result.stderr.splitlines()
    assert line.startswith("broken.json") and '"rest_seconds"' in line
    assert line.endswith(PROBLEM[language])


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("de", "1 Einheit in", "2 Einheiten in"),
        ("es", "1 sesión escrita en", "2 sesiones escritas en"),
        ("fr", "1 séance écrite dans", "2 séances écrites dans"),
    ],
)
def test_export_history_counts_sessions_in_the_language(tmp_path, language, one, two):
    from test_cli import _history

    session = {
        "id": "a1",
        "routine_id": "quick-reset",
        "routine_title": "Quick reset",
        "started_at": "2026-11-24T07:30:00+01:00",
        "ended_at": "2026-11-24T07:35:00+01:00",
        "planned_seconds": 240,
        "active_seconds": 240,
        "steps_completed": 5,
        "steps_total": 5,
        "completed": True,
    }
    data = tmp_path / "data"
    _history(data, [session])
    out = tmp_path / "history.csv"
    result = run_cli(
        "--export-history", str(out), "--data-dir", str(data), env_extra=in_language(language)
    )
    assert result.returncode == 0, result.stderr
    assert one in result.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("id,routine_id,routine,")  # as it is
    _history(data, [session, session | {"id": "a2"}])
    result = run_cli(
        "--export-history", str(out), "--data-dir", str(data), env_extra=in_language(language)
    )
    assert two in result.stderr


def test_reminders_are_listed_in_the_language(tmp_path):
    from test_cli import write_reminders

    write_reminders(
        tmp_path,
        {
            "id": "a",
            "time": "07:30",
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "routine": "quick-reset",
        },
        {"id": "b", "time": "18:00", "days": ["sun"], "routine": "gentle-floor", "enabled": False},
    )
    result = run_cli("--reminders", "--data-dir", str(tmp_path), env_extra=in_language("de"))
    assert result.returncode == 0, result.stderr
    first, second, note = result.stdout.splitlines()
    assert first.startswith("07:30  Werktags  Kurze Auszeit ") and "  nächste: " in first
    assert second.startswith("18:00  So ") and second.endswith("aus")
    assert "schon geübt" in note
    english_days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
    english_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"}
    words = set(first.replace(",", " ").replace(".", " ").split())
    assert not words & (english_days | english_months | {"Dec", "next"}), first


@pytest.mark.parametrize(
    ("language", "description", "start"),
    [
        ("de", "Ein geführter Timer", "den Player öffnen und diese Routine sofort starten"),
        ("es", "Un temporizador guiado", "abre el reproductor y empieza esta rutina"),
        ("fr", "Un minuteur guidé", "ouvre le lecteur et démarre aussitôt cette routine"),
    ],
)
def test_help_describes_the_options_in_the_language(tmp_path, language, description, start):
    result = run_cli("--help", "--data-dir", str(tmp_path), env_extra=in_language(language))
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())  # as argparse wraps it
    assert description in text and start in text
    for option in ("--list-routines", "--start ROUTINE_ID", "--data-dir DIR"):
        assert option in text  # the options as they are typed
    assert "open the player" not in text
    assert not any((tmp_path / name).exists() for name in ("settings", "history"))


@pytest.mark.parametrize(
    ("language", "usage", "options", "error"),
    [
        ("de", "Aufruf: psoas-timer", "Optionen:", "psoas-timer: Fehler: unbekannte Argumente"),
        ("es", "uso: psoas-timer", "opciones:", "psoas-timer: error: argumentos no reconocidos"),
        (
            "fr",
            "utilisation\u202f: psoas-timer",
            "Options:",
            "psoas-timer\u202f: erreur\u202f: arguments non reconnus",
        ),
    ],
)
def test_the_command_lines_own_words_are_in_the_language(tmp_path, language, usage, options, error):
    """argparse's words too: the usage line, the options' heading, -h, and its errors."""
    shown = run_cli("--help", "--data-dir", str(tmp_path), env_extra=in_language(language))
    assert shown.stdout.startswith(usage) and f"\n{options}\n" in shown.stdout
    for english in ("usage:", "\noptions:", "show this help message", "show program's version"):
        assert english not in shown.stdout
    refused = run_cli("--bogus", "--data-dir", str(tmp_path), env_extra=in_language(language))
    assert refused.returncode == 2 and error in refused.stderr
