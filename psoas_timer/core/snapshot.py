"""A snapshot of the merged journals, so that a start reads only what was added since.

Checking every value of hundreds of thousands of journal lines takes seconds in Python. The
app that writes the data folder therefore keeps, in this computer's cache folder (never the
data folder, never synced), what it made of each journal up to some byte: the merged sessions
and deletions, the problems found, and the sessions' local days and totals in the system's time
zone (what the history page shows). The next read checks that each journal still begins with
what was read (its size has not shrunk and the bytes before that point hash the same), reads
only the lines after it, and merges them on top. A journal that changed in any other way, or
went, and a snapshot that is damaged, from another version of Python or of this app, or does
not match its own checksum, are simply not used: everything is read afresh. Days and totals
worked out in another time zone (or under other rules for it) are worked out again. Nothing is
lost by deleting it.

The sessions are kept as columns (`core.history_columns`): arrays of numbers and the texts end
to end, read back as they are, so a start makes no object per session.

The snapshot is checked (size limit, format line, SHA-256 of its content) before a byte of it
is decoded; only then are its small parts read with `marshal`, which is fast but must not be
given data it did not write.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psoas_timer.core.datafiles import UnreadableFile, open_regular, write_bytes_atomic
from psoas_timer.core.history_columns import SessionColumns

if TYPE_CHECKING:
    from psoas_timer.core.stats import LocalView

MAGIC = b"psoas-timer history snapshot 6\n"
MAX_SNAPSHOT_BYTES = 2 * 1024**3
TAIL_BYTES = 4096  # the bytes before the point read, hashed to know the journal still holds them
HEADER_BYTES = 1024 * 1024  # the header line's limit: a few hundred computers' journals
# Long columns are gone through this many items at a time: no single step of the reading thread
# keeps the window's and the sound's threads waiting more than a fraction of a millisecond.
STEP = 8192


@dataclass
class JournalMark:
    """How far a journal was read, and what was found in it up to there."""

    size: int
    lines: int
    tail: str  # SHA-256 of the TAIL_BYTES before `size`
    newer: int | None = None
    problems: list[tuple[str, str, str, bytes]] = field(default_factory=list)


@dataclass
class Snapshot:
    """The journals merged up to their marks.

    The sessions are `columns` (in order of id), with, when written, `changed`: states newer
    than them (or not in them). `view` is the system zone's local days and totals; read back,
    `rows` says which row of `columns` each of its sessions is."""

    journals: dict[str, JournalMark]
    deleted: dict[str, str]  # session id -> when it was deleted
    columns: SessionColumns | None
    changed: dict[str, tuple[int, Any]] = field(default_factory=dict)
    view: LocalView | None = None
    rows: list[int] = field(default_factory=list)


def snapshot_path(cache_dir: Path, data_folder: Path) -> Path:
    """Where the snapshot of the data folder `data_folder` is kept in `cache_dir`."""
    key = hashlib.sha256(str(data_folder.expanduser().absolute()).encode()).hexdigest()[:16]
    return cache_dir / f"history-{key}.snapshot"


def tail_hash(data: bytes) -> str:
    return hashlib.sha256(data[-TAIL_BYTES:]).hexdigest()


def _python() -> list[Any]:
    return [sys.version_info[0], sys.version_info[1], marshal.version, sys.byteorder]


def _all_states(snapshot: Snapshot) -> list[tuple[str, tuple[int, Any]]]:
    """(id, (revision, session)) of every session, in order of id."""
    changed, base = snapshot.changed, snapshot.columns
    states = dict(changed)
    if base is not None:
        for row in range(len(base)):
            session_id = base.id_at(row)
            if session_id not in changed:
                states[session_id] = base.state(row)
    return sorted(states.items())


def write_snapshot(path: Path, snapshot: Snapshot) -> None:
    """Write `snapshot` (with its view) to `path`, whole or not at all. Raises OSError.

    The file: MAGIC, a JSON header line, then parts each preceded by its length (8 bytes):
    first the journals' marks, the deletions and the totals, then the columns, then the view's
    rows, start instants and days.
    """
    view = snapshot.view
    if view is None:
        raise ValueError("a snapshot is written with its view")
    states = _all_states(snapshot)
    kind = type(states[0][1][1]) if states else tuple
    columns = SessionColumns.build(kind, [state for _, state in states])  # type: ignore[arg-type]
    row_of = {session_id: row for row, (session_id, _) in enumerate(states)}
    base = view.columns
    rows = array("q")
    for item in view.items:
        if type(item) is int:
            assert base is not None
            rows.append(row_of[base.id_at(item)])
        else:
            rows.append(row_of[item.id])
    journals = {
        name: [mark.size, mark.lines, mark.tail, mark.newer, mark.problems]
        for name, mark in snapshot.journals.items()
    }
    routines, parts = columns.to_parts()
    day_totals, week_seconds, total, per_routine = view.totals
    document = {
        "journals": journals,
        "deleted": snapshot.deleted,
        "routines": routines,
        "zone": view.zone,
        "totals": (week_seconds, total, per_routine),
    }
    days = sorted(day_totals)
    parts = [
        marshal.dumps(document),
        *parts,
        rows.tobytes(),
        array("d", view.instants).tobytes(),
        array("q", view.days).tobytes(),
        array("q", days).tobytes(),
        *(array("q", [day_totals[day][field] for day in days]).tobytes() for field in range(3)),
    ]
    digest = hashlib.sha256()
    framed: list[bytes] = []
    for part in parts:
        length = len(part).to_bytes(8, "little")
        digest.update(length)
        digest.update(part)
        framed += [length, part]
    header = {
        "python": _python(),
        "parts": len(parts),
        "bytes": sum(len(piece) for piece in framed),
        "sha256": digest.hexdigest(),
        "sessions": len(states),
        "journals": {name: mark.size for name, mark in snapshot.journals.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, [MAGIC, json.dumps(header).encode() + b"\n", *framed])


def read_snapshot(path: Path, kind: type[tuple[Any, ...]]) -> Snapshot | None:
    """The snapshot at `path`, or None if there is none this app can trust; `kind` is the
    record type (a NamedTuple) its values are made back into."""
    try:
        fd = open_regular(path, MAX_SNAPSHOT_BYTES)
    except (OSError, UnreadableFile):
        return None
    try:
        parts = _read_parts(fd)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    if parts is None:
        return None
    try:
        return _decode(parts, kind)
    except (ValueError, TypeError, KeyError, EOFError, IndexError):
        return None


def _read_exactly(fd: int, count: int) -> bytes:
    data = os.read(fd, count)  # a regular file gives it all at once, but for a signal
    if len(data) == count:
        return data
    pieces = [data]
    count -= len(data)
    while count > 0:
        piece = os.read(fd, min(count, 1 << 24))
        if not piece:
            raise ValueError("the file ends early")
        pieces.append(piece)
        count -= len(piece)
    return b"".join(pieces)


def _header(fd: int) -> tuple[dict[str, Any] | None, int]:
    """The snapshot's header line (not checked against anything) and where it ends."""
    start = os.read(fd, len(MAGIC) + HEADER_BYTES)
    end = start.find(b"\n", len(MAGIC))
    if not start.startswith(MAGIC) or end < 0:
        return None, 0
    header = json.loads(start[len(MAGIC) : end])
    return (header, end) if isinstance(header, dict) else (None, 0)


