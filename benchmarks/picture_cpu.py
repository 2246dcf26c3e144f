"""CPU the exercise pictures cost while a rhythmic step runs, on a real X display.

Two measurements, each a median of several runs in fresh processes:

    app    the real app (main.py --start) running the pelvic clock, whose picture changes
           keyframe every 3 s beat: CPU of the whole process, as a share of one core, and its
           wake-ups (context switches of all its threads) per second, sampled from /proc.
    view   the picture alone: an IllustrationView the size of the player's picture panel at
           1366x768, showing the pelvic clock's next keyframe every 3 s. What the picture
           itself costs, apart from the countdown, the sound and the rest of the window.

    python benchmarks/picture_cpu.py [--runs 5] [--seconds 30] [--only app|view] [--json]

Uses $DISPLAY when set, else starts its own Xvfb (Debian package xvfb) at 1366x768.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = "1366x768"
PANEL = (620, 340)  # the player's picture panel in a 1366x768 window
BEAT_SECONDS = 3.0  # the pelvic clock's tempo
ROUTINE_ID = "bench-rhythmic"
ROUTINE = {
    "version": 1,
    "id": ROUTINE_ID,
    "title": "Benchmark: rhythmic steps",
    "description": "The pelvic clock, a keyframe every 3 s beat.",
    "prep_seconds": 3,
    "rest_seconds": 10,
    "steps": [{"exercise": "pelvic-clock", "seconds": 600}],
}


def process_cpu_seconds(pid: int | str = "self") -> float:
    """User plus system CPU time of a process, all threads, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime


def process_wakeups(pid: int | str = "self") -> int:
    """Context switches of every thread of a process so far: each is a sleep or a preemption."""
    total = 0
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        try:
            text = status.read_text()
        except OSError:  # the thread ended meanwhile
            continue
        for line in text.splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def sample(pid: int | str, seconds: float) -> dict[str, float]:
    cpu0, wake0, t0 = process_cpu_seconds(pid), process_wakeups(pid), time.monotonic()
    time.sleep(seconds)
    cpu1, wake1, t1 = process_cpu_seconds(pid), process_wakeups(pid), time.monotonic()
    wall = t1 - t0
    return {"cpu_percent": 100.0 * (cpu1 - cpu0) / wall, "wakeups_per_s": (wake1 - wake0) / wall}


# --- one run of each kind ---------------------------------------------------------------------


def run_app(seconds: float, settle: float) -> dict[str, float]:
    """The real app running the routine; sampled from outside once the step has started."""
    with tempfile.TemporaryDirectory() as data:
        (Path(data) / "routines").mkdir()
        (Path(data) / "routines" / f"{ROUTINE_ID}.json").write_text(json.dumps(ROUTINE))
        env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
        app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", data, "--start", ROUTINE_ID],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(settle)
            if app.poll() is not None:
                raise SystemExit("the app ended before it could be measured")
            return sample(app.pid, seconds)
        finally:
            app.terminate()
            app.wait(10)


def run_view(seconds: float, settle: float) -> dict[str, float]:
    """This process shows only the picture; the measuring happens on the same event loop."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from psoas_timer.ui.illustration import IllustrationView

    app = QApplication(sys.argv[:1])
    view = IllustrationView()
    view.resize(*PANEL)
    view.set_exercise("pelvic-clock", "Pelvic clock")
    view.show()
    beat = [0]

    def next_keyframe() -> None:
        beat[0] += 1
        view.show_keyframe(beat[0])

    beats = QTimer(view)
    beats.setTimerType(Qt.TimerType.PreciseTimer)
    beats.timeout.connect(next_keyframe)
    beats.start(round(BEAT_SECONDS * 1000))
    marks: dict[str, float] = {}
    result: dict[str, float] = {}

    def begin() -> None:
        marks.update(cpu=process_cpu_seconds(), wake=process_wakeups(), t=time.monotonic())
        QTimer.singleShot(round(seconds * 1000), finish)

    def finish() -> None:
        wall = time.monotonic() - marks["t"]
        result["cpu_percent"] = 100.0 * (process_cpu_seconds() - marks["cpu"]) / wall
        result["wakeups_per_s"] = (process_wakeups() - marks["wake"]) / wall
        app.quit()

    QTimer.singleShot(round(settle * 1000), begin)
    app.exec()
    return result


# --- the runner -------------------------------------------------------------------------------


def start_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        raise SystemExit("no $DISPLAY and no Xvfb: apt-get install -y xvfb")
    number = 150 + os.getpid() % 300
    while Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{SCREEN}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.1)
    os.environ["DISPLAY"] = f":{number}"
    os.environ.pop("QT_QPA_PLATFORM", None)
    return server


def measure(kind: str, runs: int, seconds: float) -> dict[str, object]:
    results = []
    for i in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one", kind, "--seconds", str(seconds)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"  {kind} run {i + 1}: {results[-1]}", file=sys.stderr)
    return {
        "cpu_percent_median": statistics.median(r["cpu_percent"] for r in results),
        "wakeups_per_s_median": statistics.median(r["wakeups_per_s"] for r in results),
        "runs": results,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each sample")
    parser.add_argument("--only", choices=("app", "view"))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--one", choices=("app", "view"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:  # a single run, in its own process, for measure()
        run = run_app if args.one == "app" else run_view
        print(json.dumps(run(args.seconds, settle=8.0 if args.one == "app" else 2.0)))
        return 0
    server = start_display()
    try:
        kinds = [args.only] if args.only else ["app", "view"]
        figures = {kind: measure(kind, args.runs, args.seconds) for kind in kinds}
    finally:
        if server is not None:
            server.terminate()
    if args.json:
        print(json.dumps({"display": os.environ["DISPLAY"], "figures": figures}))
        return 0
    print(f"a rhythmic step (pelvic clock): medians of {args.runs} runs of {args.seconds:g} s")
    for kind, figure in figures.items():
        print(
            f"  {kind:5}  CPU {figure['cpu_percent_median']:.2f} % of a core, "
            f"{figure['wakeups_per_s_median']:.0f} wake-ups/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
