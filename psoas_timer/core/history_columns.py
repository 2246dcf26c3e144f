"""Sessions kept as columns, each session made into a `SessionRecord` only when asked for.

A life of practice is hundreds of thousands of sessions. Made into one object each, with their
texts and numbers, they take most of a second to build from the snapshot and as long to free;
kept as a handful of arrays and byte strings (one per field, the texts end to end with where each
ends) they are read in a few milliseconds, and the window asks for a few dozen at a time.

The rows are in order of session id, so a session is found by its id with a binary search.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any, ClassVar, SupportsIndex, overload

if TYPE_CHECKING:
    from psoas_timer.core.history import SessionRecord

_new = tuple.__new__


def _texts(values: list[str]) -> tuple[bytes, array[int]]:
    encoded = [value.encode("utf-8") for value in values]
    return b"".join(encoded), array("q", accumulate(map(len, encoded), initial=0))


class SessionColumns:
    """Sessions (each with the revision of its state) as columns, rows in order of id."""

    __slots__ = (
        "_active",
        "_completed",
        "_ended",
        "_ended_ends",
        "_id_ends",
        "_ids",
        "_planned",
        "_revisions",
        "_routine_of",
        "_routines",
        "_started",
        "_started_ends",
        "_steps_done",
        "_steps_total",
        "kind",
    )

    FIELDS: tuple[str, ...] = (
        "ids",
        "id_ends",
        "started",
        "started_ends",
        "ended",
        "ended_ends",
        "revisions",
        "routine_of",
        "planned",
        "active",
        "steps_done",
        "steps_total",
        "completed",
    )
    TYPECODES: ClassVar[dict[str, str]] = {
        "id_ends": "q",
        "started_ends": "q",
        "ended_ends": "q",
        "revisions": "q",
        "routine_of": "q",
        "planned": "d",
        "active": "d",
        "steps_done": "q",
        "steps_total": "q",
    }

    def __init__(
        self,
        kind: type[SessionRecord],
        routines: list[tuple[str, str]],
        columns: dict[str, Any],
    ) -> None:
        self.kind = kind
        self._routines = routines  # (routine id, title) pairs, each once
        self._ids: bytes = columns["ids"]
        self._id_ends: Sequence[int] = columns["id_ends"]
        self._started: bytes = columns["started"]
        self._started_ends: Sequence[int] = columns["started_ends"]
        self._ended: bytes = columns["ended"]
        self._ended_ends: Sequence[int] = columns["ended_ends"]
        self._revisions: Sequence[int] = columns["revisions"]
        self._routine_of: Sequence[int] = columns["routine_of"]
        self._planned: Sequence[float] = columns["planned"]
        self._active: Sequence[float] = columns["active"]
        self._steps_done: Sequence[int] = columns["steps_done"]
        self._steps_total: Sequence[int] = columns["steps_total"]
        self._completed: bytes = columns["completed"]
        count = len(self._revisions)
        texts = (
            (self._ids, self._id_ends),
            (self._started, self._started_ends),
            (self._ended, self._ended_ends),
        )
        if any(
            len(ends) != count + 1 or ends[0] != 0 or ends[-1] != len(blob) for blob, ends in texts
        ) or any(
            len(column) != count
            for column in (
                self._routine_of,
                self._planned,
                self._active,
                self._steps_done,
                self._steps_total,
                self._completed,
            )
        ):
            raise ValueError("columns of different lengths")

    @classmethod
    def build(
        cls, kind: type[SessionRecord], states: Sequence[tuple[int, SessionRecord]]
    ) -> SessionColumns:
        """Columns of `states` ((revision, session) pairs), which must be in order of id."""
        pairs: dict[tuple[str, str], int] = {}
        routine_of = array("q")
        for _, record in states:
            key = (record.routine_id, record.routine_title)
            number = pairs.get(key)
            if number is None:
                number = pairs[key] = len(pairs)
            routine_of.append(number)
        records = [record for _, record in states]
        ids, id_ends = _texts([record.id for record in records])
        started, started_ends = _texts([record.started_at for record in records])
        ended, ended_ends = _texts([record.ended_at for record in records])
        columns = {
            "ids": ids,
            "id_ends": id_ends,
            "started": started,
            "started_ends": started_ends,
            "ended": ended,
            "ended_ends": ended_ends,
            "revisions": array("q", [revision for revision, _ in states]),
            "routine_of": routine_of,
            "planned": array("d", [record.planned_seconds for record in records]),
            "active": array("d", [record.active_seconds for record in records]),
            "steps_done": array("q", [record.steps_completed for record in records]),
            "steps_total": array("q", [record.steps_total for record in records]),
            "completed": bytes(record.completed for record in records),
        }
        return cls(kind, list(pairs), columns)

    def to_parts(self) -> tuple[list[tuple[str, str]], list[bytes]]:
        """The routines' table and each column's bytes, in the order of FIELDS."""
        parts = []
        for name in self.FIELDS:
            value = getattr(self, "_" + name)
            parts.append(value if isinstance(value, bytes) else value.tobytes())
        return list(self._routines), parts

    @classmethod
    def from_parts(
        cls, kind: type[SessionRecord], routines: list[tuple[str, str]], parts: list[bytes]
    ) -> SessionColumns:
        """Columns from what `to_parts` gave; ValueError or TypeError if they do not fit
        together."""
        if len(parts) != len(cls.FIELDS):
            raise ValueError("not the columns of sessions")
        columns: dict[str, Any] = {}
        for name, part in zip(cls.FIELDS, parts, strict=True):
            code = cls.TYPECODES.get(name)
            # Numbers are read where they lie, not copied (TypeError if not whole items).
            columns[name] = part if code is None else memoryview(part).cast(code)  # type: ignore[call-overload]
        return cls(kind, [(str(key), str(title)) for key, title in routines], columns)

    def __len__(self) -> int:
        return len(self._revisions)

    def id_at(self, row: int) -> str:
        ends = self._id_ends
        return self._ids[ends[row] : ends[row + 1]].decode("utf-8")

    def record(self, row: int) -> SessionRecord:
        routine_id, title = self._routines[self._routine_of[row]]
        ids, started, ended = self._id_ends, self._started_ends, self._ended_ends
        return _new(
            self.kind,
            (
                self._ids[ids[row] : ids[row + 1]].decode("utf-8"),
                routine_id,
                title,
                self._started[started[row] : started[row + 1]].decode("utf-8"),
                self._ended[ended[row] : ended[row + 1]].decode("utf-8"),
                self._planned[row],
                self._active[row],
                self._steps_done[row],
                self._steps_total[row],
                self._completed[row] == 1,
            ),
        )

    def state(self, row: int) -> tuple[int, SessionRecord]:
        return self._revisions[row], self.record(row)

    def find(self, session_id: str) -> int:
        """The row of the session with this id; -1 if there is none."""
        count = len(self._revisions)
        row = bisect.bisect_left(range(count), session_id, key=self.id_at)
        return row if row < count and self.id_at(row) == session_id else -1

    def ids(self) -> Iterator[str]:
        return map(self.id_at, range(len(self._revisions)))


class SessionList(Sequence["SessionRecord"]):
    """A list of sessions, some of them rows of `SessionColumns` made into a record only when
    read: what the window shows of a long history is a page of it."""

    __slots__ = ("_columns", "_items")

    def __init__(
        self, items: list[Any] | None = None, columns: SessionColumns | None = None
    ) -> None:
        self._items: list[Any] = items if items is not None else []  # records, or rows (int)
        self._columns = columns

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: SupportsIndex) -> SessionRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[SessionRecord]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> SessionRecord | list[SessionRecord]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self._items)))]
        item = self._items[index]
        if type(item) is int:
            assert self._columns is not None
            return self._columns.record(item)
        record: SessionRecord = item
        return record

    def __iter__(self) -> Iterator[SessionRecord]:
        columns = self._columns
        for item in self._items:
            if type(item) is int:
                assert columns is not None
                yield columns.record(item)
            else:
                yield item

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SessionList | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SessionList({len(self._items)} sessions)"

    def id_at(self, position: int) -> str:
        item = self._items[position]
        if type(item) is int:
            assert self._columns is not None
            return self._columns.id_at(item)
        session_id: str = item.id
        return session_id

    @property
    def columns(self) -> SessionColumns | None:
        return self._columns

    def items(self) -> list[Any]:
        """A copy of what it holds: records, and rows of `columns`."""
        return list(self._items)

    def insert(self, position: int, record: SessionRecord) -> None:
        self._items.insert(position, record)

    def pop(self, position: int) -> SessionRecord:
        record = self[position]
        del self._items[position]
        return record
