"""The main window: the library (and history) on one side of a stack, the player on the other.

The first frame needs only the library. What follows it, the session controller, the player,
the tray and reminders, and the step pictures, is built in one step, `finish_start`, just
after that frame (or at once, if a routine is started before it). The history page is built
when its tab is first shown: years of history cost nothing until someone looks at them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from psoas_timer.core.clock import Clock
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import Library, load_library
from psoas_timer.core.store import DataDir
from psoas_timer.ui import dialogs
from psoas_timer.ui.library import LibraryPage
from psoas_timer.ui.menu_bar import WindowMenus
from psoas_timer.ui.notice_bar import NoticeBar
from psoas_timer.ui.page_tabs import PageTabs
from psoas_timer.ui.painted import after_next_paint
from psoas_timer.ui.routine_actions import RoutineActions
from psoas_timer.ui.start_requests import StartRequests
from psoas_timer.ui.unsaved import keep_unsaved
from psoas_timer.ui.window_settings import WindowSettings

if TYPE_CHECKING:
    from psoas_timer.audio.cue_player import CuePlayer
    from psoas_timer.ui.controller import SessionController
    from psoas_timer.ui.habit import Habit
    from psoas_timer.ui.history import HistoryPage
    from psoas_timer.ui.history.loading import LiveHistory
    from psoas_timer.ui.player import PlayerPage


@dataclass(frozen=True)
class SessionParts:
    """What running a routine needs, built together after the first frame."""

    controller: SessionController
    player: PlayerPage


class MainWindow(QMainWindow):
    ROUTINES_TAB = PageTabs.ROUTINES
    HISTORY_TAB = PageTabs.HISTORY
    closed = Signal()  # the window closed for good (not into the tray)

    def __init__(
        self,
        data: DataDir,
        library: Library,
        clock: Clock | None = None,
        cues: CuePlayer | None = None,
    ) -> None:
        super().__init__()
        self.data = data
        self.library = library
        self.cues = cues
        self._choose_in_library: str | None = None  # started, not chosen in the library yet
        self.setWindowTitle("Psoas Timer")
        self._clock = clock
        self._parts: SessionParts | None = None
        self._history: LiveHistory | None = None
        self._habit: Habit | None = None  # tray, reminders, goal: built by finish_start
        self._quitting = False
        self.restart_requested = False  # quit, then start again (for a new language)
        self._by_signal = False  # closing because the system asked (no question may wait)
        self._was_maximized = False

        self.notice_bar = NoticeBar(self)
        self.library_page = LibraryPage(library, data.favorites, self)
        self.tabs = PageTabs(self.library_page, self._make_history_page, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.settings = WindowSettings(data.settings, self, self.library_page)
        self.routine_actions = RoutineActions(
            self, data.routines_dir, lambda: self.library, self.library_page.current_routine
        )
        self.routine_actions.library_changed.connect(self.reload_library)
        # An imported routine is shown where it now is, whatever page the import began on.
        self.routine_actions.imported.connect(lambda _id: self.tabs.setCurrentIndex(0))
        self.menus = WindowMenus(self)
        self.requests = StartRequests(self)
        self._apply_psoas()
        page = self.library_page
        page.start_requested.connect(self.start_routine)
        page.new_requested.connect(self.routine_actions.new_routine)
        page.duplicate_requested.connect(self.routine_actions.duplicate_routine)
        page.edit_requested.connect(self.routine_actions.edit_routine)
        page.delete_requested.connect(self.routine_actions.delete_routine)
        # The chosen routine and the favourites filter are remembered with the window's
        # size when it closes: moving through the list writes nothing.
        page.selection_changed.connect(lambda _id: self._update_actions())
        page.selection_changed.connect(self._warm_cues)
        self.stack.currentChanged.connect(self._page_changed)

        for problem in library.problems:
            self.notice_bar.add_skipped(str(problem))
        data.listen(self.notice_bar.add)
        self.settings.restore()
        self.set_cues(cues)
        # The list chose its first routine before anyone listened: Edit and Delete in the
        # menu follow the chosen routine from the start.
        self._update_actions()
        # Moving the page into the tabs took its focus: the arrows move in the list at once.
        page.tree.setFocus()

    # --- parts built after the first frame ------------------------------------------------------

    def finish_start(self) -> None:
        """Build what the first frame did not need: the controller, the player, the tray and
        reminders (not started yet), the pictures.

        Runs once; a routine started before the first frame was drawn runs it early.
        """
        if self._parts is not None:
            return
        from psoas_timer.ui.controller import SessionController
        from psoas_timer.ui.habit import Habit
        from psoas_timer.ui.player import PlayerPage

        controller = SessionController(self.data.history, clock=self._clock, parent=self)
        controller.cues = self.cues
        player = PlayerPage(controller, self)
        self.stack.addWidget(player)
        player.done.connect(self.show_library)
        player.repeat.connect(self._repeat)
        player.fullscreen_toggled.connect(self.toggle_fullscreen)
        player.mute_toggled.connect(self.toggle_mute)
        player.caption_changed.connect(self._show_caption)
        player.set_fullscreen(self.isFullScreen())
        self._parts = SessionParts(controller, player)
        self._habit = Habit(self, self.data)  # started by the app, see Habit.start
        self.set_cues(self.cues)  # the sound settings and any note about sound, on the player
        self._apply_psoas()
        self.library_page.show_thumbnails()
        self.history.start()  # read on a thread of its own; the page shows it when ready

    @property
    def history(self) -> LiveHistory:
        """Every computer's sessions, read in the background, then kept up to date."""
        if self._history is None:
            from psoas_timer.ui.history.loading import LiveHistory

            self._history = LiveHistory(self.data.history, parent=self, notify=self.data.notify)
        return self._history

    def toggle_psoas(self) -> None:
        """Show or hide the psoas drawn on the figures, as the Settings menu's tick says."""
        self.settings.change(psoas_band=self.menus.psoas_action.isChecked())
        self._apply_psoas()

    def choose_language(self, code: str) -> None:
        """Use `code` ("" for the system's) from the next start, and offer to restart now."""
        self.menus.choose_language(code)

    def _apply_psoas(self) -> None:
        shown = self.settings.current.psoas_band
        self.menus.psoas_action.setChecked(shown)
        self.library_page.show_psoas = shown
        if self._parts is not None:
            self._parts.player.set_show_psoas(shown)

    def _show_caption(self, caption: str) -> None:
        """The countdown and the step in the title, so the task bar shows them too."""
        if caption:
            title = translate("MainWindow", "{caption} — Psoas Timer").format(caption=caption)
        else:
            title = "Psoas Timer"
        self.setWindowTitle(title)

    def _session_parts(self) -> SessionParts:
        if self._parts is None:
            raise RuntimeError("the player is built by finish_start()")
        return self._parts

    @property
    def controller(self) -> SessionController:
        return self._session_parts().controller

    @property
    def player(self) -> PlayerPage:
        return self._session_parts().player

    @property
    def habit(self) -> Habit:
        """The tray icon, reminders and their settings (started by the app, see Habit.start)."""
        if self._habit is None:
            raise RuntimeError("the tray and reminders are built by finish_start()")
        return self._habit

    def edit_habit_settings(self) -> None:
        self.finish_start()  # normally done already, just after the first frame
        self.habit.edit_settings()

    def goal_changed(self, minutes: int) -> None:
        """The weekly goal changed: the history page shows progress toward the new one."""
        self.tabs.set_goal_minutes(minutes)

    @property
    def history_page(self) -> HistoryPage | None:
        """The history page, once its tab has been shown."""
        return self.tabs.history_page

    def _make_history_page(self) -> HistoryPage:
        from psoas_timer.ui.history import HistoryPage

        return HistoryPage(
            self.history,
            parent=self,
            goal_minutes=self.data.settings.current.weekly_goal_minutes,
            library=lambda: self.library,
        )

    # --- menus -----------------------------------------------------------------------------------

    def paused_for(self, dialog: Callable[[], object]) -> Callable[[], None]:
        """Wrap a dialog so a running countdown waits while it is open."""

        def run() -> None:
            with self.held():
                dialog()

        return run

    def held(self) -> AbstractContextManager[None]:
        """The countdown waits while a question is open (nothing to hold before a session)."""
        return self._parts.controller.held() if self._parts is not None else nullcontext()

    def _update_actions(self) -> None:
        in_library = self.stack.currentWidget() is self.tabs
        self.menus.update(in_library, self.library_page.current_routine())

    def reload_library(self, select: str | None = None) -> None:
        known = {str(problem) for problem in self.library.problems}
        self.library = load_library(self.data.routines_dir)
        for problem in map(str, self.library.problems):
            if problem not in known:
                self.notice_bar.add_skipped(problem)
        self.library_page.set_library(self.library, select=select)

    # --- navigation ------------------------------------------------------------------------------

    def handle_request(self, request: str) -> None:
        """Another start of the app (or the tray, a reminder) asked this window to show
        itself, and maybe to start a routine."""
        self.requests.handle(request)

    def running(self) -> bool:
        return self._parts is not None and self._parts.controller.running

    def _page_changed(self) -> None:
        in_player = self._parts is not None and self.stack.currentWidget() is self._parts.player
        # Notices wait in the library: in the player nothing may crowd the countdown.
        self.notice_bar.setVisible(not in_player and bool(self.notice_bar.messages))
        self._update_actions()

    def show_tab(self, index: int) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)

    def start_routine(self, routine_id: str) -> None:
        routine = self.library.get(routine_id)
        if routine is None:
            return
        self.finish_start()  # normally done already, just after the first frame
        self.settings.remember_routine(routine_id)
        if self.cues is not None:  # its phrases' Python work waits for the get-ready screen
            self.cues.window_turn.take()
        # Chosen in the library too (on the way back, and next time), once the get-ready screen
        # is drawn: choosing it rebuilds the library's list. A close before then chooses it.
        self._choose_in_library = routine_id
        after_next_paint(self.player, self._start_drawn)
        self.stack.setCurrentWidget(self.player)
        self.controller.start(routine)

    def _start_drawn(self) -> None:
        """The get-ready screen is on screen (or a second has passed): what waited for it."""
        if self.cues is not None:
            self.cues.window_turn.give_back()
        self._choose_started_routine()

    def _choose_started_routine(self) -> None:
        routine_id, self._choose_in_library = self._choose_in_library, None
        if routine_id is not None:
            self.library_page.select(routine_id)

    def _repeat(self) -> None:
        session = self.controller.session
        if session is not None:
            self.start_routine(session.routine.id)

    def show_library(self) -> None:
        if self.running():
            self.controller.stop()
        session = self._parts.controller.session if self._parts is not None else None
        self.stack.setCurrentWidget(self.tabs)
        if session is not None and self.library.get(session.routine.id) is not None:
            self.library_page.select(session.routine.id)
        self.library_page.tree.setFocus()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showMaximized() if self._was_maximized else self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        full = self.isFullScreen()
        self.menuBar().setVisible(not full)  # F11 and the keys still work without it
        if self._parts is not None:
            self._parts.player.set_fullscreen(full)

    # --- sound -----------------------------------------------------------------------------------

    def set_cues(self, cues: CuePlayer | None) -> None:
        """Attach the cue player (opened once the window is on screen)."""
        self.cues = cues
        player = self._parts.player if self._parts is not None else None
        if self._parts is not None:
            self._parts.controller.cues = cues
        self.settings.apply_sound(player, cues)
        if player is not None and cues is not None and cues.status:
            # Said once, quietly, beside the disclaimer: the app works the same, by eye.
            player.set_sound_note(cues.status)
        self._warm_cues(self.library_page.current_routine_id())

    def _warm_cues(self, routine_id: str | None) -> None:
        """The chosen routine's phrases are rendered while the user looks at it."""
        routine = self.library.get(routine_id) if routine_id else None
        if self.cues is not None and routine is not None:
            self.cues.warm(routine)

    def toggle_mute(self) -> None:
        self.settings.toggle_mute()
        self.settings.apply_sound(self._parts.player if self._parts else None, self.cues)

    def edit_sound_settings(self) -> None:
        if self.settings.edit_sound(self.cues):
            self.settings.apply_sound(self._parts.player if self._parts else None, self.cues)

    def quit(self, *, by_signal: bool = False) -> None:
        """Close for good, even when closing would otherwise leave the app in the tray.

        `by_signal`: the system asked (log-out, shutdown): nothing may wait on a question.
        """
        self._quitting = True
        self._by_signal = by_signal
        self.close()

    def _keep_unsaved(self) -> None:
        """The session could not be saved in the data folder: keep it elsewhere, to be added
        at the next start, and say so; never lose it silently."""
        text = keep_unsaved(self.data)
        print(f"psoas-timer: {text}", file=sys.stderr)
        if not self._by_signal:
            self.show_warning("Your session could not be saved", text)

    def show_warning(self, title: str, text: str) -> None:
        """Tell the user something went wrong, and wait for them to read it; tests replace it."""
        dialogs.tell(self, title, text, warning=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-routine keeps what was practised: the session is saved as partial.
        if self.running():
            self.controller.stop()
        self._choose_started_routine()  # if the player was not drawn yet
        self.settings.remember()
        if not self.data.history.flush():
            self._keep_unsaved()
        if not self._quitting and self._habit is not None and self._habit.keeps_running():
            event.ignore()
            self.hide()  # reminders still come; the tray icon brings the window back
            return
        if self.cues is not None:
            self.cues.close()
        event.accept()
        self.closed.emit()
