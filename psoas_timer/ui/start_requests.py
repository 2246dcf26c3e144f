"""What another start of the app, the tray or a reminder asks the window: to come forward, and
maybe to start a routine, after asking whether to stop the one under way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import Routine
from psoas_timer.ui import dialogs

if TYPE_CHECKING:
    from psoas_timer.ui.main_window import MainWindow


class StartRequests:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def handle(self, request: str) -> None:
        """`show`, or `start <routine id>`: the window comes forward either way."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        elif not window.isVisible():
            window.show()  # waiting in the tray
        window.raise_()
        window.activateWindow()
        command, _, argument = request.partition(" ")
        if command == "start" and argument:
            # Not from inside the socket's handler: the answer may need a question first.
            QTimer.singleShot(0, lambda: self.start(argument))

    def start(self, routine_id: str) -> None:
        window = self.window
        routine = window.library.get(routine_id)
        if routine is None:
            return
        if window.running():
            with window.held():
                if not self.confirm_switch(routine):
                    return
        window.start_routine(routine_id)

    def confirm_switch(self, routine: Routine) -> bool:
        """Ask whether to stop the routine under way for `routine`; tests replace this."""
        current = self.window.controller.session
        if current is not None:
            title = current.routine.title
        else:
            title = translate("MainWindow", "this routine")
        return dialogs.ask(
            self.window,
            translate("MainWindow", "Start another routine?"),
            translate(
                "MainWindow",
                "Psoas Timer was started again, asking for “{new}”. Stop “{current}” "
                "(what you have practised is saved) and start it?",
            ).format(new=routine.title, current=title),
            yes=translate("MainWindow", "Start {title}").format(title=routine.title),
            no=translate("MainWindow", "Carry on with {title}").format(title=title),
        )
