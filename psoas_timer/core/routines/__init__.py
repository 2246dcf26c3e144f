"""Exercises, steps and routines: the model, the file format's rules, and loading files.

- `model`: Exercise, Step, Routine (checked, immutable values) and format_duration.
- `problems`: what is wrong with a file, as data (Problem: step, field, code), and RoutineError.
- `validation`: the format's rules, parse_routine and its inverse routine_to_document.
- `loading`: bytes to JSON, the catalogue, built-in and user routines into a Library.

A routine file is what users write and share, so every problem is reported in plain words that
name the file, the step and the field (`evening.json: step 4 ("seconds"): must be ...`).
"""

from psoas_timer.core.routines.loading import (
    MAX_FILE_BYTES,
    Library,
    decode_json_bytes,
    decode_json_file,
    load_catalogue,
    load_library,
    load_routine_file,
    load_routines_dir,
)
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
    format_duration,
)
from psoas_timer.core.routines.problems import Code, Problem, RoutineError, describe
from psoas_timer.core.routines.validation import (
    ID_PATTERN,
    MAX_DESCRIPTION,
    MAX_ID_LENGTH,
    MAX_INSTRUCTIONS,
    MAX_PSOAS_WHY,
    MAX_STEPS,
    MAX_TITLE,
    PAUSE_SECONDS,
    STEP_SECONDS,
    parse_catalogue,
    parse_routine,
    parse_step,
    routine_to_document,
)

__all__ = [
    "EQUIPMENT",
    "ID_PATTERN",
    "LEVELS",
    "MAX_DESCRIPTION",
    "MAX_FILE_BYTES",
    "MAX_ID_LENGTH",
    "MAX_INSTRUCTIONS",
    "MAX_PSOAS_WHY",
    "MAX_STEPS",
    "MAX_TITLE",
    "PAUSE_SECONDS",
    "STEP_SECONDS",
    "Code",
    "CoreSide",
    "Exercise",
    "Library",
    "Problem",
    "PsoasAction",
    "PsoasEffect",
    "Routine",
    "RoutineError",
    "Step",
    "Tempo",
    "Wording",
    "decode_json_bytes",
    "decode_json_file",
    "describe",
    "format_duration",
    "load_catalogue",
    "load_library",
    "load_routine_file",
    "load_routines_dir",
    "parse_catalogue",
    "parse_routine",
    "parse_step",
    "routine_to_document",
]
