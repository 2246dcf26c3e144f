"""Shows reminders when they are due: a desktop notification with "Start" and "Later", or,
where there is no notification service, the tray icon's balloon.

What is due and when is the core scheduler's decision (`core.reminders`); this only wakes at
the moment it names and shows the result. The timer is re-armed at least once a minute,
because Qt's timers run on a clock that stops while the computer sleeps: after a resume the
scheduler looks within a minute and shows the reminder missed, if it is recent enough.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from psoas_timer.core.clock import SystemWallClock, WallClock
from psoas_timer.core.i18n import translate
from psoas_timer.core.reminders import DueReminder, Reminder, ReminderScheduler
from psoas_timer.core.routines import Routine, format_duration
from psoas_timer.ui.notifications import DEFAULT_ACTION, DesktopNotifier

MAX_SLEEP_MS = 60_000  # look at least this often: a suspend stops Qt's timers
START, LATER, OPEN = "start", "later", "open"
BALLOON_MS = 30_000


def reminder_text(routine: Routine | None, due: DueReminder) -> tuple[str, str]:
    """The notification's title and body."""
    if routine is None:
        title = translate("Reminders", "Time to stretch")
        body = translate(
            "Reminders", "The routine this reminder suggested is gone; pick one in Psoas Timer."
        )
    else:
        title = translate("Reminders", "Time for {title}").format(title=routine.title)
        body = translate("Reminders", "{time} on your mat. Start when you are ready.").format(
            time=format_duration(routine.total_seconds)
        )
    if due.snoozed:
        body = translate("Reminders", "{text} (You asked to be reminded again.)").format(text=body)
    return title, body


