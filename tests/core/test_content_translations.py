"""The content in every shipped language: each exercise, each built-in routine, the psoas page
and the drawings' labels have their words there, loaded for the content language and checked
like the English."""

import json
import re

import pytest

from psoas_timer import resources
from psoas_timer.core import i18n
from psoas_timer.core.about_psoas import (
    AboutPsoasError,
    load_about_psoas,
    load_anatomy_labels,
    relabelled_svg,
)
from psoas_timer.core.routines import load_catalogue, load_library

TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.ENGLISH]
ENGLISH_CATALOGUE = load_catalogue()
ENGLISH_LIBRARY = load_library()
ENGLISH_PAGE = load_about_psoas()


@pytest.fixture(params=TRANSLATED)
def language(request):
    i18n.set_content_language(request.param)
    yield request.param
    i18n.set_content_language(i18n.ENGLISH)


def test_every_exercise_has_all_its_words_in_the_language(language):
    catalogue = load_catalogue()
    assert set(catalogue) == set(ENGLISH_CATALOGUE)
    for exercise_id, english in ENGLISH_CATALOGUE.items():
        translated = catalogue[exercise_id]
        where = f"{language}: {exercise_id}"
        for key in ("name", "summary", "focus"):
            assert getattr(translated, key) != getattr(english, key), f"{where}: {key}"
        assert translated.psoas.why != english.psoas.why, where
        assert translated.psoas.action == english.psoas.action  # only the words change
        # Every instruction and every caution is there, none left in English: a caution
        # dropped would make the exercise less careful than it is in English.
        for key in ("instructions", "cautions"):
            words, source = getattr(translated, key), getattr(english, key)
            assert len(words) == len(source), f"{where}: {key}"
            assert not set(words) & set(source), f"{where}: {key}"
        assert bool(translated.equipment_note) == bool(english.equipment_note), where
        if english.equipment_note:
            assert translated.equipment_note != english.equipment_note, where
        if english.tempo is not None:
            assert translated.tempo.seconds_per_beat == english.tempo.seconds_per_beat
            assert len(translated.tempo.beats) == len(english.tempo.beats)
            assert not set(translated.tempo.beats) & set(english.tempo.beats), where


def test_the_movement_words_are_short_enough_to_say_on_the_beat(language):
    for exercise in load_catalogue().values():
        for beat in exercise.tempo.beats if exercise.tempo else ():
            assert len(beat.split()) <= 3 and len(beat) <= 22, (language, beat)


def test_the_pelvic_clock_still_goes_around_the_clock(language):
    beats = load_catalogue()["pelvic-clock"].tempo.beats
    assert [re.search(r"\d+", beat).group() for beat in beats] == ["12", "3", "6", "9"]


def test_the_backward_situp_still_says_to_start_slowly(language):
    slowly = {"de": "langsam an", "es": "empieza despacio", "fr": "commencez lentement"}[language]
    exercise = load_catalogue()["backward-situp"]
    assert slowly in " ".join(exercise.cautions).lower()
    assert slowly in exercise.psoas.why.lower()


def test_every_built_in_routine_has_its_title_and_description_in_the_language(language):
    library = load_library()
    assert library.problems == []
    for english in ENGLISH_LIBRARY.routines:
        routine = library.get(english.id)
        assert routine.title != english.title, (language, english.id)
        assert routine.description != english.description, (language, english.id)
        assert routine.steps[0].name == load_catalogue()[english.steps[0].exercise_id].name
        assert routine.total_seconds == english.total_seconds


def test_the_psoas_page_is_in_the_language_with_the_same_shape(language):
    page = load_about_psoas()
    assert page.title != ENGLISH_PAGE.title
    assert page.note != ENGLISH_PAGE.note
    assert [view.name for view in page.views] == [view.name for view in ENGLISH_PAGE.views]
    assert len(page.sections) == len(ENGLISH_PAGE.sections)
    for section, english in zip(page.sections, ENGLISH_PAGE.sections, strict=True):
        assert section.heading != english.heading
        assert len(section.paragraphs) == len(english.paragraphs)
        assert not set(section.paragraphs) & set(english.paragraphs)


