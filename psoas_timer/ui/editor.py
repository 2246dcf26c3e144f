"""The routine editor: a dialog to make a new routine or change one of the user's own.

The dialog never writes files. It keeps a draft, turns it into a routine document on every
change and checks it with parse_routine, the same rules a routine file must pass; problems are
shown in red beside the field at fault and Save stays off until there are none. After Save,
`result_routine()` gives the routine for the caller to save.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.draft import custom_step_problems
from psoas_timer.core.routines import (
    LEVELS,
    MAX_ID_LENGTH,
    MAX_STEPS,
    MAX_TITLE,
    PAUSE_SECONDS,
    STEP_SECONDS,
    Code,
    Exercise,
    Problem,
    Routine,
    RoutineError,
    format_duration,
    parse_routine,
)
from psoas_timer.core.user_routines import FALLBACK_ID, slugify, unique_id
from psoas_timer.ui.style import BUTTON_STYLE, blank_icon, is_dark, set_pixel_font

Thumbnail = Callable[[str], QIcon]

BASE_FONT_PIXELS = 17
DEFAULT_STEP_SECONDS = 30
ICON_SIZE = QSize(56, 42)
NO_LEVEL = "—"
# The routine's own fields, each with a label of its own for its problems, as they are named there.
ROUTINE_FIELDS = {
    "title": "Title",
    "id": "Id",
    "description": "Description",
    "prep_seconds": "Get ready",
    "rest_seconds": "Rest",
    "steps": "Steps",
}


def _error_colour() -> str:
    return "#FC8181" if is_dark() else "#B42318"


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(name.replace("_", " ").capitalize())
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {_error_colour()};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _apply_base_font(root: QWidget, pixels: int = BASE_FONT_PIXELS) -> None:
    """Large type for every control not given a size of its own.

    A style sheet stops fonts passing from a dialog to its children, so each gets it here.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.font().pixelSize() <= 0:
            set_pixel_font(widget, pixels, bold=widget.font().bold())


def _show_problems(label: QLabel, lines: list[str]) -> None:
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


def _field_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    set_pixel_font(label, BASE_FONT_PIXELS, bold=True)
    return label


@dataclass
class _DraftStep:
    """One step as the editor holds it; `uid` follows it through drags and moves."""

    uid: int
    seconds: int
    per_side: bool
    exercise_id: str | None = None
    name: str = ""
    instructions: str = ""

    @property
    def is_custom(self) -> bool:
        return self.exercise_id is None

    def document(self) -> dict[str, Any]:
        if self.exercise_id is not None:
            return {
                "exercise": self.exercise_id,
                "seconds": self.seconds,
                "per_side": self.per_side,
            }
        return {
            "name": self.name,
            "instructions": self.instructions,
            "seconds": self.seconds,
            "per_side": self.per_side,
        }


# --- the small dialogs ----------------------------------------------------------------------------


