"""A long history read in a process of its own, at a lower priority than the window's.

Reading hundreds of thousands of journal lines afresh (at a first start, or once the snapshot
is far behind the journals) takes seconds of a processor. On the app's reading thread those
seconds are taken from the window's and the sound's threads too, as Python runs one thread at
a time: the countdown and the cues came late. So the app that writes the data folder has a
child process, at a lower priority, read the journals and write the snapshot
(`core.snapshot`); then it reads the snapshot, which takes a tenth of a second. If the child
cannot do it (no interpreter to start, a cache folder it cannot write), the app reads
everything itself, as before.

    python -m psoas_timer.core.history_reader DATA_FOLDER SNAPSHOT
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from psoas_timer.core.history import SNAPSHOT_AFTER_LINES, history_files, read_history
from psoas_timer.core.snapshot import snapshot_coverage, write_snapshot
from psoas_timer.core.sync import conflict_original

# Journal bytes the snapshot does not hold from which a child reads them: about as many lines
# as make the snapshot be written again (a session's line is about 270 bytes).
CHILD_AFTER_BYTES = SNAPSHOT_AFTER_LINES * 300
CHILD_PRIORITY = 19  # os.nice increment where there is no idle class: the window's go first
CHILD_SECONDS = 600.0  # then it is stopped, and the app reads the history itself


def behind(folder: Path, snapshot: Path) -> int:
    """How many bytes of the journals in `folder` the snapshot at `snapshot` does not hold (by
    its header alone: to choose who reads, not to trust anything)."""
    covered = snapshot_coverage(snapshot) or {}
    missing = 0
    for relative, kind, _limit in history_files(folder):
        if kind != "journal" or conflict_original(relative) is not None:
            continue
        try:
            size = os.stat(folder / relative).st_size
        except OSError:
            continue
        held = covered.get(relative, 0)
        missing += size - held if 0 <= held <= size else size
    return missing


def read_in_child(folder: Path, snapshot: Path) -> bool:
    """Have a child process at a lower priority read `folder` and write the snapshot; True
    once it did. Waits for it (call it from a thread that may wait)."""
    env = dict(os.environ)
    # The child imports this app from where this process does (a checkout, a virtual env).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [*sys.path, env.get("PYTHONPATH")]))
    priority = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)  # Windows
    command = [sys.executable, "-m", __name__, str(folder), str(snapshot)]
    try:
        child = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            creationflags=priority,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    give_way(child.pid)  # at once: its own start-up (the interpreter, imports) gives way too
    try:
        return child.wait(CHILD_SECONDS) == 0
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        return False


def give_way(pid: int = 0) -> None:
    """Run process `pid` (0: this one) only on a processor nothing else wants: the idle
    scheduling class, where a waking thread of the window, the sound or espeak-ng takes the
    processor back at once (a niceness still lets the reader finish its slice first, which
    made the first spoken phrase of a routine started meanwhile come 25 ms late). Where there
    is no such class, the lowest niceness."""
    try:
        os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        with contextlib.suppress(AttributeError, OSError):
            if pid:
                os.setpriority(os.PRIO_PROCESS, pid, CHILD_PRIORITY)
            else:
                os.nice(CHILD_PRIORITY)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    give_way()  # started by another way than read_in_child
    folder, snapshot = Path(argv[0]), Path(argv[1])
    # Written even if the snapshot there could be used: its header said it was far behind.
    read = read_history(folder, snapshot, renew=True)
    if read.snapshot is None:
        return 1
    try:
        write_snapshot(snapshot, read.snapshot)
    except OSError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
