"""The command line, run as a user runs it: a real process."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from psoas_timer import __version__
from psoas_timer.core.history import HistoryStore, SessionRecord

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args, env_extra=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["LANGUAGE"] = "en"  # what it says is checked in English here, whatever this system's
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"psoas-timer {__version__}"


def test_help_names_every_option():
    result = run_cli("--help")
    assert result.returncode == 0
    for option in ("--version", "--list-routines", "--data-dir", "--start"):
        assert option in result.stdout


def test_list_routines_prints_id_title_and_total(tmp_path):
    result = run_cli("--list-routines", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) >= 4
    by_id = {row[0]: row for row in rows}
    # quick-reset: prep, five steps, rests between, 5 s to switch sides: 4:43 (and it must be
    # five minutes or less).
    assert by_id["quick-reset"][2] == "4:43"
    for row in rows:
        assert len(row) == 3
        minutes, seconds = row[2].split(":")
        assert minutes.isdigit() and len(seconds) == 2


def test_list_routines_includes_the_users_own_and_reports_a_broken_one(tmp_path):
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "mine.json").write_text(
        '{"id": "mine", "title": "Mine", "prep_seconds": 0, "rest_seconds": 0,'
        ' "steps": [{"exercise": "cat-pose", "seconds": 30}]}'
    )
    (routines / "broken.json").write_text('{"id": "broken"')
    result = run_cli("--list-routines", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    assert "mine\tMine\t0:30" in result.stdout.splitlines()
    assert "broken.json" in result.stderr


def test_data_dir_from_the_environment(tmp_path):
    (tmp_path / "d" / "routines").mkdir(parents=True)
    (tmp_path / "d" / "routines" / "mine.json").write_text(
        '{"id": "mine", "title": "Mine", "prep_seconds": 0, "rest_seconds": 0,'
        ' "steps": [{"exercise": "cat-pose", "seconds": 30}]}'
    )
    result = run_cli("--list-routines", env_extra={"PSOAS_TIMER_DATA_DIR": str(tmp_path / "d")})
    assert "mine\tMine\t0:30" in result.stdout.splitlines()


def test_no_display_says_so_in_one_line_and_exits_1(tmp_path):
    result = run_cli(
        "--data-dir",
        str(tmp_path),
        drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"),
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0] and "xvfb-run" in lines[0]


def test_start_with_an_unknown_id_lists_the_valid_ids_and_exits_2(tmp_path):
    result = run_cli("--start", "nope", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "quick-reset" in result.stderr and "nope" in result.stderr


def test_import_routine_prints_the_id_and_lists_it(tmp_path):
    source = tmp_path / "evening.json"
    source.write_text(
        '{"id": "evening", "title": "Evening", "prep_seconds": 5, "rest_seconds": 5,'
        ' "steps": [{"exercise": "bridge", "seconds": 40}]}'
    )
    data = tmp_path / "data"
    result = run_cli("--import-routine", str(source), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "evening"
    listed = run_cli("--list-routines", "--data-dir", str(data)).stdout
    assert "evening\tEvening\t0:45" in listed.splitlines()
    again = run_cli("--import-routine", str(source), "--data-dir", str(data))
    assert again.returncode == 0 and again.stdout.strip() == "evening-2"
    assert "evening-2" in again.stderr


def test_import_of_an_invalid_routine_names_file_step_and_field_and_exits_2(tmp_path):
    source = tmp_path / "bad.json"
    source.write_text(
        '{"id": "bad", "title": "Bad", "prep_seconds": 5, "rest_seconds": 5,'
        ' "steps": [{"exercise": "bridge", "seconds": 40}, {"exercise": "nope", "seconds": 0}]}'
    )
    data = tmp_path / "data"
    result = run_cli("--import-routine", str(source), "--data-dir", str(data))
    assert result.returncode == 2
    assert 'bad.json: step 2 ("seconds")' in result.stderr
    assert 'bad.json: step 2 ("exercise")' in result.stderr and "cat-pose" in result.stderr
    assert not (data / "routines").exists() or not list((data / "routines").iterdir())


def _history(data, sessions):
    data.mkdir(parents=True, exist_ok=True)
    (data / "history.json").write_text(json.dumps({"version": 1, "sessions": sessions}))


def test_export_history_writes_a_csv_with_header_and_iso_times(tmp_path):
    data = tmp_path / "data"
    _history(
        data,
        [
            {
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
        ],
    )
    out = tmp_path / "history.csv"
    result = run_cli("--export-history", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets then read it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["id", "routine_id", "routine", "started_at"]
    assert rows[1][0] == "a1" and rows[1][3] == "2026-11-24T07:30:00+01:00"


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_read_only_commands_leave_a_damaged_data_folder_exactly_as_it_was(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.json").write_bytes(b'{"version": 1, "sess')
    (data / "settings.json").write_bytes(b"{")
    (data / "favorites.json").write_bytes(b'{"version": 1, "favorites": 7}')
    (data / ".history.json.abc.tmp").write_bytes(b"left by a killed write")
    before = folder_state(data)
    out = tmp_path / "history.csv"
    exported = run_cli("--export-history", str(out), "--data-dir", str(data))
    listed = run_cli("--list-routines", "--data-dir", str(data))
    assert exported.returncode == 0 and listed.returncode == 0
    assert folder_state(data) == before
    assert "history.json could not be read" in exported.stderr
    assert "left as it is" in exported.stderr and "moved" not in exported.stderr
    assert out.read_bytes().decode("utf-8-sig").splitlines()[0].startswith("id,")


def test_read_only_commands_do_not_create_the_data_folder(tmp_path):
    data = tmp_path / "nothing-here-yet"
    assert run_cli("--list-routines", "--data-dir", str(data)).returncode == 0
    assert run_cli("--export-history", "-", "--data-dir", str(data)).returncode == 0
    assert not data.exists()


def test_list_routines_cannot_be_broken_by_a_title_or_a_file_name(tmp_path):
    routines = tmp_path / "routines"
    routines.mkdir()
    base = {
        "prep_seconds": 0,
        "rest_seconds": 0,
        "steps": [{"exercise": "cat-pose", "seconds": 30}],
    }
    for routine_id, title in (("tabbed", "Tab\there"), ("lined", "Line\u2028break"), ("ok", "OK")):
        doc = dict(base, id=routine_id, title=title)
        (routines / f"{routine_id}.json").write_text(json.dumps(doc, ensure_ascii=False))
    (routines / "new\nline.json").write_text('{"id": ')
    result = run_cli("--list-routines", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(row) == 3 for row in rows)
    assert ["ok", "OK", "0:30"] in rows
    assert not any(row[0] in ("tabbed", "lined") for row in rows)
    # Each refusal on a line of its own, what it quotes escaped.
    errors = result.stderr.splitlines()
    assert any(
        line.startswith('tabbed.json: "title": must not hold control characters')
        and "Tab\\there" in line
        for line in errors
    )
    assert any(line.startswith('lined.json: "title":') and "\\u2028" in line for line in errors)
    assert any(line.startswith("new\\nline.json: is not valid JSON") for line in errors)
    assert "\u2028" not in result.stderr


def write_reminders(folder: Path, *records: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    document = {"version": 1, "reminders": list(records)}
    (folder / "reminders.json").write_text(json.dumps(document))


def test_reminders_prints_each_reminder_and_when_it_next_fires(tmp_path):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    weekdays = ["mon", "tue", "wed", "thu", "fri"]
    write_reminders(
        tmp_path,
        {"id": "b", "time": "18:00", "days": ["sun"], "routine": "gentle-floor"},
        {"id": "a", "time": "07:30", "days": weekdays, "routine": "quick-reset"},
        {"id": "c", "time": "21:00", "days": ["mon"], "routine": "gone", "enabled": False},
    )
    before = datetime.now(berlin)
    result = run_cli("--reminders", "--data-dir", str(tmp_path), env_extra={"TZ": "Europe/Berlin"})
    after = datetime.now(berlin)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("07:30  Weekdays  Quick reset ")
    assert lines[1].startswith("18:00  Sun       Gentle floor routine ")
    assert lines[2].startswith("21:00  Mon       (no routine 'gone')") and lines[2].endswith("off")
    assert "skipped on a day you have already practised" in lines[3]

    def expected(now: datetime, hour: int, minute: int, days: set[int]) -> str:
        moment = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        while moment <= now or moment.weekday() not in days:
            moment = (moment + timedelta(days=1)).replace(hour=hour, minute=minute)
        return f"next {moment:%a %d %b %Y, %H:%M %Z}"

    for now in (before, after):  # the run may have crossed a minute
        if lines[0].endswith(expected(now, 7, 30, {0, 1, 2, 3, 4})):
            break
    else:
        raise AssertionError(lines[0])
    assert any(lines[1].endswith(expected(now, 18, 0, {6})) for now in (before, after))


def test_reminders_leave_out_today_once_practised(tmp_path):
    from datetime import datetime, timedelta

    write_reminders(
        tmp_path, {"id": "a", "time": "23:59", "days": ALL_DAYS, "routine": "quick-reset"}
    )
    started = datetime.now().astimezone()
    session = {
        "id": "s1",
        "routine_id": "quick-reset",
        "routine_title": "Quick reset",
        "started_at": started.isoformat(timespec="seconds"),
        "ended_at": started.isoformat(timespec="seconds"),
        "planned_seconds": 288.0,
        "active_seconds": 288.0,
        "steps_completed": 5,
        "steps_total": 5,
        "completed": True,
    }
    (tmp_path / "history.json").write_text(json.dumps({"version": 1, "sessions": [session]}))
    result = run_cli("--reminders", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    tomorrow = started.date() + timedelta(days=1)
    assert f"{tomorrow:%a %d %b %Y}, 23:59" in result.stdout.splitlines()[0]


def test_reminders_when_there_are_none(tmp_path):
    result = run_cli("--reminders", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.startswith("No reminders are set.")


ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _session(number: int, day: int) -> SessionRecord:
    return SessionRecord(
        id=f"s{number}",
        routine_id="quick-reset",
        routine_title="Quick reset",
        started_at=f"2026-11-{day:02d}T07:30:00+01:00",
        ended_at=f"2026-11-{day:02d}T07:35:00+01:00",
        planned_seconds=240.0,
        active_seconds=240.0,
        steps_completed=5,
        steps_total=5,
        completed=True,
    )


def test_export_history_lists_every_computers_sessions_once_as_csv_or_json(tmp_path):
    data = tmp_path / "data"
    laptop = HistoryStore(data, print, "laptop-aaaa1111")
    desktop = HistoryStore(data, print, "desktop-bbbb2222")
    for store, number, day in ((laptop, 1, 20), (laptop, 2, 21), (desktop, 3, 22)):
        store.save(_session(number, day), final=True)
    desktop.delete("s2")  # deleted on the desktop, though the laptop's journal has it
    journal = data / "history" / "laptop-aaaa1111.jsonl"
    copy = data / "history" / "laptop-aaaa1111.sync-conflict-20261125-073000-ABCDEFG.jsonl"
    copy.write_bytes(journal.read_bytes())  # a sync tool's copy: the same sessions again
    before = folder_state(data)

    out = tmp_path / "history.json"
    result = run_cli("--export-history", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text())
    assert document["version"] == 1
    assert [session["id"] for session in document["sessions"]] == ["s1", "s3"]
    assert document["sessions"][0] == _session(1, 20).to_dict()

    piped = run_cli("--export-history", "-", "--export-format", "json", "--data-dir", str(data))
    assert json.loads(piped.stdout) == document
    csv_text = run_cli("--export-history", "-", "--data-dir", str(data)).stdout
    rows = list(csv.reader(io.StringIO(csv_text)))
    assert [row[0] for row in rows[1:]] == ["s1", "s3"]
    assert folder_state(data) == before  # exporting read everything and changed nothing
