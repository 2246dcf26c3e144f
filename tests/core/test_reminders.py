"""The reminder scheduler, driven through weeks, midnights, daylight-saving changes and
suspends by a fake wall clock."""

import json
import time as system_time
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from psoas_timer.core.clock import FakeWallClock
from psoas_timer.core.reminders import (
    CATCH_UP,
    EVERY_DAY,
    SNOOZE,
    WEEKDAYS,
    Reminder,
    ReminderScheduler,
    ReminderStore,
    describe_days,
    next_occurrence,
    occurrence,
)
from psoas_timer.core.store import DataDir

BERLIN = ZoneInfo("Europe/Berlin")


def at(year, month, day, hour=0, minute=0, tz=BERLIN) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


def reminder(hour, minute, days=EVERY_DAY, routine="quick-reset", rid=None, **more) -> Reminder:
    return Reminder(rid or f"r{hour:02d}{minute:02d}", time(hour, minute), days, routine, **more)


def run(scheduler, clock, until):
    """What the app does: sleep until the scheduler's next wake, check, repeat."""
    shown = []
    while True:
        wake = scheduler.next_wake(clock.now())
        if wake is None or wake > until:
            clock.set(until)
            check = scheduler.check(until)
            if check.fired:
                shown.append(check.fired)
            return shown
        clock.set(wake)
        check = scheduler.check(clock.now())
        if check.fired:
            shown.append(check.fired)


def local(moments):
    return [moment.due_at.astimezone(BERLIN).strftime("%a %d %b %H:%M %Z") for moment in moments]


# --- when reminders are due -----------------------------------------------------------------


def test_weekday_reminders_skip_the_weekend():
    morning = reminder(7, 30, WEEKDAYS)
    friday_evening = at(2026, 11, 27, 20)
    assert next_occurrence(morning, friday_evening, BERLIN) == at(2026, 11, 30, 7, 30)
    # On a weekday before the time: that same day; at the very minute it is due: the next one.
    assert next_occurrence(morning, at(2026, 11, 30, 7, 29), BERLIN) == at(2026, 11, 30, 7, 30)
    assert next_occurrence(morning, at(2026, 11, 30, 7, 30), BERLIN) == at(2026, 12, 1, 7, 30)


def test_a_week_of_two_reminders_fires_each_on_its_days_and_nowhere_else():
    clock = FakeWallClock(at(2026, 11, 29, 23, 0))  # a Sunday night
    scheduler = ReminderScheduler(
        [reminder(7, 30, WEEKDAYS), reminder(18, 0, {6})], clock.now(), BERLIN
    )
    shown = run(scheduler, clock, at(2026, 12, 7, 0, 0))
    assert local(shown) == [
        "Mon 30 Nov 07:30 CET",
        "Tue 01 Dec 07:30 CET",
        "Wed 02 Dec 07:30 CET",
        "Thu 03 Dec 07:30 CET",
        "Fri 04 Dec 07:30 CET",
        "Sun 06 Dec 18:00 CET",
    ]


def test_midnight_belongs_to_the_day_it_starts():
    clock = FakeWallClock(at(2026, 12, 1, 23, 59))  # a Tuesday
    scheduler = ReminderScheduler([reminder(0, 0, {2})], clock.now(), BERLIN)  # Wednesdays
    assert scheduler.next_wake(clock.now()) == at(2026, 12, 2, 0, 0)
    assert scheduler.check(clock.advance(59)).fired is None
    fired = scheduler.check(clock.advance(1)).fired
    assert fired is not None and fired.due_at == at(2026, 12, 2, 0, 0)
    assert scheduler.next_wake(clock.now()) == at(2026, 12, 9, 0, 0)


def test_a_daily_reminder_keeps_its_clock_time_across_both_daylight_saving_changes():
    clock = FakeWallClock(at(2026, 3, 27, 12))
    scheduler = ReminderScheduler([reminder(7, 30)], clock.now(), BERLIN)
    spring = run(scheduler, clock, at(2026, 3, 31, 0))
    assert local(spring) == [
        "Sat 28 Mar 07:30 CET",
        "Sun 29 Mar 07:30 CEST",
        "Mon 30 Mar 07:30 CEST",
    ]
    # The night the clocks go forward is 23 hours long; the reminder stays at 07:30.
    assert spring[1].due_at - spring[0].due_at == timedelta(hours=23)

    clock.set(at(2026, 10, 24, 12))
    scheduler = ReminderScheduler([reminder(7, 30)], clock.now(), BERLIN)
    autumn = run(scheduler, clock, at(2026, 10, 27, 0))
    assert local(autumn) == [
        "Sun 25 Oct 07:30 CET",
        "Mon 26 Oct 07:30 CET",
    ]
    assert autumn[0].due_at - at(2026, 10, 24, 7, 30) == timedelta(hours=25)


