"""The one way in for time: the session engine asks a Clock, never the system directly.

A `Clock` is monotonic (countdowns); a `WallClock` tells the date and time of day (reminders).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Monotonic seconds: only differences mean anything, and they never go backwards."""
        ...


class MonotonicClock:
    """The real clock. Unaffected by the wall clock being changed (NTP, time zones, DST)."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to, so a 60-minute session runs in milliseconds."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now += seconds
        return self._now


class WallClock(Protocol):
    def now(self) -> datetime:
        """The current moment as an aware datetime (any zone: compare instants, not digits)."""
        ...


class SystemWallClock:
    """The real calendar clock, for what happens at a time of day (reminders)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeWallClock:
    """A calendar clock that moves only when told to; jumps (a suspend, a changed clock) too."""

    def __init__(self, start: datetime) -> None:
        if start.utcoffset() is None:
            raise ValueError("a wall clock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> datetime:
        self._now += timedelta(seconds=seconds)
        return self._now

    def set(self, moment: datetime) -> datetime:
        if moment.utcoffset() is None:
            raise ValueError("a wall clock needs an aware datetime")
        self._now = moment.astimezone(UTC)
        return self._now
