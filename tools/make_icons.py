"""Generate the application icon: an SVG and PNGs at the sizes desktops ask for.

A figure in downward dog, drawn from the same pose model, palette and line weights as the
exercise pictures, standing on the mat inside a clock face with the hour marked at twelve:
the app's two halves, the stretch and the timer, in one round silhouette.

Small sizes get their own drawing of the same pose: at 16 to 32 pixels the pictures' limbs
and outlines would be a pixel wide, so the figure is drawn as a few bold strokes, the clock as
a thick ring, and the marks that would blur away are left out.

    python tools/make_icons.py           regenerate assets/icons/
    python tools/make_icons.py --check   exit 1 if a file is missing or differs

Writes assets/icons/psoas-timer.svg (the scalable icon), assets/icons/psoas-timer-small.svg
(the drawing the small PNGs are made from) and assets/icons/hicolor/<N>x<N>/apps/psoas-timer.png
for N in SIZES, the freedesktop icon theme layout.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from illustrations.figure import scene
from illustrations.generated import command_line
from illustrations.geometry import Point
from illustrations.keyframes import EXERCISES
from illustrations.model import forward_kinematics
from illustrations.shapes import PALETTE, bounds
from illustrations.svg import Frame, fmt, group

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "assets" / "icons"
NAME = "psoas-timer"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL = 32  # this size and below are made from the small drawing

BOX = 256.0  # the icon's own units
CENTER = BOX / 2
GROUND = 178.0  # the mat's top surface, in icon units from the top


def _pose():
    """The pose the icon shows: the held keyframe of downward dog."""
    keyframe = EXERCISES["downward-dog"][-1]
    return keyframe.stance.pose()


def _face(radius: float, ring: float, marker: float) -> str:
    """The clock face, the mat as the bottom of the disc, and the twelve o'clock marker."""
    c, r = fmt(CENTER), fmt(radius)
    disc = f'cx="{c}" cy="{c}" r="{r}"'
    edge = PALETTE["body_line"]
    # the mat: the part of the disc below the ground line, a chord and the arc under it
    half = math.sqrt(radius**2 - (GROUND - CENTER) ** 2)
    left, right, ground = fmt(CENTER - half), fmt(CENTER + half), fmt(GROUND)
    # twelve o'clock on the ring, moved in just enough to stay inside the square
    marker_y = max(CENTER - radius, marker + ring * 0.2 + 1.0)
    return (
        f'  <circle {disc} fill="{PALETTE["clock_face"]}"/>\n'
        f'  <path d="M {left} {ground} A {r} {r} 0 0 0 {right} {ground} Z" '
        f'fill="{PALETTE["mat"]}" stroke="{PALETTE["mat_line"]}" '
        f'stroke-width="{fmt(ring * 0.45)}"/>\n'
        f'  <circle {disc} fill="none" stroke="{edge}" stroke-width="{fmt(ring)}"/>\n'
        f'  <circle cx="{c}" cy="{fmt(marker_y)}" r="{fmt(marker)}" '
        f'fill="{PALETTE["cue"]}" stroke="{PALETTE["cue_line"]}" '
        f'stroke-width="{fmt(ring * 0.4)}"/>\n'
    )


def _open() -> str:
    size = fmt(BOX)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}">\n'
    )


def icon_svg() -> str:
    """The full drawing: the pose model's figure with its outlines and far limbs."""
    shapes = scene(_pose(), ())
    x0, _, x1, top = bounds(shapes)
    frame = Frame(x0, x1, top)
    scale = 168.0 / (x1 - x0)
    # the frame puts the mat (model y = 0) at frame.ground; move that onto GROUND
    tx = CENTER - (x1 - x0) * scale / 2
    ty = GROUND - frame.ground * scale
    figure = group("figure", shapes, frame).replace(
        '<g id="figure"',
        f'<g id="figure" transform="translate({fmt(tx)} {fmt(ty)}) scale({scale:.4f})"',
    )
    return _open() + _face(110.0, 12.0, 14.0) + figure + "</svg>\n"


def _bold_figure() -> str:
    """The same pose as a few bold strokes: arms, back, legs, a head."""
    sk = forward_kinematics(_pose())
    points: dict[str, Point] = {
        "hand": sk["near_hand"],
        "shoulder": sk.shoulder,
        "hip": sk.hip,
        "ankle": sk["near_ankle"],
        "toe": sk["near_toe"],
        "head": sk.head,
    }
    xs = [p[0] for p in points.values()]
    x0, x1 = min(xs), max(xs)
    scale = 140.0 / (x1 - x0)

    def at(name: str) -> str:
        x, y = points[name]
        return f"{fmt(CENTER + (x - (x0 + x1) / 2) * scale)},{fmt(GROUND - 14.0 - y * scale)}"

    chain = " ".join(at(n) for n in ("hand", "shoulder", "hip", "ankle", "toe"))
    hx, hy = at("head").split(",")
    width, outline = 34.0, 9.0
    return (
        '  <g id="figure" stroke-linecap="round" stroke-linejoin="round">\n'
        f'    <polyline points="{chain}" fill="none" stroke="{PALETTE["body_line"]}" '
        f'stroke-width="{fmt(width + 2 * outline)}"/>\n'
        f'    <polyline points="{chain}" fill="none" stroke="{PALETTE["body"]}" '
        f'stroke-width="{fmt(width)}"/>\n'
        f'    <circle cx="{hx}" cy="{hy}" r="{fmt(width * 0.72)}" fill="{PALETTE["body"]}" '
        f'stroke="{PALETTE["body_line"]}" stroke-width="{fmt(outline)}"/>\n'
        "  </g>\n"
    )


def small_icon_svg() -> str:
    return _open() + _face(112.0, 22.0, 18.0) + _bold_figure() + "</svg>\n"


def png_bytes(svg: str, size: int) -> bytes:
    """The SVG rendered to a square PNG of size pixels (transparent outside the disc)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build_all() -> dict[Path, bytes]:
    """Every icon file (relative to OUT_DIR) and its bytes."""
    full, small = icon_svg(), small_icon_svg()
    files = {Path(f"{NAME}.svg"): full.encode(), Path(f"{NAME}-small.svg"): small.encode()}
    for size in SIZES:
        source = small if size <= SMALL else full
        files[Path("hicolor") / f"{size}x{size}" / "apps" / f"{NAME}.png"] = png_bytes(source, size)
    return files


def _pixels_close(a: bytes, b: bytes) -> bool:
    """Two PNGs showing the same picture: same size, every channel within a few levels (another
    Qt version may antialias an edge a little differently)."""
    from PySide6.QtGui import QImage

    first, second = QImage.fromData(a), QImage.fromData(b)
    if first.size() != second.size():
        return False
    first = first.convertToFormat(QImage.Format.Format_ARGB32)
    second = second.convertToFormat(QImage.Format.Format_ARGB32)
    one = bytes(first.constBits())[: first.sizeInBytes()]
    two = bytes(second.constBits())[: second.sizeInBytes()]
    return max(abs(x - y) for x, y in zip(one, two, strict=True)) <= 24


def _same_picture(rel: Path, committed: bytes, generated: bytes) -> bool:
    return _pixels_close(committed, generated) if rel.suffix == ".png" else committed == generated


def main(argv: list[str] | None = None) -> int:
    return command_line(
        argv, __doc__.splitlines()[0], build_all, OUT_DIR, "make_icons.py", same=_same_picture
    )


if __name__ == "__main__":
    raise SystemExit(main())
