"""Shared test set-up: no display, no sound card, and no user data touched."""

import os

# Qt aborts without a display unless told to render offscreen; this must happen before Qt loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder, so nothing reads or writes the real one."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("PSOAS_TIMER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return data_dir