def test_the_drawings_labels_are_in_the_language(language):
    english = load_anatomy_labels(i18n.ENGLISH)
    labels = load_anatomy_labels()
    # The language's file names every label (none left to the English by omission) ...
    path = resources.asset("anatomy", f"labels.{language}.json")
    given = json.loads(path.read_text(encoding="utf-8"))["labels"]
    assert {d: set(w) for d, w in given.items()} == {d: set(w) for d, w in english.items()}
    assert labels == given
    # ... and most are other words than the English (Psoas, Pelvis can be the same).
    changed = [i for d in english for i in english[d] if labels[d][i] != english[d][i]]
    assert len(changed) >= 6, (language, changed)


def test_french_uses_french_typography():
    for path in (
        resources.asset("i18n", "exercises.fr.json"),
        resources.asset("i18n", "about-psoas.fr.json"),
        resources.asset("anatomy", "labels.fr.json"),
        *resources.builtin_routines_dir().glob("*.json"),
    ):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if "translations" in doc:
            doc = doc["translations"]["fr"]
        text = json.dumps(doc, ensure_ascii=False)
        assert "'" not in text, path.name  # the typographic apostrophe
        assert not re.search(r"[^\u202f][:;!?](?=\s)", text.replace('":', "")), path.name


def test_a_language_without_content_files_falls_back_to_english(monkeypatch):
    assert load_about_psoas(language="pt") == ENGLISH_PAGE
    assert load_anatomy_labels("pt") == load_anatomy_labels(i18n.ENGLISH)


def _broken_copy(tmp_path, monkeypatch, name, folder, change):
    """The assets with one translation file changed by `change`."""
    assets = tmp_path / "assets"
    for sub in ("i18n", "anatomy"):
        (assets / sub).mkdir(parents=True)
        for path in resources.asset(sub).glob("*.json"):
            (assets / sub / path.name).write_bytes(path.read_bytes())
    (assets / "about-psoas.json").write_bytes(resources.about_psoas_path().read_bytes())
    target = assets / folder / name
    doc = json.loads(target.read_text(encoding="utf-8"))
    change(doc)
    target.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(resources, "assets_dir", lambda: assets)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d["sections"][0].update(heading=""), "about-psoas.de.json: sections[0]"),
        (lambda d: d["views"].reverse(), "must name the drawings"),
        (lambda d: d.update(version=2), "version: must be 1"),
    ],
)
def test_a_broken_page_translation_is_refused_with_where(tmp_path, monkeypatch, change, says):
    _broken_copy(tmp_path, monkeypatch, "about-psoas.de.json", "i18n", change)
    with pytest.raises(AboutPsoasError, match=re.escape(says)):
        load_about_psoas(language="de")


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d["labels"].update({"other.svg": {}}), "no drawing named 'other.svg'"),
        (lambda d: d["labels"]["psoas-front.svg"].update({"label-x": "X"}), "no such label"),
        (lambda d: d["labels"]["psoas-front.svg"].update({"label-psoas": ""}), "label-psoas"),
    ],
)
def test_a_broken_labels_translation_is_refused_with_where(tmp_path, monkeypatch, change, says):
    _broken_copy(tmp_path, monkeypatch, "labels.de.json", "anatomy", change)
    with pytest.raises(AboutPsoasError, match=re.escape(says)) as refused:
        load_anatomy_labels("de")
    assert "labels.de.json" in str(refused.value)


def test_relabelling_swaps_the_words_by_id_and_keeps_the_rest():
    svg = resources.asset("anatomy", "psoas-front.svg").read_bytes()
    changed = relabelled_svg(svg, {"label-pelvis": "Becken"}, {"label-pelvis": 0.5}).decode()
    assert ">Becken</text>" in changed and ">Pelvis</text>" not in changed
    assert ">Hip joint</text>" in changed
    assert 'font-size="7.00"' in changed
    assert changed.count("<text") == svg.decode().count("<text")
