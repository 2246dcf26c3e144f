"""Exercises, steps and routines: the model, loading, and validation.

A routine file is what users write and share, so every problem is reported in plain words that
name the file, the step and the field (`evening.json: step 4 ("seconds"): must be ...`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from psoas_timer import resources

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 64
MAX_FILE_BYTES = 1024 * 1024
MAX_STEPS = 200
STEP_SECONDS = (1, 3600)
PAUSE_SECONDS = (0, 600)
MAX_TITLE = 80
MAX_DESCRIPTION = 1000
MAX_INSTRUCTIONS = 2000
LEVELS = ("gentle", "moderate", "challenging")
EQUIPMENT = ("mat", "towel", "physio ball", "reverse sit-up machine")

ROUTINE_KEYS = (
    "version",
    "id",
    "title",
    "description",
    "level",
    "prep_seconds",
    "rest_seconds",
    "steps",
)
CATALOGUE_STEP_KEYS = ("exercise", "seconds", "per_side")
CUSTOM_STEP_KEYS = ("name", "instructions", "seconds", "per_side")


@dataclass(frozen=True)
class Tempo:
    """A rhythmic movement: one cue word per beat, cycling, every `seconds_per_beat`."""

    seconds_per_beat: float
    beats: tuple[str, ...]


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
    tempo: Tempo | None = None
    equipment_note: str = ""
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
        )

    @property
    def is_custom(self) -> bool:
        return self.exercise_id is None

    @property
    def total_seconds(self) -> int:
        return self.seconds * (2 if self.per_side else 1)


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

    @property
    def work_seconds(self) -> int:
        """Seconds of practice: every step, both sides of per-side steps; no prep or rest."""
        return sum(step.total_seconds for step in self.steps)

    @property
    def total_seconds(self) -> int:
        """Start to finish, as the player runs it: prep, every step and side, rests between."""
        rests = self.rest_seconds * max(0, len(self.steps) - 1)
        return self.prep_seconds + self.work_seconds + rests

    @property
    def equipment(self) -> tuple[str, ...]:
        seen = {item for step in self.steps for item in step.equipment}
        return tuple(item for item in EQUIPMENT if item in seen) + tuple(
            sorted(seen - set(EQUIPMENT))
        )


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class RoutineError(ValueError):
    """A routine (or catalogue) file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(f"{self.source}: {problem}" for problem in self.problems)


