"""When is each cue heard? Sound onsets found in the audio output stream, over whole routines.

Runs the built-in routines through the app's own code path: the session engine, the cue player
with its background preparation (the device opened and each phrase rendered by espeak-ng into
an empty cache, as on the first run of a routine), and pygame's mixer with SDL's `disk`
driver, which writes the mixed samples as the device would play them. Tones are mixed to the
left channel only and phrases to the right (`PygameOutput(split_stereo=True)`), so the onset
of each can be found even when they overlap.

The driver writes to a FIFO; a reader process stamps each block as it arrives: the buffers in
a block were produced by then, which bounds the moment of each (`BufferTimes`). The device
rests closed between cues far enough apart, as
in the app, and each opening writes the FIFO afresh: the reader keeps each opening's buffers as
a segment of their own (padded to whole buffers), and times are never interpolated from one
segment into another. A cue is found in the stream by matching the start of its
sound against the stream at each buffer boundary near its play call (a sound starts on the
first boundary after it); its onset is the first audible sample there. The onset's delay is
measured from the moment the engine says the cue was due.

Idle time is skipped as in benchmarks/audio_latency.py: the session's clock is the real
monotonic clock plus an offset that jumps forward before each wake, the last 15 ms being
really slept; nothing is skipped while phrases are being prepared, or until the tones played
have finished (so each tone is found alone on its side of the stream).

Each routine runs twice: with the voice (phrases, and ticks as tones) and without it (every
cue a tone).

With `--history N`, each routine starts while N sessions of history are read on a thread of
their own, as the window reads them at a first start (a fresh copy of the data folder each
time, so no snapshot: the longest read), so the onsets can be set against those without.

    python benchmarks/audio_onsets.py [--runs 3] [--routines quick-reset,...] [--history N]
                                      [--json]
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

os.environ["SDL_AUDIODRIVER"] = "disk"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))

import history_bench  # noqa: E402
from audio_latency import SkippingClock, percentile, timer_wake  # noqa: E402

from psoas_timer import resources  # noqa: E402
from psoas_timer.audio.cue_player import CuePlayer, PlayedCue  # noqa: E402
from psoas_timer.audio.output import MIXER_BUFFER, MIXER_RATE, PygameOutput  # noqa: E402
from psoas_timer.audio.speech import SpeechRenderer  # noqa: E402
from psoas_timer.audio.worker import ThreadWorker  # noqa: E402
from psoas_timer.core.cues import INFORMATION_KINDS  # noqa: E402
from psoas_timer.core.engine import Beat, Event, Session  # noqa: E402
from psoas_timer.core.routines import Routine, load_catalogue, load_routines_dir  # noqa: E402
from psoas_timer.core.settings import Settings  # noqa: E402

APPROACH = 0.015  # seconds really slept before each wake
MIN_GAP = 0.05  # real seconds after a sound starts before the clock may skip again
FRAME_BYTES = 4  # 16-bit stereo
CHUNK_BYTES = MIXER_BUFFER * FRAME_BYTES
MATCH_FRAMES = 1024  # how much of a sound's start is matched against the stream
MATCHED = 0.5  # normalised correlation that counts as "this sound starts here"
AUDIBLE = 300  # of 32767 (-40 dBFS): the speech renderer's own silence level
TONE_TARGETS = (25.0, 40.0)  # median, 95th percentile (ms)
SPEECH_TARGETS = (60.0, 120.0)
BEAT_LIMIT_MS = 80.0


# --- the stream reader (a process of its own) -----------------------------------------------------


def read_stream(fifo: Path, out: Path) -> int:
    """Copy the FIFO to `out`, stamping each block as it arrives, one segment for each time
    the device opened it, until a writer opens it once `out`.done exists; write the stamps,
    a list for each segment, as JSON."""
    segments: list[list[tuple[float, int]]] = []
    total = 0
    done = out.with_suffix(".done")
    print("ready", flush=True)  # the device may open now: this end is about to be opened
    with open(out, "wb") as sink:
        while True:
            fd = os.open(fifo, os.O_RDONLY)  # waits for the device to open (or the end)
            stamps: list[tuple[float, int]] = []
            while True:
                block = os.read(fd, 1 << 16)
                stamp = time.monotonic()
                if not block:
                    break
                total += len(block)
                stamps.append((stamp, total))
                sink.write(block)
            os.close(fd)
            if total % CHUNK_BYTES:  # whole buffers, so buffer numbers hold across segments
                padding = CHUNK_BYTES - total % CHUNK_BYTES
                sink.write(bytes(padding))
                total += padding
            if stamps:
                segments.append(stamps)
            if done.exists():
                break
    out.with_suffix(".json").write_text(json.dumps(segments))
    return 0


def end_stream(fifo: Path, stream: Path, reader: subprocess.Popen[bytes]) -> None:
    """Tell the reader that the device will not open again: wake its wait for a writer, if it
    is waiting (it may have seen the end already, or be about to wait: try until it is gone)."""
    stream.with_suffix(".done").touch()
    while reader.poll() is None:
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # fails while no one reads
        except OSError:
            time.sleep(0.01)
            continue
        reader.wait(60)


# --- a routine, run -------------------------------------------------------------------------------


@dataclass
class Played:
    record: PlayedCue
    real_play: float  # monotonic moment of the play call
    offset: float  # what the session clock was ahead of the real one then


def read_history_behind(template: Path, folder: Path) -> Any:
    """Start reading a copy of the data folder `template` on a thread, as the window does (the
    app's own reader); returns the thread."""
    import shutil
    import threading

    from psoas_timer.core.history import HistoryStore
    from psoas_timer.ui.history.loading import LiveHistory

    data = folder / "history-data"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(template, data)
    cache = folder / "history-cache"  # the app's cache folder, empty as at a first start
    shutil.rmtree(cache, ignore_errors=True)
    store = HistoryStore(
        data, lambda message: None, history_bench.DEVICE, snapshot=cache / "history.snapshot"
    )
    store.claim()
    reader = threading.Thread(target=LiveHistory(store)._read, name="history", daemon=True)
    reader.start()
    return reader


def run_routine(
    routine: Routine, output: PygameOutput, folder: Path, voice: bool, history: Path | None = None
) -> dict:
    name = f"{routine.id}-{'voice' if voice else 'tones'}"
    fifo, stream = folder / f"{name}.fifo", folder / f"{name}.raw"
    os.mkfifo(fifo)
    reader = subprocess.Popen(
        [sys.executable, __file__, "--read-stream", str(fifo), str(stream)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None
    reader.stdout.readline()  # started: the device's opening will not wait for it
    os.environ["SDL_DISKAUDIOFILE"] = str(fifo)  # read by SDL each time the device opens

    clock = SkippingClock()
    worker = ThreadWorker()
    speech = SpeechRenderer(folder / f"{name}-voice") if voice else None  # an empty cache
    player = CuePlayer(output, speech, now=clock.now, settings=Settings(voice=voice), worker=worker)
    session = Session(routine, clock)
    events: list[Event] = []
    played: list[Played] = []
    sounds: dict[str, bytes] = {}  # each sound played, as the mixer has it (while it is open)
    quiet_at = 0.0  # real moment from which the clock may skip again

    def step(now: float, happened: list[Event]) -> None:
        nonlocal quiet_at
        events.extend(happened)
        before = len(player.played)
        if happened:
            player.handle(happened)
        player.pump(now, session.next_event_at(now))  # as the window does
        for record in player.played[before:]:
            real = record.played_at - clock.offset
            played.append(Played(record, real, clock.offset))
            if record.name not in sounds:
                sounds[record.name] = output.samples(record.name) or b""
            ends = real + (0.0 if record.is_speech else output.length(record.name))
            quiet_at = max(quiet_at, real + MIN_GAP, ends)

    began = time.monotonic()
    history_reader = read_history_behind(history, folder) if history is not None else None
    player.prepare(routine)
    now = clock.now()
    step(now, session.start(now))
    while True:
        now = clock.now()
        wake = timer_wake(now, session, player)
        if wake is None:
            break
        if not player.preparing:
            # The clock skips ahead only once the tones played have ended (each is found
            # alone in the stream), and waiting for that never takes it past the next wake:
            # the window's timer does not wait for a sound to end.
            settle = min(quiet_at - time.monotonic(), wake - clock.now())
            if settle > 0:
                time.sleep(settle)
            if time.monotonic() >= quiet_at and wake - clock.now() > APPROACH:
                clock.skip(wake - clock.now() - APPROACH)
        remaining = wake - clock.now()
        if remaining > 0:
            time.sleep(remaining)
        now = clock.now()
        step(now, session.advance(now))
    worker.wait(30)  # the device closes once the last cue has sounded
    worker.stop(5)
    end_stream(fifo, stream, reader)
    wall = time.monotonic() - began
    history_seconds = None
    if history_reader is not None:
        history_reader.join(120)
        history_seconds = round(time.monotonic() - began, 2)  # read by then, at the latest
    stamps = json.loads(stream.with_suffix(".json").read_text())
    result = analyse(stream, stamps, played, sounds)
    stream.unlink()
    return {
        "routine": routine.id,
        "voice": voice,
        "wall_seconds": wall,
        "events": events,
        "played": played,
        "found": result,
        "dropped": player.dropped,
        "unheard": player.unheard,
        "device_openings": len(stamps),  # segments of the stream: the device rests between
        "history_read_by_s": history_seconds,
    }


# --- finding each sound in the stream -------------------------------------------------------------


PERIOD_FLOOR = int(1000 * MIXER_BUFFER / MIXER_RATE) / 1000  # SDL's disk driver sleeps whole ms


class BufferTimes:
    """The monotonic moment the mixer produced each buffer, from the reader's stamps.

    A block read at moment t holds only buffers the mixer had produced by then, so the last
    buffer in it was produced at t or before, and each buffer before that at least one period
    earlier still (the driver sleeps a buffer's length, in whole milliseconds, between
    buffers). A buffer's moment is the earliest these bounds allow; the buffer written as it is
    produced has a block read at once, which makes its bound tight, and C's stdio, which holds
    a buffer back and passes it on with the next one, then only gives looser bounds. Within
    each segment (one opening of the device); buffers after its last block follow at the
    period."""

    def __init__(self, segments: list[list[tuple[float, int]]]) -> None:
        self.moments: list[float] = []
        first = 0
        for stamps in segments:
            # Padding keeps buffer numbers whole across segments (see read_stream).
            last = -(-stamps[-1][1] // CHUNK_BYTES)
            bounds = [math.inf] * (last - first)
            for stamp, total in stamps:
                newest = -(-total // CHUNK_BYTES) - 1 - first
                bounds[newest] = min(bounds[newest], stamp)
            for index in range(len(bounds) - 2, -1, -1):
                bounds[index] = min(bounds[index], bounds[index + 1] - PERIOD_FLOOR)
            self.moments += bounds
            first = last

    def at(self, chunk: int) -> float:
        if chunk < len(self.moments):
            return self.moments[chunk]
        return self.moments[-1] + (chunk - len(self.moments) + 1) * PERIOD_FLOOR

    def first_after(self, moment: float) -> int:
        """The first buffer produced after `moment`."""
        return bisect.bisect_right(self.moments, moment)


def _correlation(stream: array, start: int, template: array) -> float:
    segment = stream[start : start + len(template)]
    if len(segment) < len(template):
        return 0.0
    dot = sum(map(int.__mul__, segment, template))
    energy = sum(map(int.__mul__, segment, segment)) * sum(map(int.__mul__, template, template))
    return dot / math.sqrt(energy) if energy else 0.0


def analyse(
    stream_path: Path,
    stamps: list[list[tuple[float, int]]],
    played: list[Played],
    sounds: dict[str, bytes],
) -> list[dict[str, Any]]:
    data = array("h", stream_path.read_bytes()[: stream_path.stat().st_size // 4 * 4])
    sides = {False: data[0::2], True: data[1::2]}  # tones left, phrases right
    times = BufferTimes(stamps)
    templates: dict[str, tuple[array, int]] = {}
    found = []
    for item in played:
        record = item.record
        if record.name not in templates:
            raw = array("h", sounds[record.name])
            side = raw[1::2] if record.is_speech else raw[0::2]
            audible = next((i for i, v in enumerate(side) if abs(v) > AUDIBLE), 0)
            templates[record.name] = (side[:MATCH_FRAMES], audible)
        template, audible = templates[record.name]
        channel = sides[record.is_speech]
        expected = times.first_after(item.real_play)
        onset_chunk = None
        # From the buffer before the expected one, never further back: the same sound played
        # a moment earlier in real time (the clock skips idle time) would be found instead.
        for chunk in range(max(0, expected - 1), expected + 8):
            if _correlation(channel, chunk * MIXER_BUFFER, template) >= MATCHED:
                onset_chunk = chunk
                break
        if onset_chunk is None:
            found.append({"kind": record.kind, "speech": record.is_speech, "onset_ms": None})
            continue
        heard_real = times.at(onset_chunk) + audible / MIXER_RATE
        heard = heard_real + item.offset
        found.append(
            {
                "kind": record.kind,
                "name": record.name,
                "speech": record.is_speech,
                "at": record.at,
                "onset_ms": 1000 * (heard - record.at),
                "play_call_ms": 1000 * record.delay,
                # Never below 0 (a sound cannot start before its play call) nor much above a
                # buffer: the check that the buffers' moments are right.
                "stream_after_play_ms": 1000 * (heard_real - audible / MIXER_RATE - item.real_play),
                "on_expected_buffer": onset_chunk == expected,
            }
        )
    return found


# --- figures --------------------------------------------------------------------------------------


def summary(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"median": None, "p95": None, "max": None, "count": 0}
    return {
        "median": round(statistics.median(values), 2),
        "p95": round(percentile(values, 0.95), 2),
        "max": round(max(values), 2),
        "count": len(values),
    }


def beat_words(run: dict) -> list[float]:
    """For each movement of the run, its word's onset from its beat (ms; None if unheard)."""
    by_moment = {(f["at"], f["name"]): f for f in run["found"] if f.get("name") and f["speech"]}
    offsets = []
    for event in run["events"]:
        if isinstance(event, Beat):
            item = by_moment.get((event.at, "speech:" + event.label))
            offsets.append(item["onset_ms"] if item and item["onset_ms"] is not None else None)
    return offsets


def figures(runs: list[dict]) -> dict[str, Any]:
    found = [f for run in runs for f in run["found"]]
    tones = [f["onset_ms"] for f in found if not f["speech"] and f["onset_ms"] is not None]
    phrases = [f["onset_ms"] for f in found if f["speech"] and f["onset_ms"] is not None]
    beats = [offset for run in runs if run["voice"] for offset in beat_words(run)]
    unheard = Counter(kind for run in runs for kind, _ in run["unheard"])
    lost = Counter(f["kind"] for f in found if f["onset_ms"] is None)  # played, not in the stream
    dropped = Counter(
        f"{part.kind} {part.part} ({part.reason})" for run in runs for part in run["dropped"]
    )
    must_act = sum(
        count for kind, count in (unheard + lost).items() if kind not in INFORMATION_KINDS
    )
    sounded_beats = [abs(value) for value in beats if value is not None]
    after = [f["stream_after_play_ms"] for f in found if f["onset_ms"] is not None]
    return {
        "onset_tone_ms": summary(tones),
        "onset_speech_ms": summary(phrases),
        "beat_word_worst_ms": round(max(sounded_beats), 2) if sounded_beats else None,
        "stream_after_play_ms": {
            "min": round(min(after), 2) if after else None,
            **summary(after),
        },
        "beat_words": {"count": len(beats), "unheard": beats.count(None)},
        "cues_dropped": must_act,
        "unheard_by_kind": dict(unheard),
        "not_found_in_stream_by_kind": dict(lost),
        "device_openings": sum(run["device_openings"] for run in runs),
        "dropped_parts": dict(dropped),
        "play_call_ms": summary([f["play_call_ms"] for f in found if "play_call_ms" in f]),
        "on_expected_buffer": round(
            sum(f.get("on_expected_buffer", False) for f in found) / max(1, len(found)), 4
        ),
    }


def builtin_routines(ids: list[str] | None) -> list[Routine]:
    catalogue = load_catalogue()
    folder = resources.builtin_routines_dir()
    routines, problems = load_routines_dir(folder, catalogue, builtin=True)
    if problems:
        raise SystemExit(f"built-in routines do not load: {problems}")
    chosen = [routine for routine in routines if ids is None or routine.id in ids]
    return sorted(chosen, key=lambda routine: routine.id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--routines", help="comma-separated ids (default: every built-in one)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--history",
        type=int,
        default=0,
        metavar="N",
        help="start each routine while N sessions of history are read behind it",
    )
    parser.add_argument("--read-stream", nargs=2, metavar=("FIFO", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.read_stream:
        return read_stream(Path(args.read_stream[0]), Path(args.read_stream[1]))

    routines = builtin_routines(args.routines.split(",") if args.routines else None)
    began = time.monotonic()
    per_run = []
    every: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="psoas-timer-onsets-") as scratch:
        os.environ["SDL_DISKAUDIOFILE"] = str(Path(scratch) / "probe.raw")
        history = None
        if args.history:
            history = Path(scratch) / "history-template"
            history_bench.write_history(history, date.today(), args.history)
        output = PygameOutput(split_stereo=True)  # checks that the device opens, then closes it
        for number in range(1, args.runs + 1):
            runs = []
            for routine in routines:
                for voice in (True, False):
                    folder = Path(scratch) / f"run-{number}"
                    folder.mkdir(exist_ok=True)
                    runs.append(run_routine(routine, output, folder, voice, history))
                    mode = "voice" if voice else "tones"
                    print(
                        f"run {number}: {routine.id} ({mode}) in {runs[-1]['wall_seconds']:.0f} s",
                        file=sys.stderr,
                        flush=True,
                    )
            per_run.append(figures(runs))
            every += runs
    overall = figures(every)
    result = {
        "routines": [routine.id for routine in routines],
        "routine_seconds": sum(routine.total_seconds for routine in routines),
        "runs": args.runs,
        "buffer_frames": MIXER_BUFFER,
        "history_sessions": args.history,
        "wall_seconds": round(time.monotonic() - began, 1),
        # Each figure is the median over the runs of that run's figure; "all" pools them.
        "onset_tone_median_ms": statistics.median(r["onset_tone_ms"]["median"] for r in per_run),
        "onset_tone_p95_ms": statistics.median(r["onset_tone_ms"]["p95"] for r in per_run),
        "onset_speech_median_ms": statistics.median(
            r["onset_speech_ms"]["median"] for r in per_run
        ),
        "onset_speech_p95_ms": statistics.median(r["onset_speech_ms"]["p95"] for r in per_run),
        "beat_word_worst_ms": max(r["beat_word_worst_ms"] or math.inf for r in per_run),
        "cues_dropped": sum(r["cues_dropped"] for r in per_run),
        "all": overall,
        "per_run": per_run,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    if args.history:
        print(f"Each routine started while {args.history:,} sessions of history were read")
    print(
        f"Sound onsets in the output stream: {args.runs} runs of {len(routines)} routines "
        f"({result['routine_seconds'] // 60} min of routine each, with and without the voice), "
        f"{result['wall_seconds']:.0f} s wall time"
    )
    rows = [
        ("tones: onset after the cue's moment", overall["onset_tone_ms"], TONE_TARGETS),
        ("phrases: onset after the cue's moment", overall["onset_speech_ms"], SPEECH_TARGETS),
        ("play calls after the cue's moment", overall["play_call_ms"], None),
    ]
    print(f"{'':40} {'median':>8} {'p95':>8} {'max':>8} {'count':>6}  target")
    for label, stats, target in rows:
        goal = f"<= {target[0]:g} / {target[1]:g}" if target else ""
        print(
            f"{label:40} {stats['median']:>8} {stats['p95']:>8} {stats['max']:>8} "
            f"{stats['count']:>6}  {goal}"
        )
    print(
        f"movement words: worst {overall['beat_word_worst_ms']} ms from the beat "
        f"(target within {BEAT_LIMIT_MS:g}), {overall['beat_words']['count']} words, "
        f"{overall['beat_words']['unheard']} unheard"
    )
    print(f"cues to act on that never sounded: {overall['cues_dropped']}")
    print(f"dropped parts by kind: {overall['dropped_parts']}")
    print(f"found on the buffer after the play call: {100 * overall['on_expected_buffer']:.1f} %")
    after = overall["stream_after_play_ms"]
    print(
        f"a sound's start in the stream after its play call: {after['min']} ms at least, "
        f"{after['median']} median, {after['max']} at most (one buffer: "
        f"{1000 * MIXER_BUFFER / MIXER_RATE:.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
