"""The session engine: the timeline, the cues and their moments, navigation and credited time.

Time only moves through FakeClock, so every moment below is exact and a three-hour routine runs
in milliseconds.
"""

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core.clock import FakeClock
from psoas_timer.core.engine import (
    Beat,
    Countdown,
    Finished,
    Halfway,
    Paused,
    PhaseKind,
    PhaseStarted,
    Resumed,
    Session,
    SessionState,
    Side,
    SideSwitched,
    Stopped,
    build_timeline,
)
from psoas_timer.core.routines import Routine, Step, Tempo

T0 = 1000.0


def step(name: str, seconds: int, *, per_side: bool = False, tempo: Tempo | None = None) -> Step:
    return Step(
        name=name,
        seconds=seconds,
        per_side=per_side,
        instructions=(f"Do the {name.lower()}.",),
        tempo=tempo,
    )


def routine(steps: list[Step], *, prep: int = 0, rest: int = 0, switch: int = 0) -> Routine:
    return Routine(
        id="test-routine",
        title="Test routine",
        description="",
        prep_seconds=prep,
        rest_seconds=rest,
        steps=tuple(steps),
        switch_seconds=switch,
    )


def started(subject: Routine, clock: FakeClock | None = None) -> tuple[Session, FakeClock, list]:
    clock = clock or FakeClock(T0)
    session = Session(subject, clock)
    events = session.start()
    return session, clock, events


def describe(event) -> tuple:
    """An event as a plain tuple, so whole sequences compare (and print) readably."""
    if isinstance(event, PhaseStarted):
        return ("start", event.at, event.phase.index)
    if isinstance(event, SideSwitched):
        return ("side", event.at, event.phase.index)
    if isinstance(event, Countdown):
        return ("count", event.at, event.phase.index, event.seconds_left)
    if isinstance(event, Halfway):
        return ("half", event.at, event.phase.index)
    if isinstance(event, Beat):
        return ("beat", event.at, event.phase.index, event.number, event.label)
    if isinstance(event, Paused):
        return ("paused", event.at)
    if isinstance(event, Resumed):
        return ("resumed", event.at)
    if isinstance(event, Finished):
        return ("finished", event.at)
    if isinstance(event, Stopped):
        return ("stopped", event.at)
    raise AssertionError(f"unexpected event {event!r}")


# --- the reference routine ------------------------------------------------------------------------
#
# prep 5 | Hold 59 | rest 10 | Lunge left 60 | Lunge right 60 | rest 10 | Sway 12 (beat every 4 s)
# phase:0      1         2           3                 4            5          6
# starts at 1000, 1005, 1064, 1074, 1134, 1194, 1204; ends at 1216 (216 s).

SWAY = Tempo(seconds_per_beat=4.0, beats=("Up", "Down"))


def reference_routine() -> Routine:
    return routine(
        [step("Hold", 59), step("Lunge", 60, per_side=True), step("Sway", 12, tempo=SWAY)],
        prep=5,
        rest=10,
    )


def countdown(index: int, end: float) -> list[tuple]:
    return [("count", end - left, index, left) for left in (3, 2, 1)]


EXPECTED = [
    ("start", 1000.0, 0),
    *countdown(0, 1005.0),
    ("start", 1005.0, 1),
    *countdown(1, 1064.0),  # 59 s: no halfway cue
    ("start", 1064.0, 2),
    *countdown(2, 1074.0),
    ("start", 1074.0, 3),
    ("half", 1104.0, 3),
    *countdown(3, 1134.0),
    ("start", 1134.0, 4),
    ("side", 1134.0, 4),
    ("half", 1164.0, 4),
    *countdown(4, 1194.0),
    ("start", 1194.0, 5),
    *countdown(5, 1204.0),
    ("start", 1204.0, 6),
    ("beat", 1204.0, 6, 0, "Up"),
    ("beat", 1208.0, 6, 1, "Down"),
    ("beat", 1212.0, 6, 2, "Up"),
    *countdown(6, 1216.0),
    ("finished", 1216.0),
]


# --- the timeline ---------------------------------------------------------------------------------


def test_timeline_is_prep_then_steps_with_sides_and_rests_between_steps_only():
    timeline = build_timeline(reference_routine())
    assert [(p.kind, p.seconds, p.step_index, p.side) for p in timeline] == [
        (PhaseKind.PREP, 5, 0, None),
        (PhaseKind.WORK, 59, 0, None),
        (PhaseKind.REST, 10, 1, None),
        (PhaseKind.WORK, 60, 1, Side.LEFT),
        (PhaseKind.WORK, 60, 1, Side.RIGHT),
        (PhaseKind.REST, 10, 2, None),
        (PhaseKind.WORK, 12, 2, None),
    ]
    assert [p.index for p in timeline] == list(range(7))
    names = ["Hold", "Hold", "Lunge", "Lunge", "Lunge", "Sway", "Sway"]
    assert [p.step.name for p in timeline] == names
    assert sum(p.seconds for p in timeline) == reference_routine().total_seconds == 216


