"""What each engine moment sounds like (pure data: no sound is played here)."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from audio_helpers import small_routine

from psoas_timer.core.cues import Cue, cues_for, phrases_for
from psoas_timer.core.engine import (
    Beat,
    Countdown,
    Finished,
    Halfway,
    Paused,
    PhaseStarted,
    Resumed,
    SideSwitched,
    Stopped,
    build_timeline,
)

PACKAGE = Path(__file__).resolve().parents[2] / "psoas_timer"


def phases():
    return build_timeline(small_routine())


def test_prep_names_the_first_exercise_and_its_first_side():
    prep = phases()[0]
    assert cues_for(PhaseStarted(7.0, prep), voice=True, beats=True) == [
        Cue(at=7.0, sound=None, speech="Get ready: Knee hug, left side first", kind="prep")
    ]


def test_work_start_has_sound_name_and_side():
    left = phases()[1]
    assert cues_for(PhaseStarted(3.0, left), voice=True, beats=True) == [
        Cue(at=3.0, sound="start", speech="Knee hug, left side", kind="start")
    ]


def test_a_rhythmic_step_starts_on_its_first_movement_word_when_beats_are_on():
    rock = next(p for p in phases() if p.step.name == "Rock" and p.kind == "work")
    assert cues_for(PhaseStarted(1.0, rock), voice=True, beats=True) == [
        Cue(at=1.0, sound="start", speech="Forward", kind="start")
    ]
    assert cues_for(Beat(1.0, rock, 0, "Forward"), voice=True, beats=True) == []
    assert cues_for(PhaseStarted(1.0, rock), voice=True, beats=False)[0].speech == "Rock"


def test_switch_replaces_the_start_cue_on_the_right_side():
    right = phases()[2]
    assert right.side == "right"
    assert cues_for(PhaseStarted(9.0, right), voice=True, beats=True) == []
    assert cues_for(SideSwitched(9.0, right), voice=True, beats=True) == [
        Cue(at=9.0, sound="switch", speech="Switch sides", kind="switch")
    ]


def test_with_time_to_switch_the_switch_is_announced_and_the_right_side_named():
    timeline = build_timeline(replace(small_routine(), switch_seconds=5))
    switch, right = timeline[2], timeline[3]
    assert (switch.kind, right.kind) == ("switch", "work")
    assert cues_for(PhaseStarted(9.0, switch), voice=True, beats=True) == []
    assert cues_for(SideSwitched(9.0, switch), voice=True, beats=True) == [
        Cue(at=9.0, sound="switch", speech="Switch sides", kind="switch")
    ]
    assert cues_for(PhaseStarted(14.0, right), voice=True, beats=True) == [
        Cue(at=14.0, sound="start", speech="Knee hug, right side", kind="start")
    ]
    assert "Knee hug, right side" in phrases_for(replace(small_routine(), switch_seconds=5))


def test_rest_announces_what_comes_next():
    rest_before_rock = phases()[3]
    assert rest_before_rock.kind == "rest"
    (cue,) = cues_for(PhaseStarted(2.0, rest_before_rock), voice=True, beats=True)
    assert (cue.sound, cue.speech, cue.kind) == ("rest", "Rest. Next: Rock", "rest")


def test_countdown_halfway_finish():
    hold = phases()[-1]
    assert cues_for(Countdown(5.0, hold, 2), voice=True, beats=True) == [
        Cue(5.0, "tick", None, "tick")
    ]
    assert cues_for(Halfway(6.0, hold), voice=True, beats=True) == [
        Cue(6.0, "halfway", "Halfway", "halfway")
    ]
    assert cues_for(Finished(8.0), voice=True, beats=True) == [
        Cue(8.0, "finish", "Well done", "finish")
    ]


def test_beats_after_the_first_have_a_word_and_a_knock():
    rock = phases()[4]
    assert cues_for(Beat(2.0, rock, 1, "Back"), voice=True, beats=True) == [
        Cue(2.0, "beat", "Back", "beat")
    ]
    assert cues_for(Beat(2.0, rock, 1, "Back"), voice=False, beats=True) == [
        Cue(2.0, "beat", None, "beat")
    ]
    assert cues_for(Beat(2.0, rock, 1, "Back"), voice=True, beats=False) == []


def test_voice_off_keeps_the_sounds_only():
    left = phases()[1]
    assert cues_for(PhaseStarted(3.0, left), voice=False, beats=True) == [
        Cue(3.0, "start", None, "start")
    ]
    assert cues_for(PhaseStarted(0.0, phases()[0]), voice=False, beats=True) == []


def test_pause_resume_stop_are_silent():
    for event in (Paused(1.0), Resumed(2.0), Stopped(3.0)):
        assert cues_for(event, voice=True, beats=True) == []


def test_phrases_for_lists_each_phrase_of_a_run_once_first_needed_first():
    phrases = phrases_for(small_routine())
    assert phrases == [
        "Get ready: Knee hug, left side first",
        "Knee hug, left side",
        "Switch sides",
        "Rest. Next: Rock",
        "Forward",  # the rhythmic step's start with beats on
        "Rock",  # and with beats off
        "Back",
        "Rest. Next: Long hold",
        "Long hold",
        "Halfway",
        "Well done",
    ]


def test_phrases_for_follows_the_engine_a_short_routine_has_no_halfway():
    short = replace(small_routine(), steps=small_routine().steps[:2])  # no step of a minute
    assert "Halfway" not in phrases_for(short)
    assert "Switch sides" in phrases_for(short)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_cues_and_audio_have_no_qt_and_cues_no_pygame():
    for path in [PACKAGE / "core" / "cues.py", *(PACKAGE / "audio").glob("*.py")]:
        assert not {"PySide6", "PyQt6", "shiboken6"} & _imports(path), path
    assert "pygame" not in _imports(PACKAGE / "core" / "cues.py")
