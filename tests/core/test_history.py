"""The history on disk: journals per computer, the session in progress, merging, old files."""

import errno
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core import datafiles, history, stats
from psoas_timer.core import snapshot as snapshots
from psoas_timer.core.history import HistoryStore, SessionRecord, read_history


def record(number: int, completed: bool = True, **changes) -> SessionRecord:
    values = dict(
        id=f"s{number}",
        routine_id="quick-reset",
        routine_title="Quick reset",
        started_at=f"2026-11-{1 + number % 28:02d}T07:30:00+01:00",
        ended_at=f"2026-11-{1 + number % 28:02d}T07:35:00+01:00",
        planned_seconds=240.0,
        active_seconds=240.0 if completed else 90.5,
        steps_completed=5 if completed else 2,
        steps_total=5,
        completed=completed,
    )
    values.update(changes)
    return SessionRecord(**values)


def store(folder, device="laptop-aaaa1111", notices=None, claimed=True) -> HistoryStore:
    made = HistoryStore(folder, (notices if notices is not None else []).append, device)
    if claimed:
        made.claim()
    return made


def ids(folder) -> list[str]:
    return sorted(record.id for record in read_history(folder).sessions)


def journal(folder, device="laptop-aaaa1111"):
    return folder / "history" / f"{device}.jsonl"


