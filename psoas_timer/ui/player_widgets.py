"""Small painted pieces of the player: the phase's shape, a progress bar, the muted sign, and
the veil laid over the picture while paused.

Each repaints only itself, only when its value changes, and never forces a paint (`update`,
not `repaint`), so a running routine costs one small repaint a second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from psoas_timer.core.i18n import translate
from psoas_timer.ui.style import PhaseLook, fill


class PhaseShape(QWidget):
    """The phase's shape beside its word, so phases differ without colour: a ring (get
    ready), a triangle (work), a wave (rest), two arrows (switch sides), two bars (paused)
    and a tick (done)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shape = ""
        self._colour = QColor("white")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_look(self, look: PhaseLook, colour: QColor) -> None:
        if (look.shape, colour) != (self._shape, self._colour):
            self._shape, self._colour = look.shape, QColor(colour)
            self.setAccessibleName(look.label())
            self.update()

    def shape(self) -> str:
        return self._shape

    def set_side(self, pixels: int) -> None:
        self.setFixedSize(QSize(pixels, pixels))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        box = QRectF(0, 0, side, side).adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1)
        pen = QPen(self._colour, max(2.0, side * 0.12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        draw = getattr(self, f"_draw_{self._shape}", None)
        if draw is not None:
            draw(painter, box)
        painter.end()

    def _draw_ring(self, painter: QPainter, box: QRectF) -> None:
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))

    def _draw_triangle(self, painter: QPainter, box: QRectF) -> None:
        path = QPainterPath(box.topLeft() + QPointF(box.width() * 0.1, 0))
        path.lineTo(box.right(), box.center().y())
        path.lineTo(box.left() + box.width() * 0.1, box.bottom())
        path.closeSubpath()
        painter.setBrush(self._colour)
        painter.drawPath(path)

    def _draw_wave(self, painter: QPainter, box: QRectF) -> None:
        path = QPainterPath()
        for row in (0.35, 0.7):
            y = box.top() + box.height() * row
            path.moveTo(box.left(), y)
            steps = 24
            for i in range(1, steps + 1):
                x = box.left() + box.width() * i / steps
                path.lineTo(x, y - math.sin(i / steps * 2 * math.pi) * box.height() * 0.12)
        painter.drawPath(path)

    def _draw_arrows(self, painter: QPainter, box: QRectF) -> None:
        w, h = box.width(), box.height()
        top, bottom = box.top() + h * 0.3, box.top() + h * 0.72
        painter.drawLine(QPointF(box.left(), top), QPointF(box.right(), top))
        painter.drawLine(QPointF(box.right(), top), QPointF(box.right() - w * 0.28, top - h * 0.22))
        painter.drawLine(QPointF(box.left(), bottom), QPointF(box.right(), bottom))
        painter.drawLine(
            QPointF(box.left(), bottom), QPointF(box.left() + w * 0.28, bottom + h * 0.22)
        )

    def _draw_bars(self, painter: QPainter, box: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        bar = box.width() * 0.3
        painter.drawRoundedRect(QRectF(box.left() + bar * 0.3, box.top(), bar, box.height()), 2, 2)
        painter.drawRoundedRect(QRectF(box.right() - bar * 1.3, box.top(), bar, box.height()), 2, 2)

    def _draw_tick(self, painter: QPainter, box: QRectF) -> None:
        path = QPainterPath(QPointF(box.left(), box.top() + box.height() * 0.55))
        path.lineTo(box.left() + box.width() * 0.38, box.bottom() - box.height() * 0.08)
        path.lineTo(box.right(), box.top() + box.height() * 0.12)
        painter.drawPath(path)


class FractionBar(QWidget):
    """A flat progress bar, repainted only when its drawn width changes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._fraction = 0.0
        self._fill = QColor("#2B6CB0")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        old, new = self._fill_width(self._fraction), self._fill_width(fraction)
        if old != new:
            # The strip between the old end and the new, with the rounded end's width
            # either side: the rest of the bar looks the same.
            end = self.height()
            self.update(QRect(min(old, new) - end, 0, abs(new - old) + 2 * end, self.height()))
        self._fraction = fraction
        self.setAccessibleDescription(
            translate("Player", "{percent} %").format(percent=round(fraction * 100))
        )

    def set_fill(self, colour: QColor) -> None:
        if colour != self._fill:
            self._fill = QColor(colour)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.15)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self._fraction > 0:
            painter.setBrush(self._fill)
            width = self._fill_width(self._fraction)
            painter.drawRoundedRect(QRectF(0, 0, width, self.height()), radius, radius)
        painter.end()

    def _fill_width(self, fraction: float) -> int:
        """The filled part's width in whole pixels (0: none; at least round at its end)."""
        if fraction <= 0:
            return 0
        return max(self.height(), round(self.width() * fraction))


class MutedSign(QWidget):
    """A loudspeaker struck through, and the word Muted: there as long as the sound is off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word = translate("Player", "Muted")
        self.setAccessibleName(self.word)
        self._colour = QColor("white")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_colour(self, colour: QColor) -> None:
        if colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def set_height(self, pixels: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(10, int(pixels * 0.55)))
        font.setBold(True)
        self.setFont(font)
        width = pixels + 8 + self.fontMetrics().horizontalAdvance(self.word)
        self.setFixedSize(QSize(width, pixels))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = float(self.height())
        pen = QPen(self._colour, max(2.0, h * 0.08))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(self._colour)
        speaker = QPainterPath(QPointF(h * 0.12, h * 0.38))
        for x, y in ((0.3, 0.38), (0.55, 0.16), (0.55, 0.84), (0.3, 0.62), (0.12, 0.62)):
            speaker.lineTo(h * x, h * y)
        speaker.closeSubpath()
        painter.drawPath(speaker)
        painter.drawLine(QPointF(h * 0.68, h * 0.34), QPointF(h * 0.94, h * 0.66))
        painter.drawLine(QPointF(h * 0.94, h * 0.34), QPointF(h * 0.68, h * 0.66))
        painter.drawText(
            QRectF(h + 8, 0, self.width() - h - 8, h),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.word,
        )
        painter.end()


class PausedVeil(QWidget):
    """Laid over the picture while paused: dims it and says PAUSED as large as the clock.
    It covers its parent (the picture) whole, whatever size that takes. It watches the
    picture's size only while shown, so a running routine's fade frames pass it by."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._picture = parent
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(parent.rect())
        self.setAccessibleName(translate("Player", "Paused"))
        # The word across the picture, in capitals where the language writes it so.
        self.word = translate("Player", "PAUSED")
        self._tint = QColor(0, 0, 0, 0)
        self._text = QColor("black")
        super().setVisible(False)  # hidden for good until shown, not only until its parent is

    def setVisible(self, visible: bool) -> None:
        if visible != self.isHidden():
            return  # as it is already
        if visible:
            self.setGeometry(self._picture.rect())
            self._picture.installEventFilter(self)
        else:
            self._picture.removeEventFilter(self)
        super().setVisible(visible)

    def set_colours(self, tint: QColor, text: QColor) -> None:
        self._tint, self._text = QColor(tint), QColor(text)
        self._tint.setAlphaF(0.72)
        self.update()

    def set_text_pixels(self, pixels: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(12, pixels))
        font.setBold(True)
        self.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())  # the picture, the one object it watches
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fill(painter, self.rect(), self._tint)
        painter.setPen(self._text)
        font = QFont(self.font())
        # Never wider than the picture: a narrow window gets a smaller word.
        fits = self.width() * 0.92 / max(1, painter.fontMetrics().horizontalAdvance(self.word))
        if fits < 1:
            font.setPixelSize(max(12, int(font.pixelSize() * fits)))
        painter.setFont(font)
        painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self.word)
        painter.end()


