"""A long history read by a child process at a lower priority, which writes the snapshot."""

import json

import pytest

from psoas_timer.core import history_reader, snapshot
from psoas_timer.core.history import HistoryStore, read_history
from tests.core.test_history import record


@pytest.fixture
def folders(tmp_path):
    data, cache = tmp_path / "data", tmp_path / "cache" / "history.snapshot"
    writer = HistoryStore(data, print, "laptop-aaaa1111")
    writer.claim()
    for number in range(40):
        writer.save(record(number), final=True)
    writer.delete("s3")
    return data, cache


def app_store(data, cache) -> HistoryStore:
    store = HistoryStore(data, print, "laptop-aaaa1111", snapshot=cache)
    store.claim()
    return store


def test_a_long_read_is_done_by_a_child_that_writes_the_snapshot(folders, monkeypatch):
    data, cache = folders
    monkeypatch.setattr(history_reader, "CHILD_AFTER_BYTES", 0)  # this history counts as long
    # This process cannot write the snapshot: if it is there, the child wrote it.
    monkeypatch.setattr("psoas_timer.core.history.write_snapshot", refuse)
    read, _ = app_store(data, cache).load()
    assert cache.exists()
    assert read.snapshot is None  # the child's snapshot held everything: nothing to write
    assert sorted(read.sessions) == sorted(read_history(data).sessions)
    assert read.local is not None and read.local.records.columns is not None  # from it
    assert history_reader.behind(data, cache) == 0


def test_without_a_child_the_app_reads_everything_itself(folders, monkeypatch):
    data, cache = folders
    monkeypatch.setattr(history_reader, "CHILD_AFTER_BYTES", 0)
    monkeypatch.setattr(history_reader.sys, "executable", str(data / "no-such-python"))
    read, _ = app_store(data, cache).load()
    assert sorted(read.sessions) == sorted(read_history(data).sessions)
    assert cache.exists()  # written by this process then


def test_a_short_read_is_done_in_the_app(folders, monkeypatch):
    data, cache = folders
    monkeypatch.setattr(history_reader, "read_in_child", fail)
    app_store(data, cache).load()  # about 10 kB of journal: below the limit
    assert history_reader.behind(data, cache) == 0


def test_what_the_snapshot_does_not_hold_is_counted_from_its_header(folders):
    data, cache = folders
    assert history_reader.behind(data, cache) > 0  # no snapshot: everything
    app_store(data, cache).load()
    writer = HistoryStore(data, print, "desktop-bbbb2222")
    writer.save(record(99), final=True)
    journal = data / "history" / "desktop-bbbb2222.jsonl"
    assert history_reader.behind(data, cache) == journal.stat().st_size
    cache.write_bytes(b"not a snapshot")
    assert snapshot.snapshot_coverage(cache) is None
    assert history_reader.behind(data, cache) == sum(
        path.stat().st_size for path in (data / "history").glob("*.jsonl")
    )


def refuse(*args):
    raise OSError("not here")


def fail(*args):
    raise AssertionError("a short history is read in the app")


def test_a_snapshot_whose_header_says_it_is_behind_is_written_again(folders, monkeypatch):
    data, cache = folders
    monkeypatch.setattr(history_reader, "CHILD_AFTER_BYTES", 100)  # below this journal's size
    app_store(data, cache).load()
    assert history_reader.behind(data, cache) == 0
    # A header that holds no journal (as from an earlier version): the content still fits.
    magic, header, rest = cache.read_bytes().split(b"\n", 2)
    document = json.loads(header)
    del document["journals"]
    cache.write_bytes(magic + b"\n" + json.dumps(document).encode() + b"\n" + rest)
    assert history_reader.behind(data, cache) > 100
    app_store(data, cache).load()  # a child reads it, once
    assert history_reader.behind(data, cache) == 0
