"""The exercise illustrations: files on disk, the generator, and the Qt view."""

import itertools
import json
import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from array import array
from pathlib import Path

import pytest
from generator_checks import assert_check_notices_a_change, assert_reproduces_committed_files
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from psoas_timer import resources
from psoas_timer.ui.illustration import (
    FADE_MS,
    FADE_STEPS,
    IllustrationView,
    _ease,
    keyframe_paths,
    psoas_overlay_path,
    thumbnail_icon,
)
from tests.ui.screen_checks import PaintSpy, on_screen

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
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    assert not [el for el in root.iter() if el.tag.endswith("}text")]


def _view_box(path: Path) -> QRectF:
    return QSvgRenderer(str(path)).viewBoxF()


def _figure_bounds(path: Path) -> QRectF:
    renderer = QSvgRenderer(str(path))
    return renderer.transformForElement("figure").mapRect(renderer.boundsOnElement("figure"))


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_an_exercises_keyframes_share_one_frame(qapp, exercise_id):
    # so the figure neither slides nor zooms when one keyframe fades into the next
    boxes = {tuple(_view_box(p).getRect()) for p in keyframe_paths(exercise_id)}
    assert len(boxes) == 1


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_the_figure_fills_its_picture(qapp, exercise_id):
    """Cropped to the figure: a lying pose makes a long, low picture rather than a thin strip
    at the bottom of an empty one; the mat runs along the bottom edge."""
    paths = keyframe_paths(exercise_id)
    box = _view_box(paths[0])
    figure = _figure_bounds(paths[0])
    for path in paths[1:]:
        figure = figure.united(_figure_bounds(path))
    assert figure.width() >= 0.85 * box.width()
    assert figure.top() - box.top() <= 0.12 * box.height()
    mat = QSvgRenderer(str(paths[0])).boundsOnElement("mat")
    assert box.bottom() - mat.bottom() < 3


def test_every_picture_is_drawn_at_the_same_scale():
    # the head is the same circle in every picture, whatever the pose
    radii = set()
    for path in ALL_SVGS:
        circles = ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}circle")
        heads = [c for c in circles if c.get("stroke") == "#1d4c5b" and c.get("fill") == "#3b8fa6"]
        assert heads, path
        radii |= {c.get("r") for c in heads}
    assert len(radii) == 1


def test_lying_pictures_are_long_and_standing_ones_tall(qapp):
    def aspect(exercise_id: str) -> float:
        box = _view_box(keyframe_paths(exercise_id)[0])
        return box.width() / box.height()

    assert aspect("bridge") > 2.5  # lying with the knees bent, hips down then up
    assert aspect("knee-to-chest") > 1.8  # lying long, then one knee up
    assert aspect("towel-rock") < 0.7  # standing, arms overhead


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_svg_renders_at_small_and_large_sizes(qapp, path):
    for width, height in ((64, 48), (800, 600)):
        fraction = _painted_fraction(_render(path, width, height))
        assert fraction > 0.06, (path.name, width, fraction)


def test_generator_reproduces_the_committed_files():
    assert_reproduces_committed_files("make_illustrations.py")


def test_generator_check_notices_a_changed_file(tmp_path):
    def change(path: Path) -> None:
        path.write_text(path.read_text(encoding="utf-8").replace("#", "#0"), encoding="utf-8")

    assert_check_notices_a_change(
        "make_illustrations.py", tmp_path, "cat-pose/01-round-up.svg", change
    )
    assert_check_notices_a_change(
        "make_illustrations.py", tmp_path, "cat-pose/psoas/01-round-up.svg", change
    )


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


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def timed_view(qtbot):
    """A view whose fades run on a clock the test moves."""
    clock = _Clock()
    widget = IllustrationView(clock=clock)
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, clock


@pytest.fixture
def renders(monkeypatch):
    """Every SVG rendering from here on, in order."""
    seen = []
    original = QSvgRenderer.render

    def counting(renderer, *args):
        seen.append(renderer)
        return original(renderer, *args)

    monkeypatch.setattr(QSvgRenderer, "render", counting)
    return seen


