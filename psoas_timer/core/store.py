"""Local storage: history, favourites and settings as versioned JSON files in the data folder.

Every file is written whole or not at all (temporary file in the same folder, flush, fsync,
rename, fsync the folder), so a process killed at any moment leaves the old file or the new one.
A file that cannot be read is moved aside byte for byte and the user told; a file from a newer
version of the app is read but never written. When the disk refuses a write, what was not saved
stays in memory and goes out with the next write that succeeds.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from psoas_timer.core.datafiles import UnreadableFile, decode_json
from psoas_timer.core.settings import (
    SettingProblem,
    Settings,
    settings_from_document,
)

if TYPE_CHECKING:
    from psoas_timer.core.reminders import ReminderStore

FORMAT_VERSION = 1
APP_DIR_NAME = "psoas-timer"


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


def json_bytes(document: object, indent: int | None = 2) -> bytes:
    """`document` as the app writes JSON files: UTF-8, non-ASCII kept, a final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")


def write_json_atomic(path: Path, document: object, indent: int | None = 2) -> None:
    """Replace `path` with `document` as JSON, whole, or raise OSError leaving it untouched."""
    write_bytes_atomic(path, json_bytes(document, indent))


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace `path` with `data`, whole, or raise OSError leaving it untouched.

    The file is private (0600) unless `mode` is given.
    """
    folder = path.parent
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        if mode is not None:
            with contextlib.suppress(OSError):
                os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def remove_stale_temp_files(path: Path) -> None:
    """Delete the temporary files of `path` left by a process killed mid-write (the real file
    is intact either way)."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder itself is on disk (not possible on Windows).
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def describe_write_error(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        why = "the disk is full"
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = f"the data folder {path.parent} is read-only"
    else:
        why = error.strerror or str(error)
    return f"Could not save {path.name}: {why}."


class JsonFile:
    """One versioned JSON file: `{"version": 1, "<key>": ...}`."""

    key: str = ""
    indent: int | None = 2  # None for files that grow large: a third faster to write

    def __init__(self, path: Path, notify: Callable[[str], None]) -> None:
        self.path = path
        self._notify = notify
        self.read_only = False
        self.last_error: str | None = None

    def _default(self) -> Any:
        raise NotImplementedError

    def _check(self, value: object) -> Any:
        """Return the content if it has the right shape; raise UnreadableFile if not."""
        raise NotImplementedError

    def read(self) -> Any:
        """The file's content; a missing file is empty, an unreadable one is moved aside."""
        remove_stale_temp_files(self.path)
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self._default()
        except OSError as error:
            self._notify(f"Could not read {self.path.name}: {error.strerror}. Starting empty.")
            self.read_only = True  # never overwrite what we could not read
            return self._default()
        try:
            document = decode_json(raw)
            if not isinstance(document, dict):
                raise UnreadableFile("not a JSON object")
            version = document.get("version")
            if isinstance(version, bool) or not isinstance(version, int) or version < 1:
                raise UnreadableFile("no format version")
            if version > FORMAT_VERSION:
                return self._read_newer(document, version)
            return self._check(document.get(self.key))
        except UnreadableFile:
            aside = self._move_aside()
            if aside is None:
                self.read_only = True
                self._notify(
                    f"{self.path.name} could not be read and could not be moved aside; "
                    "it is left as it is and nothing will be saved to it."
                )
            else:
                self._notify(
                    f"{self.path.name} could not be read, so it was moved to {aside} "
                    "and the app started with an empty one."
                )
            return self._default()

    def _read_newer(self, document: dict[str, Any], version: int) -> Any:
        self.read_only = True
        self._notify(
            f"{self.path.name} was written by a newer version of Psoas Timer (format {version}). "
            "It is shown as far as possible, and nothing will be saved to it."
        )
        try:
            return self._check(document.get(self.key))
        except UnreadableFile:
            return self._default()

    def _move_aside(self) -> Path | None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        try:
            os.rename(self.path, target)
        except OSError:
            return None
        return target

    def write(self, content: Any) -> bool:
        """Save; on failure tell the user once per distinct problem and return False."""
        if self.read_only:
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            document = {"version": FORMAT_VERSION, self.key: content}
            write_json_atomic(self.path, document, indent=self.indent)
        except OSError as error:
            message = describe_write_error(error, self.path)
            if message != self.last_error:
                self._notify(message + " It is kept in memory and will be saved at the next try.")
            self.last_error = message
            return False
        if self.last_error is not None:
            self._notify(f"{self.path.name} is saved again.")
        self.last_error = None
        return True


# --- history ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRecord:
    id: str
    routine_id: str
    routine_title: str
    started_at: str  # ISO 8601 with the UTC offset of the moment it was recorded
    ended_at: str
    planned_seconds: float
    active_seconds: float
    steps_completed: int
    steps_total: int
    completed: bool

    def to_dict(self) -> dict[str, Any]:
        # Spelled out: dataclasses.asdict deep-copies, and years of history made saving slow.
        return {
            "id": self.id,
            "routine_id": self.routine_id,
            "routine_title": self.routine_title,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "planned_seconds": self.planned_seconds,
            "active_seconds": self.active_seconds,
            "steps_completed": self.steps_completed,
            "steps_total": self.steps_total,
            "completed": self.completed,
        }

    @classmethod
    def from_dict(cls, raw: object) -> SessionRecord:
        if not isinstance(raw, dict):
            raise UnreadableFile("a session is not an object")
        try:
            record = cls(
                id=_typed(raw["id"], str),
                routine_id=_typed(raw["routine_id"], str),
                routine_title=_typed(raw["routine_title"], str),
                started_at=_timestamp(raw["started_at"]),
                ended_at=_timestamp(raw["ended_at"]),
                planned_seconds=_number(raw["planned_seconds"]),
                active_seconds=_number(raw["active_seconds"]),
                steps_completed=_typed(raw["steps_completed"], int),
                steps_total=_typed(raw["steps_total"], int),
                completed=_typed(raw["completed"], bool),
            )
        except KeyError as missing:
            raise UnreadableFile(f"a session has no {missing}") from None
        return record

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    @property
    def ended(self) -> datetime:
        return datetime.fromisoformat(self.ended_at)


_T = TypeVar("_T")


def _typed(value: object, kind: type[_T]) -> _T:
    if kind is int and isinstance(value, bool):
        raise UnreadableFile("expected a whole number")
    if not isinstance(value, kind):
        raise UnreadableFile(f"expected {kind.__name__}")
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise UnreadableFile("expected a number")
    return float(value)


def _timestamp(value: object) -> str:
    text = _typed(value, str)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UnreadableFile("not an ISO 8601 time") from None
    if moment.utcoffset() is None:
        raise UnreadableFile("a time without its UTC offset")
    return text


def local_now_iso(moment: datetime | None = None) -> str:
    """Now (or `moment`) in local time with its UTC offset, to the second."""
    moment = moment or datetime.now()
    if moment.utcoffset() is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


class HistoryStore(JsonFile):
    key = "sessions"
    indent = None

    def __init__(self, path: Path, notify: Callable[[str], None]) -> None:
        super().__init__(path, notify)
        self.sessions: list[SessionRecord] = self.read()
        self.dirty = False

    def _default(self) -> list[SessionRecord]:
        return []

    def _check(self, value: object) -> list[SessionRecord]:
        if not isinstance(value, list):
            raise UnreadableFile("sessions is not a list")
        return [SessionRecord.from_dict(raw) for raw in value]

    def save(self, record: SessionRecord) -> bool:
        """Add or update one session (by id) and write the file."""
        for index, existing in enumerate(self.sessions):
            if existing.id == record.id:
                self.sessions[index] = record
                break
        else:
            self.sessions.append(record)
        return self.flush(force=True)

    def delete(self, session_id: str) -> bool:
        before = len(self.sessions)
        self.sessions = [record for record in self.sessions if record.id != session_id]
        return self.flush(force=True) if len(self.sessions) != before else True

    def flush(self, force: bool = False) -> bool:
        """Write what is in memory; True once everything is on disk."""
        if not (force or self.dirty):
            return True
        self.dirty = not self.write([record.to_dict() for record in self.sessions])
        return not self.dirty


# --- favourites ---------------------------------------------------------------------------------


class FavoritesStore(JsonFile):
    key = "favorites"

    def __init__(self, path: Path, notify: Callable[[str], None]) -> None:
        super().__init__(path, notify)
        self.ids: list[str] = self.read()

    def _default(self) -> list[str]:
        return []

    def _check(self, value: object) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise UnreadableFile("favorites is not a list of routine ids")
        return list(dict.fromkeys(value))

    def __contains__(self, routine_id: object) -> bool:
        return routine_id in self.ids

    def set(self, routine_id: str, favourite: bool) -> bool:
        if favourite and routine_id not in self.ids:
            self.ids.append(routine_id)
        elif not favourite and routine_id in self.ids:
            self.ids.remove(routine_id)
        return self.write(self.ids)

    def toggle(self, routine_id: str) -> bool:
        """Flip the star; returns whether the routine is now a favourite."""
        now_favourite = routine_id not in self.ids
        self.set(routine_id, now_favourite)
        return now_favourite


# --- settings -----------------------------------------------------------------------------------


class SettingsStore(JsonFile):
    """The settings file, as one `Settings`.

    A value out of its bounds is a problem like a damaged file: the default is used for it, the
    user is told, and the file is left byte for byte as it is until the user changes a setting
    (then it is moved aside, kept, and a new one written). What the window remembers on its own
    (its size, the chosen routine) is not reason enough to replace such a file.
    """

    key = "settings"

    def __init__(self, path: Path, notify: Callable[[str], None]) -> None:
        super().__init__(path, notify)
        self.problems: list[SettingProblem] = []
        self._unknown: dict[str, Any] = {}
        self.current: Settings = self.read()
        self.held = bool(self.problems) and not self.read_only
        if self.problems:
            listed = "; ".join(f"{key}: {message}" for key, message in self.problems)
            self._notify(
                f"{self.path.name} has settings that cannot be used ({listed}). The file is "
                "left as it is until you change a setting."
            )

    def _default(self) -> Settings:
        return Settings()

    def _check(self, value: object) -> Settings:
        if not isinstance(value, dict):
            raise UnreadableFile("settings is not an object")
        loaded = settings_from_document(value)
        self.problems = loaded.problems
        self._unknown = loaded.unknown  # a newer version's keys are kept
        return loaded.settings

    def change(self, settings: Settings) -> bool:
        """The user changed a setting: keep `settings` and write them now."""
        self.current = settings
        if self.held:
            aside = self._move_aside()
            if aside is None:
                return False
            self.held = False
            self._notify(
                f"Your settings are saved; the earlier {self.path.name} is kept as {aside}."
            )
        return self._write_current()

    def remember(self, settings: Settings) -> bool:
        """Keep what the app noted by itself (the window's place); written unless the file
        is held for the user to look at."""
        self.current = settings
        return True if self.held else self._write_current()

    def _write_current(self) -> bool:
        return self.write({**self._unknown, **self.current.to_document()})


# --- the data folder ----------------------------------------------------------------------------


class DataDir:
    """The user's data folder and everything in it; problems are collected in `notices`."""

    def __init__(self, path: Path | None = None, notify: Callable[[str], None] | None = None):
        self.path = (path or default_data_dir()).expanduser()
        self.notices: list[str] = []
        self._listeners: list[Callable[[str], None]] = [notify] if notify else []
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._notify(f"Could not create the data folder {self.path}: {error.strerror}.")
        self.favorites = FavoritesStore(self.path / "favorites.json", self._notify)
        self.settings = SettingsStore(self.path / "settings.json", self._notify)
        # Years of history take a while to read; the library does not need it, so it is
        # read when first used (just after the window's first frame, in the app).
        self._history: HistoryStore | None = None
        self._reminders: ReminderStore | None = None

    @property
    def history(self) -> HistoryStore:
        if self._history is None:
            self._history = HistoryStore(self.path / "history.json", self._notify)
        return self._history

    @property
    def reminders(self) -> ReminderStore:
        """The reminders file, read when first asked for."""
        if self._reminders is None:
            from psoas_timer.core.reminders import ReminderStore

            self._reminders = ReminderStore(self.path / "reminders.json", self._notify)
        return self._reminders

    @property
    def routines_dir(self) -> Path:
        return self.path / "routines"

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
