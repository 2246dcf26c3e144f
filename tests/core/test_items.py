"""Settings and favourites on several computers: each writes its own file, items merge by
their last change."""

import json
import os

import pytest

from psoas_timer.core import items
from psoas_timer.core.store import FavoritesStore, SettingsStore


class Clock:
    """Each computer's own clock, in milliseconds (they need not agree)."""

    def __init__(self, start: int) -> None:
        self.ms = start

    def __call__(self) -> int:
        return self.ms


@pytest.fixture
def clock(monkeypatch):
    made = Clock(1_795_000_000_000)
    monkeypatch.setattr(items, "now_ms", made)
    return made


def computer(folder, device):
    return (
        FavoritesStore(folder, print, lambda: device),
        SettingsStore(folder, print, lambda: device),
    )


def test_each_computer_writes_only_its_own_file(tmp_path, clock):
    _laptop_favourites, laptop = computer(tmp_path, "laptop-aaaa1111")
    desktop_favourites, _desktop = computer(tmp_path, "desktop-bbbb2222")
    laptop.change(laptop.current.changed(volume=30))
    desktop_favourites.set("evening", True)
    names = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.json"))
    assert names == ["favorites/desktop-bbbb2222.json", "settings/laptop-aaaa1111.json"]


def test_the_latest_change_of_each_item_wins_on_every_computer(tmp_path, clock):
    _, laptop = computer(tmp_path, "laptop-aaaa1111")
    _, desktop = computer(tmp_path, "desktop-bbbb2222")
    laptop.change(laptop.current.changed(volume=30, voice=False))
    clock.ms += 60_000
    desktop.change(desktop.current.changed(volume=55))  # later: the volume is the desktop's
    for device in ("laptop-aaaa1111", "desktop-bbbb2222", "third-cccc3333"):
        settings = computer(tmp_path, device)[1].current
        assert (settings.volume, settings.voice) == (55, False)


def test_a_change_made_after_seeing_another_wins_even_with_a_clock_behind(tmp_path, clock):
    _, desktop = computer(tmp_path, "desktop-bbbb2222")
    desktop.change(desktop.current.changed(muted=True))
    clock.ms -= 3_600_000  # the laptop's clock is an hour behind
    _, laptop = computer(tmp_path, "laptop-aaaa1111")
    assert laptop.current.muted is True
    laptop.change(laptop.current.changed(muted=False))
    assert computer(tmp_path, "desktop-bbbb2222")[1].current.muted is False


def test_a_windows_place_belongs_to_its_computer(tmp_path, clock):
    _, laptop = computer(tmp_path, "laptop-aaaa1111")
    laptop.remember(laptop.current.changed(window_geometry="AAAA", window_maximized=True))
    _, desktop = computer(tmp_path, "desktop-bbbb2222")
    assert (desktop.current.window_geometry, desktop.current.window_maximized) == (None, False)
    assert computer(tmp_path, "laptop-aaaa1111")[1].current.window_geometry == "AAAA"


def test_favourites_merge_per_routine(tmp_path, clock):
    laptop, _ = computer(tmp_path, "laptop-aaaa1111")
    desktop, _ = computer(tmp_path, "desktop-bbbb2222")
    laptop.set("evening", True)
    laptop.set("morning", True)
    clock.ms += 1000
    desktop.set("evening", False)  # unstarred later on the desktop
    desktop.set("desk", True)
    for device in ("laptop-aaaa1111", "desktop-bbbb2222"):
        assert computer(tmp_path, device)[0].ids == ["morning", "desk"]


def test_a_conflict_copy_is_merged_and_tidied_away(tmp_path, clock):
    _, laptop = computer(tmp_path, "laptop-aaaa1111")
    laptop.change(laptop.current.changed(volume=30))
    own = tmp_path / "settings" / "laptop-aaaa1111.json"
    document = json.loads(own.read_text())
    document["settings"]["beats"] = {"value": False, "at": clock.ms + 5}
    copy = tmp_path / "settings" / "laptop-aaaa1111.sync-conflict-20261125-073000-ABCDEFG.json"
    copy.write_text(json.dumps(document))
    settings = computer(tmp_path, "laptop-aaaa1111")[1].current
    assert (settings.volume, settings.beats) == (30, False)
    assert not copy.exists()
    assert json.loads(own.read_text())["settings"]["beats"]["value"] is False


def test_another_computers_bad_value_costs_that_value_only(tmp_path, clock):
    (tmp_path / "settings").mkdir()
    (tmp_path / "settings" / "desktop-bbbb2222.json").write_text(
        '{"version": 2, "settings": {"volume": {"value": NaN, "at": 1}, '
        '"beats": {"value": false, "at": 1}}}'
    )
    notices = []
    settings = SettingsStore(tmp_path, notices.append, lambda: "laptop-aaaa1111")
    assert (settings.current.volume, settings.current.beats) == (80, False)
    assert "desktop-bbbb2222.json" in notices[0] and "volume" in notices[0]
    assert not settings.held  # not this computer's file: nothing waits on the user


def test_a_newer_versions_items_in_this_computers_file_are_kept(tmp_path, clock):
    (tmp_path / "settings").mkdir()
    own = tmp_path / "settings" / "laptop-aaaa1111.json"
    own.write_text(
        '{"version": 2, "settings": {"from_the_future": {"value": 1, "at": 5}, '
        '"volume": {"value": 20, "at": 5}}}'
    )
    _, settings = computer(tmp_path, "laptop-aaaa1111")
    assert settings.current.volume == 20
    settings.change(settings.current.changed(volume=25))
    saved = json.loads(own.read_text())["settings"]
    assert saved["from_the_future"] == {"value": 1, "at": 5} and saved["volume"]["value"] == 25


def routine_document(title: str) -> str:
    return json.dumps(
        {
            "id": "evening",
            "title": title,
            "prep_seconds": 0,
            "rest_seconds": 0,
            "steps": [{"exercise": "cat-pose", "seconds": 30}],
        }
    )


def test_a_routine_changed_on_two_computers_is_the_later_change(tmp_path):
    from psoas_timer.core.routines import load_library
    from psoas_timer.core.store import DataDir

    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "evening.json").write_text(routine_document("Evening, laptop"))
    copy = routines / "evening.sync-conflict-20261125-073000-ABCDEFG.json"
    copy.write_text(routine_document("Evening, desktop"))
    os.utime(routines / "evening.json", ns=(10**18, 10**18))
    os.utime(copy, ns=(2 * 10**18, 2 * 10**18))  # the desktop's change came later
    before = sorted(p.name for p in routines.iterdir())
    library = load_library(routines)  # as --list-routines reads it: one routine, the later
    assert [r.title for r in library.routines if r.id == "evening"] == ["Evening, desktop"]
    assert not library.problems
    assert sorted(p.name for p in routines.iterdir()) == before  # reading changed nothing
    notices = []
    data = DataDir(tmp_path, notify=notices.append)
    data.claim()  # the app tidies: the later change takes the file's place, the other is kept
    assert json.loads((routines / "evening.json").read_text())["title"] == "Evening, desktop"
    (older,) = routines.glob("evening.json.replaced-*")
    assert json.loads(older.read_text())["title"] == "Evening, laptop"
    assert not copy.exists()
    assert any("changed on two computers" in notice for notice in notices)
