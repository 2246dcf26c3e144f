"""The editor's right-hand side: the steps in order, and what to do with the selected one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.draft import DEFAULT_STEP_SECONDS
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import STEP_SECONDS
from psoas_timer.ui.editor.form import BASE_FONT_PIXELS, ICON_SIZE, error_label
from psoas_timer.ui.editor.step_list import StepListModel
from psoas_timer.ui.style import set_pixel_font


class SecondsBox(QSpinBox):
    """A number of seconds that says so when what was typed is out of range (Qt would quietly
    put back the last good value): `corrected` carries the value typed and the one kept."""

    corrected = Signal(int, int)

    def fixup(self, text: str) -> str:
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            typed = int(digits[:9])
            kept = min(self.maximum(), max(self.minimum(), typed))
            if kept != typed:
                self.corrected.emit(typed, kept)
                return f"{kept}{self.suffix()}"
        return super().fixup(text)


def spin_box(parent: QWidget, bounds: tuple[int, int], name: str) -> SecondsBox:
    spin = SecondsBox(parent)
    spin.setRange(*bounds)
    spin.setSuffix(" s")
    spin.setAccessibleName(name)
    spin.setMinimumHeight(40)
    spin.setMinimumWidth(110)
    return spin


def action_button(parent: QWidget, text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class StepsPanel(QWidget):
    """The list of steps (drag to reorder), the selected step's time and sides, and buttons.

    Adding asks the dialog first (`add_exercise_requested`, `add_custom_requested`,
    `edit_custom_requested`): which exercise, or what the custom step says.
    """

    add_exercise_requested = Signal()
    add_custom_requested = Signal()
    edit_custom_requested = Signal()

    def __init__(self, model: StepListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.draft = model.draft
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setAccessibleName(translate("Editor", "Steps, in order"))
        self.list.setIconSize(ICON_SIZE)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        set_pixel_font(self.list, BASE_FONT_PIXELS)
        self.error = error_label(self, "steps_problem")

        def button(text: str, name: str, tip: str) -> QPushButton:
            return action_button(self, text, name, tip)

        self.add_exercise_button = button(
            translate("Editor", "Add exercise…"),
            translate("Editor", "Add exercise"),
            translate("Editor", "Add an exercise from the catalogue"),
        )
        self.add_custom_button = button(
            translate("Editor", "Add custom step…"),
            translate("Editor", "Add custom step"),
            translate("Editor", "Add a step of your own with its name and instructions"),
        )
        self.edit_step_button = button(
            translate("Editor", "Edit step…"),
            translate("Editor", "Edit custom step"),
            translate(
                "Editor", "Change the name and instructions of this custom step (double-click)"
            ),
        )
        self.remove_button = button(
            translate("Editor", "Remove"),
            translate("Editor", "Remove step"),
            translate("Editor", "Remove the selected step"),
        )
        self.up_button = button(
            translate("Editor", "Move up"),
            translate("Editor", "Move step up"),
            translate("Editor", "Move the selected step earlier (Ctrl+Up)"),
        )
        self.down_button = button(
            translate("Editor", "Move down"),
            translate("Editor", "Move step down"),
            translate("Editor", "Move the selected step later (Ctrl+Down)"),
        )
        self.seconds_spin = spin_box(
            self, STEP_SECONDS, translate("Editor", "Seconds for the selected step")
        )
        self.seconds_spin.setToolTip(
            translate("Editor", "How long the step lasts; for each side if it is per side")
        )
        self.per_side_check = QCheckBox(translate("Editor", "Per side (left, then right)"), self)
        self.per_side_check.setAccessibleName(
            translate("Editor", "Selected step is done on each side")
        )
        self.per_side_check.setToolTip(
            translate("Editor", "The step runs on the left side, then on the right")
        )
        self.range_note = QLabel(self)
        self.range_note.setObjectName("seconds_range_note")
        self.range_note.setWordWrap(True)
        self.range_note.hide()
        self.seconds_spin.corrected.connect(self._seconds_corrected)
        self.selected_label = QLabel(translate("Editor", "Selected step:"), self)
        self.selected_label.setBuddy(self.seconds_spin)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        heading = QLabel(translate("Editor", "&Steps"), self)
        heading.setBuddy(self.list)
        set_pixel_font(heading, BASE_FONT_PIXELS, bold=True)
        hint = QLabel(translate("Editor", "Drag to reorder"), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_pixel_font(hint, 15)
        heading_row, step_row = QHBoxLayout(), QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addWidget(hint, 1)
        step_row.addWidget(self.selected_label)
        step_row.addWidget(self.seconds_spin)
        step_row.addStretch(1)
        # Two buttons a row, in pairs that go together, so longer words still fit beside the
        # fields: adding, changing or removing the selected step, and moving it.
        buttons = QGridLayout()
        pairs = (
            (self.add_exercise_button, self.add_custom_button),
            (self.edit_step_button, self.remove_button),
            (self.up_button, self.down_button),
        )
        for row, pair in enumerate(pairs):
            for column, button in enumerate(pair):
                buttons.addWidget(button, row, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(step_row)
        layout.addWidget(self.per_side_check)
        layout.addWidget(self.range_note)
        layout.addLayout(buttons)

    def _seconds_corrected(self, typed: int, kept: int) -> None:
        low, high = self.seconds_spin.minimum(), self.seconds_spin.maximum()
        self.range_note.setText(
            translate(
                "Editor", "A step lasts from {low} to {high} seconds, so {typed} s became {kept} s."
            ).format(low=low, high=high, typed=typed, kept=kept)
        )
        self.range_note.show()

    def _connect(self) -> None:
        self.add_exercise_button.clicked.connect(self.add_exercise_requested)
        self.add_custom_button.clicked.connect(self.add_custom_requested)
        self.edit_step_button.clicked.connect(self.edit_custom_requested)
        self.list.doubleClicked.connect(lambda _index: self.edit_custom_requested.emit())
        self.remove_button.clicked.connect(self.remove_selected_step)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.seconds_spin.valueChanged.connect(self._seconds_edited)
        self.per_side_check.toggled.connect(self._per_side_edited)
        # The selection moves with a dragged or moved step; the controls follow it.
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.model.rowsMoved.connect(lambda *_: self.show_selected())
        for key, slot in (("Ctrl+Up", self.move_up), ("Ctrl+Down", self.move_down)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- the selected step ----------------------------------------------------------------------

    def selected_row(self) -> int:
        row = self.list.currentIndex().row()
        return row if 0 <= row < len(self.draft.steps) else -1

    def select_step(self, row: int) -> None:
        if 0 <= row < len(self.draft.steps):
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.setCurrentIndex(QModelIndex())
        self.show_selected()

    def show_selected(self) -> None:
        """Enable what applies to the selected step and show its time and sides."""
        row = self.selected_row()
        has = row >= 0
        step = self.draft.steps[row] if has else None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.draft.steps) - 1)
        self.edit_step_button.setEnabled(step is not None and step.is_custom)
        self.seconds_spin.setEnabled(has)
        self.selected_label.setEnabled(has)
        self.selected_label.setText(
            translate("Editor", "Step {number}:").format(number=row + 1)
            if has
            else translate("Editor", "Selected step:")
        )
        # Showing the step's values is not an edit of it.
        blocked = [self.seconds_spin.blockSignals(True), self.per_side_check.blockSignals(True)]
        self.seconds_spin.setValue(step.seconds if step is not None else DEFAULT_STEP_SECONDS)
        self.per_side_check.setChecked(step is not None and step.per_side)
        self.per_side_check.setEnabled(has and self.draft.can_be_per_side(row))
        self.seconds_spin.blockSignals(blocked[0])
        self.per_side_check.blockSignals(blocked[1])
        full = self.draft.full
        self.add_exercise_button.setEnabled(not full)
        self.add_custom_button.setEnabled(not full)

    def _seconds_edited(self, value: int) -> None:
        if (row := self.selected_row()) >= 0:
            self.model.set_seconds(row, value)

    def _per_side_edited(self, checked: bool) -> None:
        if (row := self.selected_row()) >= 0:
            self.model.set_per_side(row, checked)

    # --- adding, removing and moving --------------------------------------------------------------

    def add_exercise(self, exercise_id: str, seconds: int, per_side: bool | None) -> None:
        after = self.selected_row()
        self.select_step(self.model.add_exercise(exercise_id, after, seconds, per_side))

    def add_custom_step(self, name: str, instructions: str, seconds: int, per_side: bool) -> None:
        after = self.selected_row()
        self.select_step(self.model.add_custom(name, instructions, after, seconds, per_side))

    def set_selected_custom(self, name: str, instructions: str) -> None:
        if (row := self.selected_row()) >= 0:
            self.model.set_custom(row, name, instructions)

    def remove_selected_step(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.model.remove(row)
        self.select_step(min(row, len(self.draft.steps) - 1))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, delta: int) -> None:
        row = self.selected_row()
        if row < 0 or not self.model.move(row, row + delta):
            return
        self.select_step(row + delta)
        focus = self.window().focusWidget()
        if focus is not None and not focus.isEnabled():
            self.list.setFocus()  # the button pressed may be off now (top or bottom)