def test_no_rest_between_the_two_sides_of_a_step_nor_after_the_last_step():
    timeline = build_timeline(routine([step("Lunge", 30, per_side=True)], prep=3, rest=20))
    assert [(p.kind, p.side) for p in timeline] == [
        (PhaseKind.PREP, None),
        (PhaseKind.WORK, Side.LEFT),
        (PhaseKind.WORK, Side.RIGHT),
    ]


def test_zero_prep_and_zero_rest_leave_those_phases_out():
    subject = routine([step("A", 20), step("B", 30, per_side=True), step("C", 40)])
    timeline = build_timeline(subject)
    assert [(p.kind, p.seconds) for p in timeline] == [
        (PhaseKind.WORK, 20),
        (PhaseKind.WORK, 30),
        (PhaseKind.WORK, 30),
        (PhaseKind.WORK, 40),
    ]
    assert sum(p.seconds for p in timeline) == subject.total_seconds == 120


def test_prep_without_rest_and_rest_without_prep():
    only_prep = build_timeline(routine([step("A", 20), step("B", 30)], prep=7))
    assert [p.kind for p in only_prep] == [PhaseKind.PREP, PhaseKind.WORK, PhaseKind.WORK]
    only_rest = build_timeline(routine([step("A", 20), step("B", 30)], rest=7))
    assert [p.kind for p in only_rest] == [PhaseKind.WORK, PhaseKind.REST, PhaseKind.WORK]


# prep 5 | Lunge left 30 | switch 5 | Lunge right 30 | rest 10 | Hold 20: 100 s, 80 of practice.
SWITCHING = routine([step("Lunge", 30, per_side=True), step("Hold", 20)], prep=5, rest=10, switch=5)


def test_time_to_switch_sides_is_a_phase_of_its_own_between_the_sides():
    timeline = build_timeline(SWITCHING)
    assert [(p.kind, p.seconds, p.step_index, p.side, p.switches_side) for p in timeline] == [
        (PhaseKind.PREP, 5, 0, None, False),
        (PhaseKind.WORK, 30, 0, Side.LEFT, False),
        (PhaseKind.SWITCH, 5, 0, Side.RIGHT, True),
        (PhaseKind.WORK, 30, 0, Side.RIGHT, False),
        (PhaseKind.REST, 10, 1, None, False),
        (PhaseKind.WORK, 20, 1, None, False),
    ]
    assert sum(p.seconds for p in timeline) == SWITCHING.total_seconds == 100


def test_the_switch_is_cued_counted_down_and_counted_in_the_total_but_not_in_practice():
    session, clock, events = started(SWITCHING)
    clock.advance(35)
    events += session.advance()
    assert session.phase.kind is PhaseKind.SWITCH
    assert session.active_seconds() == 30.0
    assert session.total_remaining_seconds() == 65.0
    clock.advance(65)
    events += session.advance()
    assert [describe(e) for e in events if e.at >= T0 + 35] == [
        ("start", T0 + 35, 2),
        ("side", T0 + 35, 2),  # "Switch sides" as the switch begins
        *countdown(2, T0 + 40),
        ("start", T0 + 40, 3),  # the right side starts as any exercise does
        *countdown(3, T0 + 70),
        ("start", T0 + 70, 4),
        *countdown(4, T0 + 80),
        ("start", T0 + 80, 5),
        *countdown(5, T0 + 100),
        ("finished", T0 + 100),
    ]
    assert session.active_seconds() == session.planned_seconds == 80
    assert session.steps_completed() == 2


@pytest.mark.parametrize("index", [2, 3])
def test_previous_from_the_switch_or_the_right_side_goes_back_to_the_left_side(index):
    session, clock, _ = started(SWITCHING)
    clock.advance(sum(p.seconds for p in session.timeline[:index]) + 1)
    session.advance()
    assert session.phase_index == index
    session.previous()
    assert session.phase_index == 1
    assert session.remaining_seconds() == 30.0


# --- strategies shared by the property tests ------------------------------------------------------

tempos = st.one_of(
    st.none(),
    st.builds(
        Tempo,
        seconds_per_beat=st.floats(min_value=0.5, max_value=60.0),
        beats=st.lists(st.sampled_from(["In", "Out", "Up", "Down"]), min_size=1, max_size=4).map(
            tuple
        ),
    ),
)
steps = st.builds(
    step,
    name=st.sampled_from(["Hold", "Lunge", "Rock"]),
    seconds=st.integers(min_value=1, max_value=600),
    per_side=st.booleans(),
    tempo=tempos,
)
routines = st.builds(
    routine,
    st.lists(steps, min_size=1, max_size=8),
    prep=st.integers(min_value=0, max_value=30),
    rest=st.integers(min_value=0, max_value=30),
    switch=st.sampled_from([0, 0, 1, 5, 60]),
)


