"""The user's language: which one is used, English plurals, and translated content."""

import json

import pytest

from psoas_timer.core import i18n
from psoas_timer.core.i18n import Plural, choose_language, english, system_languages
from psoas_timer.core.routines import (
    RoutineError,
    load_catalogue,
    parse_routine,
    routine_to_document,
)
from psoas_timer.core.routines.validation import parse_catalogue_translation


def test_the_setting_wins_then_the_systems_first_shipped_language_then_english():
    assert choose_language("fr", ["de_DE.UTF-8"]) == "fr"
    assert choose_language("", ["nl_NL", "de_AT.UTF-8", "es"]) == "de"
    assert choose_language("", ["pt_BR"]) == "en"
    assert choose_language("", ["C"]) == "en"
    assert choose_language("", []) == "en"


def test_the_system_languages_come_from_the_posix_variables():
    assert system_languages({"LANGUAGE": "fr:de", "LANG": "es_ES.UTF-8"}) == [
        "fr",
        "de",
        "es_ES.UTF-8",
    ]
    assert system_languages({"LC_ALL": "de_DE.UTF-8", "LANG": "es_ES"}) == ["de_DE.UTF-8"]
    assert system_languages({}) == []


def test_english_plurals_without_a_translator():
    assert english("%n session(s)", 1) == "1 session"
    assert english("%n session(s)", 0) == "0 sessions"
    assert Plural.tr("%n day(s) in a row", "", 3) == "3 days in a row"


def test_an_installed_translator_is_asked_with_context_and_count():
    asked = []
    i18n.install(lambda context, text, note, n: asked.append((context, text, n)) or "Hallo")
    try:
        assert i18n.translate("Player", "Hello") == "Hallo"
        Plural.tr("%n step(s)", "", 2)
    finally:
        i18n.install(None)
    assert asked == [("Player", "Hello", -1), ("Plural", "%n step(s)", 2)]


def test_a_catalogue_translation_replaces_the_words_and_keeps_the_rest():
    english_catalogue = load_catalogue()
    cat = english_catalogue["cat-pose"]
    doc = {
        "version": 1,
        "exercises": {
            "cat-pose": {
                "name": "Katze",
                "instructions": ["Eins.", "Zwei."],
                "beats": ["Rund", "Hohl"][: len(cat.tempo.beats)]
                + ["x"] * (len(cat.tempo.beats) - 2),
            }
        },
    }
    translated = parse_catalogue_translation(doc, english_catalogue, "exercises.de.json")
    assert translated["cat-pose"].name == "Katze"
    assert translated["cat-pose"].instructions == ("Eins.", "Zwei.")
    assert translated["cat-pose"].focus == cat.focus  # left out: stays English
    assert translated["cat-pose"].tempo.seconds_per_beat == cat.tempo.seconds_per_beat
    assert translated["bridge"] == english_catalogue["bridge"]


@pytest.mark.parametrize(
    ("words", "says"),
    [
        ({"nope": {"name": "X"}}, "unknown exercise"),
        ({"cat-pose": {"nmae": "X"}}, "unknown key"),
        ({"cat-pose": {"beats": ["only one"]}}, "one word for each of the movement's"),
        ({"cat-pose": {"name": "a\tb"}}, "control characters"),
    ],
)
def test_a_broken_catalogue_translation_is_refused_with_where(words, says):
    with pytest.raises(RoutineError) as refused:
        parse_catalogue_translation({"exercises": words}, load_catalogue(), "exercises.de.json")
    assert says in str(refused.value) and "exercises.de.json" in str(refused.value)


ROUTINE = {
    "version": 1,
    "id": "evening",
    "title": "Evening",
    "description": "Slow.",
    "prep_seconds": 5,
    "rest_seconds": 5,
    "steps": [{"exercise": "bridge", "seconds": 30, "per_side": False}],
    "translations": {"de": {"title": "Abend", "description": "Langsam."}},
}


def test_a_routine_shows_its_translation_for_the_content_language_and_writes_all_back():
    catalogue = load_catalogue()
    assert parse_routine(ROUTINE, catalogue, "e.json").title == "Evening"
    i18n.set_content_language("de")
    try:
        routine = parse_routine(ROUTINE, catalogue, "e.json")
        assert (routine.title, routine.description) == ("Abend", "Langsam.")
        assert routine_to_document(routine) == ROUTINE
        assert parse_routine(routine_to_document(routine), catalogue, "e.json") == routine
        assert (
            parse_routine({**ROUTINE, "translations": {}}, catalogue, "e.json").title == "Evening"
        )
    finally:
        i18n.set_content_language("en")


def test_a_routine_without_translations_is_written_as_before():
    plain = {key: value for key, value in ROUTINE.items() if key != "translations"}
    routine = parse_routine(plain, load_catalogue(), "e.json")
    assert routine_to_document(routine) == plain


@pytest.mark.parametrize(
    "translations",
    [{"xx": {"title": "?"}}, {"en": {"title": "?"}}, {"de": "Abend"}, {"de": {"name": "?"}}],
)
def test_bad_translations_are_refused(translations):
    with pytest.raises(RoutineError):
        parse_routine({**ROUTINE, "translations": translations}, load_catalogue(), "e.json")


def test_every_shipped_content_translation_loads(tmp_path):
    from psoas_timer import resources

    for language in i18n.LANGUAGES:
        i18n.set_content_language(language)
        try:
            catalogue = load_catalogue()
        finally:
            i18n.set_content_language("en")
        assert set(catalogue) == set(load_catalogue())
        path = resources.asset("i18n", f"exercises.{language}.json")
        if path.is_file():
            assert json.loads(path.read_text())["version"] == 1
