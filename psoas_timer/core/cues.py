"""Which cue the listener hears at each engine moment: data only, no sound, no Qt.

Someone lying on a mat with their head down follows the routine by ear, so every moment that
asks them to do something has a sound (recognisable without words) and, when the voice is on,
a short phrase. All wording lives in `WORDING` so it can be reviewed, and one day translated,
in one place; the exercise names themselves come from the routine.

A cue's phrase, when the voice is on, takes the place of its sound: one signal at a time, the
words on the moment. The sound is what plays when there is no phrase (voice off, or a phrase
that cannot be said on time), so a cue is never silent for want of words.

Where the listener turns to the other side (the switch phase, or the right side when the
routine gives no time to switch) the engine reports both `PhaseStarted` and `SideSwitched` at
the same moment; the switch cue replaces the start cue there, so the listener hears one signal.
After a switch phase the right side starts like any exercise, with its name and side.
A rhythmic exercise starts on its first movement: with beats on, its start cue says the first
movement word (its name was announced by the get-ready or rest before it), and beat 0 adds
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from psoas_timer.core.engine import (
    Beat,
    Countdown,
    Event,
    Finished,
    Halfway,
    Phase,
    PhaseKind,
    PhaseStarted,
    SideSwitched,
    build_timeline,
    phase_cues,
)
from psoas_timer.core.routines import Routine

# Every phrase the app speaks. "{name}" is an exercise name, "{side}" one of the side phrases.
WORDING: dict[str, str] = {
    "prep": "Get ready: {name}{side}",
    "start": "{name}{side}",
    "rest": "Rest. Next: {name}{side}",
    "switch": "Switch sides",
    "halfway": "Halfway",
    "finish": "Well done",
    # Appended to an exercise name.
    "side.left": ", left side",
    "side.right": ", right side",
    "side.first": ", left side first",  # announcing a per-side step before it begins
}

# The cue kinds that have a sound: assets/sounds/<kind>.wav. Get-ready is announced by voice only.
SOUND_NAMES: tuple[str, ...] = ("start", "switch", "rest", "tick", "halfway", "beat", "finish")

# Cue kinds that open a new part of the routine: anything older still waiting is out of date.
PHASE_KINDS = frozenset({"prep", "start", "switch", "rest", "finish"})

# Cue kinds that only inform: every other cue asks the listener to do something now, so it must
# sound; these give way when the voice is busy (their sound plays instead of their words).
INFORMATION_KINDS = frozenset({"halfway"})

# How long after its moment a cue still means what it says; later than this it is dropped rather
# than played late. A tick marks a second; a movement word marks a movement, and a word 80 ms
# off the beat is already felt as off it. An announcement stays true a little longer.
ON_TIME_SECONDS: dict[str, float] = {"tick": 0.1, "beat": 0.08}
ON_TIME_DEFAULT_SECONDS = 0.5


def on_time_seconds(kind: str) -> float:
    """How late a cue of this kind may still start."""
    return ON_TIME_SECONDS.get(kind, ON_TIME_DEFAULT_SECONDS)


@dataclass(frozen=True)
class Cue:
    """A sound and/or phrase due at a monotonic moment (the engine event's `at`)."""

    at: float
    sound: str | None
    speech: str | None
    kind: str


def _upcoming(phase: Phase) -> tuple[str, str]:
    """The next exercise, as announced before it starts (prep and rest phases)."""
    side = WORDING["side.first"] if phase.step.per_side else ""
    return phase.step.name, side


def _announcement(phase: Phase, beats: bool) -> tuple[str, str]:
    if phase.kind is PhaseKind.WORK:
        tempo = phase.step.tempo
        if beats and tempo is not None:
            return "start", tempo.beats[0]  # the first movement, on the moment it begins
        side = WORDING[f"side.{phase.side.value}"] if phase.side is not None else ""
        return "start", WORDING["start"].format(name=phase.step.name, side=side)
    kind = "prep" if phase.kind is PhaseKind.PREP else "rest"
    name, side = _upcoming(phase)
    return kind, WORDING[kind].format(name=name, side=side)


def _cue(at: float, kind: str, speech: str | None, voice: bool) -> list[Cue]:
    sound = kind if kind in SOUND_NAMES else None
    spoken = speech if voice else None
    if sound is None and spoken is None:
        return []
    return [Cue(at=at, sound=sound, speech=spoken, kind=kind)]


def cues_for(event: Event, *, voice: bool, beats: bool) -> list[Cue]:
    """The cues one engine event calls for (none for pause, resume and stop)."""
    match event:
        case PhaseStarted(phase=phase):
            if phase.switches_side:
                return []  # the SideSwitched at this same moment announces it
            kind, phrase = _announcement(phase, beats)
            return _cue(event.at, kind, phrase, voice)
        case SideSwitched():
            return _cue(event.at, "switch", WORDING["switch"], voice)
        case Countdown():
            return _cue(event.at, "tick", None, voice)
        case Halfway():
            return _cue(event.at, "halfway", WORDING["halfway"], voice)
        case Beat(number=number, label=label):
            if not beats or number == 0:
                return []  # movement 0 is said by the phase's start cue
            return _cue(event.at, "beat", label, voice)
        case Finished():
            return _cue(event.at, "finish", WORDING["finish"], voice)
    return []


def _timeline_events(routine: Routine) -> Iterator[Event]:
    """Every cue event a run of the routine can bring, in the order the engine brings them."""
    for phase in build_timeline(routine):
        for _, event in phase_cues(phase):
            yield event
    yield Finished(0.0)


def phrases_for(routine: Routine) -> list[str]:
    """Every phrase a run of the routine can speak, beats on or off, in the order first needed."""
    phrases: list[str] = []
    for event in _timeline_events(routine):
        for beats in (True, False):
            for cue in cues_for(event, voice=True, beats=beats):
                if cue.speech is not None:
                    phrases.append(cue.speech)
    return list(dict.fromkeys(phrases))
