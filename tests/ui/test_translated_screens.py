"""In German, Spanish and French, every screen a routine passes through speaks that language and
fits: the library, the steps' preview, the player in every phase, the menus and the questions,
on a small laptop (1024x600) and a large monitor (1920x1080)."""

import dataclasses

import pytest
from PySide6.QtGui import QIcon

from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import Library
from psoas_timer.ui import translations
from psoas_timer.ui.dialogs import MatDialog
from psoas_timer.ui.preview import PreviewDialog
from psoas_timer.ui.tray import TrayIcon, session_tooltip
from tests.conftest import make_test_routine
from tests.ui.screen_checks import (
    clipped,
    content_texts,
    english_left,
    kept_to_its_screen,
    list_cut,
    menu_texts,
    visible_texts,
)
from tests.ui.test_player import tick

LANGUAGES = ("de", "es", "fr")
SIZES = [(1024, 600), (1920, 1080)]
SWITCH_SECONDS = 5


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    """The interface in the language from the start, as after choosing it and restarting."""
    assert translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp)


@pytest.fixture
def library(library):
    """The test routine with a moment to change sides, so the player shows that phase too."""
    routine = dataclasses.replace(make_test_routine(), switch_seconds=SWITCH_SECONDS)
    routines = [routine, *(r for r in library.routines if r.id != routine.id)]
    return Library(catalogue=library.catalogue, routines=routines, problems=library.problems)


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def screen(request, language, window, qtbot):
    window.resize(*request.param)
    qtbot.waitUntil(lambda: window.width() == request.param[0])
    window.setProperty("screen_size", request.param)
    return window


class Looker:
    """Looks at one screen after another and keeps what is wrong on each."""

    def __init__(self, window, language: str) -> None:
        self.window = window
        self.language = language
        self.content = content_texts(window.library)
        self.problems: list[str] = []

    def english(self, texts, where: str) -> None:
        found = english_left(texts, self.language, ignore=self.content)
        self.problems += [f"{where}: English left: {problem}" for problem in found]

    def look(self, root, where: str, *, fits: bool = True) -> None:
        self.english(visible_texts(root), where)
        if fits:
            self.problems += [f"{where}: cut: {problem}" for problem in clipped(root)]
        in_window = root.window() is self.window
        if (
            in_window
            and self.window.property("screen_size")
            and not kept_to_its_screen(self.window)
        ):
            self.problems.append(f"{where}: the window grew to {self.window.size()}")


def walk_player(window, clock, qtbot):
    """Every phase and state of the player: get ready, work (rhythmic, then each side with a
    switch between), rest, paused, muted, full screen's words, done, and stopped early."""
    player = window.player
    window.start_routine("ui-test")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is player)
    yield "get ready"
    tick(window, clock, 5)
    yield "work"
    tick(window, clock, 20)
    yield "rest"
    tick(window, clock, 10)
    yield "work, left side"
    tick(window, clock, 15)
    assert window.controller.session.phase.kind.value == "switch"
    yield "switch sides"
    tick(window, clock, SWITCH_SECONDS)
    yield "work, right side"
    window.controller.toggle_pause()
    yield "paused"
    window.controller.toggle_pause()
    window.toggle_mute()
    yield "muted"
    window.toggle_mute()
    player.set_fullscreen(True)  # the words a full screen shows, in this window's size
    yield "full screen"
    player.set_fullscreen(False)
    tick(window, clock, 200)
    assert player.showing_summary()
    yield "done"
    window.start_routine("ui-test")
    tick(window, clock, 2)
    window.controller.stop()
    assert player.showing_summary()
    yield "stopped early"


