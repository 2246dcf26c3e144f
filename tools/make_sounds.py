"""Synthesise the cue sounds into assets/sounds/*.wav (16-bit mono, 44100 Hz).

Someone lying on a mat with eyes closed must tell every cue apart by ear, so each differs from
the others in pitch, timbre and rhythm:

    tick     a tiny high click, the last three seconds of every phase
    beat     a hollow woodblock knock, each movement of a rhythmic exercise
    start    two short bright notes rising a fifth: a work phase begins
    switch   a "ding-dong" bell falling a major third: change sides
    halfway  one mellow low bell strike
    rest     a soft, smooth glide downwards: ease off
    finish   a four-note rising chime: the routine is done

Every sound fades in and out (no clicks), and all are scaled to one RMS level so none startles
or disappears next to another; peaks stay below -1 dBFS. The synthesis is plain arithmetic with
a fixed-seed noise generator, so a rerun writes byte-identical files.

    python tools/make_sounds.py            write the files
    python tools/make_sounds.py --check    exit 1 if the committed files differ from a fresh run
"""

from __future__ import annotations

import argparse
import io
import math
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44100
SOUNDS_DIR = Path(__file__).resolve().parents[1] / "assets" / "sounds"
TARGET_RMS_DBFS = -18.0  # the common loudness; psoas_timer.audio.speech matches speech to it
PEAK_LIMIT_DBFS = -1.0
FADE_IN_SECONDS = 0.004
FADE_OUT_SECONDS = 0.025

Signal = list[float]


def _db_to_amplitude(db: float) -> float:
    return 10.0 ** (db / 20.0)


def _silence(seconds: float) -> Signal:
    return [0.0] * round(seconds * RATE)


def _mix(into: Signal, sound: Signal, start_seconds: float, gain: float = 1.0) -> None:
    offset = round(start_seconds * RATE)
    for index, value in enumerate(sound):
        if offset + index < len(into):
            into[offset + index] += gain * value


@dataclass(frozen=True)
class Partial:
    """One sine component of a struck or blown tone: frequency ratio, level, decay time."""

    ratio: float
    level: float
    decay: float  # seconds for the level to fall to 1/e; 0 means no decay


def _tone(
    frequency: float,
    seconds: float,
    partials: Sequence[Partial],
    attack: float,
    release: float = 0.0,
) -> Signal:
    """A note made of partials, each decaying on its own, with a smooth attack and release."""
    count = round(seconds * RATE)
    attack_count = max(1, round(attack * RATE))
    release_count = round(release * RATE)
    out: Signal = []
    for index in range(count):
        t = index / RATE
        value = 0.0
        for partial in partials:
            level = partial.level
            if partial.decay > 0:
                level *= math.exp(-t / partial.decay)
            value += level * math.sin(2.0 * math.pi * frequency * partial.ratio * t)
        if index < attack_count:
            value *= 0.5 - 0.5 * math.cos(math.pi * index / attack_count)
        if release_count and index >= count - release_count:
            left = count - index
            value *= 0.5 - 0.5 * math.cos(math.pi * left / release_count)
        out.append(value)
    return out


def _noise_burst(seconds: float, decay: float, seed: int) -> Signal:
    """Deterministic white noise (a fixed linear congruential generator), decaying."""
    state = seed
    out: Signal = []
    for index in range(round(seconds * RATE)):
        state = (1103515245 * state + 12345) % 2**31
        out.append((state / 2**30 - 1.0) * math.exp(-index / RATE / decay))
    return out


# --- the sounds ---------------------------------------------------------------------------------


def tick() -> Signal:
    # Short and high, but rounded: a sine pair with a quick decay, not a harsh digital click.
    click = _tone(
        1760.0,
        0.06,
        [Partial(1.0, 1.0, 0.016), Partial(2.5, 0.18, 0.006)],
        attack=0.0015,
    )
    return click


def beat() -> Signal:
    # A woodblock: a low-mid body with an inharmonic overtone and a breath of noise at the strike.
    body = _tone(
        620.0,
        0.14,
        [Partial(1.0, 1.0, 0.04), Partial(2.76, 0.32, 0.016), Partial(5.4, 0.06, 0.006)],
        attack=0.002,
    )
    _mix(body, _noise_burst(0.01, 0.002, seed=7), 0.0, gain=0.12)
    return body


def start() -> Signal:
    # Bright (rich in harmonics), sustained notes, quick rising rhythm: "ready, go".
    bright = [
        Partial(1.0, 1.0, 0.5),
        Partial(2.0, 0.45, 0.3),
        Partial(3.0, 0.25, 0.2),
        Partial(4.0, 0.12, 0.12),
    ]
    out = _silence(0.40)
    _mix(out, _tone(784.0, 0.15, bright, attack=0.006, release=0.04), 0.0)
    _mix(out, _tone(1174.7, 0.23, bright, attack=0.006, release=0.08), 0.16)
    return out


def switch() -> Signal:
    # Two bell strikes falling a major third, slower than "start": the doorbell "ding-dong".
    bell = [
        Partial(1.0, 1.0, 0.38),
        Partial(2.0, 0.35, 0.22),
        Partial(2.76, 0.22, 0.12),
        Partial(5.4, 0.06, 0.05),
    ]
    out = _silence(0.78)
    _mix(out, _tone(1046.5, 0.30, bell, attack=0.003, release=0.06), 0.0)
    _mix(out, _tone(830.6, 0.50, bell, attack=0.003), 0.28)
    return out