@settings(max_examples=200, deadline=None)
@given(routines)
def test_timeline_structure_and_total_for_any_routine(subject):
    timeline = build_timeline(subject)
    assert sum(p.seconds for p in timeline) == subject.total_seconds
    assert all(p.seconds > 0 for p in timeline)
    assert (timeline[0].kind is PhaseKind.PREP) == (subject.prep_seconds > 0)
    assert timeline[-1].kind is PhaseKind.WORK
    switches = [p for p in timeline if p.kind is PhaseKind.SWITCH]
    per_side = [index for index, item in enumerate(subject.steps) if item.per_side]
    assert [p.step_index for p in switches] == (per_side if subject.switch_seconds else [])
    for switch in switches:
        # Between the two sides of its step, with the right side's time to switch.
        before, after = timeline[switch.index - 1], timeline[switch.index + 1]
        assert (before.side, switch.side, after.side) == (Side.LEFT, Side.RIGHT, Side.RIGHT)
        assert switch.seconds == subject.switch_seconds
    # The listener turns round once per per-side step: at the switch, or as the right side starts.
    assert [p.step_index for p in timeline if p.switches_side] == per_side
    work = [p for p in timeline if p.kind is PhaseKind.WORK]
    expected_work = []
    for index, item in enumerate(subject.steps):
        sides = [Side.LEFT, Side.RIGHT] if item.per_side else [None]
        expected_work += [(index, side, item.seconds) for side in sides]
    assert [(p.step_index, p.side, p.seconds) for p in work] == expected_work
    rests = [p for p in timeline if p.kind is PhaseKind.REST]
    if subject.rest_seconds:
        assert [p.step_index for p in rests] == list(range(1, len(subject.steps)))
        for rest in rests:
            # A rest sits between the last work of one step and the first work of the next.
            before, after = timeline[rest.index - 1], timeline[rest.index + 1]
            assert before.kind is PhaseKind.WORK and after.kind is PhaseKind.WORK
            assert before.step_index == rest.step_index - 1 == after.step_index - 1
    else:
        assert rests == []


# --- running to the end ---------------------------------------------------------------------------


def test_events_and_their_moments_when_advanced_often():
    session, clock, first = started(reference_routine())
    delivered = [(event, T0) for event in first]
    while not session.is_over:
        now = clock.advance(0.25)
        delivered += [(event, now) for event in session.advance()]
    assert [describe(event) for event, _ in delivered] == EXPECTED
    for event, noticed in delivered:
        # Never early, and noticed at the first call after it was due.
        assert event.at <= noticed < event.at + 0.25 + 1e-9
    assert session.state is SessionState.FINISHED
    assert session.phase is None


def test_one_late_call_yields_every_event_in_order_with_its_due_moment():
    session, clock, first = started(reference_routine())
    assert [describe(e) for e in first] == EXPECTED[:1]
    clock.advance(1000)
    late = session.advance()
    assert [describe(e) for e in late] == EXPECTED[1:]
    assert session.state is SessionState.FINISHED
    assert session.advance() == []


def test_irregular_calls_give_exactly_the_same_events_and_moments():
    session, clock, events = started(reference_routine())
    pattern = [0.7, 13.37, 0.01, 61.9, 2.2, 0.333, 45.0]
    index = 0
    while not session.is_over:
        clock.advance(pattern[index % len(pattern)])
        events += session.advance()
        index += 1
    assert [describe(e) for e in events] == EXPECTED


def test_a_late_call_does_not_delay_the_next_phase():
    session, clock, _ = started(reference_routine())
    clock.advance(70)  # the Hold ended at 1064; noticed six seconds late, in the rest
    events = session.advance()
    assert [describe(e) for e in events] == EXPECTED[1 : EXPECTED.index(("start", 1064.0, 2)) + 1]
    assert session.phase.kind is PhaseKind.REST
    # The rest is counted from when it was due (1064), not from the late call (1070).
    assert session.remaining_seconds() == 4.0
    assert session.display_seconds() == 4
    clock.advance(4)
    events = session.advance()
    assert [describe(e) for e in events] == [*countdown(2, 1074.0), ("start", 1074.0, 3)]
    assert session.remaining_seconds() == 60.0


def test_finished_at_the_exact_total_even_for_a_float_tempo():
    subject = routine([step("Rock", 10, tempo=Tempo(1.5, ("Forward", "Back")))], prep=2)
    session, clock, events = started(subject)
    clock.advance(12)
    events += session.advance()
    beats = [describe(e) for e in events if isinstance(e, Beat)]
    assert [b[3:] for b in beats] == [
        (0, "Forward"),
        (1, "Back"),
        (2, "Forward"),
        (3, "Back"),
        (4, "Forward"),
        (5, "Back"),
        (6, "Forward"),
    ]
    assert [b[1] for b in beats] == pytest.approx([1002.0 + 1.5 * n for n in range(7)])
    assert describe(events[-1]) == ("finished", 1012.0)


def test_halfway_is_cued_for_work_of_a_minute_or_more_only():
    subject = routine([step("Short", 59), step("Minute", 60), step("Long", 301)], rest=70)
    session, clock, events = started(subject)
    clock.advance(subject.total_seconds)
    events += session.advance()
    halfway = [(e.phase.step.name, e.at) for e in events if isinstance(e, Halfway)]
    # 59 | rest 70 | 60 | rest 70 | 301: the 70 s rests get no halfway cue either.
    assert halfway == [("Minute", T0 + 59 + 70 + 30), ("Long", T0 + 59 + 70 + 60 + 70 + 150.5)]


