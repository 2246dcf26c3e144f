"""Practice statistics: minutes per day and per week, streaks, per-routine totals, the weekly
goal, a year of days at a glance, CSV export.

Days are calendar dates in the user's local time zone: a session belongs to the local date on
which it started, even if it ran past midnight. Days are never 24-hour buckets, so the
25-hour and 23-hour days of a daylight-saving change are still one day each.

Totals are made of each session's active time rounded once, to the whole second, so the
parts shown (per routine, per week) always add up to the whole shown.

Every function takes the sessions as stored (`SessionRecord`) or, to parse each start time only
once when several figures are wanted, the result of `localize()`.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import json
import os
import time
from array import array
from collections.abc import Iterable, Mapping, MutableSequence, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

from psoas_timer.core.datafiles import write_bytes_atomic
from psoas_timer.core.history import HistoryRead, SessionRecord
from psoas_timer.core.history_columns import SessionColumns, SessionList
from psoas_timer.core.settings import DEFAULT_WEEKLY_GOAL_MINUTES

CSV_HEADER = (
    "id",
    "routine_id",
    "routine",
    "started_at",
    "ended_at",
    "active_minutes",
    "planned_minutes",
    "steps_completed",
    "steps_total",
    "completed",
)


class LocalHistory:
    """Sessions in order of when they started, each with its local calendar day worked out.

    Parallel sequences rather than an object per session, and totals per day, per week and per
    routine kept up to date as sessions are added or removed (`add`, `remove`): a life of
    practice is hundreds of thousands of sessions, and the page is refreshed after every one.
    The sessions may be rows of the history's columns, each made into a record when read.
    """

    __slots__ = ("_index", "days", "instants", "records", "tz")

    def __init__(
        self,
        records: list[SessionRecord] | SessionList,
        instants: MutableSequence[float],
        days: MutableSequence[int],
        tz: tzinfo | None,
        index: _Index | None = None,
    ) -> None:
        # oldest first
        self.records = records if isinstance(records, SessionList) else SessionList(records)
        self.instants = instants  # POSIX seconds: the order whatever offset a time was stored with
        self.days = days  # local calendar dates as proleptic ordinals (date.toordinal())
        self.tz = tz
        self._index = index

    def __len__(self) -> int:
        return len(self.records)

    def day(self, index: int) -> date:
        return date.fromordinal(self.days[index])

    def start(self, index: int) -> datetime:
        """When session `index` started, in the local zone."""
        return datetime.fromisoformat(self.records[index].started_at).astimezone(self.tz)

    @property
    def index(self) -> _Index:
        """Totals per day, week and routine (worked out once, then kept up to date)."""
        if self._index is None:
            self._index = _Index(self.records, self.days, self.instants)
        return self._index

    def position(self, session_id: str, instant: float) -> int:
        """Where the session with this id and start instant is; -1 if it is not here."""
        position = bisect.bisect_left(self.instants, instant)
        while position < len(self.records) and self.instants[position] == instant:
            if self.records.id_at(position) == session_id:
                return position
            position += 1
        return -1

    def on_days(self, first: int, last: int) -> list[SessionRecord]:
        """The sessions of the local days `first` to `last` (ordinals), oldest first: found
        from the newest back, so a recent week costs that week only."""
        # No zone is a day or more away from UTC: nothing started before this is on `first`.
        earliest = (first - _EPOCH_ORDINAL - 1) * 86400
        position = len(self.records)
        while position > 0 and self.instants[position - 1] >= earliest:
            position -= 1
        return [
            self.records[index]
            for index in range(position, len(self.records))
            if first <= self.days[index] <= last
        ]

    def change(self, previous: SessionRecord | None, record: SessionRecord | None) -> None:
        """A session was added (`previous` None), changed, or deleted (`record` None)."""
        if record is None:
            if previous is not None:
                self.remove(previous)
        else:
            self.add(record, previous=previous)

    def add(self, record: SessionRecord, previous: SessionRecord | None = None) -> None:
        """Add a session, or replace `previous` (an earlier state of it) with it."""
        if previous is not None:
            self.remove(previous)
        instant, day = _instant_and_day(record.started_at, self.tz)
        position = bisect.bisect_left(self.instants, instant)
        while (
            position < len(self.records)
            and self.instants[position] == instant
            and self.records.id_at(position) < record.id
        ):
            position += 1
        self.records.insert(position, record)
        self.instants.insert(position, instant)
        self.days.insert(position, day)
        if self._index is not None:
            self._index.add(record, day, instant)

    def remove(self, record: SessionRecord) -> bool:
        instant, day = _instant_and_day(record.started_at, self.tz)
        position = self.position(record.id, instant)
        if position < 0:
            return False
        stored = self.records.pop(position)
        del self.instants[position]
        del self.days[position]
        if self._index is not None:
            self._index.remove(stored, day, instant)
        return True

    # --- kept in the snapshot -------------------------------------------------------------------

    def kept(self) -> LocalView:
        """What a snapshot keeps of this view (of the system zone), as it is now."""
        index = self.index
        index.routine_titles(self)
        return LocalView(
            zone=system_zone(),
            items=self.records.items(),
            columns=self.records.columns,
            instants=array("d", self.instants),
            days=array("q", self.days),
            totals=index.kept(),
        )

    @classmethod
    def restored(cls, view: LocalView, rows: list[int], columns: SessionColumns) -> LocalHistory:
        """The view a snapshot kept, its sessions the rows `rows` of `columns`."""
        return cls(
            SessionList(rows, columns), view.instants, view.days, None, _Index.restored(view.totals)
        )


@dataclass
class LocalView:
    """The system zone's view of the history, as a snapshot keeps it."""

    zone: tuple[Any, ...]
    items: list[Any]  # the sessions in order of start: records, or rows of `columns`
    columns: SessionColumns | None
    instants: array[float]
    days: array[int]
    totals: tuple[Any, ...]  # what _Index.kept() gives


