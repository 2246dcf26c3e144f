"""Local storage: history, favourites and settings as versioned JSON files in the data folder.

How files are read and written (guarded reads, atomic writes, setting aside) is in
`core.datafiles`; here is what each file holds. A file from a newer version of the app is read
but never written. When the disk refuses a write, what was not saved stays in memory and goes
out with the next write that succeeds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from psoas_timer.core.datafiles import (
    UnreadableFile,
    describe_write_error,
    kept_in_memory,
    move_aside,
    read_json_file,
    remove_stale_temp_files,
    write_json_atomic,
)
from psoas_timer.core.i18n import translate
from psoas_timer.core.items import ItemFiles
from psoas_timer.core.settings import (
    SYNCED_SETTINGS,
    SettingProblem,
    Settings,
    describe_value,
    routine_id,
)
from psoas_timer.core.sync import (
    default_cache_dir,
    default_state_dir,
    device_id,
    read_device_id,
    tidy_copies,
)

if TYPE_CHECKING:
    from psoas_timer.core.history import HistoryStore
    from psoas_timer.core.reminders import ReminderStore

FORMAT_VERSION = 1
APP_DIR_NAME = "psoas-timer"
MAX_SMALL_FILE_BYTES = 1024 * 1024  # settings, favourites: a few hundred bytes in practice


def default_data_dir() -> Path:
    """PSOAS_TIMER_DATA_DIR, else the platform's place for an application's own data."""
    override = os.environ.get("PSOAS_TIMER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        return base / "Psoas Timer"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Psoas Timer"
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_DIR_NAME


class JsonFile:
    """One versioned JSON file: `{"version": 1, "<key>": ...}`.

    Reading never changes the folder: a file that cannot be read is remembered as `damaged`
    and moved aside (byte for byte, the user told) only once the store is `claimed` by the
    app that will write here, or right before its first write.
    """

    key: str = ""
    indent: int | None = 2  # None for files that grow large: a third faster to write
    max_bytes = MAX_SMALL_FILE_BYTES

    def __init__(self, path: Path, notify: Callable[[str], None], *, claimed: bool = True) -> None:
        self.path = path
        self._notify = notify
        self.claimed = claimed
        self.read_only = False
        self.damaged: str | None = None  # why the file on disk could not be read
        self.last_error: str | None = None

    def _default(self) -> Any:
        raise NotImplementedError

    def _check(self, value: object) -> Any:
        """Return the content if it has the right shape; raise UnreadableFile if not."""
        raise NotImplementedError

    def read(self) -> Any:
        """The file's content; a missing file is empty, an unreadable one is reported."""
        try:
            document = read_json_file(self.path, self.max_bytes)
        except FileNotFoundError:
            return self._default()
        except UnreadableFile as error:
            return self._unreadable(str(error))
        except OSError as error:
            text = translate("Notice", "Could not read {file}: {reason}. Starting empty.")
            self._notify(text.format(file=self.path.name, reason=error.strerror))
            self.read_only = True  # never overwrite what we could not read
            return self._default()
        try:
            if not isinstance(document, dict):
                raise UnreadableFile("not a JSON object")
            version = document.get("version")
            if isinstance(version, bool) or not isinstance(version, int) or version < 1:
                raise UnreadableFile("no format version")
            if version > FORMAT_VERSION:
                return self._read_newer(document, version)
            return self._check(document.get(self.key))
        except UnreadableFile as error:
            return self._unreadable(str(error))

    def _unreadable(self, why: str) -> Any:
        self.damaged = why
        if self.claimed:
            self._set_aside()
        else:
            text = translate(
                "Notice",
                "{file} could not be read ({why}); it is left as it is and defaults are used.",
            )
            self._notify(text.format(file=self.path.name, why=why))
        return self._default()

    def _set_aside(self) -> bool:
        """Move the damaged file aside before anything replaces it; False if it must stay."""
        why, self.damaged = self.damaged, None
        aside = move_aside(self.path)
        if aside is None:
            self.read_only = True
            text = translate(
                "Notice",
                "{file} could not be read ({why}) and could not be moved aside; it is left as it "
                "is and nothing will be saved to it.",
            )
            self._notify(text.format(file=self.path.name, why=why))
            return False
        text = translate(
            "Notice",
            "{file} could not be read ({why}), so it was moved to {aside} and the app started "
            "with an empty one.",
        )
        self._notify(text.format(file=self.path.name, why=why, aside=aside.name))
        return True

    def claim(self) -> None:
        """This process will write the file: set a damaged one aside now, and say so."""
        self.claimed = True
        remove_stale_temp_files(self.path)
        if self.damaged is not None:
            self._set_aside()

    def _read_newer(self, document: dict[str, Any], version: int) -> Any:
        self.read_only = True
        text = translate(
            "Notice",
            "{file} was written by a newer version of Psoas Timer (format {version}). It is "
            "shown as far as possible, and nothing will be saved to it.",
        )
        self._notify(text.format(file=self.path.name, version=version))
        try:
            return self._check(document.get(self.key))
        except UnreadableFile:
            return self._default()

    def _move_aside(self) -> Path | None:
        """Keep the file as it is under a new name (before a new one replaces it)."""
        return move_aside(self.path)

    def write(self, content: Any) -> bool:
        """Save; on failure tell the user once per distinct problem and return False."""
        if self.damaged is not None and not self._set_aside():
            return False
        if self.read_only:
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temp_files(self.path)
            document = {"version": FORMAT_VERSION, self.key: content}
            write_json_atomic(self.path, document, indent=self.indent)
        except OSError as error:
            message = describe_write_error(error, self.path)
            if message != self.last_error:
                self._notify(kept_in_memory(message))
            self.last_error = message
            return False
        if self.last_error is not None:
            self._notify(translate("Notice", "{file} is saved again.").format(file=self.path.name))
        self.last_error = None
        return True


