"""2a. The session engine over a simulated hour: irregular wakes and random pauses on a
FakeClock; practice time against plan, and the finish against start + paused + length."""

from __future__ import annotations

import random

from harness import BenchmarkError, Plan, Report

from psoas_timer.core.clock import FakeClock
from psoas_timer.core.engine import Event, Finished, Session, SessionState
from psoas_timer.core.routines import Routine, load_catalogue
from psoas_timer.core.routines import parse_routine as parse_routine_document

SIMULATED_MINUTES = 60

EXACT_MS = 0.001  # "0 ms": within a microsecond, what floating point leaves


def simulated_routine() -> Routine:
    """Every kind of step (held, per side, rhythmic), 60 minutes from start to finish."""
    steps = [
        {"exercise": "cat-pose", "seconds": 240},
        {"exercise": "kneeling-hip-flexor", "seconds": 180, "per_side": True},
        {"exercise": "pelvic-clock", "seconds": 300},
        {"exercise": "downward-dog", "seconds": 180},
        {"exercise": "knee-to-chest", "seconds": 150, "per_side": True},
        {"exercise": "bridge", "seconds": 240},
        {"exercise": "towel-rock", "seconds": 240},
        {"exercise": "rolled-towel", "seconds": 300},
        {"name": "Breathe", "instructions": "Breathe slowly.", "seconds": 1},
    ]
    prep, rest = 10, 15
    used = prep + rest * (len(steps) - 1)
    used += sum(step["seconds"] * (2 if step.get("per_side") else 1) for step in steps[:-1])
    steps[-1]["seconds"] = SIMULATED_MINUTES * 60 - used
    document = {
        "version": 1,
        "id": "simulated-hour",
        "title": "Simulated hour",
        "prep_seconds": prep,
        "rest_seconds": rest,
        "steps": steps,
    }
    routine = parse_routine_document(document, load_catalogue(), "simulated-hour")
    assert routine.total_seconds == SIMULATED_MINUTES * 60, routine.total_seconds
    return routine


def simulate(routine: Routine, seed: int) -> dict[str, float]:
    """Irregular wakes (some on time, some late, some in between), random pauses of up to two
    minutes; returns the errors in seconds."""
    rng = random.Random(seed)
    clock = FakeClock(start=1000.0 + rng.uniform(0, 1e5))
    session = Session(routine, clock)
    started = clock.now()
    paused = 0.0
    pauses = 0
    events: list[Event] = list(session.start())
    while not session.is_over:
        if session.state is SessionState.PAUSED:
            pause_began = clock.now()
            clock.advance(rng.uniform(0.0, 120.0))
            events += session.resume()
            paused += clock.now() - pause_began
            continue
        choice = rng.random()
        if choice < 0.03:
            events += session.pause()
            pauses += 1
        elif choice < 0.6:
            wake = session.next_wake()
            late = rng.choice((0.0, 0.0, rng.uniform(0, 0.004), rng.uniform(0, 0.6)))
            clock.advance(max(0.0, (wake or clock.now()) - clock.now()) + late)
            events += session.advance()
        else:
            clock.advance(rng.expovariate(1 / 4.0))
            events += session.advance()
    finished = [event.at for event in events if isinstance(event, Finished)]
    if len(finished) != 1:
        raise BenchmarkError(f"seed {seed}: {len(finished)} Finished events")
    return {
        "active_error": session.active_seconds() - session.planned_seconds,
        "end_drift": finished[0] - started - paused - routine.total_seconds,
        "pauses": pauses,
        "paused_seconds": paused,
    }


def bench_simulated(plan: Plan, report: Report) -> None:
    routine = simulated_routine()
    runs = [simulate(routine, seed) for seed in range(plan.seeds)]
    active = max(abs(run["active_error"]) for run in runs) * 1000
    drift = max(abs(run["end_drift"]) for run in runs) * 1000
    report.details["simulated_hour"] = {
        "seeds": plan.seeds,
        "pauses": [run["pauses"] for run in runs],
        "paused_minutes": [round(run["paused_seconds"] / 60, 1) for run in runs],
        "active_error_ms": [run["active_error"] * 1000 for run in runs],
        "end_drift_ms": [run["end_drift"] * 1000 for run in runs],
    }
    report.add(
        "sim_active_error_ms",
        f"simulated hour, pauses: practice - plan (max of {plan.seeds})",
        active,
        "ms",
        "0",
        lambda value: value < EXACT_MS,
    )
    report.add(
        "sim_end_drift_ms",
        f"simulated hour: end - (start+paused+plan) (max of {plan.seeds})",
        drift,
        "ms",
        "0",
        lambda value: value < EXACT_MS,
    )
