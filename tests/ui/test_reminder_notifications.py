"""Reminders reach the user through a real notification service on a private session bus."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from psoas_timer.core.clock import FakeWallClock
from psoas_timer.core.reminders import EVERY_DAY, SNOOZE, Reminder
from psoas_timer.core.routines import format_duration
from psoas_timer.ui.notifications import NOTIFY_SIGNATURE, DesktopNotifier
from psoas_timer.ui.reminder_alarm import ReminderAlarm
from tests.ui.notification_service import NotificationService, PrivateBus

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = Reminder("morning", time(7, 30), EVERY_DAY, "quick-reset")


@pytest.fixture
def bus(tmp_path):
    bus = PrivateBus(tmp_path)
    yield bus
    bus.close()


@pytest.fixture
def service(bus):
    service = NotificationService(bus.connect())
    yield service
    service.stop()


@pytest.fixture
def notifier(bus):
    """Makes notifiers on the test's bus, each deleted at the end of the test, its answered
    calls' watchers first. Left to Python's garbage collector, a notifier would go whenever a
    collection happened to run: in the middle of Qt's deleting those watchers, it crashed."""
    made: list[DesktopNotifier] = []

    def make(connection: QDBusConnection | None = None) -> DesktopNotifier:
        made.append(DesktopNotifier(connection if connection is not None else bus.connect()))
        return made[-1]

    yield make
    QApplication.processEvents()
    for each in made:
        shiboken6.delete(each)


@pytest.fixture
def wall_clock():
    return FakeWallClock(datetime(2026, 12, 1, 7, 0, tzinfo=BERLIN))


def make_alarm(library, wall_clock, notifier, reminders=(MORNING,), **more) -> ReminderAlarm:
    return ReminderAlarm(
        list(reminders),
        library.get,
        practised_on=lambda _day: False,
        notifier=notifier,
        wall_clock=wall_clock,
        tz=BERLIN,
        **more,
    )


def test_a_due_reminder_arrives_with_start_and_later(
    qtbot, bus, service, library, wall_clock, notifier
):
    alarm = make_alarm(library, wall_clock, notifier())
    assert alarm.check() is None  # 07:00: nothing yet
    assert service.calls == []
    assert alarm.timer_interval_ms == 60_000  # half an hour away: looks again in a minute

    wall_clock.set(datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN))
    assert alarm.check() is not None
    qtbot.waitUntil(lambda: len(service.calls) == 1)
    (call,) = service.calls
    assert call.signature == NOTIFY_SIGNATURE
    # It stays until answered.
    assert (call.app_name, call.replaces_id, call.timeout) == ("Psoas Timer", 0, 0)
    assert call.summary == "Time for Quick reset"
    assert format_duration(library.get("quick-reset").total_seconds) in call.body
    assert call.actions == [
        ("default", "Open Psoas Timer"),
        ("start", "Start Quick reset"),
        ("later", "Later"),
    ]
    qtbot.waitUntil(lambda: 1 in alarm.shown)
    assert alarm.next_wake() == datetime(2026, 12, 2, 7, 30, tzinfo=BERLIN)


def test_pressing_start_asks_for_the_routine(qtbot, bus, service, library, wall_clock, notifier):
    alarm = make_alarm(library, wall_clock, notifier())
    wall_clock.set(datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN))
    alarm.check()
    qtbot.waitUntil(lambda: 1 in alarm.shown)
    with qtbot.waitSignal(alarm.start_requested) as started:
        service.invoke(1, "start")
    assert started.args == ["quick-reset"]
    assert alarm.pending is None


