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

Run it with QT_QPA_PLATFORM=offscreen where there is no display.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()  # before any import of note: as close to process start as Python gets

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROUTINE_ID = "bench-long-holds"
# Held poses (no rhythmic beats), minutes long; a 10-second get-ready first, so a 60-second
# window sees ten countdown seconds, a phase change, then fifty seconds of a hold.
ROUTINE = {
    "version": 1,
    "id": ROUTINE_ID,
    "title": "Benchmark: long holds",
    "description": "Long held stretches, for measuring the countdown.",
    "prep_seconds": 10,
    "rest_seconds": 15,
    "steps": [
        {"exercise": "rolled-towel", "seconds": 600},
        {"exercise": "kneeling-hip-flexor", "seconds": 300, "per_side": True},
        {"exercise": "constructive-rest", "seconds": 600},
    ],
}


def emit(result: dict[str, object]) -> None:
    sys.stdout.write("PROBE " + json.dumps(result) + "\n")
    sys.stdout.flush()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def max_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def thread_stats() -> dict[int, dict[str, object]]:
    """Every thread of this process from /proc: its name, CPU time (ns, from schedstat) and
    how many times it was put on a CPU (each a wake-up)."""
    threads: dict[int, dict[str, object]] = {}
    for entry in Path("/proc/self/task").iterdir():
        try:
            name = (entry / "comm").read_text().strip()
            cpu_ns, _wait_ns, slices = (int(v) for v in (entry / "schedstat").read_text().split())
        except (OSError, ValueError):
            continue  # ended meanwhile, or no schedstat here
        threads[int(entry.name)] = {"name": name, "cpu_ns": cpu_ns, "runs": slices}
    return threads


def thread_usage(
    before: dict[int, dict[str, object]], after: dict[int, dict[str, object]], seconds: float
) -> list[dict[str, object]]:
    """Per thread over a sample: CPU % of a core and wake-ups a second (threads born during
    the sample count from zero)."""
    usage = []
    for tid, end in sorted(after.items()):
        start = before.get(tid, {"cpu_ns": 0, "runs": 0})
        usage.append(
            {
                "tid": tid,
                "name": end["name"],
                "main": tid == os.getpid(),
                "cpu_percent": 100 * (int(end["cpu_ns"]) - int(start["cpu_ns"])) / 1e9 / seconds,
                "wakeups_per_s": (int(end["runs"]) - int(start["runs"])) / seconds,
            }
        )
    return usage


# --- start-up -------------------------------------------------------------------------------------


def probe_startup(kind: str, data_dir: Path) -> int:
    """Record the first frame of the first top-level window, then quit.

    Only the window being shown is watched: an event filter on the whole application would
    hand every event of every object to Python, converting each to a Python object, which
    costs a window of many widgets far more than an empty one (about 30 ms more here).
    """
    if kind == "app":
        # As `python main.py` does: the command line and the core first, Qt when a window opens.
        from psoas_timer.__main__ import main
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
    return main(["--data-dir", str(data_dir)])


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


# --- a running routine, and the idle library page ----------------------------------------------


def precise_single_shot(seconds: float, callback: Callable[[], None], parent: object) -> None:
    """A one-off timer accurate to the millisecond (the default kind may be 5 % off)."""
    from PySide6.QtCore import Qt, QTimer

    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(callback)
    timer.start(round(seconds * 1000))


def _open_window(data_dir: Path, prep_seconds: int = 10) -> tuple[object, object]:
    from PySide6.QtWidgets import QApplication

    from psoas_timer.core.routines import load_catalogue, load_library
    from psoas_timer.core.store import DataDir
    from psoas_timer.core.user_routines import save_user_routine
    from psoas_timer.ui import app as app_module
    from psoas_timer.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    data = DataDir(data_dir, notify=lambda message: print(message, file=sys.stderr))
    data.claim()  # as run_app does
    routine = {**ROUTINE, "prep_seconds": prep_seconds}
    save_user_routine(routine, data.routines_dir, catalogue=load_catalogue())
    library = load_library(data.routines_dir)
    # As run_app builds it: with the cue player (sound and voice) when the app has one.
    open_cue_player = getattr(app_module, "open_cue_player", None)
    if open_cue_player is None:
        window = MainWindow(data, library)
    else:
        window = MainWindow(data, library, cues=open_cue_player())
    window.show()
    return app, window


