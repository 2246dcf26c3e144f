"""A process killed at any moment leaves history.json whole, with every save that returned."""

import json
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
    path = tmp_path / "history.json"
    rng = random.Random(20261125)
    confirmed: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kills = 50
    for _ in range(kills):
        process = subprocess.Popen(
            [sys.executable, str(HERE / "save_loop.py"), str(path)],
            stdout=subprocess.PIPE,
            env=env,
        )
        # Let it import and then save for a random while before the kill.
        lines = _saved_lines(process, time.monotonic() + 0.25 + rng.random() * 0.3)
        confirmed.update(lines)
        document = json.loads(path.read_text())  # always whole, always parses
        assert document["version"] == 1
        on_disk = {session["id"] for session in document["sessions"]}
        assert confirmed <= on_disk
        assert not list(tmp_path.glob("*.corrupt-*"))
    assert len(confirmed) > kills  # the loop really saved between kills
