"""Several computers, one data folder: who is writing, and the copies sync tools leave behind.

A data folder can live in a folder that Syncthing, Nextcloud or Dropbox keeps the same on
several computers, used by all of them, even at once. That works because each computer writes
only files of its own, named by a device id made once per computer and kept outside the data
folder (so syncing the folder does not copy it); reading merges everybody's files. Two
computers then never write the same file, and a sync tool has nothing to conflict over.

Sync tools still leave conflict copies now and then (a file changed on both sides while they
were apart, or copied while it was being written). Their names are recognised here, so the
readers can merge them like any other copy and the app can tidy them away.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from psoas_timer.core.datafiles import (
    UnreadableFile,
    aside_name,
    move_aside,
    read_regular,
    write_bytes_atomic,
)

APP_STATE_NAME = "psoas-timer"
DEVICE_FILE = "device-id"
DEVICE_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")
_HOST_PART = re.compile(r"[^a-z0-9]+")

# What sync tools name the copies they keep when a file changed in two places:
#   Syncthing   name.sync-conflict-20261125-073000-ABCDEFG.ext
#   Nextcloud   name (conflicted copy 2026-11-25 073000).ext
#   Dropbox     name (Anna's conflicted copy 2026-11-25).ext
#   others      name.conflict.ext, name.conflict-1.ext, name_conflict-20261125-073000.ext
_CONFLICT_MARKS = re.compile(
    r"(?:\.sync-conflict-[^./\\]*"
    r"|\s*\([^()]*conflicted copy[^()]*\)"
    r"|[._]conflict(?:[-_ ][^./\\]*)?)",
    re.IGNORECASE,
)


def default_state_dir() -> Path:
    """Where this computer keeps what is its own and must not be synced: its device id.

    Not the data folder, which may be shared by several computers.
    """
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "Psoas Timer"
    if sys.platform == "darwin":
        return home / "Library" / "Preferences" / "Psoas Timer"
    xdg = os.environ.get("XDG_STATE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "state"
    return base / APP_STATE_NAME


def default_cache_dir() -> Path:
    """Where derived data that can be rebuilt at any time is kept (not synced, not backed up)."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "Psoas Timer" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "Psoas Timer"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache"
    return base / APP_STATE_NAME


def new_device_id(host: str | None = None) -> str:
    """The computer's name (as far as it is safe in a file name) and a random part:
    `anna-laptop-k3j9x2qa`. The name helps a person tell the files apart; the random part
    keeps two computers of the same name apart."""
    # Made once per computer: these modules are not worth loading on every start.
    import secrets
    import socket

    name = _HOST_PART.sub("-", (host if host is not None else socket.gethostname()).lower())
    name = name.strip("-")[:24].strip("-") or "computer"
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return f"{name}-{''.join(secrets.choice(alphabet) for _ in range(8))}"


def read_device_id(state_dir: Path) -> str | None:
    """This computer's device id, if it has one (never creates it)."""
    try:
        text = read_regular(state_dir / DEVICE_FILE, 256).decode("ascii").strip()
    except (OSError, UnreadableFile, UnicodeDecodeError):
        return None
    return text if DEVICE_PATTERN.match(text) else None


def device_id(state_dir: Path) -> str:
    """This computer's device id, made and kept the first time it is asked for.

    If it cannot be kept (a read-only home), a new one is used for this run; nothing is lost:
    the files written under it are merged like any other computer's.
    """
    known = read_device_id(state_dir)
    if known is not None:
        return known
    made = new_device_id()
    try:
        if os.path.lexists(state_dir / DEVICE_FILE):
            move_aside(state_dir / DEVICE_FILE)  # unusable, but not ours to throw away
        state_dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(state_dir / DEVICE_FILE, (made + "\n").encode("ascii"))
    except OSError:
        pass
    return read_device_id(state_dir) or made


# --- conflict copies ----------------------------------------------------------------------------


def conflict_original(name: str) -> str | None:
    """The file name a sync tool's conflict copy named `name` stands for; None if it is not one.

    `laptop-k3j9x2qa.sync-conflict-20261125-073000-ABCDEFG.jsonl` -> `laptop-k3j9x2qa.jsonl`
    """
    match = _CONFLICT_MARKS.search(name)
    if match is None:
        return None
    original = name[: match.start()] + name[match.end() :]
    return original if original and original != name else None


def conflict_copies(folder: Path, suffixes: Iterable[str]) -> list[tuple[Path, str]]:
    """(copy, original name) for each conflict copy in `folder` of a file ending in `suffixes`."""
    found: list[tuple[Path, str]] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return found
    endings = tuple(suffixes)
    for path in entries:
        original = conflict_original(path.name)
        if original is not None and original.endswith(endings):
            found.append((path, original))
    return found


def latest_versions(folder: Path, suffix: str) -> list[tuple[Path, str]]:
    """For each file in `folder` ending in `suffix`, the latest of it and its conflict copies
    (the last modified; the file itself when they tie): (that file, the name it stands for),
    sorted by name. Files as two computers changed them: the later change wins."""
    groups: dict[str, list[Path]] = {}
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        name = conflict_original(path.name) or path.name
        if name.endswith(suffix) and not path.name.startswith("."):
            groups.setdefault(name, []).append(path)
    chosen = []
    for name, paths in sorted(groups.items()):
        chosen.append((max(paths, key=lambda path: (_modified(path), path.name == name)), name))
    return chosen


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def tidy_copies(folder: Path, suffix: str) -> list[tuple[str, Path]]:
    """For the app that writes `folder`: leave one file per name, the latest version (see
    `latest_versions`), and keep each other version aside as `<name>.replaced-<time>`.
    Returns (name, where an earlier version was kept) for each one kept aside."""
    kept: list[tuple[str, Path]] = []
    latest = dict((name, path) for path, name in latest_versions(folder, suffix))
    for path, name in conflict_copies(folder, (suffix,)):
        target = folder / name
        winner = latest.get(name)
        try:
            if winner == path:  # the copy is the later change: it takes the file's place
                if target.exists():
                    older = aside_name(target, "replaced")
                    os.rename(target, older)
                    kept.append((name, older))
                os.rename(path, target)
                latest[name] = target
            else:
                older = aside_name(target, "replaced")
                os.rename(path, older)
                kept.append((name, older))
        except OSError:
            continue
    return kept


# --- merging items by their last change -----------------------------------------------------------


def later(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether change `a` (milliseconds since 1970, device) wins over `b`: the later one, and
    between two at the same millisecond the device that sorts last, so every computer picks
    the same one."""
    return a > b


def change_stamp(now_ms: int, seen_ms: int | None) -> int:
    """The time to give a change: now, but always after the change it replaces, even when this
    computer's clock is behind the one that made that (so a change made after seeing another
    wins over it)."""
    return now_ms if seen_ms is None or now_ms > seen_ms else seen_ms + 1
