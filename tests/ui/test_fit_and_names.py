"""At every screen size nothing is clipped, and a screen reader hears what the screen shows."""

import pytest
from PySide6.QtWidgets import QAbstractButton

from tests.ui.screen_checks import clipped, kept_to_its_screen, spoken_name, unnamed
from tests.ui.test_player import start, tick

SIZES = [(1024, 600), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def sized(request, window, qtbot):
    window.resize(*request.param)
    qtbot.waitUntil(lambda: window.width() == request.param[0])
    window.setProperty("screen_size", request.param)
    return window


def walk_player(window, clock, qtbot):
    """The player in each phase: get ready, work (rhythmic and per side), rest, paused, done."""
    start(window, qtbot)
    yield "get ready"
    tick(window, clock, 5)
    yield "work"
    tick(window, clock, 20)
    yield "rest"
    tick(window, clock, 10)
    yield "work, left side"
    window.controller.toggle_pause()
    yield "paused"
    window.controller.toggle_pause()
    tick(window, clock, 100)
    yield "done"


def test_the_library_fits(sized):
    assert clipped(sized.library_page) == []
    assert kept_to_its_screen(sized)


def practice(data, days: int = 70) -> None:
    """Two months of practice, some days twice, a few sessions stopped early."""
    from datetime import datetime, timedelta

    from psoas_timer.core.history import SessionRecord

    data.claim()
    now = datetime.now().astimezone().replace(hour=7, minute=30, second=0, microsecond=0)
    for back in range(days):
        for turn in range(1 + (back % 3 == 0)):
            started = now - timedelta(days=back, hours=turn * 9)
            stopped = back % 7 == 0
            data.history.save(
                SessionRecord(
                    id=f"s{back}-{turn}",
                    routine_id="gentle-floor" if turn else "quick-reset",
                    routine_title="Gentle floor routine" if turn else "Quick reset",
                    started_at=started.isoformat(timespec="seconds"),
                    ended_at=(started + timedelta(minutes=6)).isoformat(timespec="seconds"),
                    planned_seconds=600,
                    active_seconds=200 if stopped else 600,
                    steps_completed=2 if stopped else 5,
                    steps_total=5,
                    completed=not stopped,
                ),
                final=True,
            )


def test_the_history_page_fits_with_months_of_practice(sized, data, qtbot):
    practice(data)
    sized.tabs.setCurrentIndex(1)
    page = sized.history_page
    qtbot.waitUntil(lambda: page.figures.sessions_figure.value.text() not in ("", "0", "…"))
    for button in (page.days_button, page.weeks_button, page.year_button):
        button.click()
        assert clipped(page) == [], button.text()
        assert kept_to_its_screen(sized), (button.text(), sized.size())


def test_the_editor_fits_on_the_screen(sized, qtbot, monkeypatch):
    from psoas_timer.ui.editor import RoutineEditor

    shown = []
    monkeypatch.setattr(RoutineEditor, "exec", lambda editor: shown.append(editor) or 0)
    sized.routine_actions.new_routine()
    (editor,) = shown
    editor.show()
    qtbot.waitExposed(editor)
    screen = sized.screen().availableGeometry()
    window = sized.frameGeometry()
    assert editor.width() <= window.width() and editor.height() <= window.height()
    assert editor.height() <= screen.height()
    assert clipped(editor) == []


def test_the_player_fits_in_every_phase(sized, clock, qtbot):
    for phase in walk_player(sized, clock, qtbot):
        assert clipped(sized.player) == [], phase
        assert kept_to_its_screen(sized), phase


def test_the_library_says_what_it_shows(window):
    assert unnamed(window.library_page) == []
    search = window.library_page.search
    assert [spoken_name(b) for b in search.findChildren(QAbstractButton)] == ["Clear the search"]


def test_the_player_says_what_it_shows_in_every_phase(window, clock, qtbot):
    for phase in walk_player(window, clock, qtbot):
        assert unnamed(window.player) == [], phase


def test_a_phase_change_is_announced_once(window, clock, qtbot):
    start(window, qtbot)
    tick(window, clock, 3)
    assert window.player.announcements == ["Get ready, 0:05. Coming up: Cat pose."]
    tick(window, clock, 3)
    assert len(window.player.announcements) == 2
    assert window.player.announcements[-1].startswith("Work: Cat pose")
