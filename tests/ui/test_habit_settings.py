"""Reminders and goal: the dialog from the Settings menu, and what saving it does."""

from datetime import time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QPushButton

from psoas_timer import autostart
from psoas_timer.core.reminders import WEEKDAYS, Reminder
from psoas_timer.core.settings import Settings
from psoas_timer.ui.habit_settings import HabitSettingsDialog
from psoas_timer.ui.notifications import DesktopNotifier


@pytest.fixture
def habit(window):
    connection = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "settings-no-bus")
    window.habit.start(notifier=DesktopNotifier(connection))
    yield window.habit
    QDBusConnection.disconnectFromBus("settings-no-bus")


def settings_action(window):
    for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x"))):
        for action in menu.actions():
            if action.text() == "&Reminders and goal…":
                return action
    raise LookupError("no Reminders and goal… in the menus")


def test_reminders_and_goal_from_the_settings_menu_are_saved_and_armed(
    qtbot, window, habit, data, monkeypatch
):
    monkeypatch.setattr(habit, "tray_available", lambda: True)
    asked = []
    monkeypatch.setattr(habit, "ask_keep_in_tray", lambda: asked.append(True) or True)
    shown = []

    def fill_in(dialog: HabitSettingsDialog):
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.rows == []
        row = dialog.add_reminder()
        row.time.setTime(QTime(18, 15))
        row.set_days({6})
        row.routine.setCurrentIndex(row.routine.findData("gentle-floor"))
        dialog.goal.setValue(90)
        dialog.start_at_login.setChecked(True)
        return dialog.choices()

    monkeypatch.setattr(habit, "run_dialog", fill_in)
    settings_action(window).trigger()
    assert len(shown) == 1

    (reminder,) = data.reminders.reminders
    assert (reminder.at, reminder.weekdays, reminder.routine_id) == (
        time(18, 15),
        frozenset({6}),
        "gentle-floor",
    )
    settings = data.settings.current
    assert settings.weekly_goal_minutes == 90
    assert settings.keep_in_tray and settings.keep_in_tray_asked
    assert asked == []  # starting at login ticked "keep in tray" already: nothing to ask
    assert autostart.is_enabled()
    assert habit.alarm.scheduler.reminders == (reminder,)


def test_keep_in_tray_is_asked_once_when_the_first_reminder_is_set(
    qtbot, window, habit, data, monkeypatch
):
    monkeypatch.setattr(habit, "tray_available", lambda: True)
    asked = []
    monkeypatch.setattr(habit, "ask_keep_in_tray", lambda: asked.append(True) or False)

    def add_one(dialog):
        dialog.add_reminder()
        return dialog.choices()

    monkeypatch.setattr(habit, "run_dialog", add_one)
    habit.edit_settings()
    habit.edit_settings()
    assert asked == [True]
    assert not data.settings.current.keep_in_tray
    assert len(data.reminders.reminders) == 2
    assert not autostart.is_enabled()


def test_the_dialog_is_usable_from_a_chair(qtbot, library):
    dialog = HabitSettingsDialog(
        Settings(),
        [Reminder("r1", time(7, 30), WEEKDAYS, "quick-reset")],
        library.routines,
        start_at_login=False,
        tray_available=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in dialog.findChildren(QPushButton) + dialog.findChildren(QCheckBox):
        if widget.isVisible():
            assert widget.height() >= 48, widget.text()
            assert widget.font().pixelSize() >= 18, widget.text()
    (row,) = dialog.rows
    assert [button.isChecked() for button in row.days] == [True] * 5 + [False] * 2
    assert row.routine.currentData() == "quick-reset"


def test_a_reminder_without_days_cannot_be_saved(qtbot, library):
    dialog = HabitSettingsDialog(
        Settings(), [], library.routines, start_at_login=False, tray_available=False
    )
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    row = dialog.add_reminder()
    assert save.isEnabled()
    row.set_days(set())
    assert not save.isEnabled()
    assert dialog.problem.text() == "Choose at least one day for each reminder."
    row.remove.click()
    qtbot.waitUntil(lambda: dialog.rows == [])
    assert save.isEnabled()
    assert not dialog.keep_in_tray.isEnabled() and not dialog.tray_note.isHidden()