class ExercisePicker(QDialog):
    """Choose one exercise from the catalogue, shown by name (and picture, when there is one)."""

    def __init__(
        self,
        catalogue: Mapping[str, Exercise],
        parent: QWidget | None = None,
        thumbnail: Thumbnail | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add exercise")
        self.setStyleSheet(BUTTON_STYLE)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Exercises")
        self.list.setIconSize(ICON_SIZE)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_pixel_font(self.list, 18)
        for exercise in catalogue.values():
            sides = "  (each side)" if exercise.per_side else ""
            item = QListWidgetItem(f"{exercise.name}{sides}\n{exercise.summary}")
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{exercise.name}{sides}")
            item.setToolTip(exercise.summary)
            if thumbnail is not None:
                item.setIcon(thumbnail(exercise.id))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        add = buttons.addButton("Add", QDialogButtonBox.ButtonRole.AcceptRole)
        add.setAccessibleName("Add the chosen exercise")
        add.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel("Choose an exercise to add:", self)
        heading.setBuddy(self.list)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        _apply_base_font(self)
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
        self.setWindowTitle("Custom step" if name else "Add custom step")
        self.setStyleSheet(BUTTON_STYLE)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName("Step name")
        self.name_edit.setMaxLength(MAX_TITLE)
        self.name_edit.setPlaceholderText("For example: Shoulder rolls")
        self.name_edit.setMinimumHeight(40)
        self.instructions_edit = QPlainTextEdit(instructions, self)
        self.instructions_edit.setAccessibleName("Step instructions, one per line")
        self.instructions_edit.setPlaceholderText("One instruction per line")
        self.instructions_edit.setTabChangesFocus(True)
        self.error_label = _error_label(self, "step_problem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(
            "Save step" if name else "Add step", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_field_label("&Name", self.name_edit, self))
        layout.addWidget(self.name_edit)
        layout.addWidget(_field_label("&Instructions (one per line)", self.instructions_edit, self))
        layout.addWidget(self.instructions_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._check)
        self.instructions_edit.textChanged.connect(self._check)
        self._check()
        _apply_base_font(self)
        self.resize(600, 440)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.instructions_edit.toPlainText().strip()

    def _check(self) -> None:
        name, instructions = self.values()
        problems = custom_step_problems(name, instructions)
        lines = [
            f"{(problem.field or 'step').capitalize()} {problem.message}." for problem in problems
        ]
        # An untouched, empty form needs no red text: the disabled button says enough.
        _show_problems(self.error_label, lines if (name or instructions) else [])
        self.ok_button.setEnabled(not problems)


# --- the editor -----------------------------------------------------------------------------------


class RoutineEditor(QDialog):
    """Make a new routine (`routine=None`) or change one of the user's own.

    When `routine.id` is in `existing_ids` the routine is being edited and its id is fixed; a
    routine whose id is not yet taken (a fresh duplicate_of) is treated like a new one, its id
    following the title until the user edits the id by hand. Built-in routines are refused:
    open the editor on a duplicate_of one instead.
    """

    def __init__(
        self,
        catalogue: dict[str, Exercise],
        routine: Routine | None,
        existing_ids: set[str],
        parent: QWidget | None = None,
        thumbnail: Thumbnail | None = None,
    ) -> None:
        super().__init__(parent)
        if routine is not None and routine.builtin:
            raise ValueError("built-in routines are not edited in place; edit a duplicate")
        self.catalogue = catalogue
        self.thumbnail = thumbnail
        self.original = routine
        self.id_locked = routine is not None and routine.id in existing_ids
        self.other_ids = set(existing_ids) - ({routine.id} if self.id_locked and routine else set())
        self._auto_id = not self.id_locked
        self._steps: list[_DraftStep] = []
        self._next_uid = 1
        self._rebuilding = False
        self._loading = True
        self._result: Routine | None = None
        self._problems: list[Problem] = []
        self._parsed: Routine | None = None
        self._blank: QIcon | None = None

        if routine is None:
            self.setWindowTitle("New routine")
        elif self.id_locked:
            self.setWindowTitle(f"Edit routine: {routine.title}")
        else:
            self.setWindowTitle(f"New routine: {routine.title}")
        self.setStyleSheet(BUTTON_STYLE)
        self._build()
        _apply_base_font(self)
        self._load(routine)
        self._loading = False
        self._initial_document = self.document()
        self._selection_changed(self.steps_list.currentRow())  # also checks the routine
        self.resize(900, 650)

    # --- building the dialog ------------------------------------------------------------------

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _spin(self, bounds: tuple[int, int], name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*bounds)
        spin.setSuffix(" s")
        spin.setAccessibleName(name)
        spin.setMinimumHeight(40)
        spin.setMinimumWidth(110)
        return spin

    def _build(self) -> None:
        # The routine's own fields, on the left.
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText("For example: Evening stretch")
        self.title_edit.setMinimumHeight(42)
        set_pixel_font(self.title_edit, 19)
        self.title_error = _error_label(self, "title_problem")

        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName("Routine id (file name)")
        self.id_edit.setMaxLength(MAX_ID_LENGTH)
        self.id_edit.setMinimumHeight(40)
        if self.id_locked:
            self.id_edit.setReadOnly(True)
            self.id_edit.setToolTip(
                "A saved routine keeps its id. Duplicate it to save a copy under another id."
            )
        else:
            self.id_edit.setToolTip(
                "Names the routine's file: lowercase letters, digits and single hyphens. "
                "It follows the title until you change it."
            )
        self.id_error = _error_label(self, "id_problem")

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName("Description")
        self.description_edit.setPlaceholderText("Optional: what the routine is for")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(80)
        self.description_error = _error_label(self, "description_problem")

        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName("Level")
        self.level_combo.setMinimumHeight(40)
        self.level_combo.addItem(NO_LEVEL, None)
        for level in LEVELS:
            self.level_combo.addItem(level.capitalize(), level)

        self.prep_spin = self._spin(PAUSE_SECONDS, "Get-ready seconds before the first step")
        self.prep_error = _error_label(self, "prep_problem")
        self.rest_spin = self._spin(PAUSE_SECONDS, "Rest seconds between steps")
        self.rest_error = _error_label(self, "rest_problem")

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(_field_label("&Title", self.title_edit, self))
        left.addWidget(self.title_edit)
        left.addWidget(self.title_error)
        left.addSpacing(8)
        left.addWidget(_field_label("&Id (file name)", self.id_edit, self))
        left.addWidget(self.id_edit)
        left.addWidget(self.id_error)
        left.addSpacing(8)
        left.addWidget(_field_label("&Description", self.description_edit, self))
        left.addWidget(self.description_edit, 1)
        left.addWidget(self.description_error)
        left.addSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(_field_label("&Level", self.level_combo, self), 0, 0)
        grid.addWidget(self.level_combo, 0, 1)
        grid.addWidget(_field_label("&Get ready", self.prep_spin, self), 1, 0)
        grid.addWidget(self.prep_spin, 1, 1)
        grid.addWidget(self.prep_error, 2, 0, 1, 2)
        grid.addWidget(_field_label("&Rest between steps", self.rest_spin, self), 3, 0)
        grid.addWidget(self.rest_spin, 3, 1)
        grid.addWidget(self.rest_error, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        left.addLayout(grid)

        # The steps, on the right; the Ctrl+Up / Ctrl+Down shortcuts work anywhere in here.
        self.steps_panel = QWidget(self)
        self.steps_list = QListWidget(self.steps_panel)
        self.steps_list.setAccessibleName("Steps, in order")
        self.steps_list.setIconSize(ICON_SIZE)
        self.steps_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_list.setAlternatingRowColors(True)
        self.steps_list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        set_pixel_font(self.steps_list, BASE_FONT_PIXELS)
        self.steps_list.currentRowChanged.connect(self._selection_changed)
        self.steps_list.itemDoubleClicked.connect(lambda _item: self.edit_selected_custom_step())
        model = self.steps_list.model()
        model.rowsMoved.connect(self._view_reordered)
        model.rowsRemoved.connect(self._view_reordered)
        self.steps_error = _error_label(self, "steps_problem")

        self.add_exercise_button = self._button(
            "Add exercise…",
            "Add exercise",
            "Add an exercise from the catalogue",
            self._add_exercise,
        )
        self.add_custom_button = self._button(
            "Add custom step…",
            "Add custom step",
            "Add a step of your own with its name and instructions",
            self._add_custom,
        )
        self.edit_step_button = self._button(
            "Edit step…",
            "Edit custom step",
            "Change the name and instructions of this custom step (double-click)",
            self.edit_selected_custom_step,
        )
        self.remove_button = self._button(
            "Remove", "Remove step", "Remove the selected step", self.remove_selected_step
        )
        self.up_button = self._button(
            "Move up", "Move step up", "Move the selected step earlier (Ctrl+Up)", self.move_up
        )
        self.down_button = self._button(
            "Move down",
            "Move step down",
            "Move the selected step later (Ctrl+Down)",
            self.move_down,
        )
        self.seconds_spin = self._spin(STEP_SECONDS, "Seconds for the selected step")
        self.seconds_spin.setToolTip("How long the step lasts; for each side if it is per side")
        self.per_side_check = QCheckBox("Per side (left, then right)", self.steps_panel)
        self.per_side_check.setAccessibleName("Selected step is done on each side")
        self.per_side_check.setToolTip("The step runs on the left side, then on the right")
        self.seconds_spin.valueChanged.connect(self._seconds_edited)
        self.per_side_check.toggled.connect(self._per_side_edited)

        heading = QLabel("&Steps", self.steps_panel)
        heading.setBuddy(self.steps_list)
        set_pixel_font(heading, BASE_FONT_PIXELS, bold=True)
        hint = QLabel("Drag to reorder", self.steps_panel)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_pixel_font(hint, 15)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addWidget(hint, 1)
        add_row = QHBoxLayout()
        for button in (self.add_exercise_button, self.add_custom_button, self.edit_step_button):
            add_row.addWidget(button)
        order_row = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button):
            order_row.addWidget(button)
        self.selected_label = QLabel("Selected step:", self.steps_panel)
        self.selected_label.setBuddy(self.seconds_spin)
        step_row = QHBoxLayout()
        step_row.addWidget(self.selected_label)
        step_row.addWidget(self.seconds_spin)
        step_row.addSpacing(12)
        step_row.addWidget(self.per_side_check, 1)
        right = QVBoxLayout(self.steps_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(6)
        right.addLayout(heading_row)
        right.addWidget(self.steps_list, 1)
        right.addWidget(self.steps_error)
        right.addLayout(step_row)
        right.addLayout(add_row)
        right.addLayout(order_row)
        for key, slot in (("Ctrl+Up", self.move_up), ("Ctrl+Down", self.move_down)):
            shortcut = QShortcut(QKeySequence(key), self.steps_panel)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # Total and the dialog's buttons along the bottom.
        self.total_label = QLabel(self)
        self.total_label.setObjectName("editor_total")
        self.total_label.setAccessibleName("Total time")
        set_pixel_font(self.total_label, 20, bold=True)
        self.cancel_button = self._button(
            "Cancel", "Cancel", "Close without saving (Esc)", self.reject
        )
        self.save_button = self._button("Save", "Save routine", "Save this routine", self._save)
        self.save_button.setDefault(True)
        set_pixel_font(self.save_button, 19, bold=True)
        self.save_button.setMinimumWidth(140)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left_widget, 4)
        columns.addWidget(self.steps_panel, 5)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        order = [
            self.title_edit,
            self.id_edit,
            self.description_edit,
            self.level_combo,
            self.prep_spin,
            self.rest_spin,
            self.steps_list,
            self.seconds_spin,
            self.per_side_check,
            self.add_exercise_button,
            self.add_custom_button,
            self.edit_step_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.title_edit.textChanged.connect(self._title_changed)
        self.id_edit.textEdited.connect(self._id_edited)
        self.id_edit.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.level_combo.currentIndexChanged.connect(self._changed)
        self.prep_spin.valueChanged.connect(self._changed)
        self.rest_spin.valueChanged.connect(self._changed)

    def _load(self, routine: Routine | None) -> None:
        if routine is None:
            self.prep_spin.setValue(10)
            self.rest_spin.setValue(10)
            self.id_edit.setText(unique_id(FALLBACK_ID, self.other_ids))
            return
        self.title_edit.setText(routine.title)
        self.id_edit.setText(routine.id)
        self.description_edit.setPlainText(routine.description)
        index = self.level_combo.findData(routine.level) if routine.level else 0
        self.level_combo.setCurrentIndex(max(0, index))
        self.prep_spin.setValue(routine.prep_seconds)
        self.rest_spin.setValue(routine.rest_seconds)
        for step in routine.steps:
            self._steps.append(
                _DraftStep(
                    uid=self._new_uid(),
                    seconds=step.seconds,
                    per_side=step.per_side,
                    exercise_id=step.exercise_id,
                    name="" if step.exercise_id else step.name,
                    instructions="" if step.exercise_id else "\n".join(step.instructions),
                )
            )
        self._rebuild_list(0 if self._steps else -1)

    def _new_uid(self) -> int:
        self._next_uid += 1
        return self._next_uid

    # --- the draft ------------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """The routine as entered, in the routine-file format (not yet checked)."""
        document: dict[str, Any] = {
            "version": 1,
            "id": self.id_edit.text(),
            "title": self.title_edit.text(),
        }
        description = self.description_edit.toPlainText()
        if description.strip():
            document["description"] = description
        level = self.level_combo.currentData()
        if level:
            document["level"] = level
        document["prep_seconds"] = self.prep_spin.value()
        document["rest_seconds"] = self.rest_spin.value()
        document["steps"] = [step.document() for step in self._steps]
        return document

    def problems(self) -> list[Problem]:
        """Every problem with the routine as entered (empty when Save is on)."""
        return list(self._problems)

    def total_seconds(self) -> int:
        """Start to finish: get ready, each step (both sides of per-side steps), rests between."""
        work = sum(step.seconds * (2 if step.per_side else 1) for step in self._steps)
        rests = self.rest_spin.value() * max(0, len(self._steps) - 1)
        return self.prep_spin.value() + work + rests

    def has_changes(self) -> bool:
        return self.document() != self._initial_document

    def result_routine(self) -> Routine | None:
        """The routine as saved, once Save was pressed; None after Cancel."""
        return self._result

    def _validate(self) -> list[Problem]:
        document = self.document()
        source = f"{document['id'] or 'routine'}.json"
        path = self.original.path if self.original is not None and self.id_locked else None
        problems: list[Problem] = []
        try:
            self._parsed = parse_routine(document, self.catalogue, source, path=path)
        except RoutineError as error:
            self._parsed = None
            problems.extend(error.problems)
        routine_id = document["id"].strip()
        if not self.id_locked and routine_id in self.other_ids:
            problems.append(Problem(Code.ID_TAKEN, "id"))
        return problems

    def _changed(self) -> None:
        if self._loading or self._rebuilding:
            return
        self._problems = self._validate()
        by_field: dict[str, list[str]] = {field: [] for field in ROUTINE_FIELDS}
        for problem in self._problems:
            field, text = self._describe(problem)
            by_field[field].append(text)
        _show_problems(self.title_error, by_field["title"])
        _show_problems(self.id_error, by_field["id"])
        _show_problems(self.description_error, by_field["description"])
        _show_problems(self.prep_error, by_field["prep_seconds"])
        _show_problems(self.rest_error, by_field["rest_seconds"])
        _show_problems(self.steps_error, by_field["steps"])
        valid = not self._problems
        self.save_button.setEnabled(valid)
        self.save_button.setToolTip(
            "Save this routine" if valid else "Fix the problems shown in red to save"
        )
        total = self.total_seconds()
        count = len(self._steps)
        steps = f"{count} step" + ("" if count == 1 else "s")
        self.total_label.setText(f"Total {format_duration(total)}  ·  {steps}")
        self.total_label.setAccessibleDescription(f"{format_duration(total)}, {steps}")
        full = count >= MAX_STEPS
        self.add_exercise_button.setEnabled(not full)
        self.add_custom_button.setEnabled(not full)

    def _describe(self, problem: Problem) -> tuple[str, str]:
        """Which field's label a problem is shown under, and how it is said there."""
        field = problem.field
        if problem.step is None and field in ROUTINE_FIELDS:
            if problem.code is Code.EMPTY and field == "title":
                return field, "Give the routine a title."
            if problem.code is Code.STEP_COUNT and not self._steps:
                return field, "Add at least one step."
            return field, f"{ROUTINE_FIELDS[field]} {problem.message}."
        if problem.step is not None:
            key = f" ({field.replace('_', ' ')})" if field else ""
            return "steps", f"Step {problem.step + 1}{key}: {problem.message}."
        return "steps", str(problem)

    # --- the routine's own fields ---------------------------------------------------------------

    def _title_changed(self, title: str) -> None:
        if self._auto_id and not self._loading:
            self.id_edit.setText(unique_id(slugify(title) or FALLBACK_ID, self.other_ids))
        self._changed()

    def _id_edited(self, _text: str) -> None:
        # Typed by the user (textEdited is not sent for setText): stop following the title.
        self._auto_id = False

    # --- the steps ------------------------------------------------------------------------------

    def step_count(self) -> int:
        return len(self._steps)

    def selected_row(self) -> int:
        return self.steps_list.currentRow()

    def select_step(self, row: int) -> None:
        self.steps_list.setCurrentRow(row)

    def _step_text(self, number: int, step: _DraftStep) -> tuple[str, str]:
        if step.exercise_id is not None:
            exercise = self.catalogue.get(step.exercise_id)
            name = exercise.name if exercise else step.exercise_id
        else:
            name = f"{step.name or '(no name)'}  (custom)"
        if step.per_side:
            detail = f"{step.seconds} s per side  ·  {format_duration(step.seconds * 2)}"
            spoken = f"{step.seconds} seconds per side"
        else:
            detail = f"{step.seconds} s  ·  {format_duration(step.seconds)}"
            spoken = f"{step.seconds} seconds"
        return f"{number}.  {name}\n       {detail}", f"Step {number}: {name}, {spoken}"

    def _refresh_item(self, row: int) -> None:
        item = self.steps_list.item(row)
        step = self._steps[row]
        text, spoken = self._step_text(row + 1, step)
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setData(Qt.ItemDataRole.UserRole, step.uid)
        if self.thumbnail is not None and step.exercise_id is not None:
            item.setIcon(self.thumbnail(step.exercise_id))
        elif self.thumbnail is not None:
            if self._blank is None:
                self._blank = blank_icon(ICON_SIZE.width(), ICON_SIZE.height())
            item.setIcon(self._blank)  # keeps custom steps lined up with the rest

    def _refresh_items(self) -> None:
        for row in range(self.steps_list.count()):
            self._refresh_item(row)

    def _rebuild_list(self, select: int) -> None:
        self._rebuilding = True
        blocked = self.steps_list.blockSignals(True)
        try:
            self.steps_list.clear()
            for _step in self._steps:
                item = QListWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                self.steps_list.addItem(item)
            self._refresh_items()
            if 0 <= select < len(self._steps):
                self.steps_list.setCurrentRow(select)
        finally:
            self.steps_list.blockSignals(blocked)
            self._rebuilding = False
        self._selection_changed(self.steps_list.currentRow())

    def _view_reordered(self, *_args: object) -> None:
        """Keep the draft in the order the list shows after a drag and drop."""
        if self._rebuilding or self._loading:
            return
        uids = [
            self.steps_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.steps_list.count())
        ]
        by_uid = {step.uid: step for step in self._steps}
        if sorted(uids) != sorted(by_uid):
            return  # part-way through a drop; the next signal finishes it
        self._steps = [by_uid[uid] for uid in uids]
        self._rebuilding = True
        try:
            self._refresh_items()
        finally:
            self._rebuilding = False
        self._selection_changed(self.steps_list.currentRow())

    def _selection_changed(self, row: int) -> None:
        if self._rebuilding:
            return
        step = self._steps[row] if 0 <= row < len(self._steps) else None
        has = step is not None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._steps) - 1)
        self.edit_step_button.setEnabled(has and step.is_custom)
        self.seconds_spin.setEnabled(has)
        self.selected_label.setEnabled(has)
        blocked = [self.seconds_spin.blockSignals(True), self.per_side_check.blockSignals(True)]
        try:
            if step is None:
                self.selected_label.setText("Selected step:")
                self.per_side_check.setChecked(False)
                self.per_side_check.setEnabled(False)
            else:
                self.selected_label.setText(f"Step {row + 1}:")
                self.seconds_spin.setValue(step.seconds)
                self.per_side_check.setChecked(step.per_side)
                self.per_side_check.setEnabled(self._can_be_per_side(step))
        finally:
            self.seconds_spin.blockSignals(blocked[0])
            self.per_side_check.blockSignals(blocked[1])
        self._changed()

    def _can_be_per_side(self, step: _DraftStep) -> bool:
        # A two-sided catalogue exercise, a custom step, or one already set so (to undo it).
        if step.exercise_id is None or step.per_side:
            return True
        exercise = self.catalogue.get(step.exercise_id)
        return exercise is not None and exercise.per_side

    def _selected_step(self) -> _DraftStep | None:
        row = self.steps_list.currentRow()
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def _seconds_edited(self, value: int) -> None:
        step = self._selected_step()
        if step is None:
            return
        step.seconds = value
        self._refresh_item(self.steps_list.currentRow())
        self._changed()

    def _per_side_edited(self, checked: bool) -> None:
        step = self._selected_step()
        if step is None:
            return
        step.per_side = checked
        self._refresh_item(self.steps_list.currentRow())
        self._changed()

    def add_exercise(
        self, exercise_id: str, seconds: int = DEFAULT_STEP_SECONDS, per_side: bool | None = None
    ) -> None:
        """Add a catalogue exercise after the selected step (at the end if none is selected)."""
        exercise = self.catalogue[exercise_id]
        self._insert(
            _DraftStep(
                uid=self._new_uid(),
                seconds=seconds,
                per_side=exercise.per_side if per_side is None else per_side,
                exercise_id=exercise_id,
            )
        )

    def add_custom_step(
        self,
        name: str,
        instructions: str,
        seconds: int = DEFAULT_STEP_SECONDS,
        per_side: bool = False,
    ) -> None:
        """Add a step of the user's own after the selected step (at the end if none is)."""
        self._insert(
            _DraftStep(
                uid=self._new_uid(),
                seconds=seconds,
                per_side=per_side,
                name=name,
                instructions=instructions,
            )
        )

    def _insert(self, step: _DraftStep) -> None:
        row = self.steps_list.currentRow()
        at = row + 1 if 0 <= row < len(self._steps) else len(self._steps)
        self._steps.insert(at, step)
        self._rebuild_list(at)

    def remove_selected_step(self) -> None:
        row = self.steps_list.currentRow()
        if not 0 <= row < len(self._steps):
            return
        del self._steps[row]
        self._rebuild_list(min(row, len(self._steps) - 1))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, delta: int) -> None:
        row = self.steps_list.currentRow()
        target = row + delta
        if not (0 <= row < len(self._steps) and 0 <= target < len(self._steps)):
            return
        steps = self._steps
        steps[row], steps[target] = steps[target], steps[row]
        focus = self.focusWidget()
        self._rebuild_list(target)
        if focus is not None and not focus.isEnabled():
            self.steps_list.setFocus()  # the button pressed may be off now (top or bottom)

    def _add_exercise(self) -> None:
        exercise_id = self.choose_exercise()
        if exercise_id is not None:
            self.add_exercise(exercise_id)
            self.seconds_spin.setFocus()

    def _add_custom(self) -> None:
        values = self.ask_custom_step()
        if values is not None:
            self.add_custom_step(*values)
            self.seconds_spin.setFocus()

    def edit_selected_custom_step(self) -> None:
        step = self._selected_step()
        if step is None or not step.is_custom:
            return
        values = self.ask_custom_step(step.name, step.instructions)
        if values is not None:
            step.name, step.instructions = values
            self._refresh_item(self.steps_list.currentRow())
            self._changed()

    def choose_exercise(self) -> str | None:
        """Ask which catalogue exercise to add (a modal picker); None if the user cancels."""
        picker = ExercisePicker(self.catalogue, self, self.thumbnail)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        return picker.selected_id()

    def ask_custom_step(self, name: str = "", instructions: str = "") -> tuple[str, str] | None:
        """Ask for a custom step's name and instructions; None if the user cancels."""
        dialog = CustomStepDialog(self, name, instructions)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    # --- closing ----------------------------------------------------------------------------------

    def _save(self) -> None:
        self._changed()
        if self._problems or self._parsed is None:
            return
        self._result = self._parsed
        self.accept()

    def confirm_discard(self) -> bool:
        """Ask whether to throw away the changes; True to close without saving."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Discard changes?")
        box.setText("Discard changes?")
        box.setInformativeText("The changes to this routine have not been saved.")
        discard = box.addButton("Discard changes", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
        discard.setAccessibleName("Discard changes")
        keep.setAccessibleName("Keep editing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setStyleSheet(BUTTON_STYLE)
        _apply_base_font(box)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask first if anything was changed."""
        if self.has_changes() and not self.confirm_discard():
            return
        self._result = None
        super().reject()
