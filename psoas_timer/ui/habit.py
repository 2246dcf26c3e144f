"""What helps a habit form, tied to the main window: the tray icon, reminders, the settings
for them and the weekly goal, and starting at login.

The window builds this when first asked (its Settings menu) and the app starts it once the
window is on screen: only then are the tray icon shown, the session bus reached and the
reminders armed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QStyle

from psoas_timer.core.clock import SystemWallClock, WallClock
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import Routine
from psoas_timer.core.stats import practice_days
from psoas_timer.core.store import DataDir
from psoas_timer.ui.dialogs import ask, tell
from psoas_timer.ui.habit_settings import HabitChoices, HabitSettingsDialog

if TYPE_CHECKING:
    from datetime import tzinfo

    from psoas_timer.ui.main_window import MainWindow
    from psoas_timer.ui.notifications import DesktopNotifier
    from psoas_timer.ui.reminder_alarm import ReminderAlarm
    from psoas_timer.ui.tray import TrayIcon


def tray_icon_image() -> QIcon:
    """The app's icon (as the window has it), or a plain one while the app has none."""
    icon = QApplication.windowIcon()
    if icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
    return icon


class Habit(QObject):
    def __init__(self, window: MainWindow, data: DataDir) -> None:
        super().__init__(window)
        self.window = window
        self.data = data
        self.wall_clock: WallClock = SystemWallClock()
        self.tray: TrayIcon | None = None
        self.alarm: ReminderAlarm | None = None
        self.started = False

    # --- start ---------------------------------------------------------------------------------

    def start(
        self,
        *,
        notifier: DesktopNotifier | None = None,
        wall_clock: WallClock | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        """Show the tray icon and arm the reminders (once the window is on screen)."""
        from psoas_timer.ui.notifications import DesktopNotifier
        from psoas_timer.ui.reminder_alarm import ReminderAlarm
        from psoas_timer.ui.tray import TrayIcon

        if self.started:
            return
        self.started = True
        if wall_clock is not None:
            self.wall_clock = wall_clock
        window = self.window
        tray = TrayIcon(tray_icon_image(), self.favourite_routines, self)
        tray.show_requested.connect(lambda: window.handle_request("show"))
        tray.start_requested.connect(
            lambda routine_id: window.handle_request(f"start {routine_id}")
        )
        tray.pause_toggled.connect(window.controller.toggle_pause)
        tray.quit_requested.connect(window.quit)
        # Shown even where no tray is there yet: at login the panel may come after the app,
        # and Qt puts the icon in once a tray appears.
        tray.show()
        self.tray = tray
        controller = window.controller
        controller.updated.connect(lambda: tray.set_session(controller.session, controller.now()))

        settings = self.data.settings.current
        alarm = ReminderAlarm(
            self.data.reminders.reminders,
            lambda routine_id: self.window.library.get(routine_id),
            self.practised_on,
            skip_when_practised=settings.skip_reminders_after_practice,
            busy=lambda: controller.running,
            notifier=notifier if notifier is not None else DesktopNotifier(parent=self),
            tray=tray.icon,
            wall_clock=self.wall_clock,
            tz=tz,
            parent=self,
        )
        alarm.start_requested.connect(
            lambda routine_id: window.handle_request(f"start {routine_id}")
        )
        alarm.open_requested.connect(lambda: window.handle_request("show"))
        alarm.notice.connect(window.notice_bar.add)
        alarm.pending_changed.connect(tray.set_pending_reminder)
        tray.later_requested.connect(alarm.later)
        self.alarm = alarm

    # --- what the tray and the reminders ask ------------------------------------------------

    def favourite_routines(self) -> list[Routine]:
        """The starred routines in the library's order (the last one used if none is starred)."""
        library = self.window.library
        favourites = [r for r in library.routines if r.id in self.data.favorites]
        if favourites:
            return favourites
        last = self.data.settings.current.last_routine
        routine = library.get(last) if last else None
        return [routine] if routine is not None else []

    def practised_on(self, day: date) -> bool:
        # The history read in the background (empty until it is ready), not read again here.
        return day in practice_days(self.window.history.local)

    def keeps_running(self) -> bool:
        """Whether closing the window leaves the app in the tray."""
        return (
            self.tray is not None
            and self.tray.available
            and self.data.settings.current.keep_in_tray
        )

    # --- settings ------------------------------------------------------------------------------

    def run_dialog(self, dialog: HabitSettingsDialog) -> HabitChoices | None:
        """Show the dialog; what the user chose, or None if they cancelled (tests replace it)."""
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_keep_in_tray(self) -> bool:
        """Asked once, when the first reminder is set (tests replace it)."""
        return ask(
            self.window,
            translate("Habit", "Keep Psoas Timer in the tray?"),
            translate(
                "Habit",
                "Reminders come only while Psoas Timer runs. Keep it in the tray when you close "
                "its window? You can quit it from the tray icon's menu.",
            ),
            yes=translate("Habit", "Keep in tray"),
            no=translate("Habit", "Quit on close"),
            default_yes=True,
        )

    def show_error(self, title: str, text: str) -> None:
        tell(self.window, title, text, warning=True)

    def tray_available(self) -> bool:
        from PySide6.QtWidgets import QSystemTrayIcon

        return QSystemTrayIcon.isSystemTrayAvailable()

    def edit_settings(self) -> None:
        from psoas_timer import autostart

        current = self.data.settings.current
        dialog = HabitSettingsDialog(
            current,
            self.data.reminders.reminders,
            self.window.library.routines,
            start_at_login=autostart.is_enabled(),
            tray_available=self.tray_available(),
            default_routine=current.last_routine,
            parent=self.window,
        )
        choices = self.run_dialog(dialog)
        if choices is not None:
            self.apply(choices)

    def apply(self, choices: HabitChoices) -> None:
        from psoas_timer import autostart

        settings = choices.settings
        if (
            choices.reminders
            and not settings.keep_in_tray_asked
            and not settings.keep_in_tray
            and self.tray_available()
        ):
            settings = settings.changed(keep_in_tray=self.ask_keep_in_tray())
        if choices.reminders and self.tray_available():
            settings = settings.changed(keep_in_tray_asked=True)
        self.data.settings.change(settings)
        if not self.data.reminders.replace_all(choices.reminders, self.wall_clock.now()):
            problem = self.data.reminders.last_error or translate(
                "Habit", "reminders.json could not be written."
            )
            self.show_error(translate("Habit", "Could not save the reminders"), problem)
        try:
            if choices.start_at_login:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as error:
            self.show_error(
                translate("Habit", "Could not change starting at login"),
                f"{error.strerror or error}",
            )
        if self.alarm is not None:
            self.alarm.set_reminders(choices.reminders, settings.skip_reminders_after_practice)
        self.window.goal_changed(settings.weekly_goal_minutes)
