"""Practice history that costs the same to save after decades, shared by several computers.

In the data folder:

    history/<device>.jsonl         this computer's journal: a header line, then one line per
                                   finished session or deletion, appended with an fsync
    history/<device>.current.jsonl the session in progress: its state at each phase boundary
                                   appended with an fsync, emptied once its final state is in
                                   the journal
    history.json                   the one file of earlier versions, read as it is until the
                                   app moves its sessions into the journal (keeping the file)

Saving a session writes a few hundred bytes whatever the history's size. Each computer writes
only its own files (`core.sync`); reading merges every computer's, and every copy a sync tool
left: a session is one id, its latest state wins, and a deletion is a record of its own that
wins over any state of that session, so a deleted session stays deleted after a sync.

A line that cannot be used costs that line only: it is reported with its file and line, and
kept aside byte for byte. The unfinished last line of a journal (a computer stopped while
writing it, or a sync tool copying it) is ignored, and set aside by the computer that owns it.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import re
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from psoas_timer.core.datafiles import (
    UnreadableFile,
    aside_name,
    decode_json,
    describe_write_error,
    fsync_folder,
    kept_in_memory,
    move_aside,
    open_regular,
    read_regular,
    remove_stale_temp_files,
    versioned,
    write_bytes_atomic,
)
from psoas_timer.core.history_columns import SessionColumns
from psoas_timer.core.i18n import Plural, translate
from psoas_timer.core.snapshot import (
    TAIL_BYTES,
    JournalMark,
    Snapshot,
    read_snapshot,
    tail_hash,
    write_snapshot,
)
from psoas_timer.core.sync import conflict_original
from psoas_timer.core.text import printable

if TYPE_CHECKING:
    from psoas_timer.core.stats import LocalHistory

FORMAT_VERSION = 2
LEGACY_NAME = "history.json"
FOLDER_NAME = "history"
JOURNAL_SUFFIX = ".jsonl"
CURRENT_SUFFIX = ".current.jsonl"
BACKUP_LABEL = "v1-backup"

MAX_JOURNAL_BYTES = 1024**3  # about four million sessions
MAX_LEGACY_BYTES = 1024**3
MAX_CURRENT_BYTES = 16 * 1024 * 1024
MAX_LINE_BYTES = 16 * 1024  # a session line is a few hundred bytes
MAX_ID = 64
MAX_TEXT = 200
MAX_SECONDS = 10_000_000.0  # 115 days: no routine runs that long
MAX_STEPS = 10_000
YEARS = (1900, 2999)  # a time outside them is a broken clock or a broken file

T = TypeVar("T")

_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}").fullmatch
# One-line text: no control characters (C0, DEL, C1), no line or paragraph separator, and no
# lone surrogate (JSON may carry one, escaped or as bytes json.loads lets through, and such a
# string cannot be written back as UTF-8).
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]").search
_CHUNK_LINES = 500  # about 150 kB: the reading thread lets the window run between chunks


class SessionRecord(NamedTuple):
    """One practice session as it is kept: what, when, and how much of it was done."""

    id: str
    routine_id: str
    routine_title: str
    started_at: str  # ISO 8601 with the UTC offset of the moment it was recorded
    ended_at: str
    planned_seconds: float
    active_seconds: float
    steps_completed: int
    steps_total: int
    completed: bool

    def to_dict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    @classmethod
    def from_dict(cls, raw: object) -> SessionRecord:
        """The session `raw` describes; UnreadableFile saying what is wrong if it is not one."""
        return session_from_document(raw)

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    @property
    def ended(self) -> datetime:
        return datetime.fromisoformat(self.ended_at)


_FIELDS = SessionRecord._fields
_new_record = tuple.__new__


def _time_ok(text: object) -> bool:
    if type(text) is not str or len(text) > 40:
        return False
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return False
    return moment.tzinfo is not None and YEARS[0] <= moment.year <= YEARS[1]


def _seconds_ok(value: object) -> bool:
    return (type(value) is float or type(value) is int) and 0 <= value <= MAX_SECONDS


# Routine ids and titles repeat in almost every session: each distinct one is checked once, and
# every session shares one copy of it (less memory, and a snapshot stores it once).
_GOOD_TEXT: dict[int, dict[str, str]] = {MAX_ID: {}, MAX_TEXT: {}}


def _line_text(value: object, limit: int) -> str | None:
    """`value` (its shared copy) if it is one line of text of at most `limit` characters."""
    if type(value) is not str:
        return None
    good = _GOOD_TEXT[limit]
    known = good.get(value)
    if known is not None:
        return known
    if not 0 < len(value) <= limit or _BREAKS(value) is not None:
        return None
    if len(good) > 50_000:
        good.clear()
    good[value] = value
    return value


def _line_text_ok(value: object, limit: int) -> bool:
    return _line_text(value, limit) is not None


def session_from_document(raw: object) -> SessionRecord:
    """A session from its JSON object, every value bounded; UnreadableFile naming what is wrong.

    Unknown keys are ignored (a newer version may add some).
    """
    if type(raw) is not dict:
        raise UnreadableFile("a session must be a JSON object")
    try:
        values = [raw[name] for name in _FIELDS]
    except KeyError as missing:
        raise UnreadableFile(f'a session must have "{missing.args[0]}"') from None
    (
        session_id,
        routine_id,
        title,
        started_at,
        ended_at,
        planned,
        active,
        steps_completed,
        steps_total,
        completed,
    ) = values
    routine_id = _line_text(routine_id, MAX_ID)
    title = _line_text(title, MAX_TEXT)
    if (
        type(session_id) is str
        and _ID(session_id) is not None
        and routine_id is not None
        and title is not None
        and _time_ok(started_at)
        and _time_ok(ended_at)
        and _seconds_ok(planned)
        and _seconds_ok(active)
        and type(steps_completed) is int
        and type(steps_total) is int
        and 0 <= steps_completed <= steps_total <= MAX_STEPS
        and type(completed) is bool
    ):
        values[1] = routine_id
        values[2] = title
        if type(planned) is int:
            values[5] = float(planned)
        if type(active) is int:
            values[6] = float(active)
        return _new_record(SessionRecord, values)
    raise UnreadableFile(_what_is_wrong(values))


def _what_is_wrong(values: list[Any]) -> str:
    checks: list[tuple[str, Callable[[Any], bool], str]] = [
        ("id", lambda v: type(v) is str and _ID(v) is not None, "an id of letters and digits"),
        ("routine_id", lambda v: _line_text_ok(v, MAX_ID), "one line of text"),
        ("routine_title", lambda v: _line_text_ok(v, MAX_TEXT), "one line of text"),
        ("started_at", _time_ok, f"a time with its UTC offset, years {YEARS[0]}-{YEARS[1]}"),
        ("ended_at", _time_ok, f"a time with its UTC offset, years {YEARS[0]}-{YEARS[1]}"),
        ("planned_seconds", _seconds_ok, f"a number of seconds from 0 to {MAX_SECONDS:,.0f}"),
        ("active_seconds", _seconds_ok, f"a number of seconds from 0 to {MAX_SECONDS:,.0f}"),
        ("steps_completed", lambda v: type(v) is int and 0 <= v <= MAX_STEPS, "a whole number"),
        ("steps_total", lambda v: type(v) is int and 0 <= v <= MAX_STEPS, "a whole number"),
        ("completed", lambda v: type(v) is bool, "true or false"),
    ]
    for (name, ok, expected), value in zip(checks, values, strict=True):
        if not ok(value):
            return f'"{name}" must be {expected}, got {_quote(value)}'
    return '"steps_completed" must not be more than "steps_total"'


def _quote(value: object) -> str:
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return printable(json.dumps(text, ensure_ascii=False))
    text = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    return printable(text if len(text) <= 40 else text[:37] + "...")


def session_line(record: SessionRecord, revision: int) -> bytes:
    """The journal line of one state of a session (`revision` orders its states)."""
    document = record.to_dict()
    document["rev"] = revision
    return _line(document)


def deletion_line(session_id: str, at: str) -> bytes:
    return _line({"deleted": session_id, "at": at})


def _line(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8") + b"\n"


def journal_header(device: str) -> bytes:
    return _line({"psoas_timer_history": FORMAT_VERSION, "device": device})


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def local_now_iso(moment: datetime | None = None) -> str:
    """Now (or `moment`) in local time with its UTC offset, to the second."""
    moment = moment or datetime.now()
    if moment.utcoffset() is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


# --- reading ------------------------------------------------------------------------------------


class RecordProblem(NamedTuple):
    """A record that could not be used: the file (relative to the data folder), its line (or
    its place, for the old single file), why, and its bytes as they were."""

    file: str
    where: str
    message: str
    raw: bytes


@dataclass
class Source:
    """What one file holds, as read."""

    name: str  # relative to the data folder, with "/"
    kind: str  # "journal", "current" or "legacy"
    device: str | None = None  # whose file (from its name)
    conflict: bool = False  # a sync tool's conflict copy
    sessions: list[tuple[int, SessionRecord]] = field(default_factory=list)  # (revision, state)
    deletions: list[tuple[str, str]] = field(default_factory=list)  # (session id, when)
    problems: list[RecordProblem] = field(default_factory=list)
    damaged: str | None = None  # why the file as a whole could not be read
    newer: int | None = None  # the format version, when newer than this app's
    torn: bytes = b""  # an unfinished last line
    size: int = 0  # bytes read (up to the last whole line)
    lines: int = 0  # whole lines up to `size`
    tail: str = ""  # the hash of the bytes before `size` (see core.snapshot)
    news: Source | None = None  # what it adds to the files read before it (legacy, conflicts)


def _order(revision: int, record: SessionRecord) -> tuple[Any, ...]:
    # The latest state of a session: its highest revision; between equal revisions (one file
    # copied twice) the one with the most practice, then any fixed order, so that every
    # computer picks the same one.
    return (revision, record.active_seconds, record.steps_completed, record.completed, record)


class Merge:
    """Sessions by id, each in its latest state, and the ids deleted anywhere.

    The states may start from `base`, the columns a snapshot kept: `states` then holds only
    what is newer than (or not in) them, and a session of the base is made into a record when
    it is looked up.
    """

    def __init__(self, base: SessionColumns | None = None) -> None:
        self.base = base
        self.states: dict[str, tuple[int, SessionRecord]] = {}
        self.deleted: dict[str, str] = {}  # id -> when it was deleted

    def state(self, session_id: str) -> tuple[int, SessionRecord] | None:
        """The latest state known of a session: (revision, session), or None."""
        known = self.states.get(session_id)
        if known is None and self.base is not None:
            row = self.base.find(session_id)
            if row >= 0:
                return self.base.state(row)
        return known

    def add(self, revision: int, record: SessionRecord) -> bool:
        """Take a state of a session; True if it is newer than what was known."""
        known = self.states.get(record.id)
        if known is None and self.base is not None:
            known = self.state(record.id)
        if known is not None and _order(*known) >= _order(revision, record):
            return False
        self.states[record.id] = (revision, record)
        return record.id not in self.deleted

    def delete(self, session_id: str, at: str) -> bool:
        if session_id in self.deleted:
            return False
        self.deleted[session_id] = at
        return True

    def take(self, source: Source, local: LocalHistory | None = None) -> None:
        """Take what `source` holds; with `local`, each change to what is shown goes to it."""
        if local is not None:
            for state in source.sessions:
                change = _apply(self, "session", state)
                if change.previous != change.record:
                    local.change(*change)
            for deletion in source.deletions:
                change = _apply(self, "deleted", deletion)
                if change.previous != change.record:
                    local.change(*change)
            return
        add = self.add
        for revision, record in source.sessions:
            add(revision, record)
        for session_id, at in source.deletions:
            self.delete(session_id, at)

    def would_change(self, source: Source) -> Source:
        """The part of `source` that is not known here yet (what a conflict copy adds)."""
        news = Source(source.name, source.kind, source.device, source.conflict)
        for revision, record in source.sessions:
            known = self.state(record.id)
            if known is None or _order(*known) < _order(revision, record):
                news.sessions.append((revision, record))
        news.deletions = [item for item in source.deletions if item[0] not in self.deleted]
        return news

    def all_states(self) -> Iterator[tuple[int, SessionRecord]]:
        """Every session's latest state, deleted ones too."""
        states, base = self.states, self.base
        yield from states.values()
        if base is not None:
            for row in range(len(base)):
                if base.id_at(row) not in states:
                    yield base.state(row)

    def sessions(self) -> list[SessionRecord]:
        deleted = self.deleted
        return [record for _, record in self.all_states() if record.id not in deleted]


