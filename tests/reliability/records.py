"""A good session to put beside bad ones, shared by the data-file tests."""

from __future__ import annotations

from psoas_timer.core.history import SessionRecord


def session(number: int) -> SessionRecord:
    return SessionRecord(
        id=f"good{number}",
        routine_id="quick-reset",
        routine_title="Quick reset",
        started_at=f"2026-11-{10 + number:02d}T07:30:00+01:00",
        ended_at=f"2026-11-{10 + number:02d}T07:35:00+01:00",
        planned_seconds=283.0,
        active_seconds=283.0,
        steps_completed=5,
        steps_total=5,
        completed=True,
    )
