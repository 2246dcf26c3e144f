"""What is wrong with a routine file, as data: which step, which field, what kind of mistake.

A view routes a problem by its `step` and `field` and picks its wording by `code`; the
sentence a file's author reads (`step 4 ("seconds"): must be a whole number from 1 to 3600,
got 0`) is made from the same data, here and nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from psoas_timer.core.text import printable


class Code(StrEnum):
    """The kinds of mistake, each with the sentence it reads as (see `Problem.message`)."""

    # The file itself.
    UNREADABLE = "unreadable"
    NOT_A_FILE = "not-a-file"
    TOO_LARGE = "too-large"
    WOULD_BE_TOO_LARGE = "would-be-too-large"
    NOT_UTF8 = "not-utf8"
    NOT_UNICODE = "not-unicode"
    NOT_JSON = "not-json"
    TOO_DEEP = "too-deep"
    NUMBER_TOO_LONG = "number-too-long"
    # Its shape.
    NOT_AN_OBJECT = "not-an-object"
    NOT_A_STEP_OBJECT = "not-a-step-object"
    NO_EXERCISES_LIST = "no-exercises-list"
    UNKNOWN_KEY = "unknown-key"
    DUPLICATE_KEY = "duplicate-key"
    MISSING = "missing"
    # A value.
    WRONG_VERSION = "wrong-version"
    NOT_TEXT = "not-text"
    NOT_TEXT_LIST = "not-text-list"
    EMPTY = "empty"
    TOO_LONG = "too-long"
    CONTROL_CHARACTERS = "control-characters"
    NOT_A_WHOLE_NUMBER = "not-a-whole-number"
    NOT_TRUE_OR_FALSE = "not-true-or-false"
    BAD_ID = "bad-id"
    NOT_ONE_OF = "not-one-of"
    NOT_A_STEP_LIST = "not-a-step-list"
    STEP_COUNT = "step-count"
    UNKNOWN_EXERCISE = "unknown-exercise"
    NOT_A_STEP = "not-a-step"
    BAD_TEMPO = "bad-tempo"
    BEAT_COUNT = "beat-count"  # a translation's words for a movement: one a beat
    UNKNOWN_EQUIPMENT = "unknown-equipment"
    # Against other routines.
    ID_USED_TWICE = "id-used-twice"
    ID_TAKEN = "id-taken"
    ID_NOT_FILE_NAME = "id-not-file-name"
    BUILTIN_ID = "builtin-id"
    BUILTIN_BROKEN = "builtin-broken"  # our own content: `got` holds what was wrong with it


def describe(value: object) -> str:
    """A value as a message quotes it: short, one line, nothing in it that acts on a terminal."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return printable(json.dumps(shown, ensure_ascii=False))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(describe(name) for name in names)


