"""Writes a session to history as it happens, so closing, a signal or a crash loses little.

A session starts to count once 5 seconds of practice are done; from then on it is saved at
every phase boundary and when it ends (completed or not). A crash loses at most the phase in
progress.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime

from psoas_timer.core.engine import Event, Finished, PhaseStarted, Session, SessionState, Stopped
from psoas_timer.core.store import HistoryStore, SessionRecord, local_now_iso

COUNTS_AFTER_SECONDS = 5.0


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

    @property
    def counting(self) -> bool:
        return self.record is not None

    def handle(self, events: Iterable[Event], now: float) -> None:
        """Call after every engine operation or wake, with what it returned."""
        events = list(events)
        ended = any(isinstance(event, Finished | Stopped) for event in events)
        boundary = ended or any(isinstance(event, PhaseStarted) for event in events)
        active = self.session.active_seconds(now)
        if self.record is None:
            if active >= COUNTS_AFTER_SECONDS:
                self.save(now)
        elif boundary:
            self.save(now)
        elif self.history.dirty:
            self.save(now)  # an earlier write failed: try again

    def save(self, now: float) -> SessionRecord:
        session = self.session
        self.record = SessionRecord(
            id=self.session_id,
            routine_id=session.routine.id,
            routine_title=session.routine.title,
            started_at=self.started_at,
            ended_at=local_now_iso(self._wall_now()),
            planned_seconds=float(session.planned_seconds),
            active_seconds=round(session.active_seconds(now), 3),
            steps_completed=session.steps_completed(now),
            steps_total=session.steps_total,
            # Completed means done in full: reaching the end by skipping steps is partial.
            completed=session.state is SessionState.FINISHED
            and session.steps_completed(now) == session.steps_total,
        )
        self.history.save(self.record)
        return self.record
