"""The history chart: minutes per day or per week, completed and partial stacked; or, with no
practice yet, a friendly line in its place."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QStackedWidget, QToolTip, QWidget

from psoas_timer.core import stats
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.ui.history.brushes import PARTIAL_STRIPE, completed_brush, hatch_brush
from psoas_timer.ui.style import is_dark, muted_text_colour, set_pixel_font

DAYS_SHOWN = 30
WEEKS_SHOWN = 12
RIGHT_MARGIN = 8
# Qt gives each label of a category axis the axis width divided by the number of labels (less
# some padding) and cuts a longer one short ("This we…"): labels are spaced to fit whole.
LABEL_PADDING = 12  # Qt takes 2 x 4 pixels of padding; a few more to be safe
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "History", "No practice recorded yet.\nFinish a routine and it will appear here."
)
LOADING_TEXT = QT_TRANSLATE_NOOP("History", "Reading your history…")


class HistoryChart(QStackedWidget):
    """The bars (`view`), or `empty_label` when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar_labels: list[str] = []  # one per bar, e.g. "25 Nov" ("25. Nov." in German)
        self._partial_brush = hatch_brush()
        self._overview: stats.Overview | None = None
        self._weeks = False

        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, RIGHT_MARGIN, 4))
        chart.setBackgroundRoundness(0)
        self.completed_set = QBarSet(translate("History", "Completed"))
        self.partial_set = QBarSet(translate("History", "Partial"))
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.7)
        self.series.append(self.completed_set)
        self.series.append(self.partial_set)
        self.series.hovered.connect(self._bar_hovered)
        chart.addSeries(self.series)

        # A category axis placed on values, so only some days carry a label and none is cut short.
        self.axis_x = QCategoryAxis()
        self.axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.axis_x.setGridLineVisible(False)
        self.axis_y = QValueAxis()
        self.axis_y.setTitleText(translate("History", "Minutes"))
        self.axis_y.setLabelFormat("%d")
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setMarkerShape(chart.legend().MarkerShape.MarkerShapeRectangle)

        self.view = QChartView(chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumHeight(220)

        self.empty_label = QLabel(translate("History", EMPTY_TEXT), self)
        self.empty_label.setAccessibleName(translate("History", "No practice recorded yet"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_pixel_font(self.empty_label, 26)
        self.addWidget(self.view)
        self.addWidget(self.empty_label)
        self._fit: tuple[int, int] | None = None  # label step and right margin drawn with
        self._refit_pending = False
        chart.plotAreaChanged.connect(self._plot_area_changed)

    @property
    def chart(self) -> QChart:
        return self.view.chart()

    def apply_palette(self, palette: QPalette, font: QFont) -> None:
        """Colours and type from the page's palette (light or dark) and font."""
        chart = self.chart
        # The theme resets colours and fonts, so everything below comes after it.
        dark = is_dark(palette)
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        chart.setBackgroundBrush(QBrush(window))
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        self.view.setBackgroundBrush(QBrush(window))
        self.completed_set.setBrush(completed_brush())
        self.completed_set.setPen(QPen(QColor(window), 1))
        self.partial_set.setBrush(self._partial_brush)
        self.partial_set.setPen(QPen(QColor(PARTIAL_STRIPE), 1))

        labels = QFont(font)
        labels.setPixelSize(17)
        titles = QFont(labels)
        titles.setBold(True)
        for axis in (self.axis_x, self.axis_y):
            axis.setLabelsFont(labels)
            axis.setTitleFont(titles)
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        self.axis_x.setGridLineVisible(False)
        legend_font = QFont(font)
        legend_font.setPixelSize(18)
        chart.legend().setFont(legend_font)
        chart.legend().setLabelColor(text)
        muted = muted_text_colour(palette).name(QColor.NameFormat.HexArgb)
        self.empty_label.setStyleSheet(f"color: {muted};")
        self._draw()  # the today label's colour comes from the palette

    def show_loading(self) -> None:
        """What the page shows while the history is still being read."""
        self._overview = None
        self.empty_label.setText(translate("History", LOADING_TEXT))
        self.empty_label.setAccessibleName(translate("History", "Reading your history"))
        self.setCurrentWidget(self.empty_label)

    def show_overview(self, overview: stats.Overview, weeks: bool) -> None:
        """Per day (the last DAYS_SHOWN) or per week (the last WEEKS_SHOWN)."""
        self._overview = overview
        self._weeks = weeks
        empty = overview.summary.total_sessions == 0
        self.empty_label.setText(translate("History", EMPTY_TEXT))
        self.empty_label.setAccessibleName(translate("History", "No practice recorded yet"))
        self.setCurrentWidget(self.empty_label if empty else self.view)
        self._draw()

    def _draw(self) -> None:
        overview = self._overview
        if overview is None:
            return
        locale = self.locale()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if is_dark(self.palette()):
            highlight = highlight.lighter(140)
        if self._weeks:
            totals: list[stats.DayTotal] | list[stats.WeekTotal] = overview.per_week
            starts = [week.week_start for week in overview.per_week]
            last = len(starts) - 1
            current = translate("History", "This week")
            self.axis_x.setTitleText(translate("History", "Week starting"))
            what = translate("History", "Minutes practised per week, last {weeks} weeks").format(
                weeks=WEEKS_SHOWN
            )
        else:
            totals = overview.per_day
            starts = [day.date for day in overview.per_day]
            last = len(starts) - 1
            current = translate("History", "Today")
            self.axis_x.setTitleText(translate("History", "Day"))
            # Mondays, but none so close to today that the two labels would collide.
            labelled = {i for i, day in enumerate(starts) if day.weekday() == 0 and last - i >= 4}
            what = translate("History", "Minutes practised per day, last {days} days").format(
                days=DAYS_SHOWN
            )

        self.bar_labels = [_day_month(locale, start) for start in starts]
        self.bar_labels[-1] = current
        step, right = self._fit = self._label_fit()
        if self._weeks:
            # Every `step`-th week back from this one: as many as fit whole.
            labelled = {i for i in range(last) if (last - i) % step == 0}
        margins = self.chart.margins()
        if margins.right() != right:
            self.chart.setMargins(QMargins(margins.left(), margins.top(), right, margins.bottom()))
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
        self.axis_x.append(f'<b><font color="{highlight.name()}">{current}</font></b>', last)
        self.axis_x.setRange(-0.5, last + 0.5)

        top = max((c + p for c, p in zip(completed, partial, strict=True)), default=0.0)
        self.axis_y.setRange(0, max(5.0, top * 1.08))
        self.axis_y.applyNiceNumbers()
        self.axis_y.setMin(0)

        now = totals[-1]
        self.view.setAccessibleName(what)
        self.view.setAccessibleDescription(
            translate(
                "History", "{when}: {completed} min completed, {partial} min partial."
            ).format(
                when=current,
                completed=locale.toString(round(now.completed_minutes)),
                partial=locale.toString(round(now.partial_minutes)),
            )
        )

    def _label_fit(self) -> tuple[int, int]:
        """How many weeks apart the labels go, and the right margin the last label needs to
        be shown whole (it sits on the last bar, by the chart's edge)."""
        labels = self.axis_x.labelsFont()
        bold = QFont(labels)
        bold.setBold(True)
        current = QFontMetrics(bold).horizontalAdvance(self.bar_labels[-1])
        metrics = QFontMetrics(labels)
        widest = max([current, *(metrics.horizontalAdvance(t) for t in self.bar_labels[:-1])])
        count = len(self.bar_labels)
        # The bars' width as if the margin were the usual one, so that the margin chosen
        # here does not change the answer next time.
        width = self.chart.size().width() - self.chart.plotArea().left() - RIGHT_MARGIN
        if self.chart.plotArea().width() <= 0 or width <= 0:
            return 2, RIGHT_MARGIN  # not laid out yet: drawn again once it is
        step = 1
        while step < count:
            shown = (count - 1) // step + 1  # every step-th bar back from the last
            if width / (shown + 1) - LABEL_PADDING >= widest:
                break
            step += 1
        bar = width / count
        right = max(RIGHT_MARGIN, math.ceil(current / 2 - bar / 2) + RIGHT_MARGIN)
        return step, right

    def _plot_area_changed(self) -> None:
        # Changing the labels moves the plot area too: look again once the chart has settled,
        # never from inside a change.
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._refit)  # not once the chart is gone

    def _refit(self) -> None:
        self._refit_pending = False
        if self._overview is not None and self._fit != self._label_fit():
            self._draw()

    def _bar_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.bar_labels):
            QToolTip.hideText()
            return
        completed = self.completed_set.at(index)
        partial = self.partial_set.at(index)
        locale = self.locale()
        QToolTip.showText(
            QCursor.pos(),
            translate(
                "History", "{when}: {completed} min completed, {partial} min partial."
            ).format(
                when=self.bar_labels[index],
                completed=locale.toString(round(completed)),
                partial=locale.toString(round(partial)),
            ),
            self.view,
        )


def _day_month(locale: QLocale, day: date) -> str:
    # The order and punctuation are the language's: "25 Nov", "25. Nov.", "25 nov".
    pattern = translate("History", "d MMM", "QLocale date format: day and short month")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)
