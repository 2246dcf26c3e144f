"""What the editor's dialogs share: large type, labels for fields and for their problems."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from psoas_timer.ui.style import is_dark, set_pixel_font

Thumbnail = Callable[[str], QIcon]

BASE_FONT_PIXELS = 17
ICON_SIZE = QSize(56, 42)


def error_colour() -> str:
    return "#FC8181" if is_dark() else "#B42318"


def error_label(parent: QWidget, name: str) -> QLabel:
    """A red line under a field, hidden until there is a problem to show."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(error_colour()))
    label.setPalette(palette)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_problems(label: QLabel, lines: list[str]) -> None:
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


def field_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A field's name in bold; it wraps rather than widen the dialog (German names are long)."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    set_pixel_font(label, BASE_FONT_PIXELS, bold=True)
    return label


def apply_base_font(root: QWidget, pixels: int = BASE_FONT_PIXELS) -> None:
    """Large type for every control not given a size of its own.

    A style sheet stops fonts passing from a dialog to its children, so each gets it here.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.font().pixelSize() <= 0:
            set_pixel_font(widget, pixels, bold=widget.font().bold())
