"""The player's big countdown: drawn from a picture of each character, it looks as the same
text set by Qt does, and a new second draws no text afresh."""

import pytest
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel

from psoas_timer.ui.player_widgets import ClockLabel
from psoas_timer.ui.style import set_pixel_font


def drawn(label, text):
    label.setText(text)
    return label.grab().toImage()


@pytest.mark.parametrize("pixels", [40, 150, 260])
def test_the_clock_looks_as_its_text_set_by_qt(qtbot, pixels):
    clock, plain = ClockLabel(), QLabel()
    for label in (clock, plain):
        qtbot.addWidget(label)
        set_pixel_font(label, pixels, True)
        label.resize(round(pixels * 3.2), round(pixels * 1.3))
    for text in ("0:05", "12:47", "1:00:00"):
        ours, qts = drawn(clock, text), drawn(plain, text)
        ink_ours = ink_qts = differing = 0
        for y in range(0, ours.height(), 2):
            for x in range(0, ours.width(), 2):
                a, b = QColor(ours.pixel(x, y)).lightness(), QColor(qts.pixel(x, y)).lightness()
                ink_ours += a < 128
                ink_qts += b < 128
                differing += abs(a - b) > 128
        assert ink_qts > 0
        assert abs(ink_ours - ink_qts) <= 0.03 * ink_qts
        assert differing <= 0.03 * ink_qts, (text, pixels)


def test_a_new_second_draws_no_text(qtbot, monkeypatch):
    clock = ClockLabel()
    qtbot.addWidget(clock)
    set_pixel_font(clock, 150, True)
    clock.resize(500, 200)
    written = []
    original = QPainter.drawText

    def counting(painter, *args):
        written.append(args[-1])
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", counting)
    for second in range(120, 0, -1):
        drawn(clock, f"{second // 60}:{second % 60:02d}")
    assert sorted(written) == sorted(set("0123456789:"))  # each character once
