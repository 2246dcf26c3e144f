"""The exercise illustrations: files on disk, the generator, and the Qt view."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from psoas_timer import resources
from psoas_timer.ui.illustration import (
    IllustrationView,
    keyframe_paths,
    thumbnail_icon,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = resources.catalogue_path()

EXERCISE_IDS = [
    "cat-pose",
    "downward-dog",
    "pelvic-clock",
    "rolled-towel",
    "backward-situp",
    "towel-rock",
    "kneeling-hip-flexor",
    "knee-to-chest",
    "bridge",
    "constructive-rest",
]

ALL_SVGS = sorted(resources.illustrations_dir().glob("*/*.svg"))


def _painted_fraction(image: QImage) -> float:
    """Share of pixels that are not fully transparent."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = bytes(image.constBits())[: image.sizeInBytes()]
    alpha = data[3::4]  # little-endian ARGB32 is stored B, G, R, A
    return (len(alpha) - alpha.count(0)) / (image.width() * image.height())


def _render(path: Path, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def test_illustrations_are_in_the_assets_folder():
    assert resources.illustrations_dir() == ROOT / "assets" / "illustrations"
    assert resources.illustrations_dir().is_dir()


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_exercise_has_keyframes_in_play_order(exercise_id):
    paths = keyframe_paths(exercise_id)
    assert len(paths) >= 2
    names = [p.name for p in paths]
    assert names == sorted(names)
    assert [n[:3] for n in names] == [f"{i:02d}-" for i in range(1, len(names) + 1)]


def test_pelvic_clock_goes_round_the_clock():
    names = [p.stem for p in keyframe_paths("pelvic-clock")]
    assert len(names) == 4
    assert [n.split("-", 1)[1] for n in names] == ["12-oclock", "3-oclock", "6-oclock", "9-oclock"]


def test_keyframe_paths_of_an_unknown_or_odd_id_is_empty():
    assert keyframe_paths("no-such-exercise") == []
    assert keyframe_paths("") == []
    assert keyframe_paths("../assets") == []


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_svg_parses_and_has_no_text(path):
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 400 300"
    assert not [el for el in root.iter() if el.tag.endswith("}text")]


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_svg_renders_at_small_and_large_sizes(qapp, path):
    for width, height in ((64, 48), (800, 600)):
        fraction = _painted_fraction(_render(path, width, height))
        assert fraction > 0.06, (path.name, width, fraction)


def test_generator_reproduces_the_committed_files():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_illustrations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_generator_check_notices_a_changed_file(tmp_path):
    out = tmp_path / "illustrations"
    script = str(ROOT / "tools" / "make_illustrations.py")
    subprocess.run([sys.executable, script, "--out", str(out)], check=True, timeout=120)
    first = out / "cat-pose" / "01-round-up.svg"
    first.write_text(first.read_text(encoding="utf-8").replace("#", "#0"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, script, "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "cat-pose" in result.stderr


def test_catalogue_exercises_all_have_illustrations():
    if not CATALOGUE.exists():
        pytest.skip("no exercise catalogue yet")
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    exercises = data["exercises"] if isinstance(data, dict) else data
    ids = [e["id"] for e in exercises]
    assert ids
    missing = [i for i in ids if len(keyframe_paths(i)) < 2]
    assert not missing


@pytest.fixture
def view(qtbot):
    widget = IllustrationView()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_view_cross_fades_to_the_next_keyframe(qtbot, view):
    view.set_exercise("cat-pose", "Cat pose")
    assert view.keyframe_count() == 2
    assert view.current_keyframe() == 0
    assert not view.is_placeholder()
    assert view.accessibleName() == "Illustration: Cat pose"
    before = view.grab().toImage()

    view.show_keyframe(1)
    assert view.current_keyframe() == 1
    assert view.is_transitioning()
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    after = view.grab().toImage()
    assert after != before


def test_view_index_wraps_around(qtbot, view):
    view.set_exercise("pelvic-clock", "Pelvic clock")
    assert view.keyframe_count() == 4
    view.show_keyframe(5)
    assert view.current_keyframe() == 1
    view.show_keyframe(-1)
    assert view.current_keyframe() == 3
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)


def test_pausing_holds_the_cross_fade(qtbot, view):
    view.set_exercise("bridge", "Bridge")
    view.set_paused(True)
    view.show_keyframe(1)
    assert view.is_transitioning()
    # Held, not merely slow: the animation itself is paused until the session resumes.
    assert view._anim.state() == QAbstractAnimation.State.Paused
    view.set_paused(False)
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    assert view.current_keyframe() == 1


def test_unknown_exercise_shows_the_fallback_text(qtbot, view):
    view.set_exercise("no-such-exercise", "Side plank")
    assert view.is_placeholder()
    assert view.keyframe_count() == 0
    assert view.placeholder_text() == "Side plank"
    assert view.property("placeholderText") == "Side plank"
    assert view.accessibleName() == "Illustration: Side plank"
    view.show_keyframe(3)  # nothing to show: ignored
    assert view.current_keyframe() == 0
    image = view.grab().toImage()
    assert not image.isNull()


def test_no_exercise_shows_a_placeholder(view):
    view.set_exercise(None, "Choose an exercise")
    assert view.is_placeholder()
    assert view.placeholder_text() == "Choose an exercise"


def test_view_paints_with_the_window_colour(qtbot, view):
    view.set_exercise("bridge", "Bridge")
    image = view.grab().toImage()
    window = view.palette().color(view.backgroundRole())
    assert QColor(image.pixel(1, 1)) == window


def test_switching_exercise_mid_fade_resets(qtbot, view):
    view.set_exercise("cat-pose", "Cat pose")
    view.show_keyframe(1)
    view.set_exercise("bridge", "Bridge")
    assert not view.is_transitioning()
    assert view.current_keyframe() == 0
    assert view.accessibleName() == "Illustration: Bridge"


def test_thumbnail_icon(qapp):
    icon = thumbnail_icon("downward-dog", 48)
    assert not icon.isNull()
    pixmap = icon.pixmap(48, 48)
    assert not pixmap.isNull()
    assert _painted_fraction(pixmap.toImage()) > 0.05
    assert thumbnail_icon("downward-dog", 48) is icon  # cached


def test_thumbnail_icon_without_pictures_is_blank(qapp):
    for exercise_id in (None, "no-such-exercise"):
        icon = thumbnail_icon(exercise_id, 32)
        assert not icon.isNull()
        assert _painted_fraction(icon.pixmap(32, 32).toImage()) == 0.0
