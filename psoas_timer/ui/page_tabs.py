"""The window's two tabs: the routines, and the history, whose page is built the first time it
is shown (years of history cost nothing until someone looks at them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from psoas_timer.core.i18n import translate

if TYPE_CHECKING:
    from psoas_timer.ui.history import HistoryPage


class PageTabs(QTabWidget):
    ROUTINES = 0
    HISTORY = 1

    def __init__(
        self,
        library_page: QWidget,
        make_history_page: Callable[[], HistoryPage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_history_page = make_history_page
        self.history_page: HistoryPage | None = None
        self.setDocumentMode(True)
        self.addTab(library_page, translate("MainWindow", "Routines"))
        # A placeholder until first shown.
        self.addTab(QWidget(self), translate("MainWindow", "History"))
        self.currentChanged.connect(self._changed)

    def _changed(self, index: int) -> None:
        if index == self.HISTORY:
            self.show_history()

    def show_history(self) -> None:
        """The History tab, its page built the first time it is shown."""
        if self.history_page is None:
            page = self._make_history_page()
            self.history_page = page
            current = self.currentIndex()
            placeholder = self.widget(self.HISTORY)
            self.blockSignals(True)
            self.removeTab(self.HISTORY)
            self.insertTab(self.HISTORY, page, translate("MainWindow", "History"))
            self.setCurrentIndex(current)
            self.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        self.setCurrentWidget(self.history_page)

    def set_goal_minutes(self, minutes: int) -> None:
        """The weekly goal changed: the history page (once built) shows progress toward it."""
        if self.history_page is not None:
            self.history_page.set_goal_minutes(minutes)
