"""The user's own routines from the window: new, duplicate, edit, delete, import and export.

Each asks what it needs (the editor, a file name, "Delete?"), writes through
`core.user_routines`, and says `library_changed` with the routine to select; the window then
loads the library again. Nothing here knows the window's layout.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import Library, Routine, RoutineError
from psoas_timer.core.user_routines import (
    delete_user_routine,
    duplicate_of,
    export_routine,
    import_routine_file,
    save_user_routine,
)
from psoas_timer.ui import dialogs

if TYPE_CHECKING:
    from psoas_timer.ui.editor import RoutineEditor  # loaded when first used


class RoutineActions(QObject):
    """`library` gives the routines the window shows; `current` the one chosen in the list."""

    library_changed = Signal(object)  # the id of the routine to select, or None
    imported = Signal(str)  # the id of a routine just imported

    def __init__(
        self,
        parent: QWidget,
        routines_dir: Path,
        library: Callable[[], Library],
        current: Callable[[], Routine | None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.routines_dir = routines_dir
        self.library = library
        self.current = current

    # --- what the user asks for ------------------------------------------------------------------

    def new_routine(self) -> None:
        self._edit_and_save(None)

    def duplicate_routine(self, routine_id: str) -> None:
        library = self.library()
        routine = library.get(routine_id)
        if routine is not None:
            self._edit_and_save(duplicate_of(routine, set(library.ids)))

    def edit_routine(self, routine_id: str) -> None:
        routine = self.library().get(routine_id)
        if routine is None:
            return
        if routine.builtin:
            self.show_error(
                translate("RoutineActions", "Built-in routine"),
                translate(
                    "RoutineActions",
                    "Built-in routines are read-only. Duplicate it to make a version of your own.",
                ),
            )
            return
        self._edit_and_save(routine)

    def delete_routine(self, routine_id: str) -> None:
        routine = self.library().get(routine_id)
        if routine is None or routine.builtin or not self.confirm_delete(routine):
            return
        try:
            delete_user_routine(routine_id, self.routines_dir)
        except OSError as error:
            self.show_error(translate("RoutineActions", "Could not delete the routine"), str(error))
            return
        self.library_changed.emit(None)

    def import_routine(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        library = self.library()
        try:
            result = import_routine_file(
                Path(path), self.routines_dir, library.catalogue, set(library.ids)
            )
        except RoutineError as error:
            self.show_error(
                translate("RoutineActions", "This routine cannot be imported"), str(error)
            )
            return
        except OSError as error:
            self.show_error(translate("RoutineActions", "Could not import the routine"), str(error))
            return
        self.library_changed.emit(result.routine.id)
        self.imported.emit(result.routine.id)
        text = translate(
            "RoutineActions", "“{title}” is now in your routines, chosen and ready."
        ).format(title=result.routine.title)
        if result.renamed_from:
            renamed = translate(
                "RoutineActions",
                "A routine with the id “{old}” already exists, so this one was saved as “{new}”.",
            ).format(old=result.renamed_from, new=result.routine.id)
            text = f"{text} {renamed}"
        self.show_info(translate("RoutineActions", "Routine imported"), text)

    def export_routine(self) -> None:
        routine = self.current()
        if routine is None:
            return
        path = self.ask_save_path(f"{routine.id}.json")
        if path is None:
            return
        try:
            export_routine(routine, Path(path))
        except (OSError, RoutineError) as error:
            self.show_error(translate("RoutineActions", "Could not export the routine"), str(error))

    def _edit_and_save(self, routine: Routine | None) -> None:
        from psoas_timer.ui.editor import RoutineEditor
        from psoas_timer.ui.illustration import thumbnail_icon

        library = self.library()
        editor = RoutineEditor(
            library.catalogue,
            routine,
            set(library.ids),
            self.parent_widget,
            thumbnail=lambda exercise_id: thumbnail_icon(exercise_id, 56),
        )
        result = self.run_editor(editor)
        if result is None:
            return
        try:
            save_user_routine(result, self.routines_dir)
        except (OSError, RoutineError) as error:
            self.show_error(translate("RoutineActions", "Could not save the routine"), str(error))
            return
        self.library_changed.emit(result.id)

    # --- the questions, each one place to answer them in tests ----------------------------------

    def run_editor(self, editor: RoutineEditor) -> Routine | None:
        """Show the editor; the routine to save, or None if the user cancelled."""
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        return editor.result_routine()

    def confirm_delete(self, routine: Routine) -> bool:
        return dialogs.ask(
            self.parent_widget,
            translate("RoutineActions", "Delete routine?"),
            translate("RoutineActions", "Delete “{title}”? Your history of it is kept.").format(
                title=routine.title
            ),
            yes=translate("RoutineActions", "Delete"),
            no=translate("RoutineActions", "Keep"),
            destructive=True,
        )

    def ask_open_path(self) -> str | None:
        # From the user's home, not wherever the program was started.
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("RoutineActions", "Import a routine"),
            str(Path.home()),
            translate("RoutineActions", "Routine files (*.json);;All files (*)"),
        )
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            translate("RoutineActions", "Export the routine"),
            suggested,
            translate("RoutineActions", "Routine files (*.json)"),
        )
        return path or None

    def show_error(self, title: str, text: str) -> None:
        dialogs.tell(self.parent_widget, title, text, warning=True)

    def show_info(self, title: str, text: str) -> None:
        dialogs.tell(self.parent_widget, title, text)
