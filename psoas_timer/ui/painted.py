"""Work that waits until a widget's next frame is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

NEXT_PAINT_FALLBACK_MS = 1000  # a widget that is not painted (a hidden window) calls back then


class _NextPaint(QObject):
    """Calls back once `widget` has been painted and the frame flushed, or after a second if
    it is not painted, then goes."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(NEXT_PAINT_FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._run)  # after this pass of painting: the frame is out
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            callback()
            self.deleteLater()


def after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` once `widget` has next been painted and the frame is on screen (or a
    second from now, if it is not painted by then)."""
    _NextPaint(widget, callback)
