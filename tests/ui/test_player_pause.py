"""Paused, the picture is veiled whole, whatever size the window takes meanwhile."""

from PySide6.QtCore import Qt

from psoas_timer.core.engine import SessionState


def test_the_paused_veil_covers_the_whole_picture_as_the_window_changes_size(window, qtbot):
    window.start_routine("ui-test")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.player)
    player = window.player
    assert not player.veil.isVisible()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert window.controller.session.state is SessionState.PAUSED
    qtbot.waitUntil(player.veil.isVisible)
    for width, height in ((1366, 768), (1024, 600), (1920, 1080)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: player.illustration.width() > 0)
        qtbot.waitUntil(lambda: player.veil.geometry() == player.illustration.rect())
        assert player.veil.geometry().size() == player.illustration.size()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert not player.veil.isVisible()
