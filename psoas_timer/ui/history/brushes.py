"""How completed and partial practice look, in the chart and the list alike.

Partial practice is striped as well as lighter, so the two differ without colour too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

COMPLETED_COLOUR = "#2F855A"  # the green of a work phase
PARTIAL_FILL = "#F6C177"  # light amber, striped darker
PARTIAL_STRIPE = "#B7791F"


def completed_brush() -> QBrush:
    return QBrush(QColor(COMPLETED_COLOUR))


def hatch_brush(fill: str = PARTIAL_FILL, stripe: str = PARTIAL_STRIPE) -> QBrush:
    """A light fill with bold diagonal stripes that tile seamlessly."""
    size = 12
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(fill))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(stripe), 3))
    for offset in (-size, 0, size):
        painter.drawLine(offset, size, offset + size, 0)
    painter.end()
    return QBrush(pixmap)


def swatch(brush: QBrush, edge: QColor, size: int = 16) -> QPixmap:
    """A small square of `brush`, for a row of the session list."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(edge, 1))
    painter.setBrush(brush)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pixmap
