"""Small things the user chooses (settings, favourites), kept per computer, merged per item.

Each computer writes one file of its own per kind, `<kind>/<device>.json`:

    {"version": 2, "<kind>": {"<item>": {"value": ..., "at": <ms since 1970>}, ...}}

holding only the items changed on it, each with when. Reading takes every computer's file
(and any copy a sync tool left) and keeps, for each item, the latest change; between two at
the same millisecond, the computer whose id sorts last, so every computer agrees. A change is
stamped after the change it replaces, even when this computer's clock is behind the one that
made that one, so what the user did last is what stays.

The single file of earlier versions (`settings.json`, `favorites.json`) is read too, as the
oldest of changes; the app that writes the folder moves its items into its own file and keeps
the old file as a backup, unless it holds values that cannot be used: then it is left byte for
byte as it is until the user's next change (and moved aside then), like a file of this
computer's own with such values.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from psoas_timer.core.datafiles import (
    UnreadableFile,
    decode_json,
    describe_write_error,
    kept_in_memory,
    move_aside,
    read_regular,
    remove_stale_temp_files,
    versioned,
    write_json_atomic,
)
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.sync import change_stamp, conflict_original

FORMAT_VERSION = 2
MAX_FILE_BYTES = 1024 * 1024
MAX_ITEMS = 10_000
MAX_KEY = 200
MAX_STAMP = 32_503_680_000_000  # the year 3000, in milliseconds
BACKUP_LABEL = "v1-backup"


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Change(NamedTuple):
    """One item's latest value, when it was set and on which computer."""

    value: Any
    at: int  # milliseconds since 1970 (0: from a file of an earlier version)
    device: str  # "" for a file of an earlier version

    @property
    def order(self) -> tuple[int, str]:
        return (self.at, self.device)


# What is said of each kind of item file ("favorites", "settings"), translated where it is said.
_UNUSABLE = {
    "favorites": QT_TRANSLATE_NOOP(
        "Notice", "{file} has favorites that cannot be used ({problems})."
    ),
    "settings": QT_TRANSLATE_NOOP(
        "Notice", "{file} has settings that cannot be used ({problems})."
    ),
}
_SAVED_KEPT = {
    "favorites": QT_TRANSLATE_NOOP(
        "Notice", "Your favorites are saved; the earlier {file} is kept as {aside}."
    ),
    "settings": QT_TRANSLATE_NOOP(
        "Notice", "Your settings are saved; the earlier {file} is kept as {aside}."
    ),
}
_SAVED_AGAIN = {
    "favorites": QT_TRANSLATE_NOOP("Notice", "Your favorites are saved again."),
    "settings": QT_TRANSLATE_NOOP("Notice", "Your settings are saved again."),
}


@dataclass
class ItemSource:
    name: str  # relative to the data folder
    device: str
    conflict: bool = False
    legacy: bool = False
    items: dict[str, Change] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (item, why)
    damaged: str | None = None
    newer: int | None = None
    unknown: dict[str, Any] = field(default_factory=dict)  # items a newer version added


# Checks one item: returns the value as kept, or raises ValueError saying what was expected.
ItemCheck = Callable[[str, object], Any]
# Reads the old single file's content ("settings" object or "favorites" list) into items.
LegacyItems = Callable[[object], dict[str, object]]


