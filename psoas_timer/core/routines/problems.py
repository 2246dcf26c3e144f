"""What is wrong with a routine file, as data: which step, which field, what kind of mistake.

A view routes a problem by its `step` and `field` and picks its wording by `code`; the
sentence a file's author reads (`step 4 ("seconds"): must be a whole number from 1 to 3600,
got 0`) is made from the same data, here and nowhere else, in the user's language when it is
shown (a problem found before the language was chosen reads in it all the same).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.text import printable


class Code(StrEnum):
    """The kinds of mistake, each with the sentence it reads as (`_WORDING`)."""

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


# What each kind of mistake reads as: `{got}` is what was found, `{low}` and `{high}` the range
# allowed, `{allowed}` the names allowed. Translated when shown ("Problem" context).
_WORDING: dict[Code, str] = {
    Code.UNREADABLE: QT_TRANSLATE_NOOP("Problem", "cannot be read ({got})"),
    Code.NOT_A_FILE: QT_TRANSLATE_NOOP("Problem", "is not a file that can be imported"),
    Code.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem", "is {got} bytes; a routine file may be at most 1 MiB"
    ),
    Code.WOULD_BE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem", "would be {got} bytes; a routine file may be at most 1 MiB"
    ),
    Code.NOT_UTF8: QT_TRANSLATE_NOOP("Problem", "is not UTF-8 text (bad byte at position {got})"),
    Code.NOT_UNICODE: QT_TRANSLATE_NOOP(
        "Problem", "holds text that is not valid Unicode (an unpaired \\ud800-\\udfff escape)"
    ),
    Code.NOT_JSON: QT_TRANSLATE_NOOP("Problem", "is not valid JSON: {got}"),
    Code.TOO_DEEP: QT_TRANSLATE_NOOP("Problem", "is nested too deeply to be a routine"),
    Code.NUMBER_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problem", "is not valid JSON: holds a number too long to read"
    ),
    Code.NOT_AN_OBJECT: QT_TRANSLATE_NOOP("Problem", "must be a JSON object, got {got}"),
    Code.NOT_A_STEP_OBJECT: QT_TRANSLATE_NOOP("Problem", "must be an object, got {got}"),
    Code.NO_EXERCISES_LIST: QT_TRANSLATE_NOOP(
        "Problem", 'must be an object with an "exercises" list'
    ),
    Code.UNKNOWN_KEY: QT_TRANSLATE_NOOP("Problem", "unknown key {got} (allowed keys: {allowed})"),
    Code.DUPLICATE_KEY: QT_TRANSLATE_NOOP(
        "Problem", "the key {got} is given more than once; keep one"
    ),
    Code.MISSING: QT_TRANSLATE_NOOP("Problem", "is missing"),
    Code.WRONG_VERSION: QT_TRANSLATE_NOOP("Problem", "must be 1, got {got}"),
    Code.NOT_TEXT: QT_TRANSLATE_NOOP("Problem", "must be text, got {got}"),
    Code.NOT_TEXT_LIST: QT_TRANSLATE_NOOP("Problem", "must be a list of text"),
    Code.EMPTY: QT_TRANSLATE_NOOP("Problem", "must not be empty"),
    Code.TOO_LONG: QT_TRANSLATE_NOOP("Problem", "must be at most {high} characters, got {got}"),
    Code.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
        "Problem", "must not hold control characters or line breaks, got {got}"
    ),
    Code.NOT_A_WHOLE_NUMBER: QT_TRANSLATE_NOOP(
        "Problem", "must be a whole number from {low} to {high}, got {got}"
    ),
    Code.NOT_TRUE_OR_FALSE: QT_TRANSLATE_NOOP("Problem", "must be true or false, got {got}"),
    Code.BAD_ID: QT_TRANSLATE_NOOP(
        "Problem", "must be lowercase letters, digits and single hyphens, got {got}"
    ),
    Code.NOT_ONE_OF: QT_TRANSLATE_NOOP("Problem", "must be one of {allowed}, got {got}"),
    Code.NOT_A_STEP_LIST: QT_TRANSLATE_NOOP("Problem", "must be a list of steps, got {got}"),
    Code.STEP_COUNT: QT_TRANSLATE_NOOP("Problem", "must hold {low} to {high} steps, got {got}"),
    Code.UNKNOWN_EXERCISE: QT_TRANSLATE_NOOP(
        "Problem", "unknown exercise {got} (valid ids: {allowed})"
    ),
    Code.NOT_A_STEP: QT_TRANSLATE_NOOP(
        "Problem",
        'needs "exercise" (an exercise id) or "name" and "instructions" (a custom step)',
    ),
    Code.BAD_TEMPO: QT_TRANSLATE_NOOP(
        "Problem", 'must be null or an object with "seconds_per_beat" (0.5 to 60) and "beats"'
    ),
    Code.BEAT_COUNT: QT_TRANSLATE_NOOP(
        "Problem", "must hold one word for each of the movement's {high} beats, got {got}"
    ),
    Code.UNKNOWN_EQUIPMENT: QT_TRANSLATE_NOOP("Problem", "unknown equipment {got}"),
    Code.ID_USED_TWICE: QT_TRANSLATE_NOOP("Problem", "{got} is used twice"),
    Code.ID_TAKEN: QT_TRANSLATE_NOOP("Problem", "is already used by another routine"),
    Code.ID_NOT_FILE_NAME: QT_TRANSLATE_NOOP(
        "Problem", 'is "{got}" but the file is named {allowed}; rename the file to {got}.json'
    ),
    Code.BUILTIN_BROKEN: "{got}",  # our own content's problems, as they were found
    Code.BUILTIN_ID: QT_TRANSLATE_NOOP(
        "Problem", "{got} is already a built-in routine; this file was skipped"
    ),
}

# What `describe` says of a value that is not shown as it is, translated where shown.
_DESCRIPTIONS = (QT_TRANSLATE_NOOP("Problem", "a list"), QT_TRANSLATE_NOOP("Problem", "an object"))


def _shown(got: str) -> str:
    """A value as the message quotes it, its description ("a list") in the user's language."""
    return translate("Problem", got) if got in _DESCRIPTIONS else got


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
        return _DESCRIPTIONS[0]
    if isinstance(value, dict):
        return _DESCRIPTIONS[1]
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
            if self.field:
                text = translate("Problem", 'step {number} ("{field}")')
                return text.format(number=self.step + 1, field=self.field)
            return translate("Problem", "step {number}").format(number=self.step + 1)
        return f'"{self.field}"' if self.field else ""

    @property
    def message(self) -> str:
        """What is wrong, in words, in the user's language: `must be a whole number from 1 to
        3600, got 0`. Made when it is shown, so it is in the language shown."""
        if self.code is Code.BUILTIN_BROKEN:
            return self.got  # what was wrong with our own content, as it was found
        low, high = self.bounds or (0, 0)
        text = translate("Problem", _WORDING[self.code])
        if self.code is Code.NOT_A_STEP_OBJECT and not self.got:
            text = translate("Problem", "must be an object")
        allowed = ", ".join(self.allowed) if self.code is Code.UNKNOWN_EXERCISE else ""
        if self.code is Code.ID_NOT_FILE_NAME:
            # `got` is the routine's id, `allowed` the one file name it may have.
            (allowed,) = self.allowed
            allowed = printable(allowed)
        elif self.code is not Code.UNKNOWN_EXERCISE:
            allowed = _quoted(self.allowed)
        return text.format(got=_shown(self.got), low=low, high=high, allowed=allowed)

    def __str__(self) -> str:
        where = self.where
        if not where:
            return self.message
        return translate("Problem", "{where}: {message}").format(where=where, message=self.message)


class RoutineError(ValueError):
    """A routine (or catalogue) file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        source = printable(self.source)
        text = translate("Problem", "{where}: {message}")
        return "\n".join(text.format(where=source, message=problem) for problem in self.problems)
