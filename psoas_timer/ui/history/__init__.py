"""The history page (page): its header (header), chart (chart), list of sessions (sessions,
table), figures (figures) and export (export)."""

from psoas_timer.ui.history.amounts import format_minutes
from psoas_timer.ui.history.chart import EMPTY_TEXT, HistoryChart
from psoas_timer.ui.history.page import HistoryPage
from psoas_timer.ui.history.table import SessionTableModel, format_when

__all__ = [
    "EMPTY_TEXT",
    "HistoryChart",
    "HistoryPage",
    "SessionTableModel",
    "format_minutes",
    "format_when",
]
