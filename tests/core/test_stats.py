import csv
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core import stats
from psoas_timer.core.history import SessionRecord
from psoas_timer.core.stats import (
    CSV_HEADER,
    DayTotal,
    RoutineTotal,
    export_csv,
    export_csv_text,
    localize,
    minutes_per_day,
    minutes_per_week,
    summary,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")

_counter = iter(range(1_000_000))


def session(
    started_at: str,
    minutes: float = 10,
    completed: bool = True,
    routine_id: str = "quick-reset",
    title: str = "Quick reset",
    ended_at: str | None = None,
) -> SessionRecord:
    start = datetime.fromisoformat(started_at)
    return SessionRecord(
        id=f"s{next(_counter)}",
        routine_id=routine_id,
        routine_title=title,
        started_at=started_at,
        ended_at=ended_at or (start + timedelta(minutes=minutes)).isoformat(),
        planned_seconds=600.0,
        active_seconds=minutes * 60.0,
        steps_completed=5 if completed else 2,
        steps_total=5,
        completed=completed,
    )


def at(day: date, hour: int = 7, minute: int = 30, tz=LONDON) -> str:
    """A local wall time as the recorder stores it: ISO 8601 with that moment's offset."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).isoformat()


def by_date(totals: list[DayTotal]) -> dict[date, float]:
    return {total.date: total.total_minutes for total in totals}


# --- which day a session counts on ----------------------------------------------------------------


def test_the_days_end_today_oldest_first_across_a_month_and_year_boundary():
    totals = minutes_per_day([], date(2027, 1, 2), days=5, tz=LONDON)
    assert [total.date for total in totals] == [
        date(2026, 12, 29),
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 1),
        date(2027, 1, 2),
    ]
    assert all(total.total_minutes == 0 for total in totals)


def test_sessions_either_side_of_a_month_and_a_year_boundary_land_on_their_own_days():
    sessions = [
        session(at(date(2026, 11, 30), 23, 50), minutes=5),
        session(at(date(2026, 12, 1), 0, 5), minutes=7),
        session(at(date(2026, 12, 31), 23, 59), minutes=11),
        session(at(date(2027, 1, 1), 0, 0), minutes=13),
    ]
    per_day = by_date(minutes_per_day(sessions, date(2027, 1, 1), days=40, tz=LONDON))
    assert per_day[date(2026, 11, 30)] == 5
    assert per_day[date(2026, 12, 1)] == 7
    assert per_day[date(2026, 12, 31)] == 11
    assert per_day[date(2027, 1, 1)] == 13


def test_a_session_across_midnight_counts_on_the_day_it_started():
    late = session("2026-11-24T23:40:00+00:00", minutes=40, ended_at="2026-11-25T00:20:00+00:00")
    per_day = by_date(minutes_per_day([late], date(2026, 11, 25), days=3, tz=LONDON))
    assert per_day == {date(2026, 11, 23): 0, date(2026, 11, 24): 40, date(2026, 11, 25): 0}


@pytest.mark.parametrize(
    ("tz", "change_day", "started_at"),
    [
        # 00:30 local on the morning the clocks change, before the change itself
        (LONDON, date(2026, 3, 29), "2026-03-29T00:30:00+00:00"),  # spring forward
        (LONDON, date(2026, 10, 25), "2026-10-25T00:30:00+01:00"),  # fall back
        (NEW_YORK, date(2026, 3, 8), "2026-03-08T00:30:00-05:00"),
        (NEW_YORK, date(2026, 11, 1), "2026-11-01T00:30:00-04:00"),
    ],
)
def test_a_session_at_half_past_midnight_on_a_dst_change_day_counts_once_on_that_day(
    tz, change_day, started_at
):
    today = change_day + timedelta(days=1)
    totals = minutes_per_day([session(started_at, minutes=12)], today, days=4, tz=tz)
    # Calendar days: four distinct dates, none split or doubled by the 23- or 25-hour day.
    assert [total.date for total in totals] == [today - timedelta(days=n) for n in (3, 2, 1, 0)]
    assert by_date(totals)[change_day] == 12
    assert sum(total.total_minutes for total in totals) == 12


def test_both_passes_of_the_repeated_hour_count_on_the_same_day():
    first = session("2026-10-25T01:30:00+01:00", minutes=10)  # 01:30 BST
    second = session("2026-10-25T01:30:00+00:00", minutes=20)  # 01:30 GMT, an hour later
    per_day = by_date(minutes_per_day([first, second], date(2026, 10, 25), days=2, tz=LONDON))
    assert per_day == {date(2026, 10, 24): 0, date(2026, 10, 25): 30}
    ordered = localize([second, first], LONDON).records
    assert ordered == [first, second]  # by the instant, not by the repeated wall time


def test_the_day_of_a_late_evening_session_in_new_york_around_the_dst_change():
    # 23:30 on the Saturday before the spring change, and 23:30 on the change day itself.
    sessions = [
        session("2026-03-07T23:30:00-05:00", minutes=5),
        session("2026-03-08T23:30:00-04:00", minutes=6),
    ]
    per_day = by_date(minutes_per_day(sessions, date(2026, 3, 9), days=3, tz=NEW_YORK))
    assert per_day == {date(2026, 3, 7): 5, date(2026, 3, 8): 6, date(2026, 3, 9): 0}


def test_sessions_stored_with_other_utc_offsets_map_to_the_local_day():
    sessions = [
        # Recorded in New York at 23:30: already 04:30 the next morning in London.
        session("2026-11-24T23:30:00-05:00", minutes=3),
        # Recorded in Paris at 00:30: still 23:30 the evening before in London.
        session("2026-11-26T00:30:00+01:00", minutes=4),
        session("2026-11-25T08:00:00Z", minutes=5),
    ]
    per_day = by_date(minutes_per_day(sessions, date(2026, 11, 25), days=3, tz=LONDON))
    assert per_day == {date(2026, 11, 23): 0, date(2026, 11, 24): 0, date(2026, 11, 25): 12}
    assert stats.local_day(sessions[0], LONDON) == date(2026, 11, 25)
    assert stats.local_day(sessions[0], NEW_YORK) == date(2026, 11, 24)


def test_without_a_zone_the_system_local_zone_is_used():
    record = session("2026-11-25T12:00:00+00:00")
    expected = datetime.fromisoformat(record.started_at).astimezone().date()
    assert stats.local_day(record) == expected
    assert localize([record]).day(0) == expected


def test_completed_and_partial_minutes_are_kept_apart():
    day = date(2026, 11, 25)
    sessions = [
        session(at(day, 7), minutes=10),
        session(at(day, 12), minutes=2.5, completed=False),
        session(at(day, 19), minutes=15),
    ]
    [total] = minutes_per_day(sessions, day, days=1, tz=LONDON)
    assert (total.completed_minutes, total.partial_minutes) == (25, 2.5)


# --- weeks ----------------------------------------------------------------------------------------


def test_weeks_are_iso_weeks_from_monday_ending_this_week():
    today = date(2027, 1, 1)  # a Friday; its week began on Monday 28 December 2026
    sessions = [
        session(at(date(2026, 12, 28), 7), minutes=10),  # Monday this week
        session(at(date(2026, 12, 27), 22), minutes=20, completed=False),  # Sunday last week
        session(at(date(2026, 12, 21), 7), minutes=30),  # Monday last week
        session(at(date(2026, 10, 1), 7), minutes=99),  # outside the 12 weeks
    ]
    weeks = minutes_per_week(sessions, today, weeks=12, tz=LONDON)
    assert len(weeks) == 12
    assert weeks[-1].week_start == date(2026, 12, 28)
    assert weeks[0].week_start == date(2026, 10, 12)
    assert all(week.week_start.weekday() == 0 for week in weeks)
    assert (weeks[-1].completed_minutes, weeks[-1].partial_minutes) == (10, 0)
    assert (weeks[-2].completed_minutes, weeks[-2].partial_minutes) == (30, 20)
    assert sum(week.total_minutes for week in weeks) == 60


def test_this_week_and_last_week_across_a_year_boundary():
    today = date(2027, 1, 3)  # Sunday, the last day of the week that began 28 December
    sessions = [
        session(at(date(2027, 1, 3), 20), minutes=5),
        session(at(date(2026, 12, 28), 0, 10), minutes=7),
        session(at(date(2026, 12, 27), 23, 50), minutes=11),  # Sunday: last week
        session(at(date(2026, 12, 21), 9), minutes=13),
        session(at(date(2026, 12, 20), 9), minutes=17),  # the week before last
    ]
    result = summary(sessions, today, tz=LONDON)
    assert result.minutes_this_week == 12
    assert result.minutes_last_week == 24


# --- summary --------------------------------------------------------------------------------------


def test_an_empty_history():
    result = summary([], date(2026, 11, 25), tz=LONDON)
    assert result == stats.Summary(0, 0.0, 0, 0, 0.0, 0.0, [])
    assert len(minutes_per_day([], date(2026, 11, 25), tz=LONDON)) == 30
    assert len(minutes_per_week([], date(2026, 11, 25), tz=LONDON)) == 12
    assert export_csv_text([]).splitlines() == [",".join(CSV_HEADER)]


def test_a_single_session():
    today = date(2026, 11, 25)
    result = summary([session(at(today), minutes=12.5)], today, tz=LONDON)
    assert result.total_sessions == 1
    assert result.total_minutes == 12.5
    assert (result.current_streak, result.best_streak) == (1, 1)
    assert result.minutes_this_week == 12.5
    assert result.sessions_per_routine == [RoutineTotal("Quick reset", 1, 750, "quick-reset")]


def days_before(today: date, *offsets: int) -> list[SessionRecord]:
    return [session(at(today - timedelta(days=offset))) for offset in offsets]


def test_the_current_streak_ends_today_and_a_gap_breaks_it():
    today = date(2026, 11, 25)
    # today, 1, 2 days ago; a gap at 3; then a five-day run from 4 to 8 days ago.
    sessions = days_before(today, 0, 0, 1, 2, 4, 5, 6, 7, 8)
    result = summary(sessions, today, tz=LONDON)
    assert result.current_streak == 3
    assert result.best_streak == 5


def test_the_current_streak_still_counts_from_yesterday_before_todays_session():
    today = date(2026, 11, 25)
    result = summary(days_before(today, 1, 2, 3, 4), today, tz=LONDON)
    assert result.current_streak == 4
    assert result.best_streak == 4


def test_the_current_streak_is_over_after_a_whole_day_without_practice():
    today = date(2026, 11, 25)
    result = summary(days_before(today, 2, 3, 4), today, tz=LONDON)
    assert result.current_streak == 0
    assert result.best_streak == 3


def test_a_streak_runs_through_a_dst_change_and_a_month_end():
    today = date(2026, 11, 1)
    sessions = [
        session(at(date(2026, 10, 24), 8)),
        session("2026-10-25T00:30:00+01:00"),  # the 25-hour day
        session(at(date(2026, 10, 26), 8)),
        *[session(at(date(2026, 10, 27) + timedelta(days=n), 8)) for n in range(6)],
    ]
    result = summary(sessions, today, tz=LONDON)
    assert result.current_streak == 9
    assert result.best_streak == 9


def test_sessions_per_routine_most_first_with_the_newest_title():
    today = date(2026, 11, 25)
    sessions = [
        session(at(today - timedelta(days=3)), 10, routine_id="eve", title="Evening"),
        session(at(today - timedelta(days=2)), 10, routine_id="eve", title="Evening unwind"),
        session(at(today - timedelta(days=1)), 30, routine_id="deep", title="Deep release"),
        session(at(today), 4, routine_id="quick", title="Quick reset"),
        session(at(today, 8), 4, routine_id="quick", title="Quick reset", completed=False),
        session(at(today, 9), 5, routine_id="quick", title="Quick reset"),
    ]
    result = summary(sessions, today, tz=LONDON)
    assert result.sessions_per_routine == [
        ("Quick reset", 3, 13 * 60, "quick"),
        ("Evening unwind", 2, 20 * 60, "eve"),  # renamed: counted once, under its newest title
        ("Deep release", 1, 30 * 60, "deep"),
    ]
    assert result.total_sessions == 6
    assert result.total_minutes == 63


def test_overview_matches_the_separate_functions():
    today = date(2026, 11, 25)
    sessions = days_before(today, 0, 1, 3, 10, 40, 100)
    result = stats.overview(sessions, today, tz=LONDON)
    assert result.summary == summary(sessions, today, tz=LONDON)
    assert result.per_day == minutes_per_day(sessions, today, tz=LONDON)
    assert result.per_week == minutes_per_week(sessions, today, tz=LONDON)
    assert result.history.records == sessions[::-1]


LOCAL_TIMES = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=60, deadline=None)
@given(
    starts=st.lists(LOCAL_TIMES, max_size=40),
    zone=st.sampled_from([LONDON, NEW_YORK, ZoneInfo("Australia/Lord_Howe")]),
    today=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
)
def test_minutes_per_day_and_per_week_account_for_every_minute_in_range(starts, zone, today):
    sessions = [
        session(start.astimezone(zone).isoformat(), minutes=1 + n % 7)
        for n, start in enumerate(starts)
    ]
    days = minutes_per_day(sessions, today, days=84, tz=zone)
    weeks = minutes_per_week(sessions, today, weeks=12, tz=zone)
    first_day = today - timedelta(days=83)
    in_days = sum(
        s.active_seconds / 60 for s in sessions if first_day <= stats.local_day(s, zone) <= today
    )
    assert sum(day.total_minutes for day in days) == pytest.approx(in_days)
    assert len({day.date for day in days}) == 84
    first_week = stats.week_start(today) - timedelta(weeks=11)
    in_weeks = sum(
        s.active_seconds / 60
        for s in sessions
        if first_week <= stats.local_day(s, zone) < stats.week_start(today) + timedelta(weeks=1)
    )
    assert sum(week.total_minutes for week in weeks) == pytest.approx(in_weeks)


@settings(max_examples=80, deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["add", "replace", "remove"]),
            LOCAL_TIMES,
            st.integers(min_value=0, max_value=90),
            st.sampled_from(["quick-reset", "evening", "desk"]),
            st.integers(min_value=0, max_value=10**6),
        ),
        max_size=40,
    )
)
def test_figures_kept_up_to_date_equal_figures_worked_out_afresh(steps):
    today = date(2026, 6, 15)
    live = localize([], LONDON)
    stats.overview(live, today, tz=LONDON)  # the totals exist, and must now follow every change
    kept: dict[str, SessionRecord] = {}
    for action, start, minutes, routine, pick in steps:
        chosen = sorted(kept)[pick % len(kept)] if kept else None
        if action == "add" or chosen is None:
            record = session(
                start.astimezone(LONDON).isoformat(), minutes, minutes % 3 != 0, routine, routine
            )
            live.add(record)
            kept[record.id] = record
        elif action == "replace":
            previous = kept[chosen]
            record = previous._replace(active_seconds=minutes * 60.5, routine_title=f"T{pick}")
            live.add(record, previous=previous)
            kept[chosen] = record
        else:
            assert live.remove(kept.pop(chosen))
    afresh = stats.overview(list(kept.values()), today, tz=LONDON)
    updated = stats.overview(live, today, tz=LONDON)
    assert updated.summary == afresh.summary
    assert updated.per_day == afresh.per_day
    assert updated.per_week == afresh.per_week
    assert updated.goal == afresh.goal
    assert updated.year == afresh.year
    assert sorted(updated.history.records) == sorted(afresh.history.records)


def test_sessions_of_no_time_removed_one_by_one_leave_the_week_as_worked_out_afresh():
    today = date(2026, 6, 15)
    first, second = (session(at(today - timedelta(days=day)), minutes=0) for day in (1, 2))
    live = localize([first, second], LONDON)
    stats.overview(live, today, tz=LONDON)
    assert live.remove(first)
    assert stats.overview(live, today, tz=LONDON).per_week == (
        stats.overview([second], today, tz=LONDON).per_week
    )
    assert live.remove(second)
    assert stats.overview(live, today, tz=LONDON).per_week == (
        stats.overview([], today, tz=LONDON).per_week
    )


# --- CSV ------------------------------------------------------------------------------------------


def test_csv_export_has_a_bom_a_header_iso_times_and_rows_oldest_first(tmp_path):
    newer = session("2026-11-25T07:30:00+00:00", minutes=12.5, title='Evening, "slow" ünwind')
    older = session("2026-11-25T01:00:00-05:00", minutes=4, completed=False)  # 06:00 UTC
    path = tmp_path / "history.csv"
    assert export_csv([newer, older], path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\xef\xbb\xbf") == 1
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(CSV_HEADER)
    assert rows[0][:3] == ["id", "routine_id", "routine"]
    assert [row[0] for row in rows[1:]] == [older.id, newer.id]
    first, second = rows[1], rows[2]
    assert first[3] == "2026-11-25T01:00:00-05:00"  # exactly as stored
    assert first[5:] == ["4.00", "10.00", "2", "5", "no"]
    assert second[2] == 'Evening, "slow" ünwind'
    assert second[3] == "2026-11-25T07:30:00+00:00"
    assert second[4] == newer.ended_at
    assert second[5] == "12.50"
    assert second[9] == "yes"
    assert datetime.fromisoformat(second[3]) == datetime.fromisoformat(newer.started_at)


def test_csv_export_replaces_an_existing_file_whole_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "history.csv"
    path.write_text("old content that is longer than the new one " * 100)
    assert export_csv([session("2026-11-25T07:30:00+00:00")], path) == 1
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o644


def test_a_failed_csv_export_leaves_the_old_file_and_raises(tmp_path, monkeypatch):
    path = tmp_path / "history.csv"
    path.write_text("old")

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        export_csv([session("2026-11-25T07:30:00+00:00")], path)
    assert path.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


def test_csv_text_cells_cannot_start_a_spreadsheet_formula():
    record = session("2026-11-25T07:30:00+00:00", title='=HYPERLINK("http://x")')
    rows = list(csv.reader(export_csv_text([record]).splitlines()))
    assert rows[1][2] == '\'=HYPERLINK("http://x")'


def test_the_stats_module_does_not_import_qt():
    code = "import sys, psoas_timer.core.stats; print(any('PySide6' in m for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- rounding once, the weekly goal, a year at a glance -------------------------------------------


def test_parts_add_up_to_the_whole_to_the_second():
    today = date(2026, 11, 25)
    # 0.4 s and 0.4 s would be 0 and 0 against a rounded total of 1 if rounded apart.
    sessions = [
        session(at(today, 7), minutes=0.35, routine_id="a", title="A"),  # a 21 s session
        session(at(today, 8), minutes=81.4 / 60, routine_id="b", title="B"),
        session(at(today, 9), minutes=35.4 / 60, routine_id="b", title="B"),
    ]
    result = summary(sessions, today, tz=LONDON)
    assert [total.seconds for total in result.sessions_per_routine] == [81 + 35, 21]
    assert sum(total.seconds for total in result.sessions_per_routine) * 60 == pytest.approx(
        result.total_minutes * 3600
    )
    assert result.sessions_per_routine[1].seconds == 21  # never "0"
    (week,) = minutes_per_week(sessions, today, weeks=1, tz=LONDON)
    assert week.total_minutes * 60 == pytest.approx(137)


def week_of(monday: date, *minutes: float) -> list[SessionRecord]:
    return [session(at(monday + timedelta(days=n)), amount) for n, amount in enumerate(minutes)]


def test_the_weekly_goal_counts_this_monday_to_sunday_and_its_streak_of_weeks():
    today = date(2026, 11, 25)  # a Wednesday; the week began Monday 23rd
    monday = date(2026, 11, 23)
    sessions = [
        *week_of(monday - timedelta(weeks=4), 60),  # met, but the week after breaks it
        *week_of(monday - timedelta(weeks=3), 10),
        *week_of(monday - timedelta(weeks=2), 30, 30),  # met exactly
        *week_of(monday - timedelta(weeks=1), 20, 20, 20, 5),
        *week_of(monday, 15, 10),  # this week, open
    ]
    goal = stats.weekly_goal(sessions, today, 60, tz=LONDON)
    assert (goal.minutes_this_week, goal.goal_minutes, goal.met) == (25, 60, False)
    assert goal.fraction == pytest.approx(25 / 60)
    assert goal.minutes_to_go == 35
    assert goal.current_streak == 2  # last week and the one before; this week still open
    assert goal.best_streak == 2

    sessions += week_of(today, 40)
    goal = stats.weekly_goal(sessions, today, 60, tz=LONDON)
    assert goal.met and goal.fraction == 1.0 and goal.minutes_to_go == 0
    assert goal.current_streak == goal.best_streak == 3


def test_a_week_missed_ends_the_weekly_streak_and_a_nearly_met_goal_is_not_met():
    today = date(2026, 11, 25)
    monday = date(2026, 11, 23)
    sessions = [
        *week_of(monday - timedelta(weeks=3), 60),
        *week_of(monday - timedelta(weeks=2), 60),
        *week_of(monday - timedelta(weeks=1), 59 + 50 / 60),  # ten seconds short
    ]
    goal = stats.weekly_goal(sessions, today, 60, tz=LONDON)
    assert goal.current_streak == 0 and goal.best_streak == 2
    last_week = stats.weekly_goal(sessions, monday - timedelta(days=1), 60, tz=LONDON)
    assert not last_week.met and last_week.minutes_this_week == 59
    assert last_week.minutes_to_go == 1


def test_a_year_at_a_glance_has_every_day_of_the_last_twelve_months():
    today = date(2026, 11, 25)
    sessions = [
        session(at(today), 12),
        session(at(today, 19), 3),
        session(at(date(2025, 11, 26)), 4),  # the first day shown
        session(at(date(2025, 11, 25)), 99),  # a year ago today: not shown
        session(at(date(2026, 6, 1)), 30),
    ]
    year = stats.year_of_days(sessions, today, goal_minutes=70, tz=LONDON)
    assert year.first == date(2025, 11, 26) and year.today == today
    assert len(year.seconds) == 365 and year.day(364) == today
    assert year.seconds[-1] == 15 * 60 and year.sessions[-1] == 2
    assert year.seconds[0] == 4 * 60
    assert sum(year.seconds) == (15 + 4 + 30) * 60
    assert year.thresholds == (5, 10, 20)  # half, one and two tenths of the week's goal
    june = year.index(date(2026, 6, 1))
    assert [year.level(i) for i in (0, 364, june, 1)] == [1, 3, 4, 0]
    assert year.index(date(2025, 11, 25)) is None


def test_a_year_at_a_glance_from_the_29th_of_february():
    year = stats.year_of_days([], date(2028, 2, 29), tz=LONDON)
    assert year.first == date(2027, 3, 1) and len(year.seconds) == 366
