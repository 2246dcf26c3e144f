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
from psoas_timer.audio.output import MIXER_RATE, SilentOutput, open_output

ROOT = Path(__file__).resolve().parents[2]

PLAY_START = """
import json, sys
from pathlib import Path
import pygame
from psoas_timer.audio.output import open_output
output = open_output()
report = {"available": output.available, "status": output.status, "type": type(output).__name__}
if output.available:
    output.open()
    output.load({"start": Path(sys.argv[1])})
    report["played"] = output.play("start", 1.0)
    # Wait for the mixer to finish the sound (bounded: at most ~3 s), then a little for SDL to
    # hand the last buffer to the driver.
    for _ in range(300):
        if not pygame.mixer.get_busy():
            break
        pygame.time.wait(10)
    pygame.time.wait(100)
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


def _stream(capture: Path) -> tuple[array, array]:
    """The left and right channels of what the disk driver wrote (16-bit stereo)."""
    data = capture.read_bytes()
    samples = array("h", data[: len(data) // 4 * 4])
    return samples[0::2], samples[1::2]


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
    assert report["played"] is True
    left, right = _stream(capture)
    loudest = max(max(abs(value) for value in left), max(abs(value) for value in right))
    assert loudest > 1000, f"only silence reached the device (peak {loudest})"


OVERLAP = """
import sys, time
from pathlib import Path
import pygame
from psoas_timer.audio.output import PygameOutput
output = PygameOutput(split_stereo=True)  # tones on the left, phrases on the right
output.open()
output.load({"halfway": Path(sys.argv[1]), "speech:Switch sides": Path(sys.argv[2])})
time.sleep(0.2)
assert output.play("halfway", 1.0)  # a chime of 0.85 s
time.sleep(0.1)
assert output.play("speech:Switch sides", 1.0)  # due while the chime rings
time.sleep(1.2)
output.close()
"""


def _onset(channel: array, level: int = 300) -> int:
    return next(index for index, value in enumerate(channel) if abs(value) > level)


def test_a_phrase_due_while_a_tone_plays_starts_at_its_moment_in_the_stream(tmp_path):
    capture = tmp_path / "speaker.raw"
    files = sound_files()
    result = _child(
        OVERLAP,
        {"SDL_AUDIODRIVER": "disk", "SDL_DISKAUDIOFILE": str(capture)},
        str(files["halfway"]),
        str(files["switch"]),  # stands in for a phrase: any sound on the voice channel
    )
    assert result.returncode == 0, result.stderr
    left, right = _stream(capture)
    tone, phrase = _onset(left), _onset(right)
    gap = (phrase - tone) / MIXER_RATE
    # The disk driver writes a little faster than real time (about 3 % here), and each sound
    # starts on a buffer boundary: 0.1 s apart in the calls is 0.08-0.13 s apart in the stream.
    assert 0.08 < gap < 0.13, f"the phrase started {gap:.3f} s after the tone"
    assert max(abs(value) for value in left[phrase : phrase + 2000]) > 1000  # the chime rings on


DEVICE_LIFE = """
import json, os, sys, time
from pathlib import Path
import pygame
from psoas_timer.audio.output import PygameOutput

def threads(settle_to=None):
    # This process's threads. A thread SDL has joined can stay listed for a moment while the
    # kernel ends it (seen on a busy machine): with settle_to, wait up to 2 s for that.
    deadline = time.monotonic() + 2.0
    while True:
        count = len(os.listdir("/proc/self/task"))
        if settle_to is None or count <= settle_to or time.monotonic() > deadline:
            return count
        time.sleep(0.001)

report = {"threads_before": threads()}
idle = report["threads_before"]
output = PygameOutput()  # checks that a device opens, then closes it
report["after_probe"] = [pygame.mixer.get_init() is not None, output.is_open, threads(idle)]
output.load({"tick": Path(sys.argv[1])})
report["has_while_closed"] = output.has("tick")
output.open()
report["open"] = [pygame.mixer.get_init() is not None, output.is_open, threads()]
report["played_open"] = output.play("tick", 1.0)
output.close()
report["closed"] = [pygame.mixer.get_init() is not None, output.is_open, threads(idle)]
report["played_closed"] = output.play("tick", 1.0)
output.open()
report["reopened"] = [output.has("tick"), output.play("tick", 1.0), threads()]
output.close()
print(json.dumps(report))
"""


def test_the_device_is_closed_until_opened_and_no_audio_thread_runs_while_closed():
    result = _child(DEVICE_LIFE, {"SDL_AUDIODRIVER": "dummy"}, str(sound_files()["tick"]))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    idle = report["threads_before"]
    assert report["after_probe"] == [False, False, idle]
    assert report["has_while_closed"] is False
    assert report["open"] == [True, True, idle + 1]  # SDL's audio thread
    assert report["played_open"] is True
    assert report["closed"] == [False, False, idle]
    assert report["played_closed"] is False
    assert report["reopened"] == [True, True, idle + 1]  # decoded once, kept across a close


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


def test_silent_output_opens_closes_and_records_what_it_would_play():
    now = [100.0]
    output = SilentOutput(now=lambda: now[0])
    files = sound_files()
    output.load({"tick": files["tick"], "finish": files["finish"]})
    assert output.length("finish") == pytest.approx(0.9, abs=0.002)
    assert output.play("tick", 0.5) is False  # closed: nothing plays
    output.open()
    assert output.play("tick", 0.5) is True
    assert output.play("nonexistent", 0.5) is False  # never loaded: ignored, as the mixer would
    now[0] = 101.0
    output.play("finish", 1.0)
    output.close()
    assert [(p.at, p.name, p.volume, round(p.seconds, 3)) for p in output.played] == [
        (100.0, "tick", 0.5, 0.06),
        (101.0, "finish", 1.0, 0.9),
    ]
    assert (output.opened, output.closed) == (1, 1)


CHANNELS = """
import json, sys
from pathlib import Path
import pygame
from psoas_timer.audio.output import PygameOutput
output = PygameOutput()
output.open()
output.load({'tick': Path(sys.argv[1]), 'speech:Halfway': Path(sys.argv[2]),
             'speech:Well done': Path(sys.argv[3]), 'broken': Path('/nonexistent.wav')})
output.play('speech:Halfway', 0.7)
output.play('tick', 0.7)
output.play('speech:Well done', 0.7)  # takes the place of the phrase still being said
voice = pygame.mixer.Channel(0)
busy = [pygame.mixer.Channel(n).get_busy() for n in range(4)]
print(json.dumps({
    'busy': busy,
    'voice_length': round(voice.get_sound().get_length(), 3),
    'lengths': [round(output.length(n), 3) for n in ('tick', 'speech:Halfway', 'broken')],
    'missing': output.missing,
    'broken_plays': output.play('broken', 0.7),
}))
output.close()
"""


def test_pygame_output_says_phrases_on_their_own_channel_one_at_a_time():
    files = sound_files()
    result = _child(
        CHANNELS,
        {"SDL_AUDIODRIVER": "dummy"},
        str(files["tick"]),
        str(files["halfway"]),
        str(files["finish"]),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["busy"] == [True, True, False, False]  # the voice, and one tone channel
    assert report["voice_length"] == 0.9  # the second phrase replaced the first
    assert report["lengths"] == [0.06, 0.85, 0.0]
    assert report["missing"] == ["broken"]
    assert report["broken_plays"] is False