def read_only_open(real_open):
    """os.open as on a read-only file system: reading works, writing is refused."""

    def refusing(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    return refusing


def test_finished_sessions_are_appended_and_read_back_with_every_field(tmp_path):
    notices = []
    writer = store(tmp_path, notices=notices)
    writer.save(record(1), final=True)
    writer.save(record(2, completed=False), final=True)
    lines = journal(tmp_path).read_bytes().splitlines()
    assert json.loads(lines[0]) == {"psoas_timer_history": 2, "device": "laptop-aaaa1111"}
    assert [json.loads(line)["id"] for line in lines[1:]] == ["s1", "s2"]
    assert sorted(read_history(tmp_path).sessions) == sorted([record(1), record(2, False)])
    assert notices == []


def test_a_session_in_progress_lives_in_the_current_file_until_it_ends(tmp_path):
    writer = store(tmp_path)
    writer.save(record(1, completed=False, active_seconds=30.0))
    writer.save(record(1, completed=False, active_seconds=60.0))
    assert not journal(tmp_path).exists()
    current = tmp_path / "history" / "laptop-aaaa1111.current.jsonl"
    (saved,) = read_history(tmp_path).sessions
    assert saved.active_seconds == 60.0  # the latest state, once
    writer.save(record(1), final=True)
    assert not current.exists()
    assert read_history(tmp_path).sessions == [record(1)]


def test_saving_writes_a_few_hundred_bytes_whatever_the_size_of_the_history(tmp_path):
    writer = store(tmp_path)
    for number in range(2000):
        writer.save(record(number), final=True)
    before = journal(tmp_path).stat().st_size
    writer.save(record(5000, completed=False))
    current = tmp_path / "history" / "laptop-aaaa1111.current.jsonl"
    assert current.stat().st_size < 600
    assert journal(tmp_path).stat().st_size == before  # progress does not touch the journal
    writer.save(record(5000), final=True)
    assert 0 < journal(tmp_path).stat().st_size - before < 400


def test_a_session_left_in_the_current_file_by_a_crash_is_kept_at_the_next_start(tmp_path):
    crashed = store(tmp_path)
    crashed.save(record(1), final=True)
    crashed.save(record(2, completed=False))
    # The process is killed here; the next one claims the folder.
    store(tmp_path)
    assert not (tmp_path / "history" / "laptop-aaaa1111.current.jsonl").exists()
    assert ids(tmp_path) == ["s1", "s2"]


def test_an_unfinished_last_line_is_ignored_and_set_aside_by_its_owner(tmp_path):
    writer = store(tmp_path)
    writer.save(record(1), final=True)
    with open(journal(tmp_path), "ab") as file:
        file.write(b'{"id": "s2", "routine_')
    assert ids(tmp_path) == ["s1"]  # read as it is: the torn line is ignored
    notices = []
    again = store(tmp_path, notices=notices)
    (kept,) = (tmp_path / "history").glob("*.unfinished-*")
    assert kept.read_bytes() == b'{"id": "s2", "routine_'
    assert journal(tmp_path).read_bytes().endswith(b"\n")
    assert "unfinished" in notices[0]
    again.save(record(3), final=True)
    assert ids(tmp_path) == ["s1", "s3"]


def test_one_bad_line_costs_that_line_only_and_is_kept_aside_with_its_place(tmp_path):
    writer = store(tmp_path)
    for number in (1, 2):
        writer.save(record(number), final=True)
    bad = b'{"id": "s9", "active_seconds": NaN}'
    with open(journal(tmp_path), "ab") as file:
        file.write(bad + b"\n")
    writer.save(record(3), final=True)
    notices = []
    reader = store(tmp_path, notices=notices)
    read, messages = reader.load()
    assert sorted(record.id for record in read.sessions) == ["s1", "s2", "s3"]
    (message,) = messages
    (kept,) = (tmp_path / "history").glob("*.set-aside-*")
    assert "history/laptop-aaaa1111.jsonl: line 4" in message and kept.name in message
    assert bad in kept.read_bytes()
    assert bad not in journal(tmp_path).read_bytes()  # and not reported again
    assert store(tmp_path).load()[1] == []


def test_another_computers_bad_line_is_reported_and_its_file_left_alone(tmp_path):
    other = store(tmp_path, device="desktop-bbbb2222")
    other.save(record(1), final=True)
    path = journal(tmp_path, "desktop-bbbb2222")
    with open(path, "ab") as file:
        file.write(b'{"id": "x", "started_at": "9999-12-31T23:00-12:00"}\n')
    before = path.read_bytes()
    read, messages = store(tmp_path).load()
    assert [record.id for record in read.sessions] == ["s1"]
    assert "desktop-bbbb2222.jsonl: line 3" in messages[0]
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("active_seconds", float("nan")),
        ("active_seconds", -1),
        ("planned_seconds", 1e300),
        ("started_at", "9999-12-31T23:00-12:00"),
        ("started_at", "0001-01-01T00:30+14:00"),
        ("started_at", "2026-02-30T07:00:00+01:00"),
        ("ended_at", "2026-11-25T07:35:00"),  # no offset
        ("routine_title", "Tab\there"),
        ("routine_title", "Line\u2028break"),
        ("routine_title", "Lone \ud800 half"),  # could not be written back as UTF-8
        ("routine_id", ""),
        ("steps_completed", 9),  # more than steps_total
        ("steps_total", 10**40),
        ("completed", 1),
        ("id", "has space"),
    ],
)
def test_each_value_is_bounded(field, value):
    raw = record(1).to_dict()
    raw[field] = value
    with pytest.raises(datafiles.UnreadableFile, match=field):
        SessionRecord.from_dict(raw)


def test_a_deletion_is_a_record_and_stays_deleted_after_a_sync(tmp_path):
    laptop = store(tmp_path / "laptop", device="laptop-aaaa1111")
    laptop.save(record(1), final=True)
    laptop.save(record(2), final=True)
    # The desktop has a copy of the laptop's journal, and deletes s1 there.
    (tmp_path / "desktop" / "history").mkdir(parents=True)
    copy = tmp_path / "desktop" / "history" / "laptop-aaaa1111.jsonl"
    copy.write_bytes(journal(tmp_path / "laptop").read_bytes())
    desktop = store(tmp_path / "desktop", device="desktop-bbbb2222")
    assert desktop.delete("s1")
    assert ids(tmp_path / "desktop") == ["s2"]
    # The laptop gets the desktop's journal back: s1 is deleted there too, though its own
    # journal still holds it.
    (tmp_path / "laptop" / "history" / "desktop-bbbb2222.jsonl").write_bytes(
        journal(tmp_path / "desktop", "desktop-bbbb2222").read_bytes()
    )
    assert ids(tmp_path / "laptop") == ["s2"]


