"""The routine file format's rules: a decoded document in, a Routine or every Problem out.

The same rules check the built-in routines, a user's file, an import and the editor's draft,
so a routine the app accepts anywhere is one it accepts everywhere. `routine_to_document` is
the way back: `parse_routine(routine_to_document(r))` gives `r` again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from psoas_timer.core.i18n import ENGLISH, LANGUAGES, content_language
from psoas_timer.core.routines.model import (
    EQUIPMENT,
    LEVELS,
    CoreSide,
    Exercise,
    PsoasAction,
    PsoasEffect,
    Routine,
    Step,
    Tempo,
    Wording,
)
from psoas_timer.core.routines.problems import Code, Problem, RoutineError, describe
from psoas_timer.core.text import control_characters, is_blank

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 64
MAX_STEPS = 200
STEP_SECONDS = (1, 3600)
PAUSE_SECONDS = (0, 600)
SWITCH_SECONDS = (0, 60)
MAX_TITLE = 80
MAX_DESCRIPTION = 1000
MAX_INSTRUCTIONS = 2000
MAX_PSOAS_WHY = 300

ROUTINE_KEYS = (
    "version",
    "id",
    "title",
    "description",
    "level",
    "prep_seconds",
    "rest_seconds",
    "switch_seconds",
    "steps",
    "translations",
)
TRANSLATION_KEYS = ("title", "description")
CATALOGUE_STEP_KEYS = ("exercise", "seconds", "per_side")
CUSTOM_STEP_KEYS = ("name", "instructions", "seconds", "per_side")
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
    "psoas",
    "psoas_why",
    "core_side",
)


_Choice = TypeVar("_Choice", bound=StrEnum)


class KeysGivenTwice(dict[str, Any]):
    """A decoded JSON object in which some keys were given more than once (`twice`).

    JSON keeps the last of them without a word; the format refuses them instead, so a file
    never means something other than what its author reads at the top of it.
    """

    def __init__(self, pairs: Iterable[tuple[str, Any]], twice: Iterable[str]) -> None:
        super().__init__(pairs)
        self.twice = tuple(twice)


def object_from_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`json.loads`'s object hook: a dict, marked when a key comes twice."""
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    twice: dict[str, None] = {}
    for key, _value in pairs:
        if key in seen:
            twice[key] = None
        seen.add(key)
    return KeysGivenTwice(pairs, twice)


