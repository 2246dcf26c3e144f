"""The session engine: a state machine over a routine's timeline, driven by an injected clock.

Time is never counted in ticks. Each phase has a deadline on the monotonic clock; the remaining
time is `deadline - now`, and the next phase's deadline is chained from the previous deadline, so
however late or irregular the calls to `advance` are, nothing drifts. Pausing freezes the
remaining time; resuming sets a new deadline.

Every operation returns the events that happened (a phase started, a countdown second, a beat of
a rhythmic movement ...), each stamped with the moment it was due, for views and audio to use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

from psoas_timer.core.clock import Clock
from psoas_timer.core.routines import Routine, Step

COUNTDOWN_SECONDS = 3
HALFWAY_MIN_SECONDS = 60
_EPSILON = 1e-9


class PhaseKind(StrEnum):
    PREP = "prep"
    WORK = "work"
    REST = "rest"
    SWITCH = "switch"  # time to change position between the two sides of a per-side step


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class SessionState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Phase:
    """One stretch of the timeline. For prep and rest, `step` is the step that comes next; for
    a switch, the step whose second side comes next (`side` is that side)."""

    index: int
    kind: PhaseKind
    seconds: int
    step_index: int
    step: Step
    side: Side | None = None
    switches_side: bool = False  # the listener turns to the other side as this phase starts


def build_timeline(routine: Routine) -> list[Phase]:
    """Get ready, then each step with rests between; a per-side step is its left side, a
    switch (when the routine gives time to change position), then its right side."""
    phases: list[Phase] = []

    def add(
        kind: PhaseKind,
        seconds: int,
        step_index: int,
        side: Side | None = None,
        switches_side: bool = False,
    ) -> None:
        step = routine.steps[step_index]
        phases.append(Phase(len(phases), kind, seconds, step_index, step, side, switches_side))

    if routine.prep_seconds > 0 and routine.steps:
        add(PhaseKind.PREP, routine.prep_seconds, 0)
    for step_index, step in enumerate(routine.steps):
        if step_index > 0 and routine.rest_seconds > 0:
            add(PhaseKind.REST, routine.rest_seconds, step_index)
        if step.per_side:
            add(PhaseKind.WORK, step.seconds, step_index, Side.LEFT)
            switch = routine.switch_seconds
            if switch > 0:
                add(PhaseKind.SWITCH, switch, step_index, Side.RIGHT, switches_side=True)
            add(PhaseKind.WORK, step.seconds, step_index, Side.RIGHT, switches_side=switch == 0)
        else:
            add(PhaseKind.WORK, step.seconds, step_index)
    return phases


# --- events -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    at: float  # the monotonic moment the event was due (not when it was noticed)


@dataclass(frozen=True)
class PhaseStarted(Event):
    phase: Phase


@dataclass(frozen=True)
class SideSwitched(Event):
    phase: Phase


@dataclass(frozen=True)
class Countdown(Event):
    phase: Phase
    seconds_left: int


@dataclass(frozen=True)
class Halfway(Event):
    phase: Phase


@dataclass(frozen=True)
class Beat(Event):
    phase: Phase
    number: int  # 0 for the movement that opens the phase
    label: str


@dataclass(frozen=True)
class Paused(Event):
    pass


@dataclass(frozen=True)
class Resumed(Event):
    pass


@dataclass(frozen=True)
class Finished(Event):
    pass


@dataclass(frozen=True)
class Stopped(Event):
    pass


def phase_cues(phase: Phase) -> list[tuple[float, Event]]:
    """Each cue of one run of a phase, keyed by the remaining time at which it is due (the
    events' `at` is filled in when they happen)."""
    seconds = phase.seconds
    cues: list[tuple[float, Event]] = [(seconds, PhaseStarted(0.0, phase))]
    if phase.switches_side:
        cues.append((seconds, SideSwitched(0.0, phase)))
    if phase.kind is PhaseKind.WORK:
        tempo = phase.step.tempo
        if tempo is not None:
            number = 0
            while number * tempo.seconds_per_beat < seconds - _EPSILON:
                label = tempo.beats[number % len(tempo.beats)]
                due = seconds - number * tempo.seconds_per_beat
                cues.append((due, Beat(0.0, phase, number, label)))
                number += 1
        if seconds >= HALFWAY_MIN_SECONDS:
            cues.append((seconds / 2, Halfway(0.0, phase)))
    for left in range(min(COUNTDOWN_SECONDS, seconds - 1), 0, -1):
        cues.append((float(left), Countdown(0.0, phase, left)))
    # Stable sort: at equal moments the order above holds (start before side switch before beat).
    cues.sort(key=lambda cue: -cue[0])
    return cues


class Session:
    """One run through a routine. Call `advance(now)` whenever convenient; it catches up."""

    def __init__(self, routine: Routine, clock: Clock) -> None:
        self.routine = routine
        self.clock = clock
        self.timeline = build_timeline(routine)
        self.state = SessionState.READY
        self._index = 0
        self._deadline = 0.0
        self._frozen_remaining = float(self.timeline[0].seconds) if self.timeline else 0.0
        self._spent = [0.0] * len(self.timeline)
        self._pending: list[tuple[float, Event]] = []
        self._latest: float | None = None  # the latest moment seen: time never runs back

    # --- queries ---------------------------------------------------------------------------

    @property
    def phase(self) -> Phase | None:
        if self.state in (SessionState.FINISHED, SessionState.STOPPED) or not self.timeline:
            return None
        return self.timeline[self._index]

    @property
    def phase_index(self) -> int:
        return self._index

    @property
    def planned_seconds(self) -> int:
        """Practice time the routine plans: every work phase, no prep or rest."""
        return sum(p.seconds for p in self.timeline if p.kind is PhaseKind.WORK)

    @property
    def is_over(self) -> bool:
        return self.state in (SessionState.FINISHED, SessionState.STOPPED)

    def remaining_seconds(self, now: float | None = None) -> float:
        """Seconds left in the current phase (exact, not rounded)."""
        if self.is_over or not self.timeline:
            return 0.0
        if self.state is SessionState.RUNNING:
            return max(0.0, self._deadline - self._now(now))
        return self._frozen_remaining

    def display_seconds(self, now: float | None = None) -> int:
        """The whole second a countdown shows: 10.0 .. 9.000001 shows 10, 9.0 shows 9."""
        return math.ceil(self.remaining_seconds(now) - _EPSILON)

    def total_remaining_seconds(self, now: float | None = None) -> float:
        if self.is_over or not self.timeline:
            return 0.0
        later = sum(phase.seconds for phase in self.timeline[self._index + 1 :])
        return self.remaining_seconds(now) + later

    def phase_progress(self, now: float | None = None) -> float:
        phase = self.phase
        if phase is None:
            return 1.0
        return 1.0 - self.remaining_seconds(now) / phase.seconds

    def _elapsed_in_run(self, now: float | None) -> float:
        phase = self.phase
        if phase is None:
            return 0.0
        return min(float(phase.seconds), max(0.0, phase.seconds - self.remaining_seconds(now)))

    def _spent_in(self, index: int, now: float | None) -> float:
        """Seconds spent in phase `index`, counting the run under way."""
        spent = self._spent[index]
        if index == self._index and self.state in (SessionState.RUNNING, SessionState.PAUSED):
            spent += self._elapsed_in_run(now)
        return spent

    def active_seconds(self, now: float | None = None) -> float:
        """Practice done: time in work phases, never paused time, each phase counted once."""
        return sum(
            min(float(phase.seconds), self._spent_in(index, now))
            for index, phase in enumerate(self.timeline)
            if phase.kind is PhaseKind.WORK
        )

    def steps_completed(self, now: float | None = None) -> int:
        """Steps whose every side was practised for its full time."""
        done: dict[int, bool] = {}
        for index, phase in enumerate(self.timeline):
            if phase.kind is not PhaseKind.WORK:
                continue
            full = self._spent_in(index, now) >= phase.seconds - 0.5
            done[phase.step_index] = done.get(phase.step_index, True) and full
        return sum(done.values())

    @property
    def steps_total(self) -> int:
        return len(self.routine.steps)

    def next_phase(self) -> Phase | None:
        if self.is_over or self._index + 1 >= len(self.timeline):
            return None
        return self.timeline[self._index + 1]

    def current_beat(self, now: float | None = None) -> tuple[int, str] | None:
        """The movement of a rhythmic exercise under way now: (number, cue word)."""
        phase = self.phase
        if phase is None or phase.kind is not PhaseKind.WORK or phase.step.tempo is None:
            return None
        return phase.step.tempo.beat_at(self._elapsed_in_run(now))

    def next_wake(self, now: float | None = None) -> float | None:
        """The next monotonic moment something changes: a cue, or the shown second."""
        if self.state is not SessionState.RUNNING:
            return None
        now = self._now(now)
        remaining = self._deadline - now
        # The countdown shows ceil(remaining); it changes when remaining crosses a whole number.
        moments = [self._deadline - (math.ceil(remaining - _EPSILON) - 1)]
        if self._pending:
            moments.append(self._deadline - self._pending[0][0])
        return max(now, min(moments))

    def next_event_at(self, now: float | None = None) -> float | None:
        """The monotonic moment of the next event (a cue, or the phase's end), while running:
        what the cue player needs to know to rest the sound device until then."""
        if self.state is not SessionState.RUNNING:
            return None
        now = self._now(now)
        moment = self._deadline - self._pending[0][0] if self._pending else self._deadline
        return max(now, moment)

    # --- operations ------------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        """`now` (or the clock's reading), never earlier than a moment already seen."""
        now = self.clock.now() if now is None else now
        if self._latest is not None and now < self._latest:
            return self._latest
        self._latest = now
        return now

    def start(self, now: float | None = None) -> list[Event]:
        if self.state is not SessionState.READY:
            raise RuntimeError(f"cannot start a session that is {self.state}")
        now = self._now(now)
        if not self.timeline:
            self.state = SessionState.FINISHED
            return [Finished(now)]
        self.state = SessionState.RUNNING
        self._begin_run(0, now)
        return self.advance(now)

    def _begin_run(self, index: int, start: float) -> None:
        self._index = index
        phase = self.timeline[index]
        self._pending = phase_cues(phase)
        if self.state is SessionState.RUNNING:
            self._deadline = start + phase.seconds
        else:
            self._frozen_remaining = float(phase.seconds)

    def _close_run(self, now: float) -> None:
        self._spent[self._index] += self._elapsed_in_run(now)

    def advance(self, now: float | None = None) -> list[Event]:
        """Catch up to `now`: every cue due by then, and every phase that has ended."""
        now = self._now(now)
        events: list[Event] = []
        while self.state is SessionState.RUNNING:
            remaining = self._deadline - now
            while self._pending and self._pending[0][0] >= remaining - _EPSILON:
                threshold, template = self._pending.pop(0)
                events.append(replace(template, at=self._deadline - threshold))
            if remaining > _EPSILON:
                break
            ended_at = self._deadline
            self._spent[self._index] += self.timeline[self._index].seconds
            if self._index + 1 >= len(self.timeline):
                self.state = SessionState.FINISHED
                events.append(Finished(ended_at))
                break
            self._begin_run(self._index + 1, ended_at)
        return events

    def pause(self, now: float | None = None) -> list[Event]:
        now = self._now(now)
        events = self.advance(now)
        if self.state is SessionState.RUNNING:
            self._frozen_remaining = max(0.0, self._deadline - now)
            self.state = SessionState.PAUSED
            events.append(Paused(now))
        return events

    def resume(self, now: float | None = None) -> list[Event]:
        now = self._now(now)
        if self.state is not SessionState.PAUSED:
            return self.advance(now)
        self.state = SessionState.RUNNING
        self._deadline = now + self._frozen_remaining
        return [Resumed(now), *self.advance(now)]

    def toggle_pause(self, now: float | None = None) -> list[Event]:
        if self.state is SessionState.PAUSED:
            return self.resume(now)
        return self.pause(now)

    def _catch_up(self, now: float | None) -> tuple[float, list[Event], bool]:
        """Advance to `now`; also say whether the session is under way (so it can navigate)."""
        now = self._now(now)
        events = self.advance(now)
        under_way = not self.is_over and self.state is not SessionState.READY
        return now, events, under_way

    def _jump(self, index: int, now: float) -> list[Event]:
        """End the run under way (credited up to `now`) and begin phase `index` afresh."""
        self._close_run(now)
        self._begin_run(index, now)
        return self.advance(now)

    def next(self, now: float | None = None) -> list[Event]:
        """Skip the rest of this phase. Skipping the last phase finishes the routine."""
        now, events, under_way = self._catch_up(now)
        if not under_way:
            return events
        if self._index + 1 >= len(self.timeline):
            self._close_run(now)
            self.state = SessionState.FINISHED
            return [*events, Finished(now)]
        return events + self._jump(self._index + 1, now)

    def previous(self, now: float | None = None) -> list[Event]:
        """Back to the work phase before this one (from a rest: the one just done)."""
        now, events, under_way = self._catch_up(now)
        if not under_way:
            return events
        target = self._index
        for index in range(self._index - 1, -1, -1):
            if self.timeline[index].kind is PhaseKind.WORK:
                target = index
                break
        return events + self._jump(target, now)

    def restart_phase(self, now: float | None = None) -> list[Event]:
        """The phase under way now (after catching up) from its beginning."""
        now, events, under_way = self._catch_up(now)
        if not under_way:
            return events
        return events + self._jump(self._index, now)

    def stop(self, now: float | None = None) -> list[Event]:
        now = self._now(now)
        events = self.advance(now)
        if self.is_over:
            return events
        if self.state is not SessionState.READY:
            self._close_run(now)
        self.state = SessionState.STOPPED
        return [*events, Stopped(now)]
