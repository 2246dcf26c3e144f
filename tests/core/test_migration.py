"""A data folder written by the previous version moves into the current format whole.

tests/data/v1-data was written by the app itself before history was kept one journal per
computer (see its README): a single history.json, settings.json and favorites.json. A copy of
it is moved in here, by the core as the app does it and by the app itself.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer.core.history import SessionRecord, read_history
from psoas_timer.core.store import DataDir

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "v1-data"
ROOT = Path(__file__).resolve().parents[2]
OLD_FILES = ("history.json", "settings.json", "favorites.json")
EXPORT_JSON = ("--export-history", "-", "--export-format", "json")


@pytest.fixture
def old_folder(tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    return folder


def recorded(folder: Path) -> list[SessionRecord]:
    """The sessions the old history.json holds, every field as it was written."""
    document = json.loads((folder / "history.json").read_text())
    return sorted(SessionRecord.from_dict(raw) for raw in document["sessions"])


def backups(folder: Path) -> dict[str, bytes]:
    return {
        path.name.split(".v1-backup")[0]: path.read_bytes() for path in folder.glob("*.v1-backup-*")
    }


def test_reading_an_old_folder_shows_everything_and_changes_nothing(old_folder):
    before = {name: (old_folder / name).read_bytes() for name in OLD_FILES}
    data = DataDir(old_folder)
    assert sorted(data.history.sessions) == recorded(old_folder)
    assert data.settings.current.volume == 45 and data.settings.current.voice is False
    assert data.favorites.ids == ["quick-reset", "six-seconds"]
    assert {name: (old_folder / name).read_bytes() for name in OLD_FILES} == before
    assert sorted(p.name for p in old_folder.iterdir()) == sorted(
        [*OLD_FILES, "README.md", "routines"]
    )


def test_the_app_moves_an_old_folder_in_and_keeps_each_old_file(old_folder):
    before = {name: (old_folder / name).read_bytes() for name in OLD_FILES}
    sessions = recorded(old_folder)
    notices: list[str] = []
    data = DataDir(old_folder, notify=notices.append)
    data.claim()
    read, messages = data.history.load()
    assert sorted(read.sessions) == sessions
    assert any("now lives in the history folder" in message for message in messages)
    # Every old file kept byte for byte; none left to be read as current.
    assert backups(old_folder) == before
    assert not any((old_folder / name).exists() for name in OLD_FILES)
    # Read afresh, from the new files only: the same history, settings and favourites.
    again = DataDir(old_folder)
    assert sorted(again.history.sessions) == sessions
    assert read_history(old_folder).problems == []
    settings = again.settings.current
    assert (settings.volume, settings.voice, settings.last_routine) == (45, False, "quick-reset")
    assert again.favorites.ids == ["quick-reset", "six-seconds"]
    assert sorted(p.name for p in (old_folder / "history").iterdir()) == [f"{data.device}.jsonl"]
    # A second start has nothing more to move.
    later = DataDir(old_folder, notify=notices.append)
    later.claim()
    assert later.history.load()[1] == []


@pytest.mark.slow
def test_the_app_started_on_an_old_folder_moves_it_in_and_shows_its_history(old_folder, qtbot):
    sessions = recorded(old_folder)
    before = {name: (old_folder / name).read_bytes() for name in OLD_FILES}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(old_folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: len(backups(old_folder)) == len(OLD_FILES), timeout=30000)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert backups(old_folder) == before
    assert sorted(read_history(old_folder).sessions) == sessions
    exported = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(old_folder),
            "--export-history",
            "-",
            "--export-format",
            "json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    listed = json.loads(exported.stdout)["sessions"]
    assert sorted(SessionRecord.from_dict(raw) for raw in listed) == sessions