class _Checker:
    """Collects problems while reading one document, so a user sees all of them at once.

    `step` (or `exercise`) says which item is being read; every problem added meanwhile
    belongs to it.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.step: int | None = None
        self.exercise: int | None = None

    def add(self, code: Code, field: str | None = None, **values: Any) -> None:
        self.problems.append(Problem(code, field, step=self.step, exercise=self.exercise, **values))

    def keys(self, obj: Mapping[str, Any], allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        self.once(obj)
        for key in obj:
            if key not in allowed:
                self.add(Code.UNKNOWN_KEY, got=describe(key), allowed=allowed)

    def once(self, obj: Mapping[str, Any]) -> None:
        for key in getattr(obj, "twice", ()):
            self.add(Code.DUPLICATE_KEY, got=describe(key))

    def whole(self, obj: Mapping[str, Any], key: str, bounds: tuple[int, int]) -> int:
        value = obj.get(key)
        low, high = bounds
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            if isinstance(value, float) and value.is_integer() and low <= value <= high:
                return int(value)
            got = "nothing" if key not in obj else describe(value)
            self.add(Code.NOT_A_WHOLE_NUMBER, key, got=got, bounds=bounds)
            return low
        return value

    def text(
        self,
        obj: Mapping[str, Any],
        key: str,
        max_length: int,
        *,
        required: bool = True,
        multiline: bool = False,
    ) -> str:
        """The text at `key`, stripped; "" (and a problem) if it is not acceptable."""
        if key not in obj:
            if required:
                self.add(Code.MISSING, key)
            return ""
        value = obj[key]
        if not isinstance(value, str):
            self.add(Code.NOT_TEXT, key, got=describe(value))
            return ""
        value = value.strip()
        if control_characters(value, multiline=multiline):
            self.add(Code.CONTROL_CHARACTERS, key, got=describe(value))
            return ""
        if required and is_blank(value):
            self.add(Code.EMPTY, key)
            return ""
        if len(value) > max_length:
            self.add(Code.TOO_LONG, key, got=str(len(value)), bounds=(0, max_length))
            return ""
        return value

    def flag(self, obj: Mapping[str, Any], key: str, default: bool) -> bool:
        if key not in obj:
            return default
        value = obj[key]
        if not isinstance(value, bool):
            self.add(Code.NOT_TRUE_OR_FALSE, key, got=describe(value))
            return default
        return value

    def identifier(self, obj: Mapping[str, Any], key: str) -> str:
        before = len(self.problems)
        value = self.text(obj, key, MAX_ID_LENGTH)
        if len(self.problems) == before and not ID_PATTERN.match(value):
            self.add(Code.BAD_ID, key, got=describe(value))
        return value

    def choice(self, obj: Mapping[str, Any], key: str, kind: type[_Choice]) -> _Choice | None:
        """The required value at `key`, one of `kind`'s; None (and a problem) if it is not."""
        if key not in obj:
            self.add(Code.MISSING, key)
            return None
        value = obj[key]
        allowed = tuple(member.value for member in kind)
        if not isinstance(value, str) or value not in allowed:
            self.add(Code.NOT_ONE_OF, key, got=describe(value), allowed=allowed)
            return None
        return kind(value)

    def text_list(self, obj: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = obj.get(key)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.add(Code.NOT_TEXT_LIST, key)
            return ()
        for item in value:
            if control_characters(item.strip()):
                self.add(Code.CONTROL_CHARACTERS, key, got=describe(item))
        return tuple(item.strip() for item in value)


def _version(check: _Checker, doc: Mapping[str, Any]) -> None:
    if "version" in doc and (doc["version"] != 1 or isinstance(doc["version"], bool)):
        check.add(Code.WRONG_VERSION, "version", got=describe(doc["version"]))


def parse_routine(
    doc: object,
    catalogue: Mapping[str, Exercise],
    source: str,
    *,
    builtin: bool = False,
    path: Path | None = None,
) -> Routine:
    """Validate a decoded routine document; raise RoutineError listing every problem."""
    if not isinstance(doc, dict):
        raise RoutineError(source, [Problem(Code.NOT_AN_OBJECT, got=describe(doc))])
    check = _Checker()
    check.keys(doc, ROUTINE_KEYS)
    _version(check, doc)
    routine_id = check.identifier(doc, "id")
    title = check.text(doc, "title", MAX_TITLE)
    description = check.text(doc, "description", MAX_DESCRIPTION, required=False, multiline=True)
    level = None
    if "level" in doc:
        level = doc["level"]
        if level not in LEVELS:
            check.add(Code.NOT_ONE_OF, "level", got=describe(level), allowed=LEVELS)
            level = None
    prep = check.whole(doc, "prep_seconds", PAUSE_SECONDS)
    rest = check.whole(doc, "rest_seconds", PAUSE_SECONDS)
    switch = check.whole(doc, "switch_seconds", SWITCH_SECONDS) if "switch_seconds" in doc else 0
    steps: list[Step] = []
    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list):
        got = "nothing" if "steps" not in doc else describe(raw_steps)
        check.add(Code.NOT_A_STEP_LIST, "steps", got=got)
    elif not 1 <= len(raw_steps) <= MAX_STEPS:
        check.add(Code.STEP_COUNT, "steps", got=str(len(raw_steps)), bounds=(1, MAX_STEPS))
    else:
        for index, raw in enumerate(raw_steps):
            check.step = index
            step = _parse_step(check, raw, catalogue)
            if step is not None:
                steps.append(step)
        check.step = None
    wordings = _wordings(check, doc, title, description)
    if check.problems:
        raise RoutineError(source, check.problems)
    shown = next((w for w in wordings if w.language == content_language()), None)
    return Routine(
        id=routine_id,
        title=shown.title if shown else title,
        description=shown.description if shown else description,
        wordings=wordings,
        prep_seconds=prep,
        rest_seconds=rest,
        steps=tuple(steps),
        level=level,
        builtin=builtin,
        path=path,
        switch_seconds=switch,
    )


def _wordings(
    check: _Checker, doc: Mapping[str, Any], title: str, description: str
) -> tuple[Wording, ...]:
    """The file's own title and description, then each translation's ("translations":
    {"de": {"title": ..., "description": ...}}); nothing for a file without translations."""
    raw = doc.get("translations")
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        check.add(Code.NOT_AN_OBJECT, "translations", got=describe(raw))
        return ()
    wordings = [Wording("", title, description)]
    for language, words in raw.items():
        if language not in LANGUAGES or language == ENGLISH:
            check.add(
                Code.NOT_ONE_OF,
                "translations",
                got=describe(language),
                allowed=tuple(code for code in LANGUAGES if code != ENGLISH),
            )
            continue
        if not isinstance(words, dict):
            check.add(Code.NOT_AN_OBJECT, "translations", got=describe(words))
            continue
        check.keys(words, TRANSLATION_KEYS)
        wordings.append(
            Wording(
                language,
                check.text(words, "title", MAX_TITLE),
                check.text(words, "description", MAX_DESCRIPTION, required=False, multiline=True),
            )
        )
    return tuple(wordings)


