"""The desktop's menu entry: the launcher, the icons and the AppStream metainfo."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from psoas_timer import __version__, desktop_entry, resources

ROOT = Path(__file__).resolve().parents[1]
METAINFO = resources.desktop_dir() / f"{resources.APP_ID}.metainfo.xml"
ENTRY = resources.desktop_dir() / f"{resources.APP_ID}.desktop"


def test_the_shipped_desktop_entry_and_metainfo_name_each_other():
    entry = ENTRY.read_text()
    assert f"Icon={resources.APP_ID}\n" in entry
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == resources.APP_ID
    assert root.find("launchable").text == ENTRY.name
    assert root.find("provides/binary").text == "psoas-timer"


def test_the_metainfo_describes_this_version():
    root = ET.parse(METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest.get("version") == __version__
    assert newest.find("description/p").text.strip()
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_each_screenshot_in_the_metainfo_is_in_the_repository():
    """The metainfo points at the published copies of docs/screenshots/, taken from the app."""
    urls = [image.text for image in ET.parse(METAINFO).getroot().iter("image")]
    assert urls
    for url in urls:
        assert url.startswith("https://")
        name = url.rsplit("/docs/screenshots/", 1)[1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_passes_the_freedesktop_validator(tmp_path):
    installed = desktop_entry.install(tmp_path, ["/opt/my apps/bin/psoas-timer"])
    entry = next(path for path in installed if path.suffix == ".desktop")
    for path in (ENTRY, entry):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True)
        assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
        assert result.stdout == b""


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream is not installed")
def test_the_metainfo_passes_the_appstream_validator():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_installing_the_entry_points_the_menu_at_this_installation(tmp_path):
    command = ["/opt/my apps/bin/psoas-timer"]
    installed = desktop_entry.install(tmp_path, command)
    entry = tmp_path / "applications" / f"{resources.APP_ID}.desktop"
    assert entry in installed
    text = entry.read_text()
    assert 'Exec="/opt/my apps/bin/psoas-timer"\n' in text
    assert "TryExec=/opt/my apps/bin/psoas-timer\n" in text
    assert 'Exec="/opt/my apps/bin/psoas-timer" --start quick-reset\n' in text
    assert (tmp_path / "metainfo" / f"{resources.APP_ID}.metainfo.xml").is_file()
    icons = [path for path in installed if "icons" in path.parts]
    assert icons, "no icon installed"
    for icon in icons:
        assert icon.parent.name == "apps"
        assert icon.stem == resources.APP_ID
        assert icon.stat().st_size > 0


def test_uninstalling_removes_every_file_it_wrote_and_nothing_else(tmp_path):
    data = tmp_path / "psoas-timer"  # the data folder sits beside the entry in the same place
    data.mkdir()
    (data / "history.json").write_text("{}")
    written = desktop_entry.install(tmp_path, ["psoas-timer"])
    old_size = tmp_path / "icons" / "hicolor" / "20x20" / "apps" / f"{resources.APP_ID}.png"
    old_size.parent.mkdir(parents=True)
    old_size.write_bytes(b"an icon an older version shipped")
    removed = desktop_entry.uninstall(tmp_path)
    assert set(removed) == {*written, old_size}
    assert not any(path.exists() for path in removed)
    assert (data / "history.json").read_text() == "{}"
    assert desktop_entry.uninstall(tmp_path) == []


def test_the_exec_key_quotes_what_the_spec_asks():
    assert desktop_entry.exec_value(["/usr/bin/psoas-timer"]) == "/usr/bin/psoas-timer"
    assert desktop_entry.exec_value(["/a b/$x"]) == '"/a b/\\\\$x"'
    assert desktop_entry.exec_value(["python3", "-m", "psoas_timer"]) == "python3 -m psoas_timer"


def test_the_command_line_installs_and_removes_the_entry(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    command = [sys.executable, str(ROOT / "main.py")]
    added = subprocess.run([*command, "--install-desktop-entry"], env=env, capture_output=True)
    assert added.returncode == 0, added.stderr
    assert b"is in your application menu" in added.stderr
    entry = tmp_path / "applications" / f"{resources.APP_ID}.desktop"
    # Started from a checkout, the launcher runs this Python with the package.
    assert f"Exec={sys.executable} -m psoas_timer\n" in entry.read_text()
    removed = subprocess.run([*command, "--uninstall-desktop-entry"], env=env, capture_output=True)
    assert removed.returncode == 0
    assert not entry.exists()
