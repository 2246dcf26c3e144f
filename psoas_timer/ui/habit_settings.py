"""Reminders and goal: the weekly goal, reminders (time, days, routine), start at login, tray.

Made to be used from a chair: large type, and every control at least 48 pixels high.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.i18n import translate
from psoas_timer.core.reminders import (
    MAX_REMINDERS,
    WEEKDAY_TITLES,
    WEEKDAYS,
    Reminder,
    new_reminder_id,
)
from psoas_timer.core.routines import Routine, format_duration
from psoas_timer.core.settings import WEEKLY_GOAL_MINUTES, Settings
from psoas_timer.ui.style import BUTTON_STYLE, set_pixel_font

TEXT_PIXELS = 18
DIALOG_STYLE = (
    BUTTON_STYLE
    + """
QPushButton { font-size: 18px; }
QCheckBox { min-height: 48px; font-size: 18px; }
QCheckBox::indicator { width: 28px; height: 28px; }
QComboBox, QSpinBox, QTimeEdit { min-height: 48px; font-size: 20px; padding: 0px 8px; }
QPushButton#day { min-width: 56px; padding: 6px 4px; }
QPushButton#day:checked { background: palette(highlight); color: palette(highlighted-text); }
QGroupBox { font-size: 20px; font-weight: bold; margin-top: 16px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0px 4px; }
"""
)


@dataclass(frozen=True)
class HabitChoices:
    """What the user chose in the dialog."""

    settings: Settings
    reminders: list[Reminder]
    start_at_login: bool


class ReminderRow(QFrame):
    """One reminder: when, on which days, which routine, on or off, and a Remove button."""

    removed = Signal(QWidget)
    changed = Signal()

    def __init__(
        self, reminder: Reminder, routines: Sequence[Routine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reminder_id = reminder.id
        self.enabled = QCheckBox(translate("Reminders", "On"), self)
        self.enabled.setChecked(reminder.enabled)
        self.enabled.setAccessibleName(translate("Reminders", "Reminder on"))
        locale = QLocale()
        self.time = QTimeEdit(QTime(reminder.at.hour, reminder.at.minute), self)
        # Hours and minutes as the user's language writes a time (07:30, 7:30 AM).
        self.time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(translate("Reminders", "Reminder time"))
        self.days: list[QPushButton] = []
        days = QHBoxLayout()
        days.setSpacing(2)
        for day in range(len(WEEKDAY_TITLES)):  # Monday first, as the core counts them
            short = locale.dayName(day + 1, QLocale.FormatType.ShortFormat)
            button = QPushButton(short, self)
            button.setObjectName("day")
            button.setCheckable(True)
            button.setChecked(day in reminder.weekdays)
            button.setAccessibleName(
                translate("Reminders", "Remind on {day}").format(
                    day=locale.dayName(day + 1, QLocale.FormatType.LongFormat)
                )
            )
            button.toggled.connect(lambda _on: self.changed.emit())
            self.days.append(button)
            days.addWidget(button)
        self.routine = QComboBox(self)
        self.routine.setAccessibleName(translate("Reminders", "Routine to suggest"))
        for routine in routines:
            self.routine.addItem(
                translate("Reminders", "{title} ({time})").format(
                    title=routine.title, time=format_duration(routine.total_seconds)
                ),
                routine.id,
            )
        index = self.routine.findData(reminder.routine_id)
        if index < 0:  # its routine was deleted: say so rather than pick another silently
            self.routine.insertItem(
                0,
                translate("Reminders", "(deleted routine {id})").format(id=reminder.routine_id),
                reminder.routine_id,
            )
            index = 0
        self.routine.setCurrentIndex(index)
        self.remove = QPushButton(translate("Reminders", "Remove"), self)
        self.remove.setAccessibleName(translate("Reminders", "Remove this reminder"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))

        top = QHBoxLayout()
        top.addWidget(self.enabled)
        top.addWidget(self.time)
        top.addLayout(days)
        top.addStretch(1)
        bottom = QHBoxLayout()
        suggest = QLabel(translate("Reminders", "Suggest"), self)
        bottom.addWidget(suggest)
        bottom.addWidget(self.routine, 1)
        bottom.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def set_days(self, days: set[int]) -> None:
        for day, button in enumerate(self.days):
            button.setChecked(day in days)

    def reminder(self) -> Reminder:
        chosen = self.time.time()
        return Reminder(
            id=self.reminder_id,
            at=time(chosen.hour(), chosen.minute()),
            weekdays=frozenset(day for day, button in enumerate(self.days) if button.isChecked()),
            routine_id=self.routine.currentData(),
            enabled=self.enabled.isChecked(),
        )


class HabitSettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        reminders: Sequence[Reminder],
        routines: Sequence[Routine],
        *,
        start_at_login: bool,
        tray_available: bool,
        default_routine: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Reminders", "Reminders and goal"))
        self.setStyleSheet(DIALOG_STYLE)
        self._settings = settings
        self._routines = list(routines)
        self._default_routine = default_routine
        self.rows: list[ReminderRow] = []

        # --- the weekly goal
        self.goal = QSpinBox(self)
        low, high = WEEKLY_GOAL_MINUTES
        self.goal.setRange(low, high)
        self.goal.setSingleStep(5)
        self.goal.setValue(settings.weekly_goal_minutes)
        self.goal.setSuffix(translate("Reminders", " minutes a week"))
        self.goal.setAccessibleName(translate("Reminders", "Weekly goal in minutes"))
        goal_box = QGroupBox(translate("Reminders", "Weekly goal"), self)
        goal_layout = QVBoxLayout(goal_box)
        goal_layout.addWidget(QLabel(translate("Reminders", "Aim for"), goal_box))
        goal_layout.addWidget(self.goal)
        goal_layout.addStretch(1)

        # --- reminders
        reminders_box = QGroupBox(translate("Reminders", "Reminders"), self)
        self.rows_widget = QWidget(reminders_box)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(reminders_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows_widget)
        scroll.setMinimumHeight(150)
        self.empty = QLabel(translate("Reminders", "No reminders yet."), reminders_box)
        self.add_button = QPushButton(translate("Reminders", "Add a reminder"), reminders_box)
        self.add_button.clicked.connect(lambda: self.add_reminder())
        self.skip_practised = QCheckBox(
            translate("Reminders", "Skip a reminder on a day I have already practised"),
            reminders_box,
        )
        self.skip_practised.setChecked(settings.skip_reminders_after_practice)
        self.problem = QLabel(reminders_box)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        reminders_layout = QVBoxLayout(reminders_box)
        reminders_layout.addWidget(self.empty)
        reminders_layout.addWidget(scroll, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        reminders_layout.addLayout(add_row)
        reminders_layout.addWidget(self.skip_practised)
        reminders_layout.addWidget(self.problem)

        # --- this computer
        computer_box = QGroupBox(translate("Reminders", "On this computer"), self)
        self.start_at_login = QCheckBox(
            translate("Reminders", "Start in the tray when I log in"), computer_box
        )
        self.start_at_login.setChecked(start_at_login)
        self.keep_in_tray = QCheckBox(
            translate("Reminders", "Keep running in the tray when the window is closed"),
            computer_box,
        )
        self.keep_in_tray.setChecked(settings.keep_in_tray and tray_available)
        self.keep_in_tray.setToolTip(
            translate("Reminders", "So that reminders still come; quit from the tray icon")
        )
        computer_layout = QVBoxLayout(computer_box)
        computer_layout.addWidget(self.start_at_login)
        computer_layout.addWidget(self.keep_in_tray)
        self.tray_note = QLabel(
            translate(
                "Reminders",
                "This desktop shows no tray icons: reminders come while the window is open.",
            ),
            computer_box,
        )
        self.tray_note.setWordWrap(True)
        self.tray_note.setVisible(not tray_available)
        self.keep_in_tray.setEnabled(tray_available)
        computer_layout.addWidget(self.tray_note)
        # Starting hidden at login only helps if the app stays in the tray afterwards.
        if tray_available:
            self.start_at_login.toggled.connect(self._start_at_login_toggled)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # The goal and this computer's settings side by side: the reminders get the height.
        top = QHBoxLayout()
        top.addWidget(goal_box, 2)
        top.addWidget(computer_box, 3)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(reminders_box, 1)
        layout.addWidget(self.buttons)

        for reminder in reminders:
            self.add_reminder(reminder)
        self._apply_fonts(self)
        self._update()
        self.resize(1100, 700)

    def _start_at_login_toggled(self, on: bool) -> None:
        if on:
            self.keep_in_tray.setChecked(True)

    def _apply_fonts(self, root: QWidget) -> None:
        # The style sheet stops fonts passing down to children; set each one.
        for child in [root, *root.findChildren(QWidget)]:
            if not isinstance(child, QGroupBox):
                set_pixel_font(child, TEXT_PIXELS)

    # --- reminders ------------------------------------------------------------------------------

    def add_reminder(self, reminder: Reminder | None = None) -> ReminderRow:
        """Add a row: the given reminder, or a new one (weekdays at 07:30 with the routine
        last used)."""
        if reminder is None:
            routine_id = self._default_routine or (
                self._routines[0].id if self._routines else "quick-reset"
            )
            reminder = Reminder(new_reminder_id(), time(7, 30), WEEKDAYS, routine_id)
        row = ReminderRow(reminder, self._routines, self.rows_widget)
        row.removed.connect(self.remove_reminder)
        row.changed.connect(self._update)
        self.rows_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._apply_fonts(row)
        self._update()
        return row

    def remove_reminder(self, row: QWidget) -> None:
        if isinstance(row, ReminderRow) and row in self.rows:
            self.rows.remove(row)
            row.deleteLater()
            self._update()

    def _update(self) -> None:
        self.empty.setVisible(not self.rows)
        self.add_button.setEnabled(len(self.rows) < MAX_REMINDERS)
        without_days = [row for row in self.rows if not any(b.isChecked() for b in row.days)]
        self.problem.setText(
            translate("Reminders", "Choose at least one day for each reminder.")
            if without_days
            else ""
        )
        self.problem.setVisible(bool(without_days))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not without_days)

    # --- the result -----------------------------------------------------------------------------

    def choices(self) -> HabitChoices:
        settings = self._settings.changed(
            weekly_goal_minutes=self.goal.value(),
            skip_reminders_after_practice=self.skip_practised.isChecked(),
            keep_in_tray=self.keep_in_tray.isChecked(),
        )
        return HabitChoices(
            settings=settings,
            reminders=[row.reminder() for row in self.rows],
            start_at_login=self.start_at_login.isChecked(),
        )
