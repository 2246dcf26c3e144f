"""The history page: minutes per day or week or a year of days, the headline figures with the
weekly goal, and every session.

The chart and figures come from `psoas_timer.core.stats`, from totals kept up to date as
sessions are saved, so a page over a life of practice refreshes in a few milliseconds. The
history is read on a thread of its own (`LiveHistory`); until it is ready the page says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core import stats
from psoas_timer.core.history import SessionRecord
from psoas_timer.core.i18n import Plural, translate
from psoas_timer.core.routines import Library, format_duration
from psoas_timer.core.settings import DEFAULT_WEEKLY_GOAL_MINUTES
from psoas_timer.ui import dialogs
from psoas_timer.ui.history.amounts import number
from psoas_timer.ui.history.brushes import PARTIAL_STRIPE, completed_brush, hatch_brush, swatch
from psoas_timer.ui.history.chart import DAYS_SHOWN, WEEKS_SHOWN, HistoryChart
from psoas_timer.ui.history.export import ask_export_path
from psoas_timer.ui.history.figures import HistoryFigures
from psoas_timer.ui.history.header import DAYS, WEEKS, YEAR, HistoryHeader
from psoas_timer.ui.history.loading import LiveHistory
from psoas_timer.ui.history.sessions import SessionsBox
from psoas_timer.ui.history.table import format_when
from psoas_timer.ui.history.week_balance import WeekBalance
from psoas_timer.ui.history.year import YearView
from psoas_timer.ui.style import BUTTON_STYLE, set_pixel_font

PAGE_STYLE = (
    BUTTON_STYLE
    + """
QPushButton#segment { border: 1px solid palette(mid); margin: 2px; border-radius: 6px;
                      background: palette(button); }
