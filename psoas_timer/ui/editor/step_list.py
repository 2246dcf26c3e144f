"""The editor's list of steps: a Qt model over the draft's own list, the only copy there is.

Every change to the steps goes through here, so the views hear of it as it happens; a drag
and drop in the list view is a `moveRows` on this model, which moves the step in the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from psoas_timer.core.draft import RoutineDraft
from psoas_timer.core.i18n import Plural, translate
from psoas_timer.core.routines import format_duration
from psoas_timer.ui.editor.form import ICON_SIZE, Thumbnail, error_colour
from psoas_timer.ui.psoas_text import side_phrase
from psoas_timer.ui.style import blank_icon

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole


class StepListModel(QAbstractListModel):
    """The draft's steps, one row each: number, name, time, picture; `changed` after any edit."""

    changed = Signal()

    def __init__(
        self, draft: RoutineDraft, thumbnail: Thumbnail | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.thumbnail = thumbnail
        self._blank: QIcon | None = None
        self._problems: dict[int, list[str]] = {}

    # --- what the view reads -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.draft.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.draft.steps):
            return None
        step = self.draft.steps[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.step_text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if step.per_side:
                seconds = Plural.tr("%n second(s) per side", "", step.seconds)
            else:
                seconds = Plural.tr("%n second(s)", "", step.seconds)
            return translate("Editor", "Step {number}: {name}, {time}").format(
                number=row + 1, name=self._name(row), time=seconds
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(step.exercise_id)
        if role == Qt.ItemDataRole.ToolTipRole and row in self._problems:
            return "\n".join(self._problems[row])
        if role == Qt.ItemDataRole.ForegroundRole and row in self._problems:
            return QColor(error_colour())
        if role == UID_ROLE:
            return step.uid
        return None

    def step_text(self, row: int) -> str:
        step = self.draft.steps[row]
        if step.per_side:
            total = format_duration(self.draft.step_seconds(row))
            detail = translate("Editor", "{time} each side  ·  {total} in all").format(
                time=format_duration(step.seconds), total=total
            )
        else:
            detail = format_duration(step.seconds)
        side = side_phrase(step.as_step(self.draft.catalogue).psoas)
        side = f"  ·  {side}" if side else ""
        return f"{row + 1}.  {self._name(row)}\n       {detail}{side}"

    def _name(self, row: int) -> str:
        step = self.draft.steps[row]
        if step.is_custom:
            name = step.name or translate("Editor", "(no name)")
            return translate("Editor", "{name}  (custom)").format(name=name)
        return self.draft.step_name(row)

    def _icon(self, exercise_id: str | None) -> QIcon | None:
        if self.thumbnail is None:
            return None
        if exercise_id is not None:
            return self.thumbnail(exercise_id)
        if self._blank is None:  # keeps custom steps lined up with the rest
            self._blank = blank_icon(ICON_SIZE.width(), ICON_SIZE.height())
        return self._blank

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        """Mark the steps that have problems (red, the problem in the tooltip)."""
        if problems == self._problems:
            return
        self._problems = problems
        self._renumber()

    # --- drag and drop: a move within the list ---------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Move `count` (1) steps to before row `destination_child`, as a drop asks."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        last = len(self.draft.steps)
        if not (0 <= source_row < last and 0 <= destination_child <= last):
            return False
        if destination_child in (source_row, source_row + 1):
            return False  # a move onto itself
        to = destination_child if destination_child < source_row else destination_child - 1
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row, QModelIndex(), destination_child
        ):
            return False
        self.draft.move(source_row, to)
        self.endMoveRows()
        self._renumber()
        self.changed.emit()
        return True

    # --- edits -----------------------------------------------------------------------------------

    def add_exercise(
        self, exercise_id: str, after: int | None, seconds: int, per_side: bool | None
    ) -> int:
        return self._insert(
            lambda: self.draft.add_exercise(exercise_id, after, seconds, per_side), after
        )

    def add_custom(
        self, name: str, instructions: str, after: int | None, seconds: int, per_side: bool
    ) -> int:
        return self._insert(
            lambda: self.draft.add_custom(name, instructions, after, seconds, per_side), after
        )

    def _insert(self, add: Callable[[], int], after: int | None) -> int:
        row = self.draft.insertion_index(after)
        self.beginInsertRows(QModelIndex(), row, row)
        added = add()
        self.endInsertRows()
        assert added == row
        self._renumber()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self.draft.remove(row)
        self.endRemoveRows()
        self._renumber()
        self.changed.emit()

    def move(self, row: int, to: int) -> bool:
        """Move a step so it ends up at row `to` (the buttons and Ctrl+Up/Down)."""
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), to + 1 if to > row else to)

    def set_seconds(self, row: int, seconds: int) -> None:
        self.draft.set_seconds(row, seconds)
        self._row_changed(row)

    def set_per_side(self, row: int, per_side: bool) -> None:
        self.draft.set_per_side(row, per_side)
        self._row_changed(row)

    def set_custom(self, row: int, name: str, instructions: str) -> None:
        self.draft.set_custom(row, name, instructions)
        self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.changed.emit()

    def _renumber(self) -> None:
        """Each row's text starts with its number: after a move or insertion all may change."""
        if self.draft.steps:
            self.dataChanged.emit(self.index(0), self.index(len(self.draft.steps) - 1))
