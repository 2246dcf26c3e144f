"""The catalogue says what each exercise does for the psoas and which side of the core it works;
a catalogue that leaves it out, or says something the app does not know, is refused by name."""

import copy
import json
from pathlib import Path

import pytest

from psoas_timer import resources
from psoas_timer.core.routines import (
    Code,
    CoreSide,
    PsoasAction,
    RoutineError,
    Step,
    load_catalogue,
    parse_catalogue,
    parse_routine,
)

CATALOGUE = load_catalogue()
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "routines.md"
DOCUMENT = json.loads(resources.catalogue_path().read_text(encoding="utf-8"))


def refused(doc: object) -> RoutineError:
    with pytest.raises(RoutineError) as caught:
        parse_catalogue(doc, "exercises.json")
    return caught.value


def changed(index: int, **changes: object) -> dict:
    doc = copy.deepcopy(DOCUMENT)
    for key, value in changes.items():
        if value is ...:
            del doc["exercises"][index][key]
        else:
            doc["exercises"][index][key] = value
    return doc


def test_every_exercise_says_what_it_does_for_the_psoas_and_for_which_side():
    assert len(CATALOGUE) == 10
    for exercise in CATALOGUE.values():
        assert isinstance(exercise.psoas.action, PsoasAction)
        assert isinstance(exercise.psoas.core_side, CoreSide)
        assert exercise.psoas.why.endswith(".")
        assert 40 <= len(exercise.psoas.why) <= 160, exercise.id  # one sentence, read mid-pose


def test_the_articles_practices_say_what_the_article_says_of_them():
    def effect(exercise_id):
        psoas = CATALOGUE[exercise_id].psoas
        return psoas.action.value, psoas.core_side.value

    # Cat pose and downward dog are its best stretches; cat pose rounds and dips.
    assert effect("cat-pose") == ("stretch", "both")
    assert effect("downward-dog") == ("stretch", "back")
    # The backward sit-up lifts with the back instead of the abs.
    assert effect("backward-situp") == ("strengthen", "back")
    # The towel rock goes forward and back, exercising the psoas as well as stretching it.
    assert effect("towel-rock") == ("strengthen", "both")
    assert "start slow" in CATALOGUE["backward-situp"].psoas.why.lower()


def test_every_action_and_side_is_used_somewhere():
    assert {e.psoas.action for e in CATALOGUE.values()} == set(PsoasAction)
    assert {e.psoas.core_side for e in CATALOGUE.values()} == set(CoreSide)


def test_a_step_brings_its_exercise_s_psoas_note_and_a_custom_step_has_none():
    step = Step.of(CATALOGUE["bridge"], 40, False)
    assert step.psoas == CATALOGUE["bridge"].psoas
    doc = {
        "id": "mine",
        "title": "Mine",
        "prep_seconds": 0,
        "rest_seconds": 0,
        "steps": [
            {"exercise": "bridge", "seconds": 40},
            {"name": "Shoulder rolls", "instructions": "Roll them.", "seconds": 30},
        ],
    }
    routine = parse_routine(doc, CATALOGUE, "mine.json")
    assert routine.steps[0].psoas.core_side is CoreSide.FRONT
    assert routine.steps[1].psoas is None


@pytest.mark.parametrize("key", ["psoas", "psoas_why", "core_side"])
def test_an_exercise_without_the_new_fields_is_refused_by_name(key):
    error = refused(changed(2, **{key: ...}))
    assert [(p.code, p.field, p.exercise) for p in error.problems] == [(Code.MISSING, key, 2)]
    assert str(error) == f"exercises.json: exercises[2].{key}: is missing"


def test_an_unknown_action_is_refused_with_the_ones_allowed():
    error = refused(changed(0, psoas="massage"))
    (problem,) = error.problems
    assert (problem.code, problem.field, problem.exercise) == (Code.NOT_ONE_OF, "psoas", 0)
    assert problem.allowed == ("stretch", "strengthen", "release")
    assert str(error) == (
        'exercises.json: exercises[0].psoas: must be one of "stretch", "strengthen", '
        '"release", got "massage"'
    )


@pytest.mark.parametrize("value", ["side", "Front", "", None, 1, ["front"], True])
def test_an_unknown_side_is_refused_with_the_ones_allowed(value):
    error = refused(changed(4, core_side=value))
    (problem,) = error.problems
    assert (problem.code, problem.field, problem.exercise) == (Code.NOT_ONE_OF, "core_side", 4)
    assert problem.allowed == ("front", "back", "both")
    assert "must be one of" in str(error)


@pytest.mark.parametrize(
    ("why", "code"),
    [("", Code.EMPTY), ("   ", Code.EMPTY), (7, Code.NOT_TEXT), ("x" * 301, Code.TOO_LONG)],
)
def test_the_sentence_of_why_is_checked_like_other_text(why, code):
    (problem,) = refused(changed(1, psoas_why=why)).problems
    assert (problem.code, problem.field) == (code, "psoas_why")


def test_every_problem_is_reported_at_once():
    doc = changed(0, psoas="rest", core_side="middle")
    doc["exercises"][3]["psoas_why"] = "line\x07bell"
    fields = [(p.exercise, p.field) for p in refused(doc).problems]
    assert fields == [(0, "psoas"), (0, "core_side"), (3, "psoas_why")]


def test_the_format_guide_lists_what_each_exercise_does_for_the_psoas():
    guide = GUIDE.read_text(encoding="utf-8")
    for exercise in CATALOGUE.values():
        row = next(line for line in guide.splitlines() if line.startswith(f"| `{exercise.id}` |"))
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[-2:] == [exercise.psoas.action.value, exercise.psoas.core_side.value]
