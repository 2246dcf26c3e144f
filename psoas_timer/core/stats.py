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
import io
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

from psoas_timer.core.datafiles import write_bytes_atomic
from psoas_timer.core.settings import DEFAULT_WEEKLY_GOAL_MINUTES
from psoas_timer.core.store import SessionRecord

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

    Parallel lists rather than an object per session: ten years of practice is 11,000 sessions
    and the page is refreshed after every one.
    """

    __slots__ = ("days", "instants", "records", "tz")

    def __init__(
        self,
        records: list[SessionRecord],
        instants: list[float],
        days: list[int],
        tz: tzinfo | None,
    ) -> None:
        self.records = records  # oldest first
        self.instants = instants  # POSIX seconds: the order whatever offset a time was stored with
        self.days = days  # local calendar dates as proleptic ordinals (date.toordinal())
        self.tz = tz

    def __len__(self) -> int:
        return len(self.records)

    def day(self, index: int) -> date:
        return date.fromordinal(self.days[index])

    def start(self, index: int) -> datetime:
        """When session `index` started, in the local zone."""
        return datetime.fromisoformat(self.records[index].started_at).astimezone(self.tz)


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
    routine_title: str
    sessions: int
    seconds: int  # the sum of its sessions' whole seconds

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


def localize(sessions: SessionsLike, tz: tzinfo | None = None) -> LocalHistory:
    """Each session's start instant and local day, oldest first; `tz` None: the system zone."""
    if isinstance(sessions, LocalHistory):
        if tz is None or tz is sessions.tz:
            return sessions  # worked out already, in its own zone
        sessions = sessions.records
    records = list(sessions)
    known = _DAYS_BY_ZONE.setdefault(_zone_key(tz), {})
    if len(known) > _CACHE_LIMIT:
        known.clear()
    lookup = known.get
    parse = datetime.fromisoformat
    instants = []
    days = []
    for record in records:
        started_at = record.started_at
        worked_out = lookup(started_at)
        if worked_out is None:
            moment = parse(started_at)
            # astimezone() with tz None applies the system zone's rules for that very moment.
            worked_out = (moment.timestamp(), moment.astimezone(tz).toordinal())
            known[started_at] = worked_out
        instants.append(worked_out[0])
        days.append(worked_out[1])
    order = sorted(range(len(records)), key=instants.__getitem__)
    if any(position != index for position, index in enumerate(order)):
        records = [records[index] for index in order]
        instants = [instants[index] for index in order]
        days = [days[index] for index in order]
    return LocalHistory(records, instants, days, tz)


def clear_cache() -> None:
    """Forget worked-out start times (for measuring a first, cold computation)."""
    _DAYS_BY_ZONE.clear()


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
    end = first + buckets * bucket_days
    for record, day in zip(history.records, history.days, strict=True):
        if first <= day < end:
            index = (day - first) // bucket_days
            if record.completed:
                completed[index] += whole_seconds(record) / 60.0
            else:
                partial[index] += whole_seconds(record) / 60.0
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
    return {date.fromordinal(day) for day in set(localize(sessions, tz).days)}


def current_streak(practice_days: Iterable[date], today: date) -> int:
    """Consecutive days with practice ending today, or yesterday while today has none yet."""
    ordinals = {day.toordinal() for day in practice_days}
    return _current_streak(ordinals, today.toordinal())


def _current_streak(ordinals: set[int], today: int) -> int:
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
        best = max(best, run)
        previous = ordinal
    return best


def summary(sessions: SessionsLike, today: date, tz: tzinfo | None = None) -> Summary:
    history = localize(sessions, tz)
    this_week = week_start(today).toordinal()
    last_week = this_week - 7
    next_week = this_week + 7
    total_seconds = this_week_seconds = last_week_seconds = 0
    # routine id -> [title of its newest session, sessions, seconds]; a renamed routine is one.
    routines: dict[str, list[Any]] = {}
    weeks: dict[int, int] = {}
    week_total = weeks.get
    for record, day in zip(history.records, history.days, strict=True):
        seconds = whole_seconds(record)
        total_seconds += seconds
        week = (day - 1) // 7  # ordinal 1 (1 January of year 1) was a Monday
        weeks[week] = week_total(week, 0) + seconds
        if last_week <= day < next_week:
            if day >= this_week:
                this_week_seconds += seconds
            else:
                last_week_seconds += seconds
        totals = routines.get(record.routine_id)
        if totals is None:
            routines[record.routine_id] = [record.routine_title, 1, seconds]
        else:
            totals[0] = record.routine_title  # oldest first, so the newest title wins
            totals[1] += 1
            totals[2] += seconds
    per_routine = sorted(
        (RoutineTotal(title, count, seconds) for title, count, seconds in routines.values()),
        key=lambda total: (-total.sessions, -total.seconds, total.routine_title.casefold()),
    )
    practice_days = set(history.days)
    return Summary(
        total_sessions=len(history),
        total_minutes=total_seconds / 60.0,
        current_streak=_current_streak(practice_days, today.toordinal()),
        best_streak=_best_streak(practice_days),
        minutes_this_week=this_week_seconds / 60.0,
        minutes_last_week=last_week_seconds / 60.0,
        sessions_per_routine=per_routine,
        seconds_by_week=weeks,
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

HEAT_LEVELS = 5  # none, and four shades


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
    history = localize(sessions, tz)
    # Oldest first, so the year is at the end: skip what comes before it (with a day's margin
    # for a zone whose clocks once went back across midnight).
    begin = bisect.bisect_left(history.days, start - 2)
    for index_in_history in range(begin, len(history)):
        index = history.days[index_in_history] - start
        if 0 <= index < count:
            seconds[index] += whole_seconds(history.records[index_in_history])
            sessions_per_day[index] += 1
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


def _ordinary_mode(target: Path) -> int:
    # An export replaces a file with its own mode, or gets the usual mode for a new document
    # (not the private one the app's own files have).
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
