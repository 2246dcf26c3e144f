"""The outputs: a real mixer writing real samples (SDL's disk driver), and the quiet fallback.

Each mixer test runs in a child process with its own environment, because SDL reads its driver
choice once per process and pygame's mixer is process-wide.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from psoas_timer.audio.cue_player import sound_files
from psoas_timer.audio.output import SPEECH_PREFIX, SilentOutput, open_output

ROOT = Path(__file__).resolve().parents[2]

PLAY_START = """
import json, sys
from pathlib import Path
import pygame
from psoas_timer.audio.output import open_output
output = open_output()
report = {"available": output.available, "status": output.status, "type": type(output).__name__}
if output.available:
    output.load({"start": Path(sys.argv[1])})
    output.play("start", 1.0)
    # Wait for the mixer to finish the sound (bounded: at most ~3 s), then a little for SDL to
    # hand the last buffer to the driver.
    for _ in range(300):
        if not pygame.mixer.get_busy():
            break
        pygame.time.wait(10)
    pygame.time.wait(100)
    report["busy_until_after_now"] = output.busy_until() > 0
    output.close()
print(json.dumps(report))
"""


def _child(code: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **env, "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=full_env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_cue_really_sounds_through_the_disk_driver(tmp_path):
    capture = tmp_path / "speaker.raw"
    result = _child(
        PLAY_START,
        {"SDL_AUDIODRIVER": "disk", "SDL_DISKAUDIOFILE": str(capture)},
        str(sound_files()["start"]),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["available"], report["status"]
    assert report["type"] == "PygameOutput"
    samples = array("h", capture.read_bytes()[: len(capture.read_bytes()) // 2 * 2])
    assert len(samples) > 0
    loudest = max(abs(value) for value in samples)
    assert loudest > 1000, f"only silence reached the device (peak {loudest})"


def test_a_driver_that_cannot_open_gives_a_silent_output_and_a_sentence():
    code = (
        "import json\n"
        "from psoas_timer.audio.output import open_output\n"
        "output = open_output()\n"
        "print(json.dumps({'type': type(output).__name__, 'available': output.available,"
        " 'status': output.status}))\n"
    )
    result = _child(code, {"SDL_AUDIODRIVER": "nosuchdriver"})
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "type": "SilentOutput",
        "available": False,
        "status": "Sound is unavailable: no audio device was found.",
    }


def test_no_pygame_gives_a_silent_output(monkeypatch):
    monkeypatch.setitem(sys.modules, "pygame", None)  # importing it now raises ImportError
    monkeypatch.setitem(sys.modules, "pygame.mixer", None)
    output = open_output()
    assert isinstance(output, SilentOutput)
    assert output.status == "Sound is unavailable: pygame is not installed."


def test_silent_choice_is_silent():
    output = open_output("silent")
    assert isinstance(output, SilentOutput)
    assert not output.available


def test_silent_output_records_and_keeps_time(tmp_path):
    now = [100.0]
    output = SilentOutput(now=lambda: now[0])
    files = sound_files()
    output.load({"tick": files["tick"], "finish": files["finish"]})
    output.play("tick", 0.5)
    output.play("nonexistent", 0.5)  # never loaded: ignored, as the mixer would
    assert [(p.at, p.name, p.volume) for p in output.played] == [(100.0, "tick", 0.5)]
    assert output.busy_until() == pytest.approx(100.06, abs=0.002)
    now[0] = 101.0
    output.play("finish", 1.0)
    assert output.busy_until() == pytest.approx(101.9, abs=0.002)


def test_pygame_output_with_the_dummy_driver_queues_speech_and_tones(tmp_path):
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from psoas_timer.audio.output import PygameOutput\n"
        "clock = [50.0]\n"
        "output = PygameOutput(now=lambda: clock[0])\n"
        "output.load({'tick': Path(sys.argv[1]), 'speech:Halfway': Path(sys.argv[2]),"
        " 'broken': Path('/nonexistent.wav')})\n"
        "output.play('speech:Halfway', 0.7)\n"
        "output.play('tick', 0.7)\n"
        "output.play('broken', 0.7)\n"
        "print(json.dumps({'busy_until': output.busy_until(), 'missing': output.missing}))\n"
        "output.close()\n"
    )
    files = sound_files()
    result = _child(code, {"SDL_AUDIODRIVER": "dummy"}, str(files["tick"]), str(files["halfway"]))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["busy_until"] == pytest.approx(50.85, abs=0.002)
    assert report["missing"] == ["broken"]
    assert SPEECH_PREFIX == "speech:"
