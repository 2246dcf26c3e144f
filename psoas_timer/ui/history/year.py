"""A year at a glance: a square for every day of the last twelve months, shaded by minutes.

Weeks run left to right (Monday at the top), the newest on the right; today is framed. Every
square has its tooltip; with the keyboard the arrows move a week (left, right) or a day (up,
down), Page Up and Page Down a month, Home and End to the first day and today, and the line
under the squares reads out the chosen day. The shades get darker (light palette) or brighter
(dark palette) with more practice, so they also read in greyscale.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from psoas_timer.core.i18n import Plural, translate
from psoas_timer.core.stats import YearOfDays, week_start
from psoas_timer.ui.history.amounts import format_minutes, number
from psoas_timer.ui.history.table import format_day
from psoas_timer.ui.style import is_dark, set_pixel_font

LIGHT_GREEN = "#2F855A"  # the completed green, darkest shade on a light background
DARK_GREEN = "#68D391"  # brightest shade on a dark background
SHADE_STRENGTH = (0.0, 0.30, 0.52, 0.76, 1.0)  # how much of the green each level mixes in
LABEL_PIXELS = 15
MIN_CELL, MAX_CELL = 9, 44
BAND_GAP = 14
DAY_ROWS = (0, 2, 4, 6)  # Monday, Wednesday, Friday and Sunday are named


def _mix(base: QColor, colour: QColor, amount: float) -> QColor:
    """`amount` of `colour` over `base`, in whole 8-bit steps as the screen shows it."""
    return QColor(
        round(base.red() + (colour.red() - base.red()) * amount),
        round(base.green() + (colour.green() - base.green()) * amount),
        round(base.blue() + (colour.blue() - base.blue()) * amount),
    )


def shade_colours(palette: QPalette) -> list[QColor]:
    """The colour of each level, 0 (no practice) to 4, for this palette."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = is_dark(palette)
    green = QColor(DARK_GREEN if dark else LIGHT_GREEN)
    empty = _mix(window, text, 0.14 if dark else 0.09)
    return [empty] + [_mix(window, green, amount) for amount in SHADE_STRENGTH[1:]]


def day_labels(locale: QLocale) -> dict[int, str]:
    """The short names of the days named beside the rows ("Mon", "Mi.", "mer."), by row."""
    return {row: locale.dayName(row + 1, QLocale.FormatType.ShortFormat) for row in DAY_ROWS}


def legend_entries(year: YearOfDays) -> list[str]:
    """What each shade means, in minutes a day."""
    low, mid, high = year.thresholds
    between = translate("History", "{low}–{high} min")
    return [
        translate("History", "none"),
        translate("History", "under {minutes} min").format(minutes=number(low)),
        between.format(low=number(low), high=number(mid - 1)),
        between.format(low=number(mid), high=number(high - 1)),
        translate("History", "{minutes}+ min").format(minutes=number(high)),
    ]


