import json

from PySide6.QtCore import Qt

from psoas_timer.core.store import DataDir


def titles(page) -> list[str]:
    return [page.tree.topLevelItem(i).text(1) for i in range(page.tree.topLevelItemCount())]


def test_lists_every_routine_with_time_steps_equipment_and_level(window):
    page = window.library_page
    assert page.tree.topLevelItemCount() == len(window.library.routines)
    quick = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "quick-reset"
    )
    from psoas_timer.ui.library import SUBTITLE_ROLE

    assert quick.text(1) == "Quick reset"
    assert quick.text(2) == "4:43"
    assert quick.text(3) == "5"
    assert quick.data(1, SUBTITLE_ROLE) == "mat, towel  ·  gentle"


def row_of(page, routine_id) -> int:
    ids = [
        page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(page.tree.topLevelItemCount())
    ]
    return ids.index(routine_id)


def test_star_toggles_a_favourite_saved_at_once_and_listed_first_later(window, qtbot, data):
    page = window.library_page
    page.select("quick-reset")
    row = row_of(page, "quick-reset")
    assert row > 0
    qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert DataDir(data.path).favorites.ids == ["quick-reset"]  # on disk, read afresh
    # The row stays under the pointer, starred, until the list is next filled.
    assert row_of(page, "quick-reset") == row
    assert page.tree.topLevelItem(row).text(0) == "★"
    assert page.favorite_button.text().startswith("★")
    qtbot.keyClicks(page.search, "r")
    assert row_of(page, "quick-reset") == 0
    page.search.clear()
    page.favorites_only.setChecked(True)
    assert page.tree.topLevelItemCount() == 1


def test_clicking_the_star_twice_unstars_the_same_routine(window, qtbot, data):
    page = window.library_page
    page.select("quick-reset")
    row = row_of(page, "quick-reset")
    tree = page.tree
    star = tree.visualItemRect(tree.topLevelItem(row)).center()
    star.setX(tree.header().sectionPosition(0) + tree.header().sectionSize(0) // 2)
    for _ in range(2):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=star)
    assert DataDir(data.path).favorites.ids == []
    assert tree.topLevelItem(row).text(0) == "☆"


def test_each_step_can_be_looked_at_before_starting(window, qtbot, monkeypatch):
    from psoas_timer.ui.preview import PreviewDialog

    shown = []
    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    page = window.library_page
    page.select("article-complete")
    routine = window.library.get("article-complete")
    page.steps.setFocus()
    page.steps.setCurrentItem(page.steps.topLevelItem(4))  # the pelvic clock
    qtbot.keyClick(page.steps, Qt.Key.Key_Return)
    (dialog,) = shown
    assert [item.name for item in dialog.items] == [step.name for step in routine.steps]
    assert dialog.name_label.text() == routine.steps[4].name
    assert "Focus:" in dialog.instructions.label.text()
    assert window.stack.currentWidget() is window.tabs  # nothing started


def test_search_filters_by_title_and_by_exercise(window, qtbot):
    page = window.library_page
    qtbot.keyClicks(page.search, "quick")
    assert titles(page) == ["Quick reset"]
    page.search.clear()
    qtbot.keyClicks(page.search, "backward sit")
    assert "Quick reset" not in titles(page)
    assert any("complete" in title.lower() for title in titles(page))
    page.search.setText("zzzz")
    assert titles(page) == []
    assert "No routine matches" in page.title_label.text()
    assert not page.start_button.isEnabled()


def test_selecting_shows_description_steps_and_total(window):
    page = window.library_page
    page.select("quick-reset")
    routine = window.library.get("quick-reset")
    assert page.title_label.text() == routine.title
    assert page.description_label.text() == routine.description
    assert page.steps.topLevelItemCount() == len(routine.steps)
    assert "4:43" in page.total_label.text()
    assert "5 s to switch sides" in page.total_label.text()


def test_enter_and_double_click_start_the_player(window, qtbot):
    page = window.library_page
    page.select("quick-reset")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.player
    assert window.controller.session.routine.id == "quick-reset"


