"""The main window: the library (and history) on one side of a stack, the player on the other."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from psoas_timer import __version__
from psoas_timer.core.clock import Clock
from psoas_timer.core.routines import Library, Routine, RoutineError, load_library
from psoas_timer.core.settings import Settings
from psoas_timer.core.store import DataDir
from psoas_timer.core.user_routines import (
    delete_user_routine,
    duplicate_of,
    export_routine,
    import_routine_file,
    save_user_routine,
)
from psoas_timer.ui.library import LibraryPage
from psoas_timer.ui.style import DISCLAIMER, set_pixel_font

if TYPE_CHECKING:
    # Loaded when first used, or just after the first frame: the window shows sooner.
    from psoas_timer.audio.cue_player import CuePlayer
    from psoas_timer.ui.controller import SessionController
    from psoas_timer.ui.editor import RoutineEditor
    from psoas_timer.ui.history import HistoryPage
    from psoas_timer.ui.player import PlayerPage
    from psoas_timer.ui.sound_settings import SoundSettingsDialog

DEFAULT_SIZE = (1280, 760)


class NoticeBar(QWidget):
    """A quiet, dismissable line for things the user should know (a file moved aside ...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.label = QLabel(self)
        self.label.setObjectName("notice_text")
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Notice")
        set_pixel_font(self.label, 15)
        close = QPushButton("Dismiss", self)
        close.setAccessibleName("Dismiss notice")
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setStyleSheet(
            "#notice_bar { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        self.messages: list[str] = []
        self.hide()

    def add(self, message: str) -> None:
        """Show the newest two notices, a line each; the whole text is in the tooltip."""
        self.messages.append(message)
        shown = [text.splitlines()[0] for text in self.messages[-2:]]
        hidden = len(self.messages) - len(shown)
        if hidden:
            shown.append(f"(and {hidden} earlier; hover for all)")
        self.label.setText("\n".join(shown))
        self.label.setToolTip("\n".join(self.messages))
        self.show()

    def clear(self) -> None:
        self.messages.clear()
        self.hide()


def _skipped(problem: str) -> str:
    lines = problem.splitlines()
    more = f" (+{len(lines) - 1} more problems)" if len(lines) > 1 else ""
    return f"Skipped a routine file: {lines[0]}{more}\n" + "\n".join(lines[1:])


class MainWindow(QMainWindow):
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
        self.setWindowTitle("Psoas Timer")
        # The session controller and the player are built just after the first frame (see
        # `finish_start`), or when first asked for.
        self._clock = clock
        self._controller: SessionController | None = None
        self._player: PlayerPage | None = None

        self.notice_bar = NoticeBar(self)
        self.library_page = LibraryPage(library, data.favorites, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._history_page: HistoryPage | None = None
        self.tabs.addTab(self.library_page, "Routines")
        self.tabs.addTab(QWidget(self), "History")  # built when first shown
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setStyleSheet(
            "QTabBar::tab { min-height: 36px; padding: 4px 20px; font-size: 17px; }"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.library_page.start_requested.connect(self.start_routine)
        self.library_page.new_requested.connect(self.new_routine)
        self.library_page.duplicate_requested.connect(self.duplicate_routine)
        self.library_page.edit_requested.connect(self.edit_routine)
        self.library_page.delete_requested.connect(self.delete_routine)
        # The chosen routine and the favourites filter are remembered with the window's
        # size when it closes: moving through the list writes nothing.
        self.library_page.selection_changed.connect(lambda _id: self._update_actions())
        self.stack.currentChanged.connect(self._page_changed)

        for problem in library.problems:
            self.notice_bar.add(_skipped(problem))
        data.listen(self.notice_bar.add)
        self._restore_settings()
        self.set_cues(cues)
        # Moving the page into the tabs took its focus: the arrows move in the list at once.
        self.library_page.tree.setFocus()

    # --- parts built after the first frame ------------------------------------------------------

    @property
    def controller(self) -> SessionController:
        if self._controller is None:
            from psoas_timer.ui.controller import SessionController

            self._controller = SessionController(self.data.history, clock=self._clock, parent=self)
            self._controller.cues = self.cues
            self._controller.ended.connect(self._session_ended)
        return self._controller

    @property
    def player(self) -> PlayerPage:
        if self._player is None:
            from psoas_timer.ui.player import PlayerPage

            player = PlayerPage(self.controller, self)
            self._player = player
            self.stack.addWidget(player)
            player.done.connect(self.show_library)
            player.repeat.connect(self._repeat)
            player.fullscreen_toggled.connect(self.toggle_fullscreen)
            player.mute_toggled.connect(self.toggle_mute)
            player.caption_changed.connect(self._show_caption)
            player.set_fullscreen(self.isFullScreen())
            player.set_muted(self.data.settings.current.muted)
            if self.cues is not None and self.cues.status:
                player.set_sound_note(self.cues.status)
        return self._player

    def _show_caption(self, caption: str) -> None:
        """The countdown and the step in the title, so the task bar shows them too."""
        self.setWindowTitle(f"{caption} — Psoas Timer" if caption else "Psoas Timer")

    def finish_start(self) -> None:
        """Build what the first frame did not need: the player, and the pictures of steps."""
        self.player  # noqa: B018 - built now, so that Start answers at once
        self.library_page.show_thumbnails()

    # --- menus -----------------------------------------------------------------------------------

    def _action(
        self, menu_name: str, text: str, slot: object, shortcut: str | None = None
    ) -> QAction:
        menu = self._menus.get(menu_name)
        if menu is None:
            menu = self.menuBar().addMenu(menu_name)
            self._menus[menu_name] = menu
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts keep working while full screen hides the menu bar
        return action

    def _build_menus(self) -> None:
        self._menus: dict[str, object] = {}
        self._library_actions = [
            self._action("&File", "&Import routine…", self.import_routine, "Ctrl+I"),
            self._action("&File", "&Export routine…", self.export_routine, "Ctrl+E"),
        ]
        self._action("&File", "&Quit", self.close, "Ctrl+Q")
        self._action("&View", "&Routines", lambda: self._show_tab(0), "Ctrl+1")
        self._action("&View", "&History", lambda: self._show_tab(1), "Ctrl+2")
        self._action("&View", "&Full screen", self.toggle_fullscreen, "F11")
        sound = self._paused_for(self.edit_sound_settings)
        self._action("&Settings", "&Sound and voice…", sound, "Ctrl+,")
        self._library_actions += [
            self._action("&Routine", "&New…", self.new_routine, "Ctrl+N"),
            self._action(
                "&Routine", "&Duplicate…", lambda: self._with_current(self.duplicate_routine)
            ),
        ]
        self._own_routine_actions = [
            self._action("&Routine", "&Edit…", lambda: self._with_current(self.edit_routine)),
            self._action("&Routine", "De&lete", lambda: self._with_current(self.delete_routine)),
        ]
        self._action("&Help", "&About Psoas Timer", self._paused_for(self.show_about))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Psoas Timer",
            f"<h3>Psoas Timer {__version__}</h3>"
            "<p>Guided psoas and low-back stretching and exercise routines.</p>"
            f"<p><b>{DISCLAIMER}</b> This app guides timing only; it does not diagnose or "
            "treat anything. If you have pain or a condition, ask a professional first.</p>"
            f"<p>Your data folder: {self.data.path}</p>",
        )

    # --- the user's own routines ------------------------------------------------------------------

    def _paused_for(self, dialog: object) -> object:
        """Wrap a dialog so a running countdown waits while it is open."""

        def run() -> None:
            with self._held():
                dialog()

        return run

    def _held(self) -> AbstractContextManager[None]:
        """The countdown waits while a question is open (nothing to hold before a session)."""
        return self._controller.held() if self._controller is not None else nullcontext()

    def _update_actions(self) -> None:
        in_library = self.stack.currentWidget() is self.tabs
        routine = self.library_page.current_routine()
        for action in self._library_actions:
            action.setEnabled(in_library)
        for action in self._own_routine_actions:
            action.setEnabled(in_library and routine is not None and not routine.builtin)

    def _with_current(self, action: object) -> None:
        routine_id = self.library_page.current_routine_id()
        if routine_id is not None:
            action(routine_id)

    def reload_library(self, select: str | None = None) -> None:
        known = set(self.library.problems)
        self.library = load_library(self.data.routines_dir)
        for problem in self.library.problems:
            if problem not in known:
                self.notice_bar.add(_skipped(problem))
        self.library_page.set_library(self.library, select=select)

    def run_editor(self, editor: RoutineEditor) -> Routine | None:
        """Show the editor; the routine to save, or None if the user cancelled."""
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        return editor.result_routine()

    def _edit_and_save(self, routine: Routine | None) -> None:
        from psoas_timer.ui.editor import RoutineEditor
        from psoas_timer.ui.illustration import thumbnail_icon

        editor = RoutineEditor(
            self.library.catalogue,
            routine,
            set(self.library.ids),
            self,
            thumbnail=lambda exercise_id: thumbnail_icon(exercise_id, 56),
        )
        result = self.run_editor(editor)
        if result is None:
            return
        try:
            save_user_routine(result, self.data.routines_dir)
        except (OSError, RoutineError) as error:
            self.show_error("Could not save the routine", str(error))
            return
        self.reload_library(select=result.id)

    def new_routine(self) -> None:
        self._edit_and_save(None)

    def duplicate_routine(self, routine_id: str) -> None:
        routine = self.library.get(routine_id)
        if routine is not None:
            self._edit_and_save(duplicate_of(routine, set(self.library.ids)))

    def edit_routine(self, routine_id: str) -> None:
        routine = self.library.get(routine_id)
        if routine is None:
            return
        if routine.builtin:
            self.show_error(
                "Built-in routine",
                "Built-in routines are read-only. Duplicate it to make a version of your own.",
            )
            return
        self._edit_and_save(routine)

    def confirm_delete(self, routine: Routine) -> bool:
        answer = QMessageBox.question(
            self,
            "Delete routine?",
            f"Delete “{routine.title}”? Your history of it is kept.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_routine(self, routine_id: str) -> None:
        routine = self.library.get(routine_id)
        if routine is None or routine.builtin or not self.confirm_delete(routine):
            return
        try:
            delete_user_routine(routine_id, self.data.routines_dir)
        except OSError as error:
            self.show_error("Could not delete the routine", str(error))
            return
        self.reload_library()

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a routine", "", "Routine files (*.json);;All files (*)"
        )
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the routine", suggested, "Routine files (*.json)"
        )
        return path or None

    def import_routine(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        try:
            result = import_routine_file(
                Path(path), self.data.routines_dir, self.library.catalogue, set(self.library.ids)
            )
        except RoutineError as error:
            self.show_error("This routine cannot be imported", str(error))
            return
        except OSError as error:
            self.show_error("Could not import the routine", str(error))
            return
        self.reload_library(select=result.routine.id)
        if result.renamed_from:
            self.show_info(
                "Routine imported",
                f"A routine with the id “{result.renamed_from}” already exists, so the "
                f"imported one was saved as “{result.routine.id}”.",
            )

    def export_routine(self) -> None:
        routine = self.library_page.current_routine()
        if routine is None:
            return
        path = self.ask_save_path(f"{routine.id}.json")
        if path is None:
            return
        try:
            export_routine(routine, Path(path))
        except (OSError, RoutineError) as error:
            self.show_error("Could not export the routine", str(error))

    # --- navigation ------------------------------------------------------------------------------

    def handle_request(self, request: str) -> None:
        """Another start of the app asked this window to show itself (and maybe start)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        command, _, argument = request.partition(" ")
        if command == "start" and argument:
            # Not from inside the socket's handler: the answer may need a question first.
            QTimer.singleShot(0, lambda: self._start_requested(argument))

    def _start_requested(self, routine_id: str) -> None:
        routine = self.library.get(routine_id)
        if routine is None:
            return
        if self._running():
            with self._held():
                if not self.confirm_switch(routine):
                    return
        self.start_routine(routine_id)

    def confirm_switch(self, routine: Routine) -> bool:
        current = self.controller.session
        title = current.routine.title if current is not None else "this routine"
        answer = QMessageBox.question(
            self,
            "Start another routine?",
            f"Psoas Timer was started again, asking for “{routine.title}”. Stop “{title}” "
            "(what you have practised is saved) and start it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _running(self) -> bool:
        return self._controller is not None and self._controller.running

    def _page_changed(self) -> None:
        in_player = self._player is not None and self.stack.currentWidget() is self._player
        # Notices wait in the library: in the player nothing may crowd the countdown.
        self.notice_bar.setVisible(not in_player and bool(self.notice_bar.messages))
        self._update_actions()

    def _show_tab(self, index: int) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)

    def start_routine(self, routine_id: str) -> None:
        routine = self.library.get(routine_id)
        if routine is None:
            return
        store = self.data.settings
        store.remember(store.current.changed(last_routine=routine_id))
        self.library_page.select(routine_id)  # chosen there too, on the way back and next time
        self.stack.setCurrentWidget(self.player)
        self.controller.start(routine)

    def _repeat(self) -> None:
        session = self.controller.session
        if session is not None:
            self.start_routine(session.routine.id)

    def show_library(self) -> None:
        if self._running():
            self.controller.stop()
        session = self._controller.session if self._controller is not None else None
        self.stack.setCurrentWidget(self.tabs)
        if session is not None and self.library.get(session.routine.id) is not None:
            self.library_page.select(session.routine.id)
        self.library_page.tree.setFocus()

    @property
    def history_page(self) -> HistoryPage:
        if self._history_page is None:
            from psoas_timer.ui.history import HistoryPage

            self._history_page = HistoryPage(self.data.history, parent=self)
            current = self.tabs.currentIndex()
            placeholder = self.tabs.widget(1)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self._history_page, "History")
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
        return self._history_page

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.tabs.setCurrentWidget(self.history_page)

    def _session_ended(self) -> None:
        if self._history_page is not None:
            self._history_page.refresh()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showMaximized() if self._was_maximized else self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        full = self.isFullScreen()
        self.menuBar().setVisible(not full)  # F11 and the keys still work without it
        if self._player is not None:
            self._player.set_fullscreen(full)

    _was_maximized = False

    # --- sound ---------------------------------------------------------------------------------

    def set_cues(self, cues: CuePlayer | None) -> None:
        """Attach the cue player (opened once the window is on screen)."""
        self.cues = cues
        if self._controller is not None:
            self._controller.cues = cues
        self._apply_sound_settings()
        if self._player is not None and cues is not None and cues.status:
            # Said once, quietly, beside the disclaimer: the app works the same, by eye.
            self._player.set_sound_note(cues.status)

    def _apply_sound_settings(self) -> None:
        settings = self.data.settings.current
        if self._player is not None:
            self._player.set_muted(settings.muted)
        if self.cues is not None:
            self.cues.apply(settings)

    def toggle_mute(self) -> None:
        self._save_setting(muted=not self.data.settings.current.muted)
        self._apply_sound_settings()

    def run_sound_dialog(self, dialog: SoundSettingsDialog) -> Settings | None:
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_sound_settings(self) -> None:
        from psoas_timer.ui.sound_settings import SoundSettingsDialog

        current = self.data.settings.current
        sound_note = voice_note = ""
        if self.cues is None or not self.cues.output.available:
            sound_note = self.cues.output.status if self.cues else "Sound is off."
        speech = self.cues.speech if self.cues is not None else None
        if speech is not None and not speech.available:
            voice_note = speech.status
        chosen = self.run_sound_dialog(SoundSettingsDialog(current, sound_note, voice_note, self))
        if chosen is None:
            return
        self.data.settings.change(chosen)
        self._apply_sound_settings()

    # --- settings --------------------------------------------------------------------------------

    def _save_setting(self, **values: Any) -> None:
        """A setting the user chose (a mute, a routine started): saved at once."""
        store = self.data.settings
        store.change(store.current.changed(**values))

    def _restore_settings(self) -> None:
        settings = self.data.settings.current
        self.resize(*DEFAULT_SIZE)
        if settings.window_geometry is not None:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        elif settings.window_rect is not None:
            rect = QRect(*settings.window_rect)
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is None or screen.intersects(rect):
                self.setGeometry(rect)
        else:
            # First start: a laptop screen is just big enough; use all of it.
            QTimer.singleShot(0, self.showMaximized)
        if settings.window_maximized:
            QTimer.singleShot(0, self.showMaximized)
        if settings.library_favorites_only:
            self.library_page.favorites_only.setChecked(True)
        if settings.last_routine:
            self.library_page.select(settings.last_routine)

    def _remember_window(self) -> None:
        store = self.data.settings
        values: dict[str, Any] = {
            "window_maximized": self.isMaximized(),
            "library_favorites_only": self.library_page.favorites_only.isChecked(),
        }
        routine_id = self.library_page.current_routine_id()
        if routine_id is not None:
            values["last_routine"] = routine_id
        if not (self.isMaximized() or self.isFullScreen()):
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            values.update(window_geometry=geometry, window_rect=None)
        store.remember(store.current.changed(**values))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-routine keeps what was practised: the session is saved as partial.
        if self._running():
            self.controller.stop()
        if self.cues is not None:
            self.cues.close()
        self._remember_window()
        self.data.history.flush()
        event.accept()