class _Layout(NamedTuple):
    left: int  # where the squares start (day names to their left)
    label: int  # height of the month names above each band
    cell: int  # a square and the gap after it
    per_band: int  # weeks in a band
    bands: int

    @property
    def gap(self) -> int:
        return max(2, self.cell // 7)


class YearMap(QWidget):
    """The squares themselves. `current` is the day the keyboard is on (today at first)."""

    current_changed = Signal(str)  # the chosen day, described
    height_wanted = Signal(int)  # no taller than this: more would be empty space

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year: YearOfDays | None = None
        self.current: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(
            translate("History", "Practice in the last 12 months, a square per day")
        )
        self.setMinimumSize(QSize(53 * MIN_CELL + 60, 7 * MIN_CELL + 80))
        label_font = QFont(self.font())
        label_font.setPixelSize(LABEL_PIXELS)
        self.setFont(label_font)
        self._colours = shade_colours(self.palette())

    # --- contents -------------------------------------------------------------------------------

    def set_year(self, year: YearOfDays) -> None:
        keep = self.current if self.year is not None else None
        self.year = year
        if keep is None or year.index(keep) is None:
            keep = year.today
        self.current = keep
        self._announce()
        self.update()

    def day_text(self, day: date) -> str:
        """'Tue 25 Nov 2026: 15 min in 2 sessions' (and 'Today, …' for today)."""
        year = self.year
        when = format_day(day, self.locale())
        if year is not None and day == year.today:
            when = translate("History", "Today, {date}").format(date=when)
        index = year.index(day) if year is not None else None
        if year is None or index is None or year.sessions[index] == 0:
            return translate("History", "{date}: no practice").format(date=when)
        minutes = format_minutes(year.seconds[index] / 60)
        return Plural.tr("{date}: {minutes} in %n session(s)", "", year.sessions[index]).format(
            date=when, minutes=minutes
        )

    # --- geometry -------------------------------------------------------------------------------

    def _first_monday(self) -> date:
        assert self.year is not None
        return week_start(self.year.first)

    def _columns(self) -> int:
        assert self.year is not None
        return (week_start(self.year.today) - self._first_monday()).days // 7 + 1

    def _layout(self, height: int | None = None) -> _Layout:
        """The grid for this size: in one band of 53 weeks, or wrapped into two or three
        bands when that makes the squares bigger (a narrow, tall space). With `height` None,
        the widget's own; with a very large one, the layout the width alone allows."""
        total_height = self.height() if height is None else height
        metrics = QFontMetrics(self.font())
        names = day_labels(self.locale()).values()
        left = max(metrics.horizontalAdvance(text) for text in names) + 10
        label = metrics.height() + 4  # month names above each band
        legend = metrics.height() + 14
        if self.year is not None and left + self._legend_width(metrics) > self.width():
            legend += metrics.height() + 4  # on two lines
        columns = self._columns()
        best: _Layout | None = None
        for bands in (1, 2, 3):
            per_band = -(-columns // bands)
            width = (self.width() - left - 4) // per_band
            height = (total_height - legend - bands * label - (bands - 1) * BAND_GAP) // (7 * bands)
            cell = min(MAX_CELL, width, height)
            if best is None or cell > best.cell + 1:
                best = _Layout(left, label, max(MIN_CELL, cell), per_band, bands)
        assert best is not None
        # Centred in the width left over.
        spare = self.width() - left - 4 - best.per_band * best.cell
        return best._replace(left=left + max(0, spare // 2))

    def natural_height(self) -> int:
        """The height beyond which taller would not make the squares any bigger."""
        if self.year is None:
            return self.sizeHint().height()
        layout = self._layout(height=100_000)
        metrics = QFontMetrics(self.font())
        legend = metrics.height() + 14
        if layout.left + self._legend_width(metrics) > self.width():
            legend += metrics.height() + 4
        bands = layout.bands
        return bands * layout.label + (bands - 1) * BAND_GAP + 7 * bands * layout.cell + legend

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.height_wanted.emit(self.natural_height())

    def _legend_width(self, metrics: QFontMetrics) -> int:
        assert self.year is not None
        square = metrics.height() - 4
        entries = legend_entries(self.year)
        return sum(square + 6 + metrics.horizontalAdvance(text) + 18 for text in entries)

    def _band_top(self, layout: _Layout, band: int) -> int:
        return layout.label + band * (7 * layout.cell + layout.label + BAND_GAP)

    def cell_rect(self, day: date) -> QRect:
        """Where the square of `day` is drawn (empty if it is not shown)."""
        if self.year is None or self.year.index(day) is None:
            return QRect()
        layout = self._layout()
        band, column = divmod((day - self._first_monday()).days // 7, layout.per_band)
        top = self._band_top(layout, band)
        size = layout.cell - layout.gap
        return QRect(
            layout.left + column * layout.cell, top + day.weekday() * layout.cell, size, size
        )

    def day_at(self, point: QPoint) -> date | None:
        if self.year is None:
            return None
        layout = self._layout()
        for band in range(layout.bands):
            top = self._band_top(layout, band)
            if top <= point.y() < top + 7 * layout.cell and point.x() >= layout.left:
                column = (point.x() - layout.left) // layout.cell
                if column >= layout.per_band:
                    return None
                row = (point.y() - top) // layout.cell
                week = band * layout.per_band + column
                day = self._first_monday() + timedelta(days=week * 7 + row)
                return day if self.year.index(day) is not None else None
        return None

    def sizeHint(self) -> QSize:
        return QSize(53 * 18 + 60, 7 * 18 + 80)

    # --- drawing --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = shade_colours(self.palette())
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        year = self.year
        if year is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        layout = self._layout()
        cell, left = layout.cell, layout.left
        metrics = QFontMetrics(self.font())
        painter.setPen(text)
        painter.setFont(self.font())

        for band in range(layout.bands):
            top = self._band_top(layout, band)
            for row, name in day_labels(self.locale()).items():
                middle = top + row * cell + (cell - layout.gap) // 2
                height = metrics.height()
                painter.drawText(
                    QRect(0, middle - height // 2, left - 8, height),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    name,
                )
        # A month's name above the week its first day is in, where there is room for it.
        next_free: dict[int, int] = {}
        month = date(year.first.year, year.first.month, 1)
        while month <= year.today:
            shown = max(month, year.first)
            band, column = divmod((shown - self._first_monday()).days // 7, layout.per_band)
            x = left + column * cell
            name = self.locale().toString(QDate(shown.year, shown.month, 1), "MMM")
            if x >= next_free.get(band, left):
                painter.drawText(x, self._band_top(layout, band) - 6, name)
                next_free[band] = x + metrics.horizontalAdvance(name) + 8
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)

        painter.setPen(Qt.PenStyle.NoPen)
        radius = max(1.0, cell / 8)
        for index in range(len(year.seconds)):
            painter.setBrush(self._colours[year.level(index)])
            painter.drawRoundedRect(QRectF(self.cell_rect(year.day(index))), radius, radius)

        # Today: framed in the text colour, which stands out on every shade.
        frame = max(2, cell // 8)
        today = QRectF(self.cell_rect(year.today)).adjusted(
            -frame / 2, -frame / 2, frame / 2, frame / 2
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(text, frame))
        painter.drawRoundedRect(today, radius, radius)
        if self.hasFocus() and self.current is not None:
            # The keyboard's day: a ring in the highlight colour, outside today's frame.
            ring = 2 * frame
            focus = QRectF(self.cell_rect(self.current)).adjusted(-ring, -ring, ring, ring)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), frame))
            painter.drawRoundedRect(focus, radius, radius)

        # The legend: each shade with what it means, on a second line where one is too short.
        x = left
        y = self._band_top(layout, layout.bands - 1) + 7 * cell + 8
        square = metrics.height() - 4
        for level, meaning in enumerate(legend_entries(year)):
            width = square + 6 + metrics.horizontalAdvance(meaning)
            if x > left and x + width > self.width():
                x, y = left, y + metrics.height() + 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colours[level])
            painter.drawRoundedRect(QRectF(x, y + 2, square, square), radius, radius)
            painter.setPen(text)
            painter.drawText(x + square + 6, y + metrics.ascent(), meaning)
            x += width + 18
        painter.end()

    # --- pointer and keyboard -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(day), self, self.cell_rect(day))
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.move_to(day)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.year is None or self.current is None:
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        steps = {
            Qt.Key.Key_Left: -7,
            Qt.Key.Key_Right: 7,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -28,
            Qt.Key.Key_PageDown: 28,
        }
        if key in steps:
            target = self.current + timedelta(days=steps[key])
            target = min(max(target, self.year.first), self.year.today)
        elif key == Qt.Key.Key_Home:
            target = self.year.first
        elif key == Qt.Key.Key_End:
            target = self.year.today
        else:
            super().keyPressEvent(event)
            return
        self.move_to(target)
        QToolTip.showText(
            self.mapToGlobal(self.cell_rect(target).center()), self.day_text(target), self
        )

    def move_to(self, day: date) -> None:
        self.current = day
        self._announce()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _announce(self) -> None:
        if self.current is None:
            return
        text = self.day_text(self.current)
        self.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )
        self.current_changed.emit(text)


class YearView(QWidget):
    """The map, and a line under it reading out the day chosen (today at first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = YearMap(self)
        self.readout = QLabel(self)
        self.readout.setAccessibleName(translate("History", "Chosen day"))
        set_pixel_font(self.readout, 20, bold=True)
        self.map.current_changed.connect(self.readout.setText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.readout)
        layout.addStretch(0)  # where the squares cannot grow, the space goes below the line
        self.map.height_wanted.connect(self._limit_height)
        self.setFocusProxy(self.map)

    def _limit_height(self, height: int) -> None:
        if self.map.maximumHeight() != height:
            self.map.setMaximumHeight(height)

    def set_year(self, year: YearOfDays) -> None:
        self.map.set_year(year)
