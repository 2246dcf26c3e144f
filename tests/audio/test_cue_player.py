"""When each cue actually sounds over a whole routine, and how the queue keeps words clear."""

from __future__ import annotations

from itertools import pairwise

from audio_helpers import PHRASE_SECONDS, FixedLengthPhrases, Rig, small_routine

from psoas_timer.audio.cue_player import (
    BEAT_WORD_MAX_WAIT,
    DEFER_GRACE_SECONDS,
    STALE_AFTER_SECONDS,
    CuePlayer,
    sound_files,
    speech_name,
)
from psoas_timer.audio.output import SilentOutput, wav_seconds
from psoas_timer.core.clock import FakeClock
from psoas_timer.core.cues import Cue, phrases_for
from psoas_timer.core.engine import Paused, PhaseStarted, Stopped, build_timeline

SOUND_SECONDS = {name: wav_seconds(path) for name, path in sound_files().items()}

# The routine's moments, in seconds from the start: prep 0-5, knee hug left 5-25, right 25-45,
# rest 45-50, rock 50-60 (a movement every 2.5 s), rest 60-65, long hold 65-125.
EXPECTED_SOUNDS = [
    (2, "tick"), (3, "tick"), (4, "tick"),
    (5, "start"), (22, "tick"), (23, "tick"), (24, "tick"),
    (25, "switch"), (42, "tick"), (43, "tick"), (44, "tick"),
    (45, "rest"), (47, "tick"), (48, "tick"), (49, "tick"),
    (50, "start"), (52.5, "beat"), (55, "beat"), (57, "tick"), (57.5, "beat"), (58, "tick"),
    (59, "tick"),
    (60, "rest"), (62, "tick"), (63, "tick"), (64, "tick"),
    (65, "start"), (95, "halfway"), (122, "tick"), (123, "tick"), (124, "tick"),
    (125, "finish"),
]  # fmt: skip


def test_sounds_follow_the_engine_moments_exactly_without_voice(tmp_path):
    rig = Rig(tmp_path, voice=False)
    session = rig.run(small_routine())
    assert session.state == "finished"
    assert rig.timeline() == [(float(at), name) for at, name in EXPECTED_SOUNDS]
    assert rig.player.delays == [0.0] * len(EXPECTED_SOUNDS)
    assert rig.player.dropped == []


def _ends(rig: Rig) -> list[tuple[float, float, str]]:
    return [(p.at, p.at + p.seconds, p.name) for p in rig.output.played]


def test_with_voice_every_word_follows_its_sound_and_nothing_overlaps(rig):
    routine = small_routine()
    rig.run(routine)
    assert rig.phrases.rendered == phrases_for(routine)  # all before the start, none during
    spoken = [p.name.removeprefix("speech:") for p in rig.output.played if "speech:" in p.name]
    assert spoken == [
        "Get ready: Knee hug, left side first",
        "Knee hug, left side",
        "Switch sides",
        "Rest. Next: Rock",
        "Rock",
        "Forward",
        "Back",
        "Forward",
        "Back",
        "Rest. Next: Long hold",
        "Long hold",
        "Halfway",
        "Well done",
    ]
    played = _ends(rig)
    for (_, end, name), (start, _, following) in pairwise(played):
        assert start >= end - 1e-9, f"{following} starts before {name} ends"

    timeline = rig.timeline()
    # The sounds still land on the engine's moments; each phrase follows its sound.
    for at, name in [(5, "start"), (25, "switch"), (45, "rest"), (95, "halfway"), (125, "finish")]:
        assert (float(at), name) in timeline
    starts = {name: at for at, name in timeline}
    assert starts[speech_name("Switch sides")] == round(25 + SOUND_SECONDS["switch"], 3)
    assert starts[speech_name("Well done")] == round(125 + SOUND_SECONDS["finish"], 3)
    # The opening movement's word comes after the exercise's name, not over it.
    rock = starts[speech_name("Rock")]
    assert rock == round(50 + SOUND_SECONDS["start"], 3)
    first_forward = min(at for at, name in timeline if name == speech_name("Forward"))
    assert first_forward == round(rock + PHRASE_SECONDS, 3)


def test_a_word_is_never_talked_over_by_a_tick(tmp_path):
    rig = Rig(tmp_path)
    rig.phrases.lengths = {"Rest. Next: Rock": 3.0}  # rest 45-50: runs over the 47 and 48 ticks
    rig.run(small_routine())
    timeline = rig.timeline()
    assert (47.0, "tick") not in timeline
    assert (48.0, "tick") not in timeline
    assert (49.0, "tick") in timeline  # the phrase ends at 45 + 0.65 + 3 = 48.65
    assert ("tick", "overlap") in rig.player.dropped


def _player(tmp_path, clock: FakeClock, lengths: dict[str, float]):
    output = SilentOutput(now=clock.now)
    phrases = FixedLengthPhrases(tmp_path / "p", lengths=lengths)
    return CuePlayer(output, phrases, now=clock.now), output


