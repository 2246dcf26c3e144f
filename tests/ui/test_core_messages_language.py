"""What the core tells the user, in the user's language: a routine file's problems are put in
words when they are shown, so one found as the app starts (before the language is chosen)
reads in the language all the same."""

from __future__ import annotations

import json

import pytest

from psoas_timer.core import i18n
from psoas_timer.core.routines import Code, load_library
from psoas_timer.ui import translations

TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.ENGLISH]

ROUTINE = {
    "version": 1,
    "id": "evening",
    "title": "Evening",
    "prep_seconds": 10,
    "rest_seconds": 10,
    "steps": [{"exercise": "cat-pose", "seconds": 60}],
}

# Words of the English wording that no translation keeps.
ENGLISH = {"must", "got", "whole", "number", "step", "list", "object", "missing", "unknown"}


@pytest.fixture(params=TRANSLATED)
def language(request, qapp):
    yield request.param
    translations.uninstall(qapp)


def broken_files(folder) -> None:
    folder.mkdir()
    (folder / "evening.json").write_text(json.dumps(ROUTINE | {"rest_seconds": 900}))
    steps = [{"exercise": "cat-pose", "seconds": 60}, {"exercise": "cat-pose", "seconds": []}]
    (folder / "morning.json").write_text(json.dumps(ROUTINE | {"id": "morning", "steps": steps}))
    (folder / "night.json").write_text(json.dumps({"id": "night"}))


def test_a_routine_files_problems_read_in_the_language_shown(language, qapp, tmp_path):
    broken_files(tmp_path / "routines")
    library = load_library(tmp_path / "routines")  # as the app starts: still in English
    english = {problem.source: str(problem) for problem in library.problems}
    assert set(english) == {"evening.json", "morning.json", "night.json"}
    assert "must be a whole number from 0 to 600, got 900" in english["evening.json"]

    assert translations.install(qapp, language)
    for problem in library.problems:
        text = str(problem)
        assert text != english[problem.source]
        assert text.startswith(problem.source)  # the file's name as it is
        words = {word.strip('.,;:()"«»').lower() for word in text.split()}
        assert not words & ENGLISH, (language, text)
    evening = next(problem for problem in library.problems if problem.source == "evening.json")
    (wrong,) = evening.problems
    assert wrong.code is Code.NOT_A_WHOLE_NUMBER
    assert '"rest_seconds"' in str(evening) and "600" in str(evening) and "900" in str(evening)
    morning = next(problem for problem in library.problems if problem.source == "morning.json")
    # The step is named in the language; the value found is described in it too ("a list").
    step_word = {"de": "Schritt 2", "es": "paso 2", "fr": "étape 2"}[language]
    a_list = {"de": "eine Liste", "es": "una lista", "fr": "une liste"}[language]
    assert step_word in str(morning) and a_list in str(morning)


NOTICE_WORDS = {
    # A damaged file set aside, and a disk that is full, as the user reads them.
    "de": ("konnte nicht gelesen werden", "verschoben", "der Datenträger ist voll"),
    "es": ("no se pudo leer", "se movió a", "el disco está lleno"),
    "fr": ("n’a pas pu être lu", "déplacé vers", "le disque est plein"),
}


def test_what_the_data_folder_tells_the_user_is_in_the_language(language, qapp, tmp_path):
    import errno

    from psoas_timer.core.datafiles import describe_write_error
    from psoas_timer.core.store import DataDir

    (tmp_path / "settings.json").write_text("{")
    (tmp_path / "favorites.json").write_text('{"version": 1, "favorites": "nope"}')
    (tmp_path / "history.json").write_text("{")  # the history as it was kept before the journal
    assert translations.install(qapp, language)
    data = DataDir(tmp_path)
    data.claim()  # as the app does once its window is up: damaged files are set aside
    assert data.history.sessions == []
    unreadable, moved, full = NOTICE_WORDS[language]
    assert len(data.notices) == 3, data.notices
    for notice in data.notices:
        assert unreadable in notice and moved in notice, notice
        assert ".corrupt-" in notice  # where it went, by its name
        assert "could not" not in notice and "moved to" not in notice
    disk_full = OSError(errno.ENOSPC, "No space left on device")
    said = describe_write_error(disk_full, tmp_path / "history" / "x.jsonl", "your history")
    assert full in said and "Could not" not in said and "your history" not in said
