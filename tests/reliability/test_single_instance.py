"""Two copies at once: the second brings the first to the front; only one writes history."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_second_copy_brings_the_first_forward_and_exits(tmp_path, qtbot):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil((data / ".instance.lock").exists, timeout=30000)
        second = subprocess.run(
            [*command, "--start", "quick-reset"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        # The first one took the request: it started the routine, and it alone records it.
        assert first.poll() is None
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=20) == 0
    finally:
        if first.poll() is None:
            first.kill()
    settings = json.loads((data / "settings.json").read_text())["settings"]
    assert settings["last_routine"] == "quick-reset"
    assert not (data / ".instance.lock").exists()  # released on exit


@pytest.mark.slow
def test_a_lock_left_by_a_killed_process_does_not_block_the_next_start(tmp_path, qtbot):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    qtbot.waitUntil((data / ".instance.lock").exists, timeout=30000)
    first.kill()
    first.wait()
    assert (data / ".instance.lock").exists()
    again = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = data / ".instance.lock"

    def held_by_again():
        try:
            return lock.read_text().splitlines()[0] == str(again.pid)
        except (OSError, IndexError):
            return False

    try:
        qtbot.waitUntil(held_by_again, timeout=30000)
        third = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert third.returncode == 0 and "already running" in third.stdout
        assert again.poll() is None
    finally:
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=20)
