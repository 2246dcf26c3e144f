"""How late do audio cues start? Runs a ten-minute routine through the real code path.

The loop does what the player window does: ask the session (`next_wake`) and the cue player
(`next_due`) when something next happens, arm a millisecond timer for it (rounded up, as the
window's QTimer is), then advance the session, hand its events to the cue player and pump it.
Each play call is timed against the moment its cue was due.

To finish in well under two minutes, idle stretches are skipped: the clock is the real monotonic
clock plus an offset that jumps forward to `--approach-ms` before each wake; that last stretch
is really slept, so every measured delay is real sleep overshoot plus real code, at 1:1 speed.
The mixer is pygame's with the dummy driver (plays nowhere, same calls) unless asked otherwise;
phrases come from espeak-ng when it is installed, so the queue holds real phrase lengths.

    python benchmarks/audio_latency.py [--runs 5] [--approach-ms 15] [--output pygame|silent]
    python benchmarks/audio_latency.py --json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")  # measure the mixer calls, make no noise
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from psoas_timer.audio.cue_player import CuePlayer, PlayedCue
from psoas_timer.audio.output import open_output
from psoas_timer.audio.speech import SpeechRenderer
from psoas_timer.core.engine import Session
from psoas_timer.core.routines import Routine, load_catalogue, parse_routine

# Ten minutes: two rhythmic steps, two per-side steps, two holds, 15 s rests.
ROUTINE = {
    "version": 1,
    "id": "latency-benchmark",
    "title": "Latency benchmark",
    "prep_seconds": 10,
    "rest_seconds": 15,
    "steps": [
        {"exercise": "cat-pose", "seconds": 90},
        {"exercise": "kneeling-hip-flexor", "seconds": 60, "per_side": True},
        {"exercise": "pelvic-clock", "seconds": 90},
        {"exercise": "downward-dog", "seconds": 60},
        {"exercise": "knee-to-chest", "seconds": 45, "per_side": True},
        {"exercise": "rolled-towel", "seconds": 65},
    ],
}


class SkippingClock:
    """Real monotonic time plus an offset that only grows: idle time can be skipped, never
    reversed, and the last stretch before each wake is real."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.monotonic() + self.offset

    def skip(self, seconds: float) -> None:
        self.offset += max(0.0, seconds)


def timer_wake(now: float, session: Session, player: CuePlayer) -> float | None:
    """When the window's timer would fire next: at the session's or the cue player's next
    moment, in whole milliseconds rounded up so it never fires early (None: nothing to do)."""
    moments = [m for m in (session.next_wake(now), player.next_due()) if m is not None]
    if not moments:
        return None
    return now + max(0, math.ceil((min(moments) - now) * 1000)) / 1000


def build_routine() -> Routine:
    return parse_routine(ROUTINE, load_catalogue(), "benchmark")


def run_once(routine: Routine, output_kind: str, cache: Path, approach: float) -> dict:
    clock = SkippingClock()
    output = open_output("silent" if output_kind == "silent" else "auto", now=clock.now)
    speech = SpeechRenderer(cache)
    player = CuePlayer(output, speech if speech.available else None, now=clock.now)
    player.prepare(routine)
    session = Session(routine, clock)

    now = clock.now()
    player.handle(session.start(now))
    player.pump(now, session.next_event_at(now))  # as the window does
    wakes = 0
    while True:
        now = clock.now()
        wake = timer_wake(now, session, player)
        if wake is None:
            break
        if wake - now > approach:
            clock.skip(wake - now - approach)
        remaining = wake - clock.now()
        if remaining > 0:
            time.sleep(remaining)
        now = clock.now()
        events = session.advance(now)
        if events:
            player.handle(events)
        player.pump(now, session.next_event_at(now))  # as the window does
        wakes += 1
    output.close()
    return {
        "played": player.played,
        "dropped": len(player.dropped),
        "wakes": wakes,
        "output": type(output).__name__,
        "output_status": output.status,
        "voice": speech.available,
    }


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summary(values: list[float]) -> dict[str, float]:
    ms = [1000 * value for value in values]
    return {
        "median": round(statistics.median(ms), 3) if ms else float("nan"),
        "p95": round(percentile(ms, 0.95), 3),
        "max": round(max(ms), 3) if ms else float("nan"),
        "count": len(ms),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Audio cue latency over a ten-minute routine.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--approach-ms",
        type=float,
        default=15.0,
        help="real time slept before each wake; the rest of each idle stretch is skipped",
    )
    parser.add_argument("--output", choices=("pygame", "silent"), default="pygame")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    routine = build_routine()
    started = time.monotonic()
    runs = []
    with tempfile.TemporaryDirectory(prefix="psoas-timer-bench-") as cache:
        for _ in range(args.runs):
            runs.append(run_once(routine, args.output, Path(cache), args.approach_ms / 1000))
    wall = time.monotonic() - started

    every: list[PlayedCue] = [record for run in runs for record in run["played"]]
    result = {
        "routine_seconds": routine.total_seconds,
        "runs": args.runs,
        "output": runs[0]["output"] if runs else None,
        "voice": bool(runs and runs[0]["voice"]),
        "approach_ms": args.approach_ms,
        # The code path: from the moment a cue could first play (its due moment, or the end of
        # what was playing before it) to the play call.
        "lateness_ms": summary([record.delay for record in every]),
        # From each cue's due moment, including any deliberate wait for the line to be free.
        "sound_delay_ms": summary(
            [record.delay for record in every if not record.name.startswith("speech:")]
        ),
        "speech_delay_ms": summary(
            [record.delay for record in every if record.name.startswith("speech:")]
        ),
        "per_run_lateness_ms": [
            summary([record.delay for record in run["played"]]) for run in runs
        ],
        "dropped_per_run": [run["dropped"] for run in runs],
        "wakes_per_run": [run["wakes"] for run in runs],
        "wall_seconds": round(wall, 1),
    }
    if args.json:
        print(json.dumps(result))
        return 0

    minutes, seconds = divmod(routine.total_seconds, 60)
    voice = "espeak-ng voice" if result["voice"] else "no voice"
    print(
        f"Audio cue latency: {args.runs} runs of a {minutes}:{seconds:02d} routine "
        f"({result['output']}, {voice}), {wall:.0f} s wall time"
    )
    print(f"{'':34} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'plays':>6}")

    def row(label: str, stats: dict[str, float]) -> None:
        print(
            f"{label:34} {stats['median']:>10.2f} {stats['p95']:>8.2f} {stats['max']:>8.2f} "
            f"{stats['count']:>6}"
        )

    for number, stats in enumerate(result["per_run_lateness_ms"], start=1):
        row(f"run {number}: play call lateness", stats)
    row("all runs: play call lateness", result["lateness_ms"])
    row("sounds, from due moment", result["sound_delay_ms"])
    row("phrases, from due moment (queued)", result["speech_delay_ms"])
    print(
        f"dropped per run (ticks under words, late beat words): {result['dropped_per_run']}; "
        f"wakes per run: {result['wakes_per_run']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
