"""This week against the weekly goal: minutes done of the goal, a bar, and what is left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from psoas_timer.core.i18n import translate
from psoas_timer.core.stats import WeeklyGoal
from psoas_timer.ui.history.amounts import number
from psoas_timer.ui.history.brushes import COMPLETED_COLOUR
from psoas_timer.ui.style import muted_text_colour, set_pixel_font


def goal_text(goal: WeeklyGoal) -> str:
    """'25 of 60 min'."""
    return translate("History", "{done} of {goal} min").format(
        done=number(goal.minutes_this_week), goal=number(goal.goal_minutes)
    )


def to_go_text(goal: WeeklyGoal) -> str:
    if goal.met:
        return translate("History", "Goal met")
    return translate("History", "{minutes} min to go").format(minutes=number(goal.minutes_to_go))


class WeeklyGoalView(QFrame):
    """'This week', '25 of 60 min', a bar, '35 min to go', and last week's minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        caption = QLabel(translate("History", "This week"), self)
        set_pixel_font(caption, 16)
        self.caption_label = caption
        self.progress_label = QLabel(self)
        set_pixel_font(self.progress_label, 30, bold=True)
        self.to_go_label = QLabel(self)
        set_pixel_font(self.to_go_label, 20, bold=True)
        self.to_go_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(22)
        self.bar.setAccessibleName(translate("History", "Progress toward this week's goal"))
        self.last_week_label = QLabel(self)
        set_pixel_font(self.last_week_label, 16)

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.to_go_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(4)
        layout.addWidget(caption)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.last_week_label)

    def apply_palette(self, palette: QPalette) -> None:
        muted = muted_text_colour(palette).name(QColor.NameFormat.HexArgb)
        self.caption_label.setStyleSheet(f"color: {muted};")
        self.last_week_label.setStyleSheet(f"color: {muted};")
        track = QColor(palette.color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.15)
        self.bar.setStyleSheet(
            f"QProgressBar {{ border: none; border-radius: 6px;"
            f" background: {track.name(QColor.NameFormat.HexArgb)}; }}"
            f"QProgressBar::chunk {{ border-radius: 6px; background: {COMPLETED_COLOUR}; }}"
        )

    def show_goal(self, goal: WeeklyGoal, last_week: str) -> None:
        """`last_week`: last week's time as the page writes totals ('32 min')."""
        self.progress_label.setText(goal_text(goal))
        self.to_go_label.setText(to_go_text(goal))
        self.bar.setRange(0, goal.goal_minutes * 60)
        self.bar.setValue(min(goal.seconds_this_week, goal.goal_minutes * 60))
        progress, to_go = goal_text(goal), to_go_text(goal)
        self.bar.setAccessibleDescription(
            translate("History", "{progress}. {to_go}.").format(progress=progress, to_go=to_go)
        )
        self.last_week_label.setText(
            translate("History", "Goal {goal} min a week · last week {last_week}").format(
                goal=number(goal.goal_minutes), last_week=last_week
            )
        )
        self.setAccessibleName(
            translate("History", "This week: {progress} of your weekly goal. {to_go}.").format(
                progress=progress, to_go=to_go
            )
        )