def test_the_library_and_the_preview_speak_the_language_and_fit(
    screen, language, qtbot, monkeypatch
):
    looker = Looker(screen, language)
    page = screen.library_page
    for index in range(page.tree.topLevelItemCount()):
        page.tree.setCurrentItem(page.tree.topLevelItem(index))
        routine = page.current_routine()
        looker.look(page, f"library, {routine.id}")
        header = page.steps.header()
        if header.sectionSize(0) < header.sectionSize(1):  # the names squeezed to their icons
            looker.problems.append(
                f"library, {routine.id}: the steps' names narrower than their psoas words"
            )
        wide = screen.property("screen_size")[0] >= 1920
        if wide and header.sectionSize(1) < page.steps.sizeHintForColumn(1):
            looker.problems.append(f"library, {routine.id}: psoas words cut on a wide screen")
    page.favorites_only.setChecked(True)  # nothing starred yet: the details say how to star
    looker.look(page, "library, no favourites")
    page.favorites_only.setChecked(False)
    page.search.setText("zzz")
    looker.look(page, "library, nothing found")
    page.search.clear()
    looker.english(menu_texts(screen.menuBar()), "menus")
    screen.notice_bar.add_skipped("a.json: not a routine\nline two\nline three")
    looker.look(screen.notice_bar, "notice")

    shown = []
    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    page.select("ui-test")
    page.preview_steps()
    page.preview_catalogue()
    for preview in shown:
        preview.show()
        qtbot.waitExposed(preview)
        for row in range(preview.list.count()):
            preview.list.setCurrentRow(row)
            looker.look(preview, f"preview, {preview.current().name}")
        looker.problems += [f"preview list: {problem}" for problem in list_cut(preview.list)]
        preview.close()
    assert not looker.problems, "\n".join(looker.problems)


def test_the_player_speaks_the_language_and_fits_in_every_phase(screen, language, clock, qtbot):
    looker = Looker(screen, language)
    player = screen.player
    for phase in walk_player(screen, clock, qtbot):
        looker.look(player, phase)
        looker.english([("title", screen.windowTitle())], phase)
        session = screen.controller.session
        if not player.showing_summary():
            looker.english([("tray", session_tooltip(session, screen.controller.now()))], phase)
            looker.english([("announcement", player.announcements[-1])], phase)
    assert not looker.problems, "\n".join(looker.problems)


def test_the_questions_and_settings_speak_the_language_and_fit(
    screen, language, qtbot, monkeypatch
):
    looker = Looker(screen, language)
    asked = []
    # Each question answered No (or closed), so nothing is deleted and the app stays open.
    monkeypatch.setattr(MatDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    screen.player.confirm_stop(42)
    screen.routine_actions.confirm_delete(screen.library.get("ui-test"))
    screen.menus.show_about()
    screen.routine_actions.edit_routine("ui-test")  # built-in: says it cannot be changed
    screen.choose_language("es" if language != "es" else "fr")  # offers to restart in it
    assert [dialog.windowTitle() for dialog in asked][-1] == translate(
        "MainWindow", "Change the language?"
    )
    for dialog in asked:
        dialog.show()
        qtbot.waitExposed(dialog)
        looker.look(dialog, f"question {dialog.windowTitle()!r}")
        dialog.close()

    from psoas_timer.ui.about_psoas import AboutPsoasDialog
    from psoas_timer.ui.sound_settings import SoundSettingsDialog

    for dialog in (
        AboutPsoasDialog(screen),
        SoundSettingsDialog(screen.settings.current, "", "", screen),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        looker.look(dialog, dialog.windowTitle())

    tray = TrayIcon(QIcon(), lambda: [screen.library.get("ui-test")])
    title = screen.library.get("ui-test").title
    tray.set_pending_reminder(translate("Reminders", "Time for {title}").format(title=title))
    tray.rebuild()
    looker.english(menu_texts(tray.menu), "tray menu")
    assert not looker.problems, "\n".join(looker.problems)


def test_the_reminders_dialog_speaks_the_language(language, window, qtbot):
    """Weekdays and times as the language writes them, and every word of the dialog."""
    from datetime import time

    from PySide6.QtCore import QLocale

    from psoas_timer.core.reminders import WEEKDAYS, Reminder
    from psoas_timer.ui.habit_settings import HabitSettingsDialog

    reminders = [
        Reminder("r1", time(7, 30), WEEKDAYS, "ui-test"),
        Reminder("r2", time(18, 0), frozenset(), "gone"),  # no day, and a deleted routine
    ]
    dialog = HabitSettingsDialog(
        window.settings.current,
        reminders,
        window.library.routines,
        start_at_login=False,
        tray_available=False,
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    looker = Looker(window, language)
    looker.look(dialog, "reminders")
    assert not looker.problems, "\n".join(looker.problems)
    locale = QLocale()
    monday = dialog.rows[0].days[0]
    assert monday.text() == locale.dayName(1, QLocale.FormatType.ShortFormat) != "Mon"
    assert locale.dayName(1) in monday.accessibleName()
