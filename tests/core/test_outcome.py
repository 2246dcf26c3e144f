"""How a session turned out: one rule for history and for what the player says."""

from psoas_timer.core.clock import FakeClock
from psoas_timer.core.engine import Session
from psoas_timer.core.outcome import COUNTS_AFTER_SECONDS, Ending, session_outcome
from psoas_timer.core.routines import Routine, Step


def routine() -> Routine:
    steps = (
        Step(name="Cat pose", seconds=20, per_side=False, instructions=("Round up",)),
        Step(name="Lunge", seconds=10, per_side=True, instructions=("Lean in",)),
    )
    return Routine(id="t", title="T", description="", prep_seconds=5, rest_seconds=5, steps=steps)


def started() -> tuple[FakeClock, Session]:
    clock = FakeClock()
    session = Session(routine(), clock)
    session.start(clock.now())
    return clock, session


def test_run_to_the_end_is_completed():
    clock, session = started()
    clock.advance(5 + 20 + 5 + 20 + 1)
    session.advance(clock.now())
    outcome = session_outcome(session, clock.now())
    assert outcome.ending is Ending.COMPLETED and outcome.completed and outcome.counts
    assert (outcome.steps_completed, outcome.steps_total) == (2, 2)
    assert outcome.active_seconds == 40


def test_skipping_to_the_end_is_partial_and_says_why():
    clock, session = started()
    clock.advance(5 + 6)
    session.next(clock.now())  # the rest
    session.next(clock.now())  # the left side
    session.next(clock.now())  # the right side
    session.next(clock.now())  # the end
    outcome = session_outcome(session, clock.now())
    assert outcome.ending is Ending.STEPS_SKIPPED and not outcome.completed
    assert outcome.counts


def test_stopping_is_partial_and_counts_only_after_enough_practice():
    clock, session = started()
    clock.advance(5 + COUNTS_AFTER_SECONDS - 0.5)
    assert session_outcome(session, clock.now()).ending is Ending.UNDER_WAY
    session.stop(clock.now())
    outcome = session_outcome(session, clock.now())
    assert outcome.ending is Ending.STOPPED_EARLY
    assert not outcome.completed and not outcome.counts


def test_enough_practice_counts():
    clock, session = started()
    clock.advance(5 + COUNTS_AFTER_SECONDS)
    session.stop(clock.now())
    assert session_outcome(session, clock.now()).counts
