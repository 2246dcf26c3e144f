"""Which cue the listener hears at each engine moment: data only, no sound, no Qt.

Someone lying on a mat with their head down follows the routine by ear, so every moment that
asks them to do something has a sound (recognisable without words) and, when the voice is on,
a short phrase. All wording lives in `WORDING` so it can be reviewed, and one day translated,
in one place; the exercise names themselves come from the routine.

At the start of a right-side phase the engine reports both `PhaseStarted` and `SideSwitched` at
the same moment; the switch cue replaces the start cue there, so the listener hears one signal.
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
    Side,
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

# The sound file (assets/sounds/<name>.wav) of each kind of cue.
SOUNDS: dict[str, str] = {
    "start": "start",
    "switch": "switch",
    "rest": "rest",
    "tick": "tick",
    "halfway": "halfway",
    "beat": "beat",
    "finish": "finish",
}

SOUND_NAMES: tuple[str, ...] = tuple(dict.fromkeys(SOUNDS.values()))

# Cue kinds that open a new part of the routine: anything older still waiting is out of date.
PHASE_KINDS = frozenset({"prep", "start", "switch", "rest", "finish"})


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


def _announcement(phase: Phase) -> tuple[str, str]:
    if phase.kind is PhaseKind.WORK:
        side = WORDING[f"side.{phase.side.value}"] if phase.side is not None else ""
        return "start", WORDING["start"].format(name=phase.step.name, side=side)
    kind = "prep" if phase.kind is PhaseKind.PREP else "rest"
    name, side = _upcoming(phase)
    return kind, WORDING[kind].format(name=name, side=side)


def _cue(at: float, kind: str, speech: str | None, voice: bool) -> list[Cue]:
    sound = SOUNDS.get(kind)
    spoken = speech if voice else None
    if sound is None and spoken is None:
        return []
    return [Cue(at=at, sound=sound, speech=spoken, kind=kind)]


def cues_for(event: Event, *, voice: bool, beats: bool) -> list[Cue]:
    """The cues one engine event calls for (none for pause, resume and stop)."""
    match event:
        case PhaseStarted(phase=phase):
            if phase.side is Side.RIGHT:
                return []  # the SideSwitched at this same moment announces it
            kind, phrase = _announcement(phase)
            return _cue(event.at, kind, phrase, voice)
        case SideSwitched():
            return _cue(event.at, "switch", WORDING["switch"], voice)
        case Countdown():
            return _cue(event.at, "tick", None, voice)
        case Halfway():
            return _cue(event.at, "halfway", WORDING["halfway"], voice)
        case Beat(number=number, label=label):
            if not beats:
                return []
            # Movement 0 opens the phase: the start sound is already playing, so only the word.
            sound = None if number == 0 else SOUNDS["beat"]
            spoken = label if voice else None
            if sound is None and spoken is None:
                return []
            return [Cue(at=event.at, sound=sound, speech=spoken, kind="beat")]
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
    """Every phrase a run of the routine can speak, in the order first needed."""
    phrases: list[str] = []
    for event in _timeline_events(routine):
        for cue in cues_for(event, voice=True, beats=True):
            if cue.speech is not None:
                phrases.append(cue.speech)
    return list(dict.fromkeys(phrases))
