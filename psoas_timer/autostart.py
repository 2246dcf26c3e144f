"""Start at login: an XDG autostart entry that starts the app in the tray.

Freedesktop desktops (GNOME, KDE, Xfce, LXQt, …) start every entry in
`$XDG_CONFIG_HOME/autostart` (`~/.config/autostart`) when the user logs in. The entry is the
app's own file, written whole or not at all, and removed again when the user turns starting at
login off. A desktop's own "startup applications" settings may switch an entry off by adding
`Hidden=true`; such an entry counts as off.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from psoas_timer import resources
from psoas_timer.core.datafiles import write_bytes_atomic
from psoas_timer.desktop_entry import exec_value, launcher_command

MINIMIZED_FLAG = "--minimized"


def config_home() -> Path:
    """$XDG_CONFIG_HOME when it is an absolute path, else ~/.config (the XDG default)."""
    xdg = os.environ.get("XDG_CONFIG_HOME")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".config"


def entry_path(config: Path | None = None) -> Path:
    return (config or config_home()) / "autostart" / f"{resources.APP_ID}.desktop"


def entry_text(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Psoas Timer\n"
        "Comment=Reminders for your stretching routines, from the tray\n"
        f"Exec={exec_value([*command, MINIMIZED_FLAG])}\n"
        f"Icon={resources.APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(config: Path | None = None) -> bool:
    """Whether the app starts at login: our entry is there and not switched off."""
    try:
        text = entry_path(config).read_text("utf-8", errors="replace")
    except OSError:
        return False
    keys = {}
    for line in text.splitlines():
        key, equals, value = line.partition("=")
        if equals:
            keys[key.strip()] = value.strip().lower()
    return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"


def enable(command: Sequence[str] | None = None, config: Path | None = None) -> Path:
    """Write the autostart entry (OSError if it cannot be written); returns its path."""
    path = entry_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = entry_text(list(command or launcher_command()))
    write_bytes_atomic(path, text.encode("utf-8"), mode=0o644)
    return path


def disable(config: Path | None = None) -> bool:
    """Remove the autostart entry; True if there was one."""
    path = entry_path(config)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
