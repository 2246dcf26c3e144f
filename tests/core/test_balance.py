"""Front and back of the core: a routine's, a draft's and this week's balance."""

from datetime import date, datetime, timedelta, timezone

import pytest

from psoas_timer.core.balance import (
    LEANING_MIN_SECONDS,
    LEANING_RATIO,
    Balance,
    exercises_for,
    practised_balance,
    routine_balance,
    week_balance,
)
from psoas_timer.core.draft import RoutineDraft
from psoas_timer.core.history import SessionRecord
from psoas_timer.core.routines import CoreSide, load_library

LIBRARY = load_library()
CATALOGUE = LIBRARY.catalogue
ROUTINES = {routine.id: routine for routine in LIBRARY.routines}
ZONE = timezone(timedelta(hours=1))
WEDNESDAY = date(2026, 12, 9)


def draft(*steps: tuple[str, int, bool]) -> RoutineDraft:
    result = RoutineDraft(CATALOGUE)
    for exercise_id, seconds, per_side in steps:
        result.add_exercise(exercise_id, seconds=seconds, per_side=per_side)
    return result


# --- a routine ------------------------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", sorted(ROUTINES))
def test_every_built_in_routine_works_front_and_back_near_equally(routine_id):
    balance = routine_balance(ROUTINES[routine_id])
    assert balance.leaning is None
    # Not only under the note's threshold: within 55:45 either way.
    assert 0.45 <= balance.front_share <= 0.55, balance
    assert balance.unknown_seconds == 0
    # Every second of practice is on one side or the other; prep and rests on neither.
    assert balance.sided_seconds == ROUTINES[routine_id].work_seconds


def test_the_front_and_back_routine_is_exactly_even():
    balance = routine_balance(ROUTINES["core-balance"])
    assert balance.front_seconds == balance.back_seconds == 189


def test_one_sided_steps_count_whole_and_per_side_steps_count_both_sides():
    balance = draft(("kneeling-hip-flexor", 30, True), ("downward-dog", 45, False)).balance
    assert (balance.front_seconds, balance.back_seconds) == (60, 45)


def test_a_step_that_works_both_sides_counts_half_to_each():
    balance = draft(("cat-pose", 96, False), ("towel-rock", 45, False)).balance
    assert (balance.front_seconds, balance.back_seconds) == (70.5, 70.5)
    assert balance.front_share == 0.5


def test_custom_steps_are_counted_apart_not_guessed():
    edited = draft(("bridge", 40, False))
    edited.add_custom("Shoulder rolls", "Roll them.", seconds=20, per_side=True)
    balance = edited.balance
    assert (balance.front_seconds, balance.back_seconds, balance.unknown_seconds) == (40, 0, 40)


def test_an_empty_draft_has_no_share_and_does_not_lean():
    balance = RoutineDraft(CATALOGUE).balance
    assert balance == Balance()
    assert balance.front_share is None and balance.leaning is None


# --- much more on one side ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "back", "leaning"),
    [
        (90, 60, CoreSide.FRONT),  # 3:2 and 30 s more: much more
        (89, 60, None),  # just under 3:2
        (60, 90, CoreSide.BACK),
        (45, 30, None),  # 3:2, but only 15 s more: less than one short hold
        (30, 0, CoreSide.FRONT),  # a first step, all on one side
        (29, 0, None),
        (0, 0, None),
        (600, 500, None),  # a long routine a little uneven
    ],
)
def test_one_side_has_much_more_from_three_to_two_and_half_a_minute(front, back, leaning):
    assert LEANING_RATIO == 1.5 and LEANING_MIN_SECONDS == 30
    balance = Balance(front_seconds=front, back_seconds=back)
    assert balance.leaning is leaning
    if leaning is not None:
        assert balance.lighter_side is not leaning
    else:
        assert balance.lighter_side is None


def test_a_draft_leans_then_is_balanced_as_steps_are_added_and_changed():
    edited = draft(("kneeling-hip-flexor", 30, True))
    assert edited.balance.leaning is CoreSide.FRONT
    edited.add_exercise("downward-dog", seconds=30)
    assert edited.balance.leaning is CoreSide.FRONT  # 60 front, 30 back
    edited.set_seconds(1, 60)
    assert edited.balance.leaning is None  # 60 and 60
    edited.set_per_side(0, False)
    assert edited.balance.leaning is CoreSide.BACK  # 30 front, 60 back
    edited.remove(1)
    assert edited.balance.leaning is CoreSide.FRONT


def test_what_to_add_comes_from_the_catalogue():
    back = [exercise.id for exercise in exercises_for(CoreSide.BACK, CATALOGUE.values())]
    front = [exercise.id for exercise in exercises_for(CoreSide.FRONT, CATALOGUE.values())]
    assert back == ["downward-dog", "backward-situp", "knee-to-chest"]
    assert front == ["rolled-towel", "kneeling-hip-flexor", "bridge"]


# --- a session, and this week ---------------------------------------------------------------------


def test_a_stopped_session_counts_the_steps_it_reached_in_order():
    routine = ROUTINES["quick-reset"]  # cat 48 (both), dog 60 (back), hip flexor 20+20 (front)
    balance = practised_balance(routine, 48 + 60 + 10)
    assert (balance.front_seconds, balance.back_seconds) == (24 + 10, 24 + 60)
    whole = practised_balance(routine, routine.work_seconds)
    assert whole == routine_balance(routine)


def test_more_practice_than_the_routine_now_holds_is_unknown():
    routine = ROUTINES["quick-reset"]
    balance = practised_balance(routine, routine.work_seconds + 30)
    assert balance.unknown_seconds == 30


def session(day: date, routine_id: str, active: float, hour: int = 9) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)
    return SessionRecord(
        id=f"{day}-{hour}-{routine_id}",
        routine_id=routine_id,
        routine_title=routine_id,
        started_at=start.isoformat(),
        ended_at=(start + timedelta(seconds=active)).isoformat(),
        planned_seconds=active,
        active_seconds=active,
        steps_completed=1,
        steps_total=1,
        completed=True,
    )


def test_this_weeks_balance_adds_up_this_weeks_sessions_only():
    quick = ROUTINES["quick-reset"]
    floor = ROUTINES["gentle-floor"]
    sessions = [
        session(date(2026, 12, 6), "core-balance", 378),  # last Sunday: not this week
        session(date(2026, 12, 7), "quick-reset", quick.work_seconds),  # Monday
        session(WEDNESDAY, "gentle-floor", floor.work_seconds),
        session(WEDNESDAY, "deleted-since", 100, hour=18),
    ]
    balance = week_balance(sessions, ROUTINES, WEDNESDAY, ZONE)
    expected = routine_balance(quick) + routine_balance(floor) + Balance(unknown_seconds=100)
    assert balance == expected


def test_a_week_with_no_practice_is_empty():
    assert week_balance([], ROUTINES, WEDNESDAY, ZONE) == Balance()


def test_the_week_starts_on_monday_in_the_local_zone():
    # 23:30 on Sunday in the session's own zone is Monday 00:30 an hour east.
    late = session(date(2026, 12, 6), "core-balance", 378, hour=23)
    late = SessionRecord(**{**late.to_dict(), "started_at": "2026-12-06T23:30:00+01:00"})
    east = timezone(timedelta(hours=2))
    assert week_balance([late], ROUTINES, WEDNESDAY, ZONE) == Balance()
    assert week_balance([late], ROUTINES, WEDNESDAY, east).sided_seconds == 378