def system_zone() -> tuple[Any, ...]:
    """What identifies the system's time zone and its rules: local days worked out at an
    earlier start hold only while it is the same."""
    rules = ""
    for path in (os.environ.get("TZ", "").lstrip(":"), "/etc/localtime"):
        if path and os.path.isabs(path):
            try:
                with open(path, "rb") as file:
                    rules = hashlib.sha256(file.read(1 << 20)).hexdigest()
            except OSError:
                continue
            break
    return (
        os.environ.get("TZ"),
        *time.tzname,
        time.timezone,
        time.altzone,
        time.daylight,
        rules,
    )


class _Index:
    """Totals kept per day, per week and per routine, exact under adding and removing (whole
    seconds are integers)."""

    def __init__(self, records: SessionList, days: Sequence[int], instants: Sequence[float]):
        self._best_streak: int | None = None
        # Built in one plain loop: it runs over every session once, on the reading thread.
        # day -> (seconds of its completed sessions, of its partial ones, sessions)
        day_totals: dict[int, tuple[int, int, int]] = {}
        week_seconds: dict[int, int] = {}  # week number (Monday's ordinal // 7) -> seconds
        # routine id -> [title of its newest session, that session's (start, id), sessions,
        # seconds]; the newest is looked up again (None) when it is removed.
        routines: dict[str, list[Any]] = {}
        total = 0
        nothing = (0, 0, 0)
        for record, day in zip(records, days, strict=True):
            seconds = round(record.active_seconds)
            done, partial, count = day_totals.get(day, nothing)
            if record.completed:
                day_totals[day] = (done + seconds, partial, count + 1)
            else:
                day_totals[day] = (done, partial + seconds, count + 1)
            week = (day - 1) // 7  # ordinal 1 (1 January of year 1) was a Monday
            week_seconds[week] = week_seconds.get(week, 0) + seconds
            total += seconds
            totals = routines.get(record.routine_id)
            if totals is None:
                routines[record.routine_id] = [record.routine_title, None, 1, seconds]
            else:
                totals[2] += 1
                totals[3] += seconds
        self.day_totals = day_totals
        self.week_seconds = week_seconds
        self.total_seconds = total
        self.routines = routines
        self.routine_titles_from(records, instants)

    def routine_titles_from(self, records: SessionList, instants: Sequence[float]) -> None:
        missing = {key for key, totals in self.routines.items() if totals[1] is None}
        for position in range(len(records) - 1, -1, -1):
            if not missing:
                break
            record = records[position]
            if record.routine_id in missing:
                totals = self.routines[record.routine_id]
                totals[0], totals[1] = record.routine_title, (instants[position], record.id)
                missing.discard(record.routine_id)

    def kept(self) -> tuple[Any, ...]:
        """The totals as plain values (for a snapshot)."""
        return (
            dict(self.day_totals),
            dict(self.week_seconds),
            self.total_seconds,
            {key: list(totals) for key, totals in self.routines.items()},
        )

    @classmethod
    def restored(cls, kept: tuple[Any, ...]) -> _Index:
        """The totals `kept` gave."""
        index = cls.__new__(cls)
        index._best_streak = None
        day_totals, week_seconds, total, routines = kept
        index.day_totals = day_totals
        index.week_seconds = week_seconds
        index.total_seconds = total
        index.routines = {
            key: [title, tuple(newest) if newest is not None else None, count, seconds]
            for key, (title, newest, count, seconds) in routines.items()
        }
        return index

    def seconds_on(self, day: int) -> int:
        """The whole seconds practised on the local day `day` (an ordinal)."""
        done, partial, _ = self.day_totals.get(day, (0, 0, 0))
        return done + partial

    def add(self, record: SessionRecord, day: int, instant: float) -> None:
        seconds = whole_seconds(record)
        known = self.day_totals.get(day)
        if known is None:
            known = (0, 0, 0)
            self._best_streak = None
        done, partial, count = known
        if record.completed:
            self.day_totals[day] = (done + seconds, partial, count + 1)
        else:
            self.day_totals[day] = (done, partial + seconds, count + 1)
        week = (day - 1) // 7  # ordinal 1 (1 January of year 1) was a Monday
        self.week_seconds[week] = self.week_seconds.get(week, 0) + seconds
        self.total_seconds += seconds
        key = (instant, record.id)
        totals = self.routines.get(record.routine_id)
        if totals is None:
            self.routines[record.routine_id] = [record.routine_title, key, 1, seconds]
            return
        if totals[1] is not None and key >= totals[1]:
            totals[0], totals[1] = record.routine_title, key
        totals[2] += 1
        totals[3] += seconds

    def remove(self, record: SessionRecord, day: int, instant: float) -> None:
        seconds = whole_seconds(record)
        done, partial, count = self.day_totals[day]
        if count == 1:
            del self.day_totals[day]
            self._best_streak = None
        elif record.completed:
            self.day_totals[day] = (done - seconds, partial, count - 1)
        else:
            self.day_totals[day] = (done, partial - seconds, count - 1)
        week = (day - 1) // 7
        left = self.week_seconds.get(week, 0) - seconds
        # A week keeps its entry while any session of it remains, as one worked out afresh
        # does: sessions of 0 seconds leave it at 0, not gone.
        first = week * 7 + 1
        if left or any(other in self.day_totals for other in range(first, first + 7)):
            self.week_seconds[week] = left
        else:
            self.week_seconds.pop(week, None)
        self.total_seconds -= seconds
        totals = self.routines[record.routine_id]
        totals[2] -= 1
        totals[3] -= seconds
        if not totals[2]:
            del self.routines[record.routine_id]
        elif totals[1] == (instant, record.id):
            totals[1] = None

    def routine_titles(self, history: LocalHistory) -> None:
        """Find the newest title of each routine whose newest session was removed."""
        self.routine_titles_from(history.records, history.instants)

    def best_streak(self) -> int:
        if self._best_streak is None:
            self._best_streak = _best_streak(set(self.day_totals))
        return self._best_streak


