"""A process killed at any moment leaves the history readable, with every save that returned."""

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psoas_timer.core.history import read_history

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def _saved_lines(process, stop_after: float) -> list[str]:
    """Read the child's 'saved' lines until the deadline (monotonic), then SIGKILL it."""
    lines: list[str] = []
    buffer = b""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    while True:
        left = stop_after - time.monotonic()
        if left <= 0:
            break
        if selector.select(timeout=left):
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
    process.send_signal(signal.SIGKILL)
    process.wait()
    rest = process.stdout.read()
    buffer += rest
    selector.close()
    # Only whole lines count: the child had finished that save before printing it.
    for line in buffer.split(b"\n")[:-1]:
        lines.append(line.decode())
    return lines


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_returned_save(tmp_path):
    rng = random.Random(20261125)
    confirmed: dict[str, float] = {}  # session id -> active seconds of its last returned save
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kills = 50
    start = 0
    for _ in range(kills):
        process = subprocess.Popen(
            [sys.executable, str(HERE / "save_loop.py"), str(tmp_path), str(start)],
            stdout=subprocess.PIPE,
            env=env,
        )
        # Let it import and then save for a random while before the kill.
        lines = _saved_lines(process, time.monotonic() + 0.25 + rng.random() * 0.3)
        for line in lines:
            number = int(line[1:])
            confirmed[f"s{number}"] = 0.5 if line[0] == "p" else float(number % 60 + 1)
            start = max(start, number + 1)
        read = read_history(tmp_path)  # always parses; at most an unfinished last line
        assert read.problems == []
        assert all(source.damaged is None for source in read.sources)
        on_disk = {record.id: record.active_seconds for record in read.sessions}
        assert confirmed.keys() <= on_disk.keys()
        for session_id, active in confirmed.items():
            assert on_disk[session_id] >= active  # the latest returned state, or a later one
        assert not list(tmp_path.rglob("*.corrupt-*"))
    assert len(confirmed) > kills  # the loop really saved between kills
