"""Reading routine files: bytes to JSON (refusing what is too large, not UTF-8 or not JSON),
then the catalogue, the built-in routines and the user's own into one Library.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from psoas_timer import resources
from psoas_timer.core.datafiles import NotRegularFile, TooLargeFile, read_regular
from psoas_timer.core.i18n import ENGLISH, content_language
from psoas_timer.core.routines.model import Exercise, Routine
from psoas_timer.core.routines.problems import Code, Problem, RoutineError, describe
from psoas_timer.core.routines.validation import (
    object_from_pairs,
    parse_catalogue,
    parse_catalogue_translation,
    parse_routine,
)
from psoas_timer.core.sync import latest_versions

MAX_FILE_BYTES = 1024 * 1024


def _refused(source: str, code: Code, got: str = "") -> RoutineError:
    return RoutineError(source, [Problem(code, got=got)])


def decode_json_file(path: Path, source: str | None = None) -> object:
    """Read a routine file's JSON, refusing what is not a regular file (a link to /dev/zero, a
    pipe), what is too large (before reading it) and what is not UTF-8 JSON."""
    source = source or path.name
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except NotRegularFile as error:
        raise _refused(source, Code.UNREADABLE, str(error)) from None
    except TooLargeFile as error:
        size = f"{error.size:,}" if error.size is not None else f"over {MAX_FILE_BYTES:,}"
        raise _refused(source, Code.TOO_LARGE, size) from None
    except OSError as error:
        raise _refused(source, Code.UNREADABLE, str(error.strerror)) from None
    return decode_json_bytes(raw, source)


def decode_json_bytes(raw: bytes, source: str) -> object:
    """JSON from a routine file's bytes; an object holding a key twice is marked for the checks."""
    if len(raw) > MAX_FILE_BYTES:
        raise _refused(source, Code.TOO_LARGE, f"{len(raw):,}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refused(source, Code.NOT_UTF8, str(error.start)) from None
    try:
        return json.loads(text, object_pairs_hook=object_from_pairs)
    except json.JSONDecodeError as error:
        where = f"{error.msg} (line {error.lineno}, column {error.colno})"
        raise _refused(source, Code.NOT_JSON, where) from None
    except RecursionError:
        raise _refused(source, Code.TOO_DEEP) from None
    except ValueError:  # json refuses a number of thousands of digits with a plain ValueError
        raise _refused(source, Code.NUMBER_TOO_LONG) from None


def load_routine_file(
    path: Path, catalogue: Mapping[str, Exercise], *, builtin: bool = False
) -> Routine:
    doc = decode_json_file(path)
    return parse_routine(doc, catalogue, path.name, builtin=builtin, path=path)


def load_catalogue(path: Path | None = None) -> dict[str, Exercise]:
    """The exercise catalogue, in the content language: the app's own unless `path` names
    another (which is read as it is written)."""
    if path is not None:
        return parse_catalogue(decode_json_file(path), path.name)
    path = resources.catalogue_path()
    catalogue = parse_catalogue(decode_json_file(path), path.name)
    language = content_language()
    translation = resources.asset("i18n", f"exercises.{language}.json")
    if language != ENGLISH and translation.is_file():
        doc = decode_json_file(translation)
        catalogue = parse_catalogue_translation(doc, catalogue, f"i18n/{translation.name}")
    return catalogue


@dataclass
class Library:
    """Every routine the app knows, and what could not be loaded (to tell the user: each is
    put in words when it is shown, in the language shown)."""

    catalogue: dict[str, Exercise]
    routines: list[Routine]
    problems: list[RoutineError] = field(default_factory=list)

    def get(self, routine_id: str) -> Routine | None:
        return next((routine for routine in self.routines if routine.id == routine_id), None)

    @property
    def ids(self) -> list[str]:
        return [routine.id for routine in self.routines]


def load_routines_dir(
    folder: Path, catalogue: Mapping[str, Exercise], *, builtin: bool
) -> tuple[list[Routine], list[RoutineError]]:
    routines: list[Routine] = []
    problems: list[RoutineError] = []
    if not folder.is_dir():
        return routines, problems
    # One file per routine: where a sync tool left conflict copies, the latest version.
    for path, name in latest_versions(folder, ".json"):
        try:
            routine = load_routine_file(path, catalogue, builtin=builtin)
        except RoutineError as error:
            problems.append(error)
            continue
        if routine.id != Path(name).stem:
            mismatch = Problem(Code.ID_NOT_FILE_NAME, "id", got=routine.id, allowed=(path.name,))
            problems.append(RoutineError(path.name, [mismatch]))
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
        broken = "\n".join(map(str, problems))
        raise _refused("built-in routines", Code.BUILTIN_BROKEN, broken)
    if user_routines_dir is not None:
        user, user_problems = load_routines_dir(user_routines_dir, catalogue, builtin=False)
        problems.extend(user_problems)
        known = {routine.id for routine in routines}
        for routine in user:
            if routine.id in known:
                source = routine.path.name if routine.path else routine.id
                clash = Problem(Code.BUILTIN_ID, "id", got=describe(routine.id))
                problems.append(RoutineError(source, [clash]))
                continue
            routines.append(routine)
    return Library(catalogue=catalogue, routines=routines, problems=problems)
