"""8, 9. The sound as the user hears it, and Start: each cue's onset in the output stream over
whole built-in routines (audio_onsets.py --json, a child process), the same for one routine
started while 200,000 sessions of history are read against none, and pressing Start until
the get-ready screen is painted while the routine's phrases are rendered behind it (the app's
probe, each time with an empty voice cache)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from harness import BENCH_DIR, ROOT, BenchmarkError, Plan, Report, child_env, median, probe

ONSETS_SCRIPT = BENCH_DIR / "audio_onsets.py"
ONSET_LIMITS_MS = [
    ("onset_tone_median_ms", "sound onset in the stream: tones, median", 25),
    ("onset_tone_p95_ms", "sound onset in the stream: tones, 95th pct", 40),
    ("onset_speech_median_ms", "sound onset in the stream: phrases, median", 60),
    ("onset_speech_p95_ms", "sound onset in the stream: phrases, 95th pct", 120),
    ("beat_word_worst_ms", "movement word from its beat, worst (absolute)", 80),
]
ONSET_MAXIMA = [
    ("onset_tone_max_ms", "sound onset in the stream: tones, latest", None),
    ("onset_speech_max_ms", "sound onset in the stream: phrases, latest", None),
]


HISTORY_ROUTINE = "quick-reset"  # its start, get-ready and first steps meet the history's read
HISTORY_SESSIONS = 200_000


def run_onsets(*options: str) -> dict:
    args = [sys.executable, str(ONSETS_SCRIPT), "--json", *options]
    try:
        done = subprocess.run(
            args, capture_output=True, text=True, env=child_env(), timeout=3600, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        raise BenchmarkError(f"{ONSETS_SCRIPT.name} timed out") from None
    lines = [line for line in done.stdout.splitlines() if line.strip().startswith("{")]
    if done.returncode != 0 or not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        raise BenchmarkError(f"{ONSETS_SCRIPT.name} failed (exit {done.returncode}): {tail}")
    return json.loads(lines[-1])


def bench_onsets(plan: Plan, report: Report) -> None:
    options = ["--runs", str(plan.onset_runs)]
    if plan.onset_routines:
        options += ["--routines", plan.onset_routines]
    result = run_onsets(*options)
    report.details["audio_onsets"] = {
        key: result[key]
        for key in ("routines", "routine_seconds", "runs", "buffer_frames", "wall_seconds", "all")
    }
    for key, name, limit in ONSET_LIMITS_MS:
        report.add(key, name, result[key], "ms", f"<= {limit}", lambda v, x=limit: v <= x)
    report.add(
        "cues_dropped",
        "cues to act on that never sounded (all runs)",
        result["cues_dropped"],
        "count",
        "0",
        lambda value: value == 0,
    )
    bench_onsets_with_history(plan, report)


def bench_onsets_with_history(plan: Plan, report: Report) -> None:
    """One routine started while 200,000 sessions of history are read behind it (a first
    start: no snapshot), against the same routine with none, taking turns run by run."""
    runs: dict[str, list[dict]] = {"none": [], "200k": []}
    for _ in range(plan.onset_runs):
        for kind in runs:
            extra = ["--history", str(HISTORY_SESSIONS)] if kind == "200k" else []
            runs[kind].append(run_onsets("--runs", "1", "--routines", HISTORY_ROUTINE, *extra))
    for results in runs.values():
        for run in results:  # the latest onset of each kind: the first phrase is one
            run["onset_tone_max_ms"] = run["all"]["onset_tone_ms"]["max"]
            run["onset_speech_max_ms"] = run["all"]["onset_speech_ms"]["max"]
    rows = ONSET_LIMITS_MS[1::2] + ONSET_LIMITS_MS[-1:] + ONSET_MAXIMA
    report.details["audio_onsets_history"] = {
        kind: [{key: run[key] for key, _name, _limit in rows} for run in results]
        for kind, results in runs.items()
    }
    for key, name, _limit in rows:
        without = median([run[key] for run in runs["none"]])
        report.add(
            f"{key.removesuffix('_ms')}_200k_ms",
            f"{name}, {HISTORY_ROUTINE} while 200,000 sessions are read",
            median([run[key] for run in runs["200k"]]),
            "ms",
            f"<= none ({without:.1f}) + 10",
            lambda value, none=without: value <= none + 10,
        )


CHOSEN_SECONDS = 8.0  # "chosen a while before Start": long enough for its phrases to render


def bench_start(plan: Plan, report: Report, folder: Path) -> None:
    """Start pressed at once after choosing the routine (nothing rendered before: the worst
    case) and, taking turns with it, pressed a while after (its phrases rendered meanwhile, as
    when a user reads about the routine first); offscreen, and the first on a real X display
    (a laptop's 1366×768, the window filling it) when there is one."""
    from rhythmic_figures import SCREEN, x_display

    runs: dict[str, list[dict]] = {"at_once": [], "chosen": [], "at_once_x": []}
    with x_display() as display:
        screen = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else None
        kinds = [("at_once", 0.0, {}), ("chosen", CHOSEN_SECONDS, {})]
        if screen is not None:
            kinds.append(("at_once_x", 0.0, screen))
        for number in range(1, plan.start_runs + 1):
            for kind, chosen, env in kinds:
                data = folder / f"start-{kind}-{number}"
                data.mkdir()
                cache = folder / f"start-cache-{kind}-{number}"  # an empty voice cache
                child = probe(
                    folder, f"start-{kind}-{number}", "start", "--data-dir", str(data),
                    "--chosen", str(chosen), env={"XDG_CACHE_HOME": str(cache), **env},
                )  # fmt: skip
                result = child.result(120)
                if result["frame"] is None or not result["on_player"] or result["phase"] != "prep":
                    raise BenchmarkError(f"Start did not show the get-ready screen: {result}")
                runs[kind].append(result)
    report.details["start"] = runs

    def frame_ms(kind: str) -> float:
        return median([1000 * (run["frame"] - run["pressed"]) for run in runs[kind]])

    where = f"on X ({SCREEN})" if runs["at_once_x"] else "offscreen (no X display)"
    report.add(
        "start_to_getready_ms",
        f"Start to the get-ready screen painted (phrases not rendered yet), {where}",
        frame_ms("at_once_x" if runs["at_once_x"] else "at_once"),
        "ms",
        "<= 100",
        lambda value: value <= 100,
    )
    report.add(
        "start_to_getready_offscreen_ms",
        "the same, offscreen (the rows below are offscreen too)",
        frame_ms("at_once"),
        "ms",
    )
    report.add(
        "start_to_getready_chosen_ms",
        f"the same, Start {CHOSEN_SECONDS:g} s after choosing the routine",
        frame_ms("chosen"),
        "ms",
    )
    report.add(
        "start_audio_ms",
        "Start: the cue player's share of the window's thread until the frame",
        median([1000 * run["audio_seconds"] for run in runs["at_once"]]),
        "ms",
    )
    report.add(
        "start_handler_ms",
        "Start: the key press handled (until the frame is drawn)",
        median([1000 * (run["returned"] - run["pressed"]) for run in runs["at_once"]]),
        "ms",
    )
    report.add(
        "start_longest_gap_ms",
        "Start: longest event-loop gap, 3 s while phrases render",
        median([1000 * run["longest_gap"] for run in runs["at_once"]]),
        "ms",
    )