def test_a_session_updated_on_its_computer_replaces_its_earlier_state_everywhere(tmp_path):
    writer = store(tmp_path)
    writer.save(record(1, completed=False))
    stale = (tmp_path / "history" / "laptop-aaaa1111.current.jsonl").read_bytes()
    writer.save(record(1), final=True)
    # A sync tool brings back the old current file as a conflict copy.
    (
        tmp_path / "history" / "laptop-aaaa1111.current.sync-conflict-20261125-0730-XYZ.jsonl"
    ).write_bytes(stale)
    assert read_history(tmp_path).sessions == [record(1)]


def test_conflict_copies_are_merged_and_tidied_away_by_the_app(tmp_path):
    writer = store(tmp_path)
    writer.save(record(1), final=True)
    snapshot = journal(tmp_path).read_bytes()
    writer.save(record(2), final=True)
    # A copy from before s2, holding a session the journal lost (written on another side).
    extra = history.session_line(record(3), 1)
    name = "laptop-aaaa1111 (conflicted copy 2026-11-25 073000).jsonl"
    (tmp_path / "history" / name).write_bytes(snapshot + extra)
    assert ids(tmp_path) == ["s1", "s2", "s3"]
    _read, messages = store(tmp_path).load()
    assert messages == []
    assert not (tmp_path / "history" / name).exists()
    assert ids(tmp_path) == ["s1", "s2", "s3"]
    lines = journal(tmp_path).read_bytes().splitlines()
    assert [json.loads(line).get("id") for line in lines[1:]] == ["s1", "s2", "s3"]


def legacy_document(sessions):
    return json.dumps({"version": 1, "sessions": sessions}).encode()


def test_an_old_history_json_is_moved_into_the_journal_and_kept_as_a_backup(tmp_path):
    original = legacy_document([record(n).to_dict() for n in range(5)])
    (tmp_path / "history.json").write_bytes(original)
    assert ids(tmp_path) == [f"s{n}" for n in range(5)]  # read as it is before the move
    _read, messages = store(tmp_path).load()
    assert "now lives in the history folder" in messages[0]
    (backup,) = tmp_path.glob("history.json.v1-backup-*")
    assert backup.read_bytes() == original
    assert not (tmp_path / "history.json").exists()
    assert ids(tmp_path) == [f"s{n}" for n in range(5)]


def test_a_bad_session_in_the_old_file_costs_only_itself(tmp_path):
    sessions = [record(n).to_dict() for n in range(4)]
    sessions[2]["active_seconds"] = "lots"
    (tmp_path / "history.json").write_bytes(legacy_document(sessions))
    read, messages = store(tmp_path).load()
    assert sorted(record.id for record in read.sessions) == ["s0", "s1", "s3"]
    assert any("history.json: sessions[2]" in message for message in messages)
    assert ids(tmp_path) == ["s0", "s1", "s3"]


@pytest.mark.parametrize(
    "content",
    [
        b'{"version": 1, "sessions": [',
        b"not json at all",
        b"\xff\xfe garbage",
        b'{"version": 1, "sessions": {"a": 1}}',
        b"[1, 2, 3]",
        b'{"sessions": []}',
    ],
)
def test_an_unreadable_old_file_is_moved_aside_by_the_app_only(tmp_path, content):
    (tmp_path / "history.json").write_bytes(content)
    reader = HistoryStore(tmp_path, print, "laptop-aaaa1111", claimed=False)
    read, messages = reader.load()
    assert read.sessions == [] and "left as it is" in messages[0]
    assert (tmp_path / "history.json").read_bytes() == content
    read, messages = store(tmp_path).load()
    (aside,) = tmp_path.glob("history.json.corrupt-*")
    assert aside.read_bytes() == content and aside.name in messages[0]


def test_an_old_file_from_a_newer_version_is_read_but_left_alone(tmp_path):
    content = json.dumps({"version": 7, "sessions": [record(1).to_dict()]}).encode()
    (tmp_path / "history.json").write_bytes(content)
    read, messages = store(tmp_path).load()
    assert read.sessions == [record(1)]
    assert "newer version" in messages[0]
    assert (tmp_path / "history.json").read_bytes() == content


