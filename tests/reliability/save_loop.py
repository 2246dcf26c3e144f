"""Child process for the kill test: records sessions in a loop (each saved in progress, then
finished, as the recorder does), saying which saves returned."""

import sys
from pathlib import Path

from psoas_timer.core.history import HistoryStore, SessionRecord

folder = Path(sys.argv[1])
store = HistoryStore(folder, lambda message: print(message, file=sys.stderr), "killed-aaaa1111")
store.claim()  # as the app does: finish what the killed one left
start = int(sys.argv[2])
for number in range(start, start + 100000):
    record = SessionRecord(
        id=f"s{number}",
        routine_id="r",
        routine_title="Routine " + "x" * (number % 50),
        started_at="2026-11-25T07:30:00+01:00",
        ended_at="2026-11-25T07:35:00+01:00",
        planned_seconds=60.0,
        active_seconds=float(number % 60 + 1),
        steps_completed=1,
        steps_total=1,
        completed=bool(number % 2),
    )
    store.save(record._replace(active_seconds=0.5))  # in progress, less than the final state
    print(f"p{number}", flush=True)
    store.save(record, final=number % 3 != 0)  # one in three killed while in progress
    print(f"s{number}", flush=True)