def test_short_phases_count_down_only_the_seconds_they_have():
    subject = routine([step("Three", 3), step("Two", 2), step("One", 1)])
    session, clock, events = started(subject)
    clock.advance(6)
    events += session.advance()
    assert [describe(e) for e in events] == [
        ("start", 1000.0, 0),
        ("count", 1001.0, 0, 2),
        ("count", 1002.0, 0, 1),
        ("start", 1003.0, 1),
        ("count", 1004.0, 1, 1),
        ("start", 1005.0, 2),
        ("finished", 1006.0),
    ]


# --- what the countdown shows ---------------------------------------------------------------------


def test_display_seconds_rounds_up():
    session, clock, _ = started(routine([step("Hold", 30)]))
    assert session.display_seconds() == 30
    clock.advance(0.4)
    assert session.display_seconds() == 30
    clock.advance(0.6)
    assert session.display_seconds() == 29
    clock.advance(28.5)
    assert session.display_seconds() == 1
    assert session.display_seconds(T0 + 29.999) == 1
    assert session.display_seconds(T0 + 29.0) == 1


def test_display_does_not_lag_when_the_clock_moves_in_inexact_steps():
    session, clock, _ = started(routine([step("Hold", 30)]))
    for _ in range(100):
        clock.advance(0.01)  # a hundred hundredths come to a hair over one second here
    session.advance()
    assert session.display_seconds() == 29


def test_next_wake_is_the_next_change_of_the_shown_second():
    session, clock, _ = started(routine([step("Hold", 30)]))
    assert session.next_wake() == T0 + 1
    assert session.next_wake(T0 + 0.4) == T0 + 1
    clock.advance(1)
    session.advance()
    assert session.next_wake() == T0 + 2
    clock.advance(28.3)
    session.advance()
    assert session.next_wake() == pytest.approx(T0 + 30)


def test_next_wake_is_a_cue_when_that_comes_before_the_second_changes():
    # Halfway through 61 s falls at 30.5 s, between two changes of the shown second.
    session, clock, _ = started(routine([step("Hold", 61)]))
    clock.advance(30.2)
    assert session.advance() == []
    assert session.next_wake() == pytest.approx(T0 + 30.5)
    clock.advance(0.3)
    assert [describe(e) for e in session.advance()] == [("half", T0 + 30.5, 0)]
    assert session.next_wake() == pytest.approx(T0 + 31)


def test_next_wake_for_beats_between_whole_seconds():
    session, clock, _ = started(routine([step("Rock", 20, tempo=Tempo(1.5, ("A", "B")))]))
    clock.advance(1.2)
    session.advance()
    assert session.next_wake() == pytest.approx(T0 + 1.5)
    clock.advance(0.3)
    assert [describe(e)[3:] for e in session.advance()] == [(1, "B")]
    assert session.next_wake() == pytest.approx(T0 + 2)


def test_next_wake_is_none_when_nothing_will_change():
    session, clock, _ = started(routine([step("Hold", 30)]))
    session.pause()
    assert session.next_wake() is None
    session.resume()
    clock.advance(30)
    session.advance()
    assert session.next_wake() is None


def test_next_event_at_is_the_next_cue_or_the_phase_end_and_none_unless_running():
    # A 20 s hold then a 10 s rock with a beat every 4 s: halfway (a minute or more) is not
    # cued, the countdown is (17, 18, 19 s), then the rock's beats at 20, 24 and 28 s.
    session, clock, _ = started(
        routine([step("Hold", 20), step("Rock", 10, tempo=Tempo(4, ("A", "B")))])
    )
    assert session.next_event_at() == T0 + 17
    clock.advance(19.5)
    session.advance()
    assert session.next_event_at() == T0 + 20  # the phase's end: the next one starts
    clock.advance(0.5)
    session.advance()
    assert session.next_event_at() == T0 + 24
    session.pause()
    assert session.next_event_at() is None
    session.resume()
    clock.advance(10)
    session.advance()
    assert session.is_over and session.next_event_at() is None


# --- pause and resume -----------------------------------------------------------------------------


def test_pause_freezes_the_remaining_time_and_resume_continues_from_it():
    session, clock, _ = started(routine([step("Hold", 30)]))
    clock.advance(10)
    assert [describe(e) for e in session.pause()] == [("paused", T0 + 10)]
    assert session.state is SessionState.PAUSED
    clock.advance(500)
    assert session.advance() == []
    assert session.remaining_seconds() == 20.0
    assert session.display_seconds() == 20
    assert session.active_seconds() == 10.0
    assert session.total_remaining_seconds() == 20.0
    assert session.phase_progress() == pytest.approx(1 / 3)
    assert [describe(e) for e in session.resume()] == [("resumed", T0 + 510)]
    assert session.remaining_seconds() == 20.0
    clock.advance(5)
    assert session.remaining_seconds() == 15.0
    assert session.active_seconds() == 15.0
    clock.advance(15)
    events = session.advance()
    assert [describe(e) for e in events] == [*countdown(0, T0 + 530), ("finished", T0 + 530)]
    assert session.active_seconds() == 30.0


def test_cues_due_while_paused_wait_for_resume():
    session, clock, _ = started(routine([step("Hold", 10)]))
    clock.advance(6.5)  # 3.5 s left: the countdown has not begun
    session.pause()
    clock.advance(100)
    assert session.advance() == []
    session.resume()
    clock.advance(0.5)
    assert [describe(e) for e in session.advance()] == [("count", T0 + 107.0, 0, 3)]


