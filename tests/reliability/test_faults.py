"""What a user's machine can do to the app's files and clock, and what the app does about it."""

import errno
import json
import os
import time

import pytest

from psoas_timer.core.clock import MonotonicClock
from psoas_timer.core.history import read_history
from psoas_timer.core.store import DataDir

BAD_CONTENTS = {
    "truncated": b'{"version": 1, "sess',
    "not json": b"\x00\x01 hello",
    "wrong shape": b'{"version": 1, "sessions": 42, "favorites": 42, "settings": 42}',
}
FILES = ("history.json", "settings.json", "favorites.json")


@pytest.fixture
def make_window(qtbot, library, clock):
    from psoas_timer.ui.main_window import MainWindow

    def make(data):
        data.claim()  # as the app does once it holds the folder's lock
        window = MainWindow(data, library, clock=clock)
        qtbot.addWidget(window)
        window.show()
        window.finish_start()  # as the app does once the first frame is on screen
        qtbot.waitUntil(lambda: window.history.ready, timeout=10000)
        return window

    return make


@pytest.mark.parametrize("kind", BAD_CONTENTS)
@pytest.mark.parametrize("name", FILES)
def test_an_unreadable_file_is_kept_aside_and_the_user_told(tmp_path, make_window, kind, name):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / name).write_bytes(BAD_CONTENTS[kind])
    window = make_window(DataDir(folder))
    (aside,) = folder.glob(f"{name}.corrupt-*")
    assert aside.read_bytes() == BAD_CONTENTS[kind]
    assert window.notice_bar.isVisible()
    assert aside.name in window.notice_bar.label.text()


@pytest.mark.parametrize("name", FILES)
def test_a_file_from_a_newer_version_is_left_untouched(tmp_path, make_window, name):
    folder = tmp_path / "data"
    folder.mkdir()
    content = json.dumps({"version": 7, "whatever": {"future": True}})
    (folder / name).write_text(content)
    window = make_window(DataDir(folder))
    assert "newer version" in window.notice_bar.label.text()
    window.library_page.toggle_current_favorite()
    window.close()  # saves settings (window size) and favourites normally
    assert (folder / name).read_text() == content
    assert not list(folder.glob("*.corrupt-*"))


def tick(window, clock, seconds):
    for _ in range(seconds):
        clock.advance(1)
        window.controller.wake()
        window.controller._record_now()


def test_a_full_disk_mid_session_is_reported_and_the_session_saved_later(
    tmp_path, make_window, clock, monkeypatch
):
    folder = tmp_path / "data"
    window = make_window(DataDir(folder))
    real_write = os.write

    def disk_full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    window.start_routine("ui-test")
    tick(window, clock, 5 + 8)
    assert "disk is full" in window.notice_bar.label.text()
    assert read_history(folder).sessions == []
    assert window.controller.running  # the routine goes on

    monkeypatch.setattr(os, "write", real_write)
    tick(window, clock, 1)  # the next write goes through with everything kept
    (saved,) = read_history(folder).sessions
    assert saved.active_seconds == 9
    assert "saved again" in window.notice_bar.label.text()


def test_a_read_only_data_folder_is_reported_without_a_crash(
    tmp_path, make_window, clock, monkeypatch
):
    folder = tmp_path / "data"
    window = make_window(DataDir(folder))

    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        # The data folder's file system is read-only (a locked USB stick); the rest is not.
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and str(path).startswith(str(folder)):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    window.library_page.toggle_current_favorite()
    window.start_routine("ui-test")
    tick(window, clock, 5 + 20)
    assert "read-only" in window.notice_bar.label.text()
    assert "Could not save your history" in window.notice_bar.label.toolTip()
    assert window.controller.session.phase.kind.value == "rest"
    told = []
    monkeypatch.setattr(window, "show_warning", lambda title, text: told.append(text))
    window.close()
    # Not lost silently: kept in this computer's cache folder, and the user told where.
    (kept,) = (tmp_path / "cache" / "psoas-timer" / "unsaved").glob("psoas-timer-unsaved-*")
    (text,) = told
    assert str(kept) in text and "next time Psoas Timer starts" in text
    monkeypatch.setattr(os, "open", real_open)  # the folder can be written again
    notices = []
    again = DataDir(folder, notify=notices.append)
    again.claim()
    (session,) = again.history.sessions
    assert session.routine_id == "ui-test" and session.active_seconds == 20  # the whole step
    assert not kept.exists()
    assert any("now in your history" in notice for notice in notices)


def test_the_wall_clock_jumping_does_not_move_the_countdown(monkeypatch):
    clock = MonotonicClock()
    before = clock.now()
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 3600)
    jumped_forward = clock.now()
    monkeypatch.setattr(time, "time", lambda: real_time() - 3600)
    jumped_back = clock.now()
    assert 0 <= jumped_forward - before < 1
    assert 0 <= jumped_back - jumped_forward < 1


def test_settings_out_of_range_are_reported_and_the_file_left_until_the_user_changes_one(
    tmp_path, make_window
):
    folder = tmp_path / "data"
    folder.mkdir()
    original = b'{"version": 1, "settings": {"volume": NaN, "window_geometry": [0, 0, 2e9, 9]}}'
    (folder / "settings.json").write_bytes(original)
    window = make_window(DataDir(folder))
    text = window.notice_bar.label.toolTip()
    assert "volume" in text and "window_geometry" in text and "left as it is" in text
    assert window.data.settings.current.volume == 80
    window.library_page.select("quick-reset")
    window.close()  # the window's size and the chosen routine are not reason to rewrite it
    assert (folder / "settings.json").read_bytes() == original
    window.toggle_mute()  # the user's own change
    (aside,) = folder.glob("settings.json.corrupt-*")
    assert aside.read_bytes() == original
    assert DataDir(folder).settings.current.muted is True
