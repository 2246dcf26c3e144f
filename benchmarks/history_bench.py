"""How history scales: load, save one more session, statistics and the page, at 11,000
sessions (three a day for ten years), 30 years of one a day (10,957) and 200,000 sessions.

For each size, sessions (ending today) are written once into a temporary data
folder as one computer's journal; each measurement is then repeated and its median reported
in milliseconds. What is measured is what the app does:

- load: what the user waits for at a start until the app has their history ready: every
  computer's history read and merged, the sessions' local days and totals (as the reading
  thread does), and the figures the page shows worked out from them; with the snapshot the app
  keeps in its cache folder (every start but the first); load_cold: the same at a first start
  (or after the cache was cleared), which also writes the snapshot;
- read: of load, the reading and merging alone (for information);
- save: one more session saved as the recorder saves it, in progress (save_progress) and
  finished (save_final), each with its fsync; save is the slower of the two;
- stats_refresh: after one more session, the figures the page shows, worked out again;
- page: the history page built, refreshed and drawn at 1366x768; page_refresh: refreshed.

    .venv/bin/python benchmarks/history_bench.py [--runs 7] [--sizes 11000,200000] [--json]
"""

from __future__ import annotations

import argparse
import gc
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
from psoas_timer.core.history import (
    FOLDER_NAME,
    JOURNAL_SUFFIX,
    HistoryStore,
    SessionRecord,
    journal_header,
    session_line,
)

THIRTY_YEARS = 30 * 365 + 7  # once a day for 30 years, leap days included
SIZES = (11_000, THIRTY_YEARS, 200_000)
PER_DAY = 3
PAGE_SIZE = (1366, 768)
DEVICE = "bench-computer-aaaa1111"
ROUTINES = [
    ("quick-reset", "Quick reset", 240),
    ("evening-unwind", "Evening unwind", 900),
    ("desk-hips", "Desk-worker hips", 600),
    ("deep-psoas", "Deep psoas release", 1500),
    ("morning", "Morning mobility", 720),
]


