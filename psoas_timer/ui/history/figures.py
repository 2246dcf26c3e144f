"""The history's headline figures: sessions, time, the daily and weekly streaks, this week
against the weekly goal, and each routine's share (its time as m:ss, adding up to the total)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import format_duration
from psoas_timer.core.stats import Summary, WeeklyGoal
from psoas_timer.ui.history.amounts import format_days, format_minutes, format_weeks, number
from psoas_timer.ui.history.goal import WeeklyGoalView
from psoas_timer.ui.style import muted_text_colour, set_pixel_font


class Figure(QFrame):
    """One headline number with what it counts underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.caption = caption
        self.value = QLabel("0", self)
        set_pixel_font(self.value, 40, bold=True)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.caption_label = QLabel(caption, self)
        set_pixel_font(self.caption_label, 16)
        self.caption_label.setObjectName("figure_caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption_label)

    def set_value(self, text: str, caption: str | None = None) -> None:
        if caption is not None:
            self.caption = caption
            self.caption_label.setText(caption)
        self.value.setText(text)
        self.value.setAccessibleName(
            translate("History", "{caption}: {value}").format(caption=self.caption, value=text)
        )


class HistoryFigures(QWidget):
    """Four tiles, this week against the goal, and sessions and time per routine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions_figure = Figure(translate("History", "Sessions"), self)
        self.minutes_figure = Figure(translate("History", "Total time"), self)
        self.streak_figure = Figure(translate("History", "Days in a row"), self)
        self.weekly_streak_figure = Figure(translate("History", "Weeks on goal"), self)
        self.tiles = (
            self.sessions_figure,
            self.minutes_figure,
            self.streak_figure,
            self.weekly_streak_figure,
        )
        tiles = QGridLayout()
        tiles.setSpacing(10)
        for index, tile in enumerate(self.tiles):
            tiles.addWidget(tile, index // 2, index % 2)

        self.goal_view = WeeklyGoalView(self)

        routines_title = QLabel(translate("History", "By routine"), self)
        set_pixel_font(routines_title, 18, bold=True)
        self.routine_list = QTreeWidget(self)
        self.routine_list.setAccessibleName(translate("History", "Sessions and time per routine"))
        self.routine_list.setColumnCount(3)
        self.routine_list.setHeaderLabels(
            [
                translate("History", "Routine"),
                translate("History", "Sessions"),
                translate("History", "Time"),
            ]
        )
        self.routine_list.setRootIsDecorated(False)
        self.routine_list.setUniformRowHeights(True)
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.routine_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        set_pixel_font(self.routine_list, 17)
        set_pixel_font(self.routine_list.header(), 16, bold=True)
        header = self.routine_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        routines = QVBoxLayout()
        routines.setSpacing(6)
        routines.addWidget(routines_title)
        routines.addWidget(self.routine_list, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(tiles)
        layout.addWidget(self.goal_view)
        layout.addSpacing(6)
        layout.addLayout(routines, 1)

    def apply_palette(self, palette: QPalette) -> None:
        muted = muted_text_colour(palette).name(QColor.NameFormat.HexArgb)
        for tile in self.tiles:
            tile.caption_label.setStyleSheet(f"color: {muted};")
        self.goal_view.apply_palette(palette)

    def show_loading(self) -> None:
        """Placeholders while the history is still being read."""
        for tile in self.tiles:
            tile.set_value("…")
        self.routine_list.clear()

    def show_summary(
        self, summary: Summary, goal: WeeklyGoal, titles: dict[str, str] | None = None
    ) -> None:
        """`titles`: as `SessionTableModel.set_history` takes them."""
        titles = titles or {}
        self.sessions_figure.set_value(number(summary.total_sessions))
        self.minutes_figure.set_value(format_minutes(summary.total_minutes))
        self.streak_figure.set_value(
            format_days(summary.current_streak),
            translate("History", "Days in a row · best {days}").format(
                days=format_days(summary.best_streak)
            ),
        )
        self.weekly_streak_figure.set_value(
            format_weeks(goal.current_streak),
            translate("History", "Weeks on goal · best {weeks}").format(
                weeks=format_weeks(goal.best_streak)
            ),
        )
        self.goal_view.show_goal(goal, format_minutes(summary.minutes_last_week))

        # Time as the session list shows it (m:ss), each routine's seconds adding up exactly
        # to the total under them.
        self.routine_list.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        rows = [
            (
                titles.get(total.routine_id, total.routine_title),
                number(total.sessions),
                format_duration(total.seconds),
            )
            for total in summary.sessions_per_routine
        ]
        if len(rows) > 1:
            seconds = sum(total.seconds for total in summary.sessions_per_routine)
            rows.append(
                (
                    translate("History", "All routines"),
                    number(summary.total_sessions),
                    format_duration(seconds),
                )
            )
        items = []
        for row in rows:
            item = QTreeWidgetItem(list(row))
            for column in (1, 2):
                item.setTextAlignment(column, right)
            items.append(item)
        if len(items) > 1:
            bold = QFont(self.routine_list.font())
            bold.setBold(True)
            for column in range(3):
                items[-1].setFont(column, bold)
        self.routine_list.addTopLevelItems(items)
