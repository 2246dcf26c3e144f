"""Which cue the listener hears at each engine moment: data only, no sound, no Qt.

Someone lying on a mat with their head down follows the routine by ear, so every moment that
asks them to do something has a sound (recognisable without words) and, when the voice is on,
a short phrase. All wording lives in `WORDING`, so it can be reviewed and translated in one
place; the exercise names and movement words come from the routine.

The phrases are in the language the voice speaks: the content language (the wording translated
with the interface, the names as the catalogue gives them in that language), or English where
the speech engine has no voice for it (`spoken_in`), so the words and the voice always match.

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

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from psoas_timer import resources
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
from psoas_timer.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, content_language, english, translate
from psoas_timer.core.routines import Exercise, Routine, Step, load_catalogue

# Every phrase the app speaks, in English ("Cue" is their translation context). "{name}" is an
# exercise's name; a per-side step is announced before it begins with its first side.
WORDING: dict[str, str] = {
    "prep": QT_TRANSLATE_NOOP("Cue", "Get ready: {name}"),
    "prep.first": QT_TRANSLATE_NOOP("Cue", "Get ready: {name}, left side first"),
    "start.left": QT_TRANSLATE_NOOP("Cue", "{name}, left side"),
    "start.right": QT_TRANSLATE_NOOP("Cue", "{name}, right side"),
    "rest": QT_TRANSLATE_NOOP("Cue", "Rest. Next: {name}"),
    "rest.first": QT_TRANSLATE_NOOP("Cue", "Rest. Next: {name}, left side first"),
    "switch": QT_TRANSLATE_NOOP("Cue", "Switch sides"),
    "halfway": QT_TRANSLATE_NOOP("Cue", "Halfway"),
    "finish": QT_TRANSLATE_NOOP("Cue", "Well done"),
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


def spoken_in(language: str | None) -> str:
    """The language the phrases are made in for a voice speaking `language` (None: the
    content language's voice)."""
    return content_language() if language is None else language


@functools.cache
def _english_catalogue() -> Mapping[str, Exercise]:
    """The catalogue's own (English) words, for a voice that speaks English in place of the
    content language."""
    return load_catalogue(resources.catalogue_path())


class _Words:
    """The cue wording, names and movement words in one language: the content language's
    (translated, and the routine's own names), or English in place of another language."""

    def __init__(self, language: str | None) -> None:
        self.english = spoken_in(language) == ENGLISH and content_language() != ENGLISH

    def phrase(self, key: str, **values: str) -> str:
        text = WORDING[key]
        return (english(text) if self.english else translate("Cue", text)).format(**values)

    def _exercise(self, step: Step) -> Exercise | None:
        if not self.english or step.exercise_id is None:
            return None  # a custom step is said as its author wrote it
        return _english_catalogue().get(step.exercise_id)

    def name(self, step: Step) -> str:
        exercise = self._exercise(step)
        return exercise.name if exercise is not None else step.name

    def beat(self, step: Step, number: int, label: str) -> str:
        exercise = self._exercise(step)
        tempo = exercise.tempo if exercise is not None else None
        if tempo is None or not tempo.beats:
            return label
        return tempo.beats[number % len(tempo.beats)]  # the movements repeat, as the engine's


def _announcement(phase: Phase, beats: bool, words: _Words) -> tuple[str, str]:
    step = phase.step
    if phase.kind is PhaseKind.WORK:
        tempo = step.tempo
        if beats and tempo is not None:
            # The first movement, on the moment it begins.
            return "start", words.beat(step, 0, tempo.beats[0])
        if phase.side is None:
            return "start", words.name(step)
        return "start", words.phrase(f"start.{phase.side.value}", name=words.name(step))
    kind = "prep" if phase.kind is PhaseKind.PREP else "rest"
    # The next exercise, as announced before it starts, with its first side.
    key = f"{kind}.first" if step.per_side else kind
    return kind, words.phrase(key, name=words.name(step))


def _cue(at: float, kind: str, speech: str | None, voice: bool) -> list[Cue]:
    sound = kind if kind in SOUND_NAMES else None
    spoken = speech if voice else None
    if sound is None and spoken is None:
        return []
    return [Cue(at=at, sound=sound, speech=spoken, kind=kind)]


def cues_for(event: Event, *, voice: bool, beats: bool, language: str | None = None) -> list[Cue]:
    """The cues one engine event calls for (none for pause, resume and stop), their phrases
    for a voice speaking `language` (None: the content language)."""
    words = _Words(language)
    match event:
        case PhaseStarted(phase=phase):
            if phase.switches_side:
                return []  # the SideSwitched at this same moment announces it
            kind, phrase = _announcement(phase, beats, words)
            return _cue(event.at, kind, phrase, voice)
        case SideSwitched():
            return _cue(event.at, "switch", words.phrase("switch"), voice)
        case Countdown():
            return _cue(event.at, "tick", None, voice)
        case Halfway():
            return _cue(event.at, "halfway", words.phrase("halfway"), voice)
        case Beat(phase=phase, number=number, label=label):
            if not beats or number == 0:
                return []  # movement 0 is said by the phase's start cue
            return _cue(event.at, "beat", words.beat(phase.step, number, label), voice)
        case Finished():
            return _cue(event.at, "finish", words.phrase("finish"), voice)
    return []


def _timeline_events(routine: Routine) -> Iterator[Event]:
    """Every cue event a run of the routine can bring, in the order the engine brings them."""
    for phase in build_timeline(routine):
        for _, event in phase_cues(phase):
            yield event
    yield Finished(0.0)


def phrases_for(routine: Routine, language: str | None = None) -> list[str]:
    """Every phrase a run of the routine can speak, beats on or off, in the order first needed,
    for a voice speaking `language` (None: the content language)."""
    phrases: list[str] = []
    for event in _timeline_events(routine):
        for beats in (True, False):
            for cue in cues_for(event, voice=True, beats=beats, language=language):
                if cue.speech is not None:
                    phrases.append(cue.speech)
    return list(dict.fromkeys(phrases))