def make_sessions(today: date, count: int, per_day: int | None = None) -> list[SessionRecord]:
    """`count` sessions ending today: `per_day` a day, or by default three a day (07:00,
    13:00, 20:30), ten years of practice for 11,000; for more, a household's, more a day so as
    to span at most 60 years."""
    if per_day is None and count == THIRTY_YEARS:
        per_day = 1
    per_day = per_day or max(PER_DAY, -(-count // (60 * 365)))
    times = (
        [(7, 0), (13, 0), (20, 30)][:per_day]
        if per_day <= PER_DAY
        else [(6 + (15 * slot) // per_day, (37 * slot) % 60) for slot in range(per_day)]
    )
    first_day = today - timedelta(days=(count - 1) // per_day)
    records = []
    for number in range(count):
        day = first_day + timedelta(days=number // per_day)
        hour, minute = times[number % per_day]
        start = datetime(day.year, day.month, day.day, hour, minute).astimezone()
        routine_id, title, planned = ROUTINES[number % len(ROUTINES)]
        completed = number % 7 != 0
        active = planned if completed else planned * 0.4
        records.append(
            SessionRecord(
                id=f"{number:08d}-b7c4f1a2e3d54c6b8a9f0e1d2c3b4a5",
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


def write_history(folder: Path, today: date, count: int, per_day: int | None = None) -> Path:
    """A data folder holding `count` sessions (`per_day` a day, see make_sessions) in one
    computer's journal; returns the journal."""
    journal = folder / FOLDER_NAME / f"{DEVICE}{JOURNAL_SUFFIX}"
    journal.parent.mkdir(parents=True, exist_ok=True)
    with open(journal, "wb") as file:
        file.write(journal_header(DEVICE))
        sessions = make_sessions(today, count, per_day)
        file.writelines(session_line(record, 3) for record in sessions)
    return journal


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, fastest) wall time of `action` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def quiet(message: str) -> None:
    print(message, file=sys.stderr)


def load_figures(store: HistoryStore) -> stats.LocalHistory:
    """What the page's reading thread does: read, then local days and totals."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        read, _ = store.load()
        local = stats.local_history(read)
    finally:
        if collecting:
            gc.enable()
    return local


def history_ready(store: HistoryStore, today: date) -> stats.Overview:
    """What the user waits for: the reading thread's work, then the page's figures."""
    return stats.overview(load_figures(store), today)


def measure(count: int, runs: int, today: date, folder: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from psoas_timer.ui.history import HistoryPage
    from psoas_timer.ui.history.loading import LiveHistory

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = folder / f"data-{count}"
    journal = write_history(data, today, count)
    snapshot = folder / f"snapshot-{count}"
    results: dict[str, float] = {"journal_kib": round(journal.stat().st_size / 1024)}

    def store(with_snapshot: bool = True) -> HistoryStore:
        made = HistoryStore(data, quiet, DEVICE, snapshot=snapshot if with_snapshot else None)
        made.claim()
        return made

    timings: dict[str, tuple[float, float]] = {}

    def first_start() -> stats.Overview:
        snapshot.unlink(missing_ok=True)
        return history_ready(store(), today)

    timings["load_cold"] = median_ms(first_start, max(3, runs // 2))  # writes the snapshot ...
    assert snapshot.exists()
    timings["load"] = median_ms(lambda: history_ready(store(), today), runs)  # ... used later
    results["snapshot_kib"] = round(snapshot.stat().st_size / 1024)
    timings["read"] = median_ms(lambda: store().load(), runs)

    writer = store()
    local = load_figures(writer)
    template = local.records[-1]
    extra = iter(range(10**6))

    def one_more(final: bool) -> SessionRecord:
        record = template._replace(id=f"extra-{next(extra):06d}")
        writer.save(record, final=final)
        return record

    before = journal.stat().st_size
    timings["save_final"] = median_ms(lambda: one_more(True), runs)
    results["journal_bytes_per_session"] = round((journal.stat().st_size - before) / runs)
    timings["save_progress"] = median_ms(lambda: one_more(False), runs)
    timings["save"] = max(
        (timings["save_final"], timings["save_progress"]), key=lambda timing: timing[0]
    )

    def refresh_after_one_more() -> None:
        local.add(template._replace(id=f"extra-{next(extra):06d}"))
        stats.overview(local, today)

    stats.overview(local, today)  # the page's first figures
    timings["stats_refresh"] = median_ms(refresh_after_one_more, runs)

    live = LiveHistory(store())
    live.load_now()

    def draw_page() -> None:
        page = HistoryPage(live, lambda: today)
        page.resize(*PAGE_SIZE)
        page.refresh()
        pixmap = page.grab()
        assert pixmap.width() == PAGE_SIZE[0]
        page.deleteLater()
        app.processEvents()

    timings["page"] = median_ms(draw_page, max(3, runs // 2))
    page = HistoryPage(live, lambda: today)
    page.resize(*PAGE_SIZE)
    page.grab()
    timings["page_refresh"] = median_ms(page.refresh, runs)
    page.deleteLater()
    app.processEvents()
    for name, (median, fastest) in timings.items():
        results[f"{name}_ms"] = round(median, 2)
        results[f"{name}_min_ms"] = round(fastest, 2)
    return results


def run(runs: int, sizes: tuple[int, ...] = SIZES) -> dict[str, object]:
    today = date.today()
    results: dict[str, object] = {"runs": runs, "sizes": list(sizes)}
    with tempfile.TemporaryDirectory(prefix="psoas-history-bench-") as folder:
        for count in sizes:
            results[str(count)] = measure(count, runs, today, Path(folder))
            gc.unfreeze()
            gc.collect()
    return results


LABELS = {
    "load": "load: read + days, totals + page figures (snapshot)",
    "load_cold": "load at a first start (no snapshot; writes it)",
    "read": "of load: read and merge alone (snapshot)",
    "save_progress": "save: one more session, in progress",
    "save_final": "save: one more session, finished",
    "stats_refresh": "statistics refresh after one more session",
    "page": "history page: build + refresh + grab 1366x768",
    "page_refresh": "history page: refresh only",
}


def print_table(results: dict[str, object]) -> None:
    sizes = results["sizes"]
    assert isinstance(sizes, list)
    for count in sizes:
        figures = results[str(count)]
        assert isinstance(figures, dict)
        print(
            f"{count:,} sessions: journal {figures['journal_kib']:,} KiB, snapshot "
            f"{figures['snapshot_kib']:,} KiB, {figures['journal_bytes_per_session']} bytes "
            f"written per session; median of {results['runs']} runs"
        )
        print(f"  {'measurement':<52} {'median ms':>10} {'fastest ms':>11}")
        for key, label in LABELS.items():
            print(f"  {label:<52} {figures[key + '_ms']:>10.1f} {figures[key + '_min_ms']:>11.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions per measurement (>= 5)")
    parser.add_argument(
        "--sizes",
        default=",".join(str(size) for size in SIZES),
        help="history sizes to measure, comma-separated",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5")
    sizes = tuple(int(size) for size in args.sizes.split(","))
    results = run(args.runs, sizes)
    if args.json:
        print(json.dumps(results))
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