def probe_player(
    data_dir: Path,
    seconds: float,
    tail: float,
    settle: float,
    prep_seconds: int = 10,
    heartbeat_ms: int = 0,
) -> int:
    """With `heartbeat_ms`, a timer that often also reports every gap in the event loop over
    20 ms, and the longest from a second after the start (it costs CPU time of its own, so it
    is off when CPU is measured)."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    app, window = _open_window(data_dir, prep_seconds)
    finish_start = getattr(window, "finish_start", None)
    if finish_start is not None:
        finish_start()  # as the app does once the first frame is on screen
    player = window.player  # type: ignore[attr-defined]
    label = player.countdown_label
    controller = window.controller  # type: ignore[attr-defined]
    updates: list[tuple[float, float, str]] = []
    paints: list[tuple[float, str]] = []
    marks: dict[str, float] = {}

    # Around the player's own slot: when the controller woke, and when the label had the text.
    woke: list[float] = [0.0]

    def before_refresh() -> None:
        woke[0] = time.monotonic()

    def after_refresh() -> None:
        updates.append((woke[0], time.monotonic(), label.text()))

    class PaintSpy(QObject):
        """Every paint of the countdown, with the text it paints."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append((time.monotonic(), label.text()))
            return False

    spy = PaintSpy(label)
    label.installEventFilter(spy)
    controller.updated.disconnect(player.refresh)
    controller.updated.connect(before_refresh)
    controller.updated.connect(player.refresh)
    controller.updated.connect(after_refresh)

    stalls: list[tuple[float, float]] = []
    last_beat = [time.monotonic()]
    longest = [0.0]  # the longest gap from one second after the routine started

    def beat() -> None:
        now = time.monotonic()
        gap = now - last_beat[0]
        if gap > 0.020:
            stalls.append((last_beat[0], gap))
        if "start" in marks and last_beat[0] >= marks["start"] + 1.0:
            longest[0] = max(longest[0], gap)
        last_beat[0] = now

    heartbeat = QTimer(window)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    if heartbeat_ms:
        heartbeat.start(heartbeat_ms)

    def settled() -> None:
        marks["cpu5"] = cpu_seconds()
        marks["wall5"] = time.monotonic()

    def finish() -> None:
        wall = time.monotonic() - marks["wall0"]
        cpu = cpu_seconds() - marks["cpu0"]
        session = controller.session
        emit(
            {
                "start": marks["start"],
                "phase_seconds": [phase.seconds for phase in session.timeline],
                "updates": updates,
                "paints": paints,
                "cpu_seconds": cpu,
                "wall_seconds": wall,
                # From five seconds in: the running cost, without starting the routine.
                "steady_cpu_seconds": cpu_seconds() - marks["cpu5"],
                "steady_wall_seconds": time.monotonic() - marks["wall5"],
                # Helpers it ran and waited for (espeak-ng rendering phrases), not in the above.
                "children_cpu_seconds": children_cpu_seconds() - marks["children0"],
                "max_rss_kib": max_rss_kib(),
                "state": str(session.state),
                # Read in the background from the first frame; -1 if not ready yet.
                "history_sessions": len(window.history.sessions) if window.history.ready else -1,
                "stalls": stalls,  # (began, seconds) of each gap over 20 ms, with heartbeat_ms
                "longest_gap": longest[0],
            }
        )
        window.close()
        QApplication.quit()

    def begin() -> None:
        marks["cpu0"] = cpu_seconds()
        marks["children0"] = children_cpu_seconds()
        marks["wall0"] = time.monotonic()
        window.start_routine(ROUTINE_ID)
        session = controller.session
        now = time.monotonic()
        # The session's own time zero: its first deadline less the first phase's length.
        marks["start"] = now + session.remaining_seconds(now) - session.phase.seconds
        precise_single_shot(min(5.0, seconds / 2), settled, window)
        precise_single_shot(seconds + tail, finish, window)

    precise_single_shot(settle, begin, window)
    return app.exec()