def parse_step(
    raw: object, catalogue: Mapping[str, Exercise], index: int | None = None
) -> tuple[Step | None, list[Problem]]:
    """One step of a routine document, checked on its own: the step, or its problems.

    The problems carry `step=index` (None when the step stands alone, as in the editor's
    custom step dialog).
    """
    check = _Checker()
    check.step = index
    step = _parse_step(check, raw, catalogue)
    return (step if not check.problems else None), check.problems


def _parse_step(check: _Checker, raw: object, catalogue: Mapping[str, Exercise]) -> Step | None:
    if not isinstance(raw, dict):
        check.add(Code.NOT_A_STEP_OBJECT, got=describe(raw))
        return None
    before = len(check.problems)
    seconds = check.whole(raw, "seconds", STEP_SECONDS)
    if "exercise" in raw:
        check.keys(raw, CATALOGUE_STEP_KEYS)
        exercise_id = raw["exercise"]
        exercise = catalogue.get(exercise_id) if isinstance(exercise_id, str) else None
        if exercise is None:
            check.add(
                Code.UNKNOWN_EXERCISE,
                "exercise",
                got=describe(exercise_id),
                allowed=tuple(sorted(catalogue)),
            )
            return None
        per_side = check.flag(raw, "per_side", exercise.per_side)
        if len(check.problems) > before:
            return None
        return Step.of(exercise, seconds, per_side)
    if "name" not in raw:
        check.add(Code.NOT_A_STEP)
        return None
    check.keys(raw, CUSTOM_STEP_KEYS)
    name = check.text(raw, "name", MAX_TITLE)
    instructions = check.text(raw, "instructions", MAX_INSTRUCTIONS, multiline=True)
    per_side = check.flag(raw, "per_side", False)
    if len(check.problems) > before:
        return None
    return Step(
        name=name, seconds=seconds, per_side=per_side, instructions=instruction_lines(instructions)
    )


