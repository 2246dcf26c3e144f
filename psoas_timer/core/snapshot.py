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
import sys
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from psoas_timer.core.datafiles import UnreadableFile, read_regular, write_bytes_atomic

MAGIC = b"psoas-timer history snapshot 3\n"
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
    """Write `snapshot` to `path`, whole or not at all. Raises OSError."""
    # Columns per chunk (ids, revisions, starts, records' values): read back by C loops alone.
    keys = list(snapshot.states)
    states, instants = snapshot.states, snapshot.instants
    chunks = []
    for start in range(0, len(keys), CHUNK):
        part = keys[start : start + CHUNK]
        chunks.append(
            marshal.dumps(
                (
                    part,
                    [states[key][0] for key in part],
                    [instants.get(key, 0.0) for key in part],
                    [tuple(states[key][1]) for key in part],
                )
            )
        )
    items = keys
    journals = {
        name: [mark.size, mark.lines, mark.tail, mark.newer, mark.problems]
        for name, mark in snapshot.journals.items()
    }
    payload = marshal.dumps({"journals": journals, "deleted": snapshot.deleted, "chunks": chunks})
    header = {
        "python": _python(),
        "bytes": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "sessions": len(items),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, MAGIC + json.dumps(header).encode() + b"\n" + payload)


def read_snapshot(path: Path, kind: type[tuple[Any, ...]]) -> Snapshot | None:
    """The snapshot at `path`, or None if there is none this app can trust; `kind` is the
    record type (a NamedTuple) its values are made back into."""
    try:
        raw = read_regular(path, MAX_SNAPSHOT_BYTES)
    except (OSError, UnreadableFile):
        return None
    if not raw.startswith(MAGIC):
        return None
    end = raw.find(b"\n", len(MAGIC), len(MAGIC) + 1024)
    if end < 0:
        return None
    try:
        header = json.loads(raw[len(MAGIC) : end])
    except ValueError:
        return None
    payload = memoryview(raw)[end + 1 :]
    if (
        not isinstance(header, dict)
        or header.get("python") != _python()
        or header.get("bytes") != len(payload)
        or header.get("sha256") != hashlib.sha256(payload).hexdigest()
    ):
        return None
    try:
        return _decode(marshal.loads(payload), kind)
    except (ValueError, TypeError, KeyError, EOFError):
        return None


def _decode(document: Any, kind: type[tuple[Any, ...]]) -> Snapshot:
    new = tuple.__new__
    journals = {
        name: JournalMark(size, lines, tail, newer, [tuple(p) for p in problems])
        for name, (size, lines, tail, newer, problems) in document["journals"].items()
    }
    states: dict[str, tuple[int, Any]] = {}
    instants: dict[str, float] = {}
    for chunk in document["chunks"]:
        keys, revisions, starts, values = marshal.loads(chunk)
        records = map(new, repeat(kind), values)
        states.update(zip(keys, zip(revisions, records, strict=True), strict=True))
        instants.update(zip(keys, starts, strict=True))
    return Snapshot(journals, states, dict(document["deleted"]), instants)
