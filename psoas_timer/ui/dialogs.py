"""One dialog for every question and message in the app, made to be answered from the mat.

Large type and large buttons, sized with the window behind it; the default button says what
Enter does, and Esc always means the safe answer (No, Keep, Close). The Esc or Enter that opened
a question may still be held down: its repeats are not an answer.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.i18n import translate
from psoas_timer.ui.style import set_pixel_font

REFERENCE_WIDTH, REFERENCE_HEIGHT = 1366, 768


class Kind(StrEnum):
    QUESTION = "question"
    INFORMATION = "information"
    WARNING = "warning"


class MatDialog(QDialog):
    """A title, a message and one to three buttons; `exec()` returns the chosen button's index
    (or the escape answer's, for Esc and the window's close button)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: list[str],
        *,
        default: int = 0,
        escape: int | None = None,
        kind: Kind = Kind.QUESTION,
        destructive: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(f"dialog-{kind.value}")
        self.setModal(True)
        self._escape = len(buttons) - 1 if escape is None else escape
        self._choice = self._escape
        scale = _scale_for(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(round(28 * scale),) * 4)
        layout.setSpacing(round(16 * scale))
        self.title_label = QLabel(title, self)
        set_pixel_font(self.title_label, round(26 * scale), bold=True)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(text, self)
        set_pixel_font(self.text_label, round(21 * scale))
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        for shown in (self.title_label, self.text_label):
            shown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            layout.addWidget(shown)
        if kind is Kind.WARNING:
            palette = self.title_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#B4441A"))
            self.title_label.setPalette(palette)
        row = QHBoxLayout()
        row.setSpacing(round(12 * scale))
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for index, label in enumerate(buttons):
            button = QPushButton(label, self)
            set_pixel_font(button, round(20 * scale), bold=index == default)
            button.setMinimumHeight(max(56, round(60 * scale)))
            button.setMinimumWidth(round(170 * scale))
            button.setAutoDefault(False)
            button.setDefault(index == default)
            if index == destructive:
                button.setProperty("destructive", True)
            button.clicked.connect(lambda _=False, chosen=index: self._answer(chosen))
            self.buttons.append(button)
            row.addWidget(button)
        layout.addLayout(row)
        self.setMinimumWidth(round(560 * scale))
        self.setMaximumWidth(max(round(900 * scale), self.minimumWidth()))
        self.buttons[default].setFocus()

    def _answer(self, index: int) -> None:
        self._choice = index
        self.done(index)

    def choice(self) -> int:
        return self._choice

    def reject(self) -> None:
        self._choice = self._escape
        self.done(self._escape)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat():
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            target = focused if isinstance(focused, QPushButton) else self.default_button()
            if target is not None:
                target.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def default_button(self) -> QPushButton | None:
        return next((button for button in self.buttons if button.isDefault()), None)

    def exec(self) -> int:
        super().exec()
        return self._choice


def _scale_for(parent: QWidget | None) -> float:
    window = parent.window() if parent is not None else None
    if window is None or window.width() <= 0:
        return 1.0
    return max(0.8, min(2.5, window.width() / REFERENCE_WIDTH, window.height() / REFERENCE_HEIGHT))


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes: str,
    no: str,
    default_yes: bool = False,
    destructive: bool = False,
) -> bool:
    """A yes/no question with buttons that say what they do; Esc answers `no`."""
    dialog = MatDialog(
        parent,
        title,
        text,
        [yes, no],
        default=0 if default_yes else 1,
        escape=1,
        destructive=0 if destructive else None,
    )
    return dialog.exec() == 0


def tell(
    parent: QWidget | None, title: str, text: str, *, warning: bool = False, button: str = ""
) -> None:
    """A message to acknowledge (its button says OK unless told); Enter and Esc close it."""
    kind = Kind.WARNING if warning else Kind.INFORMATION
    label = button or translate("Dialog", "OK")
    MatDialog(parent, title, text, [label], default=0, escape=0, kind=kind).exec()
