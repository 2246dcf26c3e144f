"""The tray icon: start a favourite routine, show the window, pause or resume, quit.

Its menu is built each time it opens, from what is true then (the favourites, whether a
routine runs), so it never shows a favourite that was unstarred a minute ago. While a routine
runs its tooltip says the step and the time left, refreshed with the countdown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from psoas_timer.core.engine import PhaseKind, Session, SessionState
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.routines import Routine, format_duration
from psoas_timer.ui.player_text import step_and_side

APP_NAME = "Psoas Timer"
NO_FAVOURITES = QT_TRANSLATE_NOOP("Tray", "No favourites yet: star a routine to start it from here")
MENU_FONT_PIXELS = 17  # a tray menu is still read and clicked from a little way off


def session_tooltip(session: Session | None, now: float) -> str:
    """'Psoas Timer', then while a routine runs: the step, its side and the time left."""
    if session is None or session.is_over or session.phase is None:
        return APP_NAME
    phase = session.phase
    values = {
        "name": step_and_side(phase),
        "time": format_duration(session.display_seconds(now)),
    }
    if phase.kind is PhaseKind.PREP:
        line = translate("Tray", "Get ready for {name}: {time}").format(**values)
    elif phase.kind is PhaseKind.REST:
        line = translate("Tray", "Rest, then {name}: {time}").format(**values)
    elif phase.kind is PhaseKind.SWITCH:
        # "Kneeling hip flexor, right side next: 0:05"
        line = translate("Tray", "{name}: {time}").format(**values)
    else:
        line = translate("Tray", "{name}: {time} left").format(**values)
    if session.state is SessionState.PAUSED:
        line = translate("Tray", "{line} (paused)").format(line=line)
    steps = translate("Tray", "Step {step} of {total}").format(
        step=phase.step_index + 1, total=session.steps_total
    )
    return f"{APP_NAME}: {session.routine.title}\n{line}\n{steps}"


class TrayIcon(QObject):
    show_requested = Signal()
    start_requested = Signal(str)  # routine id
    pause_toggled = Signal()
    later_requested = Signal()  # put the waiting reminder off for ten minutes
    quit_requested = Signal()

    def __init__(
        self,
        icon: QIcon,
        routines: Callable[[], list[Routine]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._routines = routines
        self._session: Session | None = None
        self._pending = ""
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        font = QFont(self.menu.font())
        font.setPixelSize(MENU_FONT_PIXELS)
        self.menu.setFont(font)
        self.menu.setStyleSheet("QMenu::item { padding: 8px 28px 8px 20px; }")  # big targets
        self.menu.aboutToShow.connect(self.rebuild)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.rebuild()

    @property
    def available(self) -> bool:
        """Whether the desktop shows tray icons at all."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    # --- state ---------------------------------------------------------------------------------

    def set_session(self, session: Session | None, now: float) -> None:
        """The routine under way (or None): the tooltip and the Pause item follow it."""
        self._session = session if session is not None and not session.is_over else None
        self.icon.setToolTip(session_tooltip(self._session, now))

    def set_pending_reminder(self, title: str) -> None:
        """A reminder is waiting for an answer ('' once answered): the menu offers Later."""
        self._pending = title

    # --- the menu ------------------------------------------------------------------------------

    def _add(self, text: str, slot: Callable[[], None], enabled: bool = True) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        return action

    def rebuild(self) -> None:
        self.menu.clear()
        show = self._add(translate("Tray", "Show Psoas Timer"), self.show_requested.emit)
        bold = QFont(self.menu.font())
        bold.setBold(True)
        show.setFont(bold)
        if self._pending:
            self._add(
                translate("Tray", "{reminder}: remind me in 10 minutes").format(
                    reminder=self._pending
                ),
                self.later_requested.emit,
            )
        self.menu.addSeparator()

        session = self._session
        if session is not None:
            title = session.routine.title
            if session.state is SessionState.PAUSED:
                self._add(
                    translate("Tray", "Resume {title}").format(title=title), self.pause_toggled.emit
                )
            else:
                self._add(
                    translate("Tray", "Pause {title}").format(title=title), self.pause_toggled.emit
                )
        else:
            routines = self._routines()
            if not routines:
                self._add(translate("Tray", NO_FAVOURITES), _nothing, enabled=False)
            for routine in routines:
                self._add(
                    translate("Tray", "Start {title} ({time})").format(
                        title=routine.title, time=format_duration(routine.total_seconds)
                    ),
                    partial(self.start_requested.emit, routine.id),
                )
        self.menu.addSeparator()
        self._add(translate("Tray", "Quit"), self.quit_requested.emit)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()


def _nothing() -> None:
    pass
