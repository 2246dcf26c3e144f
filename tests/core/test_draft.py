"""The editor's model: a routine as entered, answering with the routine rules themselves."""

from dataclasses import replace

import pytest

from psoas_timer import resources
from psoas_timer.core.draft import RoutineDraft, custom_step_problems
from psoas_timer.core.routines import (
    Code,
    Routine,
    Step,
    load_catalogue,
    load_routines_dir,
    parse_routine,
)
from psoas_timer.core.user_routines import duplicate_of

CATALOGUE = load_catalogue()
BUILTINS = load_routines_dir(resources.builtin_routines_dir(), CATALOGUE, builtin=True)[0]
BUILTIN_IDS = {routine.id for routine in BUILTINS}


def evening() -> Routine:
    return Routine(
        id="evening",
        title="Evening",
        description="Slow.",
        prep_seconds=7,
        rest_seconds=12,
        steps=(
            Step.of(CATALOGUE["kneeling-hip-flexor"], 25, True),
            Step("Side breathing", 40, True, ("Lie on your side.", "Breathe.")),
            Step.of(CATALOGUE["bridge"], 50, False),
        ),
        level="moderate",
    )


def names(draft: RoutineDraft) -> list[str]:
    return [draft.step_name(index) for index in range(len(draft.steps))]


def test_a_new_draft_is_empty_and_says_what_is_missing():
    draft = RoutineDraft.for_editing(CATALOGUE, None, BUILTIN_IDS)
    assert draft.id == "my-routine" and draft.title == "" and draft.steps == []
    routine, problems = draft.check()
    assert routine is None
    assert {(problem.field, problem.code) for problem in problems} == {
        ("title", Code.EMPTY),
        ("steps", Code.STEP_COUNT),
    }


def test_steps_go_after_the_one_given_and_move_and_go():
    draft = RoutineDraft(CATALOGUE)
    assert draft.add_exercise("cat-pose") == 0
    assert draft.add_exercise("bridge") == 1
    assert draft.add_exercise("towel-rock", after=0) == 1
    assert names(draft) == ["Cat pose", "Towel rock", "Bridge"]
    uids = [step.uid for step in draft.steps]
    assert draft.move(0, 2)
    assert names(draft) == ["Towel rock", "Bridge", "Cat pose"]
    assert [step.uid for step in draft.steps] == [uids[1], uids[2], uids[0]]
    assert not draft.move(0, 3) and not draft.move(1, 1)
    draft.remove(1)
    assert names(draft) == ["Towel rock", "Cat pose"]


def test_per_side_comes_from_the_exercise_and_only_where_it_makes_sense():
    draft = RoutineDraft(CATALOGUE)
    draft.add_exercise("kneeling-hip-flexor")
    draft.add_exercise("cat-pose")
    draft.add_custom("Walk", "Walk about.")
    assert [step.per_side for step in draft.steps] == [True, False, False]
    assert [draft.can_be_per_side(index) for index in range(3)] == [True, False, True]


def test_the_total_is_the_routines_own():
    draft = RoutineDraft.for_editing(CATALOGUE, evening(), {"evening"})
    assert draft.total_seconds == evening().total_seconds == 7 + 50 + 80 + 50 + 2 * 12
    draft.set_per_side(0, False)
    draft.set_seconds(2, 10)
    draft.rest_seconds = 0
    assert draft.total_seconds == 7 + 25 + 80 + 10
    assert draft.step_seconds(1) == 80


def test_a_draft_of_a_routine_gives_the_same_routine_and_document_back():
    routine = evening()
    draft = RoutineDraft.for_editing(CATALOGUE, routine, BUILTIN_IDS | {"evening"})
    assert draft.id_locked and not draft.id_follows_title
    checked, problems = draft.check()
    assert problems == [] and checked == routine
    assert parse_routine(draft.document(), CATALOGUE, "evening.json") == routine
    assert draft.document()["steps"][1] == {
        "name": "Side breathing",
        "instructions": "Lie on your side.\nBreathe.",
        "seconds": 40,
        "per_side": True,
    }
    with pytest.raises(ValueError, match="keeps its id"):
        draft.set_id("other")


