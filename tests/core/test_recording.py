from datetime import datetime, timedelta, timezone

from psoas_timer.core.clock import FakeClock
from psoas_timer.core.engine import Session
from psoas_timer.core.history import HistoryStore
from psoas_timer.core.recording import SessionRecorder
from psoas_timer.core.routines import Routine, Step


def make_routine() -> Routine:
    steps = (
        Step(name="Cat pose", seconds=20, per_side=False, instructions=("Round up",)),
        Step(name="Lunge", seconds=10, per_side=True, instructions=("Lean in",)),
    )
    return Routine(
        id="test", title="Test", description="", prep_seconds=5, rest_seconds=5, steps=steps
    )


class Wall:
    def __init__(self):
        self.moment = datetime(2026, 11, 25, 7, 30, tzinfo=timezone(timedelta(hours=1)))

    def __call__(self):
        return self.moment


def run(seconds, clock, session, recorder):
    """Advance one second at a time, the way the window's timer wakes the engine."""
    for _ in range(seconds):
        clock.advance(1)
        recorder.handle(session.advance(), clock.now())


def setup(tmp_path):
    clock = FakeClock()
    session = Session(make_routine(), clock)
    history = HistoryStore(tmp_path, print)
    recorder = SessionRecorder(session, history, wall_now=Wall())
    recorder.handle(session.start(), clock.now())
    return clock, session, recorder


def on_disk(tmp_path):
    return HistoryStore(tmp_path, print).sessions


def test_nothing_is_recorded_before_five_seconds_of_practice(tmp_path):
    clock, session, recorder = setup(tmp_path)
    run(5 + 4, clock, session, recorder)  # prep, then 4 s of the first step
    assert on_disk(tmp_path) == []
    run(1, clock, session, recorder)
    saved = on_disk(tmp_path)
    assert len(saved) == 1 and saved[0].active_seconds == 5 and not saved[0].completed


def test_saved_at_each_phase_boundary_so_a_crash_loses_at_most_one_phase(tmp_path):
    clock, session, recorder = setup(tmp_path)
    run(5 + 20 + 5 + 3, clock, session, recorder)  # into the left side of the lunge
    # A crash now: what is on disk has the whole first step.
    saved = on_disk(tmp_path)[0]
    assert saved.active_seconds == 20 and saved.steps_completed == 1


def test_finished_session_is_completed_with_planned_time(tmp_path):
    clock, session, recorder = setup(tmp_path)
    run(5 + 20 + 5 + 10 + 10 + 1, clock, session, recorder)
    (saved,) = on_disk(tmp_path)
    assert saved.completed is True
    assert saved.active_seconds == saved.planned_seconds == 40
    assert saved.steps_completed == saved.steps_total == 2
    assert saved.started_at == "2026-11-25T07:30:00+01:00"
    assert saved.routine_title == "Test"


def test_stopping_early_saves_a_partial_session(tmp_path):
    clock, session, recorder = setup(tmp_path)
    run(5 + 12, clock, session, recorder)
    recorder.handle(session.stop(), clock.now())
    (saved,) = on_disk(tmp_path)
    assert saved.completed is False and saved.active_seconds == 12