def _decode_lines(lines: list[bytes]) -> list[object]:
    """Each line's JSON; a line that is not JSON comes back as the UnreadableFile saying why.

    Lines are decoded a chunk at a time (one call to the C decoder); a chunk that fails is
    decoded line by line to find the lines at fault. NaN, Infinity and out-of-range numbers
    that the decoder accepts are refused by the checks of each value.
    """
    decoded: list[object] = []
    for start in range(0, len(lines), _CHUNK_LINES):
        chunk = lines[start : start + _CHUNK_LINES]
        # One call for the chunk only when each line is one object: a line that began or
        # ended otherwise could join its neighbour into an object neither holds alone.
        if all(line[:1] == b"{" and line[-1:] == b"}" for line in chunk):
            try:
                items = json.loads(b"[" + b",\n".join(chunk) + b"]")
            except (ValueError, RecursionError):
                items = None
            if items is not None and len(items) == len(chunk):
                decoded.extend(items)
                continue
        for line in chunk:
            try:
                decoded.append(json.loads(line))
            except (ValueError, RecursionError) as error:
                decoded.append(UnreadableFile(_json_error(error)))
    return decoded


def _json_error(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON ({error.msg}, column {error.colno})"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return "a number too long to read"


def parse_journal(raw: bytes, source: Source) -> Source:
    """Read a (small) journal's bytes into `source`: header, sessions, deletions, problems."""
    end = raw.rfind(b"\n") + 1
    source.torn = raw[end:]
    source.size = end
    lines = raw[:end].split(b"\n")[:-1] if end else []
    _parse_lines(lines, source, at_start=True)
    return source


def _parse_lines(lines: list[bytes], source: Source, *, at_start: bool) -> None:
    """Take whole lines of a journal into `source`, numbering them on from `source.lines`;
    `at_start`: the first is the file's first line (maybe its header)."""
    if not lines:
        return
    first = 0
    if at_start:
        header: object
        try:
            header = decode_json(lines[0]) if len(lines[0]) <= MAX_LINE_BYTES else None
        except UnreadableFile:
            header = None
        if isinstance(header, dict) and "psoas_timer_history" in header:
            first = 1
            version = header.get("psoas_timer_history")
            if type(version) is not int or version < 1:
                message = "the journal has no format version"
                source.problems.append(RecordProblem(source.name, "line 1", message, lines[0]))
            elif version > FORMAT_VERSION:
                source.newer = version
    first_number = source.lines + first + 1
    source.lines += len(lines)
    body = lines[first:]
    long_lines = {index for index, line in enumerate(body) if len(line) > MAX_LINE_BYTES}
    if long_lines:
        decoded = _decode_lines([b"0" if i in long_lines else line for i, line in enumerate(body)])
    else:
        decoded = _decode_lines(body)
    sessions = source.sessions
    for index, item in enumerate(decoded):
        try:
            if index in long_lines:
                raise UnreadableFile(f"a line of more than {MAX_LINE_BYTES:,} bytes")
            if isinstance(item, UnreadableFile):
                raise item
            if type(item) is not dict:
                raise UnreadableFile("a line must be a JSON object")
            if "deleted" in item:
                source.deletions.append(_deletion(item))
                continue
            revision = item.get("rev", 0)
            if type(revision) is not int or not 0 <= revision < 2**31:
                raise UnreadableFile(f'"rev" must be a whole number, got {_quote(revision)}')
            sessions.append((revision, session_from_document(item)))
        except UnreadableFile as error:
            if source.newer is not None:
                continue  # what a newer version writes may be beyond this one
            raw = body[index] if index not in long_lines else body[index][:200] + b"..."
            source.problems.append(
                RecordProblem(source.name, f"line {first_number + index}", str(error), raw)
            )


def _guarded(source: Source, opening: Callable[[], T]) -> T | None:
    """What `opening` (a file of `source`) gives; None if the file is missing, or cannot be
    read, which is then noted as why in `source.damaged`."""
    try:
        return opening()
    except FileNotFoundError:
        pass
    except UnreadableFile as error:
        source.damaged = str(error)
    except OSError as error:
        source.damaged = error.strerror or str(error)
    return None


BLOCK_BYTES = 1 << 20  # a journal is read a block at a time: no one step holds the thread long


def _read_journal(path: Path, source: Source, limit: int, mark: JournalMark | None) -> Source:
    """Read a journal a block at a time, from the start or, with `mark` (read before up to a
    line), from there if the journal still begins with what was read then (`source.size` is
    -1 if it does not). A line too long to be a record is skipped, not held in memory."""
    fd = _guarded(source, lambda: open_regular(path, limit))
    if fd is None:
        return source
    try:
        position = 0
        window = b""  # the last TAIL_BYTES of the whole lines read: for the next snapshot
        if mark is not None:
            base = max(0, mark.size - TAIL_BYTES)
            window = os.pread(fd, mark.size - base, base)
            if len(window) != mark.size - base or tail_hash(window) != mark.tail:
                source.size = -1  # rewritten since (or gone): the snapshot cannot be used
                return source
            source.newer = mark.newer
            source.problems = [RecordProblem(*problem) for problem in mark.problems]
            source.lines = mark.lines
            position = mark.size
        os.lseek(fd, position, os.SEEK_SET)
        pending = b""
        skipping = b""  # the start of a line longer than any record, the rest not kept
        read = position
        while True:
            block = os.read(fd, BLOCK_BYTES)
            if not block:
                break
            read += len(block)
            if read > limit:
                source.damaged = f"more than the {limit:,} bytes allowed"
                return source
            data = pending + block
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                pending = b"" if skipping else data
                if len(pending) > MAX_LINE_BYTES:
                    skipping, pending = pending[:200], b""
                continue
            lines = data[:cut].split(b"\n")[:-1]
            if skipping:  # its end: reported as too long, with its start as it was
                lines[0] = skipping + bytes(MAX_LINE_BYTES)
                skipping = b""
            _parse_lines(lines, source, at_start=position == 0)
            window = (window + data[:cut])[-TAIL_BYTES:]
            position += cut
            pending = data[cut:]
            if len(pending) > MAX_LINE_BYTES:
                skipping, pending = pending[:200], b""
    finally:
        os.close(fd)
    source.torn = pending
    source.size = position
    source.tail = tail_hash(window)
    return source


def _deletion(item: dict[str, Any]) -> tuple[str, str]:
    session_id, at = item.get("deleted"), item.get("at", "")
    if type(session_id) is not str or _ID(session_id) is None:
        raise UnreadableFile(f'"deleted" must be a session id, got {_quote(session_id)}')
    if at != "" and not _time_ok(at):
        raise UnreadableFile(f'"at" must be a time with its UTC offset, got {_quote(at)}')
    return session_id, at


def parse_legacy(document: object, source: Source) -> Source:
    """The sessions of the single history.json of format 1."""
    checked = versioned(document)
    if isinstance(checked, str):
        source.damaged = checked
        return source
    document, version = checked
    if version > 1:
        source.newer = version
    sessions = document.get("sessions")
    if not isinstance(sessions, list):
        if source.newer is None:
            source.damaged = "sessions is not a list"
        return source
    for index, item in enumerate(sessions):
        try:
            source.sessions.append((0, session_from_document(item)))
        except UnreadableFile as error:
            source.problems.append(
                RecordProblem(source.name, f"sessions[{index}]", str(error), _raw_json(item))
            )
    return source


def _raw_json(item: object) -> bytes:
    try:
        return json.dumps(item, ensure_ascii=False, default=repr).encode("utf-8", "replace")
    except (ValueError, RecursionError):
        return repr(item).encode("utf-8", "replace")


def read_source(
    folder: Path, relative: str, kind: str, limit: int, mark: JournalMark | None = None
) -> Source:
    """Read one history file of the data folder `folder` into a Source (never raises).

    With `mark` (a journal read before up to some point), only what follows it is read if the
    journal still begins with what was read; `source.size` is -1 if it does not.
    """
    path = folder / relative
    name = path.name
    original = conflict_original(name)
    base = original or name
    device = None
    if kind == "journal":
        device = base[: -len(JOURNAL_SUFFIX)]
    elif kind == "current":
        device = base[: -len(CURRENT_SUFFIX)]
    source = Source(relative, kind, device, original is not None)
    if kind != "legacy":
        return _read_journal(path, source, limit, mark)
    raw = _guarded(source, lambda: read_regular(path, limit))
    if raw is None:
        return source
    source.size = len(raw)
    try:
        document = decode_json(raw)
    except UnreadableFile as error:
        source.damaged = str(error)
        return source
    return parse_legacy(document, source)


def history_files(folder: Path) -> list[tuple[str, str, int]]:
    """(relative name, kind, size limit) of every history file in the data folder `folder`."""
    found: list[tuple[str, str, int]] = []
    if os.path.lexists(folder / LEGACY_NAME):
        found.append((LEGACY_NAME, "legacy", MAX_LEGACY_BYTES))
    try:
        names = sorted(os.listdir(folder / FOLDER_NAME))
    except OSError:
        names = []
    for name in names:
        base = conflict_original(name) or name
        if name.startswith("."):
            continue  # a temporary file, or a sync tool's own
        if base.endswith(CURRENT_SUFFIX):
            found.append((f"{FOLDER_NAME}/{name}", "current", MAX_CURRENT_BYTES))
        elif base.endswith(JOURNAL_SUFFIX):
            found.append((f"{FOLDER_NAME}/{name}", "journal", MAX_JOURNAL_BYTES))
    return found


@dataclass
class HistoryRead:
    """Everything read from the data folder, merged."""

    merge: Merge
    sources: list[Source]
    # The journals merged, to keep as a snapshot when much of them was read afresh.
    snapshot: Snapshot | None = None
    # With a snapshot: the sessions in the system zone's local days, with their totals, kept up
    # to date with everything merged on top of the snapshot (see stats.local_history).
    local: LocalHistory | None = None

    @property
    def sessions(self) -> list[SessionRecord]:
        return self.merge.sessions()

    @property
    def problems(self) -> list[RecordProblem]:
        return [problem for source in self.sources for problem in source.problems]


# A snapshot is written again once this many journal lines were read that it did not hold.
SNAPSHOT_AFTER_LINES = 2000


def read_history(folder: Path, snapshot: Path | None = None, *, renew: bool = False) -> HistoryRead:
    """Read and merge every history file in the data folder `folder`; changes nothing.

    With `snapshot` (a file `HistoryStore` keeps in the cache folder), the journals are read
    only from where the snapshot left them, when they still begin with what it holds, and
    the sessions' local days and totals come with them (`local`). `renew`: a snapshot to keep
    (`HistoryRead.snapshot`) is made even if the one there is not far behind.
    """
    # Hundreds of thousands of records may be made here, and none refers to another: the
    # cyclic garbage collector, walking them again and again as they are made, doubled the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read_history(folder, snapshot, trust=True, renew=renew)
    finally:
        if collecting:
            gc.enable()


def _read_history(
    folder: Path, snapshot: Path | None, *, trust: bool, renew: bool = False
) -> HistoryRead:
    from psoas_timer.core import stats  # it reads what this module makes

    entries = history_files(folder)
    journals = [
        entry for entry in entries if entry[1] == "journal" and conflict_original(entry[0]) is None
    ]
    known = read_snapshot(snapshot, SessionRecord) if snapshot is not None and trust else None
    if known is not None and not set(known.journals) <= {entry[0] for entry in journals}:
        known = None  # a journal went: what it added cannot be taken out again
    merge = Merge()
    sources: list[Source] = []
    local: LocalHistory | None = None
    if known is not None:
        merge = Merge(known.columns)
        merge.deleted = known.deleted
        view, columns = known.view, known.columns
        if view is not None and columns is not None and view.zone == stats.system_zone():
            local = stats.LocalHistory.restored(view, known.rows, columns)
        for entry in journals:
            source = read_source(folder, *entry, mark=known.journals.get(entry[0]))
            if source.size < 0:
                return _read_history(folder, snapshot, trust=False)  # rewritten: afresh
            sources.append(source)
    else:
        sources = [read_source(folder, *entry) for entry in journals]
    fresh = 0
    for source in sources:
        merge.take(source, local)
        fresh += len(source.sessions) + len(source.deletions)
    written = None
    if snapshot is not None and (
        renew or known is None or local is None or fresh > SNAPSHOT_AFTER_LINES
    ):
        if local is None:
            local = stats.localize(merge.sessions())  # the system zone's days
        marks = {
            source.name: JournalMark(
                source.size,
                source.lines,
                source.tail,
                source.newer,
                [(p.file, p.where, p.message, p.raw) for p in source.problems],
            )
            for source in sources
            if source.damaged is None
        }
        written = Snapshot(
            marks, dict(merge.deleted), merge.base, dict(merge.states), view=local.kept()
        )
    # Then what is not a journal: sessions in progress, the old file, conflict copies, each
    # with what it adds to what was read before it (for the app to move into its journal).
    rest = [entry for entry in entries if entry not in journals]
    rest.sort(key=lambda entry: (conflict_original(entry[0]) is not None, entry[1] == "legacy"))
    for entry in rest:
        source = read_source(folder, *entry)
        source.news = merge.would_change(source)
        merge.take(source, local)
        sources.append(source)
    return HistoryRead(merge, sources, written, local)


def describe_problems(problems: list[RecordProblem], kept: str) -> str:
    """One notice for records that could not be used: how many, where, and the first reason."""
    places: dict[str, list[str]] = {}
    for problem in problems:
        places.setdefault(problem.file, []).append(problem.where)
    more = translate("Notice", "{places} and more")
    where = "; ".join(
        f"{file}: "
        + (more.format(places=", ".join(spots[:5])) if len(spots) > 5 else ", ".join(spots))
        for file, spots in places.items()
    )
    text = Plural.tr(
        "%n history record(s) could not be read ({where}). The first: {reason}.", "", len(problems)
    )
    return f"{text.format(where=where, reason=problems[0].message)} {kept}"


# --- writing: this computer's journal -------------------------------------------------------


def append_to(path: Path, data: bytes, header: bytes) -> None:
    """Append `data` to the journal at `path` (starting it with `header` if it is new), with
    one write and an fsync; on failure the file is as it was. Raises OSError."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        size = os.fstat(fd).st_size
        if size == 0:
            data = header + data
        else:
            with open(path, "rb") as reader:  # the last line must be whole before ours
                reader.seek(size - 1)
                if reader.read(1) != b"\n":
                    data = b"\n" + data
        try:
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, size)  # no half line left behind
            raise
    finally:
        os.close(fd)
    if size == 0:
        fsync_folder(path.parent)


class Change(NamedTuple):
    previous: SessionRecord | None  # the session as it was shown (None: not shown)
    record: SessionRecord | None  # as it is shown now (None: deleted)


def _visible(merge: Merge, session_id: str) -> SessionRecord | None:
    state = merge.state(session_id)
    return None if state is None or session_id in merge.deleted else state[1]


def _apply(merge: Merge, kind: str, item: Any) -> Change:
    session_id = item[1].id if kind == "session" else item[0]
    previous = _visible(merge, session_id)
    if kind == "session":
        merge.add(*item)
    else:
        merge.delete(*item)
    return Change(previous, _visible(merge, session_id))


class Pending(NamedTuple):
    revision: int
    record: SessionRecord


class HistoryFiles:
    """This computer's files in the history folder, as the app that writes them: lines
    appended to its journal, what a stopped run left finished (`claim`), an old single file
    and sync copies moved in and unusable lines set aside whole (`tidy`), and what could not
    be saved kept elsewhere, to be brought back at the next start."""

    def __init__(
        self, folder: Path, device: Callable[[], str], notify: Callable[[str], None]
    ) -> None:
        self.folder = folder  # the data folder
        self._device = device
        self._notify = notify
        self.read_only: str | None = None  # why this computer's journal is not written
        # The reading thread may append (moving an old file in) while the window saves.
        self.lock = threading.RLock()

    @property
    def device(self) -> str:
        return self._device()

    @property
    def journal_path(self) -> Path:
        return self.folder / FOLDER_NAME / f"{self.device}{JOURNAL_SUFFIX}"

    @property
    def current_path(self) -> Path:
        return self.folder / FOLDER_NAME / f"{self.device}{CURRENT_SUFFIX}"

    def append(self, lines: list[bytes]) -> None:
        """Append lines to this computer's journal (made, with its header, if new)."""
        if lines:
            self.journal_path.parent.mkdir(parents=True, exist_ok=True)
            append_to(self.journal_path, b"".join(lines), journal_header(self.device))

    # --- what a stopped run left, and what others wrote ----------------------------------------

    def claim(self) -> dict[str, int]:
        """Finish what a stopped run left (a session still in its current file, an unfinished
        last line). Cheap: reads only small files. Returns the revision of each session moved
        from the current file into the journal."""
        journal = self.journal_path
        remove_stale_temp_files(self.current_path)
        if os.path.lexists(journal):
            self._claim_journal(journal)
        if self.read_only is None and os.path.lexists(self.current_path):
            return self._fold_current()
        return {}

    def _claim_journal(self, journal: Path) -> None:
        try:
            with open(journal, "rb") as reader:
                info = os.fstat(reader.fileno())
                if not _is_regular(info.st_mode):
                    raise UnreadableFile("not a regular file")
                head = reader.read(512)
                tail_start = max(0, info.st_size - MAX_LINE_BYTES)
                reader.seek(tail_start)
                tail = reader.read()
                # An unfinished line longer than any record: back to where it begins.
                while tail_start > 0 and b"\n" not in tail:
                    step = min(tail_start, BLOCK_BYTES)
                    tail_start -= step
                    reader.seek(tail_start)
                    tail = reader.read(step) + tail
        except (OSError, UnreadableFile) as error:
            self._set_aside_whole(journal, str(error))
            return
        header = head.split(b"\n", 1)[0]
        with contextlib.suppress(UnreadableFile):
            document = decode_json(header)
            version = document.get("psoas_timer_history") if isinstance(document, dict) else None
            if type(version) is int and version > FORMAT_VERSION:
                self.read_only = translate(
                    "Notice",
                    "{file} was written by a newer version of Psoas Timer (format {version}); "
                    "nothing will be added to it.",
                ).format(file=journal.name, version=version)
                self._notify(self.read_only)
                return
        if tail and not tail.endswith(b"\n"):
            cut = tail.rfind(b"\n") + 1
            size = tail_start + cut
            kept = aside_name(journal, "unfinished")
            try:
                kept.write_bytes(tail[cut:])
                os.truncate(journal, size)
            except OSError as error:
                text = translate("Notice", "Could not tidy {file}: {reason}.")
                self._notify(text.format(file=journal.name, reason=error.strerror))
                return
            text = translate(
                "Notice",
                "The last record of {file} was unfinished (the app was stopped while writing "
                "it); it is kept as {kept}.",
            )
            self._notify(text.format(file=f"{FOLDER_NAME}/{journal.name}", kept=kept.name))

    def _fold_current(self) -> dict[str, int]:
        source = read_source(
            self.folder,
            f"{FOLDER_NAME}/{self.current_path.name}",
            "current",
            MAX_CURRENT_BYTES,
        )
        if source.damaged is not None:
            self._set_aside_whole(self.current_path, source.damaged)
            return {}
        latest = Merge()  # the last state of each session it holds is enough
        latest.take(source)
        lines = [session_line(record, revision) for revision, record in latest.states.values()]
        if source.problems:
            self._keep_problems(source.problems)
        if source.torn:
            kept = aside_name(self.current_path, "unfinished")
            with contextlib.suppress(OSError):
                kept.write_bytes(source.torn)
        try:
            with self.lock:
                self.append(lines)
                os.unlink(self.current_path)
        except OSError as error:
            self._notify(describe_write_error(error, self.journal_path))
            return {}
        revisions: dict[str, int] = {}
        for revision, record in source.sessions:
            revisions[record.id] = max(revision, revisions.get(record.id, 0))
        return revisions

    def _set_aside_whole(self, path: Path, why: str) -> None:
        aside = move_aside(path)
        where = f"{FOLDER_NAME}/{path.name}"
        if aside is None:
            self.read_only = f"{where} could not be read ({why}) nor moved aside."
            text = translate(
                "Notice",
                "{file} could not be read ({why}) nor moved aside. Nothing will be saved to it.",
            )
            self._notify(text.format(file=where, why=why))
        else:
            text = translate(
                "Notice", "{file} could not be read ({why}), so it was moved to {aside}."
            )
            self._notify(text.format(file=where, why=why, aside=aside.name))

    def _keep_problems(self, problems: list[RecordProblem]) -> Path | None:
        """Write the records that could not be used, as they were, to a file beside the
        journal; returns it (None if that failed)."""
        kept = aside_name(self.journal_path, "set-aside")
        text = b"".join(
            f"# {problem.file}, {problem.where}: ".encode()
            + printable(problem.message).encode()
            + b"\n"
            + problem.raw
            + b"\n"
            for problem in problems
        )
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(kept, text)
        except OSError:
            return None
        return kept

    def tidy(self, read: HistoryRead) -> list[str]:
        """After a read, as the app that writes here: move the sessions of an earlier version's
        history.json and of conflict copies into this computer's journal, remove the copies,
        and set this journal's unusable lines aside. Returns what to tell the user."""
        if self.read_only is not None:
            return []
        messages: list[str] = []
        with self.lock:
            for source in read.sources:
                try:
                    if source.kind == "legacy":
                        messages.extend(self._migrate(source, read))
                    elif source.conflict:
                        messages.extend(self._absorb_conflict(source, read))
                    elif source.device == self.device and source.kind == "journal":
                        messages.extend(self._repair_own(source))
                except OSError as error:
                    messages.append(describe_write_error(error, self.journal_path))
        return messages

    def _absorb(self, source: Source) -> None:
        news = source.news or source
        lines = [session_line(record, revision) for revision, record in news.sessions]
        lines += [deletion_line(session_id, at) for session_id, at in news.deletions]
        self.append(lines)

    def _migrate(self, source: Source, read: HistoryRead) -> list[str]:
        legacy = self.folder / LEGACY_NAME
        if source.damaged is not None:
            aside = move_aside(legacy)
            if aside is None:
                text = translate(
                    "Notice",
                    "{file} could not be read ({why}) and could not be moved aside; it is "
                    "left as it is.",
                )
                return [text.format(file=LEGACY_NAME, why=source.damaged)]
            text = translate(
                "Notice", "{file} could not be read ({why}), so it was moved to {aside}."
            )
            return [text.format(file=LEGACY_NAME, why=source.damaged, aside=aside.name)]
        if source.newer is not None:
            text = translate(
                "Notice",
                "{file} was written by a newer version of Psoas Timer (format {version}); it "
                "is read as far as possible and left as it is.",
            )
            return [text.format(file=LEGACY_NAME, version=source.newer)]
        self._absorb(source)
        backup = move_aside(legacy, BACKUP_LABEL)
        count = len(source.sessions)
        text = Plural.tr(
            "Your history (%n session(s)) now lives in the {folder} folder, one file per "
            "computer, so several computers can share it. The old file is kept as {file}.",
            "",
            count,
        )
        messages = [text.format(folder=FOLDER_NAME, file=backup.name if backup else LEGACY_NAME)]
        if source.problems:
            stay = translate("Notice", "They stay in {file}.")
            kept = stay.format(file=backup.name if backup else "")
            messages.append(describe_problems(source.problems, kept))
        return messages

    def _absorb_conflict(self, source: Source, read: HistoryRead) -> list[str]:
        path = self.folder / source.name
        if source.damaged is not None:
            aside = move_aside(path)
            text = translate(
                "Notice", "{file} could not be read ({why}), so it was moved to {aside}."
            )
            return [text.format(file=source.name, why=source.damaged, aside=aside)]
        if source.torn or source.problems:
            return []  # maybe still being copied: left for a later start
        self._absorb(source)
        path.unlink()
        return []

    def _repair_own(self, source: Source) -> list[str]:
        if source.damaged is not None:
            self._set_aside_whole(self.folder / source.name, source.damaged)
            return []
        if not source.problems:
            return []
        path = self.folder / source.name
        lines = read_regular(path, MAX_JOURNAL_BYTES).split(b"\n")[:-1]
        # Each bad line found again by its number, and kept whole (a long one was reported
        # by its start only); one that is not where it was reported stays in the journal.
        problems, bad = [], set()
        for problem in source.problems:
            number = int(problem.where[5:]) if problem.where[5:].isdigit() else 0
            line = lines[number - 1] if 0 < number <= len(lines) else None
            if line is not None and (
                line == problem.raw
                or (problem.raw.endswith(b"...") and line.startswith(problem.raw[:-3]))
            ):
                problems.append(problem._replace(raw=line))
                bad.add(number)
            else:
                problems.append(problem)
        kept = self._keep_problems(problems)
        if kept is None:
            return []
        good = [line + b"\n" for number, line in enumerate(lines, 1) if number not in bad]
        write_bytes_atomic(path, good)
        they = translate("Notice", "They are kept in {file}.")
        return [describe_problems(source.problems, they.format(file=f"{FOLDER_NAME}/{kept.name}"))]

    # --- what could not be saved, kept elsewhere ----------------------------------------------

    def _unsaved_name(self) -> str:
        key = hashlib.sha256(str(self.folder.absolute()).encode()).hexdigest()[:12]
        return f"psoas-timer-unsaved-{key}"

    def keep_unsaved(self, lines: list[bytes], places: list[Path]) -> Path | None:
        """Write what could not be saved in the data folder (sessions, deletions) to the first
        of `places` that takes it (the cache folder, the home folder); the next start of the
        app on this data folder adds it to the history. None if no place took it."""
        if not lines:
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        for place in places:
            path = place / f"{self._unsaved_name()}-{stamp}.jsonl"
            try:
                place.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(path, b"".join(lines))
            except OSError:
                continue
            return path
        return None

    def recover_unsaved(self, places: list[Path]) -> list[str]:
        """At the start of the app that writes here: add what an earlier run kept elsewhere
        (see keep_unsaved) to this computer's journal, then remove it. Returns what to say."""
        messages = []
        for place in places:
            try:
                found = sorted(place.glob(f"{self._unsaved_name()}-*.jsonl"))
            except OSError:
                continue
            for path in found:
                source = Source(path.name, "current", self.device)
                try:
                    parse_journal(read_regular(path, MAX_CURRENT_BYTES), source)
                except (OSError, UnreadableFile):
                    continue
                lines = [session_line(record, revision) for revision, record in source.sessions]
                lines += [deletion_line(session_id, at) for session_id, at in source.deletions]
                try:
                    with self.lock:
                        if lines:
                            self.journal_path.parent.mkdir(parents=True, exist_ok=True)
                            append_to(
                                self.journal_path, b"".join(lines), journal_header(self.device)
                            )
                    path.unlink()
                except OSError as error:
                    messages.append(describe_write_error(error, self.journal_path, "your history"))
                    return messages
                count = len({record.id for _, record in source.sessions})
                if count:
                    text = Plural.tr(
                        "%n session(s) that could not be saved when Psoas Timer last closed "
                        "(kept in {path}): now in your history.",
                        "",
                        count,
                    )
                    messages.append(text.format(path=path))
        return messages


class HistoryStore:
    """This computer's side of the history: it writes its own journal and reads everyone's.

    `save` keeps a session in progress in the small `.current.json` file and, once the session
    has ended, appends its final state to the journal. When the disk refuses, what was not
    saved stays in memory, the user is told once, and it goes out with the next write that
    succeeds (`dirty` until then).
    """

    def __init__(
        self,
        folder: Path,
        notify: Callable[[str], None],
        device: str | Callable[[], str] | None = None,
        *,
        claimed: bool = True,
        snapshot: Path | None = None,
    ) -> None:
        self.folder = folder  # the data folder
        self.snapshot = snapshot  # where this computer keeps what it made of the journals
        # A long read afresh is done by a child process (see core.history_reader).
        self.read_in_child = True
        self._notify = notify
        self._device_source = device
        self.claimed = claimed
        self.last_error: str | None = None
        self.files = HistoryFiles(folder, lambda: self.device, notify)
        self._revisions: dict[str, int] = {}
        self._unfinished: dict[str, Pending] = {}  # sessions in progress, latest state
        self._to_append: list[bytes] = []  # lines for the journal
        self._progress: list[tuple[str, bytes]] = []  # (id, line) for the current file
        self._reset_current = False  # the current file holds sessions now in the journal
        self._lock = self.files.lock
        self._loaded: HistoryRead | None = None
        self._since_load: list[tuple[str, Any]] = []
        # Told of each change this process makes to the merged history, once it is read:
        # (the session as it was shown, as it is now shown); None for none.
        self.on_change: Callable[[SessionRecord | None, SessionRecord | None], None] | None = None

    # --- names ----------------------------------------------------------------------------------

    @property
    def device(self) -> str:
        source = self._device_source
        if source is None:
            from psoas_timer.core.sync import default_state_dir, device_id

            source = device_id(default_state_dir())
        elif callable(source):
            source = source()
        self._device_source = source
        return source

    @property
    def journal_path(self) -> Path:
        return self.files.journal_path

    @property
    def current_path(self) -> Path:
        return self.files.current_path

    @property
    def read_only(self) -> str | None:
        """Why this computer's journal is not written (None while it is)."""
        return self.files.read_only

    # --- reading --------------------------------------------------------------------------------

    def read(self) -> HistoryRead:
        """Read and merge every computer's history now (safe to call from another thread)."""
        return read_history(self.folder, self.snapshot)

    def adopt(self, read: HistoryRead) -> list[Change]:
        """Use `read` from now on; what this process saved meanwhile is applied on top.
        Returns those changes to what `read` held."""
        changes = [_apply(read.merge, kind, item) for kind, item in self._since_load]
        self._since_load = []
        self._loaded = read
        return [change for change in changes if change.previous != change.record]

    def load(self) -> tuple[HistoryRead, list[str]]:
        """Read everything, tidy what is this computer's to tidy (when it writes here), and
        say what the user should know. Safe to call from another thread; `adopt` the result."""
        writer = self.claimed and self.read_only is None
        if writer and self.snapshot is not None and self.read_in_child:
            from psoas_timer.core import history_reader

            # Much to read afresh: a child process at a lower priority reads it and writes
            # the snapshot, so that the window's and the sound's threads keep their turns.
            if history_reader.behind(self.folder, self.snapshot) > history_reader.CHILD_AFTER_BYTES:
                history_reader.read_in_child(self.folder, self.snapshot)
        read = self.read()
        messages = self.tidy(read) if writer else []
        for source in read.sources:
            messages.extend(self._describe(source, writer))
        if writer and read.snapshot is not None and self.snapshot is not None:
            with contextlib.suppress(OSError):  # it only saves time; the journals are kept
                write_snapshot(self.snapshot, read.snapshot)
        return read, messages

    def _describe(self, source: Source, writer: bool) -> list[str]:
        """What to say about a file that the tidying (if any) did not take care of."""
        own = source.device is not None and source.device == self._known_device()
        if writer and (
            source.kind == "legacy" or source.conflict or (own and source.kind == "journal")
        ):
            return []  # moved, absorbed or repaired, and said by `tidy`
        messages = []
        if source.damaged is not None:
            text = translate("Notice", "{file} could not be read ({why}); it is left as it is.")
            messages.append(text.format(file=source.name, why=source.damaged))
        if source.newer is not None and not own:
            text = translate(
                "Notice",
                "{file} was written by a newer version of Psoas Timer (format {version}); it "
                "is read as far as possible.",
            )
            messages.append(text.format(file=source.name, version=source.newer))
        if source.problems:
            keeper = (
                translate("Notice", "The file is left as it is.")
                if own or source.kind == "legacy" or not writer
                else translate(
                    "Notice",
                    "They are skipped here; the computer that wrote them sets them aside.",
                )
            )
            messages.append(describe_problems(source.problems, keeper))
        return messages

    def _known_device(self) -> str | None:
        source = self._device_source
        if isinstance(source, str):
            return source
        from psoas_timer.core.sync import default_state_dir, read_device_id

        return read_device_id(default_state_dir()) if source is None else None

    @property
    def loaded(self) -> HistoryRead:
        if self._loaded is None:
            read, messages = self.load()
            self.adopt(read)
            for message in messages:
                self._notify(message)
        assert self._loaded is not None
        return self._loaded

    @property
    def sessions(self) -> list[SessionRecord]:
        """Every session of every computer, merged (read now if not read yet)."""
        return self.loaded.sessions

    # --- writing --------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Something saved here is not on disk yet."""
        return bool(self._to_append or self._progress or self._reset_current)

    def save(self, record: SessionRecord, *, final: bool = False) -> bool:
        """Record the latest state of a session; `final` once it has ended."""
        known = self._loaded.merge.state(record.id) if self._loaded is not None else None
        revision = max(self._revisions.get(record.id, 0), known[0] if known else 0) + 1
        self._revisions[record.id] = revision
        self._remember("session", (revision, record))
        line = session_line(record, revision)
        if final:
            self._unfinished.pop(record.id, None)
            self._progress = [item for item in self._progress if item[0] != record.id]
            self._to_append.append(line)
            self._reset_current = True
        else:
            self._unfinished[record.id] = Pending(revision, record)
            self._progress.append((record.id, line))
        return self.flush()

    def delete(self, session_id: str) -> bool:
        """Delete a session on every computer: a deletion record, kept after any sync."""
        at = utc_now_iso()
        self._remember("deleted", (session_id, at))
        if self._unfinished.pop(session_id, None) is not None:
            self._progress = [item for item in self._progress if item[0] != session_id]
            self._reset_current = True
        self._to_append.append(deletion_line(session_id, at))
        return self.flush()

    def _remember(self, kind: str, item: Any) -> None:
        if self._loaded is None:
            self._since_load.append((kind, item))
            return
        change = _apply(self._loaded.merge, kind, item)
        if change.previous != change.record and self.on_change is not None:
            self.on_change(change.previous, change.record)

    def flush(self) -> bool:
        """Write what is in memory; True once everything is on disk."""
        if not self.dirty:
            return True
        if self.read_only is not None:
            return False
        try:
            with self._lock:
                self._write_pending()
        except OSError as error:
            message = describe_write_error(error, self.journal_path, "your history")
            if message != self.last_error:
                self._notify(kept_in_memory(message))
            self.last_error = message
            return False
        if self.last_error is not None:
            self._notify(translate("Notice", "Your history is saved again."))
        self.last_error = None
        return True

    def _write_pending(self) -> None:
        self.journal_path.parent.mkdir(parents=True, exist_ok=True)
        if self._to_append:
            self.files.append(self._to_append)
            self._to_append = []
        if self._reset_current:
            if self._unfinished:  # another session still in progress (rare): keep it alone
                lines = [session_line(p.record, p.revision) for p in self._unfinished.values()]
                write_bytes_atomic(self.current_path, b"".join(lines))
            else:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.current_path)  # no fsync needed: what it held is kept
            self._reset_current = False
            self._progress = []
        elif self._progress:
            append_to(self.current_path, b"".join(line for _, line in self._progress), b"")
            self._progress = []

    # --- the app that writes here --------------------------------------------------------------

    def claim(self) -> None:
        """This process writes here from now on: finish what a stopped one left (a session
        still in its current file, an unfinished last line). Cheap: reads only small files."""
        self.claimed = True
        for session_id, revision in self.files.claim().items():
            self._revisions[session_id] = max(revision, self._revisions.get(session_id, 0))

    def tidy(self, read: HistoryRead) -> list[str]:
        """After a read, as the app that writes here: move the sessions of an earlier version's
        history.json and of conflict copies into this computer's journal, remove the copies,
        and set this journal's unusable lines aside. Returns what to tell the user."""
        return self.files.tidy(read) if self.claimed else []

    # --- what could not be saved, kept elsewhere ----------------------------------------------

    def keep_unsaved(self, places: list[Path]) -> Path | None:
        """Write what could not be saved in the data folder (sessions, deletions) to the first
        of `places` that takes it; the next start of the app adds it to the history (see
        `recover_unsaved`). None if no place took it."""
        lines = [session_line(p.record, p.revision) for p in self._unfinished.values()]
        return self.files.keep_unsaved(lines + self._to_append, places)

    def recover_unsaved(self, places: list[Path]) -> list[str]:
        """At the start of the app that writes here: add what an earlier run kept elsewhere
        to this computer's journal, then remove it. Returns what to say."""
        return self.files.recover_unsaved(places)

    def pending_sessions(self) -> list[SessionRecord]:
        """The sessions saved here that are not on disk yet (to keep elsewhere at exit)."""
        records = [pending.record for pending in self._unfinished.values()]
        for line in self._to_append:
            item = json.loads(line)
            if "deleted" not in item:
                records.append(session_from_document(item))
        return records


def _is_regular(mode: int) -> bool:
    return stat.S_ISREG(mode)