def test_pausing_holds_the_cross_fade(qtbot, timed_view):
    view, clock = timed_view
    view.set_exercise("bridge", "Bridge")
    view.show_keyframe(1)
    clock.now += 0.2
    assert 0.3 < view.fade_progress() < 0.5
    view.set_paused(True)
    clock.now += 60.0  # held, not merely slow: paused time does not count
    qtbot.wait(100)  # frames that might still run (none should)
    assert view.is_transitioning()
    assert 0.3 < view.fade_progress() < 0.5
    view.set_paused(False)
    assert 0.3 < view.fade_progress() < 0.5
    clock.now += 0.3
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    assert view.current_keyframe() == 1


def test_a_cross_fade_mixes_the_two_pictures(qtbot, timed_view):
    view, clock = timed_view
    view.set_exercise("cat-pose", "Cat pose")
    first = view.grab().toImage()
    view.show_keyframe(1)
    clock.now += 1.0
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    second = view.grab().toImage()
    view.show_keyframe(0)
    clock.now += FADE_MS / 2000  # halfway: each pixel halfway between the two pictures
    middle = view.grab().toImage()
    differing = 0
    for y in range(0, first.height(), 7):
        for x in range(0, first.width(), 7):
            a, b, m = (QColor(im.pixel(x, y)) for im in (first, second, middle))
            if abs(a.red() - b.red()) > 60:
                differing += 1
                assert abs(m.red() - (a.red() + b.red()) / 2) < 12, (x, y)
    assert differing > 20


def test_each_keyframe_is_rendered_once_per_size(qtbot, timed_view, renders):
    view, clock = timed_view
    view.set_exercise("pelvic-clock", "Pelvic clock")
    for beat in range(1, 13):  # three times round the clock
        view.show_keyframe(beat)
        clock.now += 0.25
        view.repaint()
        clock.now += 1.0
        qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    assert len(renders) == 4
    view.resize(500, 320)
    view.repaint()
    assert len(renders) == 5  # the shown keyframe again, at the new size


def test_the_same_exercise_again_keeps_its_pictures(qtbot, timed_view, renders):
    """A rest shows the step after it, which then starts: its pictures are not read and
    drawn again."""
    view, _clock = timed_view
    view.set_exercise("cat-pose", "Cat pose")
    view.repaint()
    assert len(renders) == 1
    view.show_keyframe(1)
    view.set_exercise("cat-pose", "Cat pose")  # the step starts: back to its first keyframe
    assert view.current_keyframe() == 0 and not view.is_transitioning()
    view.repaint()
    assert len(renders) == 2  # keyframe 1, for the fade; keyframe 0 was kept
    view.set_exercise("bridge", "Bridge")
    view.repaint()
    assert len(renders) == 3


def test_a_cross_fade_draws_a_few_dozen_frames_a_second(qtbot, view):
    view.set_exercise("pelvic-clock", "Pelvic clock")
    view.repaint()
    paints = PaintSpy(view).rects
    view.show_keyframe(1)
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    # enough to look smooth, far fewer than the screen's 60 a second
    assert FADE_STEPS - 2 <= len(paints) <= FADE_STEPS + 2
    # and only the picture is redrawn, not the whole panel
    assert all(rect.height() < view.height() for rect in paints)


def test_each_frame_of_a_cross_fade_moves_the_mix_by_an_even_step(qtbot, timed_view):
    """Frames come where the eased dissolve has moved on by an eighth: close together in
    its middle, far apart at its ends, never a big jump."""
    view, clock = timed_view
    view.set_exercise("cat-pose", "Cat pose")
    view.show_keyframe(1)
    mixes = [_ease(view.fade_progress())]
    while view.is_transitioning():
        clock.now += view._fade_timer.interval() / 1000  # the moment the frame is due
        view._fade_timer.stop()
        view._fade_frame()
        mixes.append(_ease(view.fade_progress()))
        assert len(mixes) <= FADE_STEPS + 2
    steps = [b - a for a, b in itertools.pairwise(mixes)]
    assert len(steps) == FADE_STEPS
    assert all(abs(step - 1 / FADE_STEPS) < 0.01 for step in steps), steps


