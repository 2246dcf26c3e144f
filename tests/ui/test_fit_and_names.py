"""At every screen size nothing is clipped, and a screen reader hears what the screen shows."""

import re

import pytest
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from psoas_timer.ui.player_widgets import FitLabel
from tests.ui.test_player import start, tick

SIZES = [(1024, 600), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]


def spoken_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def showing(root: QWidget, kind):
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root.window()) and w.isVisible()]


def clipped(root: QWidget) -> list[str]:
    """Every visible label or button whose text does not fit inside it, by its font's metrics."""
    QApplication.processEvents()  # let pending layout requests settle, as a frame would
    problems = []
    for label in showing(root, QLabel):
        text = label.text()
        if not text or label.textFormat().name == "RichText" or "<" in text:
            continue
        rect = label.contentsRect()
        metrics = QFontMetrics(label.font())
        if label.wordWrap():
            needed = label.heightForWidth(rect.width())
            if needed > rect.height() + 1:
                problems.append(f"{label.objectName()!r} {text!r}: {needed} px tall in {rect}")
        else:
            lines = text.split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines)
            height = metrics.height() * len(lines)
            if width > rect.width() + 1 or height > rect.height() + 1:
                problems.append(f"{label.objectName()!r} {text!r}: {width}x{height} in {rect}")
    for button in showing(root, QPushButton):
        metrics = QFontMetrics(button.font())
        needed = metrics.horizontalAdvance(button.text()) + 8
        if needed > button.width() or metrics.height() > button.height():
            problems.append(f"button {button.text()!r}: {needed} px in {button.width()}")
    return problems


def shown_as_words(text: str) -> str:
    """A button's words without its key hint and symbols: what a screen reader should say."""
    text = re.sub(r"\[[^\]]*\]", "", text)
    return re.sub(r"[^\w' ,.:;!?()-]", "", text).strip()


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for label in showing(root, QLabel):
        text = label.full_text() if isinstance(label, FitLabel) else label.text()
        if text and "<" not in text and spoken_name(label) != text:
            problems.append(
                f"label {label.objectName()!r}: shows {text!r}, says {spoken_name(label)!r}"
            )
    for button in showing(root, QAbstractButton):
        name = spoken_name(button)
        if not name:
            problems.append(f"button {button.objectName() or button.text()!r} has no name")
        elif (
            button.text()
            and not isinstance(button, QCheckBox)
            and shown_as_words(name) != shown_as_words(button.text())
        ):
            problems.append(f"button shows {button.text()!r}, says {name!r}")
    for field in showing(root, QLineEdit):
        if not spoken_name(field):
            problems.append(f"field {field.objectName()!r} has no name")
    return problems


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def sized(request, window, qtbot):
    window.resize(*request.param)
    qtbot.waitUntil(lambda: window.width() == request.param[0])
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


def test_the_player_fits_in_every_phase(sized, clock, qtbot):
    for phase in walk_player(sized, clock, qtbot):
        assert clipped(sized.player) == [], phase


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
