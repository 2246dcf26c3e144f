"""Start-up: the library is drawn first; the player, the step pictures and the history follow."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from psoas_timer.ui import app as app_module
from psoas_timer.ui.app import after_first_frame


def drawn_pixels(icon, size=(56, 42)) -> int:
    image = icon.pixmap(*size).toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() > 0
    )


def test_the_rest_of_start_up_waits_for_the_first_frame(qtbot, monkeypatch):
    monkeypatch.setattr(app_module, "FIRST_FRAME_FALLBACK_MS", 200)
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    widget.show()
    after_first_frame(widget, lambda: calls.append(widget.windowHandle().isExposed()))
    assert calls == []  # not before the window has been drawn
    qtbot.waitUntil(lambda: calls == [True])
    later = []
    QTimer.singleShot(300, lambda: later.append(True))
    qtbot.waitUntil(lambda: later == [True])
    assert calls == [True]  # once only, though the fallback timer has fired too


def test_a_window_never_exposed_still_finishes_starting(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.winId()  # a native window that is never shown
    calls = []
    after_first_frame(widget, lambda: calls.append("done"))
    qtbot.waitUntil(lambda: calls == ["done"], timeout=3000)


def test_step_pictures_arrive_without_moving_the_rows(qtbot, data, library, clock):
    from psoas_timer.ui.main_window import MainWindow

    window = MainWindow(data, library, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    steps = window.library_page.steps
    window.library_page.select("quick-reset")
    first = steps.topLevelItem(0)
    height_before = steps.visualItemRect(first).height()
    assert drawn_pixels(first.icon(0)) == 0  # a blank of the picture's size, for now

    window.finish_start()
    first = steps.topLevelItem(0)
    assert drawn_pixels(first.icon(0)) > 50
    assert steps.visualItemRect(first).height() == height_before
    # The player is ready, so Start answers at once.
    window.library_page.start_button.click()
    assert window.stack.currentWidget() is window.player


def test_a_damaged_history_is_reported_once_the_window_is_up(qtbot, tmp_path, library, clock):
    from psoas_timer.core.store import DataDir
    from psoas_timer.ui.main_window import MainWindow

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "history.json").write_text('{"version": 1, "sess')
    data = DataDir(folder)
    data.claim()  # as the app does once it holds the folder's lock
    window = MainWindow(data, library, clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.finish_start()
    qtbot.waitUntil(lambda: window.history.ready, timeout=10000)
    assert "history.json" in window.notice_bar.label.text()
    (aside,) = folder.glob("history.json.corrupt-*")
    assert aside.read_text() == '{"version": 1, "sess'
    window.start_routine("ui-test")
    assert window.controller.running


FIRST_FRAME_CODE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from psoas_timer.__main__ import main  # the command line, as the app starts
from psoas_timer.core.routines import load_library
from psoas_timer.core.store import DataDir
from psoas_timer.ui import app_style
from psoas_timer.ui.app import run_app  # what the program imports to open its window
from psoas_timer.ui.main_window import MainWindow
from psoas_timer.ui.single_instance import server_name

app = QApplication([])
app_style.install(app)
data = DataDir(Path(sys.argv[1]))
data.create()
server_name(data.path)  # the one-copy check's meeting point
window = MainWindow(data, load_library(data.routines_dir))
window.show()
app.processEvents()
print(" ".join(sorted(sys.modules)))
"""

# Loaded after the first frame, or only when used: each costs the first frame milliseconds.
NOT_BEFORE_THE_FIRST_FRAME = (
    "_hashlib",  # OpenSSL: the one-copy check's name uses Qt's SHA-1 instead
    "importlib.resources",  # the assets folder is found from the import system
    "psoas_timer.audio.cue_player",
    "psoas_timer.core.history",  # opened once the window is up, and read behind it
    "psoas_timer.core.snapshot",
    "psoas_timer.core.stats",  # the week's balance and the history page's figures
    "psoas_timer.ui.player",
    "pygame",
    "secrets",  # a device id is made once per computer
    "socket",  # the signal wake-up comes with finish_start
)


def test_the_first_frame_loads_only_what_the_library_shows(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_CODE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "psoas_timer.ui.library" in loaded  # the check itself sees what was loaded
    assert sorted(loaded.intersection(NOT_BEFORE_THE_FIRST_FRAME)) == []
