"""The app's one dialog: large enough for the mat, Enter does the default, Esc the safe answer."""

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from psoas_timer.ui import dialogs
from psoas_timer.ui.dialogs import MatDialog


def press(widget, key, repeat=False):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", repeat)
        QApplication.sendEvent(widget, event)


def open_question(qtbot, parent=None, default=1):
    dialog = MatDialog(
        parent, "Stop the routine?", "Stop now?", ["Stop", "Carry on"], default=default
    )
    qtbot.addWidget(dialog)
    answers = []
    dialog.finished.connect(answers.append)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog, answers


def test_text_and_buttons_are_large(qtbot):
    dialog, _ = open_question(qtbot)
    assert dialog.text_label.font().pixelSize() >= 20
    assert dialog.title_label.font().pixelSize() >= 24
    for button in dialog.buttons:
        assert button.height() >= 56
        assert button.font().pixelSize() >= 20
        text_width = QFontMetrics(button.font()).horizontalAdvance(button.text())
        assert button.width() > text_width  # the label is whole


def test_they_grow_with_a_large_window(qtbot):
    big = QWidget()
    qtbot.addWidget(big)
    big.resize(3840, 2160)
    dialog, _ = open_question(qtbot, big)
    assert dialog.text_label.font().pixelSize() >= 40


def test_enter_takes_the_default_and_esc_the_safe_answer(qtbot):
    dialog, answers = open_question(qtbot, default=0)
    assert dialog.default_button().text() == "Stop"
    press(dialog, Qt.Key.Key_Return)
    assert answers == [0]
    dialog, answers = open_question(qtbot, default=0)
    press(dialog, Qt.Key.Key_Escape)
    assert answers == [1]


def test_a_held_key_that_opened_it_is_not_an_answer(qtbot):
    dialog, answers = open_question(qtbot)
    for _ in range(5):  # the repeats of an Esc still held from the player
        press(dialog, Qt.Key.Key_Escape, repeat=True)
        press(dialog, Qt.Key.Key_Return, repeat=True)
    assert dialog.isVisible() and answers == []
    press(dialog, Qt.Key.Key_Escape)
    assert answers == [1]


def test_ask_and_tell_return_what_was_chosen(qtbot):
    def answer(label):
        def click():
            dialog = QApplication.activeModalWidget()
            next(b for b in dialog.buttons if b.text() == label).click()

        QTimer.singleShot(0, click)

    answer("Delete")
    assert dialogs.ask(None, "Delete?", "Delete it?", yes="Delete", no="Keep") is True
    answer("Keep")
    assert dialogs.ask(None, "Delete?", "Delete it?", yes="Delete", no="Keep") is False
    answer("OK")
    dialogs.tell(None, "Imported", "Added to your routines.")
