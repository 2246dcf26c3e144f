"""The desktop's menu entry: the launcher, the icons and the AppStream metainfo, per user.

`psoas-timer --install-desktop-entry` copies them under `$XDG_DATA_HOME` (`~/.local/share`), where
freedesktop desktops (GNOME, KDE, Xfce, LXQt, …) look for applications, with the launcher pointing
at the program that ran the command, so a pipx or venv install that is not on the desktop's PATH
still starts. `--uninstall-desktop-entry` removes exactly those files and nothing else; the data
folder is never touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from psoas_timer import resources
from psoas_timer.core.datafiles import write_bytes_atomic

ICON_SOURCE_NAME = "psoas-timer"
# Characters that make the desktop entry spec's Exec key need an argument quoted.
_EXEC_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`=%]")


@dataclass(frozen=True)
class DesktopFiles:
    """Where each installed file goes, for one user."""

    data_home: Path

    @property
    def entry(self) -> Path:
        return self.data_home / "applications" / f"{resources.APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.data_home / "metainfo" / f"{resources.APP_ID}.metainfo.xml"

    @property
    def icon_theme(self) -> Path:
        return self.data_home / "icons" / "hicolor"

    def icons(self) -> dict[Path, Path]:
        """Installed icon -> the app's own file, for every size the app ships."""
        source = resources.icons_dir()
        icons: dict[Path, Path] = {}
        svg = source / f"{ICON_SOURCE_NAME}.svg"
        if svg.is_file():
            icons[self.icon_theme / "scalable" / "apps" / f"{resources.APP_ID}.svg"] = svg
        for png in sorted((source / "hicolor").glob(f"*/apps/{ICON_SOURCE_NAME}.png")):
            size = png.parent.parent.name
            icons[self.icon_theme / size / "apps" / f"{resources.APP_ID}.png"] = png
        return icons

    def installed(self) -> list[Path]:
        """Every file of ours there now, icons of sizes this version no longer ships included."""
        icons = self.icon_theme.glob(f"*/apps/{resources.APP_ID}.*")
        return [path for path in (self.entry, self.metainfo, *sorted(icons)) if path.is_file()]


def user_data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path, else ~/.local/share (the XDG default)."""
    xdg = os.environ.get("XDG_DATA_HOME")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts this installation of the app."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "psoas-timer":
        resolved = shutil.which(str(script)) if not script.is_absolute() else str(script)
        if resolved and Path(resolved).is_file():
            return [str(Path(resolved).absolute())]
    return [sys.executable, "-m", "psoas_timer"]


def exec_value(command: Sequence[str]) -> str:
    """`command` as the value of a desktop entry's Exec key (quoted as the spec asks)."""
    words = []
    for word in command:
        if _EXEC_RESERVED.search(word):
            word = '"' + re.sub(r'(["`$\\])', r"\\\1", word) + '"'
        words.append(word.replace("%", "%%"))  # a literal % is written twice
    # The key's value is itself a string in which a backslash is written twice.
    return " ".join(words).replace("\\", "\\\\")


def entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry with its Exec and TryExec keys pointing at `command`."""
    template = (resources.desktop_dir() / f"{resources.APP_ID}.desktop").read_text("utf-8")
    program = exec_value(command)
    lines = []
    for line in template.splitlines():
        key, _, value = line.partition("=")
        if key == "Exec":
            line = f"Exec={program}{value.removeprefix('psoas-timer')}"
        elif key == "TryExec":
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(data_home: Path | None = None, command: Sequence[str] | None = None) -> list[Path]:
    """Write the launcher, metainfo and icons for this user; returns the files written."""
    files = DesktopFiles(data_home or user_data_home())
    command = list(command or launcher_command())
    written = []
    for target, data in (
        (files.entry, entry_text(command).encode("utf-8")),
        (files.metainfo, (resources.desktop_dir() / files.metainfo.name).read_bytes()),
        *((target, source.read_bytes()) for target, source in files.icons().items()),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data, mode=0o644)
        written.append(target)
    _refresh_caches(files)
    return written


def uninstall(data_home: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; returns the files removed."""
    files = DesktopFiles(data_home or user_data_home())
    removed = []
    for path in files.installed():
        path.unlink(missing_ok=True)
        removed.append(path)
    _refresh_caches(files)
    return removed


def _refresh_caches(files: DesktopFiles) -> None:
    """Bring the desktop's caches up to date where it keeps them (most desktops watch the
    folders and need nothing)."""
    commands = []
    if (files.entry.parent / "mimeinfo.cache").is_file():
        commands.append(["update-desktop-database", "-q", str(files.entry.parent)])
    if (files.icon_theme / "icon-theme.cache").is_file():
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(files.icon_theme)])
    for command in commands:
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=30)
