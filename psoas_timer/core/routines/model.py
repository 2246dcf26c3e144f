"""Exercises, steps and routines as the rest of the app uses them: checked, immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from psoas_timer.core.i18n import QT_TRANSLATE_NOOP

# The words as files write them; shown with translate("Level", ...) / translate("Equipment", ...).
LEVELS = (
    QT_TRANSLATE_NOOP("Level", "gentle"),
    QT_TRANSLATE_NOOP("Level", "moderate"),
    QT_TRANSLATE_NOOP("Level", "challenging"),
)
EQUIPMENT = (
    QT_TRANSLATE_NOOP("Equipment", "mat"),
    QT_TRANSLATE_NOOP("Equipment", "towel"),
    QT_TRANSLATE_NOOP("Equipment", "physio ball"),
    QT_TRANSLATE_NOOP("Equipment", "reverse sit-up machine"),
)


class PsoasAction(StrEnum):
    """What an exercise does for the psoas."""

    STRETCH = "stretch"  # lengthens it
    STRENGTHEN = "strengthen"  # makes it (and the muscles around it) work
    RELEASE = "release"  # lets it rest and let go


class CoreSide(StrEnum):
    """Which side of the core an exercise works: the front (belly, front of the hips), the
    back (the low back), or both in turn."""

    FRONT = "front"
    BACK = "back"
    BOTH = "both"


@dataclass(frozen=True)
class PsoasEffect:
    """What an exercise does for the psoas, why (a sentence), and which side of the core."""

    action: PsoasAction
    why: str
    core_side: CoreSide


@dataclass(frozen=True)
class Tempo:
    """A rhythmic movement: one cue word per beat, cycling, every `seconds_per_beat`."""

    seconds_per_beat: float
    beats: tuple[str, ...]

    def beat_at(self, elapsed: float) -> tuple[int, str]:
        """The beat under way `elapsed` seconds into the movement: (number, cue word)."""
        number = int((elapsed + 1e-9) // self.seconds_per_beat)
        return number, self.beats[number % len(self.beats)]


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    summary: str
    instructions: tuple[str, ...]
    focus: str
    cautions: tuple[str, ...]
    equipment: tuple[str, ...]
    per_side: bool
    psoas: PsoasEffect
    tempo: Tempo | None = None
    equipment_note: str = ""  # what helps beyond the list: "Optional: a folded towel ..."
    source: str = "common"


@dataclass(frozen=True)
class Step:
    """One step of a routine: a catalogue exercise, or a self-contained custom step."""

    name: str
    seconds: int
    per_side: bool
    instructions: tuple[str, ...]
    exercise_id: str | None = None
    focus: str = ""
    cautions: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    tempo: Tempo | None = None
    equipment_note: str = ""
    psoas: PsoasEffect | None = None  # a custom step says nothing of the psoas

    @classmethod
    def of(cls, exercise: Exercise, seconds: int, per_side: bool) -> Step:
        """A step of a catalogue exercise: its name, instructions, cautions and tempo."""
        return cls(
            name=exercise.name,
            seconds=seconds,
            per_side=per_side,
            instructions=exercise.instructions,
            exercise_id=exercise.id,
            focus=exercise.focus,
            cautions=exercise.cautions,
            equipment=exercise.equipment,
            tempo=exercise.tempo,
            equipment_note=exercise.equipment_note,
            psoas=exercise.psoas,
        )

    @property
    def is_custom(self) -> bool:
        return self.exercise_id is None

    @property
    def total_seconds(self) -> int:
        return self.seconds * (2 if self.per_side else 1)


class Wording(NamedTuple):
    """A routine's title and description in one language ("" for the file's own words)."""

    language: str
    title: str
    description: str


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    description: str
    prep_seconds: int
    rest_seconds: int
    steps: tuple[Step, ...]
    level: str | None = None
    builtin: bool = False
    path: Path | None = field(default=None, compare=False)
    switch_seconds: int = 0  # to change position between the sides of each per-side step
    # A file with translations: its own words and each translation's, `title` and
    # `description` being the ones shown (in the content language where there is one).
    wordings: tuple[Wording, ...] = ()

    @property
    def work_seconds(self) -> int:
        """Seconds of practice: every step, both sides of per-side steps; no prep or rest."""
        return sum(step.total_seconds for step in self.steps)

    @property
    def total_seconds(self) -> int:
        """Start to finish, as the player runs it: prep, every step and side, rests between
        steps, and a switch between the sides of each per-side step."""
        rests = self.rest_seconds * max(0, len(self.steps) - 1)
        switches = self.switch_seconds * sum(step.per_side for step in self.steps)
        return self.prep_seconds + self.work_seconds + rests + switches

    @property
    def equipment(self) -> tuple[str, ...]:
        seen = {item for step in self.steps for item in step.equipment}
        return tuple(item for item in EQUIPMENT if item in seen) + tuple(
            sorted(seen - set(EQUIPMENT))
        )

    @property
    def equipment_notes(self) -> tuple[tuple[str, str], ...]:
        """What helps beyond the equipment list, once each: (step name, note) in step order.

        For example ("Cat pose", "Optional: a folded towel under the knees for padding").
        """
        notes: dict[str, str] = {}
        for step in self.steps:
            if step.equipment_note:
                notes.setdefault(step.equipment_note, step.name)
        return tuple((name, note) for note, name in notes.items())


def format_duration(seconds: float) -> str:
    """Whole seconds as m:ss (h:mm:ss from an hour up)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
