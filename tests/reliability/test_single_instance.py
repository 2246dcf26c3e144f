"""Two copies at once: the second brings the first to the front; only one writes history."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer.core.history import read_history
from psoas_timer.core.store import DataDir

ROOT = Path(__file__).resolve().parents[2]


def locks(data: Path) -> list[Path]:
    """The lock files in the data folder: one per computer that has the app open."""
    return sorted(data.glob(".instance-*.lock"))


def test_a_copy_finds_one_started_by_an_earlier_version(tmp_path):
    """The meeting point is named after the data folder exactly as earlier versions named it,
    so a second start after an update still reaches the copy already running."""
    import hashlib

    from psoas_timer.ui.single_instance import server_name

    for folder in (tmp_path / "data", tmp_path / "dossier de données é", Path("relative/data")):
        earlier = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
        assert server_name(folder) == f"psoas-timer-{earlier}"


@pytest.mark.slow
def test_a_second_copy_brings_the_first_forward_and_exits(tmp_path, qtbot):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: bool(locks(data)), timeout=30000)
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
    assert DataDir(data).settings.current.last_routine == "quick-reset"
    assert locks(data) == []  # released on exit


@pytest.mark.slow
def test_a_lock_left_by_a_killed_process_does_not_block_the_next_start(tmp_path, qtbot):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: bool(locks(data)), timeout=30000)
    first.kill()
    first.wait()
    assert locks(data)
    again = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    (lock,) = locks(data)

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


@pytest.mark.slow
def test_the_lock_covers_one_computer_never_another_sharing_the_folder(tmp_path, qtbot):
    """Two computers with one synced data folder: each has its own lock (and device id, kept
    outside the folder), so the second runs too, and each records into its own journal."""
    data = tmp_path / "data"
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)]
    command += ["--start", "quick-reset"]
    computers = []
    try:
        for name in ("laptop", "desktop"):
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "SDL_AUDIODRIVER": "dummy",
                "XDG_STATE_HOME": str(tmp_path / name / "state"),
            }
            process = subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            computers.append(process)
            running = len(computers)
            qtbot.waitUntil(lambda running=running: len(locks(data)) == running, timeout=30000)
        # Each practises, and its session in progress is in a file of its own.
        qtbot.waitUntil(lambda: len(list(data.glob("history/*.current.jsonl"))) == 2, timeout=60000)
        assert all(process.poll() is None for process in computers)  # neither sent away
    finally:
        for process in computers:
            process.send_signal(signal.SIGTERM)
        outputs = [process.communicate(timeout=20) for process in computers]
    assert all("already running" not in out for out, _ in outputs), outputs
    assert [process.returncode for process in computers] == [0, 0], outputs
    assert locks(data) == []
    journals = sorted(data.glob("history/*.jsonl"))
    assert len(journals) == 2  # one per computer, each with its partial session
    assert len(read_history(data).sessions) == 2
