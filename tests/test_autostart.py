"""Start at login: the XDG autostart entry, written and removed."""

import shutil
import subprocess

import pytest

from psoas_timer import autostart, resources


def test_the_entry_starts_this_installation_in_the_tray(tmp_path, monkeypatch):
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert not autostart.is_enabled()
    command = ["/opt/my apps/bin/python3", "-m", "psoas_timer"]
    path = autostart.enable(command)
    assert path == config / "autostart" / f"{resources.APP_ID}.desktop"
    assert autostart.is_enabled()
    lines = path.read_text().splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert 'Exec="/opt/my apps/bin/python3" -m psoas_timer --minimized' in lines
    assert f"Icon={resources.APP_ID}" in lines
    assert path.stat().st_mode & 0o777 == 0o644
    assert autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    assert not autostart.disable()  # nothing left to remove


def test_exec_quoting_follows_the_desktop_entry_spec():
    assert autostart.exec_value(["/usr/bin/psoas-timer"]) == "/usr/bin/psoas-timer"
    assert autostart.exec_value(['/a "b"/c$d']) == '"/a \\\\"b\\\\"/c\\\\$d"'
    assert autostart.exec_value(["/100%/x"]) == '"/100%%/x"'


def test_a_relative_xdg_config_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.entry_path().is_relative_to(tmp_path / ".config" / "autostart")


def test_an_entry_switched_off_by_the_desktop_counts_as_off(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = autostart.enable(["/usr/bin/psoas-timer"])
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (desktop-file-utils; scripts/setup.sh --test)",
)
def test_the_entry_passes_the_freedesktop_validator(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = autostart.enable(["/opt/my apps/psoas-timer"])
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""
