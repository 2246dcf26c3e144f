"""The probes of a running routine, the idle library page and the Start button (see
app_probe.py, which runs them): each opens the app's window on a data folder with a routine of
long holds and reports one line."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from probe_tools import (
    children_cpu_seconds,
    cpu_seconds,
    emit,
    max_rss_kib,
    precise_single_shot,
    process_cpu_seconds,
    thread_stats,
    thread_usage,
)

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


def open_window(data_dir: Path, prep_seconds: int = 10) -> tuple[object, object]:
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

    app, window = open_window(data_dir, prep_seconds)
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


def probe_idle(data_dir: Path, seconds: float, settle: float, reference: float = 10.0) -> int:
    """Nothing running, on the library page: the process's CPU time and each thread's CPU time
    and wake-ups, from /proc. The audio side's threads are the cue player's worker and SDL's
    audio thread (there only while the device is open). Then, for reference, `reference`
    seconds with the device open, as during a routine: what it costs while it is open."""
    from PySide6.QtWidgets import QApplication

    app, window = open_window(data_dir)
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

    app, window = open_window(data_dir)
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

    class FrameSpy(QObject):
        """The frame's time: the end of the first pass of painting that paints the player
        (the frame is flushed to the screen as the pass ends), seen as the first event the
        loop delivers after it. A zero timer would run behind whatever else the paint had
        queued (the app's own work that waits for the frame), and time that too."""

        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if "pressed" not in marks or "frame" in marks:
                return False
            kind = event.type()
            if kind == QEvent.Type.Paint:
                self.painted = self.painted or watched is player
            elif self.painted and kind in (QEvent.Type.Timer, QEvent.Type.MetaCall):
                marks["frame"] = time.monotonic()  # the loop's next event: the pass is over
            return False

    spy = FrameSpy(player)
    QApplication.instance().installEventFilter(spy)

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
                # The play call of the first phrase after its moment (due as the routine starts).
                "first_phrase_ms": next(
                    (1000 * c.delay for c in (cues.played if cues else []) if c.is_speech), None
                ),
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
        if QApplication.activeWindow() is window:
            QTest.keyClick(page.tree, Qt.Key.Key_Return)
        else:  # an X display with no window manager: no window is active, no shortcut fires
            page.start_requested.emit(page.current_routine_id())
        marks["returned"] = time.monotonic()
        precise_single_shot(watch, finish, window)

    precise_single_shot(settle, choose, window)
    return app.exec()