def test_a_journal_from_a_newer_version_is_never_written(tmp_path):
    (tmp_path / "history").mkdir()
    content = b'{"psoas_timer_history": 3, "device": "laptop-aaaa1111"}\n'
    journal(tmp_path).write_bytes(content)
    notices = []
    writer = store(tmp_path, notices=notices)
    assert "newer version" in notices[0]
    assert writer.save(record(1), final=True) is False
    assert journal(tmp_path).read_bytes() == content


def test_a_full_disk_keeps_the_session_in_memory_and_saves_it_at_the_next_write(
    tmp_path, monkeypatch
):
    notices = []
    writer = store(tmp_path, notices=notices)
    real_write = os.write

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(history.os, "write", full)
    assert writer.save(record(1), final=True) is False
    assert writer.dirty
    assert any("disk is full" in message for message in notices)
    assert ids(tmp_path) == []
    assert writer.pending_sessions() == [record(1)]
    monkeypatch.setattr(history.os, "write", real_write)
    assert writer.save(record(2), final=True) is True
    assert ids(tmp_path) == ["s1", "s2"]
    assert any("saved again" in message for message in notices)


def test_a_failed_append_leaves_no_half_line(tmp_path, monkeypatch):
    writer = store(tmp_path)
    writer.save(record(1), final=True)
    before = journal(tmp_path).read_bytes()
    real_write = os.write

    def half(fd, data):
        real_write(fd, data[:10])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(history.os, "write", half)
    assert writer.save(record(2), final=True) is False
    assert journal(tmp_path).read_bytes() == before


def test_read_only_error_message_names_the_folder(tmp_path, monkeypatch):
    notices = []
    writer = store(tmp_path, notices=notices)

    monkeypatch.setattr(os, "open", read_only_open(os.open))
    assert writer.save(record(1)) is False
    assert writer.save(record(1), final=True) is False
    (notice,) = notices  # told once
    assert "read-only" in notice and str(tmp_path / "history") in notice


def test_reading_changes_nothing(tmp_path):
    writer = store(tmp_path)
    writer.save(record(1), final=True)
    writer.save(record(2, completed=False))
    (tmp_path / "history.json").write_bytes(legacy_document([record(3).to_dict()]))
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    reader = HistoryStore(tmp_path, print, "laptop-aaaa1111", claimed=False)
    assert sorted(r.id for r in reader.sessions) == ["s1", "s2", "s3"]
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_a_journal_that_is_not_a_regular_file_is_refused_without_reading_it(tmp_path):
    (tmp_path / "history").mkdir()
    os.symlink("/dev/zero", tmp_path / "history" / "desktop-bbbb2222.jsonl")
    read, messages = store(tmp_path).load()
    assert read.sessions == []
    assert "not a regular file" in messages[0]


# --- the snapshot kept in the cache folder --------------------------------------------------------


def merged(read) -> tuple[list, dict]:
    return sorted(read.sessions), dict(read.merge.deleted)


def test_a_snapshot_is_used_and_gives_what_reading_everything_gives(tmp_path):
    data, snapshot = tmp_path / "data", tmp_path / "cache" / "history.snapshot"
    laptop = store(data)
    for number in range(30):
        laptop.save(record(number), final=True)
    laptop.delete("s3")
    first = read_history(data, snapshot)
    assert first.snapshot is not None  # nothing to start from: everything read, to be kept
    snapshots.write_snapshot(snapshot, first.snapshot)
    # Later: more sessions here, another computer's journal, a session in progress.
    for number in range(30, 40):
        laptop.save(record(number), final=True)
    laptop.save(record(2, completed=False, active_seconds=12.0), final=True)  # a later state
    desktop = store(data, device="desktop-bbbb2222")
    desktop.save(record(50), final=True)
    desktop.delete("s7")
    laptop.save(record(60, completed=False))
    again = read_history(data, snapshot)
    assert again.snapshot is None  # only the new lines were read: the snapshot stays
    assert merged(again) == merged(read_history(data))
    # The local days and totals came with it, and follow what was merged on top.
    assert again.local is not None and again.local.records.columns is not None
    assert_same_figures(again.local, stats.localize(read_history(data).sessions))


