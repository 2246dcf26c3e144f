"""A routine being written or changed: the editor's model, with no Qt in it.

The draft holds what the user has entered, valid or not, and answers with the routine rules
themselves: its total is the Routine's own `total_seconds`, its document is
`routine_to_document`'s, and its problems are `parse_routine`'s (plus an id another routine
already has). A view shows these and never works them out again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from psoas_timer.core.balance import Balance, routine_balance
from psoas_timer.core.routines.model import Exercise, Routine, Step
from psoas_timer.core.routines.problems import Code, Problem, RoutineError
from psoas_timer.core.routines.validation import (
    MAX_STEPS,
    instruction_lines,
    parse_routine,
    parse_step,
    routine_to_document,
)
from psoas_timer.core.user_routines import FALLBACK_ID, slugify, unique_id

DEFAULT_STEP_SECONDS = 30
DEFAULT_PAUSE_SECONDS = 10


@dataclass
class DraftStep:
    """One step as entered; `uid` follows it through moves (a view's selection, a drag)."""

    uid: int
    seconds: int
    per_side: bool
    exercise_id: str | None = None
    name: str = ""
    instructions: str = ""  # a custom step's, as typed: one per line

    @property
    def is_custom(self) -> bool:
        return self.exercise_id is None

    def as_step(self, catalogue: Mapping[str, Exercise]) -> Step:
        """The step as the routine would hold it, unchecked (an unknown exercise keeps its id)."""
        if self.exercise_id is None:
            lines = instruction_lines(self.instructions)
            return Step(self.name, self.seconds, self.per_side, lines)
        exercise = catalogue.get(self.exercise_id)
        if exercise is None:
            return Step(self.exercise_id, self.seconds, self.per_side, (), self.exercise_id)
        return Step.of(exercise, self.seconds, self.per_side)


def custom_step_problems(name: str, instructions: str) -> list[Problem]:
    """What the routine rules say about a custom step with this name and instructions.

    The problems stand alone (`step` is None); their `field` is "name" or "instructions".
    """
    _step, problems = parse_step({"name": name, "instructions": instructions, "seconds": 1}, {})
    return problems


class RoutineDraft:
    """A new routine, or a change to one of the user's own, as the user enters it.

    `taken_ids` are the ids of every other routine. A draft of an existing routine keeps its
    id (`id_locked`); a new one's id follows the title (`my-evening-stretch`, made free of
    the taken ones) until `set_id` is called.
    """

    def __init__(
        self,
        catalogue: Mapping[str, Exercise],
        taken_ids: Iterable[str] = (),
        routine: Routine | None = None,
        *,
        id_locked: bool = False,
    ) -> None:
        self.catalogue = catalogue
        self.taken_ids = frozenset(taken_ids)
        self.id_locked = id_locked
        self.id_follows_title = not id_locked
        self.path = routine.path if routine is not None and id_locked else None
        self.steps: list[DraftStep] = []
        self._last_uid = 0
        if routine is None:
            self.id = unique_id(FALLBACK_ID, self.taken_ids)
            self.title = ""
            self.description = ""
            self.level: str | None = None
            self.prep_seconds = DEFAULT_PAUSE_SECONDS
            self.rest_seconds = DEFAULT_PAUSE_SECONDS
            self.switch_seconds = 0
            return
        self.id = routine.id
        self.title = routine.title
        self.description = routine.description
        self.level = routine.level
        self.prep_seconds = routine.prep_seconds
        self.rest_seconds = routine.rest_seconds
        self.switch_seconds = routine.switch_seconds  # kept through an edit
        for step in routine.steps:
            self.steps.append(
                DraftStep(
                    uid=self._new_uid(),
                    seconds=step.seconds,
                    per_side=step.per_side,
                    exercise_id=step.exercise_id,
                    name="" if step.exercise_id else step.name,
                    instructions="" if step.exercise_id else "\n".join(step.instructions),
                )
            )

    @classmethod
    def for_editing(
        cls, catalogue: Mapping[str, Exercise], routine: Routine | None, existing_ids: Iterable[str]
    ) -> RoutineDraft:
        """A draft of `routine` among `existing_ids` (those of every routine the app knows).

        A routine whose id is among them is being changed and keeps its id; any other (None,
        or a fresh duplicate_of one) is a new routine. Built-in routines are refused: change a
        duplicate_of one instead.
        """
        if routine is not None and routine.builtin:
            raise ValueError("built-in routines are not edited in place; edit a duplicate")
        existing = set(existing_ids)
        locked = routine is not None and routine.id in existing
        taken = existing - {routine.id} if locked and routine is not None else existing
        return cls(catalogue, taken, routine, id_locked=locked)

    def _new_uid(self) -> int:
        self._last_uid += 1
        return self._last_uid

    # --- the routine's own fields ---------------------------------------------------------------

    def set_title(self, title: str) -> None:
        self.title = title
        if self.id_follows_title:
            self.id = unique_id(slugify(title) or FALLBACK_ID, self.taken_ids)

    def set_id(self, routine_id: str) -> None:
        """An id typed by the user: from now on it no longer follows the title."""
        if self.id_locked:
            raise ValueError("a saved routine keeps its id")
        self.id = routine_id
        self.id_follows_title = False

    # --- the steps ------------------------------------------------------------------------------

    @property
    def full(self) -> bool:
        return len(self.steps) >= MAX_STEPS

    def add_exercise(
        self,
        exercise_id: str,
        after: int | None = None,
        seconds: int = DEFAULT_STEP_SECONDS,
        per_side: bool | None = None,
    ) -> int:
        """Add a catalogue exercise after step `after` (at the end if None); its index."""
        if per_side is None:
            per_side = self.catalogue[exercise_id].per_side
        step = DraftStep(self._new_uid(), seconds, per_side, exercise_id=exercise_id)
        return self._insert(step, after)

    def add_custom(
        self,
        name: str,
        instructions: str,
        after: int | None = None,
        seconds: int = DEFAULT_STEP_SECONDS,
        per_side: bool = False,
    ) -> int:
        """Add a step of the user's own after step `after` (at the end if None); its index."""
        step = DraftStep(self._new_uid(), seconds, per_side, name=name, instructions=instructions)
        return self._insert(step, after)

    def insertion_index(self, after: int | None) -> int:
        """Where a step added after step `after` goes: next to it, or at the end."""
        count = len(self.steps)
        return after + 1 if after is not None and 0 <= after < count else count

    def _insert(self, step: DraftStep, after: int | None) -> int:
        index = self.insertion_index(after)
        self.steps.insert(index, step)
        return index

    def remove(self, index: int) -> None:
        del self.steps[index]

    def move(self, index: int, to: int) -> bool:
        """Move step `index` so that it ends up at `to`; False (and nothing moved) if it can't."""
        if not (0 <= index < len(self.steps) and 0 <= to < len(self.steps)) or index == to:
            return False
        self.steps.insert(to, self.steps.pop(index))
        return True

    def set_seconds(self, index: int, seconds: int) -> None:
        self.steps[index].seconds = seconds

    def set_per_side(self, index: int, per_side: bool) -> None:
        self.steps[index].per_side = per_side

    def set_custom(self, index: int, name: str, instructions: str) -> None:
        step = self.steps[index]
        if not step.is_custom:
            raise ValueError("only a custom step has a name and instructions of its own")
        step.name, step.instructions = name, instructions

    def can_be_per_side(self, index: int) -> bool:
        """A two-sided catalogue exercise, a custom step, or one already set so (to undo it)."""
        step = self.steps[index]
        if step.exercise_id is None or step.per_side:
            return True
        exercise = self.catalogue.get(step.exercise_id)
        return exercise is not None and exercise.per_side

    def step_name(self, index: int) -> str:
        return self.steps[index].as_step(self.catalogue).name

    def step_seconds(self, index: int) -> int:
        """Both sides of a per-side step: the Step's own total."""
        return self.steps[index].as_step(self.catalogue).total_seconds

    # --- what it adds up to -----------------------------------------------------------------------

    def as_routine(self) -> Routine:
        """The routine as entered, unchecked: for its totals and its document."""
        return Routine(
            id=self.id,
            title=self.title,
            description=self.description,
            prep_seconds=self.prep_seconds,
            rest_seconds=self.rest_seconds,
            steps=tuple(step.as_step(self.catalogue) for step in self.steps),
            level=self.level,
            switch_seconds=self.switch_seconds,
        )

    @property
    def total_seconds(self) -> int:
        """Start to finish, as the player would run it."""
        return self.as_routine().total_seconds

    @property
    def balance(self) -> Balance:
        """Practice on the front and on the back of the core, as entered."""
        return routine_balance(self.as_routine())

    def document(self) -> dict[str, Any]:
        """The routine as entered, in the routine-file format (not yet checked)."""
        return routine_to_document(self.as_routine())

    def check(self) -> tuple[Routine | None, list[Problem]]:
        """The routine the draft makes, or None and every problem with it."""
        source = f"{self.id.strip() or 'routine'}.json"
        problems: list[Problem] = []
        try:
            routine: Routine | None = parse_routine(
                self.document(), self.catalogue, source, path=self.path
            )
        except RoutineError as error:
            routine = None
            problems.extend(error.problems)
        if not self.id_locked and self.id.strip() in self.taken_ids:
            problems.append(Problem(Code.ID_TAKEN, "id"))
            routine = None
        return routine, problems
