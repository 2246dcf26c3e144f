import errno
import json
import os

import pytest

from psoas_timer.core.datafiles import write_json_atomic
from psoas_timer.core.history import SessionRecord
from psoas_timer.core.settings import Settings
from psoas_timer.core.store import (
    DataDir,
    FavoritesStore,
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


def stores(folder, device="laptop-aaaa1111", notices=None):
    notify = notices.append if notices is not None else print
    return (
        FavoritesStore(folder, notify, lambda: device),
        SettingsStore(folder, notify, lambda: device),
    )


def test_favourites_toggle_is_saved_at_once(tmp_path):
    favourites, _ = stores(tmp_path)
    assert favourites.toggle("quick-reset") is True
    saved = json.loads((tmp_path / "favorites" / "laptop-aaaa1111.json").read_text())
    assert saved["version"] == 2 and saved["favorites"]["quick-reset"]["value"] is True
    assert "quick-reset" in stores(tmp_path)[0]
    assert favourites.toggle("quick-reset") is False
    assert "quick-reset" not in stores(tmp_path)[0]


def test_the_users_change_is_written_and_read_back(tmp_path):
    _, settings = stores(tmp_path)
    settings.change(settings.current.changed(volume=35, voice=False))
    again = stores(tmp_path)[1].current
    assert (again.volume, again.voice, again.beats) == (35, False, True)
    with pytest.raises(ValueError, match="volume"):
        again.changed(volume="loud")


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
    _, store = stores(tmp_path, notices=notices)
    # The bad value is the default; the good one next to it is kept.
    field = "window_rect" if key == "window_geometry" and "[" in raw else key
    assert getattr(store.current, field) == getattr(Settings(), field)
    assert store.current.beats is False
    (notice,) = notices
    assert key in notice and "left as it is" in notice
    assert len(notice) < 400  # a 5,000-digit number is not copied into the message
    # What the app remembers by itself does not replace the file, nor write another.
    store.remember(store.current.changed(last_routine="quick-reset"))
    assert path.read_bytes() == original
    assert not (tmp_path / "settings").exists()
    # The user's next change does; the original is kept byte for byte beside it.
    assert store.change(store.current.changed(volume=40))
    (aside,) = tmp_path.glob("settings.json.corrupt-*")
    assert aside.read_bytes() == original
    again = stores(tmp_path)[1].current
    assert (again.volume, again.beats, again.last_routine) == (40, False, "quick-reset")


def test_an_earlier_versions_files_are_moved_in_and_kept_as_backups(tmp_path):
    settings_file = tmp_path / "settings.json"
    settings_file.write_text(
        json.dumps(
            {"version": 1, "settings": {"volume": 30, "window_geometry": [10, 20, 800, 600]}}
        )
    )
    (tmp_path / "favorites.json").write_text('{"version": 1, "favorites": ["evening", "quick"]}')
    favourites, settings = stores(tmp_path)
    assert settings.current.volume == 30 and settings.current.window_rect == (10, 20, 800, 600)
    assert favourites.ids == ["evening", "quick"]
    assert not settings_file.exists() and not (tmp_path / "favorites.json").exists()
    assert len(list(tmp_path.glob("*.v1-backup-*"))) == 2
    favourites, settings = stores(tmp_path)  # read again, from this computer's own files
    assert settings.current.window_rect == (10, 20, 800, 600)
    assert "evening" in favourites
    settings.change(settings.current.changed(window_geometry="AdnQywADAAA=", window_rect=None))
    again = stores(tmp_path)[1].current
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
    assert not (tmp_path / "state").exists()  # no device id made by a reader
    assert not folder.exists()
    folder.mkdir()
    (folder / "settings.json").write_bytes(b"{")
    notices = []
    again = DataDir(folder, notify=notices.append)
    assert again.settings.current == Settings()
    assert [p.name for p in folder.iterdir()] == ["settings.json"]
    assert "left as it is" in notices[0]


def test_a_bad_item_in_an_old_favourites_list_costs_that_item_only(tmp_path):
    original = b'{"version": 1, "favorites": ["evening", 1' + b"0" * 5000 + b', "morning"]}'
    (tmp_path / "favorites.json").write_bytes(original)
    notices = []
    favourites, _ = stores(tmp_path, notices=notices)
    assert favourites.ids == ["evening", "morning"]
    assert any("favorites[1]" in notice and "5,001 digits" in notice for notice in notices)
    assert (tmp_path / "favorites.json").read_bytes() == original  # kept until a change
    favourites.toggle("desk")
    (aside,) = tmp_path.glob("favorites.json.corrupt-*")
    assert aside.read_bytes() == original
    assert stores(tmp_path)[0].ids == ["evening", "morning", "desk"]
