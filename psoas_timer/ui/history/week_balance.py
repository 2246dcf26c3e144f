"""This week's front and back: the minutes practised on each side of the core since Monday,
worked out by the core from each session's routine, as a small balance bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from psoas_timer.core.balance import week_balance
from psoas_timer.core.routines import Library
from psoas_timer.core.stats import SessionsLike
from psoas_timer.ui.balance_bar import BalanceBar
from psoas_timer.ui.psoas_text import (
    IN_BALANCE,
    WEEK_NOT_COUNTED,
    leaning_note,
    leaning_short,
    not_counted,
)
from psoas_timer.ui.style import set_pixel_font

NOTHING_YET = "No practice yet this week."
UNKNOWN_WHY = (
    "Your own steps don't say which side they work, and routines deleted since are unknown."
)


class WeekBalance(QFrame):
    """`library` gives the routines as they are now: history keeps which routine a session
    ran, not its steps."""

    def __init__(self, library: Callable[[], Library], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self._library = library
        self.caption = QLabel("This week: front and back of the core", self)
        self.caption.setObjectName("week_balance_caption")
        self.caption.setWordWrap(True)
        set_pixel_font(self.caption, 16, bold=True)
        self.bar = BalanceBar(self, pixels=16)
        self.bar.setAccessibleName("This week's practice on the front and the back of the core")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.bar)

    def show_week(self, sessions: SessionsLike, today: date, tz: tzinfo | None = None) -> None:
        library = self._library()
        routines = {routine.id: routine for routine in library.routines}
        balance = week_balance(sessions, routines, today, tz)
        # A line or two beside the figures; what to add is the note's tooltip.
        summary = leaning_short(balance, "This week")
        if not summary:
            total = balance.sided_seconds + balance.unknown_seconds
            summary = IN_BALANCE if balance.sided_seconds > 0 else NOTHING_YET if not total else ""
        unknown = not_counted(balance, WEEK_NOT_COUNTED)
        self.bar.set_balance(balance, " ".join(part for part in (summary, unknown) if part))
        advice = leaning_note(balance, library.catalogue.values(), "This week")
        why = f"{unknown} {UNKNOWN_WHY}" if unknown else ""
        self.bar.note_label.setToolTip("\n".join(part for part in (advice, why) if part))