QPushButton#segment:checked { background: palette(highlight); color: palette(highlighted-text); }
QPushButton#segment:focus { border: 3px solid palette(highlight); margin: 0px; }
QPushButton#segment:checked:focus { border: 3px solid palette(window-text); margin: 0px; }
QTableView, QTreeWidget { border: 3px solid palette(mid); border-radius: 2px; }
QTableView:focus, QTreeWidget:focus { border-color: palette(highlight); }
QHeaderView::section { font-size: 16px; font-weight: bold; padding: 4px 8px; }
QTreeWidget::item { padding: 3px 0px; }
QFrame#figure { background: palette(alternate-base); border-radius: 10px; }
"""
)


# Twentieths of the left column's height for the chart (the sessions list has the rest): a
# year of squares needs more of it to be seen from the mat.
CHART_SHARE = {DAYS: 11, WEEKS: 11, YEAR: 14}
NARROW_BELOW = 1180  # px of width: below it the page is one column that scrolls


class HistoryPage(QWidget):
    _ready = False  # until built, palette and locale changes have nothing to update

    def __init__(
        self,
        history: LiveHistory,
        today_provider: Callable[[], date] | None = None,
        parent: QWidget | None = None,
        *,
        goal_minutes: int = DEFAULT_WEEKLY_GOAL_MINUTES,
        library: Callable[[], Library] | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.library = library
        self.today_provider = today_provider or date.today
        self.tz = history.tz  # None: the system's local zone
        self.goal_minutes = goal_minutes
        self.period = DAYS
        self._overview: stats.Overview | None = None
        self._export_folder: Path | None = None  # where the last export went, this session
        self.setStyleSheet(PAGE_STYLE)
        self.chart = HistoryChart(self)
        self.year_view = YearView(self)
        self.charts = QStackedWidget(self)
        self.charts.addWidget(self.chart)
        self.charts.addWidget(self.year_view)
        self.figures = HistoryFigures(self)
        self.header = HistoryHeader(self)
        self.sessions_box = SessionsBox(self)
        # This week's front and back, when the routines are known to look sessions up in.
        self.week_balance = WeekBalance(library, self) if library is not None else None
        # What the user and the tests reach on the page itself.
        self.title = self.header.title
        self.days_button = self.header.days_button
        self.weeks_button = self.header.weeks_button
        self.year_button = self.header.year_button
        self.export_button = self.header.export_button
        self.model = self.sessions_box.model
        self.table = self.sessions_box.table
        self.delete_button = self.sessions_box.delete_button
        self._lay_out()
        self.header.period_chosen.connect(self.set_period)
        self.export_button.clicked.connect(self.export)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.delete_pressed.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # The keyboard reaches the year's squares straight after the button that shows them.
        QWidget.setTabOrder(self.year_button, self.year_view.map)
        QWidget.setTabOrder(self.year_view.map, self.export_button)
        self._apply_palette()
        self.refresh()
        history.changed.connect(self.refresh)  # read at last, or a session saved or deleted
        self._ready = True

    def _lay_out(self) -> None:
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("History", "Status"))
        self.status.setWordWrap(True)
        set_pixel_font(self.status, 16)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(12)
        side.addWidget(self.figures, 1)
        if self.week_balance is not None:
            side.addWidget(self.week_balance)
        self.side_box = QWidget(self)
        self.side_box.setLayout(side)

        # Wide: the chart over the sessions, the figures beside them. Narrow (a small laptop
        # screen): everything in one column that scrolls, nothing cut at the window's edge.
        self.body = QGridLayout()
        self.body.setHorizontalSpacing(20)
        self.body.setVerticalSpacing(12)
        content = QWidget(self)
        column = self._column = QVBoxLayout(content)
        column.setContentsMargins(20, 14, 20, 10)
        column.setSpacing(10)
        column.addWidget(self.header)
        column.addLayout(self.body, 1)
        column.addWidget(self.status)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(content)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.viewport().setAutoFillBackground(False)  # the page's own background
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self._narrow: bool | None = None
        self._arrange(narrow=False)

    # --- look -----------------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        palette = self.palette()
        self.chart.apply_palette(palette, self.font())
        self.figures.apply_palette(palette)
        self.year_view.map.setPalette(palette)
        edge = QColor(palette.color(QPalette.ColorRole.WindowText))
        edge.setAlphaF(0.4)
        self.model.swatches = {
            True: swatch(completed_brush(), edge),
            False: swatch(hatch_brush(), QColor(PARTIAL_STRIPE)),
        }

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not self._ready:
            return
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.LocaleChange:
            self.refresh()  # dates and month names in the new language

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._ready and self.today_provider() != self._today:
            self.refresh()  # left open overnight: "Today" and the streak move on

    # --- contents -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute everything from the history; call after a session is recorded."""
        selected = self.selected_record()
        self._today = self.today_provider()
        if not self.history.ready:
            self.chart.show_loading()
            self.figures.show_loading()
            self._update_buttons()
            return
        self._overview = stats.overview(
            self.history.local,
            self._today,
            DAYS_SHOWN,
            WEEKS_SHOWN,
            tz=self.tz,
            goal_minutes=self.goal_minutes,
        )
        self.chart.show_overview(self._overview, self.show_weeks)
        self.year_view.set_year(self._overview.year)
        titles = self.routine_titles()
        self.figures.show_summary(self._overview.summary, self._overview.goal, titles)
        if self.week_balance is not None:
            self.week_balance.show_week(self._overview.history, self._today, self.tz)
        self.model.set_history(self._overview.history, self.locale(), titles)
        if selected is not None:
            self.select_row(self.model.row_of(selected.id))
        self._update_buttons()
        self._fit_width()

    def routine_titles(self) -> dict[str, str]:
        """The built-in routines' titles in the user's language, by id: their sessions are
        named so, whatever language they were recorded in. A user's own routine keeps the
        title its sessions recorded."""
        if self.library is None:
            return {}
        return {routine.id: routine.title for routine in self.library().routines if routine.builtin}

    def routine_title(self, record: SessionRecord) -> str:
        return self.routine_titles().get(record.routine_id, record.routine_title)

    @property
    def show_weeks(self) -> bool:
        return self.period == WEEKS

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """Two columns where they fit whole, else one (the figures' widths change with them)."""
        self._arrange(narrow=self.width() < max(NARROW_BELOW, self._wide_width()))

    def _wide_width(self) -> int:
        """The width two columns and a one-line header need, in this language."""
        column = self._column.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        header = self.header.one_line_width()
        left = max(part.minimumSizeHint().width() for part in (self.charts, self.sessions_box))
        body = left + self.body.horizontalSpacing() + self.side_box.minimumSizeHint().width()
        return max(header, body) + column.left() + column.right() + scroll_bar

    def _arrange(self, narrow: bool) -> None:
        """Lay the parts out in two columns, or in one for a narrow window."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.header.set_narrow(narrow)
        for part in (self.charts, self.sessions_box, self.side_box):
            self.body.removeWidget(part)
        if narrow:
            self.body.addWidget(self.charts, 0, 0)
            self.body.addWidget(self.side_box, 1, 0)
            self.body.addWidget(self.sessions_box, 2, 0)
            self.body.setColumnStretch(1, 0)
        else:
            self.body.addWidget(self.charts, 0, 0)
            self.body.addWidget(self.sessions_box, 1, 0)
            self.body.addWidget(self.side_box, 0, 1, 2, 1)
            self.body.setColumnStretch(0, 5)
            self.body.setColumnStretch(1, 3)
        # In one column each part keeps a height to be read at; the page scrolls instead.
        self.charts.setMinimumHeight(280 if narrow else 0)
        self.sessions_box.setMinimumHeight(320 if narrow else 0)
        self._share_rows()

    def _share_rows(self) -> None:
        if self._narrow:
            for row in range(3):
                self.body.setRowStretch(row, 0)
            return
        self.body.setRowStretch(0, CHART_SHARE[self.period])
        self.body.setRowStretch(1, 20 - CHART_SHARE[self.period])
        self.body.setRowStretch(2, 0)

    def set_show_weeks(self, weeks: bool) -> None:
        self.set_period(WEEKS if weeks else DAYS)

    def set_period(self, period: str) -> None:
        """Minutes per day (DAYS), per week (WEEKS), or every day of the year (YEAR)."""
        self.period = period
        self.header.show_period(period)
        self.charts.setCurrentWidget(self.year_view if period == YEAR else self.chart)
        self._share_rows()
        if self._overview is not None and period != YEAR:
            self.chart.show_overview(self._overview, period == WEEKS)

    def set_goal_minutes(self, minutes: int) -> None:
        """The weekly goal changed: progress, weekly streak and shades follow."""
        if minutes != self.goal_minutes:
            self.goal_minutes = minutes
            self.refresh()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_record() is not None)
        self.export_button.setEnabled(self.history.ready and bool(self.history.sessions))

    # --- selection and deletion -----------------------------------------------------------------

    def selected_record(self) -> SessionRecord | None:
        return self.sessions_box.selected_record()

    def select_row(self, row: int) -> None:
        self.sessions_box.select_row(row)

    def confirm_delete(self, record: SessionRecord) -> bool:
        """Ask before deleting; tests replace this."""
        when = format_when(stats.localize([record], self.tz).start(0), self.locale())
        return dialogs.ask(
            self,
            translate("History", "Delete this session?"),
            translate(
                "History",
                "Delete your session of “{routine}” from {when} ({time})? It will no longer "
                "count in your figures. This cannot be undone.",
            ).format(
                routine=self.routine_title(record),
                when=when,
                time=format_duration(record.active_seconds),
            ),
            yes=translate("History", "Delete"),
            no=translate("History", "Keep"),
            destructive=True,
        )

    def delete_selected(self) -> bool:
        """Delete the selected session after confirmation; True if it was deleted."""
        record = self.selected_record()
        if record is None:
            return False
        if not self.confirm_delete(record):
            return False
        row = self.model.row_of(record.id)
        saved = self.history.delete(record.id)
        self.refresh()
        self.select_row(min(row, self.model.rowCount() - 1))
        self.table.setFocus()
        if saved:
            self.status.setText(
                translate("History", "Deleted the {routine} session.").format(
                    routine=self.routine_title(record)
                )
            )
        else:
            problem = self.history.last_error or translate(
                "History", "the history file could not be written."
            )
            self.status.setText(
                translate(
                    "History",
                    "Deleted the {routine} session here, but {problem} It will be saved at the "
                    "next try.",
                ).format(routine=self.routine_title(record), problem=problem)
            )
        return True

    # --- export ---------------------------------------------------------------------------------

    def choose_export_path(self) -> str | None:
        """Ask where to save the CSV; tests replace this."""
        return ask_export_path(self, self._export_folder, self.today_provider())

    def export(self) -> bool:
        """Export the history as CSV where the user chooses; True once written."""
        path = self.choose_export_path()
        if not path:
            return False
        sessions = self._overview.history if self._overview else self.history.sessions
        try:
            rows = stats.export_csv(sessions, path)
        except OSError as error:
            self.status.setText(
                translate("History", "Could not export to {path}: {reason}.").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self._export_folder = Path(path).parent
        self.status.setText(
            Plural.tr("Exported {count} session(s) to {path}.", "", rows).format(
                count=number(rows), path=path
            )
        )
        return True
