"""Drawing primitives in model coordinates, and the palette every picture shares."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .geometry import Point, along, heading

PALETTE: dict[str, str] = {
    "body": "#3b8fa6",
    "body_line": "#1d4c5b",
    "far": "#8ac2cf",
    "far_line": "#47808f",
    "eye": "#1d4c5b",
    "mat": "#bea78c",
    "mat_line": "#7f6b55",
    "towel": "#e2a552",
    "towel_line": "#8c5a1f",
    "ball": "#d9845b",
    "ball_line": "#80432a",
    "ball_shine": "#f2c3a3",
    "cue": "#e4683c",
    "cue_line": "#8e3a1c",
    "clock_face": "#f7f1e6",
}


@dataclass(frozen=True)
class Style:
    fill: str = "none"
    stroke: str = "none"
    width: float = 0.0
    opacity: float = 1.0


@dataclass(frozen=True)
class Shape:
    kind: str  # "poly" (open polyline), "polygon" (closed) or "circle"
    points: tuple[Point, ...]
    style: Style
    radius: float = 0.0


def line(points: Iterable[Point], style: Style) -> Shape:
    return Shape("poly", tuple(points), style)


def polygon(points: Iterable[Point], style: Style) -> Shape:
    return Shape("polygon", tuple(points), style)


def circle(center: Point, radius: float, style: Style) -> Shape:
    return Shape("circle", (center,), style, radius)


def stroke(color: str, width: float, opacity: float = 1.0) -> Style:
    return Style(stroke=color, width=width, opacity=opacity)


def arrow(points: list[Point], color: str, width: float, opacity: float = 1.0) -> list[Shape]:
    """A stroked path ending in a filled arrowhead."""
    tip = points[-1]
    direction = heading(points[-2], tip)
    head_len = width * 2.4
    base = along(tip, direction, -head_len)
    shaft = [*points[:-1], along(tip, direction, -head_len * 0.6)]
    head = [
        along(tip, direction, width * 0.4),
        along(base, direction + 90.0, width * 1.45),
        along(base, direction - 90.0, width * 1.45),
    ]
    return [
        line(shaft, stroke(color, width, opacity)),
        polygon(head, Style(fill=color, stroke=color, width=width * 0.5, opacity=opacity)),
    ]


def bounds(shapes: Iterable[Shape]) -> tuple[float, float, float, float]:
    """The smallest box (x0, y0, x1, y1) holding every shape with its stroke."""
    xs: list[float] = []
    ys: list[float] = []
    for s in shapes:
        pad = s.radius + s.style.width / 2
        for x, y in s.points:
            xs += [x - pad, x + pad]
            ys += [y - pad, y + pad]
    return min(xs), min(ys), max(xs), max(ys)