def read_item_file(
    folder: Path, kind: str, name: str, device: str, conflict: bool, check: ItemCheck
) -> ItemSource:
    """One computer's file `<kind>/<name>` (or a sync tool's copy of it), each item checked."""
    source = ItemSource(f"{kind}/{name}", device, conflict)
    try:
        document = decode_json(read_regular(folder / kind / name, MAX_FILE_BYTES))
    except FileNotFoundError:
        return source
    except (UnreadableFile, OSError) as error:
        source.damaged = str(error) if isinstance(error, UnreadableFile) else error.strerror
        return source
    checked = versioned(document)
    if isinstance(checked, str):
        source.damaged = checked
        return source
    document, version = checked
    if version > FORMAT_VERSION:
        source.newer = version
    items = document.get(kind)
    if not isinstance(items, dict):
        if source.newer is None:
            source.damaged = f'"{kind}" is not an object'
        return source
    for key, raw in list(items.items())[:MAX_ITEMS]:
        try:
            if not isinstance(key, str) or not 0 < len(key) <= MAX_KEY:
                raise ValueError("not a name")
            if not isinstance(raw, dict):
                raise ValueError("must be an object with a value and when it was set")
            at = raw.get("at")
            if type(at) is not int or not 0 <= at <= MAX_STAMP:
                raise ValueError(f'"at" must be a time in milliseconds, got {at!r:.40}')
            value = check(key, raw.get("value"))
        except KeyError:
            source.unknown[key] = raw  # an item a newer version has: kept as it is
            continue
        except ValueError as error:
            source.problems.append((key, str(error)))
            continue
        source.items[key] = Change(value, at, device)
    return source


def read_legacy_file(
    path: Path,
    kind: str,
    check: ItemCheck,
    legacy_items: LegacyItems,
    legacy_names: Mapping[str, str],
) -> ItemSource | None:
    """The single file of earlier versions, its items the oldest of changes; None if absent."""
    if not os.path.lexists(path):
        return None
    source = ItemSource(path.name, "", legacy=True)
    try:
        document = decode_json(read_regular(path, MAX_FILE_BYTES))
        if not isinstance(document, dict):
            raise UnreadableFile("not a JSON object")
        version = document.get("version")
        if type(version) is not int or version < 1:
            raise UnreadableFile("no format version")
        if version > 1:
            source.newer = version
        try:
            raw_items = legacy_items(document.get(kind))
        except UnreadableFile:
            if source.newer is None:
                raise
            raw_items = {}  # a newer version's shape: read as far as possible, i.e. not
    except FileNotFoundError:
        return None
    except UnreadableFile as error:
        source.damaged = str(error)
        return source
    except OSError as error:
        source.damaged = error.strerror
        return source
    for key, value in raw_items.items():
        try:
            source.items[key] = Change(check(key, value), 0, "")
        except KeyError:
            continue  # a newer version's item: left in that file
        except ValueError as error:
            source.problems.append((legacy_names.get(key, key), str(error)))
    return source


