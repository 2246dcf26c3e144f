"""The editor's bottom row, in sight however the form scrolls: the routine's total time and
number of steps, Cancel, and Save (on only when the routine may be saved)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from psoas_timer.core.i18n import Plural, translate
from psoas_timer.core.routines import format_duration
from psoas_timer.ui.editor.steps_panel import action_button
from psoas_timer.ui.style import set_pixel_font


class EditorFooter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("editor_total")
        self.total_label.setAccessibleName(translate("Editor", "Total time"))
        set_pixel_font(self.total_label, 20, bold=True)
        self.cancel_button = action_button(
            self,
            translate("Editor", "Cancel"),
            translate("Editor", "Cancel"),
            translate("Editor", "Close without saving (Esc)"),
        )
        self.save_button = action_button(
            self,
            translate("Editor", "Save"),
            translate("Editor", "Save routine"),
            translate("Editor", "Save this routine"),
        )
        self.save_button.setDefault(True)
        set_pixel_font(self.save_button, 19, bold=True)
        self.save_button.setMinimumWidth(140)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)  # as the dialog spaces its parts
        row.addWidget(self.total_label, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)

    def show_total(self, seconds: int, steps: int) -> None:
        total = format_duration(seconds)
        counted = Plural.tr("%n step(s)", "", steps)
        self.total_label.setText(
            translate("Editor", "Total {time}  ·  {steps}").format(time=total, steps=counted)
        )
        self.total_label.setAccessibleDescription(
            translate("Editor", "{time}, {steps}").format(time=total, steps=counted)
        )

    def allow_save(self, valid: bool) -> None:
        self.save_button.setEnabled(valid)
        self.save_button.setToolTip(
            translate("Editor", "Save this routine")
            if valid
            else translate("Editor", "Fix the problems shown in red to save")
        )