def test_later_brings_the_reminder_back_in_ten_minutes(
    qtbot, bus, service, library, wall_clock, notifier
):
    alarm = make_alarm(library, wall_clock, notifier())
    wall_clock.set(datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN))
    alarm.check()
    qtbot.waitUntil(lambda: 1 in alarm.shown)
    service.invoke(1, "later")
    qtbot.waitUntil(lambda: alarm.scheduler.snoozed != ())
    assert alarm.next_wake() == wall_clock.now() + SNOOZE
    wall_clock.advance(SNOOZE.total_seconds() - 1)
    assert alarm.check() is None
    wall_clock.advance(1)
    assert alarm.check() is not None
    qtbot.waitUntil(lambda: len(service.calls) == 2)
    assert service.calls[1].summary == "Time for Quick reset"
    assert "reminded again" in service.calls[1].body
    assert service.calls[1].replaces_id == 1  # in place of the first, not beside it


def test_another_applications_button_is_not_taken_for_ours(
    qtbot, bus, service, library, wall_clock, notifier
):
    alarm = make_alarm(library, wall_clock, notifier())
    wall_clock.set(datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN))
    alarm.check()
    qtbot.waitUntil(lambda: 1 in alarm.shown)
    with qtbot.assertNotEmitted(alarm.start_requested, wait=200):
        service.invoke(7, "start")


def test_a_reminder_while_practising_is_not_shown(
    qtbot, bus, service, library, wall_clock, notifier
):
    alarm = make_alarm(library, wall_clock, notifier(), busy=lambda: True)
    wall_clock.set(datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN))
    assert alarm.check() is None
    assert alarm.pending is None


def test_without_a_notification_service_the_tray_balloon_is_used_and_said_once(
    qtbot, bus, library, wall_clock, monkeypatch, notifier
):
    tray = QSystemTrayIcon()
    balloons = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(tray, "isVisible", lambda: True)
    monkeypatch.setattr(tray, "showMessage", lambda title, body, *rest: balloons.append(title))
    alarm = make_alarm(library, wall_clock, notifier(), tray=tray)
    notices = []
    alarm.notice.connect(notices.append)
    for day in (1, 2):
        wall_clock.set(datetime(2026, 12, day, 7, 30, tzinfo=BERLIN))
        alarm.check()
        qtbot.waitUntil(lambda day=day: len(balloons) == day)
    assert balloons == ["Time for Quick reset"] * 2
    assert notices == [
        "Desktop notifications are not available (no notification service is running), "
        "so reminders are shown beside the tray icon."
    ]
    with qtbot.waitSignal(alarm.start_requested):
        tray.messageClicked.emit()


def test_without_a_session_bus_the_window_shows_the_reminder(qtbot, library, wall_clock, notifier):
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "no-bus")
    try:
        alarm = make_alarm(library, wall_clock, notifier(nowhere))
        notices = []
        alarm.notice.connect(notices.append)
        wall_clock.set(datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN))
        with qtbot.waitSignal(alarm.open_requested):
            alarm.check()
        assert notices == [
            "Desktop notifications are not available (there is no session D-Bus), "
            "so reminders are shown in this window.",
            "Reminder: Time for Quick reset.",
        ]
    finally:
        QDBusConnection.disconnectFromBus("no-bus")


def test_start_in_a_notification_starts_the_routine_in_the_window(
    qtbot, window, data, bus, service, wall_clock, notifier
):
    data.reminders.replace_all([MORNING], wall_clock.now())
    window.habit.start(notifier=notifier(), wall_clock=wall_clock, tz=BERLIN)
    wall_clock.set(datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN))
    window.habit.alarm.check()
    qtbot.waitUntil(lambda: len(service.calls) == 1)
    assert ("start", "Start Quick reset") in service.calls[0].actions
    qtbot.waitUntil(lambda: 1 in window.habit.alarm.shown)
    window.habit.tray.rebuild()  # the tray offers Later while the reminder waits
    texts = [action.text() for action in window.habit.tray.menu.actions()]
    assert "Time for Quick reset: remind me in 10 minutes" in texts

    service.invoke(1, "start")
    qtbot.waitUntil(lambda: window.controller.running)
    assert window.controller.session.routine.id == "quick-reset"
    assert window.stack.currentWidget() is window.player
    window.habit.tray.rebuild()
    texts = [action.text() for action in window.habit.tray.menu.actions()]
    assert not any("remind me" in text for text in texts)
