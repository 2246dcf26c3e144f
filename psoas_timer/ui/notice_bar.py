"""A quiet, dismissable line at the top of the window for things the user should know."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from psoas_timer.core.i18n import Plural, translate
from psoas_timer.ui.style import set_pixel_font


class NoticeBar(QWidget):
    """The newest two notices (a file moved aside, a routine file skipped ...), a line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.label = QLabel(self)
        self.label.setObjectName("notice_text")
        self.label.setWordWrap(True)
        set_pixel_font(self.label, 15)
        close = QPushButton(translate("Notice", "Dismiss"), self)
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.messages: list[str] = []
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def add(self, message: str) -> None:
        """Show the newest two notices, a line each; the whole text is in the tooltip."""
        self.messages.append(message)
        shown = [text.splitlines()[0] for text in self.messages[-2:]]
        hidden = len(self.messages) - len(shown)
        if hidden:
            shown.append(Plural.tr("(and %n earlier; hover for all)", "", hidden))
        self.label.setText("\n".join(shown))
        self.label.setToolTip("\n".join(self.messages))
        self.show()

    def add_skipped(self, problem: str) -> None:
        """A routine file that could not be loaded: its first problem, and how many more."""
        lines = problem.splitlines()
        if len(lines) > 1:
            first = Plural.tr(
                "Skipped a routine file: {problem} (+%n more problem(s))", "", len(lines) - 1
            )
        else:
            first = translate("Notice", "Skipped a routine file: {problem}")
        self.add("\n".join([first.format(problem=lines[0]), *lines[1:]]))

    def clear(self) -> None:
        self.messages.clear()
        self.hide()
