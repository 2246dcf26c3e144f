"""The measured child process of benchmarks/run.py: starts the app (or a bare window) and reports.

Each mode prints one line `PROBE {json}` on stdout; everything else goes to stderr. Times are
`time.monotonic()` (CLOCK_MONOTONIC, shared by every process on the machine), so the parent can
subtract the moment it spawned this process.

    startup --kind app|bare|widgets --data-dir DIR
                                              process start to the main window's first frame
    player --data-dir DIR --seconds 60        run a routine of long holds: every countdown change
    idle --data-dir DIR --seconds 60          the library page, doing nothing: CPU time, and
                                              each thread's CPU time and wake-ups (/proc)
    start --data-dir DIR                      press Start: until the get-ready screen is on
                                              screen, and the event loop's longest gap while
                                              the routine's phrases are prepared behind it
    history --data-dir DIR                    Ctrl+2 at the first frame: until the history
                                              page is painted, then painted with its figures

The start-up probes are here, so nothing is imported before the first frame that the app
itself does not import; the others are in probe_session.py and probe_history.py, their shared
measures in probe_tools.py.

Run it with QT_QPA_PLATFORM=offscreen where there is no display.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()  # before any import of note: as close to process start as Python gets

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from probe_tools import emit, max_rss_kib  # noqa: E402

# --- start-up -------------------------------------------------------------------------------------


def probe_startup(kind: str, data_dir: Path) -> int:
    """Record the first frame of the first top-level window, then quit.

    Only the window being shown is watched: an event filter on the whole application would
    hand every event of every object to Python, converting each to a Python object, which
    costs a window of many widgets far more than an empty one (about 30 ms more here).
    """
    if kind == "app":
        # As `python main.py` does, through its entry point: the command line and the core
        # first, Qt when a window opens.
        from psoas_timer.__main__ import run
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    state: dict[str, object] = {"paints": 0, "exposed": None}

    def first_frame() -> None:
        emit(
            {
                "kind": kind,
                "started": STARTED,
                "exposed": state["exposed"],
                "first_frame": time.monotonic(),
                "paints": state["paints"],
                "max_rss_kib": max_rss_kib(),
            }
        )
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.quit()

    class FirstFrame(QObject):
        """The expose of a top-level window paints its backing store at once (synchronously);
        a zero timer queued there runs once that frame is painted and flushed."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind_of = event.type()
            if kind_of == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                state["paints"] = int(state["paints"]) + 1  # type: ignore[call-overload]
            elif (
                kind_of == QEvent.Type.Expose and state["exposed"] is None and watched.isExposed()  # type: ignore[attr-defined]
            ):
                state["exposed"] = time.monotonic()
                QTimer.singleShot(0, first_frame)
            return False

    spy = FirstFrame(app)
    real_show = QWidget.show

    def show_and_watch(widget: QWidget) -> None:
        """The app's (or the bare window's) own call to show its main window."""
        real_show(widget)
        if widget.isWindow() and widget.windowHandle() is not None:
            widget.installEventFilter(spy)
            widget.windowHandle().installEventFilter(spy)

    QWidget.show = show_and_watch  # type: ignore[method-assign]

    if kind == "bare":
        window = QMainWindow()
        window.setWindowTitle("Bare")
        window.resize(1280, 760)
        window.show()
        return app.exec()
    if kind == "widgets":
        window = widgets_window()
        window.show()
        return app.exec()

    # The app's own start-up path: argument parsing, data folder, library, run_app.
    return run(["--data-dir", str(data_dir)])


def widgets_window() -> object:
    """The floor under the app's first frame: the widgets its library page shows (menus,
    tabs, a search field, a list of routines, the chosen one's steps, buttons), with
    placeholder text and nothing else: no data folder, files, style sheets or delegate."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import (
        QCheckBox,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QSplitter,
        QTabWidget,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
        QWidget,
    )

    window = QMainWindow()
    window.setWindowTitle("Widgets")
    window.resize(1280, 760)
    for menu_name, count in (("File", 3), ("View", 3), ("Settings", 1), ("Routine", 4)):
        menu = window.menuBar().addMenu(menu_name)
        for number in range(count):
            action = QAction(f"{menu_name} {number}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            menu.addAction(action)
    window.menuBar().addMenu("Help").addAction(QAction("About", window))

    page = QWidget()
    left = QVBoxLayout()
    top = QHBoxLayout()
    top.addWidget(QLineEdit(), 1)
    top.addWidget(QCheckBox("Favourites only"))
    left.addLayout(top)
    routines = QTreeWidget()
    routines.setHeaderLabels(["", "Routine", "Time", "Steps"])
    for number in range(5):
        QTreeWidgetItem(routines, ["☆", f"Routine {number}", "5:00", "6"])
    left.addWidget(routines, 1)
    row = QHBoxLayout()
    for text in ("New…", "Duplicate…", "Edit…", "Delete"):
        row.addWidget(QPushButton(text))
    left.addLayout(row)
    right = QVBoxLayout()
    for text in ("Title", "Built-in · gentle · mat", "What the routine is for."):
        label = QLabel(text)
        label.setWordWrap(True)
        right.addWidget(label)
    steps = QTreeWidget()
    steps.setHeaderLabels(["Exercise", "Time", "Sides"])
    for number in range(6):
        QTreeWidgetItem(steps, [f"Exercise {number}", "1:00", "each side"])
    right.addWidget(steps, 1)
    right.addWidget(QLabel("Total 6:00"))
    buttons = QHBoxLayout()
    buttons.addWidget(QPushButton("☆ Favourite"))
    buttons.addWidget(QPushButton("Start  ▶"), 2)
    right.addLayout(buttons)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for layout in (left, right):
        side = QWidget()
        side.setLayout(layout)
        splitter.addWidget(side)
    page_layout = QVBoxLayout(page)
    page_layout.addWidget(splitter)
    tabs = QTabWidget()
    tabs.addTab(page, "Routines")
    tabs.addTab(QWidget(), "History")
    window.setCentralWidget(tabs)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One measured run for benchmarks/run.py.")
    parser.add_argument("mode", choices=("startup", "player", "idle", "start", "history"))
    parser.add_argument("--kind", choices=("app", "bare", "widgets"), default="app")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the window")
    parser.add_argument("--tail", type=float, default=1.5, help="player: run on this long")
    parser.add_argument("--settle", type=float, default=2.0, help="wait after start-up")
    parser.add_argument("--prep", type=int, default=10, help="player: the get-ready seconds")
    parser.add_argument(
        "--chosen", type=float, default=0.0, help="start: seconds between choosing and Start"
    )
    parser.add_argument(
        "--heartbeat-ms", type=int, default=0, help="player: report event-loop stalls"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if args.mode == "startup":
        return probe_startup(args.kind, args.data_dir)
    if args.mode == "history":
        from probe_history import probe_history

        return probe_history(args.data_dir, STARTED)
    from probe_session import probe_idle, probe_player, probe_start

    if args.mode == "player":
        return probe_player(
            args.data_dir, args.seconds, args.tail, args.settle, args.prep, args.heartbeat_ms
        )
    if args.mode == "start":
        return probe_start(args.data_dir, args.settle, args.chosen)
    return probe_idle(args.data_dir, args.seconds, args.settle)


if __name__ == "__main__":
    sys.exit(main())
