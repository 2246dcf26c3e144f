"""The editor's left-hand side: the routine's own fields, each with a line for its problems.
Each edit goes to the draft at once, and `changed` says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.draft import RoutineDraft
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import LEVELS, MAX_ID_LENGTH, MAX_TITLE, PAUSE_SECONDS
from psoas_timer.ui.editor.form import error_label, field_label
from psoas_timer.ui.editor.steps_panel import spin_box
from psoas_timer.ui.style import set_pixel_font

NO_LEVEL = "—"


class RoutineFields(QWidget):
    """Title, id, description, level, get-ready and rest, filled in from a draft and kept in
    it as they are edited.

    `errors` maps each field's name in the routine format to the label under it.
    """

    changed = Signal()  # the draft was changed from a field

    def __init__(self, draft: RoutineDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.title_edit = QLineEdit(draft.title, self)
        self.title_edit.setAccessibleName(translate("Editor", "Title"))
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(translate("Editor", "For example: Evening stretch"))
        self.title_edit.setMinimumHeight(42)
        set_pixel_font(self.title_edit, 19)

        self.id_edit = QLineEdit(draft.id, self)
        self.id_edit.setAccessibleName(translate("Editor", "Routine id (file name)"))
        self.id_edit.setMaxLength(MAX_ID_LENGTH)
        self.id_edit.setMinimumHeight(40)
        self.id_edit.setReadOnly(draft.id_locked)
        self.id_edit.setToolTip(
            translate(
                "Editor",
                "A saved routine keeps its id. Duplicate it to save a copy under another id.",
            )
            if draft.id_locked
            else translate(
                "Editor",
                "Names the routine's file: lowercase letters, digits and single hyphens. "
                "It follows the title until you change it.",
            )
        )

        self.description_edit = QPlainTextEdit(draft.description, self)
        self.description_edit.setAccessibleName(translate("Editor", "Description"))
        self.description_edit.setPlaceholderText(
            translate("Editor", "Optional: what the routine is for")
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(80)

        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(translate("Editor", "Level"))
        self.level_combo.setMinimumHeight(40)
        self.level_combo.addItem(NO_LEVEL, None)
        for level in LEVELS:
            # The library's word for the level, as an item of a list: "Sanft", "Suave".
            word = translate("Level", level)
            self.level_combo.addItem(word[:1].upper() + word[1:], level)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(draft.level)))

        self.prep_spin = spin_box(
            self, PAUSE_SECONDS, translate("Editor", "Get-ready seconds before the first step")
        )
        self.prep_spin.setValue(draft.prep_seconds)
        self.rest_spin = spin_box(
            self, PAUSE_SECONDS, translate("Editor", "Rest seconds between steps")
        )
        self.rest_spin.setValue(draft.rest_seconds)

        self.errors: dict[str, QLabel] = {
            name: error_label(self, f"{label}_problem")
            for name, label in (
                ("title", "title"),
                ("id", "id"),
                ("description", "description"),
                ("prep_seconds", "prep"),
                ("rest_seconds", "rest"),
            )
        }
        self._lay_out()
        self.title_edit.textChanged.connect(self._title_changed)
        self.id_edit.textChanged.connect(self._id_changed)
        self.description_edit.textChanged.connect(
            lambda: self._set(description=self.description_edit.toPlainText())
        )
        self.level_combo.currentIndexChanged.connect(
            lambda: self._set(level=self.level_combo.currentData())
        )
        self.prep_spin.valueChanged.connect(lambda value: self._set(prep_seconds=value))
        self.rest_spin.valueChanged.connect(lambda value: self._set(rest_seconds=value))

    def _set(self, **values: Any) -> None:
        for name, value in values.items():
            setattr(self.draft, name, value)
        self.changed.emit()

    def _title_changed(self, title: str) -> None:
        self.draft.set_title(title)
        self.id_edit.setText(self.draft.id)  # when it follows the title
        self.changed.emit()

    def _id_changed(self, text: str) -> None:
        if text != self.draft.id and not self.draft.id_locked:
            self.draft.set_id(text)  # typed or set by hand: it no longer follows the title
        self.changed.emit()

    def _lay_out(self) -> None:
        errors = self.errors
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for text, edit, key, stretch in (
            (translate("Editor", "&Title"), self.title_edit, "title", 0),
            (translate("Editor", "&Id (file name)"), self.id_edit, "id", 0),
            (translate("Editor", "&Description"), self.description_edit, "description", 1),
        ):
            layout.addWidget(field_label(text, edit, self))
            layout.addWidget(edit, stretch)
            layout.addWidget(errors[key])
            layout.addSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(field_label(translate("Editor", "&Level"), self.level_combo, self), 0, 0)
        grid.addWidget(self.level_combo, 0, 1)
        grid.addWidget(field_label(translate("Editor", "&Get ready"), self.prep_spin, self), 1, 0)
        grid.addWidget(self.prep_spin, 1, 1)
        grid.addWidget(errors["prep_seconds"], 2, 0, 1, 2)
        rest = field_label(translate("Editor", "&Rest between steps"), self.rest_spin, self)
        grid.addWidget(rest, 3, 0)
        grid.addWidget(self.rest_spin, 3, 1)
        grid.addWidget(errors["rest_seconds"], 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
