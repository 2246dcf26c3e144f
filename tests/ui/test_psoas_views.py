"""What each exercise does for the psoas, and the front/back balance, where the user sees them:
the library, the editor as a routine is written, the history page, the preview and the player."""

import json
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from psoas_timer.core.balance import Balance
from psoas_timer.core.history import HistoryStore, SessionRecord
from psoas_timer.core.routines import load_catalogue
from psoas_timer.core.store import DataDir
from psoas_timer.ui.balance_bar import BalanceBar
from psoas_timer.ui.editor import RoutineEditor
from psoas_timer.ui.history import HistoryPage
from psoas_timer.ui.history.loading import LiveHistory
from psoas_timer.ui.preview import PreviewDialog, PreviewItem
from tests.ui.test_fit_and_names import clipped, unnamed
from tests.ui.test_player import start, tick
from tests.ui.test_player_review import menu_action

CATALOGUE = load_catalogue()


def shown_bar(qtbot, balance, note="", width=500) -> BalanceBar:
    bar = BalanceBar()
    qtbot.addWidget(bar)
    bar.set_balance(balance, note)
    bar.resize(width, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    return bar


# --- the bar ----------------------------------------------------------------------------------


def test_the_bar_says_each_sides_minutes_in_words(qtbot):
    bar = shown_bar(qtbot, Balance(front_seconds=345, back_seconds=303))
    assert bar.front_label.text() == "Front 5:45"
    assert bar.back_label.text() == "Back 5:03"
    assert bar.bar.share() == pytest.approx(345 / 648)
    assert bar.accessibleDescription() == "Front 5:45, Back 5:03: 53% front, 47% back"
    assert not bar.note_label.isVisible()


def test_the_bar_splits_where_the_two_sides_meet_and_marks_the_middle(qtbot):
    bar = shown_bar(qtbot, Balance(front_seconds=90, back_seconds=30), width=600)
    image = bar.bar.grab().toImage()
    row = image.height() // 2

    def lightness(fraction: float) -> int:
        return image.pixelColor(round(image.width() * fraction), row).lightness()

    # The front (three quarters, from the left) is darker than the back on a light page.
    assert lightness(0.3) < lightness(0.88) - 40
    assert lightness(0.65) == lightness(0.3)  # still front past the middle mark
    # The middle is marked whatever the balance.
    middle = image.pixelColor(image.width() // 2, 1)
    assert middle.lightness() < 80


def test_with_nothing_on_either_side_the_bar_is_empty_not_half_full(qtbot):
    bar = shown_bar(qtbot, Balance())
    assert bar.bar.share() is None
    assert bar.front_label.text() == "Front 0:00" and bar.back_label.text() == "Back 0:00"
    assert "nothing on the front or the back yet" in bar.accessibleDescription()


def test_a_note_shows_under_the_bar_and_is_heard(qtbot):
    bar = shown_bar(qtbot, Balance(front_seconds=120), "Much more front than back.")
    assert bar.note_label.isVisible()
    assert bar.note() == "Much more front than back."
    assert bar.accessibleDescription().endswith("Much more front than back.")


# --- the library ------------------------------------------------------------------------------


def test_the_library_shows_a_built_in_routines_balance_and_what_each_step_does(window):
    page = window.library_page
    page.select("gentle-floor")
    bar = page.balance_bar
    assert bar.isVisible()
    assert (bar.front_label.text(), bar.back_label.text()) == ("Front 5:03", "Back 4:33")
    assert bar.note() == ""  # in balance: nothing to say
    assert page.steps.headerItem().text(1) == "Psoas"
    knee = page.steps.topLevelItem(2)
    assert knee.text(0) == "Knee to chest"
    assert knee.text(1) == "Release · back"
    assert "the lift the psoas usually makes" in knee.toolTip(1)
    assert page.steps.topLevelItem(0).text(1) == "Stretch · front and back"


def test_the_library_says_when_a_routine_of_ones_own_leans(window, data):
    lopsided = {
        "id": "hips",
        "title": "Hip openers",
        "prep_seconds": 5,
        "rest_seconds": 5,
        "steps": [
            {"exercise": "kneeling-hip-flexor", "seconds": 45, "per_side": True},
            {"exercise": "downward-dog", "seconds": 30},
            {"name": "Shoulder rolls", "instructions": "Roll them.", "seconds": 20},
        ],
    }
    data.routines_dir.mkdir(parents=True, exist_ok=True)
    (data.routines_dir / "hips.json").write_text(json.dumps(lopsided))
    window.reload_library(select="hips")
    page = window.library_page
    assert page.current_routine_id() == "hips"
    bar = page.balance_bar
    assert (bar.front_label.text(), bar.back_label.text()) == ("Front 1:30", "Back 0:30")
    assert bar.note() == "Much more front than back. 0:20 of your own steps not counted."
    assert "downward dog, backward sit-up or knee to chest" in bar.note_label.toolTip()
    assert page.steps.topLevelItem(2).text(1) == ""  # a step of one's own says nothing


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_the_balance_fits_the_library_at_every_size(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    for routine in window.library.routines:
        window.library_page.select(routine.id)
        assert clipped(window.library_page.balance_bar) == [], routine.id
    assert unnamed(window.library_page) == []


# --- the editor -------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot):
    editor = RoutineEditor(CATALOGUE, None, set())
    editor.confirm_discard = lambda: True
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_the_editor_shows_the_balance_live_with_a_gentle_note(editor, qtbot):
    bar = editor.balance_bar
    assert bar.isVisible()
    assert bar.front_label.text() == "Front 0:00" and bar.note() == ""
    editor.add_exercise("kneeling-hip-flexor", seconds=30)
    assert bar.front_label.text() == "Front 1:00"
    note = bar.note()
    assert note.startswith("Much more front than back (1:00 to 0:00).")
    assert "work both equally" in note
    assert "downward dog, backward sit-up or knee to chest" in note
    assert bar.note_label.isVisible()
    # Adding the other side brings it into balance; the note says so.
    editor.add_exercise("downward-dog", seconds=60)
    assert bar.back_label.text() == "Back 1:00"
    assert bar.note() == "Front and back in balance."
    # Changing a step's time tips it the other way.
    editor.select_step(1)
    editor.seconds_spin.setValue(120)
    assert bar.note().startswith("Much more back than front (2:00 to 1:00).")
    assert "rolled towel rest, kneeling hip flexor stretch or bridge" in bar.note()
    # Removing it leaves the front alone again.
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert bar.note().startswith("Much more front than back")


def test_the_editors_note_never_moves_the_controls(editor):
    editor.add_exercise("cat-pose", seconds=64)
    positions = (editor.save_button.geometry(), editor.remove_button.geometry())
    editor.add_exercise("bridge", seconds=120)
    assert editor.balance_bar.note().startswith("Much more front")
    assert (editor.save_button.geometry(), editor.remove_button.geometry()) == positions
    assert clipped(editor.balance_bar) == []


def test_the_editor_counts_custom_steps_apart(editor):
    editor.add_exercise("bridge", seconds=40)
    editor.add_custom_step("Shoulder rolls", "Roll them.", seconds=30)
    assert editor.balance_bar.front_label.text() == "Front 0:40"
    assert "0:30 of your own steps not counted." in editor.balance_bar.note()


def test_each_step_in_the_editor_and_picker_says_which_side(editor):
    editor.add_exercise("downward-dog", seconds=45)
    assert editor.steps_list.model().index(0, 0).data().endswith("·  back of the core")
    from psoas_timer.ui.editor import ExercisePicker

    picker = ExercisePicker(CATALOGUE, editor)
    rows = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert rows[0].startswith("Cat pose  ·  front and back of the core\n")
    picker.close()


# --- the history page -------------------------------------------------------------------------

TODAY = date(2026, 11, 25)  # a Wednesday


def session(number, day, routine_id, seconds):
    start = datetime(day.year, day.month, day.day, 8, tzinfo=datetime.now().astimezone().tzinfo)
    return SessionRecord(
        id=f"s{number}",
        routine_id=routine_id,
        routine_title=routine_id,
        started_at=start.isoformat(),
        ended_at=(start + timedelta(seconds=seconds)).isoformat(),
        planned_seconds=seconds,
        active_seconds=seconds,
        steps_completed=1,
        steps_total=1,
        completed=True,
    )


def history_page(qtbot, tmp_path, library, sessions):
    store = HistoryStore(tmp_path, print)
    for item in sessions:
        store.save(item, final=True)
    history = LiveHistory(store)
    history.load_now()
    page = HistoryPage(history, lambda: TODAY, library=lambda: library)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_history_page_shows_this_weeks_balance(qtbot, tmp_path, library):
    routines = {routine.id: routine for routine in library.routines}
    quick = routines["quick-reset"]
    page = history_page(
        qtbot,
        tmp_path,
        library,
        [
            session(1, TODAY - timedelta(days=7), "core-balance", 378),  # last week
            session(2, TODAY - timedelta(days=2), "quick-reset", quick.work_seconds),  # Monday
            session(3, TODAY, "ui-test", 60),  # a routine with a step of its own
        ],
    )
    week = page.week_balance
    assert week.isVisible()
    assert week.caption.text() == "This week: front and back in balance"
    # Quick reset: 2:08 front, 1:48 back. The test routine's first minute: cat pose 0:10 to
    # each side, the lunge 0:30 to the front, then 0:10 of a step of its own.
    assert (week.bar.front_label.text(), week.bar.back_label.text()) == (
        "Front 2:48",
        "Back 1:58",
    )
    assert week.bar.note() == "0:10 not counted."
    assert "routines deleted since" in week.bar.note_label.toolTip()
    assert clipped(week) == []


def test_a_week_that_leans_says_so_and_an_empty_one_says_nothing_yet(qtbot, tmp_path, library):
    page = history_page(qtbot, tmp_path, library, [])
    assert page.week_balance.caption.text() == "This week: no practice yet"
    assert not page.week_balance.bar.note_label.isVisible()
    page.history.store.save(session(1, TODAY, "ui-test", 50), final=True)  # cat 20 s, lunge 15
    # s a side; the page follows the save by itself
    assert page.week_balance.caption.text() == "This week: much more front than back"
    advice = page.week_balance.caption.toolTip()
    assert advice.startswith("This week, much more front than back (0:40 to 0:10).")
    assert "you could add back work, such as downward dog" in advice


def test_a_history_page_without_the_routines_has_no_balance(qtbot, tmp_path):
    page = HistoryPage(LiveHistory(HistoryStore(tmp_path, print)), lambda: TODAY)
    qtbot.addWidget(page)
    assert page.week_balance is None


def test_the_window_s_history_tab_has_the_weeks_balance(window, qtbot):
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.history_page is not None and window.history.ready)
    assert window.history_page.week_balance is not None
    assert window.history_page.week_balance.caption.text() == "This week: no practice yet"


# --- the preview and the player ---------------------------------------------------------------


def test_the_preview_says_what_each_exercise_does_for_the_psoas(qtbot, library):
    items = [PreviewItem.of_exercise(library.catalogue[i]) for i in ("bridge", "towel-rock")]
    dialog = PreviewDialog(items, 0)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "psoas: stretch, front of the core" in dialog.facts_label.text()
    assert "<b>Psoas:</b> stretch · front of the core." in dialog.instructions.label.text()
    dialog.list.setCurrentRow(1)
    assert "psoas: strengthen, front and back of the core in turn" in dialog.facts_label.text()
    assert dialog.instructions.fits()


def test_the_player_says_it_beside_the_instructions_and_nothing_moves(window, clock, qtbot):
    start(window, qtbot)
    player = window.player
    text = player.instructions.label.text()
    assert "<b>Psoas:</b> stretch · front and back of the core in turn." in text
    slots = [w.geometry() for w in (player.name_label, player.countdown_label, player.instructions)]
    pixels = player.instructions.pixel_size()
    tick(window, clock, 5 + 20 + 10)  # get ready, cat pose, rest: the lunge's left side
    assert "<b>Psoas:</b> stretch · front of the core." in player.instructions.label.text()
    assert [
        w.geometry() for w in (player.name_label, player.countdown_label, player.instructions)
    ] == slots
    assert player.instructions.pixel_size() == pixels
    tick(window, clock, 30)  # the custom step says nothing of the psoas
    assert "Psoas:" not in player.instructions.label.text()


# --- the psoas on the figures -----------------------------------------------------------------


def test_the_settings_menu_shows_and_hides_the_psoas_on_the_figures(window, qtbot, data):
    action = menu_action(window, "Settings", "Show the psoas on the figures")
    assert action.isCheckable() and action.isChecked()  # shown until the user hides it
    start(window, qtbot)
    assert window.player.illustration.shows_psoas()
    action.trigger()
    assert not action.isChecked()
    assert not window.player.illustration.shows_psoas()
    assert data.settings.current.psoas_band is False
    assert DataDir(data.path).settings.current.psoas_band is False  # saved, read afresh
    action.trigger()
    assert window.player.illustration.shows_psoas()
    assert data.settings.current.psoas_band is True


def test_the_previews_follow_the_setting(window, qtbot, monkeypatch):
    shown = []

    def exec_(dialog):
        shown.append(dialog.picture.shows_psoas())
        return 0

    monkeypatch.setattr(PreviewDialog, "exec", exec_)
    page = window.library_page
    page.select("quick-reset")
    page.preview_steps()
    menu_action(window, "Settings", "Show the psoas on the figures").trigger()
    page.preview_steps()
    page.preview_catalogue()
    assert shown == [True, False, False]


def test_a_hidden_psoas_stays_hidden_at_the_next_start(qtbot, data, library, clock):
    from psoas_timer.ui.main_window import MainWindow

    data.settings.change(data.settings.current.changed(psoas_band=False))
    window = MainWindow(data, library, clock=clock)
    qtbot.addWidget(window)
    window.finish_start()
    assert not menu_action(window, "Settings", "Show the psoas on the figures").isChecked()
    assert not window.player.illustration.shows_psoas()
    assert window.library_page.show_psoas is False