@dataclass(frozen=True)
class DayTotal:
    date: date
    completed_minutes: float
    partial_minutes: float

    @property
    def total_minutes(self) -> float:
        return self.completed_minutes + self.partial_minutes


@dataclass(frozen=True)
class WeekTotal:
    week_start: date  # a Monday
    completed_minutes: float
    partial_minutes: float

    @property
    def total_minutes(self) -> float:
        return self.completed_minutes + self.partial_minutes


class RoutineTotal(NamedTuple):
    routine_title: str  # as the routine's latest session recorded it
    sessions: int
    seconds: int  # the sum of its sessions' whole seconds
    routine_id: str = ""

    @property
    def minutes(self) -> float:
        return self.seconds / 60.0


@dataclass(frozen=True)
class Summary:
    total_sessions: int
    total_minutes: float
    current_streak: int  # days
    best_streak: int  # days
    minutes_this_week: float
    minutes_last_week: float
    sessions_per_routine: list[RoutineTotal]
    # Seconds per week, by week number ((ordinal - 1) // 7, Mondays), for the weekly goal:
    # gathered in the same pass, so the goal costs no second pass over years of history.
    seconds_by_week: dict[int, int] = field(default_factory=dict, compare=False, repr=False)


SessionsLike = Iterable[SessionRecord] | LocalHistory