@dataclass(frozen=True)
class Problem:
    """One mistake: where (`step`, `field`), what kind (`code`), and the values it names.

    `step` is the index of the step in the routine (0 for the first), None for the routine
    itself; in the catalogue, `exercise` is the index of the exercise instead. `field` is the
    key at fault ("seconds"), None for the whole step or document. `got` is what was found,
    as the message shows it; `bounds` the range allowed; `allowed` the names allowed.
    """

    code: Code
    field: str | None = None
    step: int | None = None
    got: str = ""
    bounds: tuple[int, int] | None = None
    allowed: tuple[str, ...] = ()
    exercise: int | None = None

    @property
    def where(self) -> str:
        """`step 4 ("seconds")`, `"title"`, `exercises[2].name`, or "" for the whole file."""
        if self.exercise is not None:
            return f"exercises[{self.exercise}]" + (f".{self.field}" if self.field else "")
        if self.step is not None:
            at = f"step {self.step + 1}"
            return f'{at} ("{self.field}")' if self.field else at
        return f'"{self.field}"' if self.field else ""

    @property
    def message(self) -> str:
        """What is wrong, in words: `must be a whole number from 1 to 3600, got 0`."""
        low, high = self.bounds or (0, 0)
        got = self.got
        match self.code:
            case Code.UNREADABLE:
                return f"cannot be read ({got})"
            case Code.NOT_A_FILE:
                return "is not a file that can be imported"
            case Code.TOO_LARGE:
                return f"is {got} bytes; a routine file may be at most 1 MiB"
            case Code.WOULD_BE_TOO_LARGE:
                return f"would be {got} bytes; a routine file may be at most 1 MiB"
            case Code.NOT_UTF8:
                return f"is not UTF-8 text (bad byte at position {got})"
            case Code.NOT_UNICODE:
                return "holds text that is not valid Unicode (an unpaired \\ud800-\\udfff escape)"
            case Code.NOT_JSON:
                return f"is not valid JSON: {got}"
            case Code.TOO_DEEP:
                return "is nested too deeply to be a routine"
            case Code.NUMBER_TOO_LONG:
                return "is not valid JSON: holds a number too long to read"
            case Code.NOT_AN_OBJECT:
                return f"must be a JSON object, got {got}"
            case Code.NOT_A_STEP_OBJECT:
                return f"must be an object, got {got}" if got else "must be an object"
            case Code.NO_EXERCISES_LIST:
                return 'must be an object with an "exercises" list'
            case Code.UNKNOWN_KEY:
                return f"unknown key {got} (allowed keys: {_quoted(self.allowed)})"
            case Code.DUPLICATE_KEY:
                return f"the key {got} is given more than once; keep one"
            case Code.MISSING:
                return "is missing"
            case Code.WRONG_VERSION:
                return f"must be 1, got {got}"
            case Code.NOT_TEXT:
                return f"must be text, got {got}"
            case Code.NOT_TEXT_LIST:
                return "must be a list of text"
            case Code.EMPTY:
                return "must not be empty"
            case Code.TOO_LONG:
                return f"must be at most {high} characters, got {got}"
            case Code.CONTROL_CHARACTERS:
                return f"must not hold control characters or line breaks, got {got}"
            case Code.NOT_A_WHOLE_NUMBER:
                return f"must be a whole number from {low} to {high}, got {got}"
            case Code.NOT_TRUE_OR_FALSE:
                return f"must be true or false, got {got}"
            case Code.BAD_ID:
                return f"must be lowercase letters, digits and single hyphens, got {got}"
            case Code.NOT_ONE_OF:
                return f"must be one of {_quoted(self.allowed)}, got {got}"
            case Code.NOT_A_STEP_LIST:
                return f"must be a list of steps, got {got}"
            case Code.STEP_COUNT:
                return f"must hold {low} to {high} steps, got {got}"
            case Code.UNKNOWN_EXERCISE:
                return f"unknown exercise {got} (valid ids: {', '.join(self.allowed)})"
            case Code.NOT_A_STEP:
                return (
                    'needs "exercise" (an exercise id) or "name" and "instructions" (a custom step)'
                )
            case Code.BAD_TEMPO:
                return "must be null or {seconds_per_beat: 0.5-60, beats}"
            case Code.BEAT_COUNT:
                return f"must hold one word for each of the movement's {high} beats, got {got}"
            case Code.UNKNOWN_EQUIPMENT:
                return f"unknown equipment {got}"
            case Code.ID_USED_TWICE:
                return f"{got} is used twice"
            case Code.ID_TAKEN:
                return "is already used by another routine"
            case Code.ID_NOT_FILE_NAME:
                # `got` is the routine's id, `allowed` the one file name it may have.
                (file_name,) = self.allowed
                return (
                    f'is "{got}" but the file is named {printable(file_name)}; '
                    f"rename the file to {got}.json"
                )
            case Code.BUILTIN_BROKEN:
                return got
            case Code.BUILTIN_ID:
                return f"{got} is already a built-in routine; this file was skipped"
        raise AssertionError(f"no wording for {self.code}")  # pragma: no cover

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class RoutineError(ValueError):
    """A routine (or catalogue) file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        source = printable(self.source)
        return "\n".join(f"{source}: {problem}" for problem in self.problems)