# --- favourites ---------------------------------------------------------------------------------


class FavoritesStore:
    """The routines the user starred, on every computer sharing the folder (`core.items`)."""

    def __init__(
        self,
        folder: Path,
        notify: Callable[[str], None],
        device: Callable[[], str],
        *,
        own_device: str | None = None,
        claimed: bool = True,
    ) -> None:
        self._notify = notify
        self.files = ItemFiles(
            folder,
            "favorites",
            notify,
            device,
            _check_favourite,
            _legacy_favourites,
            own_device=own_device,
        )
        if claimed:
            self.claim()
        else:
            for message in self.files.describe():
                notify(message)

    def claim(self) -> None:
        if not self.files.claimed:
            for message in self.files.claim():
                self._notify(message)

    @property
    def ids(self) -> list[str]:
        """The starred routines, in the order they were starred."""
        starred = [(c.order, key) for key, c in self.files.merged.items() if c.value is True]
        return [key for _, key in sorted(starred)]

    @property
    def last_error(self) -> str | None:
        return self.files.last_error

    def __contains__(self, routine_id: object) -> bool:
        change = self.files.merged.get(routine_id) if isinstance(routine_id, str) else None
        return change is not None and change.value is True

    def set(self, routine_id: str, favourite: bool) -> bool:
        return self.files.set({routine_id: favourite})

    def toggle(self, routine_id: str) -> bool:
        """Flip the star; returns whether the routine is now a favourite."""
        now_favourite = routine_id not in self
        self.set(routine_id, now_favourite)
        return now_favourite


def _check_favourite(key: str, value: object) -> bool:
    routine_id(key)
    if isinstance(value, _NotARoutineId):
        raise ValueError(f"must be a routine id, got {value!r}")
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, got {describe_value(value)}")
    return value


