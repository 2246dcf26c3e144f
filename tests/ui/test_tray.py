"""The tray icon's menu and tooltip, and closing the window into the tray."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QSystemTrayIcon

from psoas_timer.core.engine import SessionState
from psoas_timer.core.routines import format_duration
from psoas_timer.ui.notifications import DesktopNotifier
from psoas_timer.ui.tray import NO_FAVOURITES


@pytest.fixture
def no_bus():
    connection = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "tray-no-bus")
    yield connection
    QDBusConnection.disconnectFromBus("tray-no-bus")


@pytest.fixture
def habit(window, no_bus):
    habit = window.habit
    habit.start(notifier=DesktopNotifier(no_bus))
    return habit


def start_text(window, routine_id: str) -> str:
    routine = window.library.get(routine_id)
    return f"Start {routine.title} ({format_duration(routine.total_seconds)})"


def menu_texts(tray) -> list[str]:
    tray.rebuild()  # as opening the menu does
    return [action.text() for action in tray.menu.actions() if not action.isSeparator()]


def choose(tray, text: str) -> None:
    tray.rebuild()
    (action,) = [action for action in tray.menu.actions() if action.text() == text]
    assert action.isEnabled()
    action.trigger()


def test_the_menu_starts_a_favourite_then_pauses_and_resumes_it(qtbot, window, habit, data):
    data.favorites.set("quick-reset", True)
    data.favorites.set("gentle-floor", True)
    tray = habit.tray
    # In the library's order, each with its length.
    assert menu_texts(tray) == [
        "Show Psoas Timer",
        start_text(window, "gentle-floor"),
        start_text(window, "quick-reset"),
        "Quit",
    ]
    choose(tray, start_text(window, "quick-reset"))
    qtbot.waitUntil(lambda: window.controller.running)
    assert window.controller.session.routine.id == "quick-reset"
    assert window.stack.currentWidget() is window.player

    assert menu_texts(tray) == ["Show Psoas Timer", "Pause Quick reset", "Quit"]
    choose(tray, "Pause Quick reset")
    assert window.controller.session.state is SessionState.PAUSED
    assert "(paused)" in tray.icon.toolTip()
    choose(tray, "Resume Quick reset")
    assert window.controller.session.state is SessionState.RUNNING


def test_the_tooltip_follows_the_step_and_the_time_left(qtbot, window, habit, clock):
    tray = habit.tray
    assert tray.icon.toolTip() == "Psoas Timer"
    window.start_routine("ui-test")
    assert tray.icon.toolTip() == (
        "Psoas Timer: UI test routine\nGet ready for Cat pose: 0:05\nStep 1 of 3"
    )
    clock.advance(5)
    window.controller.wake()
    assert tray.icon.toolTip() == "Psoas Timer: UI test routine\nCat pose: 0:20 left\nStep 1 of 3"
    clock.advance(7)
    window.controller.wake()
    assert "Cat pose: 0:13 left" in tray.icon.toolTip()
    window.controller.stop()
    assert tray.icon.toolTip() == "Psoas Timer"


def test_without_favourites_the_last_routine_is_offered(window, habit, data):
    assert menu_texts(habit.tray) == ["Show Psoas Timer", NO_FAVOURITES, "Quit"]
    (hint,) = [a for a in habit.tray.menu.actions() if a.text() == NO_FAVOURITES]
    assert not hint.isEnabled()
    window.start_routine("morning-mobility")
    window.controller.stop()
    assert start_text(window, "morning-mobility") in menu_texts(habit.tray)


def test_closing_keeps_the_app_in_the_tray_only_when_chosen(
    qtbot, window, habit, data, monkeypatch
):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    closed = []
    window.closed.connect(lambda: closed.append(True))
    data.settings.change(data.settings.current.changed(keep_in_tray=True))
    window.close()
    assert not window.isVisible() and closed == []  # waiting in the tray

    choose(habit.tray, "Show Psoas Timer")
    assert window.isVisible()
    choose(habit.tray, "Quit")
    assert not window.isVisible() and closed == [True]


def test_closing_quits_when_the_tray_is_not_wanted(qtbot, window, habit, monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    closed = []
    window.closed.connect(lambda: closed.append(True))
    window.close()
    assert closed == [True]


def test_closing_mid_routine_into_the_tray_still_saves_the_session(
    qtbot, window, habit, data, clock, monkeypatch
):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    data.settings.change(data.settings.current.changed(keep_in_tray=True))
    window.start_routine("ui-test")
    clock.advance(20)
    window.controller.wake()
    window.close()
    assert not window.controller.running
    (record,) = data.history.sessions
    assert not record.completed and record.active_seconds == 15


def test_a_maximised_window_started_in_the_tray_stays_hidden_until_asked_for(qtbot, data, library):
    from psoas_timer.ui.main_window import MainWindow

    data.settings.change(data.settings.current.changed(window_maximized=True))
    window = MainWindow(data, library)
    qtbot.addWidget(window)
    # The restored state is applied a turn of the event loop later.
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowMaximized))
    assert not window.isVisible()
    window.handle_request("show")  # the tray's Show Psoas Timer
    assert window.isVisible()
    qtbot.waitUntil(window.isMaximized)
