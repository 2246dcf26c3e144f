"""The application icon: generated files, the sizes desktops ask for, legible when small."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from generator_checks import assert_check_notices_a_change, assert_reproduces_committed_files
from PySide6.QtGui import QColor, QImage

from psoas_timer import resources

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _png(size: int) -> Path:
    return resources.icons_dir() / "hicolor" / f"{size}x{size}" / "apps" / "psoas-timer.png"


def test_the_scalable_icon_is_an_svg_in_the_pictures_palette():
    root = ET.parse(resources.icons_dir() / "psoas-timer.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    colours = {el.get(attr) for el in root.iter() for attr in ("fill", "stroke")} - {None, "none"}
    # the figure's blue and outline, the mat, the clock face and the cue orange
    assert {"#3b8fa6", "#1d4c5b", "#bea78c", "#f7f1e6", "#e4683c"} <= colours


@pytest.mark.parametrize("size", SIZES)
def test_a_png_at_each_size(qapp, size):
    image = QImage(str(_png(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def _luminance(colour: QColor) -> float:
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()


@pytest.mark.parametrize("size", (16, 22, 24))
def test_small_icons_are_solid_and_high_contrast(qapp, size):
    """Small sizes are a solid disc nearly as wide as the square (only its antialiased rim is
    partly transparent), with dark and light both present and far apart, so it reads as a
    shape on a light panel and on a dark one."""
    image = QImage(str(_png(size))).convertToFormat(QImage.Format.Format_ARGB32)
    pixels = [QColor.fromRgba(image.pixel(x, y)) for x in range(size) for y in range(size)]
    opaque = [c for c in pixels if c.alpha() == 255]
    assert len(opaque) >= 0.5 * size * size
    levels = [_luminance(c) for c in opaque]
    assert max(levels) - min(levels) >= 0.6  # the face's cream against the ring's dark blue
    assert sum(v > 0.8 for v in levels) >= 0.1 * len(levels)  # the face
    assert sum(v < 0.6 for v in levels) >= 0.25 * len(levels)  # the figure and the ring


def test_the_generator_reproduces_the_committed_icons():
    assert_reproduces_committed_files("make_icons.py")


def test_the_generator_check_notices_a_changed_icon(tmp_path):
    def repaint(path: Path) -> None:
        image = QImage(str(path))
        image.fill(QColor("#ff00ff"))
        image.save(str(path))

    changed = "hicolor/16x16/apps/psoas-timer.png"
    assert_check_notices_a_change("make_icons.py", tmp_path, changed, repaint)
