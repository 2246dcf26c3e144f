"""The app's one style: large buttons, roomy rows and a focus ring that can be seen from the mat.

A proxy over the platform's own style, so the app keeps the desktop's look while every button is
at least 48 px tall with room beside its words, every list row has air above and below, and the
control with the keyboard focus wears a 3 px ring in the highlight colour. It replaces per-widget
style sheets, which Qt would parse and apply widget by widget while the first frame waits.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

BUTTON_MIN_HEIGHT = 48
BUTTON_PADDING = 8  # px added to the platform's room beside a button's words
BUTTON_FONT_PIXELS = 17
ROW_PADDING = 12  # px added to a list or table row's height
TAB_PADDING = QSize(24, 12)
TAB_FONT_PIXELS = 17
FOCUS_RING = 3


class AppStyle(QProxyStyle):
    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        /,
        widget: QWidget | None = None,
    ) -> QSize:
        # Qt passes no widget for some sizes; the type stubs do not allow for it.
        size = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind is QStyle.ContentsType.CT_PushButton:
            return QSize(size.width() + BUTTON_PADDING, max(size.height(), BUTTON_MIN_HEIGHT))
        if kind is QStyle.ContentsType.CT_ItemViewItem:
            return QSize(size.width(), size.height() + ROW_PADDING)
        if kind is QStyle.ContentsType.CT_TabBarTab:
            return size + TAB_PADDING
        return size

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element is QStyle.ControlElement.CE_PushButton and (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            draw_focus_ring(painter, QRectF(option.rect), option.palette)


def draw_focus_ring(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """A ring in the highlight colour just inside `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), FOCUS_RING)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_RING / 2
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 6, 6)
    painter.restore()


_installed: list[AppStyle] = []  # the application does not keep the Python object alive


def install(app: QApplication) -> None:
    """Give the application its style and the type sizes of its buttons and tabs (once)."""
    if isinstance(app.style(), AppStyle):
        return
    _installed.append(AppStyle())
    app.setStyle(_installed[-1])
    for class_name, pixels in (("QPushButton", BUTTON_FONT_PIXELS), ("QTabBar", TAB_FONT_PIXELS)):
        font = QFont(app.font())
        font.setPixelSize(pixels)
        # PySide6 takes the class name as str (its stubs say bytes, which it refuses).
        app.setFont(font, class_name)  # type: ignore[arg-type]
