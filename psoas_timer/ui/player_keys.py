"""The player's keys: Space pauses, the arrows move between steps, R restarts the step (or runs
the routine again from the summary), Esc stops (or first leaves full screen), F and M toggle
full screen and sound, Enter leaves the summary. Each acts once, however long it is held."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

if TYPE_CHECKING:
    from psoas_timer.ui.player import PlayerPage


def install_player_keys(page: PlayerPage) -> None:
    controller = page.controller

    def bind(keys: tuple[str, ...], slot: Callable[[], None]) -> None:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # A key held a moment too long acts once: no pausing and resuming, no skipping
            # through several steps.
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)

    def live_only(slot: Callable[[], None]) -> Callable[[], None]:
        def guarded() -> None:
            if page.is_live():
                slot()

        return guarded

    def key_r() -> None:
        if page.is_live():
            controller.restart_phase()
        elif page.showing_summary():
            page.repeat.emit()

    def key_escape() -> None:
        # In full screen, Esc first does what it does everywhere else: leave full screen.
        if page.window().isFullScreen():
            page.fullscreen_toggled.emit()
        elif page.is_live():
            page.request_stop()

    def key_enter() -> None:
        if page.showing_summary():
            page.done.emit()

    bind(("Space",), live_only(controller.toggle_pause))
    bind(("Right",), live_only(controller.next))
    bind(("Left",), live_only(controller.previous))
    bind(("R",), key_r)
    bind(("Esc",), key_escape)
    bind(("F",), page.fullscreen_toggled.emit)  # F11 is the window's own View action
    bind(("M",), page.mute_toggled.emit)
    bind(("Return", "Enter"), key_enter)
