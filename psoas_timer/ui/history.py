"""The history page: minutes per day or week, the headline figures, and every session.

The chart and figures come from `psoas_timer.core.stats`, computed in one pass over the start
times, so a page over ten years of sessions refreshes in a few milliseconds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core import stats
from psoas_timer.core.routines import format_duration
from psoas_timer.core.stats import LocalHistory
from psoas_timer.core.store import HistoryStore, SessionRecord
from psoas_timer.ui.style import BUTTON_STYLE, is_dark, muted_text_colour, set_pixel_font

DAYS_SHOWN = 30
WEEKS_SHOWN = 12
COMPLETED_COLOUR = "#2F855A"  # the green of a work phase
PARTIAL_FILL = "#F6C177"  # light amber, striped darker so it differs without colour too
PARTIAL_STRIPE = "#B7791F"
EMPTY_TEXT = "No practice recorded yet.\nFinish a routine and it will appear here."
COLUMNS = ("When", "Routine", "Active", "Result")
# A Mac keyboard's delete key sends Backspace.
DELETE_KEYS = (
    (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) if sys.platform == "darwin" else (Qt.Key.Key_Delete,)
)

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


def hatch_brush(fill: str, stripe: str) -> QBrush:
    """A light fill with bold diagonal stripes that tile seamlessly."""
    size = 12
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(fill))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(stripe), 3))
    for offset in (-size, 0, size):
        painter.drawLine(offset, size, offset + size, 0)
    painter.end()
    return QBrush(pixmap)


def swatch(brush: QBrush, edge: QColor, size: int = 16) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(edge, 1))
    painter.setBrush(brush)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pixmap


def format_minutes(minutes: float) -> str:
    """A headline total: exact minutes while small, hours once minutes stop meaning much."""
    if 0 < minutes < 0.5:
        return "under 1 min"  # a short session is still practice, not "0 min"
    if minutes < 1000:
        return f"{round(minutes)} min"
    hours = minutes / 60
    return f"{hours:.1f} h" if hours < 100 else f"{round(hours):,} h"


def format_days(days: int) -> str:
    return f"{days} day" if days == 1 else f"{days:,} days"


def format_when(moment: datetime, locale: QLocale) -> str:
    """'Tue 25 Nov 2026, 07:30': names in the user's language, the time as their locale has it."""
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first; text is made only for the rows on screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = LocalHistory([], [], [], None)
        self.locale = QLocale()
        self.swatches: dict[bool, QPixmap] = {}

    def set_history(self, history: LocalHistory, locale: QLocale) -> None:
        self.beginResetModel()
        self.history = history
        self.locale = locale
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
            return COLUMNS[section]
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
                return record.routine_title
            if column == 2:
                return format_duration(record.active_seconds)
            return "Completed" if record.completed else "Partial"
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return f"{record.steps_completed} of {record.steps_total} steps"
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
        for position, record in enumerate(self.history.records):
            if record.id == session_id:
                return self._index(position)
        return -1


