"""The player as a user sees it: driven through whole routines with a fake clock."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from psoas_timer.core.engine import SessionState
from psoas_timer.core.history import read_history


def tick(window, clock, seconds: float) -> None:
    """Let time pass the way the window's timer would see it: a wake at every second."""
    whole = int(seconds)
    for _ in range(whole):
        clock.advance(1)
        window.controller.wake()
    if seconds - whole:
        clock.advance(seconds - whole)
        window.controller.wake()


def shown(window) -> dict:
    player = window.player
    return {
        "phase": player.phase_label.text(),
        "name": player.name_label.full_text(),
        "side": player.side_label.full_text(),
        "countdown": player.countdown_label.text(),
        "next": player.next_label.full_text(),
        "movement": player.movement_label.full_text(),
    }


def spoken_name(widget) -> str:
    """The name a screen reader is given for the widget."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def start(window, qtbot):
    window.start_routine("ui-test")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.player)


def test_whole_routine_shows_the_right_things_at_each_moment(window, clock, qtbot, data):
    start(window, qtbot)
    screen = shown(window)
    assert screen["phase"] == "Get ready"
    assert screen["name"] == "Coming up: Cat pose"
    assert screen["countdown"] == "0:05"
    assert screen["next"] == "Get into position"

    tick(window, clock, 5)
    screen = shown(window)
    assert screen["phase"] == "Work" and screen["name"] == "Cat pose"
    assert screen["countdown"] == "0:20"
    assert screen["movement"] == "Round up"
    lunge = window.library.catalogue["kneeling-hip-flexor"].name
    assert screen["next"] == f"Next: rest, then {lunge}"
    assert "Focus:" in window.player.instructions_label.text()

    tick(window, clock, 4)
    assert shown(window)["movement"] == "Let it settle"
    assert shown(window)["countdown"] == "0:16"

    tick(window, clock, 16)
    screen = shown(window)
    assert screen["phase"] == "Rest"
    assert screen["name"].startswith("Coming up: ")
    assert screen["countdown"] == "0:10"
    assert screen["next"] == "Get into position: left side first"

    tick(window, clock, 10)
    screen = shown(window)
    assert screen["side"] == "Left side" and screen["countdown"] == "0:15"
    assert screen["next"].endswith("(right side)")
    assert not window.player.illustration.is_mirrored()
    tick(window, clock, 15)
    assert shown(window)["side"] == "Right side"
    assert window.player.illustration.is_mirrored()  # the pose faces the other way
    tick(window, clock, 15 + 10)
    screen = shown(window)
    assert screen["name"] == "Breathe" and screen["next"] == "Next: finish"
    assert "Step 3 of 3" in window.player.step_label.text()

    tick(window, clock, 10)
    player = window.player
    assert player.showing_summary()
    assert player.summary_title.text() == "Well done!"
    assert "1:00 of practice" in player.summary_figures.text()  # 20 + 15 + 15 + 10
    assert "3 of 3 steps" in player.summary_figures.text()

    (session,) = read_history(data.path).sessions
    assert session.completed is True
    assert session.active_seconds == 60
    assert session.routine_id == "ui-test"


def test_countdown_changes_on_the_deadline_second_and_timer_is_armed_for_it(window, clock, qtbot):
    start(window, qtbot)
    clock.advance(0.3)
    window.controller.wake()
    assert shown(window)["countdown"] == "0:05"
    # The next wake is armed for the true boundary, 0.7 s later, not a fixed 1 s tick.
    assert window.controller.timer_interval_ms == 700
    clock.advance(0.7)
    window.controller.wake()
    assert shown(window)["countdown"] == "0:04"


def test_a_wake_that_changes_nothing_shown_repaints_nothing(window, clock, qtbot):
    start(window, qtbot)
    repaints = []
    window.controller.updated.connect(lambda: repaints.append(clock.now()))
    clock.advance(0.5)  # the cue player's moment, say: its device resting until a cue
    window.controller.wake()
    assert repaints == [] and shown(window)["countdown"] == "0:05"
    clock.advance(0.5)
    window.controller.wake()
    assert len(repaints) == 1 and shown(window)["countdown"] == "0:04"
    window.controller.pause()  # what the user does always shows at once
    assert len(repaints) == 2


def test_a_new_second_changes_its_figures_and_lays_out_nothing(window, clock, qtbot, qapp):
    """Each second the clock, the time left and the bars change, each in a slot of a fixed
    size: nothing else on the page moves, so nothing is laid out again."""
    start(window, qtbot)
    tick(window, clock, 5 + 20 + 2)  # into the rest after the first step
    laid_out = []

    class Spy(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.LayoutRequest:
                laid_out.append(watched.objectName() or type(watched).__name__)
            return False

    spy = Spy()
    qapp.installEventFilter(spy)
    try:
        for _ in range(50):  # the page's first layout, passed up one level at a time
            laid_out.clear()
            qapp.processEvents()
            if not laid_out:
                break
        banner = window.player.banner
        before = (shown(window)["countdown"], banner.overall_label.text())
        for _ in range(3):
            tick(window, clock, 1)
            qapp.processEvents()
        after = (shown(window)["countdown"], banner.overall_label.text())
    finally:
        qapp.removeEventFilter(spy)
    assert after[0] != before[0] and after[1] != before[1]
    assert laid_out == [], laid_out


def test_a_second_with_nothing_to_save_wakes_the_window_once(window, clock, qtbot, data):
    """History is written when there is something to write; a plain second of a session
    already saved costs no second wake-up for it."""
    start(window, qtbot)
    saving = window.controller._record_timer
    tick(window, clock, 5 + 7)  # the session counts from 5 s of practice: it is saved
    qtbot.waitUntil(lambda: not saving.isActive())
    assert [s.routine_id for s in read_history(data.path).sessions] == ["ui-test"]
    tick(window, clock, 1)
    assert not saving.isActive()
    tick(window, clock, 20 - 7 + 1)  # into the rest: a new phase, so the session is saved again
    assert saving.isActive()


def test_a_stalled_event_loop_delays_the_repaint_but_not_the_session(window, clock, qtbot):
    start(window, qtbot)
    clock.advance(5 + 3.35)  # one wake, very late
    window.controller.wake()
    assert shown(window)["countdown"] == "0:17"  # 20 - 3.35, rounded up
    assert shown(window)["name"] == "Cat pose"


def test_keys_pause_next_previous_restart(window, clock, qtbot):
    start(window, qtbot)
    player = window.player
    session = window.controller.session
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert session.state is SessionState.PAUSED
    assert shown(window)["phase"] == "Paused"
    assert player.pause_button.text().startswith("Resume")
    tick(window, clock, 30)
    assert shown(window)["countdown"] == "0:05"  # paused time does not count
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert session.state is SessionState.RUNNING

    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert shown(window)["name"] == "Cat pose"
    tick(window, clock, 7)
    qtbot.keyClick(player, Qt.Key.Key_R)
    assert shown(window)["countdown"] == "0:20"
    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert shown(window)["phase"] == "Rest"
    qtbot.keyClick(player, Qt.Key.Key_Left)
    assert shown(window)["name"] == "Cat pose"


def test_restart_key_restarts_the_step_on_screen_even_before_the_timer_noticed_it(
    window, clock, qtbot
):
    start(window, qtbot)
    clock.advance(5 + 6)  # the get-ready ended 6 s ago; the window's timer has not fired yet
    qtbot.keyClick(window.player, Qt.Key.Key_R)
    session = window.controller.session
    assert shown(window)["name"] == "Cat pose"
    assert shown(window)["countdown"] == "0:20"
    assert session.active_seconds() == 6.0  # the 6 s already done are kept


def test_space_pauses_even_when_a_button_has_keyboard_focus(window, clock, qtbot):
    start(window, qtbot)
    window.player.next_button.setFocus()
    qtbot.keyClick(window.player.next_button, Qt.Key.Key_Space)
    assert window.controller.session.state is SessionState.PAUSED
    assert shown(window)["phase"] == "Paused"


def test_every_button_names_its_key_and_has_an_accessible_name(window, qtbot):
    start(window, qtbot)
    player = window.player
    expected = {
        player.pause_button: "Space",
        player.next_button: "Right",
        player.previous_button: "Left",
        player.restart_button: "R",
        player.stop_button: "Esc",
        player.fullscreen_button: "F11",
        player.mute_button: "M",
    }
    for button, key in expected.items():
        assert key in button.toolTip()
        # The name is the words on it; the key is its description, not read as "[Space]".
        assert spoken_name(button) == button.text().split("  [")[0]
        assert key in button.accessibleDescription() or key == "F11"
        assert button.height() >= 48


def test_stop_asks_only_once_more_than_ten_seconds_would_be_lost(
    window, clock, qtbot, monkeypatch, data
):
    asked = []
    monkeypatch.setattr(
        window.player, "confirm_stop", lambda seconds: asked.append(seconds) or False
    )
    start(window, qtbot)
    tick(window, clock, 5 + 8)  # 8 s of practice
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    assert asked == []  # no question for 8 seconds
    assert window.player.showing_summary()
    assert window.player.summary_title.text() == "Stopped early"


def test_declining_the_stop_question_keeps_the_session_running(
    window, clock, qtbot, monkeypatch, data
):
    answers = iter([False, True])
    monkeypatch.setattr(window.player, "confirm_stop", lambda seconds: next(answers))
    start(window, qtbot)
    tick(window, clock, 5 + 12)
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    session = window.controller.session
    assert session.state is SessionState.RUNNING
    assert shown(window)["countdown"] == "0:08"
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    assert session.state is SessionState.STOPPED
    (saved,) = read_history(data.path).sessions
    assert saved.completed is False and saved.active_seconds == 12


def test_summary_done_returns_to_the_library_and_repeat_starts_again(window, clock, qtbot):
    start(window, qtbot)
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    assert window.player.showing_summary()
    qtbot.keyClick(window.player, Qt.Key.Key_R)
    assert not window.player.showing_summary()
    assert shown(window)["phase"] == "Get ready"
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    qtbot.keyClick(window.player, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.tabs


def test_closing_the_window_mid_session_saves_it_as_partial(window, clock, qtbot, data):
    start(window, qtbot)
    tick(window, clock, 5 + 9)
    window.close()
    (saved,) = read_history(data.path).sessions
    assert saved.completed is False and saved.active_seconds == 9


@pytest.mark.parametrize("key", [Qt.Key.Key_F, Qt.Key.Key_F11])
def test_full_screen_key(window, qtbot, key):
    start(window, qtbot)
    qtbot.keyClick(window.player, key)
    qtbot.waitUntil(window.isFullScreen)
    assert window.player.fullscreen_button.text().startswith("Leave full screen")
    qtbot.keyClick(window.player, key)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def hold(widget, key: Qt.Key, repeats: int = 5) -> None:
    """A key held down: one press, then the keyboard's repeats, then the release."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    no = Qt.KeyboardModifier.NoModifier
    for number in range(repeats + 1):
        press = QKeyEvent(QEvent.Type.KeyPress, key, no, "", number > 0)
        QApplication.sendEvent(QApplication.focusWidget() or widget, press)
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, no))


