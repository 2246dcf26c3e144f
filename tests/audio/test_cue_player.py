"""When each cue actually sounds over a whole routine: on its moment, words and tones side by side,
late ones dropped, phrases prepared in the background, the device open only while needed."""

from __future__ import annotations

from dataclasses import replace

from audio_helpers import FixedLengthPhrases, ManualWorker, Rig, small_routine

from psoas_timer.audio.cue_player import (
    WAIT_POLL_SECONDS,
    CuePlayer,
    DroppedPart,
    sound_files,
    speech_name,
)
from psoas_timer.audio.output import SilentOutput
from psoas_timer.core.clock import FakeClock
from psoas_timer.core.cues import Cue, phrases_for
from psoas_timer.core.engine import Paused, PhaseStarted, Session, Stopped, build_timeline

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


def speech(phrase: str) -> str:
    return speech_name(phrase)


# With the voice on, each cue's phrase takes the place of its sound; ticks have no words.
EXPECTED_WITH_VOICE = [
    (0, speech("Get ready: Knee hug, left side first")),
    (2, "tick"), (3, "tick"), (4, "tick"),
    (5, speech("Knee hug, left side")), (22, "tick"), (23, "tick"), (24, "tick"),
    (25, speech("Switch sides")), (42, "tick"), (43, "tick"), (44, "tick"),
    (45, speech("Rest. Next: Rock")), (47, "tick"), (48, "tick"), (49, "tick"),
    # A rhythmic step starts on its first movement word; its name came with the rest before.
    (50, speech("Forward")), (52.5, speech("Back")), (55, speech("Forward")), (57, "tick"),
    (57.5, speech("Back")), (58, "tick"), (59, "tick"),
    (60, speech("Rest. Next: Long hold")), (62, "tick"), (63, "tick"), (64, "tick"),
    (65, speech("Long hold")), (95, speech("Halfway")),
    (122, "tick"), (123, "tick"), (124, "tick"),
    (125, speech("Well done")),
]  # fmt: skip


def test_sounds_follow_the_engine_moments_exactly_without_voice(tmp_path):
    rig = Rig(tmp_path, voice=False)
    session = rig.run(small_routine())
    assert session.state == "finished"
    assert rig.timeline() == [(float(at), name) for at, name in EXPECTED_SOUNDS]
    assert rig.player.delays == [0.0] * len(EXPECTED_SOUNDS)
    assert rig.player.dropped == []
    assert rig.player.unheard == []


def test_with_voice_every_cue_is_heard_on_its_moment_words_in_place_of_sounds(rig):
    routine = small_routine()
    rig.run(routine)
    assert rig.timeline() == [(float(at), name) for at, name in EXPECTED_WITH_VOICE]
    assert rig.player.delays == [0.0] * len(EXPECTED_WITH_VOICE)
    assert rig.player.dropped == []
    assert rig.player.unheard == []
    assert rig.phrases.rendered == phrases_for(routine)  # each one once, first needed first


def test_time_to_switch_sides_is_announced_counted_down_and_the_right_side_named(rig):
    rig.run(replace(small_routine(), switch_seconds=5))
    # Knee hug left 5-25, switch 25-30, right 30-50; everything after moves 5 s later.
    assert rig.timeline()[8:17] == [
        (25.0, speech("Switch sides")),
        (27.0, "tick"),
        (28.0, "tick"),
        (29.0, "tick"),
        (30.0, speech("Knee hug, right side")),
        (47.0, "tick"),
        (48.0, "tick"),
        (49.0, "tick"),
        (50.0, speech("Rest. Next: Rock")),
    ]
    assert rig.player.dropped == [] and rig.player.unheard == []


def _player(tmp_path, clock: FakeClock, lengths: dict[str, float], worker=None):
    output = SilentOutput(now=clock.now)
    phrases = FixedLengthPhrases(tmp_path / "p", lengths=lengths)
    player = CuePlayer(output, phrases, now=clock.now, worker=worker)
    player.prepare(small_routine())
    return player, output


def _run(player: CuePlayer, clock: FakeClock) -> None:
    for _ in range(100):
        player.pump()
        due = player.next_due()
        if due is None:
            break
        clock.advance(max(0.0, due - clock.now()))


