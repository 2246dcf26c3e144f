"""Several computers sharing one history through a sync tool, simulated.

Two or three computers practise (sessions saved in progress, then finished), delete sessions
they know of, and start the app again now and then (which tidies what a sync tool left), while
a simulated sync copies files between their folders at random moments: whole files, files cut
short (copied while being written), and conflict copies beside a file instead of over it.
Whatever happens, every folder always reads without a damaged file or a bad record, and once
everything has been copied everywhere, every computer's merged history is exactly what was
recorded anywhere, in its latest state, minus what was deleted anywhere, each session once.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from psoas_timer.core.history import FOLDER_NAME, HistoryStore, SessionRecord, read_history

DEVICES = ("laptop-aaaa1111", "desktop-bbbb2222", "tablet-cccc3333")


def record(device: int, number: int, active: float, completed: bool) -> SessionRecord:
    return SessionRecord(
        id=f"d{device}s{number}",
        routine_id="quick-reset",
        routine_title="Quick reset",
        started_at=f"2026-11-{1 + number % 28:02d}T07:{device:02d}:00+01:00",
        ended_at=f"2026-11-{1 + number % 28:02d}T07:{device + 5:02d}:00+01:00",
        planned_seconds=300.0,
        active_seconds=active,
        steps_completed=5 if completed else 1,
        steps_total=5,
        completed=completed,
    )


class Computer:
    def __init__(self, folder: Path, device: str) -> None:
        self.folder = folder
        self.device = device
        self.start()

    def start(self) -> None:
        """The app starts (again): it claims its files and reads (and tidies) everything."""
        self.store = HistoryStore(self.folder, lambda message: None, self.device)
        self.store.claim()
        self.store.adopt(self.store.load()[0])

    def owns(self, name: str) -> bool:
        return name.startswith(self.device + ".") and ".sync-conflict-" not in name

    def files(self) -> dict[str, bytes]:
        folder = self.folder / FOLDER_NAME
        if not folder.is_dir():
            return {}
        return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


operations = st.lists(
    st.tuples(
        st.sampled_from(
            ["practise"] * 3
            + ["finish"] * 2
            + ["delete"]
            + ["copy"] * 4
            + ["cut"] * 2
            + ["conflict"] * 2
            + ["restart"]
        ),
        st.integers(min_value=0, max_value=2),  # which computer (or the one copied from)
        st.integers(min_value=0, max_value=2),  # the one copied to
        st.integers(min_value=0, max_value=10**6),  # which session or file, where to cut
    ),
    min_size=5,
    max_size=60,
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(count=st.integers(min_value=2, max_value=3), steps=operations)
def test_merged_history_is_everything_recorded_minus_what_was_deleted(count, steps):
    root = Path(tempfile.mkdtemp(prefix="psoas-sync-"))
    try:
        run(root, count, steps)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(root: Path, count: int, steps: list[tuple[str, int, int, int]]) -> None:
    computers = [Computer(root / f"computer-{n}", DEVICES[n]) for n in range(count)]
    latest: dict[str, SessionRecord] = {}  # every session's latest state, as recorded
    in_progress: list[set[str]] = [set() for _ in computers]
    deleted: set[str] = set()
    numbers = [0] * count
    conflicts = 0
    for action, first, second, pick in steps:
        index = first % count
        source = computers[index]
        target = computers[(index + 1 + second % (count - 1)) % count]  # another computer
        if action == "practise":  # a session in progress, or a later state of one
            if in_progress[index] and pick % 2:
                session_id = sorted(in_progress[index])[pick % len(in_progress[index])]
                state = latest[session_id]._replace(
                    active_seconds=latest[session_id].active_seconds + 30
                )
            else:
                numbers[index] += 1
                state = record(index, numbers[index], 30.0, False)
                in_progress[index].add(state.id)
            source.store.save(state)
            latest[state.id] = state
        elif action == "finish" and in_progress[index]:
            session_id = sorted(in_progress[index])[pick % len(in_progress[index])]
            state = latest[session_id]._replace(completed=True, steps_completed=5)
            source.store.save(state, final=True)
            latest[state.id] = state
            in_progress[index].discard(session_id)
        elif action == "delete":
            known = sorted(record.id for record in read_history(source.folder).sessions)
            if known:
                session_id = known[pick % len(known)]
                source.store.delete(session_id)
                deleted.add(session_id)
                in_progress[index].discard(session_id)
        elif action in ("copy", "cut", "conflict"):
            files = {n: b for n, b in source.files().items() if not target.owns(n)}
            if files:
                name = sorted(files)[pick % len(files)]
                data = files[name]
                folder = target.folder / FOLDER_NAME
                folder.mkdir(parents=True, exist_ok=True)
                if action == "cut":
                    data = data[: pick % (len(data) + 1)]  # copied while it was being written
                if action == "conflict":
                    conflicts += 1
                    stem, dot, ext = name.partition(".")
                    name = f"{stem}.sync-conflict-20261125-0730{conflicts:02d}-XYZ{dot}{ext}"
                (folder / name).write_bytes(data)
        elif action == "restart":
            source.start()
        for computer in computers:  # every folder, at every moment, reads cleanly
            read = read_history(computer.folder)
            assert read.problems == []
            assert all(source.damaged is None for source in read.sources)
    # Everything copied everywhere (owners' files as they are now), then every app restarted.
    for computer in computers:
        for other in computers:
            if other is computer:
                continue
            folder = other.folder / FOLDER_NAME
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in computer.files().items():
                if computer.owns(name):
                    (folder / name).write_bytes(data)
    expected = {
        session_id: state for session_id, state in latest.items() if session_id not in deleted
    }
    event(f"{len(expected)} sessions, {len(deleted)} deleted, {conflicts} conflict copies")
    for computer in computers:
        computer.start()
        sessions = computer.store.sessions
        assert len(sessions) == len({record.id for record in sessions})  # no duplicates
        assert {record.id: record for record in sessions} == expected
