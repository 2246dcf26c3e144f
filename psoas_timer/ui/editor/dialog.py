"""The routine editor: a dialog to make a new routine or change one of the user's own.

The dialog never writes files and works nothing out itself. It shows a RoutineDraft and hands
each edit to it; the draft's problems (the rules a routine file must pass) are shown in red
under the field at fault, found by the problem's field and step, and Save stays off until
there are none. After Save, `result_routine()` gives the routine for the caller to save.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.draft import DEFAULT_STEP_SECONDS, RoutineDraft
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import Exercise, Problem, Routine
from psoas_timer.ui import dialogs
from psoas_timer.ui.balance_bar import BalanceBar
from psoas_timer.ui.editor.fields import RoutineFields
from psoas_timer.ui.editor.footer import EditorFooter
from psoas_timer.ui.editor.form import Thumbnail, apply_base_font, show_problems
from psoas_timer.ui.editor.pickers import CustomStepDialog, ExercisePicker
from psoas_timer.ui.editor.problem_words import problem_text, step_problem_text
from psoas_timer.ui.editor.step_list import StepListModel
from psoas_timer.ui.editor.steps_panel import StepsPanel
from psoas_timer.ui.psoas_text import in_balance, leaning_note, not_counted

# The routine's own fields with a line for their problems under them; the rest go under the
# steps.
PROBLEM_FIELDS = ("title", "id", "description", "prep_seconds", "rest_seconds", "steps")


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
        self.draft = RoutineDraft.for_editing(catalogue, routine, existing_ids)
        self.catalogue = catalogue
        self.thumbnail = thumbnail
        self._result: Routine | None = None
        self._problems: list[Problem] = []
        self._initial_document = self.draft.document()
        if routine is None:
            self.setWindowTitle(translate("Editor", "New routine"))
        elif self.draft.id_locked:
            self.setWindowTitle(
                translate("Editor", "Edit routine: {title}").format(title=routine.title)
            )
        else:
            self.setWindowTitle(
                translate("Editor", "New routine: {title}").format(title=routine.title)
            )

        self.fields = RoutineFields(self.draft, self)
        self.model = StepListModel(self.draft, thumbnail, self)
        self.steps_panel = StepsPanel(self.model, self)
        self._expose_controls()
        self._lay_out()
        self._connect()
        apply_base_font(self)
        self.steps_panel.select_step(0 if self.draft.steps else -1)
        self._changed()
        self._sized_as_shown = False
        self._size_to_screen()

    def _size_to_screen(self) -> None:
        """At least 900x650, more where the fields and steps need it to be seen whole without
        scrolling (longer words in some languages), but no more than the window behind it (or
        the screen) leaves."""
        parent = self.parentWidget()
        if parent is not None:
            room = parent.window().size()
        else:
            screen = self.screen()
            room = screen.availableGeometry().size() if screen is not None else QSize(900, 650)
        body, layout = self.form.widget(), self.layout()
        assert body is not None and layout is not None  # both made with the dialog
        margins = layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        sides = margins.left() + margins.right() + scroll_bar
        width = min(max(900, body.sizeHint().width() + sides), room.width() - 24)
        inside = width - sides
        body_height = body.heightForWidth(inside) if body.hasHeightForWidth() else -1
        if body_height < 0:
            body_height = body.sizeHint().height()
        height = (
            body_height
            + margins.top()
            + margins.bottom()
            + layout.spacing()
            + self.footer.sizeHint().height()
        )
        self.resize(width, min(max(650, height), room.height() - 24))

    def showEvent(self, event: QShowEvent) -> None:
        # Sized again as it is about to appear: only then are the wrapped lines' heights
        # those the screen will show.
        if not self._sized_as_shown:
            self._sized_as_shown = True
            self._size_to_screen()
        super().showEvent(event)

    def _expose_controls(self) -> None:
        """The controls by name, as a user finds them in the dialog (`editor.title_edit` ...)."""
        fields, steps, errors = self.fields, self.steps_panel, self.fields.errors
        self.title_edit, self.id_edit = fields.title_edit, fields.id_edit
        self.description_edit, self.level_combo = fields.description_edit, fields.level_combo
        self.prep_spin, self.rest_spin = fields.prep_spin, fields.rest_spin
        self.title_error, self.id_error = errors["title"], errors["id"]
        self.description_error = errors["description"]
        self.prep_error, self.rest_error = errors["prep_seconds"], errors["rest_seconds"]
        self.steps_list, self.steps_error = steps.list, steps.error
        self.seconds_spin, self.per_side_check = steps.seconds_spin, steps.per_side_check
        self.add_exercise_button = steps.add_exercise_button
        self.add_custom_button = steps.add_custom_button
        self.edit_step_button, self.remove_button = steps.edit_step_button, steps.remove_button
        self.up_button, self.down_button = steps.up_button, steps.down_button

    def _lay_out(self) -> None:
        self.footer = EditorFooter(self)
        footer = self.footer
        self.total_label = footer.total_label
        self.cancel_button, self.save_button = footer.cancel_button, footer.save_button
        # Under the steps, in the room the taller fields column leaves there; its note keeps
        # its lines, so the note coming and going moves nothing.
        self.balance_bar = BalanceBar(self, pixels=15)
        self.balance_bar.reserve_note_lines(4)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self.fields, 4)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.steps_panel, 1)
        right.addWidget(self.balance_bar)
        columns.addLayout(right, 5)
        # The fields and steps scroll on a small screen; the total and Save stay in sight.
        body = QWidget(self)
        body.setLayout(columns)
        columns.setContentsMargins(0, 0, 0, 0)
        form = self.form = QScrollArea(self)
        form.setWidget(body)
        form.setWidgetResizable(True)
        form.setFrameShape(QFrame.Shape.NoFrame)
        form.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(form, 1)
        layout.addWidget(self.footer)
        fields, steps = self.fields, self.steps_panel
        order = [
            fields.title_edit,
            fields.id_edit,
            fields.description_edit,
            fields.level_combo,
            fields.prep_spin,
            fields.rest_spin,
            steps.list,
            steps.seconds_spin,
            steps.per_side_check,
            steps.add_exercise_button,
            steps.add_custom_button,
            steps.edit_step_button,
            steps.remove_button,
            steps.up_button,
            steps.down_button,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.fields.changed.connect(self._changed)
        self.model.changed.connect(self._changed)
        self.steps_panel.add_exercise_requested.connect(self._add_exercise)
        self.steps_panel.add_custom_requested.connect(self._add_custom)
        self.steps_panel.edit_custom_requested.connect(self.edit_selected_custom_step)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)

    # --- what the draft says --------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """The routine as entered, in the routine-file format (not yet checked)."""
        return self.draft.document()

    def problems(self) -> list[Problem]:
        """Every problem with the routine as entered (empty when Save is on)."""
        return list(self._problems)

    def total_seconds(self) -> int:
        return self.draft.total_seconds

    def has_changes(self) -> bool:
        return self.draft.document() != self._initial_document

    def result_routine(self) -> Routine | None:
        """The routine as saved, once Save was pressed; None after Cancel."""
        return self._result

    def _changed(self) -> None:
        routine, self._problems = self.draft.check()
        by_field: dict[str, list[str]] = {field: [] for field in PROBLEM_FIELDS}
        by_step: dict[int, list[str]] = {}
        for problem in self._problems:
            field, text = self._describe(problem)
            by_field[field].append(text)
            if problem.step is not None:
                by_step.setdefault(problem.step, []).append(text)
        for field, label in self.fields.errors.items():
            show_problems(label, by_field[field])
        show_problems(self.steps_panel.error, by_field["steps"])
        self.model.set_problems(by_step)
        self.footer.allow_save(routine is not None)
        self.footer.show_total(self.draft.total_seconds, len(self.draft.steps))
        balance = self.draft.balance
        advice = leaning_note(balance, self.catalogue.values())
        if not advice and balance.sided_seconds > 0:
            advice = in_balance()
        self.balance_bar.set_balance(
            balance, " ".join(filter(None, [advice, not_counted(balance)]))
        )

    def _describe(self, problem: Problem) -> tuple[str, str]:
        """Which field's label a problem is shown under, and how it is said there."""
        field = problem.field
        if problem.step is not None:
            return "steps", step_problem_text(problem)
        if field is not None and field in PROBLEM_FIELDS:
            return field, problem_text(problem)
        return "steps", problem_text(problem)

    # --- the steps ------------------------------------------------------------------------------

    def step_count(self) -> int:
        return len(self.draft.steps)

    def selected_row(self) -> int:
        return self.steps_panel.selected_row()

    def select_step(self, row: int) -> None:
        self.steps_panel.select_step(row)

    def add_exercise(
        self, exercise_id: str, seconds: int = DEFAULT_STEP_SECONDS, per_side: bool | None = None
    ) -> None:
        """Add a catalogue exercise after the selected step (at the end if none is selected)."""
        self.steps_panel.add_exercise(exercise_id, seconds, per_side)

    def add_custom_step(
        self,
        name: str,
        instructions: str,
        seconds: int = DEFAULT_STEP_SECONDS,
        per_side: bool = False,
    ) -> None:
        """Add a step of the user's own after the selected step (at the end if none is)."""
        self.steps_panel.add_custom_step(name, instructions, seconds, per_side)

    def _add_exercise(self) -> None:
        exercise_id = self.choose_exercise()
        if exercise_id is not None:
            self.add_exercise(exercise_id)
            self.steps_panel.seconds_spin.setFocus()

    def _add_custom(self) -> None:
        values = self.ask_custom_step()
        if values is not None:
            self.add_custom_step(*values)
            self.steps_panel.seconds_spin.setFocus()

    def edit_selected_custom_step(self) -> None:
        row = self.selected_row()
        if row < 0 or not self.draft.steps[row].is_custom:
            return
        step = self.draft.steps[row]
        values = self.ask_custom_step(step.name, step.instructions)
        if values is not None:
            self.steps_panel.set_selected_custom(*values)

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
        routine, self._problems = self.draft.check()
        if routine is None:
            return
        self._result = routine
        self.accept()

    def confirm_discard(self) -> bool:
        """Ask whether to throw away the changes; True to close without saving."""
        return dialogs.ask(
            self,
            translate("Editor", "Discard changes?"),
            translate("Editor", "The changes to this routine have not been saved."),
            yes=translate("Editor", "Discard changes"),
            no=translate("Editor", "Keep editing"),
            destructive=True,
        )

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask first if anything was changed."""
        if self.has_changes() and not self.confirm_discard():
            return
        self._result = None
        super().reject()
