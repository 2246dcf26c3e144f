"""Psoas Timer benchmarks: every figure with its target, measured in one run on this machine.

    .venv/bin/python benchmarks/run.py            # a table; about 9 minutes on two cores
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
  2. timer accuracy: (a) a simulated 60-minute routine with random pauses through the session
     engine on a FakeClock: practice time against plan, and the finish moment against start +
     paused time + routine length; (b) the real window running a routine of long holds for
     60 s: when each new second appears in the player's countdown label against the true second
     boundary (session start + k), and any second skipped or shown out of turn; again with a
     busy process on one core.
  3. CPU: process CPU time / wall time, the player running (over the same 60 s windows as 2b),
     and the library page left alone (those runs share the machine with the 2b runs under load;
     an idle process needs next to no processor, and its own CPU time is what is counted).
  4. peak resident memory of the process running the player.
  5. history at 11,000 sessions: benchmarks/history_bench.py.
  6. audio cue delay: benchmarks/audio_latency.py --json, when it is there.
  7. event-loop stalls in a running routine, with an empty history and with 11,000 sessions
     (saving the session rewrites the whole history file on the GUI thread), and the countdown
     meanwhile.

The child processes use the SDL "dummy" audio driver, so the cue player's mixer is open (and
its audio thread runs) as on a machine with sound, without making any; their XDG cache (the
rendered voice phrases) is a temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH_DIR))

import history_bench  # noqa: E402

from psoas_timer.core.clock import FakeClock  # noqa: E402
from psoas_timer.core.engine import Event, Finished, Session, SessionState  # noqa: E402
from psoas_timer.core.routines import Routine, format_duration, load_catalogue  # noqa: E402
from psoas_timer.core.routines import parse_routine as parse_routine_document  # noqa: E402
from psoas_timer.core.store import HistoryStore  # noqa: E402

PROBE = BENCH_DIR / "app_probe.py"
AUDIO_SCRIPT = BENCH_DIR / "audio_latency.py"
SIMULATED_MINUTES = 60
EXACT_MS = 0.001  # "0 ms": within a microsecond, what floating point leaves
BUSY_LOOP = "while True:\n    pass\n"


@dataclass(frozen=True)
class Plan:
    startup_runs: int
    long_runs: int
    long_seconds: float
    history_runs: int
    audio_runs: int
    seeds: int
    stall_runs: int  # of each kind: empty history, 11,000 sessions
    settle_seconds: float = 2.0


FULL = Plan(
    startup_runs=7,
    long_runs=3,
    long_seconds=60.0,
    history_runs=7,
    audio_runs=5,
    seeds=20,
    stall_runs=3,
)
QUICK = Plan(
    startup_runs=3,
    long_runs=2,
    long_seconds=10.0,
    history_runs=5,
    audio_runs=1,
    seeds=20,
    stall_runs=1,
    settle_seconds=1.0,
)
# The stall runs: a 3-second get-ready, so the session is first saved 8 s in (after 5 s of
# practice), inside a 10-second window.
STALL_SECONDS = 10.0
STALL_PREP = 3
HEARTBEAT_MS = 5


@dataclass
class Figure:
    key: str
    name: str
    value: float | None
    unit: str
    target: str = "-"
    passed: bool | None = None  # None: for information, or not measured
    note: str = ""


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(
        self,
        key: str,
        name: str,
        value: float | None,
        unit: str,
        target: str = "-",
        check: Callable[[float], bool] | None = None,
        note: str = "",
    ) -> None:
        passed = None if value is None or check is None else bool(check(value))
        self.figures.append(Figure(key, name, value, unit, target, passed, note))

    def missing(self, key: str, name: str, unit: str, target: str, why: str) -> None:
        self.figures.append(Figure(key, name, None, unit, target, None, why))


class BenchmarkError(RuntimeError):
    pass


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


# --- the machine ----------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    import PySide6

    return {
        "platform": platform.platform(),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
    }


# --- child processes ------------------------------------------------------------------------------


CACHE_HOME: list[Path] = []  # set by run_all: the children's XDG cache (rendered phrases)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    if CACHE_HOME:
        env["XDG_CACHE_HOME"] = str(CACHE_HOME[0])  # never the user's own cache
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    env["SDL_AUDIODRIVER"] = "dummy"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PSOAS_TIMER_DATA_DIR", None)
    return env


class Child:
    """A child process whose output goes to files, so several can run at once."""

    def __init__(self, args: list[str], folder: Path, name: str) -> None:
        self.stdout_path = folder / f"{name}.out"
        self.stderr_path = folder / f"{name}.err"
        self.args = args
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.spawned = time.monotonic()
            self.process = subprocess.Popen(args, stdout=out, stderr=err, env=child_env())

    def result(self, timeout: float) -> dict[str, Any]:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise BenchmarkError(
                f"{Path(self.args[1]).name} timed out after {timeout:.0f} s"
            ) from None
        stdout = self.stdout_path.read_text(errors="replace")
        for line in stdout.splitlines():
            if line.startswith("PROBE "):
                return json.loads(line[len("PROBE ") :])
        tail = self.stderr_path.read_text(errors="replace").strip().splitlines()[-6:]
        raise BenchmarkError(
            f"{' '.join(self.args[1:3])} gave no result (exit {code}): " + " | ".join(tail)
        )


def probe(folder: Path, name: str, *args: str) -> Child:
    return Child([sys.executable, str(PROBE), *args], folder, name)


@contextlib.contextmanager
def busy_core() -> Iterator[None]:
    """A process that keeps one core busy for as long as the block runs."""
    process = subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
    time.sleep(0.3)
    try:
        yield
    finally:
        process.kill()
        process.wait()


# --- 1. start-up ----------------------------------------------------------------------------------


def write_history_template(folder: Path) -> Path:
    template = folder / "history-template"
    template.mkdir()
    store = HistoryStore(template / "history.json", lambda message: log(message))
    store.sessions = history_bench.make_sessions(datetime.now().date())
    store.flush(force=True)
    return template


def startup_once(kind: str, folder: Path, number: int, template: Path | None) -> dict[str, Any]:
    data = folder / f"startup-{kind}-{number}"
    if template is not None:
        shutil.copytree(template, data)
    else:
        data.mkdir()
    probe_kind = "app" if kind.startswith("app") else kind
    name = f"startup-{kind}-{number}"
    child = probe(folder, name, "startup", "--kind", probe_kind, "--data-dir", str(data))
    result = child.result(timeout=60)
    if not result.get("paints"):
        raise BenchmarkError(f"start-up ({kind}): the window reported no paint before its frame")
    return {
        "ms": (result["first_frame"] - child.spawned) * 1000,
        "interpreter_ms": (result["started"] - child.spawned) * 1000,
        "max_rss_kib": result["max_rss_kib"],
    }


def bench_startup(plan: Plan, report: Report, folder: Path) -> None:
    kinds = ["bare", "widgets", "app", "app-history"]
    template = write_history_template(folder)
    templates = {"bare": None, "widgets": None, "app": None, "app-history": template}
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for kind in kinds:  # one discarded run each: files into the page cache
        startup_once(kind, folder, 0, templates[kind])
    for number in range(1, plan.startup_runs + 1):
        order = kinds if number % 2 else kinds[::-1]  # take turns, so each kind meets each noise
        for kind in order:
            runs[kind].append(startup_once(kind, folder, number, templates[kind]))
    ms = {kind: median([run["ms"] for run in runs[kind]]) for kind in kinds}
    report.details["startup"] = {
        kind: {
            "ms": [round(run["ms"], 1) for run in runs[kind]],
            "interpreter_ms": [round(run["interpreter_ms"], 1) for run in runs[kind]],
            "max_rss_kib": [run["max_rss_kib"] for run in runs[kind]],
        }
        for kind in kinds
    }
    report.add("startup_bare_ms", "start-up: bare PySide6 window, first frame", ms["bare"], "ms")
    report.add(
        "startup_widgets_ms",
        "start-up: the library page's widgets alone (no app), first frame",
        ms["widgets"],
        "ms",
    )
    report.add("startup_app_ms", "start-up: Psoas Timer, first frame", ms["app"], "ms")
    report.add(
        "startup_ratio",
        "start-up: Psoas Timer / bare window",
        ms["app"] / ms["bare"],
        "x",
        "<= 1.3",
        lambda value: value <= 1.3,
    )
    report.add(
        "startup_widgets_ratio",
        "start-up: the library page's widgets alone / bare window",
        ms["widgets"] / ms["bare"],
        "x",
    )
    report.add(
        "startup_history_ms",
        "start-up with 11,000 sessions of history",
        ms["app-history"],
        "ms",
    )
    report.add(
        "startup_history_ratio",
        "start-up with 11,000 sessions / bare window",
        ms["app-history"] / ms["bare"],
        "x",
    )


# --- 2a. the engine over a simulated hour ---------------------------------------------------------


def simulated_routine() -> Routine:
    """Every kind of step (held, per side, rhythmic), 60 minutes from start to finish."""
    steps = [
        {"exercise": "cat-pose", "seconds": 240},
        {"exercise": "kneeling-hip-flexor", "seconds": 180, "per_side": True},
        {"exercise": "pelvic-clock", "seconds": 300},
        {"exercise": "downward-dog", "seconds": 180},
        {"exercise": "knee-to-chest", "seconds": 150, "per_side": True},
        {"exercise": "bridge", "seconds": 240},
        {"exercise": "towel-rock", "seconds": 240},
        {"exercise": "rolled-towel", "seconds": 300},
        {"name": "Breathe", "instructions": "Breathe slowly.", "seconds": 1},
    ]
    prep, rest = 10, 15
    used = prep + rest * (len(steps) - 1)
    used += sum(step["seconds"] * (2 if step.get("per_side") else 1) for step in steps[:-1])
    steps[-1]["seconds"] = SIMULATED_MINUTES * 60 - used
    document = {
        "version": 1,
        "id": "simulated-hour",
        "title": "Simulated hour",
        "prep_seconds": prep,
        "rest_seconds": rest,
        "steps": steps,
    }
    routine = parse_routine_document(document, load_catalogue(), "simulated-hour")
    assert routine.total_seconds == SIMULATED_MINUTES * 60, routine.total_seconds
    return routine


def simulate(routine: Routine, seed: int) -> dict[str, float]:
    """Irregular wakes (some on time, some late, some in between), random pauses of up to two
    minutes; returns the errors in seconds."""
    rng = random.Random(seed)
    clock = FakeClock(start=1000.0 + rng.uniform(0, 1e5))
    session = Session(routine, clock)
    started = clock.now()
    paused = 0.0
    pauses = 0
    events: list[Event] = list(session.start())
    while not session.is_over:
        if session.state is SessionState.PAUSED:
            pause_began = clock.now()
            clock.advance(rng.uniform(0.0, 120.0))
            events += session.resume()
            paused += clock.now() - pause_began
            continue
        choice = rng.random()
        if choice < 0.03:
            events += session.pause()
            pauses += 1
        elif choice < 0.6:
            wake = session.next_wake()
            late = rng.choice((0.0, 0.0, rng.uniform(0, 0.004), rng.uniform(0, 0.6)))
            clock.advance(max(0.0, (wake or clock.now()) - clock.now()) + late)
            events += session.advance()
        else:
            clock.advance(rng.expovariate(1 / 4.0))
            events += session.advance()
    finished = [event.at for event in events if isinstance(event, Finished)]
    if len(finished) != 1:
        raise BenchmarkError(f"seed {seed}: {len(finished)} Finished events")
    return {
        "active_error": session.active_seconds() - session.planned_seconds,
        "end_drift": finished[0] - started - paused - routine.total_seconds,
        "pauses": pauses,
        "paused_seconds": paused,
    }


def bench_simulated(plan: Plan, report: Report) -> None:
    routine = simulated_routine()
    runs = [simulate(routine, seed) for seed in range(plan.seeds)]
    active = max(abs(run["active_error"]) for run in runs) * 1000
    drift = max(abs(run["end_drift"]) for run in runs) * 1000
    report.details["simulated_hour"] = {
        "seeds": plan.seeds,
        "pauses": [run["pauses"] for run in runs],
        "paused_minutes": [round(run["paused_seconds"] / 60, 1) for run in runs],
        "active_error_ms": [run["active_error"] * 1000 for run in runs],
        "end_drift_ms": [run["end_drift"] * 1000 for run in runs],
    }
    report.add(
        "sim_active_error_ms",
        f"simulated hour, pauses: practice - plan (max of {plan.seeds})",
        active,
        "ms",
        "0",
        lambda value: value < EXACT_MS,
    )
    report.add(
        "sim_end_drift_ms",
        f"simulated hour: end - (start+paused+plan) (max of {plan.seeds})",
        drift,
        "ms",
        "0",
        lambda value: value < EXACT_MS,
    )


# --- 2b, 3, 4. the real window --------------------------------------------------------------------


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
        "peak resident memory, routine running",
        median([run["max_rss_mb"] for run in runs]),
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
        idle.append(100 * idle_result["cpu_seconds"] / idle_result["wall_seconds"])
    report.details["countdown_under_load"] = loaded
    report.details["idle_cpu_percent"] = idle
    add_countdown_figures(report, "countdown_load", " under load", loaded)
    report.add(
        "cpu_idle_percent",
        "CPU on the idle library page",
        median(idle),
        "% core",
        "< 0.5",
        lambda value: value < 0.5,
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
    """The routine with and without 11,000 sessions of history, a 5 ms heartbeat timer
    reporting every gap in the event loop: saving the session is a write of the whole file."""
    template = write_history_template(folder)
    kinds = ("empty", "11k")
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for number in range(1, plan.stall_runs + 1):
        for kind in kinds if number % 2 else kinds[::-1]:
            log(f"  {kind} history, run {number}/{plan.stall_runs} ({STALL_SECONDS:.0f} s)")
            name = f"stall-{kind}-{number}"
            data = folder / name
            if kind == "11k":
                shutil.copytree(template, data)
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


# --- 5. history -----------------------------------------------------------------------------------


def bench_history(plan: Plan, report: Report) -> None:
    with contextlib.redirect_stdout(sys.stderr):  # stdout carries only the report
        results = history_bench.run(plan.history_runs)
    report.details["history"] = results
    rows = [
        ("load", "history 11k: load"),
        ("save", "history 11k: save one more session"),
        ("stats_cold", "history 11k: statistics, first time (cold)"),
        ("stats_one_pass", "history 11k: statistics, overview (as the page)"),
        ("page", "history 11k: draw the page (build, refresh, grab)"),
        ("page_refresh", "history 11k: page refresh"),
    ]
    for key, name in rows:
        report.add(f"history_{key}_ms", name, float(results[f"{key}_ms"]), "ms")


# --- 6. audio -------------------------------------------------------------------------------------

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


# --- the report -----------------------------------------------------------------------------------


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "not available"
    if unit == "count":
        return str(int(value))
    if unit == "x":
        return f"{value:.2f}"
    if unit == "% core":
        return f"{value:.2f}"
    if abs(value) < 10:
        return f"{value:.3f}" if unit == "ms" and abs(value) < 1 else f"{value:.2f}"
    return f"{value:.1f}"


def verdict(figure: Figure) -> str:
    if figure.value is None:
        return "n/a"
    if figure.passed is None:
        return "info"
    return "PASS" if figure.passed else "FAIL"


def print_table(document: dict[str, Any], figures: list[Figure]) -> None:
    info = document["machine"]
    print(f"Psoas Timer benchmarks, {document['date']} ({document['mode']} run)")
    print(
        f"Machine: {info['platform']}; CPU {info['cpu']}, {info['cores']} cores; "
        f"Python {info['python']}; PySide6 {info['pyside6']}"
    )
    print()
    widths = (62, 14, 7, 8, 6)
    header = ("benchmark", "figure", "unit", "target", "result")
    print(
        f"{header[0]:<{widths[0]}} {header[1]:>{widths[1]}} {header[2]:<{widths[2]}} "
        f"{header[3]:<{widths[3]}} {header[4]}"
    )
    print("-" * (sum(widths) + 4))
    for figure in figures:
        print(
            f"{figure.name:<{widths[0]}} {format_value(figure.value, figure.unit):>{widths[1]}} "
            f"{figure.unit:<{widths[2]}} {figure.target:<{widths[3]}} {verdict(figure)}"
        )
        if figure.value is None and figure.note:
            print(f"    {figure.note}")
    print()
    failed = [figure.key for figure in figures if figure.passed is False]
    print(
        f"{sum(f.passed is True for f in figures)} passed, {len(failed)} failed"
        + (f" ({', '.join(failed)})" if failed else "")
        + f"; {document['elapsed_seconds']:.0f} s"
    )
    for error in document["errors"]:
        print(f"error: {error}")


def run_all(plan: Plan, mode: str, only: str | None = None) -> tuple[dict[str, Any], list[Figure]]:
    began = time.monotonic()
    report = Report()
    steps: list[tuple[str, Callable[[Path], None]]] = [
        ("timer accuracy: simulated hour", lambda _folder: bench_simulated(plan, report)),
        ("start-up", lambda folder: bench_startup(plan, report, folder)),
        ("history at 11,000 sessions", lambda _folder: bench_history(plan, report)),
        ("audio cue delay", lambda _folder: bench_audio(plan, report)),
        ("player: countdown, CPU, memory", lambda folder: bench_player(plan, report, folder)),
        (
            "player under load; idle library page",
            lambda folder: bench_loaded_and_idle(plan, report, folder),
        ),
        ("event-loop stalls, 11,000 sessions", lambda folder: bench_stalls(plan, report, folder)),
    ]
    if only:
        steps = [(title, step) for title, step in steps if title.startswith(only)]
    with tempfile.TemporaryDirectory(prefix="psoas-bench-") as scratch:
        CACHE_HOME[:] = [Path(scratch) / "cache"]
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


def without_nan(value: Any) -> Any:
    """JSON has no NaN: a figure that could not be taken is null."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {key: without_nan(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_nan(item) for item in value]
    return value


if __name__ == "__main__":
    sys.exit(main())
