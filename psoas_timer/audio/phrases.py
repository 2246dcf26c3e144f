"""A routine's phrases made ready before they are needed: rendered on the player's worker in
the order they will first be said, the first alone (it is due as the routine starts), then a
few at a time; and, for a routine only chosen so far, rendered into the cache ahead of Start."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Protocol

from psoas_timer.audio.output import SPEECH_PREFIX
from psoas_timer.audio.worker import WindowTurn, Worker
from psoas_timer.core.cues import phrases_for
from psoas_timer.core.routines import Routine

FIRST_BATCH = 1  # the first phrase is rendered alone: it is needed at once
BATCH = 4  # then a few at a time, in parallel (espeak-ng is one process per phrase)


class PhraseSource(Protocol):
    """What the player needs from a speech renderer (SpeechRenderer is one)."""

    available: bool
    status: str
    language: str  # the phrases are made in it: the voice's language
    window_turn: WindowTurn  # its Python work waits while the window has the turn

    def prepare(self, phrases: Iterable[str], *, background: bool = False) -> dict[str, Path]:
        """Render the phrases; `background`: they are not needed yet (a lower priority)."""
        ...


def speech_name(phrase: str) -> str:
    """The output's name for a phrase's sound."""
    return SPEECH_PREFIX + phrase


class PhraseRenderer:
    """Renders a routine's phrases and hands each to `load` (the output's, by name). `coming`
    holds the phrases still being rendered for the routine under way: a cue waits only for
    those."""

    def __init__(
        self,
        speech: PhraseSource | None,
        load: Callable[[Mapping[str, Path]], None],
        worker: Worker,
    ) -> None:
        self.speech = speech
        self._load = load
        self.worker = worker
        self.coming: set[str] = set()
        self._generation = 0  # of the routine being prepared: older rendering stops
        self._warming = 0  # of the routine chosen (not started) whose phrases are rendered

    @property
    def language(self) -> str | None:
        """The language the phrases are made in: the voice's."""
        return self.speech.language if self.speech is not None else None

    def start(self, routine: Routine) -> None:
        """A routine starts now: render and load its phrases, first needed first, in the
        background. What was being rendered for another routine stops."""
        self._generation += 1
        self._warming += 1  # a routine chosen earlier need not be rendered now
        if self.speech is None or not self.speech.available:
            self.coming = set()
            return
        phrases = phrases_for(routine, self.language)
        self.coming = set(phrases)
        generation = self._generation
        self.worker.submit(lambda: self._render(generation, phrases))

    def _render(self, generation: int, phrases: list[str]) -> None:
        """On the worker: render and load each phrase, first needed first."""
        assert self.speech is not None
        coming = self.coming
        batches = [phrases[:FIRST_BATCH]]
        batches += [phrases[i : i + BATCH] for i in range(FIRST_BATCH, len(phrases), BATCH)]
        for number, batch in enumerate(batches):
            if generation != self._generation:
                return  # another routine started: its phrases come first
            # The first phrase is due as the routine starts; the rest can give way to the window.
            rendered = self.speech.prepare(batch, background=number > 0)
            self._load({speech_name(phrase): path for phrase, path in rendered.items()})
            coming.difference_update(batch)  # ready, or failed: no cue waits for them any more

    def warm(self, routine: Routine) -> None:
        """A routine is chosen but not started: render its phrases into the cache now, in the
        background and giving way to everything else, so that Start finds them ready."""
        if self.speech is None or not self.speech.available:
            return
        self._warming += 1
        warming = self._warming
        phrases = phrases_for(routine, self.speech.language)
        speech = self.speech

        def render() -> None:
            for start in range(0, len(phrases), BATCH):
                if warming != self._warming:
                    return  # another routine was chosen, or one started
                speech.prepare(phrases[start : start + BATCH], background=True)

        self.worker.submit(render)

    def stop(self) -> None:
        """Any rendering under way stops after its batch; no cue waits for a phrase."""
        self._generation += 1
        self.coming = set()