def test_built_in_routines_cannot_be_edited_or_deleted(window):
    page = window.library_page
    page.select("quick-reset")
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert page.duplicate_button.isEnabled()


def test_last_routine_and_window_size_are_remembered(window, qtbot, data, library, clock):
    from psoas_timer.ui.main_window import MainWindow

    window.library_page.select("gentle-floor")
    window.resize(1100, 700)
    window.close()
    assert DataDir(data.path).settings.current.last_routine == "gentle-floor"
    again = MainWindow(data, library, clock=clock)
    qtbot.addWidget(again)
    assert again.library_page.current_routine_id() == "gentle-floor"
    assert again.height() == 700
    assert again.width() >= min(1100, again.screen().availableGeometry().width()) - 10


def test_the_list_has_the_keyboard_when_the_window_opens(window, qtbot):
    from PySide6.QtWidgets import QApplication

    page = window.library_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    first = page.current_routine_id()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert page.current_routine_id() != first


def test_the_search_clear_button_sits_inside_the_field(window, qtbot):
    from PySide6.QtWidgets import QToolButton

    search = window.library_page.search
    qtbot.keyClicks(search, "cat")
    (clear,) = [button for button in search.findChildren(QToolButton) if button.isVisible()]
    assert search.rect().contains(clear.geometry())
    clear.click()
    assert search.text() == ""


def test_choosing_in_the_list_writes_nothing_until_the_window_closes(
    window, qtbot, data, library, clock
):
    from psoas_timer.ui.main_window import MainWindow

    settings_files = data.path / "settings"  # this computer's file goes in there
    page = window.library_page
    for _ in range(3):
        qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    page.favorites.toggle("quick-reset")
    page.favorites_only.setChecked(True)
    assert not settings_files.exists()
    window.close()
    again = MainWindow(data, library, clock=clock)
    qtbot.addWidget(again)
    assert again.library_page.favorites_only.isChecked()
    assert again.library_page.current_routine_id() == "quick-reset"


def test_a_window_place_from_an_older_settings_file_is_used_then_saved_the_qt_way(
    qtbot, data, library, clock
):
    from psoas_timer.ui.main_window import MainWindow

    (data.path / "settings.json").write_text(
        json.dumps({"version": 1, "settings": {"window_geometry": [30, 40, 1100, 700]}})
    )
    window = MainWindow(DataDir(data.path), library, clock=clock)
    qtbot.addWidget(window)
    assert (window.x(), window.width(), window.height()) == (30, 1100, 700)
    window.close()
    saved = DataDir(data.path).settings.current
    assert saved.window_rect is None and saved.window_geometry is not None
    again = MainWindow(DataDir(data.path), library, clock=clock)
    qtbot.addWidget(again)
    # Qt keeps a restored window on the screen: narrower here, as the test screen is 800 wide.
    assert again.height() == 700
    assert again.width() >= min(1100, again.screen().availableGeometry().width()) - 10


def test_the_details_say_what_helps_beyond_the_equipment_list(window):
    page = window.library_page
    page.select("gentle-floor")
    lines = page.meta_label.text().splitlines()
    assert lines[0].startswith("Built-in")
    assert "Cat pose – Optional: a folded towel under the knees for padding" in lines
    assert "Constructive rest – Optional: a folded towel under your head" in lines
    assert len(lines) == len(set(lines))  # a note shared by two steps is said once


def test_the_worked_out_viewport_width_is_the_viewport_s_own(qtbot):
    from PySide6.QtWidgets import QLabel, QScrollArea

    from psoas_timer.ui.library_details import viewport_width

    area = QScrollArea()
    qtbot.addWidget(area)
    text = QLabel("\n".join(f"line {number}" for number in range(80)))
    area.setWidget(text)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    assert area.verticalScrollBar().isVisible()  # the bar takes its share of the width
    assert viewport_width(area) == area.viewport().width()
    text.setText("one line")
    area.setWidgetResizable(True)
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())
    assert viewport_width(area) == area.viewport().width()
