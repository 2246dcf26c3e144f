"""What every benchmark group shares: the plan of runs, the report figures go into, the
machine's description, and child processes (the app's probe, a busy core)."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import history_bench

BENCH_DIR = Path(__file__).resolve().parent

ROOT = BENCH_DIR.parent

PROBE = BENCH_DIR / "app_probe.py"

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
    onset_runs: int
    onset_routines: str | None  # comma-separated ids; None: every built-in routine
    start_runs: int
    settle_seconds: float = 2.0


FULL = Plan(
    startup_runs=7,
    long_runs=3,
    long_seconds=60.0,
    history_runs=7,
    audio_runs=5,
    seeds=20,
    stall_runs=3,
    onset_runs=3,
    onset_routines=None,
    start_runs=7,
)

QUICK = Plan(
    startup_runs=3,
    long_runs=2,
    long_seconds=10.0,
    history_runs=5,
    audio_runs=1,
    seeds=20,
    stall_runs=1,
    onset_runs=1,
    onset_routines="quick-reset",
    start_runs=3,
    settle_seconds=1.0,
)


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


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    if CACHE_HOME:
        env["XDG_CACHE_HOME"] = str(CACHE_HOME[0])  # never the user's own cache
        env["XDG_STATE_HOME"] = str(CACHE_HOME[0].parent / "state")  # nor their device id
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    env["SDL_AUDIODRIVER"] = "dummy"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PSOAS_TIMER_DATA_DIR", None)
    env.update(extra)
    return env


class Child:
    """A child process whose output goes to files, so several can run at once."""

    def __init__(
        self, args: list[str], folder: Path, name: str, env: dict[str, str] | None = None
    ) -> None:
        self.stdout_path = folder / f"{name}.out"
        self.stderr_path = folder / f"{name}.err"
        self.args = args
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.spawned = time.monotonic()
            self.process = subprocess.Popen(
                args, stdout=out, stderr=err, env=child_env(**(env or {}))
            )

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


def probe(folder: Path, name: str, *args: str, env: dict[str, str] | None = None) -> Child:
    return Child([sys.executable, str(PROBE), *args], folder, name, env)


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


def write_history_template(folder: Path, count: int = 11_000, per_day: int | None = None) -> Path:
    """A data folder holding `count` sessions, `per_day` a day (see history_bench), made once
    per run and copied for each child."""
    template = folder / f"history-template-{count}-{per_day or 'x'}"
    if not template.exists():
        history_bench.write_history(template, datetime.now().date(), count, per_day)
    return template


@contextlib.contextmanager
def x_display(size: str = "1366x768") -> Iterator[dict[str, str] | None]:
    """An X display for the probe's windows: the one $DISPLAY names, else a virtual one
    (Xvfb); the environment to give a child, or None where there is neither."""
    import shutil

    if os.environ.get("DISPLAY"):
        yield {"QT_QPA_PLATFORM": "xcb"}
        return
    if not shutil.which("Xvfb"):
        yield None
        return
    number = 200 + os.getpid() % 300
    while Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(timeout=10)