class ItemFiles:
    """Every computer's files of one kind (`settings`, `favorites`), merged; writes this
    computer's own. Reading changes nothing; `claim` (the app that writes here) moves an old
    single file in and tidies conflict copies away."""

    def __init__(
        self,
        folder: Path,
        kind: str,
        notify: Callable[[str], None],
        device: Callable[[], str],
        check: ItemCheck,
        legacy_items: LegacyItems,
        *,
        local_only: frozenset[str] = frozenset(),
        own_device: str | None = None,
        legacy_names: Mapping[str, str] | None = None,
    ) -> None:
        self.folder = folder  # the data folder
        self.kind = kind
        self._notify = notify
        self._device = device
        self._own_device = own_device  # known without making one (reading only)
        self._check = check
        self._legacy_items = legacy_items
        self.local_only = local_only  # items that belong to one computer (a window's place)
        # item -> the name the old single file gives it, where they differ (to say where)
        self.legacy_names = dict(legacy_names or {})
        self.claimed = False
        self.read_only: str | None = None
        self.last_error: str | None = None
        self.sources: list[ItemSource] = []
        self.merged: dict[str, Change] = {}
        self.own: dict[str, Change] = {}
        self.unknown: dict[str, Any] = {}  # items of this computer's file this version ignores
        self.held = False  # a file with values that cannot be used waits for the user's change
        self.read()

    # --- names ------------------------------------------------------------------------------------

    @property
    def legacy_path(self) -> Path:
        return self.folder / f"{self.kind}.json"

    def own_path(self, device: str) -> Path:
        return self.folder / self.kind / f"{device}.json"

    def _known_device(self) -> str | None:
        return self._own_device

    def _ensure_device(self) -> str:
        """This computer's id, made if need be (only when about to write)."""
        if self._own_device is None:
            self._own_device = self._device()
            self._merge()  # now its own file is known as its own
        return self._own_device

    # --- reading ----------------------------------------------------------------------------------

    def read(self) -> None:
        """Read every file of this kind (never writes)."""
        self.sources = []
        legacy = read_legacy_file(
            self.legacy_path, self.kind, self._check, self._legacy_items, self.legacy_names
        )
        if legacy is not None:
            self.sources.append(legacy)
        try:
            names = sorted(os.listdir(self.folder / self.kind))
        except OSError:
            names = []
        for name in names:
            base = conflict_original(name) or name
            if name.startswith(".") or not base.endswith(".json"):
                continue
            device, conflict = base[: -len(".json")], base != name
            self.sources.append(
                read_item_file(self.folder, self.kind, name, device, conflict, self._check)
            )
        self._merge()

    def _merge(self) -> None:
        own_device = self._known_device()
        merged: dict[str, Change] = {}
        own: dict[str, Change] = {}
        for source in self.sources:
            mine = source.device == own_device and not source.conflict
            for key, change in source.items.items():
                if key in self.local_only and not (mine or source.legacy):
                    continue  # another computer's window place is not this one's
                known = merged.get(key)
                if known is None or change.order > known.order:
                    merged[key] = change
                if mine:
                    own[key] = change
            if mine:
                self.unknown = dict(source.unknown)
        self.merged = merged
        self.own = own
        self.held = any(
            source.problems and (source.legacy or source.device == own_device)
            for source in self.sources
            if not source.conflict
        )

    def describe(self) -> list[str]:
        """What to tell the user about the files read (damage, values that cannot be used)."""
        messages = []
        for source in self.sources:
            if source.damaged is not None:
                if self.claimed:
                    text = translate(
                        "Notice", "{file} could not be read ({why}); it is moved aside."
                    )
                else:
                    text = translate(
                        "Notice", "{file} could not be read ({why}); it is left as it is."
                    )
                messages.append(text.format(file=source.name, why=source.damaged))
            if source.newer is not None:
                text = translate(
                    "Notice",
                    "{file} was written by a newer version of Psoas Timer (format {version}); it "
                    "is read as far as possible.",
                )
                messages.append(text.format(file=source.name, version=source.newer))
            if source.problems:
                messages.append(self._problems_message(source, self._known_device()))
        return messages

    def _problems_message(self, source: ItemSource, device: str | None) -> str:
        listed = "; ".join(f"{key}: {why}" for key, why in source.problems[:5])
        mine = source.legacy or source.device == device
        if mine:
            tail = translate("Notice", "The file is left as it is until you change one.")
        else:
            tail = translate("Notice", "Ignored here.")
        text = translate("Notice", _UNUSABLE.get(self.kind, _UNUSABLE["settings"]))
        return f"{text.format(file=source.name, problems=listed)} {tail}"

    # --- the app that writes here -----------------------------------------------------------------

    def claim(self) -> list[str]:
        """This process writes here: set damaged files aside, move the old single file's items
        in, absorb conflict copies. Returns what to tell the user."""
        self.claimed = True
        device = self._ensure_device()
        messages: list[str] = []
        own_path = self.own_path(device)
        remove_stale_temp_files(own_path)
        for source in self.sources:
            path = self.folder / source.name
            if source.damaged is not None:
                aside = move_aside(path)
                if aside is None:
                    if source.device == self._own_device:
                        self.read_only = f"{source.name} could not be read nor moved aside."
                    text = translate(
                        "Notice",
                        "{file} could not be read ({why}) and could not be moved aside; it is "
                        "left as it is.",
                    )
                    messages.append(text.format(file=source.name, why=source.damaged))
                else:
                    text = translate(
                        "Notice", "{file} could not be read ({why}), so it was moved to {aside}."
                    )
                    messages.append(
                        text.format(file=source.name, why=source.damaged, aside=aside.name)
                    )
            elif source.newer is not None:
                text = translate(
                    "Notice",
                    "{file} was written by a newer version of Psoas Timer (format {version}); it "
                    "is read as far as possible and left as it is.",
                )
                messages.append(text.format(file=source.name, version=source.newer))
                if source.device == device and not source.conflict:
                    self.read_only = f"{source.name} is from a newer version of Psoas Timer."
            elif source.problems:
                messages.append(self._problems_message(source, device))
        self.sources = [source for source in self.sources if source.damaged is None]
        if self.read_only is not None:
            return messages
        legacy = next((s for s in self.sources if s.legacy and not s.problems), None)
        copies = [s for s in self.sources if s.conflict and not s.problems and s.newer is None]
        if (legacy is not None and legacy.newer is None) or copies:
            for source in [*([legacy] if legacy else []), *copies]:
                self._adopt(source)
            if self._write():
                if legacy is not None and legacy.newer is None:
                    backup = move_aside(self.legacy_path, BACKUP_LABEL)
                    if backup is not None:
                        self.sources.remove(legacy)
                for source in copies:
                    with contextlib.suppress(OSError):
                        os.unlink(self.folder / source.name)
                    self.sources.remove(source)
        return messages

    def set(self, changes: Mapping[str, Any], *, by_user: bool = True) -> bool:
        """Keep new values of items (checked by the caller) and write this computer's file.

        What the app notes by itself (`by_user` False) is not written while a file with values
        that cannot be used is held for the user to look at.
        """
        device = self._ensure_device()
        stamp = now_ms()
        for key, value in changes.items():
            known = self.merged.get(key)
            if known is not None and known.value == value and key in self.own:
                continue
            at = change_stamp(stamp, known.at if known is not None else None)
            change = Change(value, at, device)
            self.merged[key] = change
            self.own[key] = change
        if self.held:
            if not by_user:
                return True
            if not self._release():
                return False
        return self._write()

    def _release(self) -> bool:
        """The user changed something: the held files (with values that cannot be used) are
        kept aside as they are, and no longer read."""
        for source in list(self.sources):
            if source.problems and (source.legacy or source.device == self._own_device):
                self._adopt(source)  # its good values stay
                aside = move_aside(self.folder / source.name)
                if aside is None:
                    return False
                text = translate("Notice", _SAVED_KEPT.get(self.kind, _SAVED_KEPT["settings"]))
                self._notify(text.format(file=source.name, aside=aside))
                self.sources.remove(source)
        self.held = False
        return True

    def _adopt(self, source: ItemSource) -> None:
        """Keep in this computer's file the items of `source` that are the latest of their kind
        (before `source` goes: an old file moved in, a conflict copy removed)."""
        for key, change in source.items.items():
            if self.merged.get(key) == change:
                self.own[key] = change

    def _write(self) -> bool:
        if self.read_only is not None:
            return False
        path = self.own_path(self._ensure_device())
        document = {
            "version": FORMAT_VERSION,
            self.kind: {
                **self.unknown,
                **{
                    key: {"value": change.value, "at": change.at}
                    for key, change in self.own.items()
                },
            },
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_json_atomic(path, document)
        except OSError as error:
            message = describe_write_error(error, path, f"your {self.kind}")
            if message != self.last_error:
                self._notify(kept_in_memory(message))
            self.last_error = message
            return False
        if self.last_error is not None:
            self._notify(translate("Notice", _SAVED_AGAIN.get(self.kind, _SAVED_AGAIN["settings"])))
        self.last_error = None
        return True