def test_two_phrases_due_together_play_one_after_the_other(tmp_path):
    clock = FakeClock(50.0)
    player, output = _player(tmp_path, clock, {"One": 1.2, "Two": 0.7})
    player.enqueue([Cue(50.0, None, "One", "halfway"), Cue(50.0, None, "Two", "halfway")])
    player.pump()
    assert [p.name for p in output.played] == [speech_name("One")]
    assert player.next_due() == 51.2
    clock.advance(0.6)
    player.pump()  # woken early: still speaking
    assert len(output.played) == 1
    clock.advance(player.next_due() - clock.now())
    player.pump()
    assert [(p.at, p.name) for p in output.played] == [
        (50.0, speech_name("One")),
        (51.2, speech_name("Two")),
    ]
    assert player.next_due() is None
    assert [round(p.lateness, 9) for p in player.played] == [0.0, 0.0]
    assert [round(d, 9) for d in player.delays] == [0.0, 1.2]


def test_a_tick_during_a_phrase_is_dropped_and_one_just_after_is_deferred(tmp_path):
    clock = FakeClock(10.0)
    player, output = _player(tmp_path, clock, {"Halfway": 1.0})
    player.enqueue(
        [
            Cue(10.0, None, "Halfway", "halfway"),
            Cue(10.5, "tick", None, "tick"),  # mid-phrase: dropped
            Cue(11.0 - DEFER_GRACE_SECONDS / 2, "tick", None, "tick"),  # just before the end
            Cue(12.0, "tick", None, "tick"),
        ]
    )
    for _ in range(10):
        player.pump()
        due = player.next_due()
        if due is None:
            break
        clock.advance(max(0.0, due - clock.now()))
    assert [(round(p.at, 6), p.name) for p in output.played] == [
        (10.0, speech_name("Halfway")),
        (11.0, "tick"),
        (12.0, "tick"),
    ]
    assert player.dropped == [("tick", "overlap")]


def test_stale_cues_are_dropped_not_played_late(tmp_path):
    clock = FakeClock(10.0)
    player, output = _player(tmp_path, clock, {})
    player.enqueue([Cue(10.0, "start", "Rock", "start")])
    clock.advance(STALE_AFTER_SECONDS + 0.5)  # the app stalled
    player.pump()
    assert output.played == []
    assert ("start", "stale") in player.dropped
    assert player.next_due() is None


def test_a_beat_word_too_late_for_its_movement_is_dropped(tmp_path):
    clock = FakeClock(0.0)
    player, output = _player(tmp_path, clock, {"Long announcement": BEAT_WORD_MAX_WAIT + 1})
    player.enqueue([Cue(0.0, None, "Long announcement", "rest"), Cue(0.1, None, "Lift", "beat")])
    for _ in range(10):
        player.pump()
        due = player.next_due()
        if due is None:
            break
        clock.advance(max(0.0, due - clock.now()))
    assert [p.name for p in output.played] == [speech_name("Long announcement")]
    assert player.dropped == [("beat", "overlap")]


def test_a_new_phase_clears_what_was_still_waiting(tmp_path):
    clock = FakeClock(0.0)
    player, output = _player(tmp_path, clock, {"Rest. Next: Rock": 2.0})
    phases = build_timeline(small_routine())
    player.handle([PhaseStarted(0.0, phases[3])])  # rest: sound, then the phrase
    player.pump()
    clock.advance(0.1)  # the user skips on at once, twice
    player.handle([PhaseStarted(0.1, phases[4])])
    player.pump()
    clock.advance(0.1)
    player.handle([PhaseStarted(0.2, phases[5])])
    for _ in range(10):
        player.pump()
        due = player.next_due()
        if due is None:
            break
        clock.advance(max(0.0, due - clock.now()))
    names = [p.name for p in output.played]
    assert names == ["rest", "rest", speech_name("Rest. Next: Long hold")]


def test_pause_and_stop_clear_the_queue(tmp_path):
    clock = FakeClock(0.0)
    player, output = _player(tmp_path, clock, {})
    for event in (Paused(0.0), Stopped(0.0)):
        player.enqueue([Cue(0.0, "start", "Rock", "start"), Cue(0.5, "tick", None, "tick")])
        player.handle([event])
        assert player.next_due() is None
    player.pump()
    assert output.played == []


def test_muted_plays_nothing(tmp_path):
    rig = Rig(tmp_path, muted=True)
    rig.run(small_routine())
    assert rig.output.played == []
    assert rig.player.next_due() is None


def test_muting_midway_silences_what_was_queued(rig):
    rig.player.enqueue([Cue(rig.clock.now() + 1, "tick", None, "tick")])
    rig.player.set_muted(True)
    rig.clock.advance(1)
    rig.player.pump()
    assert rig.output.played == []


def test_beats_off_plays_no_beat(tmp_path):
    rig = Rig(tmp_path, beats=False)
    rig.run(small_routine())
    names = [name for _, name in rig.timeline()]
    assert "beat" not in names
    assert speech_name("Forward") not in names and speech_name("Back") not in names
    assert speech_name("Rock") in names


def test_volume_is_passed_to_the_output(tmp_path):
    rig = Rig(tmp_path, voice=False)
    rig.player.set_volume(1.7)
    assert rig.player.volume == 1.0
    rig.player.set_volume(0.25)
    rig.run(small_routine())
    assert {p.volume for p in rig.output.played} == {0.25}


def test_status_speaks_for_what_is_missing(tmp_path):
    clock = FakeClock(0.0)
    player, output = _player(tmp_path, clock, {})
    output.status = "Sound is unavailable: no audio device was found."
    assert player.status == "Sound is unavailable: no audio device was found."
