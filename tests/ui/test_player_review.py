"""Behaviour a first-time user tripped over: skipping, full screen, dialogs, long text."""

import pytest
from PySide6.QtCore import Qt

from psoas_timer.core.engine import SessionState
from psoas_timer.core.history import read_history
from psoas_timer.core.routines import Routine, Step


def test_skipping_to_the_end_is_not_recorded_as_completed(window, clock, qtbot, data):
    window.start_routine("ui-test")
    for _ in range(11):  # prep 5 s, then 6 s of the cat pose so the session counts
        clock.advance(1)
        window.controller.wake()
    while window.controller.running:
        qtbot.keyClick(window.player, Qt.Key.Key_Right)
    assert window.player.summary_title.text() == "Finished, with steps skipped"
    assert "0 of 3 steps" in window.player.summary_figures.text()
    (saved,) = read_history(data.path).sessions
    assert saved.completed is False


def test_summary_never_rounds_practice_up_past_what_was_recorded(window, clock, qtbot):
    window.start_routine("ui-test")
    clock.advance(5 + 4.6)
    window.controller.wake()
    window.controller.stop()
    assert window.player.summary_figures.text().startswith("0:04 of practice")
    assert "nothing was recorded" in window.player.summary_note.text()


def test_escape_in_full_screen_leaves_full_screen_and_keeps_the_routine(window, qtbot):
    window.start_routine("ui-test")
    qtbot.keyClick(window.player, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    assert not window.menuBar().isVisible()
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.controller.running
    assert window.menuBar().isVisible()
    # No empty strip left at the bottom: the player reaches the window's lower edge.
    qtbot.waitUntil(lambda: player_bottom(window) == window.height())


def player_bottom(window) -> int:
    player = window.player
    return player.mapTo(window, player.rect().bottomLeft()).y() + 1


def menu_action(window, menu_title: str, text: str):
    """An action as the user finds it: in the menu bar, by its menu's and its own text."""
    (menu,) = [
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == menu_title
    ]
    (found,) = [action for action in menu.actions() if action.text().replace("&", "") == text]
    return found


def test_routine_menu_is_off_while_a_routine_plays(window, qtbot):
    library = [
        menu_action(window, "File", "Import routine…"),
        menu_action(window, "File", "Export routine…"),
        menu_action(window, "Routine", "New…"),
        menu_action(window, "Routine", "Duplicate…"),
    ]
    own = [menu_action(window, "Routine", "Edit…"), menu_action(window, "Routine", "Delete")]
    window.library_page.select("quick-reset")
    assert all(action.isEnabled() for action in library)
    assert not any(action.isEnabled() for action in own)  # a built-in routine
    window.start_routine("ui-test")
    assert not any(action.isEnabled() for action in library + own)
    window.controller.stop()
    window.show_library()
    assert all(action.isEnabled() for action in library)


def test_a_dialog_opened_mid_routine_pauses_the_countdown(window, clock, qtbot, monkeypatch):
    window.start_routine("ui-test")
    seen = {}

    def dialog(_dialog):
        seen["state"] = window.controller.session.state
        clock.advance(30)  # the user reads the dialog for half a minute
        return None

    monkeypatch.setattr(window.settings, "run_sound_dialog", dialog)
    menu_action(window, "Settings", "Sound and voice…").trigger()
    assert seen["state"] is SessionState.PAUSED
    assert window.controller.session.state is SessionState.RUNNING
    assert window.player.countdown_label.text() == "0:05"


def test_a_long_custom_step_keeps_the_countdown_and_controls_on_a_laptop_screen(
    window, qtbot, library
):
    long_step = Step(
        name="N" * 40 + " " + "M" * 39,
        seconds=30,
        per_side=False,
        instructions=tuple(f"Line {n}: " + "word " * 25 for n in range(14)),
    )
    library.routines.append(
        Routine(
            id="long",
            title="Long",
            description="",
            prep_seconds=0,
            rest_seconds=0,
            steps=(long_step,),
        )
    )
    window.start_routine("long")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    # Once laid out, the countdown keeps its full height and the controls stay on screen.
    qtbot.waitUntil(lambda: window.player.countdown_label.height() >= 100)
    assert window.player.pause_button.isVisible()
    bottom = window.player.pause_button.mapTo(
        window, window.player.pause_button.rect().bottomLeft()
    )
    assert bottom.y() <= window.height()


def test_search_finds_equipment_and_the_notice_bar_stays_out_of_the_player(window, qtbot):
    page = window.library_page
    page.search.setText("ball")
    titles = {page.tree.topLevelItem(i).text(1) for i in range(page.tree.topLevelItemCount())}
    assert "Front and back balance" in titles and "Quick reset" not in titles
    window.notice_bar.add("Something to know")
    assert window.notice_bar.isVisible()
    page.search.clear()
    window.start_routine("ui-test")
    assert not window.notice_bar.isVisible()
    window.controller.stop()
    window.show_library()
    assert window.notice_bar.isVisible()


def test_a_second_start_asking_for_another_routine_asks_before_stopping_this_one(
    window, clock, qtbot, data
):
    window.start_routine("ui-test")
    for _ in range(11):  # prep 5 s, then 6 s of the cat pose so the session counts
        clock.advance(1)
        window.controller.wake()
    asked = []
    window.requests.confirm_switch = lambda routine: asked.append(routine.id) or False
    window.handle_request("start quick-reset")
    qtbot.waitUntil(lambda: asked == ["quick-reset"])
    assert window.controller.session.routine.id == "ui-test"  # carried on
    assert window.controller.running
    window.requests.confirm_switch = lambda routine: asked.append(routine.id) or True
    window.handle_request("start quick-reset")
    qtbot.waitUntil(lambda: window.controller.session.routine.id == "quick-reset")
    assert asked == ["quick-reset", "quick-reset"]
    (saved,) = read_history(data.path).sessions  # what was practised of the first is kept
    assert saved.routine_id == "ui-test" and saved.completed is False


def test_a_start_asked_for_with_nothing_running_starts_without_a_question(window, qtbot):
    window.requests.confirm_switch = lambda routine: pytest.fail("nothing to ask")
    window.handle_request("start quick-reset")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.player)
    assert window.controller.session.routine.id == "quick-reset"
