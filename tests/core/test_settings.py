"""The settings object: valid by construction, read value by value from a file."""

import math

import pytest

from psoas_timer.core.datafiles import OutOfRange, decode_json
from psoas_timer.core.settings import SETTING_NAMES, Settings, settings_from_document


def test_defaults_are_what_a_first_start_uses():
    settings = Settings()
    assert (settings.volume, settings.muted, settings.voice, settings.beats) == (
        80,
        False,
        True,
        True,
    )
    assert settings.gain == pytest.approx(0.8)
    assert settings.window_geometry is None and settings.last_routine is None
    assert settings.psoas_band  # the psoas is drawn on the figures until the user hides it


@pytest.mark.parametrize(
    "changes",
    [
        {"volume": -1},
        {"volume": 101},
        {"volume": math.nan},
        {"volume": True},
        {"volume": 50.0},
        {"muted": 1},
        {"last_routine": ""},
        {"last_routine": "x" * 65},
        {"last_routine": "tab\there"},
        {"window_geometry": "@@@"},
        {"window_geometry": "A" * 5000},
        {"window_rect": (0, 0, 0, 600)},
        {"window_rect": (0, 0, 800, 2_000_000_000)},
        {"weekly_goal_minutes": 0},
        {"weekly_goal_minutes": 1201},
        {"weekly_goal_minutes": 60.0},
        {"skip_reminders_after_practice": None},
        {"keep_in_tray": 1},
        {"psoas_band": "yes"},
    ],
)
def test_a_value_out_of_bounds_cannot_be_set(changes):
    (name,) = changes
    with pytest.raises(ValueError, match=name):
        Settings().changed(**changes)


def test_every_setting_is_written_and_read_back():
    settings = Settings(
        volume=35,
        muted=True,
        voice=False,
        beats=False,
        last_routine="quick-reset",
        library_favorites_only=True,
        window_geometry="AdnQywADAAA=",
        window_maximized=True,
        psoas_band=False,
    )
    document = settings.to_document()
    assert set(document) == set(SETTING_NAMES)
    loaded = settings_from_document(document)
    assert loaded.settings == settings
    assert loaded.problems == [] and loaded.unknown == {}


def test_a_bad_value_costs_only_itself_and_unknown_keys_are_kept():
    raw = decode_json(b'{"volume": NaN, "voice": false, "newer": {"x": 1}, "beats": 1e999}')
    assert isinstance(raw["volume"], OutOfRange)
    loaded = settings_from_document(raw)
    assert loaded.settings == Settings(voice=False)
    assert [problem.key for problem in loaded.problems] == ["volume", "beats"]
    assert "NaN" in loaded.problems[0].message and "80" in loaded.problems[0].message
    assert loaded.unknown == {"newer": {"x": 1}}


def test_a_giant_integer_is_reported_by_its_length_not_copied():
    raw = decode_json(b'{"volume": ' + b"9" * 5000 + b"}")
    (problem,) = settings_from_document(raw).problems
    assert "5,000 digits" in problem.message and "9999" not in problem.message


def test_control_characters_are_escaped_in_a_message():
    (problem,) = settings_from_document({"last_routine": "a\nb\u2028"}).problems
    assert "\n" not in problem.message and "\u2028" not in problem.message