def assert_same_figures(kept, afresh, today=date(2026, 11, 30)):
    assert list(kept.records) == list(afresh.records)
    assert list(kept.instants) == list(afresh.instants)
    assert list(kept.days) == list(afresh.days)
    shown, expected = stats.overview(kept, today), stats.overview(afresh, today)
    for figure in ("summary", "per_day", "per_week", "goal", "year"):
        assert getattr(shown, figure) == getattr(expected, figure)


@settings(max_examples=40, deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["save", "change", "delete", "snapshot", "other computer"]),
            st.integers(min_value=0, max_value=60),
        ),
        max_size=30,
    )
)
def test_a_snapshot_and_what_follows_it_give_what_reading_everything_gives(steps):
    # Written again after a few new lines, so that snapshots made on snapshots are tried too.
    with (
        tempfile.TemporaryDirectory() as folder,
        mock.patch.object(history, "SNAPSHOT_AFTER_LINES", 2),
    ):
        data, snapshot = Path(folder) / "data", Path(folder) / "history.snapshot"
        computers = [store(data), store(data, device="desktop-bbbb2222")]
        for action, number in steps:
            writer = computers[number % 2] if action != "other computer" else computers[1]
            if action == "save" or action == "other computer":
                writer.save(record(number, completed_of(number)), final=True)
            elif action == "change":
                writer.save(record(number, False, routine_title=f"T{number}"), final=True)
            elif action == "delete":
                writer.delete(f"s{number}")
            else:
                read = read_history(data, snapshot)
                if read.snapshot is not None:
                    snapshots.write_snapshot(snapshot, read.snapshot)
        read = read_history(data, snapshot)
        assert merged(read) == merged(read_history(data))
        assert read.local is not None
        assert_same_figures(read.local, stats.localize(read_history(data).sessions))


def completed_of(number: int) -> bool:
    return number % 3 != 0


