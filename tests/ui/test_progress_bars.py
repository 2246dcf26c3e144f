"""The player's progress bars: a new second repaints the strip that changed, and the bar on
screen is the bar drawn whole."""

from psoas_timer.ui.player_widgets import FractionBar
from tests.ui.screen_checks import PaintSpy, on_screen


def test_a_bar_repaints_only_the_strip_that_changed(qtbot, qapp):
    bar = FractionBar("Progress")
    qtbot.addWidget(bar)
    bar.resize(600, 14)
    bar.show()
    qtbot.waitExposed(bar)
    painted = PaintSpy(bar).rects
    bar.repaint()  # the first frame, whole
    qapp.processEvents()  # and any update still waiting from showing it
    painted.clear()
    for second in range(1, 31):  # a 30-second step, one second at a time
        painted.clear()
        bar.set_fraction(second / 30)
        qtbot.waitUntil(lambda: len(painted) > 0)
        assert all(rect.width() < bar.width() / 4 for rect in painted), (second, painted)
        assert on_screen(bar) == bar.grab().toImage()  # (grab() paints it whole, once more)
    painted.clear()
    bar.set_fraction(0.0)  # the next step starts
    qtbot.waitUntil(lambda: len(painted) > 0)
    assert on_screen(bar) == bar.grab().toImage()
