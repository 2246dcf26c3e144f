"""The history page's list of sessions under its title, with the button that deletes one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from psoas_timer.core.history import SessionRecord
from psoas_timer.core.i18n import translate
from psoas_timer.ui.history.table import SessionTable, SessionTableModel
from psoas_timer.ui.style import set_pixel_font


class SessionsBox(QWidget):
    """Every session, newest first; which one is selected, and selecting one by its row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SessionTableModel(self)
        self.table = SessionTable(self.model, self)
        self.delete_button = QPushButton(translate("History", "Delete session…"), self)
        self.delete_button.setAccessibleName(translate("History", "Delete the selected session"))
        self.delete_button.setToolTip(
            translate("History", "Delete the selected session (Delete key)")
        )
        title = QLabel(translate("History", "Sessions"), self)
        set_pixel_font(title, 18, bold=True)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def selected_record(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.selectRow(row)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
