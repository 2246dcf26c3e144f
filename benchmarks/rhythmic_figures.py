"""10. CPU on a rhythmic routine: the real app (`main.py --start`, the whole process, as a user
runs it) on a real X display (an Xvfb of its own when Debian's xvfb is installed, else
$DISPLAY, else offscreen; the figure says which), running steps whose pictures and movement
words change every 3 or 4 seconds. Sampled from outside, from /proc: the process's
CPU time over wall time, and each thread's CPU time and wake-ups (schedstat), so the audio
side's share (SDL's audio thread, awake while the device is open, and the cue player's worker)
is known apart from the window's.

The child uses the SDL "dummy" audio driver: the mixer opens and its thread runs as on a
machine with a sound card, without making any sound.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from harness import ROOT, BenchmarkError, Plan, Report, child_env, log, median

SCREEN = "1366x768"
ROUTINE_ID = "bench-rhythmic"
# Every rhythmic step at its own tempo (3 s and 4 s beats), a short rest between them: a
# minute's window sees movement words on each beat, pictures changing keyframe with them,
# step and rest announcements, and the countdown every second.
ROUTINE = {
    "version": 1,
    "id": ROUTINE_ID,
    "title": "Benchmark: rhythmic steps",
    "description": "Steps with a beat, one after another.",
    "prep_seconds": 3,
    "rest_seconds": 5,
    "steps": [
        {"exercise": "pelvic-clock", "seconds": 30},
        {"exercise": "towel-rock", "seconds": 30},
        {"exercise": "cat-pose", "seconds": 30},
        {"exercise": "backward-situp", "seconds": 30},
        {"exercise": "pelvic-clock", "seconds": 30},
    ],
}
SETTLE_SECONDS = 8.0  # start-up, the mixer opened, the get-ready seconds: then the steps run


@contextlib.contextmanager
def x_display() -> Iterator[str | None]:
    """An Xvfb of our own while the block runs (a screen nothing else draws on), else
    $DISPLAY; None if neither."""
    if shutil.which("Xvfb") is None:
        yield os.environ.get("DISPLAY") or None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()  # written once the server accepts clients
    try:
        if not number:
            raise BenchmarkError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def threads_of(pid: int) -> dict[int, dict[str, Any]]:
    """Each thread of a process: its name, CPU time (ns) and times put on a CPU (schedstat)."""
    threads: dict[int, dict[str, Any]] = {}
    for entry in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (entry / "comm").read_text().strip()
            cpu_ns, _wait, runs = (int(v) for v in (entry / "schedstat").read_text().split())
        except (OSError, ValueError):
            continue  # ended meanwhile
        threads[int(entry.name)] = {"name": name, "cpu_ns": cpu_ns, "runs": runs}
    return threads


def process_cpu_seconds(pid: int) -> float:
    """User plus system time of the whole process (every thread, ended ones too)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


POLL_SECONDS = 0.05  # how often each thread is read: SDL's audio thread comes and goes


def role(pid: int, tid: int, name: str) -> str:
    if tid == pid:
        return "main"
    if name.startswith("SDLAudio"):
        return "sdl_audio"
    if name == "python":  # threads Python started: the cue player's worker, the history reader
        return "python"
    return "other"  # Qt's


def sample(pid: int, seconds: float) -> dict[str, Any]:
    """The process's CPU time over `seconds`, and each thread's, read every POLL_SECONDS so
    that a thread living only part of the time (SDL's audio thread, while the device is open)
    is counted too. A thread's last moments before it ends (under POLL_SECONDS) are missed in
    its own figures, never in the process's."""
    seen: dict[int, dict[str, Any]] = {}  # tid: name, first and last readings
    cpu0, t0 = process_cpu_seconds(pid), time.monotonic()
    born_later = False
    while True:
        for tid, now in threads_of(pid).items():
            if tid not in seen:
                start = {"cpu_ns": 0, "runs": 0} if born_later else now
                seen[tid] = {"name": now["name"], "first": start}
            seen[tid]["last"] = now
        born_later = True
        if time.monotonic() - t0 >= seconds:
            break
        time.sleep(POLL_SECONDS)
    cpu1, t1 = process_cpu_seconds(pid), time.monotonic()
    wall = t1 - t0
    threads: dict[tuple[str, str], dict[str, Any]] = {}
    for tid, thread in seen.items():
        key = (role(pid, tid, thread["name"]), thread["name"])
        entry = threads.setdefault(
            key, {"name": key[1], "role": key[0], "count": 0, "cpu_ns": 0, "runs": 0}
        )
        entry["count"] += 1
        entry["cpu_ns"] += thread["last"]["cpu_ns"] - thread["first"]["cpu_ns"]
        entry["runs"] += thread["last"]["runs"] - thread["first"]["runs"]
    listed = [
        {
            "name": entry["name"],
            "role": entry["role"],
            "threads": entry["count"],  # several: one came and went each time the device opened
            "cpu_percent": 100 * entry["cpu_ns"] / 1e9 / wall,
            "wakeups_per_s": entry["runs"] / wall,
        }
        for entry in threads.values()
    ]
    return {"cpu_percent": 100 * (cpu1 - cpu0) / wall, "wall_seconds": wall, "threads": listed}


