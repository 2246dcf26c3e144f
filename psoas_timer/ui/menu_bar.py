"""The window's menu bar: each action in its menu with its shortcut, and when each is on.

The actions on routines are on only in the library (not while a routine plays), and Edit and
Delete only for a routine of the user's own. A dialog opened from a menu holds a running
countdown until it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from psoas_timer import __version__
from psoas_timer.core.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    choose_language,
    system_languages,
    translate,
)
from psoas_timer.core.routines import Routine
from psoas_timer.ui import dialogs
from psoas_timer.ui.style import disclaimer

if TYPE_CHECKING:
    from psoas_timer.ui.main_window import MainWindow

# The menus in the bar's order; each is shown in the user's language.
MENUS = (
    QT_TRANSLATE_NOOP("Menu", "&File"),
    QT_TRANSLATE_NOOP("Menu", "&View"),
    QT_TRANSLATE_NOOP("Menu", "&Settings"),
    QT_TRANSLATE_NOOP("Menu", "&Routine"),
    QT_TRANSLATE_NOOP("Menu", "&Help"),
)
FILE, VIEW, SETTINGS, ROUTINE, HELP = MENUS


class WindowMenus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._menus: dict[str, QMenu] = {}
        actions = window.routine_actions
        add, paused = self._action, window.paused_for

        self.library_actions = [
            add(FILE, translate("Menu", "&Import routine…"), actions.import_routine, "Ctrl+I"),
            add(FILE, translate("Menu", "&Export routine…"), actions.export_routine, "Ctrl+E"),
        ]
        add(FILE, translate("Menu", "&Quit"), window.quit, "Ctrl+Q")
        add(
            VIEW,
            translate("Menu", "&Routines"),
            lambda: window.show_tab(window.ROUTINES_TAB),
            "Ctrl+1",
        )
        add(
            VIEW,
            translate("Menu", "&History"),
            lambda: window.show_tab(window.HISTORY_TAB),
            "Ctrl+2",
        )
        add(VIEW, translate("Menu", "&Full screen"), window.toggle_fullscreen, "F11")
        add(
            SETTINGS,
            translate("Menu", "&Sound and voice…"),
            paused(window.edit_sound_settings),
            "Ctrl+,",
        )
        add(SETTINGS, translate("Menu", "&Reminders and goal…"), paused(window.edit_habit_settings))
        self.psoas_action = add(
            SETTINGS, translate("Menu", "Show the &psoas on the figures"), window.toggle_psoas
        )
        self.psoas_action.setCheckable(True)  # ticked by the window, from the settings
        self.language_actions: dict[str, QAction] = {}
        self._language_menu()
        self.library_actions += [
            add(ROUTINE, translate("Menu", "&New…"), actions.new_routine, "Ctrl+N"),
            add(
                ROUTINE,
                translate("Menu", "&Duplicate…"),
                self._with_current(actions.duplicate_routine),
            ),
        ]
        self.own_routine_actions = [
            add(ROUTINE, translate("Menu", "&Edit…"), self._with_current(actions.edit_routine)),
            add(ROUTINE, translate("Menu", "De&lete"), self._with_current(actions.delete_routine)),
        ]
        add(HELP, translate("Menu", "About the &psoas…"), paused(self.show_about_psoas))
        add(HELP, translate("Menu", "&About Psoas Timer"), paused(self.show_about))

    def _action(
        self, menu_name: str, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        window = self.window
        menu = self._menus.get(menu_name)
        if menu is None:
            menu = window.menuBar().addMenu(translate("Menu", menu_name))
            self._menus[menu_name] = menu
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        window.addAction(action)  # shortcuts keep working while full screen hides the menu bar
        return action

    def _language_menu(self) -> None:
        """Settings > Language: the system's, or one of the shipped languages by its own name."""
        window = self.window
        menu = self._menus[SETTINGS].addMenu(translate("Menu", "&Language"))
        group = QActionGroup(window)
        actions = self.language_actions
        system = LANGUAGES[choose_language("", system_languages())]
        names = {"": translate("Menu", "As the system ({language})").format(language=system)}
        names.update(LANGUAGES)
        for code, name in names.items():
            action = QAction(name, window)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, chosen=code: self.choose_language(chosen))
            group.addAction(action)
            menu.addAction(action)
            actions[code] = action
        self.show_language(window.settings.current.language)

    def choose_language(self, code: str) -> None:
        """Use `code` ("" for the system's) from the next start, and offer to restart now."""
        window = self.window
        before = choose_language(window.settings.current.language, system_languages())
        window.settings.change(language=code)
        self.show_language(code)
        after = choose_language(code, system_languages())
        if after == before:
            return
        name = LANGUAGES[after]
        with window.held():
            restart = dialogs.ask(
                window,
                translate("MainWindow", "Change the language?"),
                translate(
                    "MainWindow",
                    "Psoas Timer will be in {language} from its next start. "
                    "Restart it now? A routine under way is saved first.",
                ).format(language=name),
                yes=translate("MainWindow", "Restart now"),
                no=translate("MainWindow", "Later"),
                default_yes=True,
            )
        if restart:
            window.restart_requested = True
            window.quit()

    def show_language(self, code: str) -> None:
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def _with_current(self, action: Callable[[str], None]) -> Callable[[], None]:
        """`action` on the routine chosen in the library, if one is."""

        def run() -> None:
            routine_id = self.window.library_page.current_routine_id()
            if routine_id is not None:
                action(routine_id)

        return run

    def update(self, in_library: bool, routine: Routine | None) -> None:
        for action in self.library_actions:
            action.setEnabled(in_library)
        for action in self.own_routine_actions:
            action.setEnabled(in_library and routine is not None and not routine.builtin)

    def show_about_psoas(self) -> None:
        from psoas_timer.ui.about_psoas import show_about_psoas

        show_about_psoas(self.window)

    def show_about(self) -> None:
        text = translate(
            "Menu",
            "Guided psoas and low-back stretching and exercise routines.\n\n"
            "{disclaimer} This app guides timing only; it does not diagnose or treat "
            "anything. If you have pain or a condition, ask a professional first.\n\n"
            "Your data folder: {folder}",
        )
        dialogs.tell(
            self.window,
            f"Psoas Timer {__version__}",
            text.format(disclaimer=disclaimer(), folder=self.window.data.path),
        )