def test_a_cross_fade_repaints_only_where_the_pictures_differ(qtbot, view):
    view.set_exercise("pelvic-clock", "Pelvic clock")  # only the pelvis and legs move
    view.repaint()
    picture = view._picture_rect().toAlignedRect()
    painted = PaintSpy(view).rects
    view.show_keyframe(1)
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    assert painted
    for rect in painted:
        assert picture.contains(rect)
        assert rect.width() * rect.height() < 0.6 * picture.width() * picture.height()


def test_the_screen_after_partial_repaints_is_the_picture_drawn_whole(qtbot, timed_view):
    view, clock = timed_view
    view.set_exercise("pelvic-clock", "Pelvic clock")
    qtbot.waitUntil(lambda: view.grab().toImage() == on_screen(view), timeout=3000)
    for beat, cut_short in ((1, False), (2, True), (3, False), (0, False)):
        view.show_keyframe(beat)
        clock.now += FADE_MS / 2000
        qtbot.wait(60)  # a frame at the half-way mix
        if cut_short:
            continue  # the next keyframe comes mid-fade
        clock.now += 1.0
        qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
        qtbot.wait(60)
        assert on_screen(view) == view.grab().toImage()
    view.set_mirrored(True)
    view.show_keyframe(1)
    clock.now += 1.0
    qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    qtbot.wait(60)
    assert on_screen(view) == view.grab().toImage()


def test_a_hidden_view_runs_no_fade(qtbot, view):
    view.set_exercise("cat-pose", "Cat pose")
    view.hide()
    view.show_keyframe(1)
    assert not view.is_transitioning()
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


