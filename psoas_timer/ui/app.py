"""Start-up: the Qt application, the main window, and a clean exit on SIGTERM."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from psoas_timer.audio.cue_player import CuePlayer

from psoas_timer import resources
from psoas_timer.core.i18n import content_language, translate
from psoas_timer.core.routines import Library
from psoas_timer.core.store import DataDir
from psoas_timer.ui import app_style, translations
from psoas_timer.ui.main_window import MainWindow
from psoas_timer.ui.single_instance import SingleInstance
from psoas_timer.ui.style import app_icon

FIRST_FRAME_FALLBACK_MS = 1000


class _FirstFrame(QObject):
    """Calls back once the window's first frame is on screen, or after a second if the
    window is never exposed.

    The frame is painted while its expose event is handled; the callback waits two turns of
    the event loop after that, so that whatever was posted meanwhile (a maximise, a first key
    press) goes before the heavier work.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(FIRST_FRAME_FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._run))
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_frame(window: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` once `window` (already shown) has drawn its first frame."""
    _FirstFrame(window, callback)


class _SignalWakeup(QObject):
    """Wakes the event loop when a signal arrives, so Python's handler runs at once.

    Python runs signal handlers only when it gets control, which it may not while Qt waits
    for events; the socket Python writes to on a signal gives the event loop something to
    notice. A child of the window, it keeps the sockets for as long as the window lives.
    """

    def __init__(self, parent: QObject) -> None:
        import socket

        super().__init__(parent)
        self.reader, self.writer = socket.socketpair()
        self.reader.setblocking(False)
        self.writer.setblocking(False)
        self.notifier = QSocketNotifier(self.reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            while self.reader.recv(64):
                pass
        except OSError:
            pass


def install_signal_handlers(window: MainWindow) -> None:
    """SIGTERM (log-out, shutdown) and SIGINT close the window the normal way, saving the
    session."""
    if sys.platform == "win32":
        return
    import signal

    signal.set_wakeup_fd(_SignalWakeup(window).writer.fileno())

    def close_window(signum: int, _frame: object) -> None:
        # Not here: the signal may arrive in the middle of anything, a history write
        # included. The event loop quits once what it is doing is done; for good, even when
        # closing would keep the app in the tray.
        QTimer.singleShot(0, quit_now)

    def quit_now() -> None:
        window.quit(by_signal=True)
        QApplication.quit()

    signal.signal(signal.SIGTERM, close_window)
    signal.signal(signal.SIGINT, close_window)


def open_cue_player() -> CuePlayer:
    """The mixer if this machine has sound (else a silent stand-in), and a voice if it can:
    the voice of the content language, or English where this machine lacks it."""
    from psoas_timer.audio.cue_player import CuePlayer
    from psoas_timer.audio.output import open_output
    from psoas_timer.audio.speech import SpeechRenderer, default_cache_dir
    from psoas_timer.audio.worker import ThreadWorker

    output = open_output()
    speech = SpeechRenderer(default_cache_dir(), language=content_language())
    return CuePlayer(output, speech, worker=ThreadWorker())


def run_app(
    data: DataDir,
    library: Library,
    start_routine: str | None = None,
    start_minimized: bool = False,
) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    collector_paused = not gc.isenabled()  # for the start-up, by the program (see `run`)
    # A fixed program name gives the window the X11 class the desktop entry names
    # (StartupWMClass), however the app was started.
    app = cast(QApplication, QApplication.instance() or QApplication(["psoas-timer"]))
    app.setApplicationName("Psoas Timer")
    app.setApplicationDisplayName("Psoas Timer")
    app.setDesktopFileName(resources.APP_ID)
    app.setWindowIcon(app_icon())
    app_style.install(app)
    translations.install(app, content_language())
    data.create()
    instance = SingleInstance(data.path, data.device)
    if not instance.acquire():
        request = f"start {start_routine}" if start_routine else "show"
        if instance.notify_running(request):
            print(
                translate(
                    "App", "Psoas Timer is already running; it has been brought to the front."
                )
            )
            return 0
        pid = instance.holder_pid()
        if pid:
            text = translate(
                "App",
                "another copy (process {pid}) is using the data folder {folder}; "
                "only one may run at a time.",
            )
        else:
            text = translate(
                "App",
                "another copy is using the data folder {folder}; only one may run at a time.",
            )
        print(f"psoas-timer: {text.format(pid=pid, folder=data.path)}", file=sys.stderr)
        return 1
    data.claim()  # the one process writing here: damaged files are set aside now
    window = MainWindow(data, library)
    # The window may close into the tray; the app ends when it closes for good.
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(app.quit)
    if not start_minimized:
        window.show()
        window.raise_()
        window.activateWindow()

    def finish_start() -> None:
        # The library is on screen; now what it did not need: answering a second start,
        # the player and the step pictures, then the mixer (importing pygame takes longer
        # than drawing the window). A routine asked for on the command line starts when
        # its cues are ready. Until now a SIGTERM ended the process at once, with nothing
        # yet to save.
        if collector_paused:
            # What the start-up made lives as long as the app: the collector leaves it be.
            gc.freeze()
            gc.enable()
        install_signal_handlers(window)
        instance.listen(window.handle_request)
        window.finish_start()
        window.habit.start()  # the tray icon and the reminders
        if start_minimized and not window.habit.keeps_running():
            window.showMinimized()  # no tray to wait in (or not wanted): the task bar, then
        QTimer.singleShot(0, open_sound)

    def open_sound() -> None:
        window.set_cues(open_cue_player())
        if start_routine:
            window.start_routine(start_routine)

    after_first_frame(window, finish_start)
    try:
        code = app.exec()
    finally:
        instance.release()
    if window.restart_requested:
        # A new language takes effect in a new process: the same program, the same arguments.
        os.execv(sys.executable, [sys.executable, *sys.argv])
    return code
