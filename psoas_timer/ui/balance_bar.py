"""A small front/back balance bar: the minutes on each side of the core in words, a bar split
where the two meet with a mark at the middle, and a gentle note when one side has much more.

It reads without colour: the words and numbers say it all, and the two sides differ in
lightness as well as hue. What it shows comes from `core.balance`; this only draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from psoas_timer.core.balance import Balance
from psoas_timer.core.i18n import translate
from psoas_timer.ui.psoas_text import balance_summary, side_figures
from psoas_timer.ui.style import is_dark, set_pixel_font

FRONT_COLOUR = ("#1F6F78", "#5FC3CC")  # a deep teal (light theme), a light one (dark theme)
BACK_COLOUR = ("#E2A640", "#8A5A12")  # amber, lighter than the front on a light page


class SplitBar(QWidget):
    """The bar itself: the front's share from the left, the back's from the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)
        self.setFixedHeight(16)

    def set_share(self, share: float | None) -> None:
        if share != self._share:
            self._share = share
            self.update()

    def share(self) -> float | None:
        return self._share

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = is_dark(self.palette())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = box.height() / 2
        outline = QColor(text)
        outline.setAlphaF(0.45)
        if self._share is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BACK_COLOUR[dark]))
            painter.drawRoundedRect(box, radius, radius)
            front = QRectF(box)
            front.setWidth(box.width() * self._share)
            painter.save()
            painter.setClipRect(front)
            painter.setBrush(QColor(FRONT_COLOUR[dark]))
            painter.drawRoundedRect(box, radius, radius)
            painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(outline, 1))
        painter.drawRoundedRect(box, radius, radius)
        # The middle: where the two would meet if worked equally.
        painter.setPen(QPen(text, 2))
        middle = box.center().x()
        painter.drawLine(round(middle), 0, round(middle), self.height())
        painter.end()


class BalanceBar(QWidget):
    """`Front 5:45 [bar] Back 5:03`, and under it a note (what to do when one side has much
    more, what is not counted). With `note_below=False` the note label is left for the owner
    to place (`note_label`), as the editor does beside its total."""

    def __init__(
        self, parent: QWidget | None = None, pixels: int = 16, *, note_below: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("balance")
        self.setAccessibleName(translate("Balance", "Front and back of the core"))
        self.setToolTip(
            translate(
                "Balance",
                "Practice time on the front and on the back of the core; the mark is the middle."
                " Steps that work both count half to each; your own steps don't say which side"
                " they work, so they are not counted.",
            )
        )
        self._balance = Balance()
        self._reserved_lines = 0
        self.front_label = QLabel(self)
        self.front_label.setObjectName("balance_front")
        self.bar = SplitBar(self)
        self.back_label = QLabel(self)
        self.back_label.setObjectName("balance_back")
        self.note_label = QLabel(self)
        self.note_label.setObjectName("balance_note")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.front_label)
        row.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.back_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        if note_below:
            layout.addWidget(self.note_label)
        self.set_pixel_size(pixels)
        self.set_balance(Balance())

    def set_pixel_size(self, pixels: int) -> None:
        for label, bold in ((self.front_label, True), (self.back_label, True)):
            set_pixel_font(label, pixels, bold)
        set_pixel_font(self.note_label, pixels)
        line = QFontMetrics(self.front_label.font()).height()
        self.bar.setFixedHeight(max(10, round(line * 0.7)))
        self._reserve()

    def reserve_note_lines(self, lines: int) -> None:
        """Keep room for a note of this many lines, shown or not, so that a note coming and
        going never moves what stands around it (the editor's controls)."""
        self._reserved_lines = lines
        self._reserve()

    def _reserve(self) -> None:
        spacing = QFontMetrics(self.note_label.font()).lineSpacing()
        self.note_label.setMinimumHeight(spacing * self._reserved_lines)
        self.note_label.setVisible(bool(self.note_label.text()) or self._reserved_lines > 0)

    def set_balance(self, balance: Balance, note: str = "") -> None:
        """Show `balance`, with `note` under it (nothing when empty)."""
        self._balance = balance
        front, back = side_figures(balance)
        self.front_label.setText(front)
        self.back_label.setText(back)
        self.bar.set_share(balance.front_share)
        self.note_label.setText(note)
        self.note_label.setToolTip(note)
        self._reserve()
        summary = balance_summary(balance)
        self.setAccessibleDescription(f"{summary}. {note}" if note else summary)

    def balance(self) -> Balance:
        return self._balance

    def note(self) -> str:
        return self.note_label.text()