def _heard(output: SilentOutput) -> list[tuple[float, str]]:
    return [(round(p.at, 6), p.name) for p in output.played]


def test_a_phrase_due_while_a_tone_plays_starts_at_its_moment(tmp_path):
    clock = FakeClock(10.0)
    player, output = _player(tmp_path, clock, {})
    player.enqueue([Cue(10.0, "halfway", None, "halfway")])  # a chime of 0.85 s
    _run(player, clock)
    clock.advance(0.3)
    player.enqueue([Cue(10.3, None, "Switch sides", "switch")])  # due while the chime rings
    _run(player, clock)
    assert _heard(output) == [(10.0, "halfway"), (10.3, speech("Switch sides"))]
    assert player.dropped == []


def test_ticks_due_while_a_phrase_is_said_sound_at_their_moments(tmp_path):
    clock = FakeClock(20.0)
    player, output = _player(tmp_path, clock, {"Rest. Next: Rock": 3.0})
    player.enqueue(
        [
            Cue(20.0, "rest", "Rest. Next: Rock", "rest"),
            Cue(21.0, "tick", None, "tick"),
            Cue(22.0, "tick", None, "tick"),
        ]
    )
    _run(player, clock)
    assert _heard(output) == [(20.0, speech("Rest. Next: Rock")), (21.0, "tick"), (22.0, "tick")]


def test_a_newer_instruction_takes_the_place_of_a_phrase_still_being_said(tmp_path):
    clock = FakeClock(0.0)
    player, output = _player(tmp_path, clock, {"Rest. Next: Rock": 3.0})
    player.enqueue([Cue(0.0, "rest", "Rest. Next: Rock", "rest")])
    _run(player, clock)
    clock.advance(0.5)  # the user skips the rest: the exercise starts now
    player.enqueue([Cue(0.5, "start", "Rock", "start")])
    _run(player, clock)
    assert _heard(output) == [(0.0, speech("Rest. Next: Rock")), (0.5, speech("Rock"))]


def test_information_gives_way_to_a_movement_and_its_sound_plays_instead(tmp_path):
    clock = FakeClock(30.0)
    player, output = _player(tmp_path, clock, {})
    # As the engine brings them when halfway falls on a beat: the movement, then halfway.
    player.enqueue([Cue(30.0, "beat", "Back", "beat"), Cue(30.0, "halfway", "Halfway", "halfway")])
    _run(player, clock)
    assert _heard(output) == [(30.0, speech("Back")), (30.0, "halfway")]
    assert player.dropped == [DroppedPart("halfway", "phrase", "voice busy", 30.0)]
    assert player.unheard == []


def test_of_two_instructions_due_together_the_later_is_said_and_the_earlier_sounds(tmp_path):
    clock = FakeClock(5.0)
    player, output = _player(tmp_path, clock, {})
    player.enqueue(
        [Cue(5.0, "switch", "Switch sides", "switch"), Cue(5.0, "beat", "Forward", "beat")]
    )
    _run(player, clock)
    assert _heard(output) == [(5.0, "switch"), (5.0, speech("Forward"))]
    assert player.dropped == [DroppedPart("switch", "phrase", "superseded", 5.0)]


def test_what_can_no_longer_be_on_time_is_dropped_rather_than_played_late(tmp_path):
    clock = FakeClock(10.0)
    player, output = _player(tmp_path, clock, {})
    player.enqueue(
        [
            Cue(10.0, "start", "Rock", "start"),  # half a second is the limit for announcements
            Cue(10.2, "halfway", "Halfway", "halfway"),
            Cue(10.44, "tick", None, "tick"),  # 100 ms for a tick
            Cue(10.46, "beat", "Back", "beat"),  # 80 ms for a movement
            Cue(10.49, "tick", None, "tick"),
        ]
    )
    clock.advance(0.55)  # the app stalled
    player.pump()
    assert _heard(output) == [(10.55, speech("Halfway")), (10.55, "tick")]
    assert sorted((part.kind, part.part, part.reason) for part in player.dropped) == [
        ("beat", "phrase", "late"),
        ("beat", "sound", "late"),
        ("start", "phrase", "late"),
        ("start", "sound", "late"),
        ("tick", "sound", "late"),
    ]
    assert sorted(player.unheard) == [("beat", 10.46), ("start", 10.0), ("tick", 10.44)]
    assert player.next_due() is None


