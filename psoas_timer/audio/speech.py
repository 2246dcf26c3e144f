"""Offline spoken cues: each phrase rendered once by espeak-ng into a cached WAV file.

Why espeak-ng files played through the mixer, rather than QtTextToSpeech:
- one queue and one volume: a phrase is a sound like any other, its exact length is known
  before it plays, so the cue player can line phrases up and keep ticks from talking over them
  (Qt's engines only report "speaking" asynchronously, with no length in advance);
- it works where the app must keep working: QtTextToSpeech's speechd engine hangs in
  "Speaking" when there is no sound server, and its other engines vary by platform;
- the audio layer stays plain Python with no Qt, testable without an event loop;
- fast and private: ~10 ms per phrase, no network, and cached, so a routine is ready at once.

Each language the app speaks has its espeak-ng voice (`VOICES`). Where espeak-ng lacks the
content language's voice, nothing is spoken: the cues are tones, as without espeak-ng, and the
status says why (English words would be of no use to someone who chose another language, at
the moment they cannot look at the screen).

Rendered phrases are trimmed of espeak's leading and trailing silence (so a cue is heard when it
is due) and brought to the level the cue sounds are made at. A phrase more than
`LEVEL_TOLERANCE_DB` off it is rendered again by espeak-ng, louder or softer, when it is
rendered ahead of need: that costs a process, not Python time on a thread beside the window's.
A phrase needed at once (the first of a routine, due as it starts) has its samples scaled
instead, which takes a few milliseconds rather than a second espeak-ng run of 35 to 70 ms;
only one espeak-ng clipped is rendered again either way.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import math
import operator
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from array import array
from collections.abc import Iterable
from pathlib import Path

from psoas_timer.audio.output import MIXER_RATE
from psoas_timer.audio.worker import WindowTurn
from psoas_timer.core.i18n import ENGLISH, translate

VOICES: dict[str, str] = {"en": "en-us", "de": "de", "es": "es", "fr": "fr-fr"}
"""The espeak-ng voice for each language the app speaks."""

SPEECH_RMS_DBFS = -18.0  # the level tools/make_sounds.py gives the cue sounds
PEAK_LIMIT_DBFS = -1.0
LEVEL_TOLERANCE_DB = 1.0
AMPLITUDE = 128  # espeak-ng's amplitude (its default is 100): most phrases land near the level
RENDER_TIMEOUT_SECONDS = 10.0
PARALLEL_RENDERS = 8
BACKGROUND_NICENESS = 10
VOICE_CHECK_TIMEOUT_SECONDS = 5.0
_FORMAT = "4"  # bump when the post-processing changes, so old cache files are not reused
_SILENCE_LEVEL = 300  # of 32767: below this, espeak's output is silence
_FULL_SCALE = 32767
_SCALE_BITS = 14  # fixed-point scaling of samples: a factor in 1/16,384ths
_SCALE_CHUNK = 8192  # samples scaled at a time: about 1.5 ms of Python
_LEAD_SECONDS = 0.005
_TAIL_SECONDS = 0.04
_FADE_SECONDS = 0.005


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "psoas-timer" / "voice"


def find_espeak() -> str | None:
    return shutil.which("espeak-ng") or shutil.which("espeak")


def has_voice(executable: str, voice: str) -> bool:
    """Whether espeak-ng can speak with `voice` here (it exits with an error for a voice, or
    a language's dictionary, it does not have)."""
    try:
        done = subprocess.run(
            [executable, "-q", "-v", voice, "a"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=VOICE_CHECK_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


class SpeechRenderer:
    """Renders phrases to WAV files in `cache_dir`, named by a hash of language, voice, rate
    and phrase.

    `language` is the content language, whose voice is used when espeak-ng has it; where that
    voice is missing the renderer is unavailable (the cues are tones) and `status` says why.
    `voice` picks a voice by name instead."""

    def __init__(
        self,
        cache_dir: Path,
        *,
        language: str = ENGLISH,
        voice: str | None = None,
        rate: int = 165,
        executable: str | None = None,
        window_turn: WindowTurn | None = None,
    ) -> None:
        self.window_turn = window_turn or WindowTurn()  # the window takes it at Start
        self.language = language if language in VOICES else ENGLISH
        self.voice = voice or VOICES[self.language]
        self.rate = rate
        self.cache_dir = cache_dir
        self.executable = executable or find_espeak()
        self.failures: list[str] = []
        if self.executable is None:
            self.available = False
            self.status = translate("Sound", "Voice is unavailable: espeak-ng is not installed.")
            return
        self.available = True
        self.status = translate("Sound", "Voice is on.")
        if (
            voice is None
            and self.language != ENGLISH
            and not has_voice(self.executable, self.voice)
        ):
            self.available = False
            self.status = translate(
                "Sound",
                "This computer has no voice for your language, so the cues are tones only.",
            )
            return
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            # A read-only or full home must not cost the voice: render into a private temp dir.
            self.cache_dir = Path(tempfile.mkdtemp(prefix="psoas-timer-voice-"))

    def path_for(self, phrase: str) -> Path:
        key = "\n".join((_FORMAT, self.language, self.voice, str(self.rate), phrase)).encode()
        return self.cache_dir / f"{hashlib.sha256(key).hexdigest()[:32]}.wav"

    def render(self, phrase: str) -> Path | None:
        """The phrase's WAV file, rendering it now if it is not cached; None if that failed."""
        return self.prepare([phrase]).get(phrase)

    def prepare(self, phrases: Iterable[str], *, background: bool = False) -> dict[str, Path]:
        """Render every phrase not cached yet (several at once); map each phrase to its file.

        `background`: what is rendered is not needed yet, so it gives way to everything else
        the machine does (a lower priority)."""
        ready: dict[str, Path] = {}
        if not self.available:
            return ready
        missing: list[str] = []
        for phrase in dict.fromkeys(phrases):
            path = self.path_for(phrase)
            if path.is_file():
                ready[phrase] = path
            else:
                missing.append(phrase)
        for start in range(0, len(missing), PARALLEL_RENDERS):
            batch = missing[start : start + PARALLEL_RENDERS]
            ready.update(self._render_batch(batch, background))
        if missing and not ready:
            self.available = False
            self.status = translate(
                "Sound", "Voice is unavailable: espeak-ng could not render speech."
            )
        return ready

    def _render_batch(self, phrases: list[str], background: bool) -> dict[str, Path]:
        """Render the phrases side by side; those too soft or too loud once more, at the
        amplitude that brings them to the level; then write each, trimmed, to the cache."""
        voiced = self._voice(dict.fromkeys(phrases, AMPLITUDE), background)
        again: dict[str, int] = {}
        for phrase, sound in voiced.items():
            gain = sound.gain_db()
            if -LEVEL_TOLERANCE_DB / 2 <= gain <= LEVEL_TOLERANCE_DB:  # a loud one may clip
                continue
            if background or sound.clipped():
                again[phrase] = max(1, min(200, round(AMPLITUDE * 10 ** (gain / 20))))
            else:
                voiced[phrase] = sound.scaled(gain)
        voiced.update(self._voice(again, background))
        done: dict[str, Path] = {}
        for phrase, sound in voiced.items():
            try:
                sound.write(self.path_for(phrase))
                done[phrase] = self.path_for(phrase)
            except OSError as error:
                self.failures.append(f"{phrase!r}: {error}")
        return done

    def _voice(self, amplitudes: dict[str, int], background: bool) -> dict[str, _Voiced]:
        """Run espeak-ng for each phrase at its amplitude (all at once); read what it said."""
        assert self.executable is not None
        running: list[tuple[str, Path, subprocess.Popen[bytes]]] = []
        for phrase, amplitude in amplitudes.items():
            raw = self.path_for(phrase).with_suffix(f".raw-{os.getpid()}.wav")
            command = [self.executable, "-z", "-v", self.voice, "-s", str(self.rate)]
            command += ["-a", str(amplitude), "-w", str(raw), "--stdin"]
            try:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            except OSError as error:
                self.failures.append(f"{phrase!r}: {error}")
                continue
            if background:
                _lower_priority(process.pid)
            try:
                assert process.stdin is not None
                process.stdin.write(phrase.encode())
                process.stdin.close()
            except OSError as error:
                self.failures.append(f"{phrase!r}: {error}")
            running.append((phrase, raw, process))
        codes: list[int | None] = []
        for _phrase, _raw, process in running:
            try:
                codes.append(process.wait(timeout=RENDER_TIMEOUT_SECONDS))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                codes.append(None)
        self.window_turn.wait()  # what follows is Python: the window's new screen goes first
        voiced: dict[str, _Voiced] = {}
        for (phrase, raw, _process), code in zip(running, codes, strict=True):
            try:
                if code == 0 and raw.is_file():
                    voiced[phrase] = _Voiced.read(raw)
                else:
                    self.failures.append(f"{phrase!r}: exit status {code}")
            except (OSError, EOFError, wave.Error, ValueError) as error:
                self.failures.append(f"{phrase!r}: {error}")
            finally:
                raw.unlink(missing_ok=True)
        return voiced


def _doubled(samples: array[int]) -> array[int]:
    """Twice the rate: each sample, then the mean of it and the next. Done once, when the
    phrase is cached, so the mixer decodes it without resampling (0.2 ms rather than about
    4 ms a phrase, which counts when a routine's phrases are all loaded as it starts)."""
    following = samples[1:]
    following.append(samples[-1])
    means = map(operator.rshift, map(operator.add, samples, following), itertools.repeat(1))
    out = array("h", bytes(4 * len(samples)))
    out[0::2] = samples
    out[1::2] = array("h", means)
    return out


def _lower_priority(pid: int) -> None:
    """Rendering ahead of need is background work: the window (and everything else the user
    runs) comes first when the processor is busy, so a routine's first frames are not held up
    by it."""
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):  # it may have finished already
            os.setpriority(os.PRIO_PROCESS, pid, BACKGROUND_NICENESS)


def _first_loud(samples: array[int]) -> int | None:
    """The index of the first sample above the silence level."""
    return next(
        (i for i, v in enumerate(samples) if v > _SILENCE_LEVEL or v < -_SILENCE_LEVEL), None
    )


class _Voiced:
    """What espeak-ng said, trimmed of its silence: its samples, rate and level."""

    def __init__(self, samples: array[int], rate: int) -> None:
        self.samples = samples
        self.rate = rate

    @classmethod
    def read(cls, source: Path) -> _Voiced:
        with wave.open(str(source), "rb") as raw:
            if raw.getsampwidth() != 2 or raw.getnchannels() != 1:
                raise ValueError("expected 16-bit mono from espeak-ng")
            rate = raw.getframerate()
            samples = array("h", raw.readframes(raw.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        if not samples:
            raise ValueError("espeak-ng wrote no audio")
        first = _first_loud(samples)
        if first is None:
            raise ValueError("espeak-ng wrote only silence")
        trailing = _first_loud(samples[::-1]) or 0
        start = max(0, first - round(_LEAD_SECONDS * rate))
        end = min(len(samples), len(samples) - trailing + round(_TAIL_SECONDS * rate))
        return cls(samples[start:end], rate)

    def gain_db(self) -> float:
        """How much louder (or softer, if negative) it should be: to the level of the cue
        sounds, as far as the peak limit allows."""
        every = self.samples[::4]  # the level of every fourth sample is the level to 0.1 dB
        mean_square = sum(map(operator.mul, every, every)) / len(every)
        peak = max(max(self.samples), -min(self.samples), 1)
        rms_db = 10 * math.log10(max(mean_square, 1.0) / 32767**2)
        peak_db = 20 * math.log10(peak / 32767)
        return min(SPEECH_RMS_DBFS - rms_db, PEAK_LIMIT_DBFS - peak_db)

    def clipped(self) -> bool:
        """Whether espeak-ng's output reached full scale (scaling it would keep the clipping)."""
        return max(self.samples) >= _FULL_SCALE or min(self.samples) <= -_FULL_SCALE

    def scaled(self, gain_db: float) -> _Voiced:
        """The same, `gain_db` louder (or softer); `gain_db()` keeps the peak below full scale."""
        factor = itertools.repeat(round(10 ** (gain_db / 20) * (1 << _SCALE_BITS)))
        bits = itertools.repeat(_SCALE_BITS)
        out = array("h")
        for start in range(0, len(self.samples), _SCALE_CHUNK):  # the window's thread gets turns
            louder = map(operator.mul, self.samples[start : start + _SCALE_CHUNK], factor)
            out.extend(map(operator.rshift, louder, bits))
        return _Voiced(out, self.rate)

    def write(self, target: Path) -> None:
        """Fade the edges (no click), bring it to the mixer's rate, and write `target` whole or
        not at all."""
        out = array("h", self.samples)
        fade = min(max(2, round(_FADE_SECONDS * self.rate)), len(out) // 2)
        for index in range(fade):
            scale = 0.5 - 0.5 * math.cos(math.pi * index / fade)
            out[index] = int(out[index] * scale)
            out[-1 - index] = int(out[-1 - index] * scale)
        rate = self.rate
        if 2 * rate == MIXER_RATE:
            out, rate = _doubled(out), MIXER_RATE
        if sys.byteorder == "big":
            out.byteswap()
        partial = target.with_suffix(f".part-{os.getpid()}.wav")
        try:
            with wave.open(str(partial), "wb") as sink:
                sink.setnchannels(1)
                sink.setsampwidth(2)
                sink.setframerate(rate)
                sink.writeframes(out.tobytes())
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
