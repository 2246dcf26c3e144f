"""The synthesised cue sounds: present, short, click-free, level-matched, reproducible."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest

from psoas_timer.audio.cue_player import sound_files
from psoas_timer.audio.speech import SPEECH_RMS_DBFS
from psoas_timer.core.cues import SOUND_NAMES

ROOT = Path(__file__).resolve().parents[2]
MAKE_SOUNDS = ROOT / "tools" / "make_sounds.py"


def _read(path: Path) -> tuple[wave._wave_params, list[float]]:
    with wave.open(str(path), "rb") as source:
        params = source.getparams()
        samples = array("h", source.readframes(source.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return params, [value / 32767 for value in samples]


def _db(value: float) -> float:
    return 20 * math.log10(value)


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_each_sound_is_short_clean_and_in_format(name):
    path = sound_files()[name]
    assert path.is_file()
    params, values = _read(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44100)
    seconds = len(values) / params.framerate
    if name == "tick":
        assert 0.04 <= seconds <= 0.08
    else:
        assert 0.12 <= seconds <= 0.9
    assert abs(values[0]) < 0.005 and abs(values[-1]) < 0.005  # faded: no click
    assert max(abs(v) for v in values[:20]) < 0.05  # ramps up rather than jumping
    assert max(abs(v) for v in values[-20:]) < 0.05
    assert _db(max(abs(v) for v in values)) < -1.0


def test_levels_match_within_3_db():
    levels = {}
    for name, path in sound_files().items():
        _, values = _read(path)
        levels[name] = _db(math.sqrt(sum(v * v for v in values) / len(values)))
    assert max(levels.values()) - min(levels.values()) <= 3.0, levels
    for level in levels.values():
        assert abs(level - SPEECH_RMS_DBFS) <= 1.5  # speech is scaled to the same level


def test_sounds_are_distinct():
    raw = {name: path.read_bytes() for name, path in sound_files().items()}
    assert len(set(raw.values())) == len(raw)


def test_committed_sounds_match_the_generator():
    result = subprocess.run(
        [sys.executable, str(MAKE_SOUNDS), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_check_fails_when_a_file_differs(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("make_sounds", MAKE_SOUNDS)
    assert spec is not None and spec.loader is not None
    make_sounds = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_sounds", make_sounds)
    spec.loader.exec_module(make_sounds)
    assert make_sounds.TARGET_RMS_DBFS == SPEECH_RMS_DBFS
    assert make_sounds.main(["--out", str(tmp_path)]) == 0
    first = {path.name: path.read_bytes() for path in tmp_path.glob("*.wav")}
    assert make_sounds.main(["--out", str(tmp_path), "--check"]) == 0
    assert make_sounds.main(["--out", str(tmp_path)]) == 0
    assert {path.name: path.read_bytes() for path in tmp_path.glob("*.wav")} == first
    (tmp_path / "tick.wav").write_bytes(first["tick.wav"][:-2] + b"\x01\x00")
    assert make_sounds.main(["--out", str(tmp_path), "--check"]) == 1