def instruction_lines(text: str) -> tuple[str, ...]:
    """A custom step's instructions as the player lists them: one per non-blank line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def step_to_document(step: Step) -> dict[str, Any]:
    if step.exercise_id is not None:
        return {"exercise": step.exercise_id, "seconds": step.seconds, "per_side": step.per_side}
    return {
        "name": step.name,
        "instructions": "\n".join(step.instructions),
        "seconds": step.seconds,
        "per_side": step.per_side,
    }


def routine_to_document(routine: Routine) -> dict[str, Any]:
    """The routine in the documented file format; parse_routine gives the same routine back."""
    own = next((w for w in routine.wordings if w.language == ""), None)
    title, description = (
        (own.title, own.description) if own else (routine.title, routine.description)
    )
    doc: dict[str, Any] = {"version": 1, "id": routine.id, "title": title}
    if description:
        doc["description"] = description
    if routine.level:
        doc["level"] = routine.level
    doc.update(prep_seconds=routine.prep_seconds, rest_seconds=routine.rest_seconds)
    if routine.switch_seconds:
        doc["switch_seconds"] = routine.switch_seconds  # left out at 0: as files before it
    doc["steps"] = [step_to_document(step) for step in routine.steps]
    translations = {
        w.language: {"title": w.title, "description": w.description}
        if w.description
        else {"title": w.title}
        for w in routine.wordings
        if w.language
    }
    if translations:
        doc["translations"] = translations
    return doc


# --- the catalogue ------------------------------------------------------------------------------


def _tempo(check: _Checker, raw_tempo: object) -> Tempo | None:
    if raw_tempo is None:
        return None
    if isinstance(raw_tempo, dict):
        check.once(raw_tempo)
        beats = raw_tempo.get("beats")
        spb = raw_tempo.get("seconds_per_beat")
        if (
            isinstance(beats, list)
            and beats
            and all(isinstance(beat, str) and beat for beat in beats)
            and not isinstance(spb, bool)
            and isinstance(spb, int | float)
            and 0.5 <= spb <= 60
        ):
            return Tempo(float(spb), tuple(beats))
    check.add(Code.BAD_TEMPO, "tempo")
    return None


def _exercise(check: _Checker, raw: dict[str, Any], known: Mapping[str, Exercise]) -> Exercise:
    check.keys(raw, EXERCISE_KEYS)
    exercise_id = check.identifier(raw, "id")
    if exercise_id in known:
        check.add(Code.ID_USED_TWICE, "id", got=describe(exercise_id))
    tempo = _tempo(check, raw.get("tempo"))
    equipment = check.text_list(raw, "equipment")
    for item in equipment:
        if item not in EQUIPMENT:
            check.add(Code.UNKNOWN_EQUIPMENT, "equipment", got=describe(item))
    # An exercise that fails a check is never used (the catalogue is refused whole), so the
    # stand-ins below only keep the value well formed while the other problems are collected.
    psoas = PsoasEffect(
        action=check.choice(raw, "psoas", PsoasAction) or PsoasAction.STRETCH,
        why=check.text(raw, "psoas_why", MAX_PSOAS_WHY),
        core_side=check.choice(raw, "core_side", CoreSide) or CoreSide.BOTH,
    )
    return Exercise(
        id=exercise_id,
        name=check.text(raw, "name", MAX_TITLE),
        summary=check.text(raw, "summary", 200),
        instructions=check.text_list(raw, "instructions"),
        focus=check.text(raw, "focus", 300),
        cautions=check.text_list(raw, "cautions"),
        equipment=equipment,
        per_side=check.flag(raw, "per_side", False),
        psoas=psoas,
        tempo=tempo,
        equipment_note=check.text(raw, "equipment_note", 200, required=False),
        source=check.text(raw, "source", 20, required=False) or "common",
    )


TRANSLATED_EXERCISE_KEYS = (
    "name",
    "summary",
    "instructions",
    "focus",
    "cautions",
    "equipment_note",
    "psoas_why",
    "beats",
)


def parse_catalogue_translation(
    doc: object, english: Mapping[str, Exercise], source: str
) -> dict[str, Exercise]:
    """The catalogue with the words of a translation file put in (`assets/i18n/exercises.<lang>
    .json`): for each exercise id, any of its texts, checked as the English ones are. What a
    translation leaves out stays English; the movement's words keep the movement's count."""
    if not isinstance(doc, dict) or not isinstance(doc.get("exercises"), dict):
        raise RoutineError(source, [Problem(Code.NO_EXERCISES_LIST)])
    check = _Checker()
    check.once(doc)
    _version(check, doc)
    translated = dict(english)
    for index, (exercise_id, raw) in enumerate(doc["exercises"].items()):
        check.exercise = index
        original = english.get(exercise_id)
        if original is None:
            check.add(Code.UNKNOWN_EXERCISE, "id", got=describe(exercise_id))
            continue
        if not isinstance(raw, dict):
            check.add(Code.NOT_A_STEP_OBJECT)
            continue
        check.keys(raw, TRANSLATED_EXERCISE_KEYS)
        words: dict[str, Any] = {}
        for key, limit in (("name", MAX_TITLE), ("summary", 200), ("focus", 300)):
            if key in raw:
                words[key] = check.text(raw, key, limit)
        if "equipment_note" in raw:
            words["equipment_note"] = check.text(raw, "equipment_note", 200, required=False)
        for key in ("instructions", "cautions"):
            if key in raw:
                words[key] = check.text_list(raw, key)
        if "psoas_why" in raw:
            words["psoas"] = replace(
                original.psoas, why=check.text(raw, "psoas_why", MAX_PSOAS_WHY)
            )
        if "beats" in raw:
            beats = check.text_list(raw, "beats")
            tempo = original.tempo
            count = len(tempo.beats) if tempo is not None else 0
            if tempo is None or len(beats) != count:
                check.add(Code.BEAT_COUNT, "beats", got=str(len(beats)), bounds=(count, count))
            else:
                words["tempo"] = replace(tempo, beats=beats)
        translated[exercise_id] = replace(original, **words)
    if check.problems:
        raise RoutineError(source, check.problems)
    return translated


def parse_catalogue(doc: object, source: str = "exercises.json") -> dict[str, Exercise]:
    if not isinstance(doc, dict) or not isinstance(doc.get("exercises"), list):
        raise RoutineError(source, [Problem(Code.NO_EXERCISES_LIST)])
    check = _Checker()
    check.once(doc)
    _version(check, doc)
    exercises: dict[str, Exercise] = {}
    for index, raw in enumerate(doc["exercises"]):
        check.exercise = index
        if not isinstance(raw, dict):
            check.add(Code.NOT_A_STEP_OBJECT)
            continue
        exercise = _exercise(check, raw, exercises)
        exercises[exercise.id] = exercise
    if check.problems:
        raise RoutineError(source, check.problems)
    return exercises