def snapshot_coverage(path: Path) -> dict[str, int] | None:
    """How many bytes of each journal the snapshot at `path` says it holds, from its header
    alone: to choose how to read, never to trust (None without a readable header)."""
    try:
        fd = open_regular(path, MAX_SNAPSHOT_BYTES)
    except (OSError, UnreadableFile):
        return None
    try:
        header, _ = _header(fd)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    journals = header.get("journals") if header is not None else None
    if not isinstance(journals, dict):
        return None
    return {str(name): size for name, size in journals.items() if type(size) is int}


def _read_parts(fd: int) -> list[bytes] | None:
    """The parts of a snapshot, only if its header and checksum say they are all there and
    as written; nothing is decoded before that."""
    header, end = _header(fd)
    if header is None or header.get("python") != _python():
        return None
    count, total = header.get("parts"), header.get("bytes")
    if type(count) is not int or type(total) is not int or not 0 < count <= 10**6:
        return None
    os.lseek(fd, end + 1, os.SEEK_SET)
    digest = hashlib.sha256()
    parts = []
    seen = 0
    for _ in range(count):
        length_bytes = _read_exactly(fd, 8)
        length = int.from_bytes(length_bytes, "little")
        if length > total - seen:
            return None
        part = _read_exactly(fd, length)
        digest.update(length_bytes)
        digest.update(part)
        parts.append(part)
        seen += 8 + length
    if seen != total or os.read(fd, 1) or digest.hexdigest() != header.get("sha256"):
        return None
    return parts


def _decode(parts: list[bytes], kind: type[tuple[Any, ...]]) -> Snapshot:
    from psoas_timer.core.stats import LocalView

    count = len(SessionColumns.FIELDS)
    if len(parts) != 1 + count + 7:
        raise ValueError("not the parts of this format")
    document = marshal.loads(parts[0])
    journals = {
        name: JournalMark(size, lines, tail, newer, [tuple(p) for p in problems])
        for name, (size, lines, tail, newer, problems) in document["journals"].items()
    }
    columns = SessionColumns.from_parts(kind, document["routines"], parts[1 : 1 + count])  # type: ignore[arg-type]
    rows, instants, days = array("q"), array("d"), array("q")
    rows.frombytes(parts[1 + count])
    instants.frombytes(parts[2 + count])
    days.frombytes(parts[3 + count])
    if not len(rows) == len(instants) == len(days):
        raise ValueError("a view of other sessions")
    week_seconds, total, routines = document["totals"]
    view = LocalView(
        tuple(document["zone"]),
        [],
        columns,
        instants,
        days,
        (_day_totals(parts[4 + count :]), dict(week_seconds), int(total), dict(routines)),
    )
    return Snapshot(journals, dict(document["deleted"]), columns, {}, view, _rows(rows, columns))


def _rows(rows: array[int], columns: SessionColumns) -> list[int]:
    """The view's rows as a list, each checked to be one of `columns`, a step at a time."""
    found: list[int] = []
    for start in range(0, len(rows), STEP):
        step = rows[start : start + STEP]
        if min(step) < 0 or max(step) >= len(columns):
            raise ValueError("a view of other sessions")
        found += step
    return found


def _day_totals(parts: list[bytes]) -> dict[int, tuple[int, int, int]]:
    """day -> (seconds of completed sessions, of partial ones, sessions), a step at a time."""
    days, done, partial, count = (array("q") for _ in range(4))
    for column, part in zip((days, done, partial, count), parts, strict=True):
        column.frombytes(part)
    if not len(days) == len(done) == len(partial) == len(count):
        raise ValueError("totals of different lengths")
    totals: dict[int, tuple[int, int, int]] = {}
    for start in range(0, len(days), STEP):
        end = start + STEP
        sums = zip(done[start:end], partial[start:end], count[start:end], strict=True)
        totals.update(zip(days[start:end], sums, strict=True))
    return totals