class FitLabel(QLabel):
    """One line of text that never leaves its slot: set in its base size where it fits,
    smaller (down to `shrink_to` of it) where it does not, and elided past that. The full text
    stays the tooltip and what a screen reader hears."""

    def __init__(self, parent: QWidget | None = None, shrink_to: float = 0.65) -> None:
        super().__init__(parent)
        self._full = ""
        self._base_pixels = 16
        self._bold = False
        self._shrink_to = shrink_to
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_base_font(self, pixels: int, bold: bool = False) -> None:
        """The size the line is meant to have; its slot is one line of it, whatever it shows."""
        self._base_pixels, self._bold = pixels, bold
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        self.setFixedHeight(QFontMetrics(font).lineSpacing() + 2)
        self._fit()

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setToolTip(text if text else "")
            self.setAccessibleName(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = QFont(self.font())
        font.setBold(self._bold)
        font.setPixelSize(self._base_pixels)
        width = self.contentsRect().width()
        text = self._full
        if width > 0:
            advance = QFontMetrics(font).horizontalAdvance(text)
            if advance > width:
                smallest = max(8, int(self._base_pixels * self._shrink_to))
                font.setPixelSize(max(smallest, int(self._base_pixels * width / advance)))
                metrics = QFontMetrics(font)
                if metrics.horizontalAdvance(text) > width:
                    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        if font != self.font():
            self.setFont(font)
        self.setText(text)


class ClockLabel(QLabel):
    """The big countdown. Qt draws text larger than 64 pixels from the glyphs' outlines on
    every paint (it caches smaller text only), which at the clock's size took about 0.4 ms
    a second; a reading is a few digits and a colon, so each character is drawn once into a
    picture, and a new second puts those pictures side by side where the text would be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glyphs: dict[str, tuple[QPixmap, float]] = {}
        self._glyph_key: tuple[str, int, float] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.text()
        if not text:
            return
        font = self.font()
        colour = self.palette().color(self.foregroundRole())
        ratio = self.devicePixelRatioF()
        key = (font.key(), colour.rgba(), ratio)
        if key != self._glyph_key:
            self._glyphs.clear()
            self._glyph_key = key
        metrics = QFontMetricsF(font)
        rect = QRectF(self.contentsRect())
        width = sum(metrics.horizontalAdvance(c) for c in text)
        align = self.alignment()
        if align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() + 1 - width
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x = rect.left() + (rect.width() - width) / 2
        else:
            x = rect.left()
        if align & Qt.AlignmentFlag.AlignTop:
            top = rect.top()
        elif align & Qt.AlignmentFlag.AlignBottom:
            top = rect.bottom() + 1 - metrics.height()
        else:
            top = rect.top() + (rect.height() - metrics.height()) / 2
        painter = QPainter(self)
        for char in text:
            picture, pad = self._glyph(char, font, colour, ratio, metrics)
            painter.drawPixmap(QPointF(round(x - pad), round(top - pad)), picture)
            x += metrics.horizontalAdvance(char)
        painter.end()

    def _glyph(
        self, char: str, font: QFont, colour: QColor, ratio: float, metrics: QFontMetricsF
    ) -> tuple[QPixmap, float]:
        """The character drawn on a transparent picture with room around it for the parts of
        a glyph that reach past its advance; and that room's width."""
        found = self._glyphs.get(char)
        if found is None:
            pad = math.ceil(metrics.height() / 4)
            width = metrics.horizontalAdvance(char) + 2 * pad
            height = metrics.height() + 2 * pad
            picture = QPixmap(math.ceil(width * ratio), math.ceil(height * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QPointF(pad, pad + metrics.ascent()), char)
            painter.end()
            found = (picture, pad)
            self._glyphs[char] = found
        return found


def plain_label(parent: QWidget, name: str, wrap: bool = False) -> QLabel:
    """A line of the player: never selectable, and never what sets the window's width (what
    does not fit is fitted or elided)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return label


def clock_label(parent: QWidget, name: str) -> ClockLabel:
    """The countdown: a line of the player like `plain_label`, drawn by ClockLabel."""
    label = ClockLabel(parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return label


def fit_label(parent: QWidget, name: str, shrink_to: float = 0.65) -> FitLabel:
    label = FitLabel(parent, shrink_to)
    label.setObjectName(name)
    return label
