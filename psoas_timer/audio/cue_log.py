"""What the cue player did, for tests, the benchmarks and diagnostics: each sound or phrase
started and when, each part of a cue that did not play and why, and each cue of which nothing
sounded. Bounded, since the app runs for a long time."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from psoas_timer.audio.output import SPEECH_PREFIX

HISTORY_LIMIT = 10_000


@dataclass(frozen=True)
class PlayedCue:
    """One sound or phrase started: its cue's kind, the moment the cue was due, and when it was
    started."""

    kind: str
    name: str
    at: float
    played_at: float

    @property
    def delay(self) -> float:
        return self.played_at - self.at

    @property
    def is_speech(self) -> bool:
        return self.name.startswith(SPEECH_PREFIX)


@dataclass(frozen=True)
class DroppedPart:
    """A cue's phrase or sound that did not play, and why ("late", "not ready", "voice busy",
    "superseded", "pruned")."""

    kind: str
    part: str  # "phrase" or "sound"
    reason: str
    at: float


class CueLog:
    def __init__(self) -> None:
        self._played: deque[PlayedCue] = deque(maxlen=HISTORY_LIMIT)
        self._dropped: deque[DroppedPart] = deque(maxlen=HISTORY_LIMIT)
        self._unheard: deque[tuple[str, float]] = deque(maxlen=HISTORY_LIMIT)

    def note_played(self, kind: str, name: str, at: float, played_at: float) -> None:
        self._played.append(PlayedCue(kind, name, at, played_at))

    def note_dropped(self, kind: str, part: str, reason: str, at: float) -> None:
        self._dropped.append(DroppedPart(kind, part, reason, at))

    def note_unheard(self, kind: str, at: float) -> None:
        self._unheard.append((kind, at))

    @property
    def played(self) -> list[PlayedCue]:
        return list(self._played)

    @property
    def delays(self) -> list[float]:
        """Seconds from each cue's due moment to its play call, in play order."""
        return [record.delay for record in self._played]

    @property
    def dropped(self) -> list[DroppedPart]:
        """Each phrase or sound of a cue that did not play."""
        return list(self._dropped)

    @property
    def unheard(self) -> list[tuple[str, float]]:
        """(kind, moment) of each cue of which nothing sounded."""
        return list(self._unheard)