class ReminderAlarm(QObject):
    """Wakes for each reminder, asks the scheduler what is due and shows it."""

    start_requested = Signal(str)  # routine id: the user pressed "Start"
    open_requested = Signal()  # the user clicked the notification: show the window
    notice = Signal(str)  # something to tell the user once (no notification service ...)
    pending_changed = Signal(str)  # the reminder waiting for an answer ("" once answered)

    def __init__(
        self,
        reminders: Sequence[Reminder],
        routine: Callable[[str], Routine | None],
        practised_on: Callable[[date], bool],
        *,
        skip_when_practised: bool = True,
        busy: Callable[[], bool] = lambda: False,
        notifier: DesktopNotifier | None = None,
        tray: QSystemTrayIcon | None = None,
        wall_clock: WallClock | None = None,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = wall_clock or SystemWallClock()
        self.scheduler = ReminderScheduler(
            reminders,
            self.clock.now(),
            tz,
            skip_when_practised=skip_when_practised,
            practised_on=practised_on,
        )
        self._routine = routine
        self._busy = busy
        self.notifier = notifier
        self.tray = tray
        self.pending: DueReminder | None = None
        self.shown: dict[int, DueReminder] = {}  # notification id -> what it showed
        self._last_shown: dict[str, int] = {}  # reminder id -> its notification, to replace
        self.notifications_unavailable: str | None = None  # why, once known
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        if notifier is not None:
            notifier.action_invoked.connect(self._action_invoked)
        if tray is not None:
            tray.messageClicked.connect(self._balloon_clicked)
        self.arm()

    # --- time -----------------------------------------------------------------------------------

    def set_reminders(self, reminders: Sequence[Reminder], skip_when_practised: bool) -> None:
        self.scheduler.set_reminders(reminders)
        self.scheduler.skip_when_practised = skip_when_practised
        if self.pending is not None and self.pending.reminder not in reminders:
            self._set_pending(None)
        self.arm()

    def next_wake(self) -> datetime | None:
        return self.scheduler.next_wake(self.clock.now())

    def arm(self) -> None:
        """Sleep until the next reminder is due, or a minute, whichever comes first."""
        wake = self.next_wake()
        if wake is None:
            self._timer.stop()
            return
        delay = (wake - self.clock.now()).total_seconds() * 1000
        self._timer.start(max(0, min(MAX_SLEEP_MS, round(delay))))

    @property
    def timer_interval_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None

    def check(self) -> DueReminder | None:
        """Show what is due now (the timer calls this; tests too, after moving the clock)."""
        found = self.scheduler.check(self.clock.now())
        due = found.fired
        if due is not None and self._busy():
            due = None  # practising already: a reminder to practise would only interrupt
        if due is not None:
            self._show(due)
        self.arm()
        return due

    # --- showing --------------------------------------------------------------------------------

    def _show(self, due: DueReminder) -> None:
        self._set_pending(due)
        routine = self._routine(due.reminder.routine_id)
        title, body = reminder_text(routine, due)
        if self.notifier is not None and self.notifications_unavailable is None:
            open_app = translate("Reminders", "Open Psoas Timer")
            actions = [(DEFAULT_ACTION, open_app)]
            if routine is not None:
                actions.append(
                    (START, translate("Reminders", "Start {title}").format(title=routine.title))
                )
            else:
                actions.append((OPEN, open_app))
            actions.append((LATER, translate("Reminders", "Later")))
            # It stays until answered (like a calendar's alarm), and an earlier one of the same
            # reminder (put off, or not answered yesterday) gives way to it.
            self.notifier.notify(
                title,
                body,
                actions,
                shown=lambda notification_id: self._remember(notification_id, due),
                failed=lambda why: self._notifications_failed(why, due),
                replaces_id=self._last_shown.get(due.reminder.id, 0),
                timeout_ms=0,
            )
            return
        self._show_elsewhere(due, title, body)

    def _remember(self, notification_id: int, due: DueReminder) -> None:
        self.shown[notification_id] = due
        self._last_shown[due.reminder.id] = notification_id
        while len(self.shown) > 20:
            del self.shown[next(iter(self.shown))]

    def _notifications_failed(self, why: str, due: DueReminder) -> None:
        first = self.notifications_unavailable is None
        self.notifications_unavailable = why
        if first:
            if self._tray_usable():
                text = translate(
                    "Reminders",
                    "Desktop notifications are not available ({why}), so reminders are shown "
                    "beside the tray icon.",
                )
            else:
                text = translate(
                    "Reminders",
                    "Desktop notifications are not available ({why}), so reminders are shown "
                    "in this window.",
                )
            self.notice.emit(text.format(why=why))
        routine = self._routine(due.reminder.routine_id)
        self._show_elsewhere(due, *reminder_text(routine, due))

    def _tray_usable(self) -> bool:
        return (
            self.tray is not None
            and self.tray.isVisible()
            and QSystemTrayIcon.isSystemTrayAvailable()
        )

    def _show_elsewhere(self, due: DueReminder, title: str, body: str) -> None:
        if self.tray is not None and self._tray_usable():
            hint = translate("Reminders", "Click here to start, or choose Later in the tray menu.")
            self.tray.showMessage(
                title,
                f"{body}\n{hint}",
                QSystemTrayIcon.MessageIcon.Information,
                BALLOON_MS,
            )
        else:
            self.notice.emit(translate("Reminders", "Reminder: {title}.").format(title=title))
            self.open_requested.emit()

    def _set_pending(self, due: DueReminder | None) -> None:
        self.pending = due
        if due is None:
            self.pending_changed.emit("")
            return
        routine = self._routine(due.reminder.routine_id)
        self.pending_changed.emit(reminder_text(routine, due)[0])

    # --- answers --------------------------------------------------------------------------------

    def start(self, due: DueReminder | None = None) -> None:
        """Start the routine the reminder suggested (or just show the window)."""
        due = due or self.pending
        if due is None:
            return
        self.scheduler.dismiss(due.reminder.id)
        self._set_pending(None)
        if self._routine(due.reminder.routine_id) is None:
            self.open_requested.emit()
        else:
            self.start_requested.emit(due.reminder.routine_id)

    def later(self, due: DueReminder | None = None) -> None:
        """Remind again in ten minutes."""
        due = due or self.pending
        if due is None:
            return
        self.scheduler.snooze(due, self.clock.now())
        self._set_pending(None)
        self.arm()

    def _action_invoked(self, notification_id: int, action: str) -> None:
        due = self.shown.pop(notification_id, None)
        if due is None:
            return  # another application's notification, or one answered already
        if action == START:
            self.start(due)
        elif action == LATER:
            self.later(due)
        elif action in (OPEN, DEFAULT_ACTION):
            self.scheduler.dismiss(due.reminder.id)
            self._set_pending(None)
            self.open_requested.emit()

    def _balloon_clicked(self) -> None:
        if self.pending is not None:
            self.start()
