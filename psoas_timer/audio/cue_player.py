"""Plays the cues of a running session, on time, one thing at a time.

The engine says what happened and when it was due; `cues_for` says what that sounds like; this
module decides when each sound actually starts. Its rules, for someone listening with eyes shut:

- Nothing talks over anything else. A cue's sound plays first and its phrase follows when the
  sound ends; a phrase waits for the phrase before it to finish. Everything goes through one
  queue, ordered by the moment it was due.
- Ticks and beat knocks are about *now*: one that would land on a word is dropped (or, if the
  word ends within `DEFER_GRACE_SECONDS`, played right after it), never played late.
- A beat's word is dropped if it cannot start within `BEAT_WORD_MAX_WAIT` of its beat, and a
  newer beat word replaces an older one still waiting; a new phase (start, switch, rest, finish)
  clears whatever older cues were still waiting, so skipping ahead never leaves a backlog.
- A cue that could have played more than `STALE_AFTER_SECONDS` ago (the app stalled, the
  machine slept) is dropped rather than played late.
- Pause and stop clear the queue; muted plays nothing at all.

It has no timer of its own: the UI calls `pump(now)` from its timer and wakes for `next_due()`.
The output, the `now` callable and the engine's clock must count the same monotonic seconds.
"""

from __future__ import annotations

import bisect
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from psoas_timer import resources
from psoas_timer.audio.output import SPEECH_PREFIX, AudioOutput
from psoas_timer.core.cues import PHASE_KINDS, SOUND_NAMES, Cue, cues_for, phrases_for
from psoas_timer.core.engine import Event, Paused, Stopped
from psoas_timer.core.routines import Routine
from psoas_timer.core.settings import Settings

STALE_AFTER_SECONDS = 1.0
DEFER_GRACE_SECONDS = 0.15
BEAT_WORD_MAX_WAIT = 1.5
HISTORY_LIMIT = 10_000


class PhraseSource(Protocol):
    """What the player needs from a speech renderer (SpeechRenderer is one)."""

    available: bool
    status: str

    def prepare(self, phrases: Iterable[str]) -> dict[str, Path]: ...


def speech_name(phrase: str) -> str:
    """The output's name for a phrase's sound."""
    return SPEECH_PREFIX + phrase


def sound_files(folder: Path | None = None) -> dict[str, Path]:
    folder = folder or resources.sounds_dir()
    return {name: folder / f"{name}.wav" for name in SOUND_NAMES}


@dataclass(frozen=True)
class PlayedCue:
    """One play call: what, the moment its cue was due, the moment it could first play without
    overlapping (later than `at` only when it waited its turn), and when play was called."""

    kind: str
    name: str
    at: float
    ready_at: float
    played_at: float

    @property
    def delay(self) -> float:
        return self.played_at - self.at

    @property
    def lateness(self) -> float:
        """How late the code was, not counting a deliberate wait for the line to be free."""
        return self.played_at - self.ready_at


@dataclass
class _Part:
    """A sound or a phrase of a cue, waiting in the queue."""

    cue: Cue
    name: str
    is_speech: bool
    order: int

    @property
    def at(self) -> float:
        return self.cue.at

    @property
    def fleeting(self) -> bool:
        """Ticks and beat knocks mark an instant: dropped rather than played over a word."""
        return not self.is_speech and self.cue.kind in ("tick", "beat")

    @property
    def max_wait(self) -> float | None:
        return BEAT_WORD_MAX_WAIT if self.is_speech and self.cue.kind == "beat" else None


