"""The data folder's files, read and written one way: guarded reads, atomic writes, set aside.

Reading: only a regular file is read (a link to /dev/zero, a pipe or a folder is refused before
a byte is read), and only up to a size limit checked first. Writing: a file is replaced whole or
not at all (temporary file in the same folder, flush, fsync, rename, fsync the folder), so a
process killed at any moment leaves the old file or the new one; a line is appended with one
write and an fsync. A file that cannot be used is moved aside byte for byte, never overwritten.

JSON allows numbers the app can never use: NaN and Infinity (Python's json reads them), an
exponent that overflows to infinity, and integers so long that Python refuses to convert them
(over 4,300 digits) or that take seconds to. Such a number is read as an `OutOfRange` marker
rather than failing the whole file, so the check of that one value rejects it and the values
around it still load.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import stat
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_INT_DIGITS = 30  # far beyond any count or size the app stores


class UnreadableFile(ValueError):
    """A file, or a record in it, that is not what the app writes."""


class NotRegularFile(UnreadableFile):
    """A link to a device, a pipe, a folder: nothing the app reads as a file."""

    def __init__(self) -> None:
        super().__init__("not a regular file")


class TooLargeFile(UnreadableFile):
    def __init__(self, size: int | None, limit: int) -> None:
        self.size = size  # None: it grew past the limit while being read
        shown = f"{size:,} bytes" if size is not None else "more bytes"
        super().__init__(f"{shown}, more than the {limit:,} allowed")


class OutOfRange:
    """A number in a file that the app does not accept (NaN, Infinity, too many digits)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        if len(self.text) > 12:
            return f"a number of {len(self.text.lstrip('-')):,} digits"
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OutOfRange) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


def _integer(text: str) -> int | OutOfRange:
    if len(text) > MAX_INT_DIGITS:
        return OutOfRange(text)
    return int(text)


def _real(text: str) -> float | OutOfRange:
    if len(text) > 400:
        return OutOfRange(text[:12] + "…")
    value = float(text)
    return value if math.isfinite(value) else OutOfRange(text)


def _constant(name: str) -> OutOfRange:
    return OutOfRange(name)  # NaN, Infinity, -Infinity


_DECODER = json.JSONDecoder(parse_int=_integer, parse_float=_real, parse_constant=_constant)


def versioned(document: object) -> tuple[dict[str, object], int] | str:
    """A data file's document and the format version it declares (1 or more); else why it is
    not one (said to the user as the reason the file was set aside)."""
    if not isinstance(document, dict):
        return "not a JSON object"
    version = document.get("version")
    if type(version) is not int or version < 1:
        return "no format version"
    return document, version


def decode_json(raw: bytes) -> object:
    """A JSON document from UTF-8 bytes; UnreadableFile if it is not one.

    Numbers out of range come back as `OutOfRange` for the caller's checks to refuse.
    """
    try:
        text = raw.decode("utf-8")
        return _DECODER.decode(text)
    except UnicodeDecodeError:
        raise UnreadableFile("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise UnreadableFile(f"not JSON ({error.msg}, line {error.lineno})") from None
    except RecursionError:
        raise UnreadableFile("nested too deeply") from None


# --- reading ------------------------------------------------------------------------------------


def open_regular(path: Path, limit: int) -> int:
    """A file descriptor for reading `path`, a regular file of at most `limit` bytes (checked
    before anything is read); the caller closes it. Raises as `read_regular` does."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer that never comes.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile()
        if info.st_size > limit:
            raise TooLargeFile(info.st_size, limit)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes.

    FileNotFoundError if it is missing; UnreadableFile if it is not a regular file or is too
    large (nothing read); OSError if the system refuses.
    """
    fd = open_regular(path, limit)
    try:
        chunks = []
        left = limit + 1  # the file may have grown since fstat
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise TooLargeFile(None, limit)
    return data


def read_json_file(path: Path, limit: int) -> object:
    """A JSON document read through `read_regular` and `decode_json`."""
    return decode_json(read_regular(path, limit))


# --- writing ------------------------------------------------------------------------------------


def json_bytes(document: object, indent: int | None = 2) -> bytes:
    """`document` as the app writes JSON files: UTF-8, non-ASCII kept, a final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")


def write_json_atomic(path: Path, document: object, indent: int | None = 2) -> None:
    """Replace `path` with `document` as JSON, whole, or raise OSError leaving it untouched."""
    write_bytes_atomic(path, json_bytes(document, indent))


def write_bytes_atomic(path: Path, data: bytes | list[bytes], mode: int | None = None) -> None:
    """Replace `path` with `data` (or its pieces, in order), whole, or raise OSError leaving it
    untouched.

    The file is private (0600) unless `mode` is given.
    """
    folder = path.parent
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.writelines([data] if isinstance(data, bytes) else data)
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
    fsync_folder(folder)


def remove_stale_temp_files(path: Path) -> None:
    """Delete the temporary files of `path` left by a process killed mid-write (the real file
    is intact either way)."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (not possible, nor needed, on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def describe_write_error(error: OSError, path: Path, what: str | None = None) -> str:
    """'Could not save <what>: <why>.' in words a user can act on, in the user's language
    (`what`: one of `SAVED_THINGS`, else the file's name)."""
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        why = translate("Notice", "the disk is full")
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = translate("Notice", "the data folder {folder} is read-only").format(
            folder=path.parent
        )
    else:
        why = error.strerror or str(error)
    thing = translate("Notice", what) if what in SAVED_THINGS else (what or path.name)
    return translate("Notice", "Could not save {what}: {why}.").format(what=thing, why=why)


# What `describe_write_error` names, translated where it is said.
SAVED_THINGS = (
    QT_TRANSLATE_NOOP("Notice", "your history"),
    QT_TRANSLATE_NOOP("Notice", "your favorites"),
    QT_TRANSLATE_NOOP("Notice", "your settings"),
)


def kept_in_memory(message: str) -> str:
    """A notice that something could not be saved, with what happens to it."""
    later = translate("Notice", "It is kept in memory and will be saved at the next try.")
    return f"{message} {later}"


# --- setting aside ------------------------------------------------------------------------------


def aside_name(path: Path, label: str = "corrupt") -> Path:
    """A free name beside `path` for keeping it: `<name>.<label>-<UTC time>[-n]`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while os.path.lexists(target):
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    return target


def move_aside(path: Path, label: str = "corrupt") -> Path | None:
    """Rename `path` (a link itself, not what it points to) to a free name beside it, byte for
    byte; None if that is not possible."""
    target = aside_name(path, label)
    try:
        os.rename(path, target)
    except OSError:
        return None
    return target
