"""The band across the top of the player: the phase in a word and a shape, the step, the muted
sign, and the time left in the whole routine with its bar. It takes the phase's strong colour,
so the phase reads from across the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from psoas_timer.core.i18n import translate
from psoas_timer.ui.player_widgets import FractionBar, MutedSign, PhaseShape, plain_label
from psoas_timer.ui.style import PhaseLook, set_pixel_font


class PhaseBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.row = QHBoxLayout()
        self.phase_shape = PhaseShape(self)
        self.phase_label = plain_label(self, "phase")
        self.phase_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.step_label = plain_label(self, "step_of")
        self.muted_sign = MutedSign(self)
        self.muted_sign.hide()
        self.overall_label = plain_label(self, "time_left_overall")
        self.overall_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.overall_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.row.addWidget(self.phase_shape, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row.addWidget(self.phase_label)
        self.row.addWidget(self.step_label, 1)
        self.row.addWidget(self.muted_sign, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row.addSpacing(16)
        self.row.addWidget(self.overall_label)
        column.addLayout(self.row)
        self.overall_bar = FractionBar(translate("Player", "Progress through the routine"), self)
        column.addWidget(self.overall_bar)

    def set_look(self, look: PhaseLook) -> None:
        """The phase's strong colour behind white words and shapes."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(look.strong))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.setPalette(palette)
        self.phase_label.setText(look.label())
        self.phase_shape.set_look(look, QColor("white"))
        self.muted_sign.set_colour(QColor("white"))
        self.overall_bar.set_fill(QColor("white"))

    def show_progress(self, step: int, steps: int, left: str, fraction: float) -> None:
        """Step `step` (from 1) of `steps`; `left` of the routine to go, `fraction` done."""
        self.step_label.setText(
            translate("Player", "Step {step} of {total}").format(step=step, total=steps)
        )
        self.overall_label.setText(translate("Player", "{time} left").format(time=left))
        self.overall_bar.set_fraction(fraction)

    def fit_time_left(self, widest: str) -> None:
        """Size the time left to its widest reading (`widest`, a duration of the routine's
        length), so that a new second repaints that line alone and never lays out the band."""
        metrics = QFontMetrics(self.overall_label.font())
        text = translate("Player", "{time} left").format(time=widest)
        self.overall_label.setFixedWidth(metrics.horizontalAdvance(text) + 4)

    def set_muted(self, muted: bool) -> None:
        self.muted_sign.setVisible(muted)

    def apply_scale(self, scale: float, gap: int) -> None:
        side = round(24 * scale)
        self.row.setContentsMargins(side, gap, side, gap)
        self.row.setSpacing(gap)
        self.overall_bar.setFixedHeight(max(4, round(8 * scale)))
        for label, pixels, bold in (
            (self.phase_label, 30, True),
            (self.step_label, 24, False),
            (self.overall_label, 26, False),
        ):
            set_pixel_font(label, max(12, round(pixels * scale)), bold)
            label.setFixedHeight(QFontMetrics(label.font()).lineSpacing() + 2)
        self.phase_shape.set_side(round(30 * scale * 1.1))
        self.muted_sign.set_height(round(30 * scale * 1.1))
