"""Amounts as the history page writes them, in the user's language: counts, minutes, hours,
days and weeks."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from psoas_timer.core.i18n import Plural, translate


def number(value: int) -> str:
    """A whole number as the user's language writes it ("1,234", "1.234", "1 234")."""
    return QLocale().toString(value)


def format_minutes(minutes: float) -> str:
    """A headline total: exact minutes while small, hours once minutes stop meaning much."""
    if 0 < minutes < 0.5:
        # A short session is still practice, not "0 min".
        return translate("History", "under 1 min")
    if minutes < 1000:
        return translate("History", "{minutes} min").format(minutes=number(round(minutes)))
    hours = minutes / 60
    shown = QLocale().toString(hours, "f", 1) if hours < 100 else number(round(hours))
    return translate("History", "{hours} h").format(hours=shown)


def format_days(days: int) -> str:
    return Plural.tr("{count} day(s)", "", days).format(count=number(days))


def format_weeks(weeks: int) -> str:
    return Plural.tr("{count} week(s)", "", weeks).format(count=number(weeks))