def _painted_rect(image: QImage, background: QColor) -> QRectF:
    """The bounding box of the pixels that differ from the background."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, stride = image.width(), image.bytesPerLine()
    data = bytes(image.constBits())[: image.sizeInBytes()]
    blank = image.copy(0, 0, width, 1)
    blank.fill(background)
    blank_row = bytes(blank.constBits())[: width * 4]
    back = array("I", blank_row)[0]
    left, right, rows = width, -1, []
    for y in range(image.height()):
        row = data[y * stride : y * stride + width * 4]
        if row == blank_row:
            continue
        rows.append(y)
        pixels = array("I", row)
        start = next(x for x in range(width) if pixels[x] != back)
        end = next(x for x in range(width - 1, -1, -1) if pixels[x] != back)
        left, right = min(left, start), max(right, end)
    return QRectF(left, rows[0], right - left, rows[-1] - rows[0])


def test_pictures_fill_the_panel(qtbot, view):
    view.resize(600, 330)
    window = view.palette().color(view.backgroundRole())
    for exercise_id in EXERCISE_IDS:
        view.set_exercise(exercise_id, "")
        painted = _painted_rect(view.grab().toImage(), window)
        for index in range(1, view.keyframe_count()):
            view.show_keyframe(index)
            qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
            painted = painted.united(_painted_rect(view.grab().toImage(), window))
        # as large as the panel allows, in one direction or the other
        assert painted.width() >= 0.85 * 600 or painted.height() >= 0.85 * 330, exercise_id


@pytest.mark.parametrize("size", [(600, 330), (300, 300), (900, 400)])
def test_pictures_stand_on_the_panels_bottom(view, size):
    view.resize(*size)
    window = view.palette().color(view.backgroundRole())
    bottoms = set()
    for exercise_id in EXERCISE_IDS:
        view.set_exercise(exercise_id, "")
        bottoms.add(_painted_rect(view.grab().toImage(), window).bottom())
    # every exercise's mat at the same height: no picture sits lower than the others
    assert max(bottoms) - min(bottoms) <= 4


@pytest.mark.parametrize("size", [(600, 330), (300, 300), (900, 400), (1400, 500)])
def test_the_placeholder_is_no_bigger_than_a_picture(qtbot, view, size):
    view.resize(*size)
    window = view.palette().color(view.backgroundRole())

    def painted_area(exercise_id: str | None) -> float:
        view.set_exercise(exercise_id, "")
        rect = _painted_rect(view.grab().toImage(), window)
        return rect.width() * rect.height()

    smallest_picture = min(painted_area(e) for e in EXERCISE_IDS)
    assert painted_area("custom-step-without-pictures") <= smallest_picture


# -- the psoas band -------------------------------------------------------------------------


def _band(path: Path) -> tuple[float, float]:
    """The length and width of the psoas band drawn over a keyframe, in picture units."""
    root = ET.parse(psoas_overlay_path(path)).getroot()
    (group,) = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("id") == "psoas"]
    lines = list(group.iter("{http://www.w3.org/2000/svg}polyline"))
    band = lines[-1]  # drawn last, over its pale rim
    points = [tuple(map(float, p.split(","))) for p in band.get("points").split()]
    length = sum(math.dist(a, b) for a, b in itertools.pairwise(points))
    return length, float(band.get("stroke-width"))


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_keyframe_has_the_psoas_drawn_over_it(qapp, path):
    overlay = psoas_overlay_path(path)
    renderer = QSvgRenderer(str(overlay))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QSvgRenderer(str(path)).viewBoxF()  # it lies on the figure
    assert renderer.elementExists("psoas")
    assert not renderer.elementExists("figure")  # the band alone
    # on the body: the band's middle is over the figure's painted pixels
    image = _render(path, 400, 300)
    band = renderer.boundsOnElement("psoas")
    box = renderer.viewBoxF()
    x = round((band.center().x() - box.x()) / box.width() * 400)
    y = round((band.center().y() - box.y()) / box.height() * 300)
    assert QColor.fromRgba(image.pixel(x, y)).alpha() == 255


@pytest.mark.parametrize(
    ("exercise_id", "longer"),
    [
        ("kneeling-hip-flexor", 1),  # hips forward: the front of the back hip stretched
        ("bridge", 1),  # hips lifted: the hip opens
        ("rolled-towel", 1),  # lying over the roll after sitting
        ("backward-situp", 1),  # the body in one line after folding over the ball
        ("towel-rock", 1),  # rocking back after forward
        ("knee-to-chest", 0),  # the knee drawn in: the psoas at its shortest
    ],
)
def test_the_band_lengthens_where_the_pose_stretches_it(exercise_id, longer):
    first, second = (_band(p) for p in keyframe_paths(exercise_id))
    stretched, slack = (second, first) if longer else (first, second)
    assert stretched[0] > slack[0]
    assert stretched[1] < slack[1]  # and thinner, as a lengthened muscle is


def test_the_knee_to_chest_band_is_visibly_shorter():
    lying, hugged = (_band(p)[0] for p in keyframe_paths("knee-to-chest"))
    assert hugged < 0.75 * lying


def test_the_view_shows_and_hides_the_psoas(qtbot, view):
    view.set_exercise("kneeling-hip-flexor", "Kneeling hip flexor stretch")
    assert not view.shows_psoas()
    without = view.grab().toImage()
    view.set_show_psoas(True)
    assert view.shows_psoas()
    with_band = view.grab().toImage()
    reds = 0
    for y in range(0, with_band.height(), 3):
        for x in range(0, with_band.width(), 3):
            c = QColor(with_band.pixel(x, y))
            if c.red() > c.green() + 60 and c.red() > c.blue() + 30:
                reds += 1
                assert QColor(without.pixel(x, y)) != c
    assert reds > 20
    view.set_show_psoas(False)
    assert view.grab().toImage() == without


def test_the_psoas_goes_with_the_fade_at_no_extra_cost(qtbot, timed_view, renders):
    view, clock = timed_view
    view.set_show_psoas(True)
    view.set_exercise("bridge", "Bridge")
    for beat in range(1, 7):
        view.show_keyframe(beat)
        clock.now += 1.0
        qtbot.waitUntil(lambda: not view.is_transitioning(), timeout=3000)
    assert len(renders) == 4  # two keyframes, each with its band, once


def test_the_contact_sheet_shows_the_band(tmp_path):
    script = ROOT / "tools" / "contact_sheet.py"

    def sheet(*extra: str) -> QImage:
        out = tmp_path / f"sheet{len(extra)}.png"
        command = [sys.executable, str(script), "-o", str(out), "--only", "bridge", *extra]
        subprocess.run(command, check=True, capture_output=True, timeout=120)
        return QImage(str(out))

    with_band, without = sheet(), sheet("--no-psoas")
    assert with_band.size() == without.size()
    assert with_band != without
