"""Shared test set-up: no display, no sound card, and no user data touched."""

import os
from pathlib import Path

# Qt aborts without a display unless told to render offscreen; this must happen before Qt loads.
# The offscreen screen is made as large as a 4K monitor (its default is 800x800), so windows
# take the sizes the tests give them, as on a real display.
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"
)
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pytest

from psoas_timer import resources
from psoas_timer.core.clock import FakeClock
from psoas_timer.core.routines import (
    Library,
    Routine,
    Step,
    Tempo,
    load_catalogue,
    load_routines_dir,
)
from psoas_timer.core.store import DataDir


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, tmp_path_factory, monkeypatch):
    """Every test gets its own data folder, so nothing reads or writes the real one."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("PSOAS_TIMER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # rendered voice phrases
    # The autostart entry goes here; some libraries write their own settings here too, so it
    # is a folder apart, leaving the test's own folder as the test left it.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # this computer's device id
    return data_dir


# --- shared by the window and fault tests ---


def make_test_routine() -> Routine:
    """Get ready, a rhythmic step, a rest, a per-side step and a last step: every phase kind."""
    catalogue = load_catalogue()
    cat = catalogue["cat-pose"]
    lunge = catalogue["kneeling-hip-flexor"]
    return Routine(
        id="ui-test",
        title="UI test routine",
        description="For tests.",
        prep_seconds=5,
        rest_seconds=10,
        steps=(
            Step(
                name=cat.name,
                seconds=20,
                per_side=False,
                instructions=cat.instructions,
                exercise_id=cat.id,
                focus=cat.focus,
                cautions=cat.cautions,
                tempo=Tempo(4.0, ("Round up", "Let it settle")),
                psoas=cat.psoas,
            ),
            Step(
                name=lunge.name,
                seconds=15,
                per_side=True,
                instructions=lunge.instructions,
                exercise_id=lunge.id,
                cautions=lunge.cautions,
                psoas=lunge.psoas,
            ),
            Step(name="Breathe", seconds=10, per_side=False, instructions=("Breathe slowly.",)),
        ),
        builtin=True,
    )


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def data(tmp_path):
    """The data folder as the app has it: created, and claimed as the one writing there."""
    data = DataDir(tmp_path / "data")
    data.claim()
    return data


@pytest.fixture
def library():
    catalogue = load_catalogue()
    builtin, problems = load_routines_dir(resources.builtin_routines_dir(), catalogue, builtin=True)
    assert not problems
    return Library(catalogue=catalogue, routines=[make_test_routine(), *builtin])


@pytest.fixture
def window(qtbot, data, library, clock):
    from psoas_timer.ui.main_window import MainWindow

    window = MainWindow(data, library, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # A first start maximises the window; the tests use a laptop's 1366x768 unless they say.
    qtbot.waitUntil(window.isMaximized)
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.finish_start()  # as the app does once the first frame is on screen
    return window


@pytest.fixture(autouse=True)
def _english_unless_a_test_says():
    """Every test starts in English and leaves nothing of another language behind."""
    from psoas_timer.core import i18n

    yield
    i18n.install(None)
    i18n.set_content_language(i18n.ENGLISH)
