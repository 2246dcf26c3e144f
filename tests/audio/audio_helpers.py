"""Helpers for the audio tests: a small routine, a phrase source with known lengths, a driver."""

from __future__ import annotations

import wave
from collections.abc import Iterable
from pathlib import Path

from psoas_timer.audio.cue_player import CuePlayer
from psoas_timer.audio.output import SilentOutput
from psoas_timer.audio.worker import WindowTurn
from psoas_timer.core.clock import FakeClock
from psoas_timer.core.engine import Session
from psoas_timer.core.routines import Routine, Step, Tempo
from psoas_timer.core.settings import Settings

PHRASE_SECONDS = 0.5


def write_wav(path: Path, seconds: float, rate: int = 22050) -> Path:
    with wave.open(str(path), "wb") as sink:
        sink.setnchannels(1)
        sink.setsampwidth(2)
        sink.setframerate(rate)
        sink.writeframes(b"\x01\x00" * round(seconds * rate))
    return path


class FixedLengthPhrases:
    """Stands in for espeak-ng: every phrase lasts `seconds` (or its entry in `lengths`)."""

    def __init__(
        self, folder: Path, seconds: float = PHRASE_SECONDS, lengths: dict | None = None
    ) -> None:
        self.folder = folder
        self.seconds = seconds
        self.lengths = lengths or {}
        self.available = True
        self.status = "Voice is on."
        self.language = "en"
        self.window_turn = WindowTurn()
        self.note = ""
        self.rendered: list[str] = []
        self.batches: list[tuple[list[str], bool]] = []  # (phrases, in the background)
        folder.mkdir(parents=True, exist_ok=True)

    def prepare(self, phrases: Iterable[str], *, background: bool = False) -> dict[str, Path]:
        self.batches.append((list(dict.fromkeys(phrases)), background))
        files = {}
        for number, phrase in enumerate(dict.fromkeys(phrases)):
            self.rendered.append(phrase)
            path = self.folder / f"{len(self.rendered)}-{number}.wav"
            files[phrase] = write_wav(path, self.lengths.get(phrase, self.seconds))
        return files


def small_routine() -> Routine:
    """Prep 5 s, a per-side step, a rhythmic step, a 60 s hold; 5 s rests. 125 s in all."""
    return Routine(
        id="audio-test",
        title="Audio test",
        description="",
        prep_seconds=5,
        rest_seconds=5,
        steps=(
            Step(name="Knee hug", seconds=20, per_side=True, instructions=("Hug.",)),
            Step(
                name="Rock",
                seconds=10,
                per_side=False,
                instructions=("Rock.",),
                tempo=Tempo(2.5, ("Forward", "Back")),
            ),
            Step(name="Long hold", seconds=60, per_side=False, instructions=("Hold.",)),
        ),
    )


class ManualWorker:
    """Holds background jobs until the test runs them: the moment a phrase becomes ready is
    then the test's to choose."""

    def __init__(self) -> None:
        self.jobs: list = []

    def submit(self, job) -> None:
        self.jobs.append(job)

    def run_next(self) -> None:
        self.jobs.pop(0)()

    def run_all(self) -> None:
        while self.jobs:
            self.run_next()

    def wait(self, timeout: float) -> bool:
        return not self.jobs

    def stop(self, timeout: float) -> None:
        self.run_all()


class Rig:
    """A session, a cue player listening through a SilentOutput, all on one FakeClock."""

    def __init__(self, tmp_path: Path, worker=None, **settings: object) -> None:
        self.clock = FakeClock(1000.0)
        self.start = self.clock.now()
        self.output = SilentOutput(now=self.clock.now)
        self.phrases = FixedLengthPhrases(tmp_path / "phrases")
        self.player = CuePlayer(
            self.output,
            self.phrases,
            now=self.clock.now,
            settings=Settings(**settings),  # type: ignore[arg-type]
            worker=worker,
        )

    def run(self, routine: Routine) -> Session:
        """Run the routine to the end, waking exactly when the UI's timer would (until the cue
        player has nothing more to do: its device closed)."""
        session = Session(routine, self.clock)
        self.player.prepare(routine)
        self.player.handle(session.start())
        self.player.pump(coming=session.next_event_at())
        for _ in range(100_000):
            moments = [m for m in (session.next_wake(), self.player.next_due()) if m is not None]
            if not moments:
                break
            self.clock.advance(max(0.0, min(moments) - self.clock.now()))
            self.player.handle(session.advance())
            self.player.pump(coming=session.next_event_at())
        return session

    def timeline(self) -> list[tuple[float, str]]:
        """(seconds since start, name) of everything played."""
        return [(round(p.at - self.start, 3), p.name) for p in self.output.played]
