"""2b, 3, 4, 7. The real window running a routine: when each second appears in the countdown,
the CPU it takes (and the idle library page's), peak memory, and event-loop stalls with
years of history."""

from __future__ import annotations

import math
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from harness import (
    BenchmarkError,
    Child,
    Plan,
    Report,
    busy_core,
    log,
    median,
    probe,
    write_history_template,
)

from psoas_timer.core.routines import format_duration

# The stall runs: a 3-second get-ready, so the session is first saved 8 s in (after 5 s of
# practice), inside a 10-second window.
STALL_SECONDS = 10.0

STALL_PREP = 3

HEARTBEAT_MS = 5


def expected_text(phase_seconds: list[int], second: int) -> str:
    """What the countdown shows from `second` whole seconds after the session began."""
    elapsed = 0
    for seconds in phase_seconds:
        if second < elapsed + seconds:
            return format_duration(elapsed + seconds - second)
        elapsed += seconds
    return format_duration(0)


def analyse_countdown(result: dict[str, Any], seconds: float) -> dict[str, Any]:
    """Match each second boundary in the window to the label change that showed its value."""
    start = result["start"]
    phases = result["phase_seconds"]
    changes: list[tuple[float, float, str]] = []
    for woke, shown, text in result["updates"]:
        if not changes or text != changes[-1][2]:
            changes.append((woke, shown, text))
    if not changes or changes[0][2] != expected_text(phases, 0):
        raise BenchmarkError("the countdown did not show the first phase's length at start")
    paints = result["paints"]
    late: list[float] = []
    woke_late: list[float] = []
    painted_late: list[float] = []
    skipped = out_of_turn = early = 0
    pointer = 1
    for second in range(1, int(seconds + 1e-9) + 1):
        want = expected_text(phases, second)
        due = start + second
        index = pointer
        while index < len(changes) and changes[index][2] != want:
            index += 1
        if index == len(changes):
            skipped += 1
            continue
        out_of_turn += index - pointer  # changes to a value that was not the next one
        woke, shown, _text = changes[index]
        late.append((shown - due) * 1000)
        woke_late.append((woke - due) * 1000)
        early += shown < due
        paint = next((t for t, text in paints if t >= woke and text == want), None)
        if paint is not None:
            painted_late.append((paint - due) * 1000)
        pointer = index + 1
    refresh = [(shown - woke) * 1000 for woke, shown, _text in result["updates"]]
    return {
        "seconds": len(late) + skipped,
        "median_ms": median(late) if late else math.nan,
        "worst_ms": max(late) if late else math.nan,
        "skipped": skipped,
        "repeated": out_of_turn,
        "early": early,
        "woke_median_ms": median(woke_late) if woke_late else math.nan,
        "painted_worst_ms": max(painted_late) if painted_late else math.nan,
        "refresh_median_ms": median(refresh),
        "refresh_worst_ms": max(refresh),
        "updates": len(result["updates"]),
        "cpu_percent": 100 * result["cpu_seconds"] / result["wall_seconds"],
        "steady_cpu_percent": 100 * result["steady_cpu_seconds"] / result["steady_wall_seconds"],
        "children_cpu_seconds": result["children_cpu_seconds"],
        "max_rss_mb": result["max_rss_kib"] * 1024 / 1e6,
    }


def player_child(plan: Plan, folder: Path, name: str) -> Child:
    data = folder / name
    data.mkdir()
    seconds = str(plan.long_seconds)
    settle = str(plan.settle_seconds)
    return probe(
        folder, name, "player", "--data-dir", str(data), "--seconds", seconds, "--settle", settle
    )


def idle_child(plan: Plan, folder: Path, name: str) -> Child:
    data = folder / name
    data.mkdir()
    seconds = str(plan.long_seconds)
    settle = str(plan.settle_seconds)
    return probe(
        folder, name, "idle", "--data-dir", str(data), "--seconds", seconds, "--settle", settle
    )


def long_timeout(plan: Plan) -> float:
    return plan.long_seconds + plan.settle_seconds + 90