class CuePlayer:
    """Turns session events into sounds and phrases on one queue; see the module docstring."""

    def __init__(
        self,
        output: AudioOutput,
        speech: PhraseSource | None = None,
        now: Callable[[], float] = time.monotonic,
        settings: Settings | None = None,
        sounds: Mapping[str, Path] | None = None,
    ) -> None:
        self.output = output
        self.speech = speech
        self.settings = settings or Settings()
        self._now = now
        self._sound_files = dict(sounds) if sounds is not None else sound_files()
        self._loaded: set[str] = set()
        self._queue: list[_Part] = []
        self._order = 0
        # What happened, for tests, the benchmark and diagnostics (bounded: the app runs long).
        self._played: deque[PlayedCue] = deque(maxlen=HISTORY_LIMIT)
        self._dropped: deque[tuple[str, str]] = deque(maxlen=HISTORY_LIMIT)  # (kind, reason)

    # --- settings --------------------------------------------------------------------------

    def apply(self, settings: Settings) -> None:
        """Use these settings from now on; what is queued and no longer wanted is dropped."""
        self.settings = settings
        if settings.muted:
            self.clear()
        if not settings.voice:
            self._queue = [part for part in self._queue if not part.is_speech]
        if not settings.beats:
            self._queue = [part for part in self._queue if part.cue.kind != "beat"]

    @property
    def volume(self) -> float:
        return self.settings.gain

    def set_volume(self, volume: float) -> None:
        percent = round(max(0.0, min(1.0, float(volume))) * 100)
        self.apply(self.settings.changed(volume=percent))

    @property
    def muted(self) -> bool:
        return self.settings.muted

    def set_muted(self, muted: bool) -> None:
        self.apply(self.settings.changed(muted=muted))

    @property
    def voice(self) -> bool:
        return self.settings.voice

    def set_voice(self, voice: bool) -> None:
        self.apply(self.settings.changed(voice=voice))

    @property
    def beats(self) -> bool:
        return self.settings.beats

    def set_beats(self, beats: bool) -> None:
        self.apply(self.settings.changed(beats=beats))

    @property
    def status(self) -> str:
        """One quiet sentence when something is missing (no device, no voice); else empty."""
        if not self.output.available:
            return self.output.status
        if self.settings.voice and self.speech is not None and not self.speech.available:
            return self.speech.status
        return ""

    # --- what was played, for tests and the benchmark -----------------------------------------

    @property
    def played(self) -> list[PlayedCue]:
        return list(self._played)

    @property
    def delays(self) -> list[float]:
        """Seconds from each cue's due moment to its play call, in play order."""
        return [record.delay for record in self._played]

    @property
    def dropped(self) -> list[tuple[str, str]]:
        """(kind, reason) of each queued sound or phrase that was not played."""
        return list(self._dropped)

    # --- preparing ---------------------------------------------------------------------------

    def prepare(self, routine: Routine) -> None:
        """Load every sound and render every phrase the routine can need, before it starts."""
        files = {name: path for name, path in self._sound_files.items() if name not in self._loaded}
        if self.speech is not None and self.speech.available:
            rendered = self.speech.prepare(phrases_for(routine))
            for phrase, path in rendered.items():
                if speech_name(phrase) not in self._loaded:
                    files[speech_name(phrase)] = path
        self.output.load(files)
        self._loaded.update(files)

    def _ensure_sound(self, name: str) -> bool:
        if name not in self._loaded:
            path = self._sound_files.get(name)
            if path is None:
                return False
            self.output.load({name: path})
            self._loaded.add(name)
        return True

    def _ensure_phrase(self, phrase: str) -> bool:
        name = speech_name(phrase)
        if name in self._loaded:
            return True
        if self.speech is None or not self.speech.available:
            return False
        # Not prepared (a routine changed under us): render now, ~10 ms, rather than stay mute.
        path = self.speech.prepare([phrase]).get(phrase)
        if path is None:
            return False
        self.output.load({name: path})
        self._loaded.add(name)
        return True

    # --- queueing ----------------------------------------------------------------------------

    def handle(self, events: Iterable[Event]) -> None:
        """Queue the cues of engine events (in the order they were due). Call `pump` after."""
        for event in events:
            if isinstance(event, Paused | Stopped):
                self.clear()
                continue
            if self.settings.muted:
                continue
            self.enqueue(cues_for(event, voice=self.settings.voice, beats=self.settings.beats))

    def enqueue(self, cues: Iterable[Cue]) -> None:
        for cue in cues:
            if self.settings.muted:
                return
            if cue.kind in PHASE_KINDS:
                self._queue = [part for part in self._queue if part.at >= cue.at]
            if cue.kind == "beat" and cue.speech is not None:
                self._queue = [
                    part for part in self._queue if not (part.is_speech and part.cue.kind == "beat")
                ]
            parts: list[_Part] = []
            if cue.sound is not None and self._ensure_sound(cue.sound):
                parts.append(self._part(cue, cue.sound, is_speech=False))
            if cue.speech is not None and self._ensure_phrase(cue.speech):
                parts.append(self._part(cue, speech_name(cue.speech), is_speech=True))
            for part in parts:
                bisect.insort_right(self._queue, part, key=lambda queued: (queued.at, queued.order))

    def _part(self, cue: Cue, name: str, *, is_speech: bool) -> _Part:
        self._order += 1
        return _Part(cue, name, is_speech, self._order)

    def clear(self) -> None:
        self._queue.clear()

    def _drop(self, part: _Part, reason: str) -> None:
        self._queue.pop(0)
        self._dropped.append((part.cue.kind, reason))

    def _drops_when_busy(self, part: _Part, free_at: float) -> bool:
        """Whether a line busy until `free_at` means this part will never play."""
        if part.fleeting and free_at - part.at > DEFER_GRACE_SECONDS:
            return True
        wait = part.max_wait
        return wait is not None and free_at - part.at > wait

    def pump(self, now: float | None = None) -> None:
        """Play whatever is due and may play now; drop what can no longer play usefully."""
        now = self._now() if now is None else now
        if self.settings.muted:
            self.clear()
            return
        while self._queue:
            part = self._queue[0]
            if part.at > now:
                return
            free_at = self.output.busy_until()
            if self._drops_when_busy(part, free_at):
                self._drop(part, "overlap")
                continue
            if free_at > now:
                return  # its turn comes when the line is free
            ready_at = max(part.at, free_at)
            if now - ready_at > STALE_AFTER_SECONDS:
                self._drop(part, "stale")
                continue
            if part.max_wait is not None and now - part.at > part.max_wait:
                self._drop(part, "late")
                continue
            self._queue.pop(0)
            played_at = self._now()
            self.output.play(part.name, self.settings.gain)
            self._played.append(PlayedCue(part.cue.kind, part.name, part.at, ready_at, played_at))

    def next_due(self) -> float | None:
        """When `pump` next has something to do (None: nothing queued)."""
        if not self._queue or self.settings.muted:
            return None
        part = self._queue[0]
        free_at = self.output.busy_until()
        if free_at <= part.at or self._drops_when_busy(part, free_at):
            return part.at
        return free_at
