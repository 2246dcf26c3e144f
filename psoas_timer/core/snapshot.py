"""A snapshot of the merged journals, so that a start reads only what was added since.

Checking every value of hundreds of thousands of journal lines takes seconds in Python. The
app that writes the data folder therefore keeps, in this computer's cache folder (never the
data folder, never synced), what it made of each journal up to some byte: the merged sessions
and deletions, and the problems found. The next read checks that each journal still begins
with what was read (its size has not shrunk and the bytes before that point hash the same),
reads only the lines after it, and merges them on top. A journal that changed in any other way,
or went, and a snapshot that is damaged, from another version of Python or of this app, or
does not match its own checksum, are simply not used: everything is read afresh. Nothing is
lost by deleting it.

The snapshot is checked (size limit, format line, SHA-256 of its content) before a byte of it
is decoded; only then is it read with `marshal`, which is fast but must not be given data it
did not write.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from psoas_timer.core.datafiles import UnreadableFile, open_regular, write_bytes_atomic

MAGIC = b"psoas-timer history snapshot 4\n"
MAX_SNAPSHOT_BYTES = 2 * 1024**3
TAIL_BYTES = 4096  # the bytes before the point read, hashed to know the journal still holds them
CHUNK = 2000  # sessions per marshal chunk: decoding one keeps the reading thread's turn short


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
    journals: dict[str, JournalMark]
    # session id -> (revision, the record); deletions: id -> when
    states: dict[str, tuple[int, Any]]
    deleted: dict[str, str]
    # session id -> when it started (POSIX seconds), so a start need not parse them again
    instants: dict[str, float] = field(default_factory=dict)


def snapshot_path(cache_dir: Path, data_folder: Path) -> Path:
    """Where the snapshot of the data folder `data_folder` is kept in `cache_dir`."""
    key = hashlib.sha256(str(data_folder.expanduser().absolute()).encode()).hexdigest()[:16]
    return cache_dir / f"history-{key}.snapshot"


def tail_hash(data: bytes) -> str:
    return hashlib.sha256(data[-TAIL_BYTES:]).hexdigest()


def _python() -> list[int]:
    return [sys.version_info[0], sys.version_info[1], marshal.version]


def write_snapshot(path: Path, snapshot: Snapshot) -> None:
    """Write `snapshot` to `path`, whole or not at all. Raises OSError.

    The file: MAGIC, a JSON header line, then parts each preceded by its length (8 bytes):
    first the journals' marks and the deletions, then the sessions a chunk at a time, as
    columns (ids, revisions, starts, records' values) that C loops alone read back. Nothing is
    made in one piece as large as the file, so the window's thread is never kept waiting.
    """
    keys = list(snapshot.states)
    states, instants = snapshot.states, snapshot.instants
    journals = {
        name: [mark.size, mark.lines, mark.tail, mark.newer, mark.problems]
        for name, mark in snapshot.journals.items()
    }
    parts = [marshal.dumps({"journals": journals, "deleted": snapshot.deleted})]
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        parts.append(
            marshal.dumps(
                (
                    chunk,
                    [states[key][0] for key in chunk],
                    [instants.get(key, 0.0) for key in chunk],
                    [tuple(states[key][1]) for key in chunk],
                )
            )
        )
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
        "sessions": len(keys),
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
    pieces = []
    while count > 0:
        piece = os.read(fd, min(count, 1 << 20))
        if not piece:
            raise ValueError("the file ends early")
        pieces.append(piece)
        count -= len(piece)
    return b"".join(pieces)


def _read_parts(fd: int) -> list[bytes] | None:
    """The parts of a snapshot, only if its header and checksum say they are all there and
    as written; nothing is decoded before that."""
    start = os.read(fd, len(MAGIC) + 1024)
    if not start.startswith(MAGIC):
        return None
    end = start.find(b"\n", len(MAGIC))
    if end < 0:
        return None
    header = json.loads(start[len(MAGIC) : end])
    if not isinstance(header, dict) or header.get("python") != _python():
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
    new = tuple.__new__
    document = marshal.loads(parts[0])
    journals = {
        name: JournalMark(size, lines, tail, newer, [tuple(p) for p in problems])
        for name, (size, lines, tail, newer, problems) in document["journals"].items()
    }
    states: dict[str, tuple[int, Any]] = {}
    instants: dict[str, float] = {}
    for chunk in parts[1:]:
        keys, revisions, starts, values = marshal.loads(chunk)
        records = map(new, repeat(kind), values)
        states.update(zip(keys, zip(revisions, records, strict=True), strict=True))
        instants.update(zip(keys, starts, strict=True))
    return Snapshot(journals, states, dict(document["deleted"]), instants)