def halfway() -> Signal:
    # One low, soft-edged strike with few overtones: mellow, unhurried.
    mellow = [Partial(1.0, 1.0, 0.45), Partial(2.0, 0.25, 0.25), Partial(3.0, 0.08, 0.15)]
    return _tone(523.3, 0.85, mellow, attack=0.008)


def rest() -> Signal:
    # A pure tone sliding down from G4 to C4 with a slow swell: no strike at all.
    seconds = 0.65
    count = round(seconds * RATE)
    high, low = 392.0, 261.6
    attack, release = 0.07, 0.3
    phase = 0.0
    out: Signal = []
    for index in range(count):
        progress = index / count
        frequency = high * (low / high) ** progress
        phase += 2.0 * math.pi * frequency / RATE
        value = math.sin(phase) + 0.12 * math.sin(2.0 * phase)
        t = index / RATE
        if t < attack:
            value *= 0.5 - 0.5 * math.cos(math.pi * t / attack)
        if t > seconds - release:
            value *= 0.5 - 0.5 * math.cos(math.pi * (seconds - t) / release)
        out.append(value)
    return out


def finish() -> Signal:
    # C major arpeggio of light chimes, each ringing on under the next.
    chime = [Partial(1.0, 1.0, 0.4), Partial(2.0, 0.22, 0.2), Partial(3.0, 0.1, 0.1)]
    out = _silence(0.9)
    for number, frequency in enumerate((523.3, 659.3, 784.0, 1046.5)):
        start_at = 0.1 * number
        _mix(out, _tone(frequency, 0.9 - start_at, chime, attack=0.004), start_at, gain=0.8)
    return out


SOUNDS: dict[str, Callable[[], Signal]] = {
    "tick": tick,
    "beat": beat,
    "start": start,
    "switch": switch,
    "halfway": halfway,
    "rest": rest,
    "finish": finish,
}


# --- finishing: fades, level, encoding ----------------------------------------------------------


def _fade(signal: Signal) -> Signal:
    """Raised-cosine fade in and out, so the first and last samples are silent."""
    count = len(signal)
    fade_in = max(2, round(FADE_IN_SECONDS * RATE))
    fade_out = max(2, round(FADE_OUT_SECONDS * RATE))
    out = list(signal)
    for index in range(min(fade_in, count)):
        out[index] *= 0.5 - 0.5 * math.cos(math.pi * index / fade_in)
    for index in range(min(fade_out, count)):
        position = count - 1 - index
        out[position] *= 0.5 - 0.5 * math.cos(math.pi * index / fade_out)
    return out


def rms(signal: Sequence[float]) -> float:
    return math.sqrt(sum(value * value for value in signal) / len(signal)) if signal else 0.0


def _normalise(name: str, signal: Signal) -> Signal:
    gain = _db_to_amplitude(TARGET_RMS_DBFS) / rms(signal)
    peak = max(abs(value) for value in signal) * gain
    if peak > _db_to_amplitude(PEAK_LIMIT_DBFS):
        # A design error in the sound, not something to hide by limiting: say so.
        raise ValueError(
            f"{name}: at {TARGET_RMS_DBFS} dBFS RMS its peak would reach "
            f"{20 * math.log10(peak):.1f} dBFS (limit {PEAK_LIMIT_DBFS})"
        )
    return [value * gain for value in signal]


def encode(signal: Sequence[float]) -> bytes:
    """16-bit little-endian mono WAV bytes."""
    samples = array("h", (max(-32767, min(32767, round(value * 32767))) for value in signal))
    if sys.byteorder == "big":
        samples.byteswap()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def build() -> dict[str, bytes]:
    return {name: encode(_normalise(name, _fade(make()))) for name, make in SOUNDS.items()}


def _describe(name: str, data: bytes) -> str:
    with wave.open(io.BytesIO(data)) as source:
        frames = source.readframes(source.getnframes())
    samples = array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    values = [value / 32767 for value in samples]
    level = 20 * math.log10(rms(values))
    peak = 20 * math.log10(max(abs(value) for value in values))
    milliseconds = 1000 * len(values) / RATE
    return f"{name:<8} {milliseconds:5.0f} ms  rms {level:6.1f} dBFS  peak {peak:5.1f} dBFS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the files on disk; exit 1 if they differ"
    )
    parser.add_argument("--out", type=Path, default=SOUNDS_DIR, help="folder for the WAV files")
    args = parser.parse_args(argv)

    sounds = build()
    if args.check:
        stale = [
            name
            for name, data in sounds.items()
            if not (args.out / f"{name}.wav").is_file()
            or (args.out / f"{name}.wav").read_bytes() != data
        ]
        if stale:
            names = ", ".join(f"{name}.wav" for name in stale)
            print(f"out of date in {args.out}: {names}; run tools/make_sounds.py", file=sys.stderr)
            return 1
        print(f"{len(sounds)} sounds in {args.out} are up to date")
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in sounds.items():
        (args.out / f"{name}.wav").write_bytes(data)
        print(_describe(name, data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
