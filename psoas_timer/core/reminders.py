"""Reminders: times of day on chosen weekdays, each suggesting a routine, and when each fires.

A reminder's time is a local wall-clock time ("07:30 on weekdays"), so it follows the time zone
and its daylight-saving changes: 07:30 stays 07:30 on the clock after the change, even though
the day in between was 23 or 25 hours long. Where a time does not exist (02:30 on the night
the clocks go forward) it fires when the clock shows that much later (03:30); where it
exists twice (the night they go back) it fires the first time only.

The scheduler compares instants, never the digits of local times, and is driven by a
`WallClock` it is handed the time of: a test moves through weeks, a suspend, a daylight-saving
change or a clock set back, in microseconds.

After a gap in which nothing was checked (the computer slept), only the most recent reminder
missed in the last hour fires, once; anything older is dropped, so waking never brings a burst.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

from psoas_timer.core.datafiles import UnreadableFile
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.settings import describe_value
from psoas_timer.core.store import JsonFile

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # as the file has them
WEEKDAY_TITLES = (
    QT_TRANSLATE_NOOP("Reminders", "Mon"),
    QT_TRANSLATE_NOOP("Reminders", "Tue"),
    QT_TRANSLATE_NOOP("Reminders", "Wed"),
    QT_TRANSLATE_NOOP("Reminders", "Thu"),
    QT_TRANSLATE_NOOP("Reminders", "Fri"),
    QT_TRANSLATE_NOOP("Reminders", "Sat"),
    QT_TRANSLATE_NOOP("Reminders", "Sun"),
)
WEEKDAYS = frozenset(range(5))
WEEKEND = frozenset((5, 6))
EVERY_DAY = frozenset(range(7))

CATCH_UP = timedelta(hours=1)  # a reminder missed by less than this (a suspend) still fires
SNOOZE = timedelta(minutes=10)  # "Later"
MAX_REMINDERS = 50
MAX_RECORDS = 1000  # reminders and the records of deleted ones, in one file
MAX_ID = 64
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_TIME = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


def _identifier(value: object, what: str) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_ID or _CONTROL.search(value):
        raise ValueError(f"{what} must be text of 1 to {MAX_ID} characters")
    return value


def new_reminder_id() -> str:
    """An id no other reminder on any of the user's computers has."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Reminder:
    """At `at` (local time, whole minutes) on each of `weekdays` (0 Monday … 6 Sunday),
    suggest the routine `routine_id`."""

    id: str
    at: time
    weekdays: frozenset[int]
    routine_id: str
    enabled: bool = True

    def __post_init__(self) -> None:
        _identifier(self.id, "a reminder's id")
        _identifier(self.routine_id, "a reminder's routine")
        if (
            not isinstance(self.at, time)
            or self.at.tzinfo is not None
            or self.at.second
            or self.at.microsecond
        ):
            raise ValueError("a reminder's time must be a local time in whole minutes")
        days = frozenset(self.weekdays)
        if not days <= EVERY_DAY:
            raise ValueError("a reminder's days must be weekdays 0 (Monday) to 6 (Sunday)")
        object.__setattr__(self, "weekdays", days)
        if not isinstance(self.enabled, bool):
            raise ValueError("a reminder is on or off")

    @property
    def time_text(self) -> str:
        """'07:30' (24-hour, as the file keeps it)."""
        return f"{self.at.hour:02d}:{self.at.minute:02d}"

    @property
    def days_text(self) -> str:
        return describe_days(self.weekdays)

    def to_document(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time_text,
            "days": [WEEKDAY_NAMES[day] for day in sorted(self.weekdays)],
            "routine": self.routine_id,
            "enabled": self.enabled,
        }

    @classmethod
    def from_document(cls, raw: object) -> Reminder:
        """A reminder from the file; ValueError says what is wrong with it."""
        if not isinstance(raw, dict):
            raise ValueError("a reminder must be an object")
        try:
            text, days, routine = raw["time"], raw["days"], raw["routine"]
        except KeyError as missing:
            raise ValueError(f"a reminder has no {missing}") from None
        match = _TIME.match(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"time must be HH:MM (24-hour), got {describe_value(text)}")
        if not isinstance(days, list) or not all(day in WEEKDAY_NAMES for day in days):
            raise ValueError(
                f"days must be a list of {', '.join(WEEKDAY_NAMES)}, got {describe_value(days)}"
            )
        enabled = raw.get("enabled", True)
        if not isinstance(enabled, bool):
            raise ValueError(f"enabled must be true or false, got {describe_value(enabled)}")
        return cls(
            id=_identifier(raw.get("id"), "id"),
            at=time(int(match.group(1)), int(match.group(2))),
            weekdays=frozenset(WEEKDAY_NAMES.index(day) for day in days),
            routine_id=_identifier(routine, "routine"),
            enabled=enabled,
        )