def add_countdown_figures(report: Report, key: str, label: str, runs: list[dict]) -> None:
    count = len(runs)
    report.add(
        f"{key}_median_ms",
        f"countdown{label}: median lateness",
        median([run["median_ms"] for run in runs]),
        "ms",
    )
    report.add(
        f"{key}_worst_ms",
        f"countdown{label}: worst lateness (median of runs)",
        median([run["worst_ms"] for run in runs]),
        "ms",
        "< 100",
        lambda value: value < 100,
    )
    report.add(
        f"{key}_worst_all_ms",
        f"countdown{label}: worst lateness, all {count} runs",
        max(run["worst_ms"] for run in runs),
        "ms",
    )
    report.add(
        f"{key}_painted_worst_ms",
        f"countdown{label}: worst until the label is painted",
        median([run["painted_worst_ms"] for run in runs]),
        "ms",
    )
    report.add(
        f"{key}_skipped",
        f"countdown{label}: seconds skipped (all {count} runs)",
        sum(run["skipped"] for run in runs),
        "count",
        "0",
        lambda value: value == 0,
    )
    report.add(
        f"{key}_repeated",
        f"countdown{label}: seconds repeated or early (all {count} runs)",
        sum(run["repeated"] + run["early"] for run in runs),
        "count",
        "0",
        lambda value: value == 0,
    )


def bench_player(plan: Plan, report: Report, folder: Path) -> None:
    # Discarded: renders the routine's spoken phrases into the shared cache, as a user's
    # first run of a routine does once; every measured run then finds them there.
    warm = replace(plan, long_seconds=1.0, settle_seconds=0.2)
    player_child(warm, folder, "player-warm-up").result(long_timeout(warm))
    runs = []
    for number in range(1, plan.long_runs + 1):
        log(f"  player run {number}/{plan.long_runs} ({plan.long_seconds:.0f} s)")
        child = player_child(plan, folder, f"player-{number}")
        runs.append(analyse_countdown(child.result(long_timeout(plan)), plan.long_seconds))
    report.details["countdown"] = runs
    add_countdown_figures(report, "countdown", "", runs)
    report.add(
        "cpu_routine_percent",
        "CPU while a routine runs (player page)",
        median([run["cpu_percent"] for run in runs]),
        "% core",
        "< 2",
        lambda value: value < 2,
    )
    report.add(
        "cpu_routine_steady_percent",
        "CPU while a routine runs, from 5 s in",
        median([run["steady_cpu_percent"] for run in runs]),
        "% core",
    )
    report.add(
        "peak_rss_mb",
        "peak resident memory of the app, routine running (highest run)",
        max(run["max_rss_mb"] for run in runs),
        "MB",
        "< 200",
        lambda value: value < 200,
    )


def bench_loaded_and_idle(plan: Plan, report: Report, folder: Path) -> None:
    loaded = []
    idle = []
    for number in range(1, plan.long_runs + 1):
        log(f"  under load + idle run {number}/{plan.long_runs} ({plan.long_seconds:.0f} s)")
        with busy_core():
            player = player_child(plan, folder, f"loaded-{number}")
            quiet = idle_child(plan, folder, f"idle-{number}")
            loaded.append(analyse_countdown(player.result(long_timeout(plan)), plan.long_seconds))
            idle_result = quiet.result(long_timeout(plan))
        if not idle_result["on_library_page"]:
            raise BenchmarkError("the idle window was not on the library page")
        idle.append(idle_result)
    report.details["countdown_under_load"] = loaded
    add_countdown_figures(report, "countdown_load", " under load", loaded)
    add_idle_figures(report, idle)


def add_idle_figures(report: Report, runs: list[dict[str, Any]]) -> None:
    """The idle library page from /proc: the whole process, the audio side's threads (the cue
    player's worker, SDL's audio thread), and the same with the sound device held open."""
    report.details["idle"] = [
        {key: run.get(key) for key in ("threads", "audio_threads", "mixer_open", "device_open")}
        for run in runs
    ]
    report.add(
        "cpu_idle_percent",
        "CPU on the idle library page (/proc, whole process)",
        median([100 * run["cpu_seconds"] / run["wall_seconds"] for run in runs]),
        "% core",
        "< 0.1",
        lambda value: value < 0.1,
    )

    def audio(run: dict[str, Any], field: str) -> float:
        return sum(float(thread[field]) for thread in run["audio_threads"])

    report.add(
        "audio_idle_wakeups_per_s",
        "idle: audio thread wake-ups (device closed)",
        median([audio(run, "wakeups_per_s") for run in runs]),
        "/s",
        "0",
        lambda value: value == 0,
    )
    report.add(
        "audio_idle_cpu_percent",
        "idle: CPU of the audio side's threads",
        median([audio(run, "cpu_percent") for run in runs]),
        "% core",
    )
    report.add(
        "idle_main_wakeups_per_s",
        "idle: main-thread wake-ups (the Qt side)",
        median([sum(t["wakeups_per_s"] for t in run["threads"] if t["main"]) for run in runs]),
        "/s",
    )
    opened = [run["device_open"] for run in runs if run.get("device_open")]
    if opened:
        report.add(
            "audio_device_open_wakeups_per_s",
            "for reference: SDL audio thread wake-ups with the device open",
            median([sum(t["wakeups_per_s"] for t in o["new_threads"]) for o in opened]),
            "/s",
        )


