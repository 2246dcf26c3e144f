"""The user's settings: one typed, frozen object, checked once, with the bounds of each value.

Every part of the app that shows or uses a setting takes a `Settings`: the store reads and
writes it, the sound dialog edits it, the cue player and the window apply it. Adding a setting
is a field here (with its check) and the control that shows it.

A `Settings` is valid by construction: building one with a value out of its bounds raises
ValueError. Reading a file goes through `settings_from_document`, which keeps every good value,
uses the default for each bad one and says what was wrong, so one bad value costs only itself.
"""

from __future__ import annotations

import binascii
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, NamedTuple

MAX_GEOMETRY_CHARS = 4096  # Qt's saveGeometry() is about 70 bytes; base64 of that ~100 chars
MAX_WINDOW_PIXELS = 100_000  # a window's side or position beyond this is not a real screen
MAX_ROUTINE_ID = 64
WEEKLY_GOAL_MINUTES = (5, 1200)  # from a token five minutes to twenty hours a week
# An hour a week: a short routine on most days.
DEFAULT_WEEKLY_GOAL_MINUTES = 60
_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class SettingProblem(NamedTuple):
    """A value in a settings file that could not be used: which key, and why (plain text)."""

    key: str
    message: str


def describe_value(value: object) -> str:
    """A value as a message may quote it: short, and with no character that breaks a line."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # nan, inf
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**12:
        return "a number with more than 12 digits"  # and str() refuses past 4,300 of them
    text = repr(value)
    text = _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
    return text if len(text) <= 60 else text[:57] + "..."


# --- checks: each returns the value as stored, or raises ValueError saying what was expected ---


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, got {describe_value(value)}")
    return value


def _percent(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError(f"must be a whole number from 0 to 100, got {describe_value(value)}")
    return value


def _goal_minutes(value: object) -> int:
    low, high = WEEKLY_GOAL_MINUTES
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(
            f"must be a whole number of minutes from {low} to {high:,}, got {describe_value(value)}"
        )
    return value


def _language(value: object) -> str:
    """ "" for the system's language, else a shipped language's code."""
    from psoas_timer.core.i18n import LANGUAGES

    if not isinstance(value, str) or (value and value not in LANGUAGES):
        shipped = ", ".join(describe_value(code) for code in LANGUAGES)
        raise ValueError(
            f'must be "" (the system\'s) or one of {shipped}, got {describe_value(value)}'
        )
    return value


def _routine_id(value: object) -> str | None:
    return None if value is None else routine_id(value)


def routine_id(value: object) -> str:
    """`value` if it can be a routine's id (one line, not too long); ValueError if not."""
    if (
        not isinstance(value, str)
        or not 0 < len(value) <= MAX_ROUTINE_ID
        or _CONTROL.search(value) is not None
    ):
        raise ValueError(
            f"must be a routine id of at most {MAX_ROUTINE_ID} characters, "
            f"got {describe_value(value)}"
        )
    return value


def _geometry(value: object) -> str | None:
    """Qt's saveGeometry() as base64 text."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_GEOMETRY_CHARS or not _BASE64.match(value):
        raise ValueError(f"must be a saved window geometry (base64), got {describe_value(value)}")
    try:
        binascii.a2b_base64(value)
    except binascii.Error:
        raise ValueError("must be a saved window geometry (base64) of whole bytes") from None
    return value


def _rect(value: object) -> tuple[int, int, int, int] | None:
    """[x, y, width, height] as files before saveGeometry() kept the window's place."""
    if value is None:
        return None
    if (
        isinstance(value, list | tuple)
        and len(value) == 4
        and all(isinstance(n, int) and not isinstance(n, bool) for n in value)
    ):
        x, y, width, height = value
        limit = MAX_WINDOW_PIXELS
        if abs(x) <= limit and abs(y) <= limit and 0 < width <= limit and 0 < height <= limit:
            return (x, y, width, height)
    raise ValueError(
        f"must be [x, y, width, height] within {MAX_WINDOW_PIXELS:,} pixels, "
        f"got {describe_value(value)}"
    )