class _NotARoutineId:
    """An item of an old favourites list that is not a routine id (reported, not kept)."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return describe_value(self.value)


def _legacy_favourites(raw: object) -> dict[str, object]:
    if not isinstance(raw, list):
        raise UnreadableFile("favorites is not a list of routine ids")
    # A bad item costs that item only: it is reported under its place in the list.
    return {
        item if isinstance(item, str) else f"favorites[{index}]": (
            True if isinstance(item, str) else _NotARoutineId(item)
        )
        for index, item in enumerate(raw)
    }


# --- settings -----------------------------------------------------------------------------------


class SettingsStore:
    """The settings, as one `Settings`, shared per item by the computers sharing the folder.

    A value out of its bounds is a problem like a damaged file: the default is used for it, the
    user is told, and the file is left byte for byte as it is until the user changes a setting
    (then it is moved aside, kept, and a new one written). What the window remembers on its own
    (its size, the chosen routine) is not reason enough to replace such a file. The window's
    place and size belong to each computer; the rest follows the user to the others.
    """

    def __init__(
        self,
        folder: Path,
        notify: Callable[[str], None],
        device: Callable[[], str],
        *,
        own_device: str | None = None,
        claimed: bool = True,
    ) -> None:
        self._notify = notify
        self.files = ItemFiles(
            folder,
            "settings",
            notify,
            device,
            _check_setting,
            _legacy_settings,
            local_only=LOCAL_SETTINGS,
            own_device=own_device,
            legacy_names={"window_rect": "window_geometry"},
        )
        self.current = self._settings()
        if claimed:
            self.claim()
        else:
            for message in self.files.describe():
                notify(message)

    def _settings(self) -> Settings:
        return Settings(**{key: change.value for key, change in self.files.merged.items()})

    def claim(self) -> None:
        if not self.files.claimed:
            for message in self.files.claim():
                self._notify(message)
            self.current = self._settings()

    @property
    def held(self) -> bool:
        return self.files.held

    @property
    def problems(self) -> list[SettingProblem]:
        return [
            SettingProblem(key, why)
            for source in self.files.sources
            for key, why in source.problems
        ]

    @property
    def last_error(self) -> str | None:
        return self.files.last_error

    def change(self, settings: Settings) -> bool:
        """The user changed a setting: keep `settings` and write them now."""
        return self._keep(settings, by_user=True)

    def remember(self, settings: Settings) -> bool:
        """Keep what the app noted by itself (the window's place); written unless a file
        with values that cannot be used is held for the user to look at."""
        return self._keep(settings, by_user=False)

    def _keep(self, settings: Settings, by_user: bool) -> bool:
        changes = {
            name: getattr(settings, name)
            for name in SETTING_FIELDS
            if getattr(settings, name) != getattr(self.current, name)
        }
        self.current = settings
        return self.files.set(changes, by_user=by_user) if changes else True


_SETTING_CHECKS = {item.name: item.metadata["check"] for item in fields(Settings)}
SETTING_FIELDS = tuple(_SETTING_CHECKS)
LOCAL_SETTINGS = frozenset(SETTING_FIELDS) - SYNCED_SETTINGS


def _check_setting(name: str, value: object) -> object:
    check = _SETTING_CHECKS[name]  # KeyError: not a setting this version has
    if name == "window_rect" and isinstance(value, list):
        value = tuple(value)
    return check(value)


def _legacy_settings(raw: object) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise UnreadableFile("settings is not an object")
    items = dict(raw)
    if isinstance(items.get("window_geometry"), list):
        items["window_rect"] = items.pop("window_geometry")  # from before Qt's own geometry
    return items


# --- the data folder ----------------------------------------------------------------------------


_Store = TypeVar("_Store", bound=JsonFile)


class DataDir:
    """The user's data folder and everything in it; problems are collected in `notices`.

    Making one touches nothing: each file is read when first asked for, and nothing is created,
    moved or written until a store writes or the app `claim`s the folder. So `--list-routines`
    and `--export-history` leave the folder exactly as they found it.
    """

    def __init__(self, path: Path | None = None, notify: Callable[[str], None] | None = None):
        self.path = (path or default_data_dir()).expanduser()
        self.notices: list[str] = []
        self._listeners: list[Callable[[str], None]] = [notify] if notify else []
        self.claimed = False
        self._device: str | None = None
        self._favorites: FavoritesStore | None = None
        self._settings: SettingsStore | None = None
        # Years of history take a while to read; the library does not need it, so it is
        # read when first used (just after the window's first frame, in the app).
        self._history: HistoryStore | None = None
        self._reminders: ReminderStore | None = None

    def create(self) -> bool:
        """Create the folder if it is missing (the app does, before it takes its lock)."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            text = translate("Notice", "Could not create the data folder {folder}: {reason}.")
            self._notify(text.format(folder=self.path, reason=error.strerror))
            return False
        return True

    def claim(self) -> None:
        """This process will write here (it holds the folder's lock): damaged files are set
        aside now, and the user told where they went."""
        self.create()
        self.claimed = True
        for store in (self.favorites, self.settings, self._reminders):
            if store is not None:
                store.claim()
        if self._history is not None:  # else when it is first opened, before it is read
            self._claim_history(self._history)
        # A routine changed on two computers at once: the later change is the routine.
        for name, older in tidy_copies(self.routines_dir, ".json"):
            text = translate(
                "Notice",
                "Your routine {name} was changed on two computers at once; the later change is "
                "kept, the other as {copy}.",
            )
            self._notify(text.format(name=name, copy=f"{self.routines_dir.name}/{older.name}"))

    @staticmethod
    def unsaved_places() -> list[Path]:
        """Where sessions that cannot be saved in the data folder are kept, in order: this
        computer's cache folder, then the home folder (a full or read-only data folder is
        often a removable or network one)."""
        return [default_cache_dir() / "unsaved", Path.home()]

    @property
    def device(self) -> str:
        """This computer's id among those sharing the folder (made the first time)."""
        if self._device is None:
            self._device = device_id(default_state_dir())
        return self._device

    def _open(self, kind: type[_Store], name: str) -> _Store:
        return kind(self.path / name, self._notify, claimed=self.claimed)

    @property
    def favorites(self) -> FavoritesStore:
        if self._favorites is None:
            self._favorites = FavoritesStore(
                self.path,
                self._notify,
                lambda: self.device,
                own_device=self.known_device,
                claimed=self.claimed,
            )
        return self._favorites

    @property
    def settings(self) -> SettingsStore:
        if self._settings is None:
            self._settings = SettingsStore(
                self.path,
                self._notify,
                lambda: self.device,
                own_device=self.known_device,
                claimed=self.claimed,
            )
        return self._settings

    @property
    def known_device(self) -> str | None:
        """This computer's id if it has one already (reading never makes one)."""
        return self._device or read_device_id(default_state_dir())

    @property
    def history(self) -> HistoryStore:
        """The history, opened when first asked for: the app does so just after its first
        frame, which then need not wait for the history's modules either."""
        if self._history is None:
            from psoas_timer.core.history import HistoryStore
            from psoas_timer.core.snapshot import snapshot_path

            self._history = HistoryStore(
                self.path,
                self._notify,
                lambda: self.device,
                claimed=False,  # until _claim_history
                snapshot=snapshot_path(default_cache_dir(), self.path),
            )
            if self.claimed:
                self._claim_history(self._history)
        return self._history

    def _claim_history(self, history: HistoryStore) -> None:
        """Finish what a stopped run left, and take back what one kept elsewhere."""
        history.claim()
        for message in history.recover_unsaved(self.unsaved_places()):
            self._notify(message)

    @property
    def reminders(self) -> ReminderStore:
        """The reminders file, read when first asked for."""
        if self._reminders is None:
            from psoas_timer.core.reminders import ReminderStore

            self._reminders = self._open(ReminderStore, "reminders.json")
        return self._reminders

    @property
    def routines_dir(self) -> Path:
        return self.path / "routines"

    def notify(self, message: str) -> None:
        """Tell the user (every listener) something they should know."""
        self._notify(message)

    def _notify(self, message: str) -> None:
        self.notices.append(message)
        for listener in self._listeners:
            listener(message)

    def listen(self, listener: Callable[[str], None], replay: bool = True) -> None:
        """Call `listener` with every later notice (and, with replay, the ones so far)."""
        self._listeners.append(listener)
        if replay:
            for message in self.notices:
                listener(message)
