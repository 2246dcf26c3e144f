"""This week's front and back: the minutes practised on each side of the core since Monday,
worked out by the core from each session's routine, as a small balance bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from psoas_timer.core.balance import week_balance
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.routines import CoreSide, Library
from psoas_timer.core.stats import SessionsLike
from psoas_timer.ui.balance_bar import BalanceBar
from psoas_timer.ui.psoas_text import WEEK_NOT_COUNTED, leaning_note, not_counted
from psoas_timer.ui.style import set_pixel_font

CAPTION = QT_TRANSLATE_NOOP("History", "This week: front and back of the core")
NOTHING_YET = QT_TRANSLATE_NOOP("History", "This week: no practice yet")
IN_BALANCE = QT_TRANSLATE_NOOP("History", "This week: front and back in balance")
LEANING = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP("History", "This week: much more front than back"),
    CoreSide.BACK: QT_TRANSLATE_NOOP("History", "This week: much more back than front"),
}
UNKNOWN_WHY = QT_TRANSLATE_NOOP(
    "History",
    "Your own steps don't say which side they work, and routines deleted since are unknown.",
)


class WeekBalance(QFrame):
    """`library` gives the routines as they are now: history keeps which routine a session
    ran, not its steps."""

    def __init__(self, library: Callable[[], Library], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self._library = library
        # One line says what the week is and how it stands; the bar under it, then (only when
        # there is some) the time that counts to neither side: little height beside the figures.
        self.caption = QLabel(translate("History", CAPTION), self)
        self.caption.setObjectName("week_balance_caption")
        self.caption.setWordWrap(True)
        set_pixel_font(self.caption, 16, bold=True)
        self.bar = BalanceBar(self, pixels=16)
        self.bar.setAccessibleName(
            translate("History", "This week's practice on the front and the back of the core")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.bar)

    def show_week(self, sessions: SessionsLike, today: date, tz: tzinfo | None = None) -> None:
        library = self._library()
        routines = {routine.id: routine for routine in library.routines}
        balance = week_balance(sessions, routines, today, tz)
        if balance.leaning is not None:
            state = LEANING[balance.leaning]
        elif balance.sided_seconds > 0:
            state = IN_BALANCE
        elif balance.unknown_seconds > 0:
            state = CAPTION
        else:
            state = NOTHING_YET
        self.caption.setText(translate("History", state))
        unknown = not_counted(balance, WEEK_NOT_COUNTED)
        self.bar.set_balance(balance, unknown)
        advice = leaning_note(balance, library.catalogue.values(), "This week")
        why = f"{unknown} {translate('History', UNKNOWN_WHY)}" if unknown else ""
        tip = "\n".join(part for part in (advice, why) if part)
        self.caption.setToolTip(tip)
        self.bar.note_label.setToolTip(tip)