def test_pausing_twice_or_resuming_a_running_session_does_nothing():
    session, clock, _ = started(routine([step("Hold", 30)]))
    assert session.resume() == []
    session.pause()
    clock.advance(3)
    assert session.pause() == []
    assert session.state is SessionState.PAUSED
    assert session.remaining_seconds() == 30.0


def test_toggle_pause_alternates():
    session, clock, _ = started(routine([step("Hold", 30)]))
    clock.advance(2)
    assert isinstance(session.toggle_pause()[-1], Paused)
    clock.advance(2)
    assert isinstance(session.toggle_pause()[0], Resumed)
    assert session.remaining_seconds() == 28.0


def test_progress_and_total_remaining_while_running():
    subject = routine([step("A", 20), step("B", 40)], prep=10, rest=5)
    session, clock, _ = started(subject)
    assert session.total_remaining_seconds() == 75.0
    assert session.phase_progress() == 0.0
    clock.advance(5)
    assert session.phase_progress() == 0.5
    assert session.total_remaining_seconds() == 70.0
    clock.advance(15)
    session.advance()
    assert session.phase.step.name == "A"
    assert session.phase_progress() == 0.5
    assert session.total_remaining_seconds() == 55.0
    assert session.next_phase().kind is PhaseKind.REST


# --- navigation -----------------------------------------------------------------------------------

# prep 5 | A left 20 | A right 20 | rest 10 | B 30
NAV = routine([step("A", 20, per_side=True), step("B", 30)], prep=5, rest=10)


def at_phase(index: int) -> tuple[Session, FakeClock]:
    """A running session 2 s into phase `index`, reached by waiting (no skips)."""
    session, clock, _ = started(NAV)
    clock.advance(sum(p.seconds for p in session.timeline[:index]) + 2)
    session.advance()
    assert session.phase_index == index
    return session, clock


def test_next_from_prep_starts_the_first_work_now():
    session, clock = at_phase(0)
    events = session.next()
    assert [describe(e) for e in events] == [("start", T0 + 2, 1)]
    assert session.phase.kind is PhaseKind.WORK and session.phase.side is Side.LEFT
    assert session.display_seconds() == 20
    clock.advance(20)
    assert [describe(e) for e in session.advance()][-1] == ("side", T0 + 22, 2)


def test_next_in_work_goes_to_the_rest():
    session, _ = at_phase(2)
    assert [describe(e) for e in session.next()] == [("start", T0 + 27, 3)]
    assert session.phase.kind is PhaseKind.REST
    assert session.remaining_seconds() == 10.0


def test_next_on_the_last_phase_finishes():
    session, _ = at_phase(4)
    assert [describe(e) for e in session.next()] == [("finished", T0 + 57)]
    assert session.state is SessionState.FINISHED
    assert session.is_over
    assert session.active_seconds() == 42.0  # both sides of A, and 2 s of B


def test_previous_from_a_rest_goes_back_to_the_work_just_done():
    session, _ = at_phase(3)
    events = session.previous()
    assert [describe(e) for e in events] == [("start", T0 + 47, 2), ("side", T0 + 47, 2)]
    assert session.phase.side is Side.RIGHT
    assert session.remaining_seconds() == 20.0


def test_previous_from_a_work_skips_the_rest_before_it():
    session, _ = at_phase(4)
    session.previous()
    assert session.phase_index == 2
    assert session.remaining_seconds() == 20.0


def test_previous_from_the_right_side_goes_to_the_left_side():
    session, _ = at_phase(2)
    session.previous()
    assert session.phase_index == 1
    assert session.phase.side is Side.LEFT


def test_previous_on_the_first_work_restarts_it():
    session, clock = at_phase(1)
    clock.advance(5)
    assert [describe(e) for e in session.previous()] == [("start", T0 + 12, 1)]
    assert session.phase_index == 1
    assert session.display_seconds() == 20


def test_previous_in_prep_restarts_the_prep():
    session, _ = at_phase(0)
    session.previous()
    assert session.phase_index == 0
    assert session.remaining_seconds() == 5.0


def test_restart_phase_resets_the_countdown_and_announces_the_phase_again():
    session, clock = at_phase(4)
    clock.advance(25)  # 3 s left: the countdown has begun
    assert [describe(e) for e in session.advance()] == [("count", T0 + 82, 4, 3)]
    events = session.restart_phase()
    assert [describe(e) for e in events] == [("start", T0 + 82, 4)]
    assert session.remaining_seconds() == 30.0
    clock.advance(30)
    events = session.advance()
    assert [describe(e) for e in events] == [*countdown(4, T0 + 112), ("finished", T0 + 112)]


def test_navigation_while_paused_keeps_the_session_paused():
    session, clock = at_phase(1)
    session.pause()
    clock.advance(50)
    assert session.next() == []
    assert session.state is SessionState.PAUSED
    assert session.phase_index == 2
    assert session.remaining_seconds() == 20.0
    clock.advance(50)
    events = session.resume()
    assert [describe(e) for e in events] == [
        ("resumed", T0 + 107),
        ("start", T0 + 107, 2),
        ("side", T0 + 107, 2),
    ]


