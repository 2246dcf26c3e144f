"""Shapes in model coordinates written out as an SVG document on a mat.

Every picture uses the same scale (model units to SVG units); each exercise's pictures are
cropped to the extent of all its keyframes together, with the same margins, so a lying figure
makes a long, low picture and a standing one a tall, narrow one, and the figure never slides
between the keyframes of one exercise. The mat runs along the bottom of every picture.

Numbers are written with a fixed precision, in a fixed order, so the same shapes always give
byte-identical files.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .geometry import Point
from .shapes import PALETTE, Shape, Style, bounds

SCALE = 1.0  # model units to SVG units
SIDE_MARGIN = 10.0  # model units between the figure and the picture's left and right edges
TOP_MARGIN = 8.0
MAT_THICK = 9.0
MAT_INSET = 3.0  # the mat's ends, in from the picture's edges
BOTTOM_MARGIN = 1.5  # below the mat


@dataclass(frozen=True)
class Frame:
    """The part of the model's plane a picture shows: x0..x1 across, and up to `top` (the
    mat's surface is y = 0)."""

    x0: float
    x1: float
    top: float

    @property
    def width(self) -> int:
        return math.ceil((self.x1 - self.x0) * SCALE)

    @property
    def height(self) -> int:
        return math.ceil((self.top + MAT_THICK + BOTTOM_MARGIN) * SCALE)

    @property
    def ground(self) -> float:
        """SVG y of the mat's top surface."""
        return self.top * SCALE


def frame_around(scenes: Iterable[list[Shape]]) -> Frame:
    """The frame holding every shape of every scene, with the margins."""
    boxes = [bounds(shapes) for shapes in scenes]
    x0 = min(b[0] for b in boxes) - SIDE_MARGIN
    x1 = max(b[2] for b in boxes) + SIDE_MARGIN
    top = max(b[3] for b in boxes) + TOP_MARGIN
    # grow to whole SVG units on both sides alike, so the figure stays centred
    extra = (math.ceil((x1 - x0) * SCALE) / SCALE - (x1 - x0)) / 2
    return Frame(x0 - extra, x1 + extra, math.ceil(top * SCALE) / SCALE)


def fmt(v: float) -> str:
    text = f"{v:.1f}"
    return "0" if text in ("0.0", "-0.0") else text.removesuffix(".0")


def svg_xy(p: Point, frame: Frame) -> Point:
    """Model coordinates (y up from the mat) to SVG coordinates (y down)."""
    return ((p[0] - frame.x0) * SCALE, frame.ground - p[1] * SCALE)


def style_attrs(style: Style) -> str:
    parts = [f'fill="{style.fill}"']
    if style.stroke != "none":
        parts.append(f'stroke="{style.stroke}" stroke-width="{fmt(style.width * SCALE)}"')
    if style.opacity < 1.0:
        parts.append(f'opacity="{style.opacity:.2f}"')
    return " ".join(parts)


def shape_svg(shape: Shape, frame: Frame) -> str:
    attrs = style_attrs(shape.style)
    if shape.kind == "circle":
        x, y = svg_xy(shape.points[0], frame)
        r = fmt(shape.radius * SCALE)
        return f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{r}" {attrs}/>'
    pts = " ".join(",".join(map(fmt, svg_xy(p, frame))) for p in shape.points)
    tag = "polygon" if shape.kind == "polygon" else "polyline"
    return f'<{tag} points="{pts}" {attrs}/>'


def mat_svg(frame: Frame) -> str:
    inset = MAT_INSET * SCALE
    return (
        f'<rect x="{fmt(inset)}" y="{fmt(frame.ground)}" width="{fmt(frame.width - 2 * inset)}" '
        f'height="{fmt(MAT_THICK * SCALE)}" rx="{fmt(MAT_THICK * SCALE / 2)}" '
        f'fill="{PALETTE["mat"]}" stroke="{PALETTE["mat_line"]}" stroke-width="1.5"/>'
    )


def svg_open(frame: Frame) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        f'viewBox="0 0 {frame.width} {frame.height}" '
        f'width="{frame.width}" height="{frame.height}">\n'
    )


def group(group_id: str, shapes: list[Shape], frame: Frame) -> str:
    """Shapes in a group with round caps and joins, as every limb is drawn."""
    body = "".join(f"    {shape_svg(s, frame)}\n" for s in shapes)
    return f'  <g id="{group_id}" stroke-linecap="round" stroke-linejoin="round">\n{body}  </g>\n'


def render_svg(shapes: list[Shape], frame: Frame) -> str:
    """A keyframe's picture: the mat, then the figure and its props."""
    mat = f'  <g id="mat">{mat_svg(frame)}</g>\n'
    return svg_open(frame) + mat + group("figure", shapes, frame) + "</svg>\n"


def render_overlay(group_id: str, shapes: list[Shape], frame: Frame) -> str:
    """Shapes to draw over a keyframe's picture (same frame), as a picture of their own."""
    return svg_open(frame) + group(group_id, shapes, frame) + "</svg>\n"
