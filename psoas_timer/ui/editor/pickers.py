"""The editor's two small dialogs: pick a catalogue exercise, or write a step of your own."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.draft import custom_step_problems
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import MAX_TITLE, Exercise
from psoas_timer.ui.editor.form import (
    ICON_SIZE,
    Thumbnail,
    apply_base_font,
    error_label,
    field_label,
    show_problems,
)
from psoas_timer.ui.editor.problem_words import problem_text
from psoas_timer.ui.psoas_text import side_phrase
from psoas_timer.ui.style import set_pixel_font


class ExercisePicker(QDialog):
    """Choose one exercise from the catalogue, shown by name (and picture, when there is one)."""

    def __init__(
        self,
        catalogue: Mapping[str, Exercise],
        parent: QWidget | None = None,
        thumbnail: Thumbnail | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Editor", "Add exercise"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("Editor", "Exercises"))
        self.list.setIconSize(ICON_SIZE)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_pixel_font(self.list, 18)
        for exercise in catalogue.values():
            name = exercise.name
            if exercise.per_side:
                name = translate("Editor", "{name}  (each side)").format(name=name)
            core = f"  ·  {side_phrase(exercise.psoas)}"
            item = QListWidgetItem(f"{name}{core}\n{exercise.summary}")
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setToolTip(exercise.summary)
            if thumbnail is not None:
                item.setIcon(thumbnail(exercise.id))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        add = buttons.addButton(translate("Editor", "Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        add.setAccessibleName(translate("Editor", "Add the chosen exercise"))
        add.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(translate("Editor", "Choose an exercise to add:"), self)
        heading.setBuddy(self.list)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        apply_base_font(self)
        self.resize(720, 600)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class CustomStepDialog(QDialog):
    """Name and instructions of a step of the user's own, checked with the routine-file rules."""

    def __init__(
        self, parent: QWidget | None = None, name: str = "", instructions: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Editor", "Custom step") if name else translate("Editor", "Add custom step")
        )
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName(translate("Editor", "Step name"))
        self.name_edit.setMaxLength(MAX_TITLE)
        self.name_edit.setPlaceholderText(translate("Editor", "For example: Shoulder rolls"))
        self.name_edit.setMinimumHeight(40)
        self.instructions_edit = QPlainTextEdit(instructions, self)
        self.instructions_edit.setAccessibleName(
            translate("Editor", "Step instructions, one per line")
        )
        self.instructions_edit.setPlaceholderText(translate("Editor", "One instruction per line"))
        self.instructions_edit.setTabChangesFocus(True)
        self.error_label = error_label(self, "step_problem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(
            translate("Editor", "Save step") if name else translate("Editor", "Add step"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(field_label(translate("Editor", "&Name"), self.name_edit, self))
        layout.addWidget(self.name_edit)
        layout.addWidget(
            field_label(
                translate("Editor", "&Instructions (one per line)"), self.instructions_edit, self
            )
        )
        layout.addWidget(self.instructions_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._check)
        self.instructions_edit.textChanged.connect(self._check)
        self._check()
        apply_base_font(self)
        self.resize(600, 440)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.instructions_edit.toPlainText().strip()

    def _check(self) -> None:
        name, instructions = self.values()
        problems = custom_step_problems(name, instructions)
        lines = [problem_text(problem) for problem in problems]
        # An untouched, empty form needs no red text: the disabled button says enough.
        show_problems(self.error_label, lines if (name or instructions) else [])
        self.ok_button.setEnabled(not problems)
