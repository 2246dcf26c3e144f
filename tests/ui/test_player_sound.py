"""The player with its cues: what is heard over a routine, mute, and a machine with no sound."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from psoas_timer.audio.cue_player import CuePlayer
from psoas_timer.audio.output import SilentOutput
from psoas_timer.core.history import read_history
from psoas_timer.core.store import DataDir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sound_window(qtbot, data, library, clock):
    from psoas_timer.ui.main_window import MainWindow

    output = SilentOutput("Sound is unavailable: no audio device was found.", now=clock.now)
    cues = CuePlayer(output, None, now=clock.now)
    window = MainWindow(data, library, clock=clock, cues=cues)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.finish_start()  # as the app does once the first frame is on screen
    return window, output


def run_to_end(window, clock, seconds):
    for _ in range(seconds * 10):
        clock.advance(0.1)
        window.controller.wake()


def heard(output):
    return [played.name for played in output.played if not played.name.startswith("speech:")]


def test_a_whole_routine_sounds_its_cues_in_order(sound_window, clock):
    window, output = sound_window
    window.start_routine("ui-test")
    run_to_end(window, clock, 5 + 20 + 10 + 15 + 15 + 10 + 10 + 1)
    names = heard(output)
    # Get ready ends with three ticks, then the first work phase starts.
    assert names[:4] == ["tick", "tick", "tick", "start"]
    assert "beat" in names  # the cat pose's movements
    assert "rest" in names
    assert "switch" in names  # the right side of the lunge
    assert names.index("switch") > names.index("rest")
    assert names[-1] == "finish"


def test_the_mixer_closes_when_a_routine_ends_and_reopens_on_start(qtbot, data, library, clock):
    import pygame.mixer

    from psoas_timer.audio.output import PygameOutput
    from psoas_timer.audio.worker import ThreadWorker
    from psoas_timer.ui.main_window import MainWindow

    output = PygameOutput()  # SDL's dummy driver: a real mixer that plays nowhere
    worker = ThreadWorker()
    cues = CuePlayer(output, None, now=clock.now, worker=worker)
    window = MainWindow(data, library, clock=clock, cues=cues)
    qtbot.addWidget(window)
    window.show()

    def device_opens_for_the_first_tick() -> None:
        """The get-ready's first tick, 2 s in: the device rests until shortly before it, as
        between any cues far enough apart, and is open for it."""
        qtbot.waitUntil(lambda: worker.idle)  # opened at Start, for the get-ready's words
        window.controller.wake()  # (as the window's timer does while a cue waits for it)
        for seconds, device_open in ((1.0, False), (0.75, True)):
            clock.advance(seconds)
            window.controller.wake()
            qtbot.waitUntil(lambda: worker.idle)
            assert output.is_open is device_open
            assert (pygame.mixer.get_init() is not None) is device_open
        clock.advance(window.controller.session.next_event_at() - clock.now())
        window.controller.wake()
        tick = cues.played[-1]
        assert tick.name == "tick" and tick.delay == 0

    try:
        assert pygame.mixer.get_init() is None  # nothing running: no device, no audio thread
        window.start_routine("ui-test")
        device_opens_for_the_first_tick()
        run_to_end(window, clock, 5 + 20 + 10 + 15 + 15 + 10 + 10 + 1)
        assert window.controller.session.is_over
        qtbot.waitUntil(lambda: worker.idle)
        assert not output.is_open and pygame.mixer.get_init() is None
        qtbot.keyClick(window.player, Qt.Key.Key_R)  # Repeat, from the summary
        assert window.controller.running
        device_opens_for_the_first_tick()
    finally:
        window.close()
        worker.wait(5)
    assert pygame.mixer.get_init() is None


def test_the_player_says_quietly_that_sound_is_unavailable(sound_window):
    window, _ = sound_window
    assert "no audio device" in window.player.status_label.full_text()
    assert "Not medical advice" in window.player.status_label.full_text()


def test_m_mutes_saves_the_setting_and_nothing_more_is_heard(sound_window, clock, qtbot, data):
    window, output = sound_window
    window.start_routine("ui-test")
    qtbot.keyClick(window.player, Qt.Key.Key_M)
    assert window.player.mute_button.text().startswith("Unmute")
    assert DataDir(data.path).settings.current.muted is True
    run_to_end(window, clock, 30)
    assert heard(output) == []
    qtbot.keyClick(window.player, Qt.Key.Key_M)
    run_to_end(window, clock, 30)
    assert heard(output)


def test_sound_settings_dialog_choices_are_saved_and_applied(sound_window, monkeypatch, data):
    window, _ = sound_window
    shown = {}

    def answer(dialog):
        shown["note"] = dialog.note.text()
        dialog.volume.setValue(35)
        dialog.voice.setChecked(False)
        dialog.beats.setChecked(False)
        return dialog.settings()

    monkeypatch.setattr(window.settings, "run_sound_dialog", answer)
    window.edit_sound_settings()
    assert "no audio device" in shown["note"]
    saved = DataDir(data.path).settings.current
    assert (saved.volume, saved.muted, saved.voice, saved.beats) == (35, False, False, False)
    assert window.cues.volume == pytest.approx(0.35)
    assert window.cues.beats is False


@pytest.mark.slow
def test_with_an_audio_driver_that_cannot_open_a_routine_runs_to_the_end(tmp_path, qtbot):
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "short.json").write_text(
        json.dumps(
            {
                "id": "short",
                "title": "Short",
                "prep_seconds": 1,
                "rest_seconds": 1,
                "steps": [
                    {"exercise": "towel-rock", "seconds": 4},
                    {"exercise": "knee-to-chest", "seconds": 2, "per_side": True},
                ],
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "nosuchdriver"}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--start", "short"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )

    def finished():
        sessions = read_history(data).sessions
        return bool(sessions) and sessions[0].completed

    try:
        qtbot.waitUntil(finished, timeout=30000)
        assert process.poll() is None  # still running, on the summary
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
    stderr = process.stderr.read().decode()
    assert "Traceback" not in stderr
    (session,) = read_history(data).sessions
    assert session.active_seconds == 8


def test_the_chosen_routine_has_its_phrases_rendered_before_start(qtbot, data, library, clock):
    from audio.audio_helpers import FixedLengthPhrases

    from psoas_timer.core.cues import phrases_for
    from psoas_timer.ui.main_window import MainWindow

    phrases = FixedLengthPhrases(data.path.parent / "phrases")
    cues = CuePlayer(SilentOutput(now=clock.now), phrases, now=clock.now)
    window = MainWindow(data, library, clock=clock, cues=cues)
    qtbot.addWidget(window)
    window.show()
    window.library_page.select("quick-reset")
    assert phrases.rendered[-len(phrases_for(library.get("quick-reset"))) :] == phrases_for(
        library.get("quick-reset")
    )
    assert all(background for _, background in phrases.batches)  # behind the window
    assert not cues.output.is_open  # only chosen: no device


def test_the_voice_waits_for_the_get_ready_screen_then_goes_on(qtbot, data, library, clock):
    """Start gives the window its turn: the phrases' Python work (reading and levelling what
    espeak-ng said) waits until the get-ready screen is painted, not longer."""
    from audio.audio_helpers import FixedLengthPhrases

    from psoas_timer.audio.worker import WindowTurn
    from psoas_timer.ui.main_window import MainWindow

    phrases = FixedLengthPhrases(data.path.parent / "phrases")
    turn = phrases.window_turn = WindowTurn(limit=60.0)  # only the screen's paint can end it
    cues = CuePlayer(SilentOutput(now=clock.now), phrases, now=clock.now)
    window = MainWindow(data, library, clock=clock, cues=cues)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_routine("quick-reset")
    assert turn.held  # Start's screen is not drawn yet
    qtbot.waitUntil(lambda: not turn.held, timeout=5000)
    assert window.stack.currentWidget() is window.player
    # Chosen in the library too, once the screen was drawn: there on the way back.
    qtbot.waitUntil(lambda: window.library_page.current_routine_id() == "quick-reset")


def test_a_routine_started_in_a_hidden_window_is_chosen_in_the_library_all_the_same(
    qtbot, data, library, clock
):
    from audio.audio_helpers import FixedLengthPhrases

    from psoas_timer.audio.worker import WindowTurn
    from psoas_timer.ui.main_window import MainWindow

    phrases = FixedLengthPhrases(data.path.parent / "phrases")
    turn = phrases.window_turn = WindowTurn(limit=60.0)
    cues = CuePlayer(SilentOutput(now=clock.now), phrases, now=clock.now)
    window = MainWindow(data, library, clock=clock, cues=cues)
    qtbot.addWidget(window)  # never shown: started from the tray, say, while hidden
    window.start_routine("quick-reset")
    qtbot.waitUntil(lambda: not turn.held, timeout=5000)  # nothing was painted: a second on
    assert window.library_page.current_routine_id() == "quick-reset"


def test_closed_before_the_get_ready_screen_is_drawn_the_started_routine_is_kept(
    qtbot, data, library, clock
):
    from psoas_timer.ui.main_window import MainWindow

    window = MainWindow(data, library, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_routine("quick-reset")
    window.close()  # at once, as a log-out would: nothing drawn since Start
    assert DataDir(data.path).settings.current.last_routine == "quick-reset"
