"""The history's list of sessions: a table model over the statistics' local history (text
made only for the rows on screen), and the table that shows it."""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from psoas_timer.core.history import SessionRecord
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, Plural, translate
from psoas_timer.core.routines import format_duration
from psoas_timer.core.stats import LocalHistory
from psoas_timer.ui.style import set_pixel_font

COLUMNS = (
    QT_TRANSLATE_NOOP("History", "When"),
    QT_TRANSLATE_NOOP("History", "Routine"),
    QT_TRANSLATE_NOOP("History", "Active"),
    QT_TRANSLATE_NOOP("History", "Result"),
)
# A Mac keyboard's delete key sends Backspace.
DELETE_KEYS = (
    (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) if sys.platform == "darwin" else (Qt.Key.Key_Delete,)
)


def format_day(day: date, locale: QLocale) -> str:
    """'Tue 25 Nov 2026', 'Mi., 25. Nov. 2026': the order and names of the user's language."""
    pattern = translate(
        "History", "ddd d MMM yyyy", "QLocale date format: short weekday, day, short month, year"
    )
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def format_when(moment: datetime, locale: QLocale) -> str:
    """'Tue 25 Nov 2026, 07:30': names in the user's language, the time as their locale has it."""
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return translate("History", "{date}, {time}").format(
        date=format_day(moment.date(), locale), time=time
    )


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first; text is made only for the rows on screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = LocalHistory([], [], [], None)
        self.locale = QLocale()
        self.swatches: dict[bool, QPixmap] = {}
        self.titles: dict[str, str] = {}

    def set_history(
        self, history: LocalHistory, locale: QLocale, titles: dict[str, str] | None = None
    ) -> None:
        """`titles`: routines named otherwise now than their sessions recorded (a built-in
        routine in the user's language), by id."""
        self.beginResetModel()
        self.history = history
        self.locale = locale
        self.titles = titles or {}
        self.endResetModel()

    def _index(self, row: int) -> int:
        return len(self.history) - 1 - row  # the history is oldest first

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.history)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("History", COLUMNS[section])
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        position = self._index(index.row())
        record = self.history.records[position]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return format_when(self.history.start(position), self.locale)
            if column == 1:
                return self.titles.get(record.routine_id, record.routine_title)
            if column == 2:
                return format_duration(record.active_seconds)
            if record.completed:
                return translate("History", "Completed")
            return translate("History", "Partial")
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return Plural.tr("{done} of %n step(s)", "", record.steps_total).format(
                done=record.steps_completed
            )
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return self.swatches.get(record.completed)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def record(self, row: int) -> SessionRecord | None:
        return self.history.records[self._index(row)] if 0 <= row < len(self.history) else None

    def row_of(self, session_id: str) -> int:
        # From the newest, by id alone: no session is made into a record on the way.
        records = self.history.records
        for position in range(len(records) - 1, -1, -1):
            if records.id_at(position) == session_id:
                return self._index(position)
        return -1


class SessionTable(QTableView):
    """Sessions, newest first, a whole row selected at a time; the Delete key asks to delete."""

    delete_pressed = Signal()

    def __init__(self, model: SessionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("History", "Sessions, newest first"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        set_pixel_font(self, 17)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        set_pixel_font(header, 16, bold=True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Measuring a hundred rows is enough: the texts of a column are all about as wide.
        header.setResizeContentsPrecision(100)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in DELETE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