def _started(tmp_path, clock: FakeClock) -> tuple[CuePlayer, SilentOutput, ManualWorker]:
    """A player whose background work waits for the test, and a session just started."""
    worker = ManualWorker()
    player, output = _player(tmp_path, clock, {}, worker=worker)
    session = Session(small_routine(), clock)
    player.handle(session.start())  # "Get ready: …" is due now; nothing is rendered yet
    player.pump()
    return player, output, worker


def test_a_cue_waits_for_its_phrase_while_it_would_still_be_on_time(tmp_path):
    clock = FakeClock(0.0)
    player, output, worker = _started(tmp_path, clock)
    assert output.played == []
    assert player.next_due() == WAIT_POLL_SECONDS  # it looks again soon
    clock.advance(0.03)
    worker.run_all()  # the device opens and the phrases are rendered, 30 ms late
    player.pump()
    assert _heard(output) == [(0.03, speech("Get ready: Knee hug, left side first"))]


def test_a_phrase_ready_too_late_is_dropped_not_said_late(tmp_path):
    clock = FakeClock(0.0)
    player, output, worker = _started(tmp_path, clock)
    clock.advance(0.6)
    worker.run_all()
    player.pump()
    assert output.played == []
    assert player.unheard == [("prep", 0.0)]
    assert player.dropped == [DroppedPart("prep", "phrase", "late", 0.0)]


def test_preparing_hands_the_rendering_to_the_background_first_needed_first(tmp_path):
    clock = FakeClock(0.0)
    worker = ManualWorker()
    player, _output = _player(tmp_path, clock, {}, worker=worker)
    phrases = player.speech
    assert phrases.rendered == []  # nothing rendered on the caller's thread
    assert player.preparing
    worker.run_all()
    assert phrases.rendered == phrases_for(small_routine())
    assert phrases.rendered[0] == "Get ready: Knee hug, left side first"
    # The first phrase, due at once, alone; the rest in the background, a few at a time.
    assert phrases.batches[0] == (["Get ready: Knee hug, left side first"], False)
    assert all(background and len(batch) <= 4 for batch, background in phrases.batches[1:])
    assert not player.preparing


def test_a_chosen_routine_has_its_phrases_rendered_ahead_in_the_background(tmp_path):
    worker = ManualWorker()
    output = SilentOutput()
    phrases = FixedLengthPhrases(tmp_path / "p")
    player = CuePlayer(output, phrases, worker=worker)
    other = replace(small_routine(), steps=small_routine().steps[1:])
    player.warm(other)
    player.warm(small_routine())  # the user moved on before anything was rendered
    assert phrases.rendered == []  # nothing on the caller's thread
    worker.run_all()
    assert phrases.rendered == phrases_for(small_routine())  # the chosen one only
    assert all(background for _, background in phrases.batches)
    assert not output.is_open  # no device for a routine that is only chosen
    player.warm(other)
    player.prepare(small_routine())  # Start: the routine started comes first, alone
    before = len(phrases.rendered)
    worker.run_all()
    assert phrases.rendered[before:] == phrases_for(small_routine())
    assert "Get ready: Rock" not in phrases.rendered  # the other routine's warming was dropped


def test_turning_the_voice_off_plays_the_sound_of_a_cue_waiting_for_its_words(tmp_path):
    clock = FakeClock(0.0)
    worker = ManualWorker()
    player, output = _player(tmp_path, clock, {}, worker=worker)
    worker.run_next()  # the device opens; the phrases are still to come
    player.enqueue([Cue(0.0, "switch", "Switch sides", "switch")])
    player.pump()
    assert output.played == []  # waiting for "Switch sides" to be rendered
    player.set_voice(False)
    player.pump()
    assert _heard(output) == [(0.0, "switch")]


def test_the_device_is_open_only_while_a_routine_runs(rig):
    assert not rig.output.is_open
    rig.run(small_routine())
    assert rig.output.opened == rig.output.closed > 0
    assert not rig.output.is_open
    assert rig.clock.now() - rig.start == 125.5  # closed once "Well done" (0.5 s) had ended
    opened = rig.output.opened
    rig.run(small_routine())  # the next start opens it again
    assert rig.output.opened > opened and not rig.output.is_open