def test_a_journal_rewritten_since_the_snapshot_is_read_afresh(tmp_path):
    data, snapshot = tmp_path / "data", tmp_path / "snapshot"
    writer = store(data)
    for number in range(5):
        writer.save(record(number), final=True)
    snapshots.write_snapshot(snapshot, read_history(data, snapshot).snapshot)
    lines = journal(data).read_bytes().splitlines(keepends=True)
    journal(data).write_bytes(b"".join(lines[:3]) + history.session_line(record(9), 1))
    assert sorted(r.id for r in read_history(data, snapshot).sessions) == ["s0", "s1", "s9"]
    journal(data).unlink()
    assert read_history(data, snapshot).sessions == []


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "junk"])
def test_a_damaged_snapshot_is_not_used(tmp_path, damage):
    data, snapshot = tmp_path / "data", tmp_path / "snapshot"
    writer = store(data)
    for number in range(50):
        writer.save(record(number), final=True)
    snapshots.write_snapshot(snapshot, read_history(data, snapshot).snapshot)
    raw = bytearray(snapshot.read_bytes())
    if damage == "flip":
        raw[len(raw) // 2] ^= 0x40
    elif damage == "truncate":
        raw = raw[: len(raw) - 100]
    elif damage == "empty":
        raw = bytearray()
    else:
        raw = bytearray(b"psoas-timer history snapshot 4\n{}\n" + bytes(range(256)))
    snapshot.write_bytes(bytes(raw))
    read = read_history(data, snapshot)
    assert read.snapshot is not None  # read afresh, and to be written again
    assert merged(read) == merged(read_history(data))


def test_what_cannot_be_saved_is_kept_elsewhere_and_added_at_the_next_start(tmp_path, monkeypatch):
    data, cache, home = tmp_path / "data", tmp_path / "cache", tmp_path / "home"
    writer = store(data)
    writer.save(record(1), final=True)
    real_write = os.write

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(history.os, "write", full)
    writer.save(record(2, completed=False))
    writer.save(record(3), final=True)
    writer.delete("s1")
    monkeypatch.setattr(history.os, "write", real_write)
    cache.mkdir()
    (cache / "unsaved").write_text("not a folder")  # the first place refuses: the next takes it
    kept = writer.keep_unsaved([cache / "unsaved", home])
    assert kept is not None and kept.parent == home
    assert ids(data) == ["s1"]  # nothing of it in the data folder yet
    messages = store(data).recover_unsaved([cache / "unsaved", home])
    assert ids(data) == ["s2", "s3"]  # the sessions added, the deletion too
    assert "2 sessions" in messages[0] and str(kept) in messages[0]
    assert not kept.exists()
    other_folder = store(tmp_path / "other")  # another data folder's start leaves it alone
    assert other_folder.recover_unsaved([home]) == []


def test_two_broken_lines_never_make_one_session_between_them(tmp_path):
    # Read a chunk at a time, lines are joined for one call to the decoder; halves of a
    # session on two lines must not join up into a session neither line holds.
    line = history.session_line(record(7), 1).rstrip(b"\n")
    middle = line.index(b',"routine_id"')
    (tmp_path / "history").mkdir()
    journal(tmp_path, "desktop-bbbb2222").write_bytes(
        history.session_line(record(1), 1) + line[:middle] + b"\n" + line[middle + 1 :] + b"\n"
    )
    read = read_history(tmp_path)
    assert [r.id for r in read.sessions] == ["s1"]
    assert [problem.where for problem in read.problems] == ["line 2", "line 3"]


def test_a_line_too_long_to_be_a_record_costs_that_line_and_is_not_held_in_memory(tmp_path):
    (tmp_path / "history").mkdir()
    path = journal(tmp_path, "desktop-bbbb2222")
    with open(path, "wb") as file:
        file.write(history.session_line(record(1), 1))
        file.write(b"[" * (3 * history.BLOCK_BYTES) + b"\n")  # three blocks of one line
        file.write(history.session_line(record(2), 1))
        file.write(b"x" * (2 * history.BLOCK_BYTES))  # and an endless last one, never ended
    read = read_history(tmp_path)
    assert sorted(r.id for r in read.sessions) == ["s1", "s2"]
    (problem,) = read.problems
    assert problem.where == "line 2" and "more than" in problem.message
    assert problem.raw.startswith(b"[" * 200) and len(problem.raw) < 300


def test_the_owner_keeps_a_long_bad_line_aside_whole_and_the_journal_loses_only_it(tmp_path):
    writer = store(tmp_path)
    writer.save(record(1), final=True)
    long_line = b'{"id": "s9", "notes": "' + b"z" * (2 * history.BLOCK_BYTES) + b'"}'
    with open(journal(tmp_path), "ab") as file:
        file.write(long_line + b"\n")
    writer.save(record(2), final=True)
    read, messages = store(tmp_path).load()
    assert sorted(r.id for r in read.sessions) == ["s1", "s2"]
    (kept,) = (tmp_path / "history").glob("*.set-aside-*")
    assert long_line + b"\n" in kept.read_bytes() and kept.name in messages[0]
    assert long_line not in journal(tmp_path).read_bytes()
    assert ids(tmp_path) == ["s1", "s2"] and store(tmp_path).load()[1] == []


def test_an_unfinished_last_line_longer_than_any_record_is_set_aside_whole(tmp_path):
    writer = store(tmp_path)
    writer.save(record(1), final=True)
    torn = b'{"id": "s2", "notes": "' + b"z" * (3 * history.MAX_LINE_BYTES)
    with open(journal(tmp_path), "ab") as file:
        file.write(torn)
    again = store(tmp_path)
    (kept,) = (tmp_path / "history").glob("*.unfinished-*")
    assert kept.read_bytes() == torn
    assert journal(tmp_path).read_bytes().endswith(b"\n")
    again.save(record(3), final=True)
    assert ids(tmp_path) == ["s1", "s3"]
