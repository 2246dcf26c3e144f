"""Every file the app reads, fuzzed: at least 1,000 hostile documents each.

Documents are valid ones with one value made hostile (NaN, Infinity, a 5,000-digit number,
a date at the calendar's edge, text with control characters, the wrong type), a key lost, or
their bytes cut, flipped or mixed with noise; or any JSON at all. For each, the loader never
raises, the file is kept byte for byte whenever there is a problem (left as it is, or moved
aside whole), the problem is reported, and every good record beside the bad one loads.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psoas_timer.core.history import HistoryStore, SessionRecord, read_history, session_line
from psoas_timer.core.routines import load_library
from psoas_timer.core.snapshot import write_snapshot
from psoas_timer.core.store import DataDir
from psoas_timer.core.sync import DEVICE_PATTERN, device_id, read_device_id
from tests.reliability.records import session

FUZZ = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
OWN, OTHER = "laptop-aaaa1111", "desktop-bbbb2222"  # OTHER: never this computer

HOSTILE_VALUES = st.one_of(
    st.sampled_from(
        [
            float("nan"),
            float("inf"),
            -float("inf"),
            10**5000,
            -(10**400),
            1e308,
            -1,
            2**63,
            True,
            None,
            "",
            "9999-12-31T23:00-12:00",
            "0001-01-01T00:30+14:00",
            "2026-02-30T07:00:00+01:00",
            "2026-11-25T07:30:00",
            "line\nbreak",
            "tab\there",
            "\u2028",
            "\x00",
            "\x1b[31m",
            "\ud800",
            "x" * 5000,
            [],
            {},
            [[[[[]]]]],
        ]
    ),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.booleans(),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def dumps(value: object) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except ValueError:  # an int too long to print: write it the way a hostile file would
        return b"1" + b"0" * 5000


@st.composite
def damaged(draw: st.DrawFn, good: bytes) -> bytes:
    """`good` bytes cut, flipped or mixed with noise."""
    how = draw(st.sampled_from(["cut", "flip", "insert", "noise", "same"]))
    if how == "cut":
        return good[: draw(st.integers(min_value=0, max_value=len(good)))]
    if how == "flip" and good:
        position = draw(st.integers(min_value=0, max_value=len(good) - 1))
        return (
            good[:position]
            + bytes([good[position] ^ draw(st.integers(1, 255))])
            + good[position + 1 :]
        )
    if how == "insert":
        position = draw(st.integers(min_value=0, max_value=len(good)))
        noise = draw(
            st.sampled_from([b"NaN", b"Infinity", b"9" * 5000, b"\x00", b"\n", b'"', b"{"])
        )
        return good[:position] + noise + good[position:]
    if how == "noise":
        return draw(st.binary(max_size=200))
    return good


@st.composite
def hostile_object(draw: st.DrawFn, good: dict[str, object]) -> bytes:
    """One JSON object like `good`, with a value made hostile, a key lost or added, or any JSON
    at all, or its bytes damaged."""
    how = draw(st.sampled_from(["value", "lose", "add", "any", "bytes"]))
    document = dict(good)
    if how == "value":
        document[draw(st.sampled_from(sorted(good)))] = draw(HOSTILE_VALUES)
    elif how == "lose":
        del document[draw(st.sampled_from(sorted(good)))]
    elif how == "add":
        document[draw(st.text(max_size=10))] = draw(JSON_VALUES)
    elif how == "any":
        return dumps(draw(JSON_VALUES))
    else:
        return draw(damaged(dumps(good)))
    return dumps(document)


@contextmanager
def folder() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="psoas-fuzz-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


GOOD = [session(n) for n in range(3)]
HEADER = b'{"psoas_timer_history": 2, "device": "x"}\n'


def accounted(line: bytes, ids: set[str], kept: set[bytes]) -> bool:
    """Whether a line of a file the app took in is still somewhere: a session now in the
    history, or the line itself, byte for byte, in a file of the history folder."""
    if not line.strip() or line in kept:
        return True
    try:
        return SessionRecord.from_dict(json.loads(line)).id in ids
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False


def lines_of(folder: Path) -> set[bytes]:
    """Every whole line in any file of the history folder (journals and what was set aside)."""
    found: set[bytes] = set()
    for path in (folder / "history").iterdir():
        found.update(line for line in path.read_bytes().split(b"\n") if line)
    return found


# --- history --------------------------------------------------------------------------------------


@FUZZ
@given(bad=hostile_object(session(9).to_dict() | {"rev": 1}), own=st.booleans())
def test_a_journal_with_a_hostile_line_costs_that_line_only(bad, own):
    with folder() as data:
        device = OWN if own else OTHER
        journal = data / "history" / f"{device}.jsonl"
        journal.parent.mkdir()
        original = HEADER + session_line(GOOD[0], 1) + bad + b"\n" + session_line(GOOD[1], 1)
        journal.write_bytes(original)
        writer = HistoryStore(data, lambda message: None, OWN)
        writer.claim()
        read, messages = writer.load()
        ids = {record.id for record in read.sessions}
        assert {"good0", "good1"} <= ids  # every good record
        if read.problems or any(s.damaged for s in read.sources):
            assert messages  # reported
        if own:  # this computer tidies its own journal: nothing it held is lost
            kept = lines_of(data) | {HEADER.strip()}
            assert all(accounted(line, ids, kept) for line in original.split(b"\n"))
        else:
            assert journal.read_bytes() == original  # another computer's: left as it is


@FUZZ
@given(bad=hostile_object(session(9).to_dict() | {"rev": 1}))
def test_a_session_in_progress_with_a_hostile_line_costs_that_line_only(bad):
    with folder() as data:
        current = data / "history" / f"{OWN}.current.jsonl"
        current.parent.mkdir()
        original = session_line(GOOD[0], 1) + bad + b"\n" + session_line(GOOD[1], 1)
        current.write_bytes(original)
        assert {"good0", "good1"} <= {r.id for r in read_history(data).sessions}
        assert current.read_bytes() == original  # reading changed nothing
        writer = HistoryStore(data, lambda message: None, OWN)
        writer.claim()  # the app folds it into its journal, keeping what it cannot use
        read, _ = writer.load()
        ids = {r.id for r in read.sessions}
        assert {"good0", "good1"} <= ids
        kept = lines_of(data)
        for line in original.split(b"\n"):
            assert accounted(line, ids, kept)


@FUZZ
@given(bad=hostile_object(session(9).to_dict()), whole=st.booleans())
def test_an_old_history_json_with_a_hostile_session_keeps_the_rest(bad, whole):
    with folder() as data:
        if whole:
            original = bad  # the whole file hostile
        else:
            good = b", ".join(dumps(record.to_dict()) for record in GOOD[:2])
            original = b'{"version": 1, "sessions": [' + good + b", " + bad + b"]}"
        (data / "history.json").write_bytes(original)
        writer = HistoryStore(data, lambda message: None, OWN)
        writer.claim()
        read, messages = writer.load()
        kept = [p for p in data.iterdir() if p.name.startswith("history.json")]
        # The old file is always kept byte for byte: left, moved aside, or kept as a backup.
        assert [p.read_bytes() for p in kept] == [original]
        if not whole and all(s.damaged is None for s in read.sources):
            assert {"good0", "good1"} <= {r.id for r in read.sessions}
        if read.problems or any(s.damaged for s in read.sources):
            assert messages


@FUZZ
@given(raw=st.one_of(st.binary(max_size=300), damaged(b"psoas-timer history snapshot 4\n")))
def test_a_hostile_snapshot_is_never_trusted(raw):
    with folder() as data:
        writer = HistoryStore(data, lambda message: None, OWN)
        for record in GOOD:
            writer.save(record, final=True)
        snapshot = data / "cache.snapshot"
        good = read_history(data, snapshot)
        write_snapshot(snapshot, good.snapshot)
        snapshot.write_bytes(raw)
        assert sorted(read_history(data, snapshot).sessions) == sorted(GOOD)


# --- settings, favourites, reminders ----------------------------------------------------------

SETTINGS = {"volume": 35, "voice": False, "last_routine": "quick-reset", "window_maximized": True}


def item_file(items: dict[str, object]) -> dict[str, object]:
    return {name: {"value": value, "at": 1_795_000_000_000} for name, value in items.items()}


@FUZZ
@given(
    bad=hostile_object(SETTINGS),
    form=st.sampled_from(["old", "own", "other"]),
    item=st.booleans(),
)
def test_a_settings_file_with_hostile_values_keeps_the_good_ones(bad, form, item):
    with folder() as data:
        if form == "old":
            path = data / "settings.json"
            original = b'{"version": 1, "settings": ' + bad + b"}"
        else:
            own = DataDir(data).device  # this computer's, as the app will see it
            path = data / "settings" / f"{own if form == 'own' else OTHER}.json"
            path.parent.mkdir()
            if item:  # one hostile item among good ones
                document = {"version": 2, "settings": item_file({"beats": False})}
                original = dumps(document)[:-2] + b', "volume": ' + bad + b"}}"
            else:
                original = bad
        path.write_bytes(original)
        messages: list[str] = []
        store = DataDir(data, notify=messages.append)
        store.claim()
        current = store.settings.current  # never raises
        if form != "old" and item and current.beats is not False:
            assert messages  # the good item is kept unless the file was unreadable: reported
        kept = [p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)]
        assert original in kept  # left as it is, moved aside whole, or kept as a backup


@FUZZ
@given(bad=hostile_object({"a": True}), old=st.booleans())
def test_a_favourites_file_with_hostile_values_never_breaks_the_app(bad, old):
    with folder() as data:
        if old:
            path = data / "favorites.json"
            original = b'{"version": 1, "favorites": ["quick-reset", ' + bad + b"]}"
        else:
            path = data / "favorites" / f"{OTHER}.json"
            path.parent.mkdir()
            document = {"version": 2, "favorites": item_file({"quick-reset": True})}
            original = dumps(document)[:-2] + b', "evening": ' + bad + b"}}"
        path.write_bytes(original)
        messages: list[str] = []
        store = DataDir(data, notify=messages.append)
        store.claim()
        store.favorites.ids  # noqa: B018 - never raises
        if not old and "quick-reset" not in store.favorites:
            assert messages
        kept = [p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)]
        assert original in kept


REMINDER = {
    "id": "r0730",
    "at": "07:30",
    "weekdays": [0, 1, 2, 3, 4],
    "routine_id": "quick-reset",
    "enabled": True,
    "changed": "2026-11-25T07:00:00+00:00",
}


@FUZZ
@given(bad=hostile_object(REMINDER))
def test_a_reminders_file_with_a_hostile_reminder_never_breaks_the_app(bad):
    with folder() as data:
        path = data / "reminders.json"
        original = b'{"version": 1, "reminders": [' + bad + b"]}"
        path.write_bytes(original)
        messages: list[str] = []
        store = DataDir(data, notify=messages.append)
        store.claim()
        store.reminders.reminders  # noqa: B018 - never raises
        kept = [p.read_bytes() for p in data.iterdir() if p.name.startswith("reminders.json")]
        assert original in kept


# --- routines and this computer's id ----------------------------------------------------------

ROUTINE = {
    "id": "evening",
    "title": "Evening",
    "prep_seconds": 5,
    "rest_seconds": 5,
    "steps": [{"exercise": "cat-pose", "seconds": 30}],
}


@FUZZ
@given(bad=hostile_object(ROUTINE))
def test_a_hostile_routine_file_costs_that_routine_only(bad):
    with folder() as data:
        routines = data / "routines"
        routines.mkdir()
        good = dict(ROUTINE, id="mine", title="Mine")
        (routines / "mine.json").write_bytes(dumps(good))
        (routines / "evening.json").write_bytes(bad)
        library = load_library(routines)
        assert library.get("mine") is not None  # the good routine loads
        if library.get("evening") is None:
            assert any("evening.json" in str(problem) for problem in library.problems)
        assert (routines / "evening.json").read_bytes() == bad  # left as it is


@FUZZ
@given(raw=st.binary(max_size=100) | st.text(max_size=60).map(str.encode))
def test_a_hostile_device_id_file_gives_way_to_a_good_one_and_is_kept(raw):
    with folder() as state:
        (state / "device-id").write_bytes(raw)
        known = read_device_id(state)
        made = device_id(state)
        assert DEVICE_PATTERN.match(made)
        assert made == known if known is not None else read_device_id(state) == made
        kept = [p.read_bytes() for p in state.iterdir() if p.name != "device-id"]
        assert known is not None or kept == [raw]  # the unusable one moved aside, whole
