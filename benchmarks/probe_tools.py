"""What the measured child processes of the benchmarks share: one line of results on stdout,
and the process's and each thread's use of the processor and memory."""

from __future__ import annotations

import json
import os
import resource
import sys
from collections.abc import Callable
from pathlib import Path


def emit(result: dict[str, object]) -> None:
    sys.stdout.write("PROBE " + json.dumps(result) + "\n")
    sys.stdout.flush()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def max_rss_kib() -> int:
    """This process's own peak resident memory, in KiB: the kernel's high-water mark of the
    process's memory (VmHWM), which starts afresh when the program starts.

    Not getrusage's ru_maxrss: Linux carries a peak over into a program started by vfork (as
    Python's subprocess starts one where it can), so a probe's ru_maxrss is at least its
    parent's peak, the benchmark runner's, however little the app itself uses. For the same
    reason RUSAGE_CHILDREN cannot tell the helpers' own peak (espeak-ng, a few at a time for
    a moment while phrases are rendered): each would count at least the app's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def thread_stats() -> dict[int, dict[str, object]]:
    """Every thread of this process from /proc: its name, CPU time (ns, from schedstat) and
    how many times it was put on a CPU (each a wake-up)."""
    threads: dict[int, dict[str, object]] = {}
    for entry in Path("/proc/self/task").iterdir():
        try:
            name = (entry / "comm").read_text().strip()
            cpu_ns, _wait_ns, slices = (int(v) for v in (entry / "schedstat").read_text().split())
        except (OSError, ValueError):
            continue  # ended meanwhile, or no schedstat here
        threads[int(entry.name)] = {"name": name, "cpu_ns": cpu_ns, "runs": slices}
    return threads


def thread_usage(
    before: dict[int, dict[str, object]], after: dict[int, dict[str, object]], seconds: float
) -> list[dict[str, object]]:
    """Per thread over a sample: CPU % of a core and wake-ups a second (threads born during
    the sample count from zero)."""
    usage = []
    for tid, end in sorted(after.items()):
        start = before.get(tid, {"cpu_ns": 0, "runs": 0})
        usage.append(
            {
                "tid": tid,
                "name": end["name"],
                "main": tid == os.getpid(),
                "cpu_percent": 100 * (int(end["cpu_ns"]) - int(start["cpu_ns"])) / 1e9 / seconds,
                "wakeups_per_s": (int(end["runs"]) - int(start["runs"])) / seconds,
            }
        )
    return usage


def process_cpu_seconds() -> float:
    """The whole process's CPU time (every thread, ended ones too), from /proc."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def precise_single_shot(seconds: float, callback: Callable[[], None], parent: object) -> None:
    """A one-off timer accurate to the millisecond (the default kind may be 5 % off)."""
    from PySide6.QtCore import Qt, QTimer

    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(callback)
    timer.start(round(seconds * 1000))