class LoggedOutput(SilentOutput):
    """Also notes when the device opened and closed."""

    def __init__(self, now) -> None:
        super().__init__(now=now)
        self.log: list[tuple[float, str]] = []

    def open(self) -> None:
        if not self.is_open:
            self.log.append((self._now(), "open"))
        super().open()

    def close(self) -> None:
        if self.is_open:
            self.log.append((self._now(), "close"))
        super().close()

    def open_spans(self, origin: float) -> list[tuple[float, float]]:
        moments = [round(at - origin, 6) for at, _ in self.log]
        return list(zip(moments[0::2], moments[1::2], strict=True))


def test_between_cues_the_device_rests_and_opens_again_just_before_the_next(rig):
    rig.output = rig.player.output = LoggedOutput(rig.clock.now)
    rig.player.output.load(sound_files())
    rig.run(small_routine())
    # Every cue still sounds on its moment (the output plays only while it is open) ...
    assert rig.timeline() == [(float(at), name) for at, name in EXPECTED_WITH_VOICE]
    assert rig.player.delays == [0.0] * len(EXPECTED_WITH_VOICE)
    assert rig.player.unheard == []
    # ... and the device opens 0.3 s before a cue, closes 0.1 s after the sounds have ended,
    # and rests through every gap where it would stay closed a second or more: between the
    # movement words of the rock (2.5 s apart), and through the minute-long hold but for its
    # name, "Halfway", and the last ticks with "Well done". Not between ticks a second apart.
    spans = rig.output.open_spans(rig.start)
    assert spans == [
        (0.0, 0.6),  # "Get ready" (0.5 s)
        (1.7, 5.6),  # ticks at 2, 3, 4; the step's name at 5
        (21.7, 25.6),  # ticks, "Switch sides" at 25
        (41.7, 45.6),  # ticks, "Rest. Next: Rock" at 45
        (46.7, 50.6),  # ticks, the first movement word at 50
        (52.2, 53.1),  # "Back" at 52.5
        (54.7, 55.6),  # "Forward" at 55
        (56.7, 60.6),  # a tick at 57, "Back" at 57.5, ticks, "Rest. Next: Long hold" at 60
        (61.7, 65.6),  # ticks, "Long hold" at 65
        (94.7, 95.6),  # "Halfway"
        (121.7, 125.5),  # ticks, then "Well done" (0.5 s) at 125, and closed for good
    ]
    open_seconds = sum(end - begin for begin, end in spans)
    assert open_seconds < 0.5 * 125.5


def test_a_cue_sooner_than_expected_opens_a_resting_device_and_still_sounds(tmp_path):
    clock = FakeClock(0.0)
    worker = ManualWorker()
    player, output = _player(tmp_path, clock, {}, worker=worker)
    session = Session(small_routine(), clock)
    player.handle(session.start())
    worker.run_all()
    player.pump(coming=session.next_event_at())
    assert player.next_due() == 0.6  # "Get ready" (0.5 s) said; the first tick is at 2 s
    clock.advance(0.6)
    player.pump(coming=session.next_event_at())
    worker.run_all()
    assert not output.is_open and player.next_due() == 1.7  # resting until just before it
    clock.advance(0.4)
    player.handle(session.next())  # the user skips the get-ready: the step starts now
    player.pump(coming=session.next_event_at())
    assert output.played[-1].name != speech("Knee hug, left side")  # the device is opening
    worker.run_all()
    clock.advance(0.025)
    player.pump(coming=session.next_event_at())
    assert output.played[-1].name == speech("Knee hug, left side")
    assert player.unheard == []


def test_stopping_closes_the_device_and_muting_closes_it_until_unmuted(rig):
    session = Session(small_routine(), rig.clock)
    rig.player.prepare(small_routine())
    rig.player.handle(session.start())
    assert rig.output.is_open
    rig.player.set_muted(True)
    assert not rig.output.is_open
    rig.player.set_muted(False)
    assert rig.output.is_open
    rig.clock.advance(1)
    rig.player.handle(session.stop())
    rig.player.pump()
    assert not rig.output.is_open
    rig.player.set_muted(True)
    rig.player.set_muted(False)  # no routine: it stays closed
    assert not rig.output.is_open


