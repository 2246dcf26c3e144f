import errno
import json
import os

import pytest

from psoas_timer.core.datafiles import write_json_atomic
from psoas_timer.core.settings import Settings
from psoas_timer.core.store import (
    DataDir,
    FavoritesStore,
    HistoryStore,
    SessionRecord,
    SettingsStore,
    default_data_dir,
)


def record(number: int, completed: bool = True) -> SessionRecord:
    return SessionRecord(
        id=f"s{number}",
        routine_id="quick-reset",
        routine_title="Quick reset",
        started_at="2026-11-25T07:30:00+01:00",
        ended_at="2026-11-25T07:35:00+01:00",
        planned_seconds=240.0,
        active_seconds=240.0 if completed else 90.5,
        steps_completed=5 if completed else 2,
        steps_total=5,
        completed=completed,
    )


def test_history_round_trip_keeps_every_field(tmp_path):
    notices = []
    store = HistoryStore(tmp_path / "history.json", notices.append)
    store.save(record(1))
    store.save(record(2, completed=False))
    document = json.loads((tmp_path / "history.json").read_text())
    assert document["version"] == 1
    assert [s["id"] for s in document["sessions"]] == ["s1", "s2"]
    again = HistoryStore(tmp_path / "history.json", notices.append)
    assert again.sessions == [record(1), record(2, completed=False)]
    assert notices == []


def test_saving_a_session_again_updates_it_instead_of_adding(tmp_path):
    store = HistoryStore(tmp_path / "history.json", print)
    store.save(record(1, completed=False))
    store.save(record(1, completed=True))
    assert HistoryStore(tmp_path / "history.json", print).sessions == [record(1)]


@pytest.mark.parametrize(
    "content",
    [
        b'{"version": 1, "sessions": [',  # truncated
        b"not json at all",
        b"\xff\xfe garbage",
        b'{"version": 1, "sessions": {"a": 1}}',  # wrong shape
        b'{"version": 1, "sessions": [{"id": "x"}]}',  # a session missing fields
        b"[1, 2, 3]",
        b'{"sessions": []}',  # no version
    ],
)
def test_unreadable_history_is_moved_aside_byte_for_byte_and_the_user_told(tmp_path, content):
    path = tmp_path / "history.json"
    path.write_bytes(content)
    notices = []
    store = HistoryStore(path, notices.append)
    assert store.sessions == []
    aside = list(tmp_path.glob("history.json.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == content
    assert not path.exists()
    assert len(notices) == 1 and aside[0].name in notices[0]
    # The app goes on with an empty store that saves normally.
    store.save(record(1))
    assert HistoryStore(path, print).sessions == [record(1)]


def test_a_second_corrupt_file_does_not_replace_the_first_one_moved_aside(tmp_path):
    path = tmp_path / "history.json"
    path.write_bytes(b"first")
    HistoryStore(path, print)
    path.write_bytes(b"second")
    HistoryStore(path, print)
    kept = sorted(p.read_bytes() for p in tmp_path.glob("history.json.corrupt-*"))
    assert kept == [b"first", b"second"]


def test_a_file_from_a_newer_version_is_read_but_never_written(tmp_path):
    path = tmp_path / "history.json"
    original = json.dumps({"version": 2, "sessions": [record(1).to_dict()], "extra": 1})
    path.write_text(original)
    notices = []
    store = HistoryStore(path, notices.append)
    assert store.sessions == [record(1)]
    assert any("newer version" in message for message in notices)
    assert store.save(record(2)) is False
    assert path.read_text() == original
    assert list(tmp_path.glob("history.json.corrupt-*")) == []


def test_favourites_toggle_is_saved_at_once(tmp_path):
    path = tmp_path / "favorites.json"
    store = FavoritesStore(path, print)
    assert store.toggle("quick-reset") is True
    assert json.loads(path.read_text()) == {"version": 1, "favorites": ["quick-reset"]}
    assert "quick-reset" in FavoritesStore(path, print)
    assert store.toggle("quick-reset") is False
    assert "quick-reset" not in FavoritesStore(path, print)


def test_settings_keep_unknown_keys_and_write_the_users_change(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "settings": {"voice": False, "future": "x"}}))
    store = SettingsStore(path, print)
    assert store.current == Settings(voice=False)
    store.change(store.current.changed(volume=35))
    saved = json.loads(path.read_text())["settings"]
    assert saved["volume"] == 35 and saved["voice"] is False and saved["future"] == "x"
    with pytest.raises(ValueError, match="volume"):
        store.current.changed(volume="loud")


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ('{"volume": NaN}', "volume"),
        ('{"volume": -5}', "volume"),
        ('{"volume": 900}', "volume"),
        ('{"volume": 1' + "0" * 5000 + "}", "volume"),
        ('{"window_geometry": [0, 0, 2000000000, 700]}', "window_geometry"),
        ('{"window_geometry": "not base64!"}', "window_geometry"),
        ('{"last_routine": "a\\nb"}', "last_routine"),
        ('{"muted": "yes"}', "muted"),
    ],
)
def test_a_setting_out_of_bounds_is_reported_and_the_file_kept_until_the_users_change(
    tmp_path, raw, key
):
    path = tmp_path / "settings.json"
    original = ('{"version": 1, "settings": ' + raw[:-1] + ', "beats": false}}').encode()
    path.write_bytes(original)
    notices = []
    store = SettingsStore(path, notices.append)
    # The bad value is the default; the good one next to it is kept.
    assert getattr(store.current, key) == getattr(Settings(), key)
    assert store.current.beats is False
    (notice,) = notices
    assert key in notice and "left as it is" in notice
    assert len(notice) < 400  # a 5,000-digit number is not copied into the message
    # What the app remembers by itself does not replace the file.
    store.remember(store.current.changed(last_routine="quick-reset"))
    assert path.read_bytes() == original
    # The user's next change does; the original is kept byte for byte beside it.
    assert store.change(store.current.changed(volume=40))
    (aside,) = tmp_path.glob("settings.json.corrupt-*")
    assert aside.read_bytes() == original
    again = SettingsStore(path, print).current
    assert (again.volume, again.beats, again.last_routine) == (40, False, "quick-reset")


