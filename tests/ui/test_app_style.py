"""The app's style: buttons large enough to hit from the floor, a focus ring one can see."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QListWidget, QPushButton, QWidget

from psoas_timer.ui.app_style import BUTTON_MIN_HEIGHT, FOCUS_RING


def ring_pixels(widget: QWidget) -> int:
    """How many pixels along the widget's left edge, a ring's width in, are the highlight."""
    image = widget.grab().toImage()
    highlight = widget.palette().color(QPalette.ColorRole.Highlight)
    x = FOCUS_RING // 2 + 1
    hits = 0
    for y in range(8, image.height() - 8):
        colour = QColor(image.pixel(QPoint(x, y)))
        if (
            max(
                abs(colour.red() - highlight.red()),
                abs(colour.green() - highlight.green()),
                abs(colour.blue() - highlight.blue()),
            )
            < 40
        ):
            hits += 1
    return hits


def test_buttons_are_tall_with_room_beside_their_words(qtbot):
    button = QPushButton("OK")
    qtbot.addWidget(button)
    assert button.sizeHint().height() >= BUTTON_MIN_HEIGHT
    assert button.font().pixelSize() == 17
    words = button.fontMetrics().horizontalAdvance("OK")
    assert button.sizeHint().width() >= words + 20  # the platform's margins and ours


def test_the_focused_button_wears_a_ring_the_others_do_not(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    first, second = QPushButton("Start", holder), QPushButton("Stop", holder)
    first.setGeometry(10, 10, 200, 60)
    second.setGeometry(10, 90, 200, 60)
    holder.show()
    qtbot.waitExposed(holder)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert ring_pixels(first) > 30
    assert ring_pixels(second) == 0


def test_list_rows_have_air(qtbot):
    plain = QListWidget()
    qtbot.addWidget(plain)
    plain.addItem("Cat pose")
    height = plain.sizeHintForRow(0)
    assert height >= plain.fontMetrics().height() + 12