def test_stop_ends_the_session():
    session, clock = at_phase(1)
    clock.advance(3)
    assert [describe(e) for e in session.stop()] == [("stopped", T0 + 10)]
    assert session.state is SessionState.STOPPED
    assert session.is_over
    assert session.phase is None
    assert session.active_seconds() == 5.0
    assert session.remaining_seconds() == 0.0
    assert session.next_wake() is None


def test_stop_before_start():
    session = Session(NAV, FakeClock(T0))
    assert [describe(e) for e in session.stop()] == [("stopped", T0)]
    assert session.state is SessionState.STOPPED
    assert session.active_seconds() == 0.0


def test_starting_twice_raises():
    session, _, _ = started(NAV)
    with pytest.raises(RuntimeError):
        session.start()
    session.stop()
    with pytest.raises(RuntimeError):
        session.start()


@pytest.mark.parametrize("how", ["finish", "stop", "skip"])
def test_operations_after_the_end_are_harmless(how):
    session, clock, _ = started(NAV)
    if how == "finish":
        clock.advance(NAV.total_seconds)
        session.advance()
    elif how == "stop":
        session.stop()
    else:
        for _ in build_timeline(NAV):
            session.next()
    state = session.state
    assert session.is_over
    active = session.active_seconds()
    clock.advance(100)
    operations = [
        session.advance,
        session.pause,
        session.resume,
        session.toggle_pause,
        session.next,
        session.previous,
        session.restart_phase,
        session.stop,
    ]
    for operation in operations:
        assert operation() == []
        assert session.state is state
    assert session.active_seconds() == active
    assert session.total_remaining_seconds() == 0.0
    assert session.phase is None


# --- credited time and completed steps ------------------------------------------------------------


def test_steps_completed_counts_steps_whose_every_side_ran_in_full():
    subject = routine([step("A", 20, per_side=True), step("B", 30), step("C", 10)])
    session, clock, _ = started(subject)
    assert session.steps_total == 3
    clock.advance(30)  # A left done, A right half done
    session.advance()
    assert session.steps_completed() == 0
    clock.advance(10)
    session.advance()
    assert session.steps_completed() == 1
    session.next()  # skip B entirely
    assert session.steps_completed() == 1
    clock.advance(10)
    session.advance()
    assert session.state is SessionState.FINISHED
    assert session.steps_completed() == 2
    assert session.active_seconds() == 50.0
    assert session.planned_seconds == 80


def test_a_step_with_one_side_skipped_is_not_completed():
    session, clock, _ = started(routine([step("A", 20, per_side=True)]))
    clock.advance(20)
    session.advance()
    clock.advance(5)
    session.next()
    assert session.state is SessionState.FINISHED
    assert session.steps_completed() == 0
    assert session.active_seconds() == 25.0


def test_restarting_a_phase_does_not_count_it_twice():
    session, clock, _ = started(routine([step("A", 30)]))
    clock.advance(20)
    session.restart_phase()
    assert session.active_seconds() == 20.0
    clock.advance(30)
    session.advance()
    assert session.active_seconds() == 30.0
    assert session.steps_completed() == 1


def test_prep_and_rest_are_not_practice():
    subject = routine([step("A", 20), step("B", 20)], prep=10, rest=10)
    session, clock, _ = started(subject)
    clock.advance(10)
    assert session.active_seconds() == 0.0
    clock.advance(25)
    session.advance()
    assert session.phase.kind is PhaseKind.REST
    assert session.active_seconds() == 20.0
    assert session.planned_seconds == 40


# --- property tests -------------------------------------------------------------------------------

operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(min_value=0, max_value=200)),
        st.sampled_from([("pause",), ("resume",), ("next",), ("previous",), ("restart_phase",)]),
    ),
    max_size=30,
)


def check_events(events: list, earliest: float, now: float) -> float:
    """Events come in the order they were due, none due in the future; returns the last moment."""
    for event in events:
        assert earliest - 1e-9 <= event.at <= now + 1e-9
        earliest = event.at
    return earliest


@settings(max_examples=200, deadline=None)
@given(routines, operations)
def test_credited_time_is_bounded_monotonic_and_complete(subject, script):
    session, clock, events = started(subject)
    planned = session.planned_seconds
    assert planned == subject.work_seconds
    last_at = check_events(events, T0, T0)
    active = session.active_seconds()
    assert active == 0.0
    for operation, *argument in script:
        if operation == "advance":
            clock.advance(argument[0])
            events = session.advance()
        else:
            events = getattr(session, operation)()
        now = clock.now()
        last_at = check_events(events, last_at, now)
        credited = session.active_seconds()
        assert 0.0 <= credited <= planned + 1e-6
        assert credited >= active - 1e-9, f"credited time fell from {active} to {credited}"
        active = credited
        if not session.is_over:
            assert 0.0 <= session.remaining_seconds() <= session.phase.seconds + 1e-6
            assert 0 <= session.display_seconds() <= session.phase.seconds
            assert session.steps_completed() <= session.steps_total
    session.resume()
    clock.advance(2 * subject.total_seconds + 10)
    last_at = check_events(session.advance(), last_at, clock.now())
    assert session.state is SessionState.FINISHED
    final = session.active_seconds()
    assert active - 1e-9 <= final <= planned + 1e-6
    if all(operation != "next" for operation, *_ in script):
        assert final == pytest.approx(planned, abs=1e-3)
        assert session.steps_completed() == session.steps_total


