"""The bridge between the session engine and the views.

It owns no timing logic of its own: it asks the engine when something next changes
(`Session.next_wake`) and arms a precise single-shot timer for that moment. A stalled event
loop only delays a repaint; the engine catches up from its deadlines on the next wake.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from psoas_timer.core.clock import Clock, MonotonicClock
from psoas_timer.core.engine import Event, Session, SessionState
from psoas_timer.core.history import HistoryStore
from psoas_timer.core.recording import SessionRecorder
from psoas_timer.core.routines import Routine

RECORD_DELAY_MS = 40


class CueSink(Protocol):
    def prepare(self, routine: Routine) -> None: ...

    def handle(self, events: list[Event]) -> None: ...

    def pump(self, now: float, coming: float | None = None) -> None: ...

    def next_due(self) -> float | None: ...


class SessionController(QObject):
    """Runs one session at a time; views listen to `updated` and `events`."""

    events = Signal(list)  # list[Event], in the order they were due
    updated = Signal()  # the state changed: repaint from the session's queries
    started = Signal()
    ended = Signal()  # finished or stopped

    def __init__(
        self,
        history: HistoryStore,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or MonotonicClock()
        self.history = history
        self.session: Session | None = None
        self.recorder: SessionRecorder | None = None
        self.cues: CueSink | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        # Writing history (a whole file, fsynced) can take a while with years of it; it waits
        # until the new second is on screen, except when the session ends.
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.timeout.connect(self._record_now)
        self._unrecorded: list[Event] = []
        self._shown: tuple[object, ...] = ()  # what the views were last told to show
        self._record_at = 0.0

    def now(self) -> float:
        return self.clock.now()

    # --- operations, each handed straight to the engine ----------------------------------------

    def start(self, routine: Routine) -> None:
        if self.session is not None and not self.session.is_over:
            self.stop()
        self._record_now()
        if self.cues is not None:
            self.cues.prepare(routine)  # in the background: the window does not wait for it
        self.session = Session(routine, self.clock)
        self.recorder = SessionRecorder(self.session, self.history)
        self.started.emit()
        self._apply(lambda session, now: session.start(now))

    def toggle_pause(self) -> None:
        self._apply(lambda session, now: session.toggle_pause(now))

    def pause(self) -> None:
        self._apply(lambda session, now: session.pause(now))

    def resume(self) -> None:
        self._apply(lambda session, now: session.resume(now))

    @contextmanager
    def held(self) -> Iterator[None]:
        """While a question or dialog is open, a running countdown waits, then carries on."""
        session = self.session
        running = session is not None and session.state is SessionState.RUNNING
        if running:
            self.pause()
        try:
            yield
        finally:
            if running:
                self.resume()

    def next(self) -> None:
        self._apply(lambda session, now: session.next(now))

    def previous(self) -> None:
        self._apply(lambda session, now: session.previous(now))

    def restart_phase(self) -> None:
        self._apply(lambda session, now: session.restart_phase(now))

    def stop(self) -> None:
        """End the session now; what was practised is saved as a partial session."""
        self._apply(lambda session, now: session.stop(now))

    def wake(self) -> None:
        # A wake may be for the cue player alone (its sound device resting or opening): the
        # views repaint only when what they show has changed.
        self._apply(lambda session, now: session.advance(now), repaint_if_changed=True)

    @property
    def running(self) -> bool:
        return self.session is not None and not self.session.is_over

    def _apply(
        self, operation: Callable[[Session, float], list[Event]], repaint_if_changed: bool = False
    ) -> None:
        session = self.session
        if session is None:
            return
        was_over = session.is_over
        now = self.clock.now()
        happened = operation(session, now)
        if self.cues is not None:
            if happened:
                self.cues.handle(happened)
            # When the session next has something to say: the sound device rests until then.
            self.cues.pump(now, session.next_event_at(now))
        if happened:
            self.events.emit(happened)
        shown = (session.state, session.phase_index, session.display_seconds(now))
        if happened or not repaint_if_changed or shown != self._shown:
            self._shown = shown
            self.updated.emit()
        self._arm(self.clock.now())  # repainting took a moment; aim from the time it is now
        self._record(happened, now, at_once=session.is_over)
        if session.is_over and not was_over:
            self.ended.emit()

    def _record(self, happened: list[Event], now: float, at_once: bool) -> None:
        self._unrecorded.extend(happened)
        self._record_at = now
        if at_once:
            self._record_now()
        elif self.recorder is None or not self.recorder.would_write(self._unrecorded):
            self._unrecorded.clear()
            return  # nothing to write: no second wake-up for it
        elif not self._record_timer.isActive():
            self._record_timer.start(RECORD_DELAY_MS)

    def _record_now(self) -> None:
        self._record_timer.stop()
        events, self._unrecorded = self._unrecorded, []
        if self.recorder is not None:
            self.recorder.handle(events, self._record_at)

    def _arm(self, now: float) -> None:
        moments = []
        if self.session is not None:
            wake = self.session.next_wake(now)
            if wake is not None:
                moments.append(wake)
        if self.cues is not None:
            due = self.cues.next_due()
            if due is not None:
                moments.append(due)
        if not moments:
            self._timer.stop()
            return
        # Never early: a wake a millisecond before the boundary would show the old second.
        delay_ms = max(0, math.ceil((min(moments) - now) * 1000 - 1e-6))
        self._timer.start(delay_ms)

    @property
    def timer_interval_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None
