"""Shapes in model coordinates written out as an SVG document on a mat.

Numbers are written with a fixed precision, in a fixed order, so the same shapes always give
byte-identical files.
"""

from __future__ import annotations

from .geometry import Point
from .shapes import PALETTE, Shape, Style

VIEW_W = 400
VIEW_H = 300
GROUND_Y = 276.0  # SVG y of the mat's top surface
SCALE = 1.08  # model units to SVG units, about the middle of the mat
MAT_X0, MAT_X1, MAT_THICK = 22.0, 378.0, 9.0


def fmt(v: float) -> str:
    text = f"{v:.1f}"
    return "0" if text in ("0.0", "-0.0") else text.removesuffix(".0")


def svg_xy(p: Point, dx: float) -> Point:
    """Model coordinates (y up from the mat) to SVG coordinates (y down)."""
    return (VIEW_W / 2 + (p[0] + dx - VIEW_W / 2) * SCALE, GROUND_Y - p[1] * SCALE)


def style_attrs(style: Style) -> str:
    parts = [f'fill="{style.fill}"']
    if style.stroke != "none":
        parts.append(f'stroke="{style.stroke}" stroke-width="{fmt(style.width * SCALE)}"')
    if style.opacity < 1.0:
        parts.append(f'opacity="{style.opacity:.2f}"')
    return " ".join(parts)


def shape_svg(shape: Shape, dx: float) -> str:
    attrs = style_attrs(shape.style)
    if shape.kind == "circle":
        x, y = svg_xy(shape.points[0], dx)
        r = fmt(shape.radius * SCALE)
        return f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{r}" {attrs}/>'
    pts = " ".join(",".join(map(fmt, svg_xy(p, dx))) for p in shape.points)
    tag = "polygon" if shape.kind == "polygon" else "polyline"
    return f'<{tag} points="{pts}" {attrs}/>'


def mat_svg() -> str:
    return (
        f'<rect x="{fmt(MAT_X0)}" y="{fmt(GROUND_Y)}" width="{fmt(MAT_X1 - MAT_X0)}" '
        f'height="{fmt(MAT_THICK)}" rx="{fmt(MAT_THICK / 2)}" fill="{PALETTE["mat"]}" '
        f'stroke="{PALETTE["mat_line"]}" stroke-width="1.5"/>'
    )


def render_svg(shapes: list[Shape], dx: float) -> str:
    body = "\n".join(f"    {shape_svg(s, dx)}" for s in shapes)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {VIEW_W} {VIEW_H}" '
        f'width="{VIEW_W}" height="{VIEW_H}">\n'
        f'  <g id="mat">{mat_svg()}</g>\n'
        '  <g id="figure" stroke-linecap="round" stroke-linejoin="round">\n'
        f"{body}\n"
        "  </g>\n"
        "</svg>\n"
    )
