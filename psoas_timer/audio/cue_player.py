"""Plays the cues of a running session, each on its moment.

The engine says what happened and when it was due; `cues_for` says what that sounds like; this
module starts each sound. Its rules, for someone listening with eyes shut:

- Every cue sounds on its moment. Phrases have a voice channel of their own and tones channels
  of theirs, so a tick never waits for a word nor a word for a chime. With the voice on, a cue's
  phrase takes the place of its sound (one signal, the words on the moment); the sound plays
  instead whenever the phrase cannot.
- A newer phrase the listener must act on takes the place of one still being said: the newer
  instruction is the one that counts. A phrase that only informs ("Halfway") gives way to one
  being said or due at the same moment, and its sound plays instead.
- What can no longer be on time is dropped rather than played late (`on_time_seconds`: 80 ms for
  a movement, 100 ms for a tick, half a second for an announcement), and counted by kind.
- Everything a routine can need is made ready in the background when it starts: the device
  opened, then each phrase rendered in the order it will first be needed, so the window never
  waits. A cue whose phrase is not ready yet waits for it only while it would still be on time.
  A routine the user has chosen but not started has its phrases rendered ahead (`warm`), so
  Start usually finds them all in the cache.
- The device is open only while a routine runs with sound on: it closes once the last cue has
  finished sounding, and on pause or mute, and opens again on the next start, resume or unmute.
  While a routine runs it also rests between cues: told when the session's next event is due,
  it closes once the sounds have ended if it would stay closed for `MIN_REST_SECONDS` or more,
  and opens again `OPEN_LEAD_SECONDS` before that event (an open device wakes its audio thread
  about 90 times a second, sounding or not). A cue whose device is still opening waits for it
  while it would be on time.
- Pause and stop clear whatever is waiting; muted plays nothing at all.

It has no timer of its own: the UI calls `pump(now, coming)` from its timer and wakes for
`next_due()`. The `now` callable and the engine's clock must count the same monotonic seconds.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from psoas_timer import resources
from psoas_timer.audio.cue_log import CueLog, DroppedPart, PlayedCue
from psoas_timer.audio.output import SPEECH_PREFIX, AudioOutput
from psoas_timer.audio.phrases import PhraseRenderer, PhraseSource, speech_name
from psoas_timer.audio.worker import InlineWorker, WindowTurn, Worker
from psoas_timer.core.cues import (
    INFORMATION_KINDS,
    PHASE_KINDS,
    SOUND_NAMES,
    Cue,
    cues_for,
    on_time_seconds,
)
from psoas_timer.core.engine import Event, Finished, Paused, Resumed, Stopped
from psoas_timer.core.routines import Routine
from psoas_timer.core.settings import Settings

WAIT_POLL_SECONDS = 0.005  # how often a cue waiting for its phrase (or the device) looks again
STOP_TIMEOUT_SECONDS = 2.0
# Resting the device between cues. Opening takes about 25 ms with SDL's dummy and disk drivers
# here (a sound server may take longer), and costs about 0.3 ms of processor time with the
# closing; an open device costs about 0.35 % of a core. The lead leaves a slow device time to
# open; a rest shorter than the minimum would save too little for the risk.
OPEN_LEAD_SECONDS = 0.3
MIN_REST_SECONDS = 1.0
REST_AFTER_SOUND_SECONDS = 0.1  # the end of the last sound is still in the device's buffers


def sound_files(folder: Path | None = None) -> dict[str, Path]:
    folder = folder or resources.sounds_dir()
    return {name: folder / f"{name}.wav" for name in SOUND_NAMES}


@dataclass(frozen=True)
class _Waiting:
    cue: Cue
    order: int

    @property
    def at(self) -> float:
        return self.cue.at


def _outdated(waiting: Cue, new: Cue) -> bool:
    """Whether a cue still waiting is out of date once `new` comes."""
    if new.kind in PHASE_KINDS and waiting.at < new.at:
        return True  # a new part of the routine has begun
    return new.kind == "beat" and waiting.kind == "beat"  # a newer movement


class CuePlayer:
    """Turns session events into sounds and phrases on time; see the module docstring."""

    def __init__(
        self,
        output: AudioOutput,
        speech: PhraseSource | None = None,
        now: Callable[[], float] = time.monotonic,
        settings: Settings | None = None,
        sounds: Mapping[str, Path] | None = None,
        worker: Worker | None = None,
    ) -> None:
        self.output = output
        # The speech's: the window takes it while it draws Start's screen (without a voice,
        # nothing waits for it).
        self.window_turn = speech.window_turn if speech is not None else WindowTurn()
        self.speech = speech
        self.settings = settings or Settings()
        self.worker: Worker = worker if worker is not None else InlineWorker()
        self._now = now
        self.output.load(dict(sounds) if sounds is not None else sound_files())
        self._queue: list[_Waiting] = []
        self._order = 0
        self._running = False  # a routine was prepared and has not ended
        self._paused = False
        self._device_wanted = False
        self._opening = False  # an open was asked for and has not returned yet
        self._next_event: float | None = None  # when the session next has something to say
        # Loaded into whichever output the player has by then.
        self.phrases = PhraseRenderer(speech, lambda sounds: self.output.load(sounds), self.worker)
        self._voice_until = float("-inf")
        self._sounding_until = float("-inf")
        self.log = CueLog()  # what happened, for tests, the benchmark and diagnostics

    # --- settings --------------------------------------------------------------------------

    def apply(self, settings: Settings) -> None:
        """Use these settings from now on. Muting clears what waits and closes the device;
        beats off drops the movements waiting; voice off makes a cue waiting for its words
        play its sound instead (the voice is looked at when each cue plays)."""
        self.settings = settings
        if settings.muted:
            self.clear()
        if not settings.beats:
            for item in self._queue:
                if item.cue.kind == "beat":
                    self._drop(item.cue, "cue", "pruned")
            self._queue = [item for item in self._queue if item.cue.kind != "beat"]
        if settings.muted or self._running:
            self._want_device(self._device_needed())

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
        if self.settings.voice and self.speech is not None:
            return "" if self.speech.available else self.speech.status
        return ""

    # --- what was played, for tests and the benchmark -----------------------------------------

    @property
    def played(self) -> list[PlayedCue]:
        return self.log.played

    @property
    def delays(self) -> list[float]:
        return self.log.delays

    @property
    def dropped(self) -> list[DroppedPart]:
        return self.log.dropped

    @property
    def unheard(self) -> list[tuple[str, float]]:
        return self.log.unheard

    @property
    def preparing(self) -> bool:
        """Whether phrases of the routine are still being rendered (or the device opened)."""
        return bool(self.phrases.coming) or self._opening

    # --- a routine's life -----------------------------------------------------------------------

    def prepare(self, routine: Routine) -> None:
        """A routine starts now: open the device and render its phrases in the background."""
        self._running = True
        self._paused = False
        self._next_event = None
        self._want_device(self._device_needed())
        self.phrases.start(routine)

    def warm(self, routine: Routine) -> None:
        """A routine is chosen but not started: render its phrases into the cache now, in the
        background and giving way to everything else, so that Start finds them ready and has
        nothing to render while the window draws the get-ready screen."""
        if not self._running:
            self.phrases.warm(routine)

    def _device_needed(self) -> bool:
        """Whether the device should be open now: a routine running, with sound."""
        return self._running and not self._paused and not self.settings.muted

    def _want_device(self, wanted: bool) -> None:
        if wanted == self._device_wanted:
            return
        self._device_wanted = wanted
        if wanted:
            self._opening = True
        self.worker.submit(self._match_device)

    def _match_device(self) -> None:
        """On the worker: open or close the device, as it is wanted by the time this runs."""
        try:
            if self._device_wanted:
                self.output.open()
            else:
                self.output.close()
        finally:
            self._opening = False

    def close(self) -> None:
        """The app is closing: stop sounding and close the device now (not behind work still
        queued), stop rendering, and end the background thread."""
        self.clear()
        self._running = False
        self.window_turn.give_back()
        self.phrases.stop()
        self._device_wanted = False
        self.output.close()
        self.worker.stop(STOP_TIMEOUT_SECONDS)

    # --- queueing ----------------------------------------------------------------------------

    def handle(self, events: Iterable[Event]) -> None:
        """Queue the cues of engine events (in the order they were due). Call `pump` after."""
        for event in events:
            if isinstance(event, Finished | Stopped):
                self._running = False  # the device closes once the last cue has sounded
                self._paused = False
            if isinstance(event, Paused):
                self._paused = True  # quiet at once, and no audio thread while paused
                self._want_device(False)
            elif isinstance(event, Resumed):
                self._paused = False
                self._want_device(self._device_needed())
            if isinstance(event, Paused | Stopped):
                self.clear()
                continue
            if self.settings.muted:
                continue
            self.enqueue(
                cues_for(
                    event,
                    voice=self.settings.voice,
                    beats=self.settings.beats,
                    language=self.phrases.language,
                )
            )

    def enqueue(self, cues: Iterable[Cue]) -> None:
        for cue in cues:
            if self.settings.muted:
                return
            self._prune(cue)
            self._order += 1
            bisect.insort_right(
                self._queue, _Waiting(cue, self._order), key=lambda item: (item.at, item.order)
            )

    def _prune(self, new: Cue) -> None:
        """Drop what waits and is out of date now that `new` comes."""
        for item in self._queue:
            if _outdated(item.cue, new):
                self._drop(item.cue, "cue", "superseded")
        self._queue = [item for item in self._queue if not _outdated(item.cue, new)]

    def clear(self) -> None:
        self._queue.clear()

    def _drop(self, cue: Cue, part: str, reason: str) -> None:
        self.log.note_dropped(cue.kind, part, reason, cue.at)
        if part == "cue" and reason != "pruned":  # not what the user turned off
            self.log.note_unheard(cue.kind, cue.at)

    # --- playing -----------------------------------------------------------------------------

    def pump(self, now: float | None = None, coming: float | None = None) -> None:
        """Start whatever is due; drop what can no longer be on time; close the device once a
        routine has ended and its last cue has sounded. `coming` is when the session's next
        event is due (None: not known): the device rests closed until shortly before it when
        the gap allows."""
        now = self._now() if now is None else now
        self._next_event = coming
        if self._queue and self._queue[0].at <= now and self._device_needed():
            self._want_device(True)  # resting, and a cue came sooner (the user skipped ahead)
        index = 0
        while index < len(self._queue) and self._queue[index].at <= now:
            if self._attempt(index, now):
                del self._queue[index]
            else:
                index += 1  # waiting for its phrase: what is due after it still plays
        if not self._running and not self._queue and now >= self._sounding_until:
            self._want_device(False)
        elif self._device_needed():
            rest = self._rest(now)
            self._want_device(rest is None or now < rest[0])

    def _rest(self, now: float) -> tuple[float, float] | None:
        """(from, until): when the device may close and when it must open again before the
        next event, if the routine is quiet that long; None if it must stay open."""
        if not self._device_needed() or self._next_event is None or self._queue:
            return None
        start = max(now, self._sounding_until + REST_AFTER_SOUND_SECONDS)
        until = self._next_event - OPEN_LEAD_SECONDS
        # A rest begins only if it is long enough; one begun lasts until its end.
        resting = not self._device_wanted
        if until - start >= MIN_REST_SECONDS or (resting and until > start):
            return start, until
        return None

    def _attempt(self, index: int, now: float) -> bool:
        """Play the cue at `index` if it can be; False if it is worth waiting for."""
        cue = self._queue[index].cue
        late = now - cue.at
        on_time = late <= on_time_seconds(cue.kind)
        if self._opening and on_time:
            return False  # the device is on its way
        heard = False
        if cue.speech is not None and self.settings.voice:
            name = speech_name(cue.speech)
            reason = self._phrase_blocked(cue, name, index, now)
            if reason is None and not on_time:
                reason = "late"
            if reason is None and self._start(cue, name, now):
                return True
            if reason == "not ready" and on_time and cue.speech in self.phrases.coming:
                return False  # being rendered, and there is still time
            self.log.note_dropped(cue.kind, "phrase", reason or "device", cue.at)
        if cue.sound is not None:
            if not on_time:
                self.log.note_dropped(cue.kind, "sound", "late", cue.at)
            elif self._start(cue, cue.sound, now):
                heard = True
            else:
                self.log.note_dropped(cue.kind, "sound", "not ready", cue.at)
        if not heard:
            self.log.note_unheard(cue.kind, cue.at)
        return True

    def _phrase_blocked(self, cue: Cue, name: str, index: int, now: float) -> str | None:
        """Why the cue's phrase cannot be said now, or None if it can."""
        if not self.output.has(name):
            return "not ready"
        informs = cue.kind in INFORMATION_KINDS
        if informs and self._voice_until > now:
            return "voice busy"
        for later in self._queue[index + 1 :]:
            if later.at > now:
                break
            if self._will_say(later.cue, now):
                return "superseded"  # a newer instruction is due too: it is the one said
        return None

    def _will_say(self, cue: Cue, now: float) -> bool:
        """Whether an instruction due now will be said now (ready, and still on time)."""
        return (
            cue.speech is not None
            and cue.kind not in INFORMATION_KINDS
            and now - cue.at <= on_time_seconds(cue.kind)
            and self.output.has(speech_name(cue.speech))
        )

    def _start(self, cue: Cue, name: str, now: float) -> bool:
        played_at = self._now()
        if not self.output.play(name, self.settings.gain):
            return False
        ends = max(now, played_at) + self.output.length(name)
        if name.startswith(SPEECH_PREFIX):
            self._voice_until = ends
        self._sounding_until = max(self._sounding_until, ends)
        self.log.note_played(cue.kind, name, cue.at, played_at)
        return True

    def next_due(self) -> float | None:
        """When `pump` next has something to do (None: nothing until the next event)."""
        now = self._now()
        if self._queue:
            first = self._queue[0].at
            return first if first > now else now + WAIT_POLL_SECONDS
        if not self._running and self._device_wanted:
            return max(now, self._sounding_until)  # time to close the device
        rest = self._rest(now)
        if rest is not None:
            return rest[0] if self._device_wanted else rest[1]  # time to close, or to open
        if self._device_needed() and not self._device_wanted:
            return now  # the next event is near: open the device
        return None