def process_cpu_seconds() -> float:
    """The whole process's CPU time (every thread, ended ones too), from /proc."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def probe_idle(data_dir: Path, seconds: float, settle: float, reference: float = 10.0) -> int:
    """Nothing running, on the library page: the process's CPU time and each thread's CPU time
    and wake-ups, from /proc. The audio side's threads are the cue player's worker and SDL's
    audio thread (there only while the device is open). Then, for reference, `reference`
    seconds with the device open, as during a routine: what it costs while it is open."""
    from PySide6.QtWidgets import QApplication

    app, window = _open_window(data_dir)
    window.finish_start()  # type: ignore[attr-defined]  # as the app does after the first frame
    cues = window.cues  # type: ignore[attr-defined]
    marks: dict[str, float] = {}
    before: dict[str, dict[int, dict[str, object]]] = {}
    result: dict[str, object] = {}

    def mixer_open() -> bool:
        mixer = sys.modules.get("pygame.mixer")
        return bool(mixer is not None and mixer.get_init())

    def audio_tids() -> set[int]:
        thread = getattr(getattr(cues, "worker", None), "_thread", None)
        return {thread.native_id} if thread is not None and thread.native_id else set()

    def done() -> None:
        emit(result)
        window.close()
        QApplication.quit()

    def finish_reference() -> None:
        wall = time.monotonic() - marks["opened"]
        usage = thread_usage(before["open"], thread_stats(), wall)
        new = [u for u in usage if u["tid"] not in before["idle"]]  # SDL's audio thread
        cues.output.close()
        result["device_open"] = {"seconds": wall, "new_threads": new}
        done()

    def finish() -> None:
        wall = time.monotonic() - marks["wall0"]
        usage = thread_usage(before["idle"], thread_stats(), wall)
        audio = audio_tids()
        result.update(
            cpu_seconds=process_cpu_seconds() - marks["cpu0"],
            wall_seconds=wall,
            max_rss_kib=max_rss_kib(),
            on_library_page=window.stack.currentWidget() is window.tabs,  # type: ignore[attr-defined]
            mixer_open=mixer_open(),  # SDL's audio thread runs only while it is
            sound=cues.output.available if cues is not None else None,
            threads=usage,
            audio_threads=[
                u for u in usage if u["tid"] in audio or str(u["name"]).startswith("SDLAudio")
            ],
        )
        if cues is None or not cues.output.available or reference <= 0:
            return done()
        before["open"] = thread_stats()
        cues.output.open()
        marks["opened"] = time.monotonic()
        precise_single_shot(reference, finish_reference, window)
        return None

    def begin() -> None:
        marks["cpu0"] = process_cpu_seconds()
        marks["wall0"] = time.monotonic()
        before["idle"] = thread_stats()
        precise_single_shot(seconds, finish, window)

    precise_single_shot(settle, begin, window)
    return app.exec()


def timed(
    call: Callable[..., object], total: list[float], marks: dict[str, float]
) -> Callable[..., object]:
    """`call`, adding the time it takes to `total` while Start waits for its frame."""

    def wrapper(*args: object, **kwargs: object) -> object:
        began = time.monotonic()
        try:
            return call(*args, **kwargs)
        finally:
            if "pressed" in marks and "frame" not in marks:
                total[0] += time.monotonic() - began

    return wrapper


def probe_start(data_dir: Path, settle: float, chosen: float = 0.0, watch: float = 3.0) -> int:
    """Press Start on the library page (Enter, as a user would) with an empty voice cache,
    `chosen` seconds after choosing the routine (0: at once, so nothing is rendered before):
    when the get-ready screen is painted, and the event loop's longest gap over the next
    `watch` seconds, while the routine's phrases are rendered in the background."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app, window = _open_window(data_dir)
    window.finish_start()  # type: ignore[attr-defined]  # as the app does after the first frame
    controller = window.controller  # type: ignore[attr-defined]
    player = window.player  # type: ignore[attr-defined]
    marks: dict[str, float] = {}
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = time.monotonic()
        if last[0]:
            gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer(window)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)

    def painted() -> None:
        marks.setdefault("frame", time.monotonic())

    class FrameSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "pressed" in marks and "frame" not in marks:
                # Painted in this pass; a zero timer runs once the frame is flushed.
                QTimer.singleShot(0, painted)
            return False

    spy = FrameSpy(player)
    player.installEventFilter(spy)

    # The audio side's share of the window's thread from Start to the frame: the cue player's
    # own calls (preparing the routine, queueing and starting cues).
    audio_seconds = [0.0]
    cues = window.cues  # type: ignore[attr-defined]
    for name in ("prepare", "handle", "pump", "next_due"):
        if cues is not None:
            setattr(cues, name, timed(getattr(cues, name), audio_seconds, marks))

    def finish() -> None:
        session = controller.session
        emit(
            {
                "pressed": marks["pressed"],
                "returned": marks["returned"],
                "frame": marks.get("frame"),
                "phase": str(session.phase.kind) if session and session.phase else None,
                "on_player": window.stack.currentWidget() is player,  # type: ignore[attr-defined]
                "longest_gap": max(gaps, default=0.0),
                "phrases_ready": cues is not None and not cues.preparing,
                "audio_seconds": audio_seconds[0],
                "children_cpu_seconds": children_cpu_seconds(),
            }
        )
        window.close()
        QApplication.quit()

    def choose() -> None:
        page = window.library_page  # type: ignore[attr-defined]
        page.select(ROUTINE_ID)
        page.tree.setFocus()
        if chosen > 0:
            precise_single_shot(chosen, press, window)
        else:
            press()

    def press() -> None:
        page = window.library_page  # type: ignore[attr-defined]
        heartbeat.start(2)
        marks["pressed"] = time.monotonic()
        QTest.keyClick(page.tree, Qt.Key.Key_Return)
        marks["returned"] = time.monotonic()
        precise_single_shot(watch, finish, window)

    precise_single_shot(settle, choose, window)
    return app.exec()


# --- the history page ---------------------------------------------------------------------------


def probe_history(data_dir: Path, timeout: float = 60.0) -> int:
    """Start the app as `main.py` does and, at its first frame, press Ctrl+2 as a user would:
    when the history page is first painted (saying the history is being read), and when it is
    painted again with the history's figures; both frames flushed."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    from psoas_timer.__main__ import main

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
                "started": STARTED,
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
    return main(["--data-dir", str(data_dir)])


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
    if args.mode == "player":
        return probe_player(
            args.data_dir, args.seconds, args.tail, args.settle, args.prep, args.heartbeat_ms
        )
    if args.mode == "start":
        return probe_start(args.data_dir, args.settle, args.chosen)
    if args.mode == "history":
        return probe_history(args.data_dir)
    return probe_idle(args.data_dir, args.seconds, args.settle)


if __name__ == "__main__":
    sys.exit(main())
