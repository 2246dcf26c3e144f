"""A year at a glance: a square per day, shaded by practice, today framed, keyboard reachable."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette

from psoas_timer.core import stats
from psoas_timer.ui.history.year import YearView, shade_colours
from tests.ui.test_history_page import TODAY, make_page, record, store_with

LONDON = ZoneInfo("Europe/London")


def dark_palette(widget) -> QPalette:
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202225"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
    return palette


@pytest.fixture
def year_sessions():
    return [
        record(1, TODAY - timedelta(days=3), 30),  # a long day: the darkest shade
        record(2, TODAY - timedelta(days=10), 3),  # a short one: the lightest
        record(3, TODAY - timedelta(days=200), 9),
        record(4, TODAY - timedelta(days=200), 1, hour=19),
        record(5, TODAY - timedelta(days=400), 50),  # more than a year ago: not shown
    ]


@pytest.fixture
def view(qtbot, year_sessions):
    view = YearView()
    qtbot.addWidget(view)
    view.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view.resize(1100, 330)
    view.set_year(stats.year_of_days(year_sessions, TODAY, goal_minutes=60, tz=LONDON))
    view.show()
    qtbot.waitExposed(view)
    return view


def colour_inside(view, day: date) -> QColor:
    image = view.map.grab().toImage()
    return image.pixelColor(view.map.cell_rect(day).center())


def colour_on_edge(view, day: date) -> QColor:
    """Just above the square, where today's frame is drawn."""
    image = view.map.grab().toImage()
    rect = view.map.cell_rect(day)
    return image.pixelColor(rect.center().x(), rect.top() - 1)


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_day_with_practice_is_shaded_and_today_is_framed(view, dark):
    if dark:
        view.setPalette(dark_palette(view))
    shades = shade_colours(view.map.palette())
    long_day, short_day = TODAY - timedelta(days=3), TODAY - timedelta(days=10)
    empty_day = TODAY - timedelta(days=5)
    assert colour_inside(view, long_day) == shades[4]
    assert colour_inside(view, short_day) == shades[1]
    assert colour_inside(view, empty_day) == shades[0]
    # Each shade stands apart from the page and from the next one, in both palettes, and the
    # darkest (brightest) reads like text against the page.
    window = view.map.palette().color(QPalette.ColorRole.Window)
    steps = [contrast(a, b) for a, b in zip([window, *shades], shades, strict=False)]
    assert min(steps) >= 1.1, steps
    assert contrast(window, shades[4]) >= 3
    # Today is framed in the text colour; other days are not.
    text = view.map.palette().color(QPalette.ColorRole.WindowText)
    assert colour_on_edge(view, TODAY) == text
    assert colour_on_edge(view, empty_day) != text


def test_every_day_of_the_last_twelve_months_has_a_square_and_a_tooltip(view):
    year = view.map.year
    assert len(year.seconds) == 365
    first = year.first
    assert first == date(2025, 11, 26)
    assert view.map.cell_rect(first).isValid()
    assert not view.map.cell_rect(first - timedelta(days=1)).isValid()
    assert view.map.cell_rect(TODAY).left() > view.map.cell_rect(first).left()
    assert view.map.day_text(TODAY - timedelta(days=200)) == "Sat 9 May 2026: 10 min in 2 sessions"
    assert view.map.day_text(TODAY) == "Today, Wed 25 Nov 2026: no practice"
    assert view.map.day_at(view.map.cell_rect(TODAY - timedelta(days=3)).center()) == (
        TODAY - timedelta(days=3)
    )
    # Squares big enough to see from the mat at this size.
    assert view.map.cell_rect(TODAY).width() >= 14


def test_the_keyboard_moves_through_the_days_and_reads_each_out(qtbot, view):
    view.setFocus()
    qtbot.waitUntil(view.map.hasFocus)
    assert view.readout.text() == "Today, Wed 25 Nov 2026: no practice"
    qtbot.keyClick(view.map, Qt.Key.Key_Up)
    qtbot.keyClick(view.map, Qt.Key.Key_Up)
    qtbot.keyClick(view.map, Qt.Key.Key_Up)
    assert view.map.current == TODAY - timedelta(days=3)
    assert view.readout.text() == "Sun 22 Nov 2026: 30 min in 1 session"
    assert view.map.accessibleDescription() == view.readout.text()
    qtbot.keyClick(view.map, Qt.Key.Key_Left)
    assert view.map.current == TODAY - timedelta(days=10)
    qtbot.keyClick(view.map, Qt.Key.Key_Home)
    assert view.map.current == view.map.year.first
    qtbot.keyClick(view.map, Qt.Key.Key_Left)  # nothing before the first day
    assert view.map.current == view.map.year.first
    qtbot.keyClick(view.map, Qt.Key.Key_End)
    assert view.map.current == TODAY
    qtbot.keyClick(view.map, Qt.Key.Key_Right)
    assert view.map.current == TODAY  # nor after today
    # The chosen day is marked while the map has the keyboard.
    highlight = view.map.palette().color(QPalette.ColorRole.Highlight)
    qtbot.keyClick(view.map, Qt.Key.Key_PageUp)
    rect = view.map.cell_rect(view.map.current)
    image = view.map.grab().toImage()
    frame = max(2, view.map.cell_rect(TODAY).height() // 8)
    assert image.pixelColor(rect.center().x(), rect.top() - 2 * frame) == highlight


def test_the_history_page_shows_the_year_from_its_header(qtbot, tmp_path, year_sessions):
    page = make_page(qtbot, store_with(tmp_path, year_sessions))
    assert not page.year_view.isVisible()
    qtbot.mouseClick(page.year_button, Qt.MouseButton.LeftButton)
    assert page.year_view.isVisible() and not page.chart.isVisible()
    assert page.year_view.map.year.seconds[-4] == 30 * 60
    page.set_goal_minutes(210)  # a seventh of it is 30 minutes: that day is now the third shade
    index = page.year_view.map.year.index(TODAY - timedelta(days=3))
    assert page.year_view.map.year.level(index) == 3
    qtbot.mouseClick(page.weeks_button, Qt.MouseButton.LeftButton)
    assert page.chart.isVisible() and page.show_weeks


def test_tab_goes_from_the_year_button_to_the_squares(qtbot, tmp_path, year_sessions):
    page = make_page(qtbot, store_with(tmp_path, year_sessions))
    page.year_button.click()
    page.year_button.setFocus()
    qtbot.waitUntil(page.year_button.hasFocus)
    qtbot.keyClick(page.year_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.year_view.map.hasFocus)
    qtbot.keyClick(page.year_view.map, Qt.Key.Key_Up)
    assert page.year_view.readout.text().startswith("Tue 24 Nov 2026")


def test_on_a_very_large_screen_the_readout_follows_the_squares(qtbot, year_sessions):
    view = YearView()
    qtbot.addWidget(view)
    view.resize(2400, 1500)
    view.set_year(stats.year_of_days(year_sessions, TODAY, tz=LONDON))
    view.show()
    qtbot.waitExposed(view)
    sunday = TODAY - timedelta(days=3)

    def just_below_the_legend() -> bool:
        # Under the squares and their legend, not at the bottom of the 1,500 pixels.
        map_top = view.map.geometry().top()
        return view.readout.geometry().top() - (map_top + view.map.cell_rect(sunday).bottom()) < 100

    qtbot.waitUntil(just_below_the_legend)
    assert view.map.cell_rect(TODAY).width() >= 36  # as big as they get