timing_operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(min_value=0, max_value=200)),
        st.sampled_from([("pause",), ("resume",)]),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(routines, timing_operations)
def test_total_remaining_is_the_total_less_running_time(subject, script):
    session, clock, _ = started(subject)
    paused_total = 0.0
    paused_since = None
    finished_at = None
    for operation, *argument in script:
        if operation == "advance":
            clock.advance(argument[0])
            events = session.advance()
        elif operation == "pause":
            events = session.pause()
            if session.state is SessionState.PAUSED and paused_since is None:
                paused_since = clock.now()
        else:
            events = session.resume()
            if paused_since is not None:
                paused_total += clock.now() - paused_since
                paused_since = None
        finished_at = next((e.at for e in events if isinstance(e, Finished)), finished_at)
        now = clock.now()
        paused_now = paused_total + (now - paused_since if paused_since is not None else 0.0)
        expected = max(0.0, subject.total_seconds - ((now - T0) - paused_now))
        assert session.total_remaining_seconds() == pytest.approx(expected, abs=1e-6)
    session.resume()
    if paused_since is not None:
        paused_total += clock.now() - paused_since
    clock.advance(subject.total_seconds + 1)
    events = session.advance()
    finished_at = next((e.at for e in events if isinstance(e, Finished)), finished_at)
    assert finished_at == pytest.approx(T0 + subject.total_seconds + paused_total, abs=1e-6)
    assert session.active_seconds() == pytest.approx(session.planned_seconds, abs=1e-6)


def test_a_three_hour_session_with_many_pauses_runs_in_milliseconds():
    subject = routine(
        [step(f"Hold {n}", 600, tempo=SWAY if n % 3 == 0 else None) for n in range(18)],
        prep=10,
        rest=30,
    )
    assert subject.total_seconds == 10 + 18 * 600 + 17 * 30
    randomness = random.Random(429)
    began = time.perf_counter()
    session, clock, _ = started(subject)
    paused_total = 0.0
    pauses = 0
    finished = []
    while not session.is_over:
        clock.advance(randomness.uniform(0.05, 12.0))
        finished += [e for e in session.advance() if isinstance(e, Finished)]
        if not session.is_over and randomness.random() < 0.1:
            session.pause()
            pauses += 1
            wait = randomness.uniform(0.5, 120.0)
            clock.advance(wait)
            paused_total += wait
            session.resume()
    took = time.perf_counter() - began
    assert pauses > 50
    assert session.state is SessionState.FINISHED
    assert session.active_seconds() == pytest.approx(18 * 600, abs=1e-3)
    assert finished[0].at == pytest.approx(T0 + subject.total_seconds + paused_total, abs=1e-3)
    assert session.steps_completed() == 18
    assert took < 2.0, f"a simulated three-hour session took {took:.2f} s"


# --- exact for any operations at any moments ------------------------------------------------------


class SettableClock:
    """A clock the test sets to any moment, backwards included (as a buggy platform clock may)."""

    def __init__(self, start: float = T0) -> None:
        self.moment = start

    def now(self) -> float:
        return self.moment


def test_restart_after_a_phase_ended_unnoticed_restarts_the_phase_under_way():
    session, clock = at_phase(1)  # A left, 2 s in; 18 s left
    clock.advance(18 + 7)  # A left ended 7 s ago; A right is under way, nothing has noticed
    events = session.restart_phase()
    assert [describe(e) for e in events] == [
        *countdown(1, T0 + 25),
        ("start", T0 + 25, 2),
        ("side", T0 + 25, 2),
        ("start", T0 + 32, 2),
        ("side", T0 + 32, 2),
    ]
    assert session.phase_index == 2
    assert session.remaining_seconds() == 20.0
    assert session.active_seconds() == 20.0 + 7.0  # the 7 s of the right side are kept
    clock.advance(20)
    session.advance()
    assert session.active_seconds() == 40.0


def test_a_clock_that_steps_back_stands_still():
    clock = SettableClock(T0)
    session = Session(NAV, clock)
    session.start()
    clock.moment = T0 + 12  # A left, 7 s in
    session.advance()
    assert session.remaining_seconds() == 13.0
    clock.moment = T0 - 300
    assert session.remaining_seconds() == 13.0
    assert session.display_seconds() == 13
    assert session.active_seconds() == 7.0
    assert session.next_wake() == T0 + 13
    assert [describe(e) for e in session.pause()] == [("paused", T0 + 12)]
    assert [describe(e) for e in session.resume()] == [("resumed", T0 + 12)]
    clock.moment = T0 + 1
    assert session.remaining_seconds() == 13.0  # the time stood still while the clock was behind
    clock.moment = T0 + 14
    assert session.remaining_seconds() == 11.0
    assert [describe(e) for e in session.next()] == [
        ("start", T0 + 14, 2),
        ("side", T0 + 14, 2),
    ]
    assert session.active_seconds() == 9.0