def test_a_held_key_acts_once(window, clock, qtbot):
    start(window, qtbot)
    window.player.setFocus()
    hold(window.player, Qt.Key.Key_Space)
    assert window.controller.session.state is SessionState.PAUSED  # not paused and resumed
    hold(window.player, Qt.Key.Key_Space)
    assert window.controller.session.state is SessionState.RUNNING
    hold(window.player, Qt.Key.Key_Right)
    assert shown(window)["name"] == "Cat pose"  # one step on, from get-ready to the first


def test_time_to_switch_sides_shows_as_its_own_phase_and_is_not_practice(
    window, clock, qtbot, data
):
    from dataclasses import replace

    window.library.routines.append(
        replace(window.library.get("ui-test"), id="ui-switch", switch_seconds=5)
    )
    window.start_routine("ui-switch")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.player)
    lunge = window.library.catalogue["kneeling-hip-flexor"].name
    tick(window, clock, 5 + 20 + 10)
    screen = shown(window)
    assert screen["side"] == "Left side"
    assert screen["next"] == "Next: switch sides"
    tick(window, clock, 15)
    screen = shown(window)
    assert screen["phase"] == "Switch sides"
    assert screen["name"] == lunge
    assert screen["side"] == "Right side next" and screen["countdown"] == "0:05"
    assert screen["next"] == "Get into position: right side"
    assert window.player.illustration.is_mirrored()
    assert window.controller.session.active_seconds() == 35.0  # 20 + 15: not the switch
    tick(window, clock, 5)
    screen = shown(window)
    assert screen["side"] == "Right side" and screen["countdown"] == "0:15"
    tick(window, clock, 15 + 10 + 10)
    assert window.player.showing_summary()
    (session,) = read_history(data.path).sessions
    assert session.active_seconds == 60 and session.completed is True


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)])
def test_from_the_first_start_each_steps_instructions_are_whole_in_one_type_size(
    window, qtbot, size
):
    """The player is shown for the first time as the routine starts, so the room left for the
    instructions is only known once its page has settled: the type is fitted to that room."""
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.start_routine("article-complete")  # every exercise: the longest texts there are
    view = window.player.instructions
    qtbot.waitUntil(lambda: view.label.text() != "")
    pixels = view.pixel_size()
    steps = {phase.step.instructions for phase in window.controller.session.timeline}
    seen = set()
    while window.controller.running:
        QApplication.processEvents()
        assert view.fits(), window.player.name_label.full_text()
        assert view.pixel_size() == pixels
        seen.add(view.label.text())
        window.controller.next()
    assert len(seen) == len(steps) > 4  # each step's text was shown