def test_editing_a_routine_keeps_its_time_to_switch_sides():
    routine = replace(evening(), switch_seconds=6)
    draft = RoutineDraft.for_editing(CATALOGUE, routine, {"evening"})
    draft.set_seconds(2, 60)
    checked, problems = draft.check()
    assert problems == [] and checked is not None
    assert checked.switch_seconds == 6
    assert draft.total_seconds == routine.total_seconds + 10 == checked.total_seconds
    assert RoutineDraft(CATALOGUE).switch_seconds == 0


def test_a_new_id_follows_the_title_until_typed():
    draft = RoutineDraft.for_editing(CATALOGUE, None, BUILTIN_IDS)
    draft.set_title("My Evening Stretch!")
    assert draft.id == "my-evening-stretch"
    draft.set_title("Quick reset")
    assert draft.id == "quick-reset-2"  # a built-in has "quick-reset"
    draft.set_id("mine")
    draft.set_title("Something else")
    assert draft.id == "mine"


def test_an_id_another_routine_has_is_a_problem_of_the_id():
    draft = RoutineDraft.for_editing(CATALOGUE, None, BUILTIN_IDS)
    draft.set_title("Evening")
    draft.add_exercise("bridge")
    assert draft.check()[1] == []
    draft.set_id("quick-reset")
    routine, problems = draft.check()
    assert routine is None
    assert [(p.field, p.code) for p in problems] == [("id", Code.ID_TAKEN)]
    assert str(problems[0]) == '"id": is already used by another routine'


def test_a_duplicate_of_a_builtin_is_a_new_routine():
    quick = next(routine for routine in BUILTINS if routine.id == "quick-reset")
    draft = RoutineDraft.for_editing(CATALOGUE, duplicate_of(quick, BUILTIN_IDS), BUILTIN_IDS)
    assert not draft.id_locked and draft.id == "quick-reset-copy"
    routine, problems = draft.check()
    assert problems == [] and routine is not None and routine.steps == quick.steps
    with pytest.raises(ValueError, match="duplicate"):
        RoutineDraft.for_editing(CATALOGUE, quick, BUILTIN_IDS)


def test_step_problems_name_the_step_by_index():
    draft = RoutineDraft(CATALOGUE)
    draft.set_title("Evening")
    draft.add_exercise("bridge")
    draft.add_custom("Walk", "")
    (problem,) = draft.check()[1]
    assert (problem.step, problem.field, problem.code) == (1, "instructions", Code.EMPTY)


def test_a_custom_step_is_checked_on_its_own():
    assert custom_step_problems("Shoulder rolls", "Stand tall.\nRoll.") == []
    problems = custom_step_problems("", "x" * 2001)
    assert [(p.step, p.field, p.code) for p in problems] == [
        (None, "name", Code.EMPTY),
        (None, "instructions", Code.TOO_LONG),
    ]
    (problem,) = custom_step_problems("Rolls\u2028now", "Roll.")
    assert (problem.field, problem.code) == ("name", Code.CONTROL_CHARACTERS)


def test_changing_a_custom_step():
    draft = RoutineDraft(CATALOGUE)
    draft.add_custom("Walk", "Walk about.")
    draft.add_exercise("bridge")
    draft.set_custom(0, "Stroll", "Slowly.")
    assert draft.document()["steps"][0]["name"] == "Stroll"
    with pytest.raises(ValueError):
        draft.set_custom(1, "Bridge", "Lift.")


def test_a_full_draft_says_so():
    draft = RoutineDraft(CATALOGUE)
    for _ in range(199):
        draft.add_exercise("bridge")
    assert not draft.full
    draft.add_exercise("bridge")
    assert draft.full
