"""A quiet, dismissable line at the top of the window for things the user should know."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from psoas_timer.ui.style import set_pixel_font


class NoticeBar(QWidget):
    """The newest two notices (a file moved aside, a routine file skipped ...), a line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.label = QLabel(self)
        self.label.setObjectName("notice_text")
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Notice")
        set_pixel_font(self.label, 15)
        close = QPushButton("Dismiss", self)
        close.setAccessibleName("Dismiss notice")
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setStyleSheet(
            "#notice_bar { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        self.messages: list[str] = []
        self.hide()

    def add(self, message: str) -> None:
        """Show the newest two notices, a line each; the whole text is in the tooltip."""
        self.messages.append(message)
        shown = [text.splitlines()[0] for text in self.messages[-2:]]
        hidden = len(self.messages) - len(shown)
        if hidden:
            shown.append(f"(and {hidden} earlier; hover for all)")
        self.label.setText("\n".join(shown))
        self.label.setToolTip("\n".join(self.messages))
        self.show()

    def add_skipped(self, problem: str) -> None:
        """A routine file that could not be loaded: its first problem, and how many more."""
        lines = problem.splitlines()
        more = f" (+{len(lines) - 1} more problems)" if len(lines) > 1 else ""
        self.add(f"Skipped a routine file: {lines[0]}{more}\n" + "\n".join(lines[1:]))

    def clear(self) -> None:
        self.messages.clear()
        self.hide()