def run_once(folder: Path, name: str, display: str | None, seconds: float) -> dict[str, Any]:
    data = folder / name
    (data / "routines").mkdir(parents=True)
    (data / "routines" / f"{ROUTINE_ID}.json").write_text(json.dumps(ROUTINE))
    screen = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {}
    with open(folder / f"{name}.err", "wb") as errors:
        app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--start", ROUTINE_ID],
            env=child_env(**screen),
            stdout=subprocess.DEVNULL,
            stderr=errors,
            cwd=ROOT,
        )
        try:
            time.sleep(SETTLE_SECONDS)
            if app.poll() is not None:
                code = app.returncode
                raise BenchmarkError(f"the app ended before it was measured (exit {code})")
            result = sample(app.pid, seconds)
        finally:
            app.terminate()  # as a user closing it: the session so far is saved
            try:
                app.wait(30)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    result["session_seconds"] = saved_session_seconds(data)
    return result


def saved_session_seconds(data: Path) -> float:
    """The practice time the app saved for the benchmark's routine: proof that it ran."""
    from psoas_timer.core.history import read_history

    sessions = [s for s in read_history(data).sessions if s.routine_id == ROUTINE_ID]
    return max((s.active_seconds for s in sessions), default=0.0)


def share(run: dict[str, Any], which: str, field: str) -> float:
    return sum(t[field] for t in run["threads"] if t["role"] == which)


def bench_rhythmic(plan: Plan, report: Report, folder: Path) -> None:
    seconds = plan.long_seconds
    with x_display() as display:
        where = f"Xvfb {SCREEN} ({display})" if display else "offscreen (no X display, no Xvfb)"
        log(f"  on {where}")
        # Discarded: renders the routine's phrases into the shared cache, once, as a user's
        # first run of it does; the measured runs find them there.
        run_once(folder, "rhythmic-warm-up", display, 2.0)
        runs = []
        for number in range(1, plan.long_runs + 1):
            log(f"  rhythmic run {number}/{plan.long_runs} ({seconds:.0f} s)")
            run = run_once(folder, f"rhythmic-{number}", display, seconds)
            # Practice time leaves out the get-ready and the rests: most of the window, not all.
            if run["session_seconds"] < seconds / 2:
                raise BenchmarkError(f"the routine did not run: {run['session_seconds']:.0f} s")
            runs.append(run)
    report.details["rhythmic"] = {"display": where, "runs": runs}
    note = f"whole process, {where}"
    report.add(
        "cpu_rhythmic_percent",
        "CPU over a routine of rhythmic steps (whole process)",
        median([run["cpu_percent"] for run in runs]),
        "% core",
        "< 1",
        lambda value: value < 1,
        note=note,
    )
    report.add(
        "rhythmic_wakeups_per_s",
        "rhythmic steps: wake-ups of all threads",
        median([sum(t["wakeups_per_s"] for t in run["threads"]) for run in runs]),
        "/s",
        note=note,
    )
    for which, label in (
        ("main", "the window's thread"),
        ("sdl_audio", "SDL's audio thread"),
        ("python", "Python's other threads (the cue player's worker, the history reader)"),
        ("other", "Qt's other threads"),
    ):
        report.add(
            f"rhythmic_{which}_cpu_percent",
            f"rhythmic steps: CPU of {label}",
            median([share(run, which, "cpu_percent") for run in runs]),
            "% core",
        )
        report.add(
            f"rhythmic_{which}_wakeups_per_s",
            f"rhythmic steps: wake-ups of {label}",
            median([share(run, which, "wakeups_per_s") for run in runs]),
            "/s",
        )
