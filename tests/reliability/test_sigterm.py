"""SIGTERM (log-out, shutdown) mid-session: the session is saved as partial and the app exits 0."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer.core.history import read_history

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sigterm_mid_session_saves_a_partial_session_and_exits_0(tmp_path, qtbot):
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    # No get-ready phase, so the session counts (5 s of practice) after 5 s of real time.
    (data / "routines" / "one-minute.json").write_text(
        json.dumps(
            {
                "id": "one-minute",
                "title": "One minute",
                "prep_seconds": 0,
                "rest_seconds": 0,
                "steps": [{"exercise": "cat-pose", "seconds": 60}],
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--start", "one-minute"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )

    def recorded():
        return read_history(data).sessions

    try:
        qtbot.waitUntil(lambda: bool(recorded()), timeout=30000)
        first = recorded()[0]
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
    (session,) = recorded()
    assert session.routine_id == "one-minute"
    assert session.completed is False
    assert 5 <= session.active_seconds < 60
    # Saved again at the signal, with the practice done since the first save.
    assert session.active_seconds >= first.active_seconds
    assert session.ended_at >= session.started_at
