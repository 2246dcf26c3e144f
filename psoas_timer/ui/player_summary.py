"""The player's last page: how the session ended, what was practised, and Done or Repeat."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from psoas_timer.core.i18n import translate
from psoas_timer.ui.player_controls import key_button, scale_buttons
from psoas_timer.ui.player_text import SummaryText
from psoas_timer.ui.player_widgets import PhaseShape, plain_label
from psoas_timer.ui.style import PHASE_LOOKS, set_pixel_font


class SummaryView(QWidget):
    def __init__(
        self, done: Callable[[], None], repeat: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        self.shape = PhaseShape(self)
        layout.addWidget(self.shape, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = plain_label(self, "summary_title")
        self.routine = plain_label(self, "summary_routine", wrap=True)
        self.figures = plain_label(self, "summary_figures", wrap=True)
        self.note = plain_label(self, "summary_note", wrap=True)
        for label in (self.title, self.routine, self.figures, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(32)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        enter = translate("Keys", "Enter")
        self.done_button = key_button(self, translate("Player", "Done"), enter, enter, "done", done)
        self.repeat_button = key_button(
            self, translate("Player", "Repeat"), "R", "R", "repeat", repeat
        )
        for button in (self.done_button, self.repeat_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_summary(self, text: SummaryText, routine_title: str) -> None:
        look = PHASE_LOOKS[text.look]
        self.shape.set_look(look, QColor(look.strong))
        self.title.setText(text.title)
        self.routine.setText(routine_title)
        self.figures.setText(text.figures)
        self.note.setText(text.note)

    def apply_scale(self, scale: float) -> None:
        for label, pixels, bold, lines in (
            (self.title, 56, True, 1),
            (self.routine, 28, False, 2),
            (self.figures, 34, True, 2),
            (self.note, 22, False, 2),
        ):
            set_pixel_font(label, max(12, round(pixels * scale)), bold)
            label.setFixedHeight(QFontMetrics(label.font()).lineSpacing() * lines + 2)
        self.shape.set_side(round(72 * scale))
        scale_buttons([self.done_button, self.repeat_button], scale)
        for button in (self.done_button, self.repeat_button):
            button.setMinimumWidth(round(220 * scale))