def test_geometry_from_an_older_file_is_read_and_written_back_until_replaced(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "settings": {"window_geometry": [10, 20, 800, 600]}}))
    store = SettingsStore(path, print)
    assert store.current.window_rect == (10, 20, 800, 600)
    assert store.current.window_geometry is None
    store.change(store.current.changed(muted=True))
    assert json.loads(path.read_text())["settings"]["window_geometry"] == [10, 20, 800, 600]
    store.change(store.current.changed(window_geometry="AdnQywADAAA=", window_rect=None))
    again = SettingsStore(path, print).current
    assert (again.window_geometry, again.window_rect) == ("AdnQywADAAA=", None)


def test_write_json_atomic_leaves_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    path = tmp_path / "history.json"
    write_json_atomic(path, {"version": 1, "sessions": []})

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_json_atomic(path, {"version": 1, "sessions": ["new"]})
    assert json.loads(path.read_text()) == {"version": 1, "sessions": []}
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]  # no temp file left


def test_a_full_disk_keeps_the_session_in_memory_and_saves_it_at_the_next_write(
    tmp_path, monkeypatch
):
    notices = []
    store = HistoryStore(tmp_path / "history.json", notices.append)
    real_replace = os.replace

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    assert store.save(record(1)) is False
    assert store.dirty
    assert any("disk is full" in message for message in notices)
    assert not (tmp_path / "history.json").exists()
    monkeypatch.setattr(os, "replace", real_replace)
    assert store.save(record(2)) is True
    assert [s.id for s in HistoryStore(tmp_path / "history.json", print).sessions] == [
        "s1",
        "s2",
    ]
    assert any("saved again" in message for message in notices)


def test_read_only_error_message_names_the_folder(tmp_path, monkeypatch):
    notices = []
    store = HistoryStore(tmp_path / "history.json", notices.append)

    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    assert store.save(record(1)) is False
    assert notices and "read-only" in notices[0] and str(tmp_path) in notices[0]


def test_stale_temp_files_from_a_killed_write_are_removed(tmp_path):
    (tmp_path / ".history.json.abc123.tmp").write_text("half")
    store = HistoryStore(tmp_path / "history.json", print, claimed=False)
    assert (tmp_path / ".history.json.abc123.tmp").exists()  # reading changes nothing
    store.claim()
    assert not (tmp_path / ".history.json.abc123.tmp").exists()


def test_default_data_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PSOAS_TIMER_DATA_DIR", str(tmp_path / "mine"))
    assert default_data_dir() == tmp_path / "mine"
    monkeypatch.delenv("PSOAS_TIMER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "psoas-timer"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_data_dir() == tmp_path / "home" / ".local" / "share" / "psoas-timer"


def test_data_dir_collects_notices_for_every_store(tmp_path):
    (tmp_path / "settings.json").write_text("{")
    (tmp_path / "favorites.json").write_text('{"version": 1, "favorites": "nope"}')
    data = DataDir(tmp_path)
    assert data.notices == []  # nothing is read before it is asked for
    data.claim()
    assert len(data.notices) == 2
    assert len(list(tmp_path.glob("*.corrupt-*"))) == 2
    seen = []
    data.listen(seen.append)
    assert seen == data.notices


def test_a_data_dir_that_is_only_read_changes_nothing(tmp_path):
    folder = tmp_path / "data"
    data = DataDir(folder)
    assert data.settings.current == Settings()
    assert data.favorites.ids == [] and data.history.sessions == []
    assert not folder.exists()
    folder.mkdir()
    (folder / "settings.json").write_bytes(b"{")
    notices = []
    again = DataDir(folder, notify=notices.append)
    assert again.settings.current == Settings()
    assert [p.name for p in folder.iterdir()] == ["settings.json"]
    assert "left as it is" in notices[0]
