"""Offline speech: espeak-ng renders phrases once into a cache the mixer can play."""

from __future__ import annotations

import math
import shutil
import wave
from array import array
from pathlib import Path

import pytest

from psoas_timer.audio import speech
from psoas_timer.audio.cue_player import CuePlayer
from psoas_timer.audio.output import MIXER_RATE, SilentOutput
from psoas_timer.audio.speech import SpeechRenderer

needs_espeak = pytest.mark.skipif(
    speech.find_espeak() is None, reason="espeak-ng is not installed here"
)


@needs_espeak
def test_a_phrase_renders_to_a_non_empty_trimmed_wav(tmp_path):
    renderer = SpeechRenderer(tmp_path / "voice")
    assert renderer.available
    path = renderer.render("Switch sides")
    assert path is not None and path.parent == tmp_path / "voice"
    with wave.open(str(path), "rb") as source:
        assert source.getnchannels() == 1 and source.getsampwidth() == 2
        assert source.getframerate() == MIXER_RATE  # the mixer decodes it without resampling
        seconds = source.getnframes() / source.getframerate()
        frames = source.readframes(source.getnframes())
    assert 0.3 < seconds < 3.0
    assert any(frames)
    assert max(frames[:4]) < 8  # starts faded, not mid-waveform
    assert renderer.failures == []


def assert_at_the_cue_level(files: dict[str, Path]) -> None:
    for phrase, path in files.items():
        with wave.open(str(path), "rb") as source:
            samples = array("h", source.readframes(source.getnframes()))
        rms = 20 * math.log10(math.sqrt(sum(v * v for v in samples) / len(samples)) / 32767)
        peak = 20 * math.log10(max(abs(v) for v in samples) / 32767)
        assert peak <= speech.PEAK_LIMIT_DBFS + 0.5, phrase
        # Within a dB or so of the cue sounds, unless the peak limit holds it back.
        assert speech.SPEECH_RMS_DBFS - 4 <= rms <= speech.SPEECH_RMS_DBFS + 1, (phrase, rms)


PHRASES = ["Halfway", "Well done", "Round up", "Rest. Next: Kneeling hip flexor stretch"]


@needs_espeak
@pytest.mark.parametrize("background", [False, True], ids=["needed-now", "ahead-of-need"])
def test_phrases_come_out_at_the_level_of_the_cue_sounds_without_clipping(tmp_path, background):
    files = SpeechRenderer(tmp_path).prepare(PHRASES, background=background)
    assert sorted(files) == sorted(PHRASES)
    assert_at_the_cue_level(files)


@needs_espeak
@pytest.mark.parametrize("amplitude", [40, 220], ids=["too-soft", "too-loud"])
def test_a_phrase_needed_now_is_leveled_without_waiting_for_a_second_rendering(
    tmp_path, monkeypatch, amplitude
):
    """The first phrase of a routine is due as it starts: a level that is off is corrected on
    its samples, not by running espeak-ng again; ahead of need, espeak-ng renders it again."""
    monkeypatch.setattr(speech, "AMPLITUDE", amplitude)  # every phrase comes out off the level
    runs: list[list[str]] = []
    popen = speech.subprocess.Popen

    def counted(command, **options):
        runs.append(command)
        return popen(command, **options)

    monkeypatch.setattr(speech.subprocess, "Popen", counted)
    renderer = SpeechRenderer(tmp_path / "now")
    runs.clear()  # the voice's check at start
    now = renderer.prepare(["Get ready"])
    assert len(runs) == 1
    assert_at_the_cue_level(now)

    runs.clear()
    ahead = SpeechRenderer(tmp_path / "ahead").prepare(["Get ready"], background=True)
    assert len(runs) >= 2  # rendered again, at an amplitude that brings it to the level
    assert_at_the_cue_level(ahead)


@needs_espeak
def test_phrases_are_cached_by_phrase_voice_and_rate(tmp_path):
    renderer = SpeechRenderer(tmp_path)
    files = renderer.prepare(["Halfway", "Well done", "Halfway"])
    assert set(files) == {"Halfway", "Well done"}
    stamp = files["Halfway"].stat().st_mtime_ns
    again = renderer.prepare(["Halfway"])
    assert again["Halfway"] == files["Halfway"]
    assert again["Halfway"].stat().st_mtime_ns == stamp  # not rendered twice
    assert SpeechRenderer(tmp_path, rate=200).path_for("Halfway") != files["Halfway"]
    assert SpeechRenderer(tmp_path, voice="en-gb").path_for("Halfway") != files["Halfway"]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        path.name for path in files.values()
    )  # no temporary files left behind


@needs_espeak
def test_odd_text_is_spoken_as_text(tmp_path):
    renderer = SpeechRenderer(tmp_path)
    files = renderer.prepare(["-v xx --help", "Pelvic clock: 12 o'clock"])
    assert len(files) == 2


def test_missing_executable_means_no_voice_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    renderer = SpeechRenderer(tmp_path / "voice")
    assert not renderer.available
    assert renderer.status == "Voice is unavailable: espeak-ng is not installed."
    assert renderer.prepare(["Halfway"]) == {}
    player = CuePlayer(SilentOutput(), renderer)
    player.output.available = True  # sound works; only the voice is missing
    assert player.status == "Voice is unavailable: espeak-ng is not installed."


def test_a_broken_executable_turns_the_voice_off(tmp_path):
    renderer = SpeechRenderer(tmp_path, executable="/bin/false")
    assert renderer.prepare(["Halfway"]) == {}
    assert not renderer.available
    assert renderer.status == "Voice is unavailable: espeak-ng could not render speech."


def test_an_unwritable_cache_falls_back_to_a_temporary_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    renderer = SpeechRenderer(blocker / "voice", executable="/bin/true")
    assert renderer.available
    assert renderer.cache_dir.is_dir()
    shutil.rmtree(renderer.cache_dir)


@needs_espeak
def test_a_taken_window_turn_holds_the_python_work_until_it_is_given_back(tmp_path):
    import threading

    from psoas_timer.audio.worker import WindowTurn

    turn = WindowTurn(limit=60.0)
    renderer = SpeechRenderer(tmp_path, window_turn=turn)
    turn.take()
    files: dict[str, Path] = {}
    rendering = threading.Thread(target=lambda: files.update(renderer.prepare(["Halfway"])))
    rendering.start()
    rendering.join(0.5)  # espeak-ng has said it by then; its output waits to be read
    assert rendering.is_alive() and files == {}
    turn.give_back()
    rendering.join(10)
    assert not rendering.is_alive() and sorted(files) == ["Halfway"]


def test_a_window_turn_ends_by_its_limit_even_if_never_given_back():
    from psoas_timer.audio.worker import WindowTurn

    turn = WindowTurn(limit=0.05)
    assert not turn.held and turn.wait()  # not taken: nothing waits
    turn.take()
    assert turn.held
    assert turn.wait() is False  # the window drew nothing (hidden, say): the work goes on
    assert not turn.held and turn.wait() is False