def test_a_time_the_clock_skips_fires_after_the_gap_and_a_repeated_time_fires_once():
    night = reminder(2, 30)
    clock = FakeWallClock(at(2026, 3, 28, 12))
    scheduler = ReminderScheduler([night], clock.now(), BERLIN)
    shown = run(scheduler, clock, at(2026, 3, 30, 12))
    # 02:30 does not exist on 29 March: it fires when the clock shows 03:30.
    assert local(shown) == ["Sun 29 Mar 03:30 CEST", "Mon 30 Mar 02:30 CEST"]

    clock.set(at(2026, 10, 24, 12))
    scheduler = ReminderScheduler([night], clock.now(), BERLIN)
    shown = run(scheduler, clock, at(2026, 10, 26, 12))
    # 02:30 happens twice on 25 October: the first time only.
    assert local(shown) == ["Sun 25 Oct 02:30 CEST", "Mon 26 Oct 02:30 CET"]


def test_the_system_time_zone_follows_daylight_saving_the_same_way(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    system_time.tzset()
    try:
        assert occurrence(date(2026, 3, 29), time(2, 30)) == at(2026, 3, 29, 3, 30)
        assert occurrence(date(2026, 10, 25), time(2, 30)) == datetime(
            2026, 10, 25, 0, 30, tzinfo=UTC
        )
        assert occurrence(date(2026, 7, 1), time(7, 30)) == at(2026, 7, 1, 7, 30)
    finally:
        monkeypatch.undo()
        system_time.tzset()


# --- suspend, snooze, practice ----------------------------------------------------------------


def test_a_reminder_missed_during_a_short_suspend_fires_once_on_waking():
    clock = FakeWallClock(at(2026, 12, 1, 7, 0))
    scheduler = ReminderScheduler([reminder(7, 30)], clock.now(), BERLIN)
    # The computer sleeps at 07:00 and wakes at 08:10: the app's timer was asleep too.
    check = scheduler.check(clock.set(at(2026, 12, 1, 8, 10)))
    assert check.fired is not None and check.fired.due_at == at(2026, 12, 1, 7, 30)
    assert scheduler.check(clock.advance(60)).fired is None  # once


def test_a_reminder_missed_by_more_than_an_hour_is_dropped():
    clock = FakeWallClock(at(2026, 12, 1, 7, 0))
    scheduler = ReminderScheduler([reminder(7, 30)], clock.now(), BERLIN)
    check = scheduler.check(clock.set(at(2026, 12, 1, 7, 30) + CATCH_UP + timedelta(seconds=1)))
    assert check.fired is None
    assert [due.due_at for due in check.dropped] == [at(2026, 12, 1, 7, 30)]
    assert scheduler.next_wake(clock.now()) == at(2026, 12, 2, 7, 30)


def test_waking_after_days_asleep_never_brings_a_burst():
    clock = FakeWallClock(at(2026, 12, 1, 6, 0))
    reminders = [reminder(7, 30), reminder(12, 0), reminder(12, 20, rid="lunch-2")]
    scheduler = ReminderScheduler(reminders, clock.now(), BERLIN)
    # Asleep for three days, woken at 12:45 on the fourth: 12:00 and 12:20 are both in the
    # last hour; only the most recent is shown.
    check = scheduler.check(clock.set(at(2026, 12, 4, 12, 45)))
    assert check.fired is not None and check.fired.due_at == at(2026, 12, 4, 12, 20)
    assert sorted(due.due_at for due in check.dropped) == [
        at(2026, 12, 4, 7, 30),
        at(2026, 12, 4, 12, 0),
    ]
    assert scheduler.check(clock.advance(1)).fired is None


def test_later_brings_the_reminder_back_in_ten_minutes_once():
    clock = FakeWallClock(at(2026, 12, 1, 7, 0))
    scheduler = ReminderScheduler([reminder(7, 30)], clock.now(), BERLIN)
    fired = scheduler.check(clock.set(at(2026, 12, 1, 7, 30))).fired
    assert fired is not None
    clock.advance(5)
    later = scheduler.snooze(fired, clock.now())
    assert later.snoozed and later.due_at == clock.now() + SNOOZE
    scheduler.snooze(fired, clock.now())  # asked twice: still one
    assert scheduler.next_wake(clock.now()) == later.due_at
    assert scheduler.check(clock.advance(SNOOZE.total_seconds() - 1)).fired is None
    again = scheduler.check(clock.advance(1)).fired
    assert again == later
    assert scheduler.next_wake(clock.now()) == at(2026, 12, 2, 7, 30)
    assert scheduler.check(clock.advance(SNOOZE.total_seconds())).fired is None


def test_a_put_off_reminder_goes_when_its_reminder_is_deleted_or_changed():
    clock = FakeWallClock(at(2026, 12, 1, 7, 30))
    morning = reminder(7, 30)
    scheduler = ReminderScheduler([morning], at(2026, 12, 1, 7, 0), BERLIN)
    fired = scheduler.check(clock.now()).fired
    scheduler.snooze(fired, clock.now())
    scheduler.set_reminders([Reminder(morning.id, time(8, 0), EVERY_DAY, "quick-reset")])
    assert scheduler.snoozed == ()


def test_a_day_already_practised_is_skipped_unless_the_user_wants_reminding_anyway():
    practised = {date(2026, 12, 1)}
    clock = FakeWallClock(at(2026, 12, 1, 7, 0))
    scheduler = ReminderScheduler(
        [reminder(18, 0)], clock.now(), BERLIN, practised_on=practised.__contains__
    )
    # Asked in the morning, the next time it will really fire is tomorrow.
    assert scheduler.next_fire(scheduler.reminders[0], clock.now()) == at(2026, 12, 2, 18, 0)
    check = scheduler.check(clock.set(at(2026, 12, 1, 18, 0)))
    assert check.fired is None and [due.due_at for due in check.skipped] == [at(2026, 12, 1, 18, 0)]
    fired = scheduler.check(clock.set(at(2026, 12, 2, 18, 0))).fired
    assert fired is not None  # the 2nd was not practised

    anyway = ReminderScheduler(
        [reminder(18, 0)],
        at(2026, 12, 1, 7, 0),
        BERLIN,
        skip_when_practised=False,
        practised_on=practised.__contains__,
    )
    assert anyway.check(at(2026, 12, 1, 18, 0)).fired is not None


def test_practising_after_putting_a_reminder_off_cancels_it():
    practised: set[date] = set()
    clock = FakeWallClock(at(2026, 12, 1, 7, 30))
    scheduler = ReminderScheduler(
        [reminder(7, 30)], at(2026, 12, 1, 7), BERLIN, practised_on=practised.__contains__
    )
    fired = scheduler.check(clock.now()).fired
    scheduler.snooze(fired, clock.now())
    practised.add(date(2026, 12, 1))
    check = scheduler.check(clock.advance(SNOOZE.total_seconds()))
    assert check.fired is None and len(check.skipped) == 1


def test_a_clock_set_back_does_not_show_a_reminder_again():
    clock = FakeWallClock(at(2026, 12, 1, 7, 0))
    scheduler = ReminderScheduler([reminder(7, 30)], clock.now(), BERLIN)
    assert scheduler.check(clock.set(at(2026, 12, 1, 7, 31))).fired is not None
    assert scheduler.check(clock.set(at(2026, 12, 1, 7, 0))).fired is None  # set back
    assert scheduler.check(clock.set(at(2026, 12, 1, 7, 35))).fired is None
    assert scheduler.check(clock.set(at(2026, 12, 2, 7, 30))).fired is not None


def test_reminders_switched_off_or_without_days_never_fire():
    clock = FakeWallClock(at(2026, 12, 1, 7, 0))
    scheduler = ReminderScheduler(
        [reminder(7, 30, enabled=False), reminder(8, 0, days=())], clock.now(), BERLIN
    )
    assert scheduler.next_wake(clock.now()) is None
    assert run(scheduler, clock, at(2026, 12, 15)) == []


def test_reminders_due_before_the_app_started_are_not_shown_at_start():
    scheduler = ReminderScheduler([reminder(7, 30)], at(2026, 12, 1, 7, 40), BERLIN)
    assert scheduler.check(at(2026, 12, 1, 7, 40)).fired is None


# --- the reminder itself, and its file ------------------------------------------------------


def test_days_are_described_as_people_say_them():
    assert describe_days(EVERY_DAY) == "Every day"
    assert describe_days(WEEKDAYS) == "Weekdays"
    assert describe_days({5, 6}) == "Weekends"
    assert describe_days({4, 0, 2}) == "Mon, Wed, Fri"
    assert describe_days(()) == "No days"


@pytest.mark.parametrize(
    "changes",
    [
        {"at": time(7, 30, 15)},
        {"at": time(7, 30, tzinfo=UTC)},
        {"weekdays": {7}},
        {"routine_id": ""},
        {"routine_id": "line\nbreak"},
        {"id": "x" * 65},
        {"enabled": 1},
    ],
)
def test_a_reminder_out_of_bounds_cannot_be_made(changes):
    values = {
        "id": "r1",
        "at": time(7, 30),
        "weekdays": WEEKDAYS,
        "routine_id": "quick-reset",
        **changes,
    }
    with pytest.raises(ValueError):
        Reminder(**values)


def stamp(moment):
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def test_reminders_are_saved_one_record_each_and_only_changed_ones_get_a_new_time(tmp_path):
    path = tmp_path / "reminders.json"
    store = ReminderStore(path, print)
    morning, evening = reminder(7, 30, WEEKDAYS), reminder(18, 0, {6}, "gentle-floor")
    first = at(2026, 12, 1, 9)
    assert store.replace_all([morning, evening], first)
    document = json.loads(path.read_text())
    assert document["version"] == 1
    assert document["reminders"] == [
        {
            "id": morning.id,
            "time": "07:30",
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "routine": "quick-reset",
            "enabled": True,
            "changed": stamp(first),
        },
        {
            "id": evening.id,
            "time": "18:00",
            "days": ["sun"],
            "routine": "gentle-floor",
            "enabled": True,
            "changed": stamp(first),
        },
    ]
    later = at(2026, 12, 2, 9)
    moved = Reminder(evening.id, time(19, 0), evening.weekdays, evening.routine_id)
    assert ReminderStore(path, print).replace_all([morning, moved], later)
    records = {record["id"]: record for record in json.loads(path.read_text())["reminders"]}
    assert records[morning.id]["changed"] == stamp(first)  # untouched
    assert records[evening.id]["changed"] == stamp(later)
    assert ReminderStore(path, print).reminders == [morning, moved]


def test_a_deleted_reminder_leaves_a_record_so_a_merge_knows(tmp_path):
    path = tmp_path / "reminders.json"
    store = ReminderStore(path, print)
    morning = reminder(7, 30)
    store.replace_all([morning], at(2026, 12, 1, 9))
    store.replace_all([], at(2026, 12, 3, 9))
    assert json.loads(path.read_text())["reminders"] == [
        {"id": morning.id, "deleted": True, "changed": stamp(at(2026, 12, 3, 9))}
    ]
    reread = ReminderStore(path, print)
    assert reread.reminders == []
    reread.replace_all([morning], at(2026, 12, 4, 9))  # brought back
    assert ReminderStore(path, print).reminders == [morning]


def test_a_bad_reminder_costs_only_itself_and_the_file_is_kept_until_a_change(tmp_path):
    path = tmp_path / "reminders.json"
    good = reminder(7, 30).to_document() | {"changed": "2026-12-01T08:00:00+00:00", "x": 1}
    raw = {
        "version": 1,
        "reminders": [good, {"id": "bad", "time": "25:00", "days": ["mon"], "routine": "a"}],
    }
    original = json.dumps(raw).encode()
    path.write_bytes(original)
    notices = []
    data = DataDir(tmp_path, notify=notices.append)
    store = data.reminders
    assert store.reminders == [reminder(7, 30)]
    assert len(notices) == 1 and "reminder 2: time must be HH:MM" in notices[0]
    assert path.read_bytes() == original  # nothing written merely by reading
    store.replace_all([*store.reminders, reminder(9, 0)], at(2026, 12, 2, 9))
    aside = list(tmp_path.glob("reminders.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == original
    records = json.loads(path.read_text())["reminders"]
    assert records[0]["x"] == 1  # what a newer version added is kept
    assert [record["time"] for record in records] == ["07:30", "09:00"]
