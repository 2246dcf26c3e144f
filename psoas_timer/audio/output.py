"""Where cue sounds go: the pygame mixer when a sound device opens, otherwise nowhere, quietly.

The app must run, and the session must go on, on a machine with no sound card, no sound server
or no pygame: `open_output` never raises and never prints a traceback. It returns an output
whose `available` and `status` tell the user, in one sentence, why they will hear nothing.

Everything is loaded before a routine starts, so `play` only hands a ready buffer to the mixer.
Phrases (names starting with `SPEECH_PREFIX`) play on their own channel and tones on two
others, so a tone never cuts a phrase off. `busy_until` is the moment the last thing started
ends, on the same clock the caller passes in, which lets the cue player queue around it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
import wave
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

SPEECH_PREFIX = "speech:"
MIXER_RATE = 44100
MIXER_BUFFER = 512  # frames: ~12 ms at 44.1 kHz, short enough that a cue sounds when due

Now = Callable[[], float]


class AudioOutput(Protocol):
    available: bool
    status: str

    def load(self, sounds: Mapping[str, Path]) -> None:
        """Decode each named WAV file now, so that playing it later costs nothing."""
        ...

    def play(self, name: str, volume: float) -> None:
        """Start a loaded sound (0..1 volume) and return at once; unknown names are ignored."""
        ...

    def busy_until(self) -> float:
        """When what was last started ends (a past moment once everything is quiet)."""
        ...

    def close(self) -> None: ...


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


class SilentOutput:
    """Plays nothing, but keeps the timing honest: it knows each sound's length, records what it
    would have played and when, and reports `busy_until` as a real output would. Tests and the
    benchmark listen through it."""

    def __init__(self, status: str = "Sound is off.", now: Now = time.monotonic) -> None:
        self.available = False
        self.status = status
        self.played: list[PlayedSound] = []
        self._now = now
        self._lengths: dict[str, float] = {}
        self._busy_until = 0.0

    def load(self, sounds: Mapping[str, Path]) -> None:
        for name, path in sounds.items():
            self._lengths[name] = wav_seconds(path)

    def play(self, name: str, volume: float) -> None:
        if name not in self._lengths:
            return
        at = self._now()
        seconds = self._lengths[name]
        self.played.append(PlayedSound(at, name, volume, seconds))
        self._busy_until = max(self._busy_until, at + seconds)

    def busy_until(self) -> float:
        return self._busy_until

    def close(self) -> None:
        pass


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


_mixer_users = 0  # pygame's mixer is process-wide: opened once, closed by its last user


class PygameOutput:
    """The pygame (SDL) mixer: one channel for speech, two alternating for tones."""

    def __init__(self, now: Now = time.monotonic) -> None:
        """Open the mixer; raise OutputUnavailable with a user-facing sentence if it cannot."""
        global _mixer_users
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        self._now = now
        self.detail = ""
        try:
            import pygame
            import pygame.mixer as mixer
        except ImportError as error:
            self.detail = str(error)
            raise OutputUnavailable("Sound is unavailable: pygame is not installed.") from None
        self._mixer: Any = mixer
        self._error: type[Exception] = pygame.error
        if not mixer.get_init():
            try:
                with _quiet_stderr() as noise:
                    mixer.pre_init(MIXER_RATE, -16, 2, MIXER_BUFFER)
                    mixer.init()
            except self._error as error:
                self.detail = f"{error} {''.join(noise)}".strip()
                raise OutputUnavailable(
                    "Sound is unavailable: no audio device was found."
                ) from None
        _mixer_users += 1
        self._open = True
        mixer.set_num_channels(max(mixer.get_num_channels(), 8))
        mixer.set_reserved(3)
        self._voice = mixer.Channel(0)
        self._tones = [mixer.Channel(1), mixer.Channel(2)]
        for channel in (self._voice, *self._tones):
            channel.set_volume(1.0)
        self._next_tone = 0
        self._sounds: dict[str, Any] = {}
        self._lengths: dict[str, float] = {}
        self._busy_until = 0.0
        self.available = True
        self.status = "Sound is on."
        self.missing: list[str] = []

    def load(self, sounds: Mapping[str, Path]) -> None:
        for name, path in sounds.items():
            if name in self._sounds:
                continue
            try:
                sound = self._mixer.Sound(str(path))
            except (self._error, OSError):
                self.missing.append(name)
                continue
            self._sounds[name] = sound
            self._lengths[name] = sound.get_length()

    def play(self, name: str, volume: float) -> None:
        sound = self._sounds.get(name)
        if sound is None or not self.available:
            return
        if name.startswith(SPEECH_PREFIX):
            channel = self._voice
        else:
            # Alternate, so a tone still ringing out is not cut off by the next one.
            channel = self._tones[self._next_tone]
            self._next_tone = 1 - self._next_tone
        try:
            # The sound's own volume, set before it starts: no first buffer at a stale level.
            sound.set_volume(max(0.0, min(1.0, volume)))
            channel.play(sound)
        except self._error as error:
            self.detail = str(error)
            self.available = False
            self.status = "Sound stopped: the audio device is no longer available."
            return
        self._busy_until = max(self._busy_until, self._now() + self._lengths[name])

    def busy_until(self) -> float:
        return self._busy_until

    def close(self) -> None:
        global _mixer_users
        if not self._open:
            return
        self._open = False
        self.available = False
        self._sounds.clear()
        _mixer_users -= 1
        if _mixer_users == 0:
            with contextlib.suppress(Exception):
                self._mixer.quit()


def open_output(prefer: str = "auto", now: Now = time.monotonic) -> AudioOutput:
    """The best output this machine has: "auto" or "pygame" try the mixer, "silent" plays
    nothing. Never raises; an unavailable mixer gives a SilentOutput saying why."""
    if prefer == "silent":
        return SilentOutput("Sound is off.", now=now)
    try:
        return PygameOutput(now=now)
    except OutputUnavailable as error:
        return SilentOutput(str(error), now=now)
    except Exception:  # a broken install must not stop a session: say so and go on silently
        return SilentOutput("Sound is unavailable: the audio library failed to start.", now=now)