def describe_days(weekdays: Iterable[int]) -> str:
    """'Every day', 'Weekdays', 'Weekends', or the days: 'Mon, Wed, Fri' (in the user's
    language)."""
    days = frozenset(weekdays)
    if days == EVERY_DAY:
        return translate("Reminders", "Every day")
    if days == WEEKDAYS:
        return translate("Reminders", "Weekdays")
    if days == WEEKEND:
        return translate("Reminders", "Weekends")
    if not days:
        return translate("Reminders", "No days")
    return ", ".join(translate("Reminders", WEEKDAY_TITLES[day]) for day in sorted(days))


# --- when a reminder fires ----------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError("reminder times are compared as instants: an aware datetime is needed")
    return moment.astimezone(UTC)


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date at `moment` in `tz` (None: the system's zone)."""
    return moment.astimezone(tz).date()


def occurrence(day: date, at: time, tz: tzinfo | None = None) -> datetime:
    """The instant (UTC) the clock in `tz` shows `at` on `day`; a time skipped by a change to
    daylight saving comes that much later, a time repeated by the change back the first time.
    """
    wall = datetime.combine(day, at)
    # Both readings of the wall time (PEP 495's fold); a naive one is in the system's zone.
    # Python maps a skipped time differently for the system zone and for zoneinfo, so the
    # choice is made here: of the readings that really show `at`, the first; if none does,
    # the later one, past the gap.
    moments = {wall.replace(fold=fold, tzinfo=tz).astimezone(UTC) for fold in (0, 1)}
    real = [moment for moment in moments if moment.astimezone(tz).replace(tzinfo=None) == wall]
    return min(real) if real else max(moments)


def next_occurrence(
    reminder: Reminder, after: datetime, tz: tzinfo | None = None
) -> datetime | None:
    """The first moment strictly after `after` at which `reminder` is due (None if never)."""
    if not reminder.weekdays:
        return None
    after = _utc(after)
    first = local_date(after, tz)
    for offset in range(8):  # a week from the day it is now, and that weekday again
        day = first + timedelta(days=offset)
        if day.weekday() in reminder.weekdays:
            moment = occurrence(day, reminder.at, tz)
            if moment > after:
                return moment
    return None  # not reached: some weekday in the next eight days is one of its days


def last_occurrence(
    reminder: Reminder, after: datetime, until: datetime, tz: tzinfo | None = None
) -> datetime | None:
    """The latest moment in (`after`, `until`] at which `reminder` was due, if any."""
    after, until = _utc(after), _utc(until)
    if not reminder.weekdays or until <= after:
        return None
    last = local_date(until, tz)
    first = max(local_date(after, tz), last - timedelta(days=7))
    day = last
    while day >= first:
        if day.weekday() in reminder.weekdays:
            moment = occurrence(day, reminder.at, tz)
            if after < moment <= until:
                return moment
        day -= timedelta(days=1)
    return None


@dataclass(frozen=True)
class DueReminder:
    """One reminder to show: which, the moment it was due, and whether the user put it off."""

    reminder: Reminder
    due_at: datetime  # UTC
    snoozed: bool = False


class Check(NamedTuple):
    """What one look at the clock found."""

    fired: DueReminder | None  # show this one
    skipped: tuple[DueReminder, ...] = ()  # due on a day already practised
    dropped: tuple[DueReminder, ...] = ()  # missed too long ago, or not to come in a burst


@dataclass
class ReminderScheduler:
    """Decides, each time it is asked, which reminder (at most one) is due now.

    `checked_until` starts at the moment it is made: reminders due while the app was not
    running are not shown when it starts, only those it misses while running (a suspend).
    `practised_on(day)` tells whether the user practised on that local date, for
    `skip_when_practised`.
    """

    reminders: Sequence[Reminder]
    checked_until: datetime
    tz: tzinfo | None = None
    skip_when_practised: bool = True
    practised_on: Callable[[date], bool] = field(default=lambda _day: False)
    _snoozed: list[DueReminder] = field(default_factory=list, init=False)
    _shown: dict[str, datetime] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.checked_until = _utc(self.checked_until)
        self.reminders = tuple(self.reminders)

    def set_reminders(self, reminders: Sequence[Reminder]) -> None:
        """The user changed the reminders: a put-off one goes if its reminder went or changed."""
        self.reminders = tuple(reminders)
        current = set(self.reminders)
        self._snoozed = [due for due in self._snoozed if due.reminder in current]

    @property
    def snoozed(self) -> tuple[DueReminder, ...]:
        return tuple(self._snoozed)

    def snooze(self, due: DueReminder, now: datetime) -> DueReminder:
        """'Later': the same reminder again in ten minutes (once, however often it is asked)."""
        later = DueReminder(due.reminder, _utc(now) + SNOOZE, snoozed=True)
        self._snoozed = [other for other in self._snoozed if other.reminder.id != due.reminder.id]
        self._snoozed.append(later)
        return later

    def dismiss(self, reminder_id: str) -> None:
        """The user started a routine or closed the reminder: nothing of it is pending."""
        self._snoozed = [due for due in self._snoozed if due.reminder.id != reminder_id]

    def _practised(self, due: DueReminder) -> bool:
        return self.skip_when_practised and self.practised_on(local_date(due.due_at, self.tz))

    def check(self, now: datetime) -> Check:
        """What is due between the last check and `now`; call whenever the app wakes for it."""
        now = _utc(now)
        since = self.checked_until
        if now < since:
            # The clock was set back: look again from here; what was shown is not shown again.
            self.checked_until = now
            return Check(None)
        candidates: list[DueReminder] = []
        for reminder in self.reminders:
            if not reminder.enabled:
                continue
            moment = last_occurrence(reminder, since, now, self.tz)
            shown = self._shown.get(reminder.id)
            if moment is not None and (shown is None or moment > shown):
                candidates.append(DueReminder(reminder, moment))
        waiting: list[DueReminder] = []
        for due in self._snoozed:
            (candidates if due.due_at <= now else waiting).append(due)
        self._snoozed = waiting
        self.checked_until = now

        # Newest first: after a gap, the one most recently due is the one worth showing.
        candidates.sort(key=lambda due: due.due_at, reverse=True)
        fired = None
        skipped: list[DueReminder] = []
        dropped: list[DueReminder] = []
        for due in candidates:
            if not due.snoozed:
                self._shown[due.reminder.id] = due.due_at
            if fired is not None or now - due.due_at > CATCH_UP:
                dropped.append(due)
            elif self._practised(due):
                skipped.append(due)
            else:
                fired = due
        return Check(fired, tuple(skipped), tuple(dropped))

    def next_fire(self, reminder: Reminder, now: datetime) -> datetime | None:
        """When `reminder` will next be shown, counting a day already practised as skipped."""
        if not reminder.enabled:
            return None
        moment = next_occurrence(reminder, now, self.tz)
        while moment is not None and self._practised(DueReminder(reminder, moment)):
            moment = next_occurrence(reminder, moment, self.tz)
        return moment

    def next_wake(self, now: datetime) -> datetime | None:
        """The next moment anything may be due (a reminder or a put-off one); None: never."""
        moments = [due.due_at for due in self._snoozed]
        for reminder in self.reminders:
            if reminder.enabled:
                moment = next_occurrence(reminder, max(_utc(now), self.checked_until), self.tz)
                if moment is not None:
                    moments.append(moment)
        return min(moments, default=None)


# --- the reminders file -------------------------------------------------------------------------


def _stamp(moment: datetime) -> str:
    return _utc(moment).isoformat(timespec="seconds")


class ReminderStore(JsonFile):
    """`reminders.json`: one record per reminder, each with its id and when it last changed.

    A deleted reminder leaves a record saying so (`"deleted": true`), so that copies of the
    file merged from several computers can tell a deleted reminder from one not yet seen.
    Values a newer version added to a record are kept. A record that cannot be used is
    reported and the file left byte for byte as it is until the user changes a reminder
    (then it is moved aside and a new one written), like the settings file.
    """

    key = "reminders"

    def __init__(self, path: Path, notify: Callable[[str], None], *, claimed: bool = True) -> None:
        super().__init__(path, notify, claimed=claimed)
        self.problems: list[str] = []
        self._records: list[dict[str, Any]] = self.read()
        self.held = bool(self.problems) and not self.read_only
        if self.problems:
            text = translate(
                "Notice",
                "{file} has reminders that cannot be used ({problems}). The file is left as it "
                "is until you change a reminder.",
            )
            self._notify(text.format(file=self.path.name, problems="; ".join(self.problems)))

    def _default(self) -> list[dict[str, Any]]:
        return []

    def _check(self, value: object) -> list[dict[str, Any]]:
        if not isinstance(value, list):
            raise UnreadableFile("reminders is not a list")
        records: list[dict[str, Any]] = []
        seen: set[str] = set()
        for index, raw in enumerate(value[:MAX_RECORDS]):
            try:
                if not isinstance(raw, dict):
                    raise ValueError("a reminder must be an object")
                record_id = _identifier(raw.get("id"), "id")
                if record_id in seen:
                    raise ValueError(f"the id {describe_value(record_id)} is used twice")
                if raw.get("deleted") is not True:
                    Reminder.from_document(raw)
            except ValueError as error:
                self.problems.append(f"reminder {index + 1}: {error}")
                continue
            seen.add(record_id)
            records.append(dict(raw))
        if len(value) > MAX_RECORDS:
            self.problems.append(f"only the first {MAX_RECORDS:,} reminders are read")
        return records

    @property
    def reminders(self) -> list[Reminder]:
        """The reminders there are, in the order the user made them."""
        return [
            Reminder.from_document(record)
            for record in self._records
            if record.get("deleted") is not True
        ][:MAX_REMINDERS]

    def replace_all(self, reminders: Sequence[Reminder], now: datetime) -> bool:
        """Keep exactly `reminders`; only the ones that changed get a new change time."""
        if len(reminders) > MAX_REMINDERS:
            raise ValueError(f"at most {MAX_REMINDERS} reminders")
        stamp = _stamp(now)
        wanted = {reminder.id: reminder for reminder in reminders}
        if len(wanted) != len(reminders):
            raise ValueError("two reminders have the same id")
        records: list[dict[str, Any]] = []
        known: set[str] = set()
        for record in self._records:
            record_id = record["id"]
            known.add(record_id)
            reminder = wanted.get(record_id)
            if reminder is None:
                if record.get("deleted") is not True:
                    record = {"id": record_id, "deleted": True, "changed": stamp}
            else:
                document = reminder.to_document()
                if record.get("deleted") is True or any(
                    record.get(key) != value for key, value in document.items()
                ):
                    extra = {k: v for k, v in record.items() if k != "deleted"}
                    record = {**extra, **document, "changed": stamp}
            records.append(record)
        for reminder in reminders:
            if reminder.id not in known:
                records.append({**reminder.to_document(), "changed": stamp})
        if records == self._records:
            return True
        self._records = records
        if self.held:
            aside = self._move_aside()
            if aside is None:
                return False
            self.held = False
            text = translate(
                "Notice", "Your reminders are saved; the earlier {file} is kept as {aside}."
            )
            self._notify(text.format(file=self.path.name, aside=aside))
        return self.write(self._records)
