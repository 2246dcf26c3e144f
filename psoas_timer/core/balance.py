"""Front and back of the core in balance: how much of a routine, a draft or a week of practice
works each side.

The article the routines come from asks that the front and the back of the core be stretched
equally. Each catalogue exercise says which side it works (`core_side`); a routine's balance
adds up its steps' practice time on each side:

- A step of a "front" or "back" exercise counts wholly to that side, both sides of a per-side
  step included.
- A step of a "both" exercise counts half to each side. Such a movement spends its time in turn
  on each: cat pose rounds up and then dips, the towel rock swings forward and then back, the
  pelvic clock tilts toward 12 and toward 6. Halving keeps the two sides adding up to the
  practice time, so a long "both" step neither hides nor inflates a difference elsewhere.
- A custom step says nothing of the core, so its time is counted apart (`unknown_seconds`)
  and shown as such, never guessed.

One side has "much more" (`Balance.leaning`) when it has at least half as much again as the
other (`LEANING_RATIO`, 3:2, i.e. 60 % of the two sides' time or more) and at least
`LEANING_MIN_SECONDS` more. Exact equality is not the bar: step lengths are whole seconds and
follow a movement's rhythm, and the built-in routines sit within 55:45. 3:2 is where a
difference stops being rounding and becomes a habit; the floor keeps quiet about a difference
shorter than one short hold (the editor's default step is 30 s), such as a draft's first step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from psoas_timer.core.routines.model import CoreSide, Exercise, Routine, Step

if TYPE_CHECKING:
    from psoas_timer.core.stats import SessionsLike

LEANING_RATIO = 1.5
LEANING_MIN_SECONDS = 30.0


@dataclass(frozen=True)
class Balance:
    """Seconds of practice on the front and on the back of the core, and of steps that say
    nothing of it (custom steps; sessions of a routine no longer known)."""

    front_seconds: float = 0.0
    back_seconds: float = 0.0
    unknown_seconds: float = 0.0

    def __add__(self, other: Balance) -> Balance:
        return Balance(
            self.front_seconds + other.front_seconds,
            self.back_seconds + other.back_seconds,
            self.unknown_seconds + other.unknown_seconds,
        )

    @property
    def sided_seconds(self) -> float:
        """Practice that works the front or the back: the two sides together."""
        return self.front_seconds + self.back_seconds

    @property
    def front_share(self) -> float | None:
        """The front's part of the two sides' time, 0.0 to 1.0; None when there is none."""
        total = self.sided_seconds
        return self.front_seconds / total if total > 0 else None

    @property
    def leaning(self) -> CoreSide | None:
        """The side with much more practice than the other (see the module's notes), or None."""
        more, less = sorted((self.front_seconds, self.back_seconds), reverse=True)
        if more - less < LEANING_MIN_SECONDS or more < LEANING_RATIO * less:
            return None
        return CoreSide.FRONT if self.front_seconds > self.back_seconds else CoreSide.BACK

    @property
    def lighter_side(self) -> CoreSide | None:
        """The side to add to when the balance leans; None when it does not."""
        leaning = self.leaning
        if leaning is None:
            return None
        return CoreSide.BACK if leaning is CoreSide.FRONT else CoreSide.FRONT


def step_balance(step: Step, seconds: float | None = None) -> Balance:
    """A step's balance over `seconds` of its practice (all of it, both sides, by default)."""
    spent = float(step.total_seconds if seconds is None else seconds)
    if step.psoas is None:
        return Balance(unknown_seconds=spent)
    side = step.psoas.core_side
    if side is CoreSide.FRONT:
        return Balance(front_seconds=spent)
    if side is CoreSide.BACK:
        return Balance(back_seconds=spent)
    return Balance(front_seconds=spent / 2, back_seconds=spent / 2)


def routine_balance(routine: Routine) -> Balance:
    """Every step of the routine, as planned (prep and rests work neither side)."""
    return sum((step_balance(step) for step in routine.steps), Balance())


def practised_balance(routine: Routine, active_seconds: float) -> Balance:
    """The balance of a session that practised `active_seconds` of `routine`.

    History keeps a session's practice time, not which steps filled it, so the steps are
    taken in order until that time is used up: exact for a session run through or stopped
    early, close for one in which steps were skipped.
    """
    left = max(0.0, active_seconds)
    balance = Balance()
    for step in routine.steps:
        if left <= 0:
            break
        spent = min(left, float(step.total_seconds))
        balance += step_balance(step, spent)
        left -= spent
    if left > 0:  # more practice than the routine holds now (it was changed since)
        balance += Balance(unknown_seconds=left)
    return balance


def week_balance(
    sessions: SessionsLike,
    routines: Mapping[str, Routine],
    today: date,
    tz: tzinfo | None = None,
) -> Balance:
    """This week's practice (Monday to `today`, local days) on each side of the core.

    A session of a routine that is no longer known (deleted since) counts as unknown.
    """
    from psoas_timer.core.stats import localize, week_start  # not needed for the first frame

    first = week_start(today).toordinal()
    balance = Balance()
    # The week's days only, not the whole history.
    for record in localize(sessions, tz).on_days(first, first + 6):
        routine = routines.get(record.routine_id)
        if routine is None:
            balance += Balance(unknown_seconds=record.active_seconds)
        else:
            balance += practised_balance(routine, record.active_seconds)
    return balance


def exercises_for(side: CoreSide, catalogue: Iterable[Exercise]) -> list[Exercise]:
    """The catalogue's exercises that work `side` alone, in catalogue order: what to add when
    a routine leans the other way."""
    return [exercise for exercise in catalogue if exercise.psoas.core_side is side]