class Model:
    """What a session should do, written plainly from the routine: time moves in pieces, each piece
    of running time goes to the phase under way, and a phase ends when its length has run out."""

    def __init__(self, subject: Routine, start: float) -> None:
        self.phases: list[tuple[str, int]] = []
        if subject.prep_seconds:
            self.phases.append(("prep", subject.prep_seconds))
        for number, item in enumerate(subject.steps):
            if number and subject.rest_seconds:
                self.phases.append(("rest", subject.rest_seconds))
            self.phases.append(("work", item.seconds))
            if item.per_side:
                if subject.switch_seconds:
                    self.phases.append(("switch", subject.switch_seconds))
                self.phases.append(("work", item.seconds))
        self.index = 0
        self.remaining = float(self.phases[0][1])
        self.state = "running"
        self.moment = start
        self.ran = [0.0] * len(self.phases)  # running time spent in each phase, every visit
        self.starts = [(0, start)]  # (phase, moment) each time a phase begins to run
        self.finished_at: float | None = None
        self._announce_on_resume = False

    @property
    def over(self) -> bool:
        return self.state in ("finished", "stopped")

    @property
    def active(self) -> float:
        """Practice done: time run in each work phase, at most the phase's length."""
        return sum(
            min(float(seconds), ran)
            for (kind, seconds), ran in zip(self.phases, self.ran, strict=True)
            if kind == "work"
        )

    def catch_up(self, moment: float) -> None:
        moment = max(moment, self.moment)
        while self.state == "running" and moment - self.moment >= self.remaining:
            self.ran[self.index] += self.remaining
            self.moment += self.remaining
            if self.index + 1 == len(self.phases):
                self.state = "finished"
                self.finished_at = self.moment
            else:
                self.index += 1
                self.remaining = float(self.phases[self.index][1])
                self.starts.append((self.index, self.moment))
        if self.state == "running":
            self.ran[self.index] += moment - self.moment
            self.remaining -= moment - self.moment
        self.moment = moment

    def go_to(self, index: int) -> None:
        self.index = index
        self.remaining = float(self.phases[index][1])
        if self.state == "running":
            self.starts.append((index, self.moment))
        else:
            self._announce_on_resume = True

    def apply(self, operation: str, moment: float) -> None:
        self.catch_up(moment)
        if self.over:
            return
        if operation == "pause" and self.state == "running":
            self.state = "paused"
        elif operation == "resume" and self.state == "paused":
            self.state = "running"
            if self._announce_on_resume:
                self.starts.append((self.index, self.moment))
                self._announce_on_resume = False
        elif operation == "next":
            if self.index + 1 == len(self.phases):
                self.state = "finished"
                self.finished_at = self.moment
            else:
                self.go_to(self.index + 1)
        elif operation == "previous":
            earlier = [i for i in range(self.index) if self.phases[i][0] == "work"]
            self.go_to(earlier[-1] if earlier else self.index)
        elif operation == "restart_phase":
            self.go_to(self.index)
        elif operation == "stop":
            self.state = "stopped"


# Moments in 64ths of a second: exact in binary, so the model and the engine agree to the bit.
TICK = 1 / 64
clock_steps = st.one_of(
    st.integers(min_value=0, max_value=200 * 64),
    st.just(0),
    st.integers(min_value=-120 * 64, max_value=-1),  # the clock steps back
)
moment_operations = st.lists(
    st.tuples(
        st.sampled_from(["pause", "resume", "next", "previous", "restart_phase", "stop"]),
        clock_steps,
        st.booleans(),  # hand `now` to the operation, or let it read the clock
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(routines, moment_operations)
def test_any_operations_at_any_moments_match_the_model(subject, script):
    clock = SettableClock(T0)
    session = Session(subject, clock)
    model = Model(subject, T0)
    events = session.start()
    starts = [(e.phase.index, e.at) for e in events if isinstance(e, PhaseStarted)]
    last_at = check_events(events, T0, T0)
    active = 0.0
    for operation, step_ticks, give_now in script:
        clock.moment += step_ticks * TICK
        events = getattr(session, operation)(clock.moment if give_now else None)
        model.apply(operation, clock.moment)
        last_at = check_events(events, last_at, model.moment)
        starts += [(e.phase.index, e.at) for e in events if isinstance(e, PhaseStarted)]
        assert starts == model.starts, "phases began in another order or at other moments"
        finished = [e.at for e in events if isinstance(e, Finished)]
        if finished:
            assert finished == [model.finished_at]
        assert session.state.value == model.state
        assert session.active_seconds() == pytest.approx(model.active, abs=1e-9)
        assert session.active_seconds() >= active
        active = session.active_seconds()
        if not session.is_over:
            assert session.phase_index == model.index
            assert session.remaining_seconds() == pytest.approx(model.remaining, abs=1e-9)
            assert 0.0 <= session.remaining_seconds() <= session.phase.seconds
            assert 0 <= session.display_seconds() <= session.phase.seconds
    # Let it run out: the rest of every phase is credited, as the model says.
    session.resume()
    model.apply("resume", clock.moment)
    clock.moment = model.moment + subject.total_seconds + 1
    session.advance()
    model.catch_up(clock.moment)
    if model.state != "stopped":
        assert session.state is SessionState.FINISHED
        assert model.state == "finished"
    assert session.active_seconds() == pytest.approx(model.active, abs=1e-9)
    assert session.active_seconds() >= active
