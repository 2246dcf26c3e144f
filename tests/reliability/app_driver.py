"""Child process for the hostile-file tests: runs the app as `psoas-timer --data-dir DIR`
does, and once its window is up reports what a user would see, as one JSON line.

The app is started through its own entry point (`psoas_timer.__main__.run`); this only
watches its window: when the history has been read it opens the History tab, starts a
routine, lets it run a few seconds of real time, and prints the notice bar, the History tab's
rows and figures, and the player's state. Then it quits the app the normal way.
"""

from __future__ import annotations

import gc
import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from psoas_timer.__main__ import run

ROUTINE = sys.argv[2] if len(sys.argv) > 2 else "quick-reset"
RUN_SECONDS = 3.0
app = QApplication(["psoas-timer"])
state: dict[str, object] = {}


def window():
    from psoas_timer.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None


def look() -> None:
    main_window = window()
    if main_window is None or not main_window.history.ready or main_window._parts is None:
        QTimer.singleShot(100, look)
        return
    if "started" not in state:
        main_window.tabs.setCurrentIndex(1)  # the History tab, as a user clicks it
        page = main_window.history_page
        state["history_rows"] = page.model.rowCount()
        state["history_ids"] = sorted(record.id for record in main_window.history.sessions)
        state["sessions_figure"] = page.figures.sessions_figure.value.text()
        main_window.start_routine(ROUTINE)
        state["started"] = time.monotonic()
    if time.monotonic() - float(state["started"]) < RUN_SECONDS:  # type: ignore[arg-type]
        QTimer.singleShot(100, look)
        return
    controller = main_window.controller
    session = controller.session
    state["running"] = controller.running
    state["routine"] = session.routine.id if session else None
    state["active_seconds"] = session.active_seconds(controller.now()) if session else 0
    state["notices"] = list(main_window.notice_bar.messages)  # what the notice bar says
    state["collecting"] = gc.isenabled()  # paused while the app starts, on again since
    print("DRIVER " + json.dumps({k: v for k, v in state.items() if k != "started"}), flush=True)
    main_window.quit()


QTimer.singleShot(0, look)
sys.exit(run(["--data-dir", sys.argv[1]]))
