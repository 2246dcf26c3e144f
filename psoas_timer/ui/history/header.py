"""The history page's header: its title, the choice of period (days, weeks, a year of days) and
the CSV export, beside each other or the title over the rest where they do not fit."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from psoas_timer.core.i18n import translate
from psoas_timer.ui.history.amounts import number
from psoas_timer.ui.history.chart import DAYS_SHOWN, WEEKS_SHOWN
from psoas_timer.ui.style import set_pixel_font

DAYS, WEEKS, YEAR = "days", "weeks", "year"


class HistoryHeader(QWidget):
    """Says which period the user picks (`period_chosen`) and shows the one in force."""

    period_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(translate("History", "Your practice"), self)
        set_pixel_font(self.title, 26, bold=True)
        days, weeks = number(DAYS_SHOWN), number(WEEKS_SHOWN)
        self.days_button = QPushButton(
            translate("History", "Last {days} days").format(days=days), self
        )
        self.days_button.setAccessibleName(
            translate("History", "Show minutes per day for the last {days} days").format(days=days)
        )
        self.weeks_button = QPushButton(
            translate("History", "Last {weeks} weeks").format(weeks=weeks), self
        )
        self.weeks_button.setAccessibleName(
            translate("History", "Show minutes per week for the last {weeks} weeks").format(
                weeks=weeks
            )
        )
        self.year_button = QPushButton(translate("History", "Last 12 months"), self)
        self.year_button.setAccessibleName(
            translate("History", "Show every day of the last 12 months")
        )
        self.buttons = {DAYS: self.days_button, WEEKS: self.weeks_button, YEAR: self.year_button}
        self.period_group = QButtonGroup(self)
        for period, button in self.buttons.items():
            button.setObjectName("segment")
            button.setCheckable(True)
            self.period_group.addButton(button)
            button.toggled.connect(partial(self._toggled, period))
        self.days_button.setChecked(True)
        self.export_button = QPushButton(translate("History", "Export CSV…"), self)
        self.export_button.setAccessibleName(
            translate("History", "Export the history as a CSV file")
        )
        # The title beside the buttons, or over them where a narrow window (or a language's
        # longer words) leaves no room for both.
        self.controls = QWidget(self)
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(8)
        for button in self.buttons.values():
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(6)
        self.grid.addWidget(self.title, 0, 0)
        self._narrow: bool | None = None
        self.set_narrow(False)

    def _toggled(self, period: str, checked: bool) -> None:
        if checked:
            self.period_chosen.emit(period)

    def show_period(self, period: str) -> None:
        """Mark `period`'s button as the one in force (saying so if it was not)."""
        button = self.buttons[period]
        if not button.isChecked():
            button.setChecked(True)

    def one_line_width(self) -> int:
        """The width the title and the buttons need side by side, in this language."""
        return (
            self.title.minimumSizeHint().width()
            + self.grid.horizontalSpacing()
            + self.controls.minimumSizeHint().width()
        )

    def set_narrow(self, narrow: bool) -> None:
        """The buttons under the title (narrow) or beside it."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.grid.removeWidget(self.controls)
        if narrow:
            self.grid.addWidget(self.controls, 1, 0)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(self.controls, 0, 1)
            self.grid.setColumnStretch(1, 1)
