"""Child process for the kill test: saves sessions in a loop, saying which saves returned."""

import sys
from pathlib import Path

from psoas_timer.core.store import HistoryStore, SessionRecord

path = Path(sys.argv[1])
store = HistoryStore(path, lambda message: print(message, file=sys.stderr))
start = len(store.sessions)
for number in range(start, start + 100000):
    store.save(
        SessionRecord(
            id=f"s{number}",
            routine_id="r",
            routine_title="Routine " + "x" * (number % 50),
            started_at="2026-11-25T07:30:00+01:00",
            ended_at="2026-11-25T07:35:00+01:00",
            planned_seconds=60.0,
            active_seconds=float(number % 60),
            steps_completed=1,
            steps_total=1,
            completed=bool(number % 2),
        )
    )
    print(f"s{number}", flush=True)
