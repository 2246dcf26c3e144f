"""The probe of the history page (see app_probe.py, which runs it): Ctrl+2 at the app's first
frame, until the page is painted and then painted with its figures."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from probe_tools import emit, max_rss_kib


def probe_history(data_dir: Path, started: float, timeout: float = 60.0) -> int:
    """Start the app as `main.py` does and, at its first frame, press Ctrl+2 as a user would:
    when the history page is first painted (saying the history is being read), and when it is
    painted again with the history's figures; both frames flushed."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    from psoas_timer.__main__ import run

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    found: dict[str, QWidget] = {}

    def mark(name: str) -> Callable[[], None]:
        return lambda: marks.setdefault(name, time.monotonic())

    def finish() -> None:
        window = found.get("window")
        page = getattr(window, "history_page", None)
        history = getattr(window, "_history", None)
        figures = getattr(page, "figures", None)
        emit(
            {
                "started": started,
                **marks,
                "sessions": len(history.sessions) if history is not None else None,
                "figures_text": " | ".join(
                    label.text() for label in figures.findChildren(QLabel) if label.text()
                )
                if figures is not None
                else "",
                "max_rss_kib": max_rss_kib(),
            }
        )
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.quit()

    class Spy(QObject):
        """The expose of the window, then paints of the history page: a zero timer queued in
        a paint runs once that frame is flushed."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Expose and "first_frame" not in marks and watched.isExposed():  # type: ignore[attr-defined]
                QTimer.singleShot(0, mark("first_frame"))
                QTimer.singleShot(0, press)
            elif kind == QEvent.Type.Paint and "pressed" in marks:
                if "page_painted" not in marks:
                    marks["page_painted"] = time.monotonic()
                    QTimer.singleShot(0, mark("page_frame"))
                if "ready" in marks and "figures_painted" not in marks:
                    marks["figures_painted"] = time.monotonic()
                    QTimer.singleShot(0, mark("figures_frame"))
                    QTimer.singleShot(0, finish)
            return False

    spy = Spy(app)
    real_show = QWidget.show

    def show_and_watch(widget: QWidget) -> None:
        real_show(widget)
        if isinstance(widget, QMainWindow) and "window" not in found:
            found["window"] = widget
            widget.windowHandle().installEventFilter(spy)

    QWidget.show = show_and_watch  # type: ignore[method-assign]

    def watch_page() -> None:
        page = getattr(found["window"], "history_page", None)
        if page is None:
            return
        for widget in [page, *page.findChildren(QWidget)]:
            widget.installEventFilter(spy)
        history = found["window"]._history  # type: ignore[attr-defined]
        if history.ready:
            marks.setdefault("ready", time.monotonic())
        else:
            history.changed.connect(mark("ready"))

    def press() -> None:
        marks["pressed"] = time.monotonic()
        QTest.keyClick(found["window"], Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        watch_page()
        found["window"].update()  # type: ignore[union-attr]

    QTimer.singleShot(round(timeout * 1000), finish)
    return run(["--data-dir", str(data_dir)])
