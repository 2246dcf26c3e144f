"""Type sizes and colours shared by the views, tuned to be read from two metres."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

# Phase colours: strong enough to tell apart at a glance, with white text on each.
PHASE_COLOURS = {"prep": "#B7791F", "work": "#2F855A", "rest": "#2B6CB0", "done": "#6B46C1"}
SIDE_COLOUR = "#C05621"
DISCLAIMER = "Not medical advice. Move gently, start slow, and stop if anything hurts."


def set_pixel_font(widget: QWidget, pixels: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPixelSize(max(8, int(pixels)))
    font.setBold(bold)
    widget.setFont(font)


def blank_icon(width: int, height: int) -> QIcon:
    """A transparent icon: keeps a row without a picture lined up with the rest."""
    blank = QPixmap(width, height)
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(blank)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_text_colour(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(0.75)
    return colour


BUTTON_STYLE = """
QPushButton { min-height: 48px; padding: 6px 10px; font-size: 17px; }
QPushButton:focus { outline: none; border: 3px solid palette(highlight); border-radius: 6px; }
"""