def stall_summary(result: dict[str, Any]) -> dict[str, float]:
    """The longest event-loop gap while starting the routine (its first second), and after."""
    start = result["start"]
    at_start = [gap for began, gap in result["stalls"] if began < start + 1.0]
    later = [(gap, began - start) for began, gap in result["stalls"] if began >= start + 1.0]
    return {
        "start_ms": 1000 * max(at_start, default=0.0),
        "longest_ms": 1000 * result["longest_gap"],
        "longest_at_s": max(later, default=(0.0, math.nan))[1],
    }


def bench_stalls(plan: Plan, report: Report, folder: Path) -> None:
    """The routine with no history, 11,000 and 200,000 sessions, a 5 ms heartbeat timer
    reporting every gap in the event loop, while the history is read in the background."""
    templates = {
        "11k": write_history_template(folder),
        "200k": write_history_template(folder, 200_000),
    }
    kinds = ("empty", "11k", "200k")
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for number in range(1, plan.stall_runs + 1):
        for kind in kinds if number % 2 else kinds[::-1]:
            log(f"  {kind} history, run {number}/{plan.stall_runs} ({STALL_SECONDS:.0f} s)")
            name = f"stall-{kind}-{number}"
            data = folder / name
            if kind in templates:
                shutil.copytree(templates[kind], data)
            else:
                data.mkdir()
            child = probe(
                folder, name, "player", "--data-dir", str(data),
                "--seconds", str(STALL_SECONDS), "--settle", str(plan.settle_seconds),
                "--prep", str(STALL_PREP), "--heartbeat-ms", str(HEARTBEAT_MS),
            )  # fmt: skip
            result = child.result(timeout=STALL_SECONDS + 90)
            runs[kind].append(
                {
                    **stall_summary(result),
                    **analyse_countdown(result, STALL_SECONDS),
                    "history_sessions": result["history_sessions"],
                }
            )
    report.details["stalls"] = runs
    report.add(
        "stall_start_ms",
        "GUI stall starting a routine (longest gap)",
        median([run["start_ms"] for run in runs["empty"]]),
        "ms",
    )
    report.add(
        "stall_running_ms",
        "GUI stall in a running routine, empty history",
        median([run["longest_ms"] for run in runs["empty"]]),
        "ms",
    )
    report.add(
        "stall_running_history_ms",
        "GUI stall in a running routine, 11,000 sessions",
        median([run["longest_ms"] for run in runs["11k"]]),
        "ms",
    )
    report.add(
        "countdown_history_worst_ms",
        "countdown with 11,000 sessions: worst lateness",
        median([run["worst_ms"] for run in runs["11k"]]),
        "ms",
        "< 100",
        lambda value: value < 100,
    )
    report.add(
        "stall_running_200k_ms",
        "GUI stall in a running routine, 200,000 sessions",
        median([run["longest_ms"] for run in runs["200k"]]),
        "ms",
    )
    empty_worst = median([run["worst_ms"] for run in runs["empty"]])
    report.add(
        "countdown_worst_empty_ms", "countdown, no history: worst lateness", empty_worst, "ms"
    )
    report.add(
        "countdown_worst_200k_ms",
        "countdown with 200,000 sessions being read: worst lateness",
        median([run["worst_ms"] for run in runs["200k"]]),
        "ms",
        f"<= no history ({empty_worst:.1f}) + 10",
        lambda value: value <= empty_worst + 10,
    )
