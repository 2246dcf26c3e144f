"""How a session turned out: completed or partial, why, and whether it goes into history.

One rule for the recorder that writes history and the player that tells the user: a session
counts once `COUNTS_AFTER_SECONDS` of practice are done, and it is completed only when it ran
to the end with every step done (reaching the end by skipping steps is partial).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from psoas_timer.core.engine import Session, SessionState

COUNTS_AFTER_SECONDS = 5.0


class Ending(StrEnum):
    COMPLETED = "completed"  # ran to the end with every step done
    STEPS_SKIPPED = "steps-skipped"  # ran to the end, but some steps were skipped
    STOPPED_EARLY = "stopped-early"  # stopped before the end
    UNDER_WAY = "under-way"  # not over yet (a session saved as it goes is partial so far)


@dataclass(frozen=True)
class SessionOutcome:
    ending: Ending
    active_seconds: float
    steps_completed: int
    steps_total: int

    @property
    def completed(self) -> bool:
        return self.ending is Ending.COMPLETED

    @property
    def counts(self) -> bool:
        """Enough practice to be kept in history."""
        return self.active_seconds >= COUNTS_AFTER_SECONDS


def session_outcome(session: Session, now: float) -> SessionOutcome:
    steps_completed = session.steps_completed(now)
    if session.state is SessionState.FINISHED:
        if steps_completed == session.steps_total:
            ending = Ending.COMPLETED
        else:
            ending = Ending.STEPS_SKIPPED
    elif session.state is SessionState.STOPPED:
        ending = Ending.STOPPED_EARLY
    else:
        ending = Ending.UNDER_WAY
    return SessionOutcome(
        ending=ending,
        active_seconds=session.active_seconds(now),
        steps_completed=steps_completed,
        steps_total=session.steps_total,
    )