def format_duration(seconds: float) -> str:
    """Whole seconds as m:ss (h:mm:ss from an hour up)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return json.dumps(shown, ensure_ascii=False)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Checker:
    """Collects problems while reading one document, so a user sees all of them at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def keys(self, obj: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
        allowed = tuple(allowed)
        for key in obj:
            if key not in allowed:
                names = ", ".join(f'"{name}"' for name in allowed)
                self.add(where, f"unknown key {_describe(key)} (allowed keys: {names})")

    def whole(self, obj: Mapping[str, Any], key: str, where: str, bounds: tuple[int, int]) -> int:
        value = obj.get(key)
        low, high = bounds
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            if isinstance(value, float) and value.is_integer() and low <= value <= high:
                return int(value)
            got = "nothing" if key not in obj else _describe(value)
            self.add(where, f"must be a whole number from {low} to {high}, got {got}")
            return low
        return value

    def text(
        self,
        obj: Mapping[str, Any],
        key: str,
        where: str,
        max_length: int,
        required: bool = True,
    ) -> str:
        if key not in obj:
            if required:
                self.add(where, "is missing")
            return ""
        value = obj[key]
        if not isinstance(value, str):
            self.add(where, f"must be text, got {_describe(value)}")
            return ""
        value = value.strip()
        if required and not value:
            self.add(where, "must not be empty")
        elif len(value) > max_length:
            self.add(where, f"must be at most {max_length} characters, got {len(value)}")
        return value

    def flag(self, obj: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
        if key not in obj:
            return default
        value = obj[key]
        if not isinstance(value, bool):
            self.add(where, f"must be true or false, got {_describe(value)}")
            return default
        return value

    def identifier(self, obj: Mapping[str, Any], key: str, where: str) -> str:
        value = self.text(obj, key, where, MAX_ID_LENGTH)
        if value and not ID_PATTERN.match(value):
            self.add(
                where,
                f"must be lowercase letters, digits and single hyphens, got {_describe(value)}",
            )
        return value


def _field(name: str, step: int | None = None) -> str:
    return f'step {step} ("{name}")' if step is not None else f'"{name}"'


def _version(check: _Checker, doc: Mapping[str, Any]) -> None:
    if "version" in doc and (doc["version"] != 1 or isinstance(doc["version"], bool)):
        check.add(_field("version"), f"must be 1, got {_describe(doc['version'])}")


def parse_routine(
    doc: object,
    catalogue: Mapping[str, Exercise],
    source: str,
    *,
    builtin: bool = False,
    path: Path | None = None,
) -> Routine:
    """Validate a decoded routine document; raise RoutineError listing every problem."""
    check = _Checker()
    if not isinstance(doc, dict):
        raise RoutineError(source, [Problem("", f"must be a JSON object, got {_describe(doc)}")])
    check.keys(doc, ROUTINE_KEYS, "")
    _version(check, doc)
    routine_id = check.identifier(doc, "id", _field("id"))
    title = check.text(doc, "title", _field("title"), MAX_TITLE)
    description = check.text(
        doc, "description", _field("description"), MAX_DESCRIPTION, required=False
    )
    level = None
    if "level" in doc:
        level = doc["level"]
        if level not in LEVELS:
            allowed = ", ".join(f'"{name}"' for name in LEVELS)
            check.add(_field("level"), f"must be one of {allowed}, got {_describe(level)}")
            level = None
    prep = check.whole(doc, "prep_seconds", _field("prep_seconds"), PAUSE_SECONDS)
    rest = check.whole(doc, "rest_seconds", _field("rest_seconds"), PAUSE_SECONDS)
    steps: list[Step] = []
    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list):
        got = "nothing" if "steps" not in doc else _describe(raw_steps)
        check.add(_field("steps"), f"must be a list of steps, got {got}")
    elif not 1 <= len(raw_steps) <= MAX_STEPS:
        check.add(_field("steps"), f"must hold 1 to {MAX_STEPS} steps, got {len(raw_steps)}")
    else:
        for number, raw in enumerate(raw_steps, start=1):
            step = _parse_step(check, raw, number, catalogue)
            if step is not None:
                steps.append(step)
    if check.problems:
        raise RoutineError(source, check.problems)
    return Routine(
        id=routine_id,
        title=title,
        description=description,
        prep_seconds=prep,
        rest_seconds=rest,
        steps=tuple(steps),
        level=level,
        builtin=builtin,
        path=path,
    )


def _parse_step(
    check: _Checker, raw: object, number: int, catalogue: Mapping[str, Exercise]
) -> Step | None:
    if not isinstance(raw, dict):
        check.add(f"step {number}", f"must be an object, got {_describe(raw)}")
        return None
    before = len(check.problems)
    seconds = check.whole(raw, "seconds", _field("seconds", number), STEP_SECONDS)
    if "exercise" in raw:
        check.keys(raw, CATALOGUE_STEP_KEYS, f"step {number}")
        exercise_id = raw["exercise"]
        exercise = catalogue.get(exercise_id) if isinstance(exercise_id, str) else None
        if exercise is None:
            valid = ", ".join(sorted(catalogue))
            check.add(
                _field("exercise", number),
                f"unknown exercise {_describe(exercise_id)} (valid ids: {valid})",
            )
            return None
        per_side = check.flag(raw, "per_side", _field("per_side", number), exercise.per_side)
        if len(check.problems) > before:
            return None
        return Step.of(exercise, seconds, per_side)
    if "name" not in raw:
        check.add(
            f"step {number}",
            'needs "exercise" (an exercise id) or "name" and "instructions" (a custom step)',
        )
        return None
    check.keys(raw, CUSTOM_STEP_KEYS, f"step {number}")
    name = check.text(raw, "name", _field("name", number), MAX_TITLE)
    instructions = check.text(raw, "instructions", _field("instructions", number), MAX_INSTRUCTIONS)
    per_side = check.flag(raw, "per_side", _field("per_side", number), False)
    if len(check.problems) > before:
        return None
    lines = tuple(line.strip() for line in instructions.splitlines() if line.strip())
    return Step(name=name, seconds=seconds, per_side=per_side, instructions=lines)


def routine_to_document(routine: Routine) -> dict[str, Any]:
    """The routine in the documented file format; parse_routine gives the same routine back."""
    steps: list[dict[str, Any]] = []
    for step in routine.steps:
        if step.exercise_id is not None:
            steps.append({"exercise": step.exercise_id, "seconds": step.seconds})
        else:
            steps.append(
                {
                    "name": step.name,
                    "instructions": "\n".join(step.instructions),
                    "seconds": step.seconds,
                }
            )
        steps[-1]["per_side"] = step.per_side
    doc: dict[str, Any] = {"version": 1, "id": routine.id, "title": routine.title}
    if routine.description:
        doc["description"] = routine.description
    if routine.level:
        doc["level"] = routine.level
    doc.update(prep_seconds=routine.prep_seconds, rest_seconds=routine.rest_seconds, steps=steps)
    return doc


def decode_json_file(path: Path, source: str | None = None) -> object:
    """Read a routine file's JSON, refusing what is too large or not UTF-8 JSON."""
    source = source or path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(source, size)
        raw = path.read_bytes()
    except OSError as error:
        raise RoutineError(source, [Problem("", f"cannot be read ({error.strerror})")]) from None
    return decode_json_bytes(raw, source)


def _too_large(source: str, size: int) -> RoutineError:
    return RoutineError(
        source, [Problem("", f"is {size:,} bytes; a routine file may be at most 1 MiB")]
    )


def decode_json_bytes(raw: bytes, source: str) -> object:
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(source, len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"is not UTF-8 text (bad byte at position {error.start})"
        raise RoutineError(source, [Problem("", message)]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        message = f"is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        raise RoutineError(source, [Problem("", message)]) from None
    except RecursionError:
        raise RoutineError(source, [Problem("", "is nested too deeply to be a routine")]) from None
    except ValueError:  # json refuses a number of thousands of digits with a plain ValueError
        message = "is not valid JSON: holds a number too long to read"
        raise RoutineError(source, [Problem("", message)]) from None


def load_routine_file(
    path: Path, catalogue: Mapping[str, Exercise], *, builtin: bool = False
) -> Routine:
    doc = decode_json_file(path)
    return parse_routine(doc, catalogue, path.name, builtin=builtin, path=path)


# --- the catalogue ------------------------------------------------------------------------------

EXERCISE_KEYS = (
    "id",
    "name",
    "summary",
    "instructions",
    "focus",
    "cautions",
    "equipment",
    "equipment_note",
    "per_side",
    "tempo",
    "source",
)


def _text_list(check: _Checker, obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        check.add(where, "must be a list of text")
        return ()
    return tuple(item.strip() for item in value)


def parse_catalogue(doc: object, source: str = "exercises.json") -> dict[str, Exercise]:
    check = _Checker()
    if not isinstance(doc, dict) or not isinstance(doc.get("exercises"), list):
        raise RoutineError(source, [Problem("", 'must be an object with an "exercises" list')])
    _version(check, doc)
    exercises: dict[str, Exercise] = {}
    for index, raw in enumerate(doc["exercises"]):
        where = f"exercises[{index}]"
        if not isinstance(raw, dict):
            check.add(where, "must be an object")
            continue
        check.keys(raw, EXERCISE_KEYS, where)
        exercise_id = check.identifier(raw, "id", f"{where}.id")
        if exercise_id in exercises:
            check.add(f"{where}.id", f'"{exercise_id}" is used twice')
        tempo = None
        raw_tempo = raw.get("tempo")
        if raw_tempo is not None:
            beats = raw_tempo.get("beats") if isinstance(raw_tempo, dict) else None
            spb = raw_tempo.get("seconds_per_beat") if isinstance(raw_tempo, dict) else None
            if (
                not isinstance(beats, list)
                or not beats
                or not all(isinstance(beat, str) and beat for beat in beats)
                or isinstance(spb, bool)
                or not isinstance(spb, int | float)
                or not 0.5 <= spb <= 60
            ):
                check.add(f"{where}.tempo", "must be null or {seconds_per_beat: 0.5-60, beats}")
            else:
                tempo = Tempo(float(spb), tuple(beats))
        equipment = _text_list(check, raw, "equipment", f"{where}.equipment")
        for item in equipment:
            if item not in EQUIPMENT:
                check.add(f"{where}.equipment", f"unknown equipment {_describe(item)}")
        exercises[exercise_id] = Exercise(
            id=exercise_id,
            name=check.text(raw, "name", f"{where}.name", MAX_TITLE),
            summary=check.text(raw, "summary", f"{where}.summary", 200),
            instructions=_text_list(check, raw, "instructions", f"{where}.instructions"),
            focus=check.text(raw, "focus", f"{where}.focus", 300),
            cautions=_text_list(check, raw, "cautions", f"{where}.cautions"),
            equipment=equipment,
            per_side=check.flag(raw, "per_side", f"{where}.per_side", False),
            tempo=tempo,
            equipment_note=check.text(
                raw, "equipment_note", f"{where}.equipment_note", 200, required=False
            ),
            source=check.text(raw, "source", f"{where}.source", 20, required=False) or "common",
        )
    if check.problems:
        raise RoutineError(source, check.problems)
    return exercises


def load_catalogue(path: Path | None = None) -> dict[str, Exercise]:
    """The exercise catalogue: the app's own unless `path` names another."""
    path = path or resources.catalogue_path()
    return parse_catalogue(decode_json_file(path), path.name)


@dataclass
class Library:
    """Every routine the app knows, and what could not be loaded (to tell the user)."""

    catalogue: dict[str, Exercise]
    routines: list[Routine]
    problems: list[str] = field(default_factory=list)

    def get(self, routine_id: str) -> Routine | None:
        return next((routine for routine in self.routines if routine.id == routine_id), None)

    @property
    def ids(self) -> list[str]:
        return [routine.id for routine in self.routines]


def load_routines_dir(
    folder: Path, catalogue: Mapping[str, Exercise], *, builtin: bool
) -> tuple[list[Routine], list[str]]:
    routines: list[Routine] = []
    problems: list[str] = []
    if not folder.is_dir():
        return routines, problems
    for path in sorted(folder.glob("*.json")):
        try:
            routine = load_routine_file(path, catalogue, builtin=builtin)
        except RoutineError as error:
            problems.append(str(error))
            continue
        if routine.id != path.stem:
            problems.append(
                f'{path.name}: "id": is "{routine.id}" but the file is named {path.name}; '
                f"rename the file to {routine.id}.json"
            )
            continue
        routines.append(routine)
    return routines, problems


def load_library(user_routines_dir: Path | None = None) -> Library:
    """The catalogue, the built-in routines, then the user's own (a clashing id is skipped)."""
    catalogue = load_catalogue()
    routines, problems = load_routines_dir(
        resources.builtin_routines_dir(), catalogue, builtin=True
    )
    if problems:
        # Built-in content is ours: a broken file is a bug, not something to skip quietly.
        raise RoutineError("built-in routines", [Problem("", "\n".join(problems))])
    if user_routines_dir is not None:
        user, user_problems = load_routines_dir(user_routines_dir, catalogue, builtin=False)
        problems.extend(user_problems)
        known = {routine.id for routine in routines}
        for routine in user:
            if routine.id in known:
                problems.append(
                    f'{routine.path.name if routine.path else routine.id}: "id": '
                    f'"{routine.id}" is already a built-in routine; this file was skipped'
                )
                continue
            routines.append(routine)
    return Library(catalogue=catalogue, routines=routines, problems=problems)