def whole_seconds(record: SessionRecord) -> int:
    """A session's active time as every total counts it: rounded once, to the second."""
    return round(record.active_seconds)


# Start times already worked out, per zone: refreshing the page after a session or asking for
# the three figures one after another then parses each stored time only once.
_DAYS_BY_ZONE: dict[object, dict[str, tuple[float, int]]] = {}
_CACHE_LIMIT = 500_000


def _zone_key(tz: tzinfo | None) -> object:
    # The system zone is identified by what the time module currently believes it is.
    return tz if tz is not None else ("local", time.tzname, time.timezone, time.altzone)


def localize(
    sessions: SessionsLike,
    tz: tzinfo | None = None,
    instants: Mapping[str, float] | None = None,
) -> LocalHistory:
    """Each session's start instant and local day, oldest first; `tz` None: the system zone.

    `instants` (session id -> start, POSIX seconds) spares parsing the starts already known.
    """
    if isinstance(sessions, LocalHistory):
        if tz is None or tz is sessions.tz:
            return sessions  # worked out already, in its own zone
        sessions = sessions.records
    records = list(sessions)
    parse = datetime.fromisoformat
    starts: list[float]
    if instants:
        known = instants.get
        starts = [known(record.id) or parse(record.started_at).timestamp() for record in records]
    else:
        starts = [parse(record.started_at).timestamp() for record in records]
    days = local_days(starts, tz)
    order = sorted(range(len(records)), key=starts.__getitem__)
    if any(position != index for position, index in enumerate(order)):
        records = [records[index] for index in order]
        starts = [starts[index] for index in order]
        days = [days[index] for index in order]
    # Between sessions started at the same instant, by id: one order everywhere.
    start = 0
    while start < len(records):
        end = start + 1
        while end < len(records) and starts[end] == starts[start]:
            end += 1
        if end - start > 1:
            pairs = zip(records[start:end], days[start:end], strict=True)
            run = sorted(pairs, key=lambda item: item[0].id)
            records[start:end] = [record for record, _ in run]
            days[start:end] = [day for _, day in run]
        start = end
    return LocalHistory(records, starts, days, tz)


def local_history(read: HistoryRead, tz: tzinfo | None = None) -> LocalHistory:
    """The sessions `read` holds with their local days and totals: the view it brought from
    the snapshot when that is of the zone wanted, else worked out now."""
    history = read.local if tz is None and read.local is not None else None
    if history is None:
        history = localize(read.sessions, tz)
    history.index  # noqa: B018 - the totals too, on the reading thread
    return history


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _utc_offset(instant: float, tz: tzinfo | None) -> float:
    """Seconds east of UTC at `instant` in `tz` (None: the system zone's rules, as
    datetime.astimezone() applies them)."""
    if tz is None:
        try:
            return float(time.localtime(instant).tm_gmtoff)
        except (OverflowError, OSError, ValueError):
            pass
    offset = datetime.fromtimestamp(instant, UTC).astimezone(tz).utcoffset()
    return offset.total_seconds() if offset is not None else 0.0


