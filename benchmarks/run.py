"""Psoas Timer benchmarks: every figure with its target, measured in one run on this machine.

    .venv/bin/python benchmarks/run.py            # a table; about 13 minutes on two cores
    .venv/bin/python benchmarks/run.py --json     # the same figures as one JSON object
    .venv/bin/python benchmarks/run.py --quick    # 10-second windows and fewer runs (<2 min)

Every figure is the median of several runs (at least 5 for the short measurements, 3 for the
60-second ones), and every comparison is a ratio of two medians measured in the same run, the
two kinds of run taking turns so that they share the machine's noise. Windows are opened with
QT_QPA_PLATFORM=offscreen in child processes (benchmarks/app_probe.py); their times are
CLOCK_MONOTONIC, which parent and child share, so start-up is measured from the moment the
parent spawned the child.

  1. start-up: spawn to the main window's first frame, the app against a bare PySide6 window
     (QApplication and one empty QMainWindow of the same size); for information, also with
     11,000 sessions of history, and the floor under the app's first frame: a window of the
     widgets its library page shows, with placeholder text and no app behind them.
     1b. the history page with 30 years of daily practice (10,957 sessions): Ctrl+2 at the
     first frame, spawn to the page and to its figures on screen, on a virtual X display
     (Xvfb) when installed, at a first start and a later one (the snapshot in the cache).
  2. timer accuracy: (a) a simulated 60-minute routine with random pauses through the session
     engine on a FakeClock: practice time against plan, and the finish moment against start +
     paused time + routine length; (b) the real window running a routine of long holds for
     60 s: when each new second appears in the player's countdown label against the true second
     boundary (session start + k), and any second skipped or shown out of turn; again with a
     busy process on one core.
  3. CPU: process CPU time / wall time, the player running (over the same 60 s windows as 2b),
     and the library page left alone (those runs share the machine with the 2b runs under load;
     an idle process needs next to no processor, and its own CPU time is what is counted, from
     /proc, with each thread's CPU time and wake-ups: the audio side's threads are counted
     apart, and for reference the same with the sound device held open).
  4. peak resident memory of the process running the player: its own high-water mark
     (VmHWM), the highest of the runs. Not getrusage's: a process started by vfork inherits
     its parent's peak there, the runner's (see probe_tools.max_rss_kib).
  5. history at 11,000 sessions, 30 years of daily practice and 200,000 sessions:
     benchmarks/history_bench.py.
  6. audio cue delay: benchmarks/audio_latency.py --json, when it is there.
  7. event-loop stalls in a running routine, with an empty history and with 11,000 and 200,000
     sessions (read on a thread of its own from the first frame, with no snapshot, as at the
     first start: the worst case), and the countdown meanwhile.
  8. sound onsets: benchmarks/audio_onsets.py, each cue's onset in the SDL disk driver's output
     stream over whole built-in routines, with and without the voice: tones and phrases from
     the cue's moment, movement words against their beats, and the cues never heard; then
     one routine started while 200,000 sessions of history are read behind it (as at a first
     start), against the same routine with none, taking turns.
  9. Start: Enter on the library page until the get-ready screen is painted, with an empty
     voice cache, pressed as soon as the routine is chosen (its phrases are rendered behind the
     screen) and a while after (they were rendered meanwhile), and the event loop's longest
     gap while they render.
 10. CPU on rhythmic steps: the real app (main.py --start) on an X display (an Xvfb of its
     own when xvfb is installed; else offscreen, and the figure says which), the whole process
     from /proc, and each thread's share, SDL's audio thread apart (rhythmic_figures.py).

The child processes use the SDL "dummy" audio driver, so the cue player's mixer opens (and
its audio thread runs) while a routine runs, as on a machine with sound, without making any;
their XDG cache (the rendered voice phrases) and state (a device id) are temporary folders,
never the user's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))

import harness  # noqa: E402
from engine_figures import bench_simulated  # noqa: E402
from harness import FULL, QUICK, BenchmarkError, Figure, Plan, Report, log, machine  # noqa: E402
from rhythmic_figures import bench_rhythmic  # noqa: E402
from script_figures import bench_audio, bench_history  # noqa: E402
from sound_figures import bench_onsets, bench_start  # noqa: E402
from startup_figures import bench_history_page, bench_startup  # noqa: E402
from table import print_table, without_nan  # noqa: E402
from window_figures import bench_loaded_and_idle, bench_player, bench_stalls  # noqa: E402


def run_all(plan: Plan, mode: str, only: str | None = None) -> tuple[dict[str, Any], list[Figure]]:
    began = time.monotonic()
    report = Report()
    steps: list[tuple[str, Callable[[Path], None]]] = [
        ("timer accuracy: simulated hour", lambda _folder: bench_simulated(plan, report)),
        ("start-up", lambda folder: bench_startup(plan, report, folder)),
        (
            "history page with 30 years of daily practice",
            lambda folder: bench_history_page(plan, report, folder),
        ),
        ("history at 11,000, 30 years daily, 200,000", lambda _folder: bench_history(plan, report)),
        ("audio cue delay", lambda _folder: bench_audio(plan, report)),
        ("player: countdown, CPU, memory", lambda folder: bench_player(plan, report, folder)),
        (
            "player under load; idle library page",
            lambda folder: bench_loaded_and_idle(plan, report, folder),
        ),
        (
            "event-loop stalls, 11,000 and 200,000 sessions",
            lambda folder: bench_stalls(plan, report, folder),
        ),
        ("audio onsets in the output stream", lambda _folder: bench_onsets(plan, report)),
        ("start to the get-ready screen", lambda folder: bench_start(plan, report, folder)),
        ("CPU on rhythmic steps", lambda folder: bench_rhythmic(plan, report, folder)),
    ]
    if only:
        steps = [(title, step) for title, step in steps if title.startswith(only)]
    with tempfile.TemporaryDirectory(prefix="psoas-bench-") as scratch:
        harness.CACHE_HOME[:] = [Path(scratch) / "cache"]
        for number, (title, step) in enumerate(steps, start=1):
            log(f"[{number}/{len(steps)}] {title} (at {time.monotonic() - began:.0f} s)")
            folder = Path(scratch) / f"step-{number}"
            folder.mkdir()
            try:
                step(folder)
            except (BenchmarkError, OSError, subprocess.SubprocessError) as error:
                log(f"  failed: {error}")
                report.errors.append(f"{title}: {error}")
                report.missing(f"error_{number}", title, "-", "-", f"failed: {error}")
    document = {
        "benchmark": "psoas-timer",
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "mode": mode,
        "machine": machine(),
        "plan": asdict(plan),
        "elapsed_seconds": round(time.monotonic() - began, 1),
        "figures": {
            figure.key: {
                "name": figure.name,
                "value": None if figure.value is None else round(figure.value, 4),
                "unit": figure.unit,
                "target": figure.target,
                "pass": figure.passed,
                **({"note": figure.note} if figure.note else {}),
            }
            for figure in report.figures
        },
        "details": report.details,
        "errors": report.errors,
    }
    return document, report.figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument(
        "--quick", action="store_true", help="10-second windows and fewer runs: a smoke test"
    )
    parser.add_argument(
        "--only",
        metavar="TITLE",
        help="run only the groups whose title starts with TITLE, e.g. start-up",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    document, figures = run_all(plan, "quick" if args.quick else "full", args.only)
    if args.json:
        print(json.dumps(without_nan(document), allow_nan=False))
    else:
        print_table(document, figures)
    return 1 if document["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