class _Figure(QFrame):
    """One headline number with what it counts underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.caption = caption
        self.value = QLabel("0", self)
        set_pixel_font(self.value, 40, bold=True)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        label = QLabel(caption, self)
        set_pixel_font(label, 16)
        label.setObjectName("figure_caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(label)
        self.caption_label = label

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.value.setAccessibleName(f"{self.caption}: {text}")


class HistoryPage(QWidget):
    _ready = False  # until built, palette and locale changes have nothing to update

    def __init__(
        self,
        history: HistoryStore,
        today_provider: Callable[[], date] | None = None,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.today_provider = today_provider or date.today
        self.tz = tz  # None: the system's local zone
        self.show_weeks = False
        self.bar_labels: list[str] = []  # one per bar, e.g. "25 Nov"
        self._overview: stats.Overview | None = None
        self.setStyleSheet(PAGE_STYLE)
        self._partial_brush = hatch_brush(PARTIAL_FILL, PARTIAL_STRIPE)

        self._build_header()
        self._build_chart()
        self._build_figures()
        self._build_sessions()

        self.status = QLabel(self)
        self.status.setAccessibleName("Status")
        self.status.setWordWrap(True)
        set_pixel_font(self.status, 16)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.chart_stack, 11)
        left.addLayout(self.sessions_layout, 9)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addLayout(self.figures_layout)
        right.addSpacing(6)
        right.addLayout(self.routines_layout, 1)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 5)
        body.addLayout(right, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(self.header_layout)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)

        self._apply_chart_style()
        self.refresh()
        self._ready = True

    # --- building -------------------------------------------------------------------------------

    def _build_header(self) -> None:
        title = QLabel("Your practice", self)
        set_pixel_font(title, 26, bold=True)
        self.days_button = QPushButton(f"Last {DAYS_SHOWN} days", self)
        self.days_button.setAccessibleName(f"Show minutes per day for the last {DAYS_SHOWN} days")
        self.weeks_button = QPushButton(f"Last {WEEKS_SHOWN} weeks", self)
        self.weeks_button.setAccessibleName(
            f"Show minutes per week for the last {WEEKS_SHOWN} weeks"
        )
        self.period_group = QButtonGroup(self)
        for button in (self.days_button, self.weeks_button):
            button.setObjectName("segment")
            button.setCheckable(True)
            self.period_group.addButton(button)
        self.days_button.setChecked(True)
        self.weeks_button.toggled.connect(self.set_show_weeks)

        self.export_button = QPushButton("Export CSV…", self)
        self.export_button.setAccessibleName("Export the history as a CSV file")
        self.export_button.clicked.connect(self.export)

        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(8)
        self.header_layout.addWidget(title)
        self.header_layout.addSpacing(24)
        self.header_layout.addWidget(self.days_button)
        self.header_layout.addWidget(self.weeks_button)
        self.header_layout.addStretch(1)
        self.header_layout.addWidget(self.export_button)

    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 8, 4))
        self.chart.setBackgroundRoundness(0)
        self.completed_set = QBarSet("Completed")
        self.partial_set = QBarSet("Partial")
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.7)
        self.series.append(self.completed_set)
        self.series.append(self.partial_set)
        self.series.hovered.connect(self._bar_hovered)
        self.chart.addSeries(self.series)

        # A category axis placed on values, so only some days carry a label and none is cut short.
        self.axis_x = QCategoryAxis()
        self.axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.axis_x.setGridLineVisible(False)
        self.axis_y = QValueAxis()
        self.axis_y.setTitleText("Minutes")
        self.axis_y.setLabelFormat("%d")
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.legend().setMarkerShape(self.chart.legend().MarkerShape.MarkerShapeRectangle)

        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setMinimumHeight(220)

        self.empty_label = QLabel(EMPTY_TEXT, self)
        self.empty_label.setAccessibleName("No practice recorded yet")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_pixel_font(self.empty_label, 26)

        self.chart_stack = QStackedWidget(self)
        self.chart_stack.addWidget(self.chart_view)
        self.chart_stack.addWidget(self.empty_label)

    def _build_figures(self) -> None:
        self.sessions_figure = _Figure("Sessions", self)
        self.minutes_figure = _Figure("Total time", self)
        self.streak_figure = _Figure("Current streak", self)
        self.best_streak_figure = _Figure("Best streak", self)
        self.total_sessions_label = self.sessions_figure.value
        self.total_minutes_label = self.minutes_figure.value
        self.current_streak_label = self.streak_figure.value
        self.best_streak_label = self.best_streak_figure.value
        tiles = QGridLayout()
        tiles.setSpacing(10)
        tiles.addWidget(self.sessions_figure, 0, 0)
        tiles.addWidget(self.minutes_figure, 0, 1)
        tiles.addWidget(self.streak_figure, 1, 0)
        tiles.addWidget(self.best_streak_figure, 1, 1)

        self.week_label = QLabel(self)
        set_pixel_font(self.week_label, 22, bold=True)
        self.week_label.setWordWrap(True)

        self.figures_layout = QVBoxLayout()
        self.figures_layout.setSpacing(12)
        self.figures_layout.addLayout(tiles)
        self.figures_layout.addWidget(self.week_label)

    def _build_sessions(self) -> None:
        self.model = SessionTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName("Sessions, newest first")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        set_pixel_font(self.table, 17)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        set_pixel_font(header, 16, bold=True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Measuring a hundred rows is enough: the texts of a column are all about as wide.
        header.setResizeContentsPrecision(100)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.delete_button = QPushButton("Delete session…", self)
        self.delete_button.setAccessibleName("Delete the selected session")
        self.delete_button.setToolTip("Delete the selected session (Delete key)")
        self.delete_button.clicked.connect(self.delete_selected)

        list_title = QLabel("Sessions", self)
        set_pixel_font(list_title, 18, bold=True)
        top = QHBoxLayout()
        top.addWidget(list_title)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        self.sessions_layout = QVBoxLayout()
        self.sessions_layout.setSpacing(6)
        self.sessions_layout.addLayout(top)
        self.sessions_layout.addWidget(self.table, 1)

        routines_title = QLabel("By routine", self)
        set_pixel_font(routines_title, 18, bold=True)
        self.routine_list = QTreeWidget(self)
        self.routine_list.setAccessibleName("Sessions and minutes per routine")
        self.routine_list.setColumnCount(3)
        self.routine_list.setHeaderLabels(["Routine", "Sessions", "Minutes"])
        self.routine_list.setRootIsDecorated(False)
        self.routine_list.setUniformRowHeights(True)
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.routine_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.routine_list.installEventFilter(self)
        set_pixel_font(self.routine_list, 17)
        set_pixel_font(self.routine_list.header(), 16, bold=True)
        routine_header = self.routine_list.header()
        routine_header.setStretchLastSection(False)
        routine_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            routine_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.routines_layout = QVBoxLayout()
        self.routines_layout.setSpacing(6)
        self.routines_layout.addWidget(routines_title)
        self.routines_layout.addWidget(self.routine_list, 1)

    # --- look -----------------------------------------------------------------------------------

    def _apply_chart_style(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        # The theme resets colours and fonts, so everything below comes after it.
        self.chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        self.chart.setBackgroundBrush(QBrush(window))
        self.chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        self.chart_view.setBackgroundBrush(QBrush(window))

        edge = QColor(window)
        self.completed_set.setBrush(QBrush(QColor(COMPLETED_COLOUR)))
        self.completed_set.setPen(QPen(edge, 1))
        self.partial_set.setBrush(self._partial_brush)
        self.partial_set.setPen(QPen(QColor(PARTIAL_STRIPE), 1))

        labels = QFont(self.font())
        labels.setPixelSize(17)
        titles = QFont(self.font())
        titles.setPixelSize(17)
        titles.setBold(True)
        for axis in (self.axis_x, self.axis_y):
            axis.setLabelsFont(labels)
            axis.setTitleFont(titles)
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        self.axis_x.setGridLineVisible(False)
        legend = self.chart.legend()
        legend_font = QFont(self.font())
        legend_font.setPixelSize(18)
        legend.setFont(legend_font)
        legend.setLabelColor(text)

        muted = muted_text_colour(palette).name(QColor.NameFormat.HexArgb)
        self.empty_label.setStyleSheet(f"color: {muted};")
        for figure in (
            self.sessions_figure,
            self.minutes_figure,
            self.streak_figure,
            self.best_streak_figure,
        ):
            figure.caption_label.setStyleSheet(f"color: {muted};")
        edge_colour = QColor(text)
        edge_colour.setAlphaF(0.4)
        self.model.swatches = {
            True: swatch(QBrush(QColor(COMPLETED_COLOUR)), edge_colour),
            False: swatch(self._partial_brush, QColor(PARTIAL_STRIPE)),
        }
        if self._overview is not None:
            self._update_chart()  # the today label's colour comes from the palette

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not self._ready:
            return
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_chart_style()
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
        self._overview = stats.overview(
            self.history.sessions, self._today, DAYS_SHOWN, WEEKS_SHOWN, tz=self.tz
        )
        empty = not self.history.sessions
        self.chart_stack.setCurrentWidget(self.empty_label if empty else self.chart_view)
        self._update_chart()
        self._update_figures()
        self.model.set_history(self._overview.history, self.locale())
        if selected is not None:
            self.select_row(self.model.row_of(selected.id))
        self._update_buttons()

    def set_show_weeks(self, weeks: bool) -> None:
        self.show_weeks = weeks
        if self.weeks_button.isChecked() != weeks:
            (self.weeks_button if weeks else self.days_button).setChecked(True)
        self._update_chart()

    def _update_chart(self) -> None:
        overview = self._overview
        if overview is None:
            return
        locale = self.locale()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if is_dark(self.palette()):
            highlight = highlight.lighter(140)
        if self.show_weeks:
            totals: list[stats.DayTotal] | list[stats.WeekTotal] = overview.per_week
            starts = [week.week_start for week in overview.per_week]
            current = "This week"
            self.axis_x.setTitleText("Week starting")
            # Every other week: a label needs about two bars' width to be shown whole.
            last = len(starts) - 1
            labelled = {i for i in range(last) if (last - i) % 2 == 0}
            what = f"Minutes practised per week, last {WEEKS_SHOWN} weeks"
        else:
            totals = overview.per_day
            starts = [day.date for day in overview.per_day]
            current = "Today"
            self.axis_x.setTitleText("Day")
            # Mondays, but none so close to today that the two labels would collide.
            last = len(starts) - 1
            labelled = {i for i, day in enumerate(starts) if day.weekday() == 0 and last - i >= 4}
            what = f"Minutes practised per day, last {DAYS_SHOWN} days"

        self.bar_labels = [locale.toString(QDate(d.year, d.month, d.day), "d MMM") for d in starts]
        self.bar_labels[-1] = current
        completed = [total.completed_minutes for total in totals]
        partial = [total.partial_minutes for total in totals]
        for bar_set, values in ((self.completed_set, completed), (self.partial_set, partial)):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append(values)

        for label in self.axis_x.categoriesLabels():
            self.axis_x.remove(label)
        self.axis_x.setStartValue(-0.5)
        for index, label in enumerate(self.bar_labels):
            if index in labelled:
                self.axis_x.append(label, index)
        self.axis_x.append(
            f'<b><font color="{highlight.name()}">{current}</font></b>', len(starts) - 1
        )
        self.axis_x.setRange(-0.5, len(starts) - 0.5)

        top = max((c + p for c, p in zip(completed, partial, strict=True)), default=0.0)
        self.axis_y.setRange(0, max(5.0, top * 1.08))
        self.axis_y.applyNiceNumbers()
        self.axis_y.setMin(0)

        now = totals[-1]
        self.chart_view.setAccessibleName(what)
        self.chart_view.setAccessibleDescription(
            f"{current}: {round(now.completed_minutes)} minutes completed, "
            f"{round(now.partial_minutes)} minutes partial."
        )

    def _update_figures(self) -> None:
        assert self._overview is not None
        summary = self._overview.summary
        self.sessions_figure.set_value(f"{summary.total_sessions:,}")
        self.minutes_figure.set_value(format_minutes(summary.total_minutes))
        self.streak_figure.set_value(format_days(summary.current_streak))
        self.best_streak_figure.set_value(format_days(summary.best_streak))
        self.week_label.setText(
            f"{format_minutes(summary.minutes_this_week)} this week · "
            f"{format_minutes(summary.minutes_last_week)} last week"
        )
        self.week_label.setAccessibleName(
            f"{round(summary.minutes_this_week)} minutes this week, "
            f"{round(summary.minutes_last_week)} minutes last week"
        )
        self.routine_list.clear()
        items = []
        for total in summary.sessions_per_routine:
            item = QTreeWidgetItem(
                [total.routine_title, f"{total.sessions:,}", f"{round(total.minutes):,}"]
            )
            for column in (1, 2):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            items.append(item)
        self.routine_list.addTopLevelItems(items)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_record() is not None)
        self.export_button.setEnabled(bool(self.history.sessions))

    def _bar_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.bar_labels):
            QToolTip.hideText()
            return
        completed = self.completed_set.at(index)
        partial = self.partial_set.at(index)
        QToolTip.showText(
            QCursor.pos(),
            f"{self.bar_labels[index]}: {round(completed)} min completed, "
            f"{round(partial)} min partial",
            self.chart_view,
        )

    # --- selection and deletion -----------------------------------------------------------------

    def selected_record(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.selectRow(row)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def confirm_delete(self, record: SessionRecord) -> bool:
        """Ask before deleting; tests replace this."""
        when = format_when(stats.localize([record], self.tz).start(0), self.locale())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete session",
            f"Delete the {record.routine_title} session of {when} "
            f"({format_duration(record.active_seconds)})?",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText("It will no longer count in your figures. This cannot be undone.")
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete

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
            self.status.setText(f"Deleted the {record.routine_title} session.")
        else:
            problem = self.history.last_error or "the history file could not be written."
            self.status.setText(
                f"Deleted the {record.routine_title} session here, but {problem} "
                "It will be saved at the next try."
            )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in DELETE_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # --- export ---------------------------------------------------------------------------------

    def choose_export_path(self) -> str | None:
        """Ask where to save the CSV; tests replace this."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = f"psoas-timer-history-{self.today_provider().isoformat()}.csv"
        # An instance rather than getSaveFileName: it adds ".csv" to a bare name and still
        # asks before replacing the file that name then refers to.
        dialog = QFileDialog(self, "Export history as CSV", folder, "CSV files (*.csv)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(str(Path(folder) / name))
        if not dialog.exec():
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None

    def export(self) -> bool:
        """Export the history as CSV where the user chooses; True once written."""
        path = self.choose_export_path()
        if not path:
            return False
        sessions = self._overview.history if self._overview else self.history.sessions
        try:
            rows = stats.export_csv(sessions, path)
        except OSError as error:
            self.status.setText(f"Could not export to {path}: {error.strerror or error}.")
            return False
        noun = "session" if rows == 1 else "sessions"
        self.status.setText(f"Exported {rows:,} {noun} to {path}.")
        return True