def local_days(instants: list[float], tz: tzinfo | None) -> list[int]:
    """The local calendar date (an ordinal) of each instant.

    A zone's offset is looked up once per day (UTC) that holds sessions, at its first and last
    second; only on a day when it changes is each session's own looked up.
    """
    offsets: dict[int, float | None] = {}
    for utc_day in {int(instant // 86400) for instant in instants}:
        first = _utc_offset(utc_day * 86400, tz)
        offsets[utc_day] = first if first == _utc_offset(utc_day * 86400 + 86399, tz) else None
    days: list[int] = []
    append = days.append
    for instant in instants:
        offset = offsets[int(instant // 86400)]
        if offset is None:
            offset = _utc_offset(instant, tz)
        append(int((instant + offset) // 86400) + _EPOCH_ORDINAL)
    return days


def _instant_and_day(started_at: str, tz: tzinfo | None) -> tuple[float, int]:
    known = _DAYS_BY_ZONE.setdefault(_zone_key(tz), {})
    worked_out = known.get(started_at)
    if worked_out is None:
        moment = datetime.fromisoformat(started_at)
        worked_out = (moment.timestamp(), moment.astimezone(tz).toordinal())
        known[started_at] = worked_out
    return worked_out


def local_day(record: SessionRecord, tz: tzinfo | None = None) -> date:
    """The local calendar date a session counts on (the one it started on)."""
    return datetime.fromisoformat(record.started_at).astimezone(tz).date()


def week_start(day: date) -> date:
    """The Monday of the ISO week `day` is in."""
    return day - timedelta(days=day.weekday())


def _split_minutes(
    history: LocalHistory, first: int, buckets: int, bucket_days: int
) -> tuple[list[float], list[float]]:
    """Completed and partial minutes in `buckets` runs of `bucket_days` days from ordinal
    `first`."""
    completed = [0.0] * buckets
    partial = [0.0] * buckets
    day_totals = history.index.day_totals
    nothing = (0, 0, 0)
    for day in range(first, first + buckets * bucket_days):
        index = (day - first) // bucket_days
        done, unfinished, _ = day_totals.get(day, nothing)
        completed[index] += done / 60.0
        partial[index] += unfinished / 60.0
    return completed, partial


def minutes_per_day(
    sessions: SessionsLike, today: date, days: int = 30, tz: tzinfo | None = None
) -> list[DayTotal]:
    """Completed and partial minutes for each of the `days` days ending `today`, oldest first."""
    first = today - timedelta(days=days - 1)
    completed, partial = _split_minutes(localize(sessions, tz), first.toordinal(), days, 1)
    return [
        DayTotal(first + timedelta(days=index), completed[index], partial[index])
        for index in range(days)
    ]


def minutes_per_week(
    sessions: SessionsLike, today: date, weeks: int = 12, tz: tzinfo | None = None
) -> list[WeekTotal]:
    """Completed and partial minutes for each of the `weeks` ISO weeks ending this week."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    completed, partial = _split_minutes(localize(sessions, tz), first.toordinal(), weeks, 7)
    return [
        WeekTotal(first + timedelta(weeks=index), completed[index], partial[index])
        for index in range(weeks)
    ]


def practice_days(sessions: SessionsLike, tz: tzinfo | None = None) -> set[date]:
    """The local dates with any practice."""
    return {date.fromordinal(day) for day in localize(sessions, tz).index.day_totals}


def current_streak(practice_days: Iterable[date], today: date) -> int:
    """Consecutive days with practice ending today, or yesterday while today has none yet."""
    ordinals = {day.toordinal() for day in practice_days}
    return _current_streak(ordinals, today.toordinal())


def _current_streak(ordinals: AbstractSet[int], today: int) -> int:
    day = today if today in ordinals else today - 1
    streak = 0
    while day in ordinals:
        streak += 1
        day -= 1
    return streak


def best_streak(practice_days: Iterable[date]) -> int:
    return _best_streak({day.toordinal() for day in practice_days})


def _best_streak(ordinals: set[int]) -> int:
    best = run = 0
    previous = None
    for ordinal in sorted(ordinals):
        run = run + 1 if ordinal - 1 == previous else 1
        if run > best:
            best = run
        previous = ordinal
    return best


def summary(sessions: SessionsLike, today: date, tz: tzinfo | None = None) -> Summary:
    history = localize(sessions, tz)
    this_week = week_start(today).toordinal()
    last_week = this_week - 7
    next_week = this_week + 7
    index = history.index
    this_week_seconds = last_week_seconds = 0
    for day in range(last_week, next_week):
        seconds = index.seconds_on(day)
        if day >= this_week:
            this_week_seconds += seconds
        else:
            last_week_seconds += seconds
    # A renamed routine is one routine, shown with the title of its newest session.
    index.routine_titles(history)
    per_routine = sorted(
        (
            RoutineTotal(title, count, seconds, routine_id)
            for routine_id, (title, _, count, seconds) in index.routines.items()
        ),
        # Then by id: two routines of one title keep one order however the totals were made.
        key=lambda total: (
            -total.sessions,
            -total.seconds,
            total.routine_title.casefold(),
            total.routine_id,
        ),
    )
    return Summary(
        total_sessions=len(history),
        total_minutes=index.total_seconds / 60.0,
        current_streak=_current_streak(index.day_totals.keys(), today.toordinal()),
        best_streak=index.best_streak(),
        minutes_this_week=this_week_seconds / 60.0,
        minutes_last_week=last_week_seconds / 60.0,
        sessions_per_routine=per_routine,
        seconds_by_week=dict(index.week_seconds),
    )


# --- the weekly goal ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeeklyGoal:
    """This week's practice against the goal, and the weeks in a row that met it."""

    goal_minutes: int
    seconds_this_week: int
    current_streak: int  # weeks meeting the goal up to this one (or last, while this is open)
    best_streak: int  # weeks

    @property
    def met(self) -> bool:
        return self.seconds_this_week >= self.goal_minutes * 60

    @property
    def minutes_this_week(self) -> int:
        """Whole minutes done, never rounded up: 59:50 is 59, so "60 of 60" always means met."""
        return self.seconds_this_week // 60

    @property
    def fraction(self) -> float:
        """How far along, 0.0 to 1.0 (a week past its goal is 1.0)."""
        return min(1.0, self.seconds_this_week / (self.goal_minutes * 60))

    @property
    def minutes_to_go(self) -> int:
        """Whole minutes still needed this week (rounded up: a few seconds short is 1)."""
        return max(0, -(-(self.goal_minutes * 60 - self.seconds_this_week) // 60))


def weekly_goal(
    sessions: SessionsLike, today: date, goal_minutes: int, tz: tzinfo | None = None
) -> WeeklyGoal:
    """Progress toward `goal_minutes` in the ISO week (Monday to Sunday) of `today`."""
    return _goal_of(summary(sessions, today, tz).seconds_by_week, today, goal_minutes)


def _goal_of(seconds: dict[int, int], today: date, goal_minutes: int) -> WeeklyGoal:
    if goal_minutes <= 0:
        raise ValueError("a weekly goal is at least a minute")
    goal = goal_minutes * 60
    met = {week for week, total in seconds.items() if total >= goal}
    this_week = (today.toordinal() - 1) // 7
    # A week not met yet is still open: the streak so far runs to last week.
    return WeeklyGoal(
        goal_minutes=goal_minutes,
        seconds_this_week=seconds.get(this_week, 0),
        current_streak=_current_streak(met, this_week),
        best_streak=_best_streak(met),
    )


# --- a year at a glance ---------------------------------------------------------------------------


@dataclass(frozen=True)
class YearOfDays:
    """Every day of the last twelve months with its practice, and how dark to shade it.

    The shades are tied to the weekly goal: a day holding its seventh share of it is the
    third shade, twice that the darkest, under half of it the lightest.
    """

    first: date  # a year ago tomorrow
    today: date
    seconds: list[int]  # per day, first to today
    sessions: list[int]
    thresholds: tuple[int, int, int]  # whole minutes from which shades 2, 3 and 4 start

    def day(self, index: int) -> date:
        return self.first + timedelta(days=index)

    def index(self, day: date) -> int | None:
        index = (day - self.first).days
        return index if 0 <= index < len(self.seconds) else None

    def level(self, index: int) -> int:
        """0 for a day without practice, 1 to 4 the more minutes it holds."""
        seconds = self.seconds[index]
        if seconds <= 0:
            return 0
        return 1 + sum(seconds >= minutes * 60 for minutes in self.thresholds)


def year_of_days(
    sessions: SessionsLike,
    today: date,
    goal_minutes: int = DEFAULT_WEEKLY_GOAL_MINUTES,
    tz: tzinfo | None = None,
) -> YearOfDays:
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    first = year_ago + timedelta(days=1)
    count = (today - first).days + 1
    seconds = [0] * count
    sessions_per_day = [0] * count
    start = first.toordinal()
    day_totals = localize(sessions, tz).index.day_totals
    nothing = (0, 0, 0)
    for index in range(count):
        done, partial, held = day_totals.get(start + index, nothing)
        seconds[index] = done + partial
        sessions_per_day[index] = held
    share = goal_minutes / 7
    thresholds = (max(1, round(share / 2)), max(2, round(share)), max(3, round(share * 2)))
    return YearOfDays(first, today, seconds, sessions_per_day, thresholds)


@dataclass(frozen=True)
class Overview:
    """Everything the history page shows, from one pass over the start times."""

    history: LocalHistory
    summary: Summary
    per_day: list[DayTotal]
    per_week: list[WeekTotal]
    goal: WeeklyGoal
    year: YearOfDays


def overview(
    sessions: SessionsLike,
    today: date,
    days: int = 30,
    weeks: int = 12,
    tz: tzinfo | None = None,
    goal_minutes: int = DEFAULT_WEEKLY_GOAL_MINUTES,
) -> Overview:
    history = localize(sessions, tz)
    totals = summary(history, today)
    return Overview(
        history=history,
        summary=totals,
        per_day=minutes_per_day(history, today, days),
        per_week=minutes_per_week(history, today, weeks),
        goal=_goal_of(totals.seconds_by_week, today, goal_minutes),
        year=year_of_days(history, today, goal_minutes),
    )


# --- CSV export ---------------------------------------------------------------------------------


def _text_cell(text: str) -> str:
    # A spreadsheet runs a cell starting with one of these as a formula; a routine title from a
    # shared file must not be able to do that.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _minutes_cell(seconds: float) -> str:
    return f"{seconds / 60.0:.2f}"


def csv_rows(sessions: SessionsLike) -> list[list[str]]:
    """The export's rows (header not included), oldest first, times exactly as stored."""
    rows = []
    for record in localize(sessions).records:
        rows.append(
            [
                _text_cell(record.id),
                _text_cell(record.routine_id),
                _text_cell(record.routine_title),
                record.started_at,
                record.ended_at,
                _minutes_cell(record.active_seconds),
                _minutes_cell(record.planned_seconds),
                str(record.steps_completed),
                str(record.steps_total),
                "yes" if record.completed else "no",
            ]
        )
    return rows


def export_csv_text(sessions: SessionsLike) -> str:
    """The CSV as text (no byte order mark), lines ending CRLF as RFC 4180 has them."""
    return _csv_text(csv_rows(sessions))


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    return buffer.getvalue()


def export_csv(sessions: SessionsLike, path: Path | str) -> int:
    """Write the history to `path` as UTF-8 CSV with a byte order mark; returns rows written.

    The file is written whole to a temporary file beside it and then renamed over it, so an
    existing file is replaced completely or not at all. Raises OSError.
    """
    path = Path(path)
    rows = csv_rows(sessions)
    write_bytes_atomic(path, _csv_text(rows).encode("utf-8-sig"), mode=_ordinary_mode(path))
    return len(rows)


def export_json_text(sessions: SessionsLike) -> str:
    """The history as JSON, oldest first, every field as stored: `{"version": 1, "sessions":
    [...]}`, the shape of the single history.json of earlier versions, so a file exported here
    can also be put in a data folder and be read (and moved into its journal) like one."""
    return _json_text(localize(sessions).records)


def _json_text(records: Iterable[SessionRecord]) -> str:
    document = {"version": 1, "sessions": [record.to_dict() for record in records]}
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def export_json(sessions: SessionsLike, path: Path | str) -> int:
    """Write the history to `path` as UTF-8 JSON, whole or not at all; returns sessions written.
    Raises OSError."""
    path = Path(path)
    records = localize(sessions).records
    write_bytes_atomic(path, _json_text(records).encode("utf-8"), mode=_ordinary_mode(path))
    return len(records)


def _ordinary_mode(target: Path) -> int:
    # An export replaces a file with its own mode, or gets the usual mode for a new document
    # (not the private one the app's own files have).
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
