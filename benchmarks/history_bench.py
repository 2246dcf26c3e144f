"""How long ten years of history takes: load, save one more session, statistics, drawing the page.

11,000 sessions (three a day for ten years) are written once into a temporary data folder; each
measurement is then repeated and its median reported in milliseconds.

    .venv/bin/python benchmarks/history_bench.py [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from psoas_timer.core import stats
from psoas_timer.core.store import HistoryStore, SessionRecord

SESSIONS = 11_000
PER_DAY = 3
PAGE_SIZE = (1366, 768)
ROUTINES = [
    ("quick-reset", "Quick reset", 240),
    ("evening-unwind", "Evening unwind", 900),
    ("desk-hips", "Desk-worker hips", 600),
    ("deep-psoas", "Deep psoas release", 1500),
    ("morning", "Morning mobility", 720),
]


def make_sessions(today: date, count: int = SESSIONS) -> list[SessionRecord]:
    """`count` sessions, three a day at 07:00, 13:00 and 20:30 local time, ending today."""
    first_day = today - timedelta(days=(count - 1) // PER_DAY)
    records = []
    for number in range(count):
        day = first_day + timedelta(days=number // PER_DAY)
        hour, minute = ((7, 0), (13, 0), (20, 30))[number % PER_DAY]
        start = datetime(day.year, day.month, day.day, hour, minute).astimezone()
        routine_id, title, planned = ROUTINES[number % len(ROUTINES)]
        completed = number % 7 != 0
        active = planned if completed else planned * 0.4
        records.append(
            SessionRecord(
                id=f"bench-{number:06d}",
                routine_id=routine_id,
                routine_title=title,
                started_at=start.isoformat(timespec="seconds"),
                ended_at=(start + timedelta(seconds=active)).isoformat(timespec="seconds"),
                planned_seconds=float(planned),
                active_seconds=float(active),
                steps_completed=6 if completed else 2,
                steps_total=6,
                completed=completed,
            )
        )
    return records


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, fastest) wall time of `action` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def run(runs: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from psoas_timer.ui.history import HistoryPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = date.today()
    results: dict[str, object] = {"sessions": SESSIONS, "runs": runs}
    with tempfile.TemporaryDirectory(prefix="psoas-history-bench-") as folder:
        path = Path(folder) / "history.json"
        writer = HistoryStore(path, print)
        writer.sessions = make_sessions(today)
        writer.flush(force=True)
        results["file_kib"] = round(path.stat().st_size / 1024)

        timings: dict[str, tuple[float, float]] = {}
        timings["load"] = median_ms(lambda: HistoryStore(path, print), runs)
        store = HistoryStore(path, print)
        assert len(store.sessions) == SESSIONS

        extra = iter(range(runs))

        def save_one() -> None:
            template = store.sessions[-1]
            number = next(extra)
            store.save(SessionRecord(**{**template.to_dict(), "id": f"bench-extra-{number}"}))

        timings["save"] = median_ms(save_one, runs)
        sessions = store.sessions

        def three_calls() -> None:
            stats.summary(sessions, today)
            stats.minutes_per_day(sessions, today)
            stats.minutes_per_week(sessions, today)

        def three_calls_first_time() -> None:
            stats.clear_cache()  # as just after start-up: every start time parsed
            three_calls()

        timings["stats_cold"] = median_ms(three_calls_first_time, runs)
        timings["stats"] = median_ms(three_calls, runs)
        timings["stats_one_pass"] = median_ms(lambda: stats.overview(sessions, today), runs)

        def load_and_stats_first_time() -> None:
            stats.clear_cache()
            loaded = HistoryStore(path, print).sessions
            stats.overview(loaded, today)

        timings["load_and_stats"] = median_ms(load_and_stats_first_time, runs)

        def draw_page() -> None:
            page = HistoryPage(store, lambda: today)
            page.resize(*PAGE_SIZE)
            page.refresh()
            pixmap = page.grab()
            assert pixmap.width() == PAGE_SIZE[0]
            page.deleteLater()
            app.processEvents()

        timings["page"] = median_ms(draw_page, runs)

        page = HistoryPage(store, lambda: today)
        page.resize(*PAGE_SIZE)
        page.grab()
        timings["page_refresh"] = median_ms(page.refresh, runs)
        page.deleteLater()
        app.processEvents()

    for name, (median, fastest) in timings.items():
        results[f"{name}_ms"] = round(median, 2)
        results[f"{name}_min_ms"] = round(fastest, 2)
    return results


LABELS = {
    "load": "load (HistoryStore constructor)",
    "save": "save one more session",
    "stats_cold": "statistics: summary + per day + per week, first",
    "stats": "statistics: the same again (times parsed)",
    "stats_one_pass": "statistics: overview, as the page asks",
    "load_and_stats": "load + overview, first time",
    "page": "history page: build + refresh + grab 1366x768",
    "page_refresh": "history page: refresh only",
}


def print_table(results: dict[str, object]) -> None:
    print(
        f"{results['sessions']:,} sessions, history.json {results['file_kib']:,} KiB, "
        f"median of {results['runs']} runs"
    )
    print(f"{'measurement':<52} {'median ms':>10} {'fastest ms':>11}")
    for key, label in LABELS.items():
        print(f"{label:<52} {results[key + '_ms']:>10.1f} {results[key + '_min_ms']:>11.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions per measurement (>= 5)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5")
    results = run(args.runs)
    if args.json:
        print(json.dumps(results))
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
