"""The "About the psoas" page: reached from the Help menu and the library, read from a chair."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from psoas_timer.core.about_psoas import load_about_psoas
from psoas_timer.ui.about_psoas import AboutPsoasDialog, DrawingPanel
from psoas_timer.ui.style import DISCLAIMER
from tests.ui.test_fit_and_names import clipped, unnamed
from tests.ui.test_player_review import menu_action

CONTENT = load_about_psoas()


def open_page(qtbot, width, height):
    """The page over a window of this size, as the app opens it."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitUntil(lambda: window.width() == width)
    page = AboutPsoasDialog(window)
    page.host = window  # the window goes when the page does, not before
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    return page


def opened_by(qtbot, trigger) -> list[str]:
    """The titles of the pages `trigger` opens (each closed again at once)."""
    seen: list[str] = []

    def look() -> None:
        page = QApplication.activeModalWidget()
        if isinstance(page, AboutPsoasDialog):
            seen.append(page.windowTitle())
            page.close_button.click()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    trigger()
    return seen


def test_the_help_menu_and_the_library_open_it(window, qtbot):
    action = menu_action(window, "Help", "About the psoas…")
    assert opened_by(qtbot, action.trigger) == ["About the psoas"]
    button = window.library_page.about_psoas_button
    assert button.isVisible() and button.isEnabled()
    assert opened_by(qtbot, button.click) == ["About the psoas"]


def test_it_shows_each_section_in_turn_with_buttons_and_arrow_keys(qtbot):
    page = open_page(qtbot, 1366, 768)
    headings = [section.heading for section in CONTENT.sections]
    assert [button.text() for button in page.section_buttons] == headings
    assert page.heading_label.text() == "What it is"
    assert "front of the vertebrae" in page.text_label.text()
    page.section_buttons[2].click()
    assert page.heading_label.text() == headings[2]
    assert "low-back pain" in page.text_label.text()
    assert page.section_buttons[2].isChecked()
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.heading_label.text() == "Front and back, equally"
    assert "equally" in page.text_label.text()
    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_Right)  # stays on the last
    assert page.section_index() == len(headings) - 1
    assert "water" in page.text_label.text() and "bodywork" in page.text_label.text()
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert page.section_index() == len(headings) - 2


def test_it_carries_the_not_medical_advice_note(qtbot):
    page = open_page(qtbot, 1366, 768)
    assert page.note_label.isVisible()
    assert page.note_label.text().startswith(DISCLAIMER)
    assert "professional" in page.note_label.text()


def test_the_drawings_show_one_at_a_time_large_with_their_captions(qtbot):
    page = open_page(qtbot, 1366, 768)
    assert [panel.view.name for panel in page.panels] == ["front", "back"]
    assert set(page.findChildren(DrawingPanel)) == set(page.panels)
    assert all(panel.has_drawing() for panel in page.panels)  # assets/anatomy/ has both
    front, back = page.panels
    assert [button.text() for button in page.view_buttons] == ["From the front", "From the back"]
    assert front.isVisible() and not back.isVisible()
    assert "psoas" in page.caption_label.text() and "thigh bone" in page.caption_label.text()
    assert front.width() >= 500 and front.height() >= 300  # large enough to read its labels
    page.view_buttons[1].click()
    assert back.isVisible() and not front.isVisible()
    assert "quadratus lumborum" in page.caption_label.text()
    qtbot.keyClick(page, Qt.Key.Key_Up)
    assert page.view_index() == 0 and page.view_buttons[0].isChecked()
    qtbot.keyClick(page, Qt.Key.Key_Down)
    assert page.view_index() == 1


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1366, 768), (1920, 1080)])
def test_every_section_fits_without_scrolling_or_clipping(qtbot, width, height):
    page = open_page(qtbot, width, height)
    assert page.height() <= height and page.width() <= width
    for index in range(len(CONTENT.sections)):
        page.show_section(index)
        QApplication.processEvents()
        assert page.text_fits(), CONTENT.sections[index].heading
        assert clipped(page) == []
    assert page.text_pixels() >= 16


def test_the_type_grows_with_a_large_screen(qtbot):
    small = open_page(qtbot, 1024, 600).text_pixels()
    large = open_page(qtbot, 1920, 1080).text_pixels()
    assert large >= small * 1.4


def test_a_screen_reader_hears_what_it_shows(qtbot):
    page = open_page(qtbot, 1366, 768)
    assert unnamed(page) == []


def test_the_page_is_in_the_content_language(qtbot):
    from psoas_timer.core import i18n

    i18n.set_content_language("fr")
    page = open_page(qtbot, 1366, 768)
    assert page.windowTitle() == "À propos du psoas"
    assert page.caption_label.text().startswith("Le psoas part de l’avant")
    assert page.section_buttons[0].text() == "Ce qu’il est"
    assert all(panel.has_drawing() for panel in page.panels)
