"""Writes a session to history as it happens, so closing, a signal or a crash loses little.

A session starts to count once it has enough practice (`core.outcome`); from then on it is
saved at every phase boundary and when it ends (completed or not). A crash loses at most the
phase in progress.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime

from psoas_timer.core.engine import Event, Finished, PhaseStarted, Session, Stopped
from psoas_timer.core.history import HistoryStore, SessionRecord, local_now_iso
from psoas_timer.core.outcome import session_outcome


class SessionRecorder:
    def __init__(
        self,
        session: Session,
        history: HistoryStore,
        wall_now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        self.session = session
        self.history = history
        self._wall_now = wall_now
        self.session_id = uuid.uuid4().hex
        self.started_at = local_now_iso(wall_now())
        self.record: SessionRecord | None = None
        self.saved_final = False

    def would_write(self, events: Iterable[Event]) -> bool:
        """Whether `handle` could write anything for these events: the session is not saved
        yet (it may have begun to count), a part of it begins or ends, or an earlier write
        failed and is tried again. A plain second, or a beat, writes nothing."""
        if self.record is None or self.history.dirty:
            return True
        return not self.saved_final and any(_is_boundary(event) for event in events)

    def handle(self, events: Iterable[Event], now: float) -> None:
        """Call after every engine operation or wake, with what it returned."""
        events = list(events)
        ended = any(isinstance(event, Finished | Stopped) for event in events)
        boundary = any(_is_boundary(event) for event in events)
        if self.record is None:
            if session_outcome(self.session, now).counts:
                self.save(now, final=ended)
        elif self.saved_final:
            if self.history.dirty:
                self.history.flush()  # the last write failed: try again
        elif boundary:
            self.save(now, final=ended)
        elif self.history.dirty:
            self.save(now)  # an earlier write failed: try again

    def save(self, now: float, *, final: bool = False) -> SessionRecord:
        """Save the session as it is now; `final` once it has ended."""
        session = self.session
        outcome = session_outcome(session, now)
        self.record = SessionRecord(
            id=self.session_id,
            routine_id=session.routine.id,
            routine_title=session.routine.title,
            started_at=self.started_at,
            ended_at=local_now_iso(self._wall_now()),
            planned_seconds=float(session.planned_seconds),
            active_seconds=round(outcome.active_seconds, 3),
            steps_completed=outcome.steps_completed,
            steps_total=outcome.steps_total,
            completed=outcome.completed,
        )
        self.history.save(self.record, final=final)
        self.saved_final = final
        return self.record


def _is_boundary(event: Event) -> bool:
    """A part of the session begins, or the session ends: the moments it is saved."""
    return isinstance(event, PhaseStarted | Finished | Stopped)