def _check(function: Callable[[object], Any], *, synced: bool = True) -> dict[str, Any]:
    # `synced`: whether the value follows the user to their other computers (a window's place
    # belongs to one screen).
    return {"check": function, "synced": synced}


@dataclass(frozen=True)
class Settings:
    volume: int = field(default=80, metadata=_check(_percent))  # percent
    muted: bool = field(default=False, metadata=_check(_boolean))
    voice: bool = field(default=True, metadata=_check(_boolean))  # spoken announcements
    beats: bool = field(default=True, metadata=_check(_boolean))  # a beat per movement
    last_routine: str | None = field(default=None, metadata=_check(_routine_id))
    library_favorites_only: bool = field(default=False, metadata=_check(_boolean))
    # The window's place, from Qt's saveGeometry(); `window_rect` is how older files kept it
    # and is only read (the window moves to window_geometry when it next saves).
    window_geometry: str | None = field(default=None, metadata=_check(_geometry, synced=False))
    window_rect: tuple[int, int, int, int] | None = field(
        default=None, metadata=_check(_rect, synced=False)
    )
    window_maximized: bool = field(default=False, metadata=_check(_boolean, synced=False))
    weekly_goal_minutes: int = field(
        default=DEFAULT_WEEKLY_GOAL_MINUTES, metadata=_check(_goal_minutes)
    )
    # A reminder is not shown on a day the user has already practised.
    skip_reminders_after_practice: bool = field(default=True, metadata=_check(_boolean))
    # Closing the window leaves the app in the tray (so reminders still come); asked once,
    # when the first reminder is set, and per computer like the tray itself.
    keep_in_tray: bool = field(default=False, metadata=_check(_boolean, synced=False))
    keep_in_tray_asked: bool = field(default=False, metadata=_check(_boolean, synced=False))
    # The psoas drawn as a band over the exercise pictures, to see it lengthen and shorten.
    psoas_band: bool = field(default=True, metadata=_check(_boolean))
    # The interface's language: "" follows the system.
    language: str = field(default="", metadata=_check(_language))

    def __post_init__(self) -> None:
        for item in fields(self):
            try:
                checked = item.metadata["check"](getattr(self, item.name))
            except ValueError as error:
                raise ValueError(f"{item.name}: {error}") from None
            object.__setattr__(self, item.name, checked)

    @property
    def gain(self) -> float:
        """The volume as the audio output takes it, 0.0 to 1.0."""
        return self.volume / 100

    def changed(self, **changes: Any) -> Settings:
        """A copy with `changes`; ValueError names the first value out of bounds."""
        return replace(self, **changes)

    def to_document(self) -> dict[str, Any]:
        """The values as a settings file holds them."""
        document: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "window_rect":
                if value is not None and self.window_geometry is None:
                    document["window_geometry"] = list(value)  # kept as it was read
                continue
            document[item.name] = value
        return document


SETTING_NAMES = tuple(item.name for item in fields(Settings) if item.name != "window_rect")
SYNCED_SETTINGS = frozenset(item.name for item in fields(Settings) if item.metadata["synced"])


class LoadedSettings(NamedTuple):
    settings: Settings
    problems: list[SettingProblem]
    unknown: dict[str, Any]  # keys a newer version wrote: kept and written back as they were


def settings_from_document(raw: Mapping[str, object]) -> LoadedSettings:
    """Settings from a file's "settings" object: good values kept, each bad one reported."""
    defaults = Settings()
    values: dict[str, Any] = {}
    problems: list[SettingProblem] = []
    unknown: dict[str, Any] = {}
    checks = {item.name: item.metadata["check"] for item in fields(Settings)}
    for key, value in raw.items():
        name = key
        if key == "window_geometry" and isinstance(value, list):
            name = "window_rect"  # written before the window kept Qt's own geometry
        elif key not in SETTING_NAMES:
            unknown[key] = value
            continue
        check = checks[name]
        try:
            values[name] = check(value)
        except ValueError as error:
            default = getattr(defaults, key)
            problems.append(
                SettingProblem(key, f"{error}; using {describe_value(default)} instead")
            )
    return LoadedSettings(Settings(**values), problems, unknown)
