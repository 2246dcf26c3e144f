"""How the editor says what is wrong with a routine, in the user's language.

The problems come from the core as data (which step, which field, what kind of mistake); the
editor picks its own sentence by the problem's code and field, for someone filling in a form
rather than writing a file ("Give the routine a title.", not `"title": must not be empty`).
A kind of problem the form cannot make falls back to the core's own wording.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.routines import Code, Problem

# Each field by the name its label gives it in the editor.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Editor", "Title"),
    "id": QT_TRANSLATE_NOOP("Editor", "Id"),
    "description": QT_TRANSLATE_NOOP("Editor", "Description"),
    "level": QT_TRANSLATE_NOOP("Editor", "Level"),
    "prep_seconds": QT_TRANSLATE_NOOP("Editor", "Get ready"),
    "rest_seconds": QT_TRANSLATE_NOOP("Editor", "Rest between steps"),
    "steps": QT_TRANSLATE_NOOP("Editor", "Steps"),
    "name": QT_TRANSLATE_NOOP("Editor", "Name"),
    "instructions": QT_TRANSLATE_NOOP("Editor", "Instructions"),
    "seconds": QT_TRANSLATE_NOOP("Editor", "Seconds"),
    "per_side": QT_TRANSLATE_NOOP("Editor", "Per side"),
    "exercise": QT_TRANSLATE_NOOP("Editor", "Exercise"),
}
# What to do about a field left empty.
FILL_IN = {
    "title": QT_TRANSLATE_NOOP("Editor", "Give the routine a title."),
    "id": QT_TRANSLATE_NOOP("Editor", "Give the routine an id."),
    "name": QT_TRANSLATE_NOOP("Editor", "Give the step a name."),
    "instructions": QT_TRANSLATE_NOOP("Editor", "Write at least one instruction."),
}


def field_name(field: str | None) -> str:
    """The field as its label names it ("Title"); a field the editor has no label for by its
    key in the routine file."""
    if field is None:
        return ""
    return translate("Editor", FIELD_NAMES[field]) if field in FIELD_NAMES else field


def _number(value: int | str) -> str:
    try:
        return QLocale().toString(int(value))
    except ValueError:
        return str(value)


def problem_text(problem: Problem) -> str:
    """One sentence for `problem`, shown under its field (the step is named by the caller)."""
    code, field = problem.code, problem.field
    name = field_name(field)
    low, high = problem.bounds or (0, 0)
    if code is Code.EMPTY and field in FILL_IN:
        return translate("Editor", FILL_IN[field])
    if code is Code.TOO_LONG:
        return translate("Editor", "{field}: at most {limit} characters, not {count}.").format(
            field=name, limit=_number(high), count=_number(problem.got)
        )
    if code is Code.CONTROL_CHARACTERS:
        return translate("Editor", "{field}: no tabs or other control characters, please.").format(
            field=name
        )
    if code is Code.BAD_ID:
        return translate(
            "Editor",
            "Use lowercase letters, digits and single hyphens only, as in “evening-stretch”.",
        )
    if code is Code.ID_TAKEN:
        return translate("Editor", "Another routine already uses this id.")
    if code is Code.BUILTIN_ID:
        return translate("Editor", "A built-in routine already uses this id.")
    if code is Code.NOT_A_WHOLE_NUMBER:
        return translate(
            "Editor", "{field}: a whole number of seconds from {low} to {high}."
        ).format(field=name, low=_number(low), high=_number(high))
    if code is Code.STEP_COUNT:
        if problem.got == "0":
            return translate("Editor", "Add at least one step.")
        return translate("Editor", "A routine holds at most {limit} steps.").format(
            limit=_number(high)
        )
    if code is Code.UNKNOWN_EXERCISE:
        return translate("Editor", "This exercise is no longer in the catalogue: remove the step.")
    # Nothing in the form makes these; said as the core says them.
    if name:
        return translate("Editor", "{field}: {problem}").format(field=name, problem=problem.message)
    return problem.message


def step_problem_text(problem: Problem) -> str:
    """`Step 2: Give the step a name.`"""
    assert problem.step is not None
    return translate("Editor", "Step {number}: {problem}").format(
        number=problem.step + 1, problem=problem_text(problem)
    )
