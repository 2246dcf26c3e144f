"""5, 6. Figures from the other scripts here: history at 11,000 sessions, 30 years of daily
practice and 200,000 sessions
(history_bench, in this process) and the audio cue delay (audio_latency.py --json, a child
process)."""

from __future__ import annotations

import contextlib
import json
import math
import subprocess
import sys
from typing import Any

import history_bench
from harness import BENCH_DIR, ROOT, BenchmarkError, Plan, Report, child_env, log

AUDIO_SCRIPT = BENCH_DIR / "audio_latency.py"


def bench_history(plan: Plan, report: Report) -> None:
    with contextlib.redirect_stdout(sys.stderr):  # stdout carries only the report
        results = history_bench.run(plan.history_runs)
    report.details["history"] = results
    rows = [
        ("load", "load: read, days, totals and the page's figures", "<= 300", 300.0),
        ("load_cold", "load at a first start (no snapshot yet)", "", None),
        ("read", "of load: reading and merging alone", "", None),
        ("save", "save one more session (slower of in progress, finished)", "<= 5", 5.0),
        ("stats_refresh", "statistics refresh after one more session", "<= 50", 50.0),
        ("page", "draw the page (build, refresh, grab)", "", None),
        ("page_refresh", "page refresh", "", None),
    ]
    sizes = ((11_000, "11k"), (history_bench.THIRTY_YEARS, "30y"), (200_000, "200k"))
    for count, label in sizes:
        figures = results[str(count)]
        for key, name, target, limit in rows:
            value = float(figures[f"{key}_ms"])
            check = None if limit is None or count != 200_000 else (lambda v, lim=limit: v <= lim)
            report.add(
                f"history_{key}_{label}_ms",
                f"history {label}: {name}",
                value,
                "ms",
                target if check else "-",
                check,
            )


AUDIO_ROWS = [
    ("lateness_ms", "median", "audio_lateness_median_ms", "audio: play call lateness, median"),
    ("lateness_ms", "p95", "audio_lateness_p95_ms", "audio: play call lateness, 95th pct"),
    ("sound_delay_ms", "median", "audio_sound_delay_median_ms", "audio: sound cue delay, median"),
    ("sound_delay_ms", "p95", "audio_sound_delay_p95_ms", "audio: sound cue delay, 95th pct"),
    (
        "speech_delay_ms",
        "median",
        "audio_speech_delay_median_ms",
        "audio: spoken cue delay, median",
    ),
    ("speech_delay_ms", "p95", "audio_speech_delay_p95_ms", "audio: spoken cue delay, 95th pct"),
]


def run_audio_script(runs: int) -> dict[str, Any]:
    if not AUDIO_SCRIPT.is_file():
        raise BenchmarkError(f"not available: {AUDIO_SCRIPT.name} is not there")
    base = [sys.executable, str(AUDIO_SCRIPT), "--json"]
    for args in ([*base, "--runs", str(runs)], base):
        try:
            done = subprocess.run(
                args, capture_output=True, text=True, env=child_env(), timeout=600, cwd=ROOT
            )
        except subprocess.TimeoutExpired:
            raise BenchmarkError(f"not available: {AUDIO_SCRIPT.name} timed out") from None
        if done.returncode == 2 and "--runs" in args:
            continue  # an argument it does not (or no longer) take: try without
        lines = [line for line in done.stdout.splitlines() if line.strip().startswith("{")]
        if done.returncode != 0 or not lines:
            tail = " | ".join(done.stderr.strip().splitlines()[-3:])
            raise BenchmarkError(
                f"not available: {AUDIO_SCRIPT.name} failed (exit {done.returncode}): {tail}"
            )
        return json.loads(lines[-1])
    raise BenchmarkError(f"not available: {AUDIO_SCRIPT.name} refused its arguments")


def bench_audio(plan: Plan, report: Report) -> None:
    try:
        result = run_audio_script(plan.audio_runs)
    except (BenchmarkError, json.JSONDecodeError) as error:
        why = str(error) if str(error).startswith("not available") else f"not available: {error}"
        log(f"  {why}")
        report.missing("audio_lateness_median_ms", "audio cue delay", "ms", "-", why)
        return
    report.details["audio"] = {
        key: result.get(key)
        for key in ("runs", "output", "voice", "routine_seconds", "dropped_per_run", "wall_seconds")
    }
    for group, stat, key, name in AUDIO_ROWS:
        value = (result.get(group) or {}).get(stat)
        if isinstance(value, int | float) and not math.isnan(value):
            report.add(key, name, float(value), "ms")
        else:
            report.missing(key, name, "ms", "-", f"not available: no {group}.{stat} in its output")