def test_pausing_closes_the_device_and_resuming_opens_it_for_the_next_cue(tmp_path):
    clock = FakeClock(0.0)
    worker = ManualWorker()
    player, output = _player(tmp_path, clock, {}, worker=worker)
    worker.run_all()
    session = Session(small_routine(), clock)
    player.handle(session.start())
    player.pump()
    clock.advance(1)
    player.handle(session.pause())
    worker.run_all()
    assert not output.is_open  # quiet, and no audio thread while the user is away
    clock.advance(600)
    player.handle(session.resume())
    clock.advance(1.0)  # the tick of "3" is due 2 s in: resumed 1 s in, it comes 1 s later
    player.handle(session.advance())
    player.pump()
    assert output.played[-1].name != "tick"  # not yet: the device is on its way
    worker.run_all()
    player.pump()
    assert output.is_open
    assert output.played[-1].name == "tick" and output.played[-1].at == 602.0


def test_a_new_phase_clears_what_was_still_waiting(tmp_path):
    clock = FakeClock(0.0)
    worker = ManualWorker()
    player, output = _player(tmp_path, clock, {}, worker=worker)
    worker.run_next()  # the device opens; the phrases are still to come
    phases = build_timeline(small_routine())
    player.handle([PhaseStarted(0.0, phases[0])])  # waits for "Get ready: …"
    player.pump()
    clock.advance(0.1)  # the user skips on to the first exercise
    player.handle([PhaseStarted(0.1, phases[1])])
    worker.run_all()
    player.pump()
    assert _heard(output) == [(0.1, speech("Knee hug, left side"))]
    assert player.dropped == [DroppedPart("prep", "cue", "superseded", 0.0)]


def test_pause_and_stop_clear_the_queue(tmp_path):
    clock = FakeClock(0.0)
    player, output = _player(tmp_path, clock, {})
    for event in (Paused(0.0), Stopped(0.0)):
        player.enqueue([Cue(0.5, "start", "Rock", "start"), Cue(0.8, "tick", None, "tick")])
        player.handle([event])
    clock.advance(1)
    player.pump()
    assert output.played == []


def test_muted_plays_nothing_and_opens_nothing(tmp_path):
    rig = Rig(tmp_path, muted=True)
    rig.run(small_routine())
    assert rig.output.played == []
    assert rig.output.opened == 0
    assert rig.player.next_due() is None


def test_muting_drops_what_was_queued_even_if_unmuted_before_it_was_due(rig):
    rig.player.prepare(small_routine())
    rig.player.enqueue([Cue(rig.clock.now() + 1, "tick", None, "tick")])
    rig.player.set_muted(True)
    rig.player.set_muted(False)
    rig.clock.advance(1)
    rig.player.pump()
    assert rig.output.played == []


def test_turning_beats_off_drops_the_movements_already_queued(rig):
    rig.player.prepare(small_routine())
    now = rig.clock.now()
    rig.player.enqueue([Cue(now + 1, "beat", "Back", "beat"), Cue(now + 1, "tick", None, "tick")])
    rig.player.set_beats(False)
    rig.clock.advance(1)
    rig.player.pump()
    assert [name for _, name in rig.timeline()] == ["tick"]
    assert rig.player.dropped == [DroppedPart("beat", "cue", "pruned", now + 1)]
    assert rig.player.unheard == []  # turned off, not lost


def test_beats_off_plays_no_beat_and_says_the_name_at_a_rhythmic_start(tmp_path):
    rig = Rig(tmp_path, beats=False)
    rig.run(small_routine())
    timeline = rig.timeline()
    names = [name for _, name in timeline]
    assert "beat" not in names
    assert speech("Forward") not in names and speech("Back") not in names
    assert (50.0, speech("Rock")) in timeline


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


def test_closing_the_app_closes_the_device_at_once_and_stops_the_rendering(tmp_path):
    clock = FakeClock(0.0)
    worker = ManualWorker()
    player, output = _player(tmp_path, clock, {}, worker=worker)
    worker.run_next()  # the device opens; the phrases are still to come
    assert output.is_open
    player.close()  # not behind the rendering still queued
    assert not output.is_open
    assert player.speech.rendered == []  # ManualWorker.stop ran what was queued: nothing more
    assert not output.is_open and not player.preparing
