"""Where cue sounds go: the pygame mixer when a sound device opens, otherwise nowhere, quietly.

The app must run, and the session must go on, on a machine with no sound card, no sound server
or no pygame: `open_output` never raises and never prints a traceback. It returns an output
whose `available` and `status` tell the user, in one sentence, why they will hear nothing.

The device is open only while a routine may sound: an open SDL device wakes its audio thread
about 90 times a second whether anything plays or not, so `close` ends that thread and `open`
starts it again. Opening or closing a real device, and decoding sounds, can take tens of
milliseconds, so the cue player does them on a worker thread while the window's thread plays:
`open`, `close` and `load` from one thread, `play` from another. Decoding never holds up a
`play`.

Sounds are decoded once and kept across a close and an open, so `play` only hands a ready
buffer to the mixer. Phrases (names starting with `SPEECH_PREFIX`) play on a voice channel of
their own, a new phrase taking the place of one still being said; tones take turns on three
other channels, so a tone and a phrase sound together and neither waits for the other.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
import time
import wave
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate

SPEECH_PREFIX = "speech:"
MIXER_RATE = 44100
# Frames per mixer buffer: ~23 ms at 44.1 kHz. A sound starts at the next buffer after its play
# call, so this bounds what the mixer adds to a cue's lateness, half of it on average; and SDL's
# audio thread wakes once a buffer while the device is open. At 512 frames (12 ms) that thread
# was 0.28 % of a core over a rhythmic routine, at 1024 it is 0.14 %, for about 7 ms more of
# median lateness (tones in the stream: 11.9 against 5.1 ms; benchmarks/). At 2048
# the tones' median lateness would pass the 25 ms a beat can take.
MIXER_BUFFER = 1024
TONE_CHANNELS = 3

Now = Callable[[], float]


class AudioOutput(Protocol):
    available: bool
    status: str

    @property
    def is_open(self) -> bool:
        """Whether the device is open, so that loaded sounds can play now."""
        ...

    def open(self) -> None:
        """Open the device (if it can be: else `available` turns false and `status` says why)."""
        ...

    def close(self) -> None:
        """Close the device: nothing plays and no audio thread runs until the next `open`."""
        ...

    def load(self, sounds: Mapping[str, Path]) -> None:
        """Decode each named WAV file (now if open, else at the next open)."""
        ...

    def has(self, name: str) -> bool:
        """Whether `name` can play at once: loaded, and the device open."""
        ...

    def length(self, name: str) -> float:
        """Seconds the named sound lasts (0 if unknown)."""
        ...

    def play(self, name: str, volume: float) -> bool:
        """Start a loaded sound (0..1 volume) and return at once; False if it could not start."""
        ...


def wav_seconds(path: Path) -> float:
    """The length of a WAV file, or 0 if it cannot be read."""
    try:
        with wave.open(str(path), "rb") as source:
            rate = source.getframerate()
            return source.getnframes() / rate if rate else 0.0
    except (OSError, EOFError, wave.Error):
        return 0.0


@dataclass(frozen=True)
class PlayedSound:
    at: float
    name: str
    volume: float
    seconds: float

    @property
    def is_speech(self) -> bool:
        return self.name.startswith(SPEECH_PREFIX)


class SilentOutput:
    """Plays nothing, but keeps the timing honest: it knows each sound's length, records what it
    would have played and when, and opens and closes as a device would. Tests and the benchmark
    listen through it."""

    def __init__(self, status: str | None = None, now: Now = time.monotonic) -> None:
        self.available = False
        self.status = translate("Sound", "Sound is off.") if status is None else status
        self.played: list[PlayedSound] = []
        self.opened = 0  # how many times the "device" was opened, for tests
        self.closed = 0
        self._now = now
        self._open = False
        self._lengths: dict[str, float] = {}

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self) -> None:
        if not self._open:
            self._open = True
            self.opened += 1

    def close(self) -> None:
        if self._open:
            self._open = False
            self.closed += 1

    def load(self, sounds: Mapping[str, Path]) -> None:
        for name, path in sounds.items():
            self._lengths[name] = wav_seconds(path)

    def has(self, name: str) -> bool:
        return self._open and name in self._lengths

    def length(self, name: str) -> float:
        return self._lengths.get(name, 0.0)

    def play(self, name: str, volume: float) -> bool:
        if not self.has(name):
            return False
        self.played.append(PlayedSound(self._now(), name, volume, self._lengths[name]))
        return True


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[list[str]]:
    """Keep what C libraries print while probing devices (ALSA lists every card it cannot find)
    off the terminal; the text is handed back for a diagnostic, not shown to the user."""
    captured: list[str] = []
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):
        yield captured
        return
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured.append(sink.read().decode(errors="replace"))


class OutputUnavailable(Exception):
    """The mixer could not be opened; the message is a sentence for the user."""


NO_DEVICE = QT_TRANSLATE_NOOP("Sound", "Sound is unavailable: no audio device was found.")


class PygameOutput:
    """The pygame (SDL) mixer: one channel for speech, three taking turns for tones.

    `split_stereo` is for measuring: tones only on the left, phrases only on the right, so the
    onsets of each can be found in the output stream even when they overlap.
    """

    def __init__(self, *, split_stereo: bool = False) -> None:
        """Check that a device opens (then close it again); raise OutputUnavailable with a
        user-facing sentence if it cannot."""
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        self.split_stereo = split_stereo
        self.detail = ""
        try:
            import pygame
            import pygame.mixer as mixer
        except ImportError as error:
            self.detail = str(error)
            raise OutputUnavailable(
                translate("Sound", "Sound is unavailable: pygame is not installed.")
            ) from None
        self._mixer: Any = mixer
        self._error: type[Exception] = pygame.error
        self._device = threading.Lock()  # open, close and load, one at a time
        self._channels = threading.Lock()  # play against open and close
        self._open = False
        self._owner = False  # whether this output opened the mixer (and so closes it)
        self._format: tuple[int, int, int] | None = None
        self._voice: Any = None
        self._tones: list[Any] = []
        self._next_tone = 0
        self._paths: dict[str, Path] = {}
        self._lengths: dict[str, float] = {}
        self._sounds: dict[str, Any] = {}  # decoded for `_format`
        self.missing: list[str] = []
        self.available = True
        self.status = translate("Sound", "Sound is on.")
        if not self._open_device():
            raise OutputUnavailable(self.status)
        self.close()

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self) -> None:
        self._open_device()

    def _open_device(self) -> bool:
        with self._device:
            if self._open:
                return True
            mixer = self._mixer
            if mixer.get_init():  # someone else in this process opened it: share it as it is
                self._owner = False
            else:
                self._owner = True
                try:
                    with _quiet_stderr() as noise:
                        mixer.pre_init(MIXER_RATE, -16, 2, MIXER_BUFFER)
                        mixer.init()
                except self._error as error:
                    self.detail = f"{error} {''.join(noise)}".strip()
                    self.available = False
                    self.status = translate("Sound", NO_DEVICE)
                    return False
            mixer.set_num_channels(max(mixer.get_num_channels(), 8))
            mixer.set_reserved(1 + TONE_CHANNELS)
            found = mixer.get_init()
            if found != self._format:
                self._sounds.clear()  # decoded for another format: decode again
                self._format = found
            self._decode(name for name in self._paths if name not in self._sounds)
            with self._channels:
                self._voice = mixer.Channel(0)
                self._tones = [mixer.Channel(number) for number in range(1, 1 + TONE_CHANNELS)]
                for channel in (self._voice, *self._tones):
                    channel.set_volume(1.0)
                self._open = True
            self.available = True
            self.status = translate("Sound", "Sound is on.")
            return True

    def close(self) -> None:
        with self._device:
            with self._channels:
                if not self._open:
                    return
                self._open = False
            with contextlib.suppress(Exception):
                self._mixer.stop()
                if self._owner:
                    self._mixer.quit()

    def load(self, sounds: Mapping[str, Path]) -> None:
        fresh = {name: path for name, path in sounds.items() if self._paths.get(name) != path}
        for name, path in fresh.items():
            self._paths[name] = path
            self._lengths[name] = wav_seconds(path)
            self._sounds.pop(name, None)
        with self._device:
            if self._open:
                self._decode(fresh)

    def _decode(self, names: Iterable[str]) -> None:
        """Decode sounds for the open mixer (holding `_device`, so it stays open)."""
        for name in list(names):
            try:
                sound = self._mixer.Sound(str(self._paths[name]))
                if self.split_stereo:
                    sound = self._one_side(sound, right=name.startswith(SPEECH_PREFIX))
            except (self._error, OSError):
                self.missing.append(name)
                continue
            self._sounds[name] = sound
            self._lengths[name] = sound.get_length()

    def _one_side(self, sound: Any, *, right: bool) -> Any:
        samples = array("h", sound.get_raw())
        silent = 0 if right else 1
        samples[silent::2] = array("h", bytes(len(samples[silent::2]) * 2))
        return self._mixer.Sound(buffer=samples.tobytes())

    def has(self, name: str) -> bool:
        return self._open and name in self._sounds

    def length(self, name: str) -> float:
        return self._lengths.get(name, 0.0)

    def samples(self, name: str) -> bytes | None:
        """The decoded sound as the mixer plays it (16-bit, channels interleaved), for
        finding it in the output stream."""
        sound = self._sounds.get(name)
        return None if sound is None else bytes(sound.get_raw())

    def play(self, name: str, volume: float) -> bool:
        with self._channels:
            sound = self._sounds.get(name)
            if sound is None or not self._open:
                return False
            # A new phrase takes the place of one still being said; tones take turns.
            speech = name.startswith(SPEECH_PREFIX)
            channel = self._voice if speech else self._free_tone_channel()
            try:
                # The sound's own volume, set before it starts: no first buffer at a stale level.
                sound.set_volume(max(0.0, min(1.0, volume)))
                channel.play(sound)
            except self._error as error:
                self.detail = str(error)
                self.available = False
                self.status = translate(
                    "Sound", "Sound stopped: the audio device is no longer available."
                )
                return False
            return True

    def _free_tone_channel(self) -> Any:
        """A tone channel that is quiet, else the one started longest ago."""
        for offset in range(len(self._tones)):
            channel = self._tones[(self._next_tone + offset) % len(self._tones)]
            if not channel.get_busy():
                self._next_tone = (self._next_tone + offset + 1) % len(self._tones)
                return channel
        channel = self._tones[self._next_tone]
        self._next_tone = (self._next_tone + 1) % len(self._tones)
        return channel


def open_output(
    prefer: str = "auto", now: Now = time.monotonic, *, split_stereo: bool = False
) -> AudioOutput:
    """The best output this machine has: "auto" or "pygame" try the mixer, "silent" plays
    nothing. Never raises; an unavailable mixer gives a SilentOutput saying why. The device is
    left closed: `open` it when a routine starts."""
    if prefer == "silent":
        return SilentOutput(now=now)
    try:
        return PygameOutput(split_stereo=split_stereo)
    except OutputUnavailable as error:
        return SilentOutput(str(error), now=now)
    except Exception:  # a broken install must not stop a session: say so and go on silently
        failed = translate("Sound", "Sound is unavailable: the audio library failed to start.")
        return SilentOutput(failed, now=now)
