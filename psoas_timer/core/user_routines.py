"""The user's own routines: saving, deleting, importing, exporting and naming them.

User routines live one to a file, `<routines dir>/<id>.json`, in the format described in
docs/routines.md. Everything written here is validated with the same rules as the built-in
routines first, written whole or not at all, and never replaces another routine's file: an
imported routine whose id is taken is given a fresh one (`evening-2`, `evening-3`, ...).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from psoas_timer.core.datafiles import json_bytes, remove_stale_temp_files, write_bytes_atomic
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines.loading import MAX_FILE_BYTES, decode_json_file
from psoas_timer.core.routines.model import Exercise, Routine
from psoas_timer.core.routines.problems import Code, Problem, RoutineError, describe
from psoas_timer.core.routines.validation import (
    ID_PATTERN,
    MAX_ID_LENGTH,
    MAX_TITLE,
    parse_routine,
    routine_to_document,
)

FALLBACK_ID = "my-routine"


@dataclass(frozen=True)
class ImportResult:
    """An imported routine as saved, and the id it had in the file if that one was taken."""

    routine: Routine
    renamed_from: str | None = None

    @property
    def renamed(self) -> bool:
        return self.renamed_from is not None


def is_valid_id(routine_id: object) -> bool:
    return (
        isinstance(routine_id, str)
        and len(routine_id) <= MAX_ID_LENGTH
        and ID_PATTERN.match(routine_id) is not None
    )


def slugify(title: str) -> str:
    """A routine id made from a title: "My Evening Stretch!" -> "my-evening-stretch".

    Accents are dropped ("Étirement" -> "etirement"), every run of other characters becomes one
    hyphen, and the result is cut to the longest id allowed. A title with no letters or digits
    that survive gives "" (callers fall back to a name of their own).
    """
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:MAX_ID_LENGTH].rstrip("-")


def unique_id(base: str, existing_ids: Iterable[str]) -> str:
    """`base` if it is free, else `base-2`, `base-3`, ... (always a valid id, at most 64 long).

    A `base` that is not a valid id is turned into one with slugify first.
    """
    taken = set(existing_ids)
    if not is_valid_id(base):
        base = slugify(base) or FALLBACK_ID
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def duplicate_of(routine: Routine, existing_ids: Iterable[str]) -> Routine:
    """A user copy of `routine` (built-in or not) titled "<title> (copy)" with a free id.

    The title is the one shown, in the user's language; the copy keeps no translations of the
    original's words: they would name the original, and the copy's file would keep its title.
    """
    pattern = translate("Library", "{title} (copy)")
    room = MAX_TITLE - len(pattern.format(title=""))
    title = pattern.format(title=routine.title[:room].rstrip())
    new_id = unique_id(slugify(title) or FALLBACK_ID, existing_ids)
    return replace(routine, id=new_id, title=title, builtin=False, path=None, wordings=())


def routine_path(routine_id: str, routines_dir: Path) -> Path:
    """Where a user routine with this id lives; refuses ids that are not valid (`../evil`)."""
    if not is_valid_id(routine_id):
        raise ValueError(f"{routine_id!r} is not a valid routine id")
    return routines_dir / f"{routine_id}.json"


def _encoded(document: Mapping[str, Any], source: str) -> bytes:
    """The file's bytes, or RoutineError."""
    try:
        raw = json_bytes(dict(document))
    except UnicodeEncodeError:
        # JSON lets a file spell a lone half of a surrogate pair ("\ud800"), which no UTF-8
        # file can hold; writing it would fail half-way, so it is refused up front instead.
        raise RoutineError(source, [Problem(Code.NOT_UNICODE)]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise RoutineError(source, [Problem(Code.WOULD_BE_TOO_LARGE, got=f"{len(raw):,}")])
    return raw


def _write(document: Mapping[str, Any], path: Path, source: str) -> None:
    raw = _encoded(document, source)
    remove_stale_temp_files(path)
    write_bytes_atomic(path, raw)


def save_user_routine(
    routine_or_doc: Routine | Mapping[str, Any],
    routines_dir: Path,
    *,
    catalogue: Mapping[str, Exercise] | None = None,
) -> Path:
    """Write a user routine to `<routines_dir>/<id>.json`, whole or not at all; return the path.

    A Routine is written with routine_to_document. A document (a mapping in the file format)
    is checked with parse_routine and written in normal form when `catalogue` is given; without
    one only its id is checked and it is written as it is. Raises RoutineError for a routine
    that cannot be written (bad id, more than 1 MiB, text that is not valid Unicode), ValueError
    for a built-in routine (save a duplicate_of it instead), and OSError when the disk refuses.
    """
    if isinstance(routine_or_doc, Routine):
        if routine_or_doc.builtin:
            raise ValueError(
                f'"{routine_or_doc.id}" is a built-in routine; save a duplicate of it instead'
            )
        document = routine_to_document(routine_or_doc)
    else:
        raw_id = routine_or_doc.get("id")
        source = f"{raw_id}.json" if is_valid_id(raw_id) else "routine"
        if catalogue is not None:
            document = routine_to_document(parse_routine(dict(routine_or_doc), catalogue, source))
        else:
            document = dict(routine_or_doc)
    routine_id = document.get("id")
    if not isinstance(routine_id, str) or not is_valid_id(routine_id):
        raise RoutineError("routine", [Problem(Code.BAD_ID, "id", got=describe(routine_id))])
    path = routine_path(routine_id, routines_dir)
    routines_dir.mkdir(parents=True, exist_ok=True)
    _write(document, path, path.name)
    return path


def delete_user_routine(routine_id: str, routines_dir: Path) -> None:
    """Delete the user routine file `<routines_dir>/<id>.json` (already gone is fine).

    Only ids of the user's own routines may be passed; an id that is not a valid routine id
    (`../evil`, `a/b`, "") is refused with ValueError and nothing is touched.
    """
    routine_path(routine_id, routines_dir).unlink(missing_ok=True)


def _ids_on_disk(routines_dir: Path) -> set[str]:
    # Every file name counts as taken, even one that failed to load: it is never overwritten.
    if not routines_dir.is_dir():
        return set()
    return {path.stem for path in routines_dir.glob("*.json")}


def import_routine_file(
    path: Path,
    routines_dir: Path,
    catalogue: Mapping[str, Exercise],
    existing_ids: Iterable[str],
) -> ImportResult:
    """Check a routine file with the built-in rules and save it as a user routine.

    Raises RoutineError naming the file (too large, not UTF-8 JSON, any problem in the routine)
    with nothing written. An id already used by a routine in `existing_ids` or by a file in
    `routines_dir` is never overwritten: the routine is saved under `<id>-2`, `<id>-3`, ...
    and the result's `renamed_from` holds the id from the file.
    """
    source = path.name
    if path.exists() and not path.is_file():
        # A folder, a pipe or a device: stat gives no real size, and reading may never end.
        raise RoutineError(source, [Problem(Code.NOT_A_FILE)])
    document = decode_json_file(path, source)
    routine = parse_routine(document, catalogue, source)
    original_id = routine.id
    taken = set(existing_ids) | _ids_on_disk(routines_dir)
    new_id = unique_id(original_id, taken)
    routine = replace(routine, id=new_id, builtin=False, path=None)
    target = routine_path(new_id, routines_dir)
    routines_dir.mkdir(parents=True, exist_ok=True)
    _write(routine_to_document(routine), target, source)
    return ImportResult(
        routine=replace(routine, path=target),
        renamed_from=original_id if new_id != original_id else None,
    )


def export_routine(routine: Routine, path: Path) -> None:
    """Write `routine` to `path` in the file format, whole or not at all.

    Importing the file gives the same routine back (apart from `builtin` and `path`).
    Raises RoutineError if the routine cannot be written as a valid file, OSError if the disk
    refuses.
    """
    _write(routine_to_document(routine), path, path.name)
