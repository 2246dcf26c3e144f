"""The real content: the exercise catalogue, the built-in routines, the format guide's example."""

import json
import re
from pathlib import Path

import pytest

from psoas_timer import resources
from psoas_timer.core.clock import FakeClock
from psoas_timer.core.engine import Session, SessionState
from psoas_timer.core.routines import (
    load_catalogue,
    load_library,
    load_routine_file,
    parse_routine,
)

ARTICLE_EXERCISES = (
    "cat-pose",
    "downward-dog",
    "pelvic-clock",
    "rolled-towel",
    "backward-situp",
    "towel-rock",
)
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "routines.md"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("exercise_id", ARTICLE_EXERCISES)
def test_every_article_exercise_is_described_in_full(catalogue, exercise_id):
    exercise = catalogue[exercise_id]
    assert exercise.id == exercise_id
    assert exercise.name.strip()
    assert exercise.summary.strip()
    assert len(exercise.instructions) >= 3
    assert all(line.strip() for line in exercise.instructions)
    assert exercise.focus.strip()
    assert exercise.equipment


def test_the_backward_situp_warns_to_start_slowly(catalogue):
    cautions = " ".join(catalogue["backward-situp"].cautions).lower()
    assert "start slow" in cautions


@pytest.mark.parametrize("exercise_id", ["pelvic-clock", "towel-rock"])
def test_rhythmic_exercises_have_a_tempo(catalogue, exercise_id):
    tempo = catalogue[exercise_id].tempo
    assert tempo is not None
    assert tempo.seconds_per_beat > 0
    assert len(tempo.beats) >= 2
    assert all(beat.strip() for beat in tempo.beats)


def test_the_pelvic_clock_goes_around_the_clock(catalogue):
    beats = catalogue["pelvic-clock"].tempo.beats
    hours = [re.search(r"\b(12|3|6|9)\b", beat) for beat in beats]
    assert all(hours), beats
    assert [hour.group(1) for hour in hours] == ["12", "3", "6", "9"]
    assert all("o'clock" in beat for beat in beats)


def test_the_library_loads_the_built_in_routines_cleanly(library):
    assert len(library.routines) >= 4
    assert library.problems == []
    assert all(routine.builtin for routine in library.routines)
    assert len(set(library.ids)) == len(library.ids)
    for routine in library.routines:
        assert routine.title.strip() and routine.description.strip()
        assert routine.total_seconds > 0


def test_every_built_in_routine_file_is_named_after_its_id(catalogue, library):
    files = sorted(resources.builtin_routines_dir().glob("*.json"))
    assert len(files) >= 4
    for path in files:
        routine = load_routine_file(path, catalogue, builtin=True)
        assert routine.id == path.stem
    # Nothing on disk was left out of the library.
    assert sorted(library.ids) == sorted(path.stem for path in files)


def test_one_routine_has_all_six_article_exercises(library):
    assert any(
        set(ARTICLE_EXERCISES) <= {step.exercise_id for step in routine.steps}
        for routine in library.routines
    )


def test_one_routine_needs_only_a_mat_and_a_towel(library):
    assert any(
        routine.equipment and set(routine.equipment) <= {"mat", "towel"}
        for routine in library.routines
    )


def test_one_routine_takes_five_minutes_or_less(library):
    assert min(routine.total_seconds for routine in library.routines) <= 300


def test_built_in_routines_give_a_few_seconds_to_switch_sides(library):
    for routine in library.routines:
        if any(step.per_side for step in routine.steps):
            assert 3 <= routine.switch_seconds <= 10, routine.id


def test_every_built_in_routine_runs_to_the_end(library):
    for routine in library.routines:
        clock = FakeClock()
        session = Session(routine, clock)
        session.start()
        clock.advance(routine.total_seconds)
        session.advance()
        assert session.state is SessionState.FINISHED, routine.id
        assert session.active_seconds() == routine.work_seconds
        assert session.steps_completed() == len(routine.steps)


def test_the_guide_example_is_a_valid_routine_with_the_total_it_states(catalogue):
    text = GUIDE.read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) == 1
    routine = parse_routine(json.loads(blocks[0]), catalogue, "evening.json")
    assert routine.id == "evening"
    assert routine.total_seconds == 530
    assert "530 seconds, or 8:50" in text


def test_a_user_routine_loads_beside_the_built_in_ones(tmp_path, library):
    mine = {
        "id": "desk-break",
        "title": "Desk break",
        "prep_seconds": 5,
        "rest_seconds": 5,
        "steps": [{"exercise": "towel-rock", "seconds": 60}],
    }
    (tmp_path / "desk-break.json").write_text(json.dumps(mine))
    clash = dict(mine, id=library.ids[0])
    (tmp_path / f"{library.ids[0]}.json").write_text(json.dumps(clash))
    both = load_library(tmp_path)
    assert both.ids == [*library.ids, "desk-break"]
    assert not both.get("desk-break").builtin
    assert both.get(library.ids[0]).builtin
    assert [str(problem) for problem in both.problems] == [
        f'{library.ids[0]}.json: "id": "{library.ids[0]}" is already a built-in routine; '
        "this file was skipped"
    ]
