"""Generate the anatomical drawings for the 'About the psoas' page, in the pictures' style.

Two drawings of the low back, pelvis and the tops of the thigh bones, with the illustrations'
palette and line weights (cream bones with the figure's dark outline, muscles in strong
colours):

    assets/anatomy/psoas-front.svg               from the front: the psoas on each side, from
                                                 the front of the lumbar vertebrae, through the
                                                 pelvis, to the top inside of the thigh bone
    assets/anatomy/quadratus-lumborum-back.svg   from behind: the quadratus lumborum on each
                                                 side, between the lowest ribs, the spine and
                                                 the top of the pelvis

The labels are SVG text elements, each with an id (label-...), so a translation can replace
their words without touching the drawing; labels.json lists the ids with their English text.

    python tools/make_anatomy.py           regenerate assets/anatomy/
    python tools/make_anatomy.py --check   exit 1 if a file is missing or differs
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from illustrations.generated import command_line
from illustrations.psoas import COLOUR as PSOAS
from illustrations.shapes import PALETTE
from illustrations.svg import fmt

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "assets" / "anatomy"

W, H = 660.0, 440.0
MID = W / 2
BONE = PALETTE["clock_face"]
BONE_SHADE = "#e6dccb"  # a hole or a far surface in the bone
LINE = PALETTE["body_line"]
QL = "#e8842c"  # the back muscle: the cue's orange, a shade brighter
OUTLINE = 2.5
TEXT = "#1f2a30"
FONT = 'font-family="DejaVu Sans, Verdana, sans-serif" font-size="14"'

Point = tuple[float, float]


# --- small path helpers -------------------------------------------------------------------


def mirror(points: Iterable[Point]) -> list[Point]:
    return [(2 * MID - x, y) for x, y in points]


def smooth(points: list[Point], closed: bool = True) -> str:
    """A path through the points with rounded corners (each corner a quadratic curve through
    the midpoints of its sides)."""
    n = len(points)
    mids = [
        ((points[i][0] + points[(i + 1) % n][0]) / 2, (points[i][1] + points[(i + 1) % n][1]) / 2)
        for i in range(n)
    ]
    if not closed:
        parts = [f"M {fmt(points[0][0])} {fmt(points[0][1])}"]
        for i in range(1, n - 1):
            parts.append(
                f"Q {fmt(points[i][0])} {fmt(points[i][1])} {fmt(mids[i][0])} {fmt(mids[i][1])}"
            )
        parts.append(f"L {fmt(points[-1][0])} {fmt(points[-1][1])}")
        return " ".join(parts)
    parts = [f"M {fmt(mids[-1][0])} {fmt(mids[-1][1])}"]
    for i in range(n):
        parts.append(
            f"Q {fmt(points[i][0])} {fmt(points[i][1])} {fmt(mids[i][0])} {fmt(mids[i][1])}"
        )
    return " ".join(parts) + " Z"


def path(d: str, fill: str, stroke: str = LINE, width: float = OUTLINE, extra: str = "") -> str:
    return (
        f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{fmt(width)}" '
        f'stroke-linejoin="round"{extra}/>'
    )


def rounded_rect(cx: float, cy: float, w: float, h: float, r: float, fill: str) -> str:
    return (
        f'<rect x="{fmt(cx - w / 2)}" y="{fmt(cy - h / 2)}" width="{fmt(w)}" height="{fmt(h)}" '
        f'rx="{fmt(r)}" fill="{fill}" stroke="{LINE}" stroke-width="{fmt(OUTLINE)}"/>'
    )


def ellipse(cx: float, cy: float, rx: float, ry: float, fill: str, width: float = OUTLINE) -> str:
    return (
        f'<ellipse cx="{fmt(cx)}" cy="{fmt(cy)}" rx="{fmt(rx)}" ry="{fmt(ry)}" fill="{fill}" '
        f'stroke="{LINE}" stroke-width="{fmt(width)}"/>'
    )


def fibres(lines: list[tuple[Point, Point]], colour: str) -> str:
    """Thin strokes along a muscle, the way its fibres run."""
    return "".join(
        f'<line x1="{fmt(a[0])}" y1="{fmt(a[1])}" x2="{fmt(b[0])}" y2="{fmt(b[1])}" '
        f'stroke="{colour}" stroke-width="1.2" stroke-linecap="round" opacity="0.55"/>'
        for a, b in lines
    )


@dataclass(frozen=True)
class Label:
    id: str
    text: str
    at: Point  # where the words meet their line: their end on the left, their start on the right
    to: Point  # what it points at
    anchor: str  # "end" for a label left of the drawing, "start" for one on the right


LEFT, RIGHT = MID - 172.0, MID + 172.0  # where the labels' text meets its leader line


def label_svg(label: Label) -> str:
    """The label's words beside the drawing, and a line from them to what they name."""
    x, y = label.at
    start = x + 6.0 if label.anchor == "end" else x - 6.0
    return (
        f'<line x1="{fmt(start)}" y1="{fmt(y - 5)}" x2="{fmt(label.to[0])}" '
        f'y2="{fmt(label.to[1])}" stroke="{TEXT}" stroke-width="1.3"/>'
        f'<circle cx="{fmt(label.to[0])}" cy="{fmt(label.to[1])}" r="2.6" fill="{TEXT}"/>'
        f'<text id="{label.id}" x="{fmt(x)}" y="{fmt(y)}" text-anchor="{label.anchor}" '
        f'fill="{TEXT}" {FONT}>{label.text}</text>'
    )


def document(title: str, groups: list[tuple[str, list[str]]], labels: list[Label]) -> str:
    body = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {fmt(W)} {fmt(H)}" '
        f'width="{fmt(W)}" height="{fmt(H)}">\n',
        f"  <title>{title}</title>\n",
    ]
    for group_id, parts in groups:
        body.append(f'  <g id="{group_id}">\n' + "".join(f"    {p}\n" for p in parts) + "  </g>\n")
    body.append(
        '  <g id="labels">\n' + "".join(f"    {label_svg(lb)}\n" for lb in labels) + "  </g>\n"
    )
    body.append("</svg>\n")
    return "".join(body)


# --- shared bones ---------------------------------------------------------------------------

# The lumbar vertebrae, top (L1) to bottom (L5): centre height, body width.
VERTEBRAE = [(60.0 + 31.0 * i, 40.0 + 3.0 * i) for i in range(5)]
BODY_H = 23.0
SACRUM_TOP = VERTEBRAE[-1][0] + BODY_H / 2 + 6.0
HIP = (MID + 92.0, 312.0)  # the right hip joint's centre (the viewer's right)
HEAD_R = 17.0


def ilium(back: bool) -> list[Point]:
    """The right half of the pelvis: the wing of the hip bone from the sacrum round the crest
    and down to the hip socket and the pubic bone."""
    crest_top = 178.0 if not back else 184.0
    return [
        (MID + 38.0, SACRUM_TOP + 14.0),  # beside the sacrum
        (MID + 70.0, crest_top + 6.0),
        (MID + 128.0, crest_top - 4.0),  # the crest
        (MID + 158.0, crest_top + 22.0),
        (MID + 140.0, 262.0),
        (MID + 122.0, 290.0),
        (HIP[0] + 14.0, HIP[1] + 20.0),  # round the socket
        (MID + 70.0, 346.0),  # the pubic bone, down and in
        (MID + 4.0, 350.0),  # to the joint at the front
        (MID + 5.0, 326.0),
        (MID + 58.0, 300.0),  # the rim of the pelvic opening
        (MID + 52.0, 262.0),
    ]


def sacrum() -> list[Point]:
    top = SACRUM_TOP
    return [
        (MID - 44.0, top),
        (MID + 44.0, top),
        (MID + 38.0, top + 40.0),
        (MID + 16.0, top + 88.0),
        (MID, top + 100.0),
        (MID - 16.0, top + 88.0),
        (MID - 38.0, top + 40.0),
    ]


def femur() -> list[Point]:
    """The right thigh bone's top: the head in the socket, the neck, the greater trochanter on
    the outside and the lesser one on the inside, the shaft running off the bottom."""
    hx, hy = HIP
    return [
        (hx + 8.0, hy - 13.0),  # the neck's top, from the head
        (hx + 44.0, hy - 8.0),  # the greater trochanter, on the outside
        (hx + 55.0, hy + 8.0),
        (hx + 50.0, hy + 34.0),
        (hx + 40.0, hy + 84.0),  # the shaft, out of the picture
        (hx + 36.0, H + 10.0),
        (hx + 12.0, H + 10.0),
        (hx + 14.0, hy + 84.0),
        (hx + 13.0, hy + 54.0),
        (hx + 2.0, hy + 47.0),  # the lesser trochanter, on the inside
        (hx + 8.0, hy + 36.0),
        (hx + 12.0, hy + 20.0),  # the neck's underside, back to the head
        (hx + 2.0, hy + 12.0),
    ]


LESSER_TROCHANTER = (HIP[0] + 5.0, HIP[1] + 44.0)


def bones_common(back: bool) -> list[str]:
    parts = []
    for shape in (femur(), ilium(back)):
        parts.append(path(smooth(shape), BONE))
        parts.append(path(smooth(mirror(shape)), BONE))
    for side in (1, -1):
        if not back:  # from behind, the rim of the socket hides the head of the thigh bone
            x = MID + side * (HIP[0] - MID)
            parts.append(ellipse(x, HIP[1], HEAD_R, HEAD_R, BONE))
        # the opening in the hip bone below the socket
        parts.append(ellipse(MID + side * 52.0, 330.0, 15.0, 9.0, BONE_SHADE, 1.6))
    parts.append(path(smooth(sacrum()), BONE))
    return parts


# --- the front view -------------------------------------------------------------------------


def vertebrae_front() -> list[str]:
    parts = []
    for cy, w in VERTEBRAE:
        # the side wings (transverse processes) behind the body, then the body
        parts.append(rounded_rect(MID, cy - 2.0, w + 44.0, 8.0, 4.0, BONE_SHADE))
        parts.append(rounded_rect(MID, cy, w, BODY_H, 7.0, BONE))
    for (cy, w), (cy2, _) in itertools.pairwise(VERTEBRAE):
        disc = (cy + cy2) / 2
        parts.append(rounded_rect(MID, disc, w - 6.0, 6.0, 3.0, "#fbf8f2"))
    return parts


def psoas_right() -> list[Point]:
    """One psoas: a thick muscle along the side of the lumbar vertebrae, from the first to the
    last, narrowing down through the pelvis into a tendon that passes over the front of the
    hip joint to the lesser trochanter."""
    top = VERTEBRAE[0][0] - BODY_H / 2 - 4.0
    tx, ty = LESSER_TROCHANTER
    return [
        (MID + 20.0, top),
        (MID + 34.0, top + 8.0),
        (MID + 54.0, 120.0),
        (MID + 74.0, 190.0),  # its widest, beside the last vertebrae
        (MID + 86.0, 250.0),
        (HIP[0] + 4.0, HIP[1] - 16.0),  # over the front of the hip joint
        (tx + 7.0, ty - 4.0),
        (tx + 3.0, ty + 5.0),
        (tx - 7.0, ty - 2.0),
        (HIP[0] - 12.0, HIP[1] - 20.0),
        (MID + 50.0, 246.0),
        (MID + 26.0, 190.0),
        (MID + 22.0, 120.0),
        (MID + 19.0, top + 20.0),
    ]


def front_svg() -> tuple[str, list[Label]]:
    psoas = []
    for shape in (psoas_right(), mirror(psoas_right())):
        psoas.append(path(smooth(shape), PSOAS, "#7d1526", 2.0, ' fill-opacity="0.88"'))
    tx, ty = LESSER_TROCHANTER
    psoas.append(
        fibres(
            [
                ((MID + 24.0, 60.0), (tx - 2.0, ty - 2.0)),
                ((MID + 30.0, 110.0), (tx + 2.0, ty)),
                ((2 * MID - (MID + 24.0), 60.0), (2 * MID - tx + 2.0, ty - 2.0)),
                ((2 * MID - (MID + 30.0), 110.0), (2 * MID - tx - 2.0, ty)),
            ],
            "#fff4f0",
        )
    )
    labels = [
        Label("label-lumbar-spine", "Lumbar vertebrae", (LEFT, 96.0), (MID - 24.0, 91.0), "end"),
        Label("label-psoas", "Psoas", (RIGHT, 150.0), (MID + 52.0, 160.0), "start"),
        Label("label-pelvis", "Pelvis", (LEFT, 214.0), (MID - 128.0, 206.0), "end"),
        Label("label-hip-joint", "Hip joint", (RIGHT, 300.0), (HIP[0] + 14.0, HIP[1]), "start"),
        Label("label-thigh-bone", "Thigh bone", (RIGHT, 404.0), (HIP[0] + 26.0, 396.0), "start"),
    ]
    groups = [
        ("bones", bones_common(back=False) + vertebrae_front()),
        ("psoas", psoas),
    ]
    return document("The psoas, seen from the front", groups, labels), labels


# --- the back view --------------------------------------------------------------------------


def vertebrae_back() -> list[str]:
    parts = []
    # the twelfth thoracic vertebra, whose ribs are the lowest
    cy0 = VERTEBRAE[0][0] - 31.0
    for cy, w in [(cy0, 38.0), *VERTEBRAE]:
        parts.append(rounded_rect(MID, cy, w + 46.0, 8.0, 4.0, BONE))  # the side wings
        parts.append(rounded_rect(MID, cy, w - 8.0, BODY_H - 4.0, 6.0, BONE))  # the arch
        parts.append(rounded_rect(MID, cy + 6.0, 12.0, 20.0, 5.0, BONE))  # the spine's knob
    return parts


def rib_right() -> list[Point]:
    cy0 = VERTEBRAE[0][0] - 31.0
    return [
        (MID + 24.0, cy0 - 4.0),
        (MID + 70.0, cy0 + 6.0),
        (MID + 118.0, cy0 + 34.0),
        (MID + 128.0, cy0 + 44.0),
        (MID + 120.0, cy0 + 46.0),
        (MID + 66.0, cy0 + 18.0),
        (MID + 24.0, cy0 + 8.0),
    ]


def quadratus_right() -> list[Point]:
    """The quadratus lumborum: from the lowest rib down to the top of the pelvis, its inner
    edge on the side wings of the lumbar vertebrae."""
    cy0 = VERTEBRAE[0][0] - 31.0
    return [
        (MID + 30.0, cy0 + 12.0),
        (MID + 92.0, cy0 + 30.0),  # along the rib
        (MID + 112.0, 150.0),
        (MID + 126.0, 186.0),  # the crest of the pelvis
        (MID + 66.0, 196.0),
        (MID + 44.0, 176.0),
        (MID + 36.0, 110.0),  # along the vertebrae's side wings
    ]


def back_svg() -> tuple[str, list[Label]]:
    bones = [path(smooth(s, closed=True), BONE) for s in (rib_right(), mirror(rib_right()))]
    bones += bones_common(back=True) + vertebrae_back()
    muscle = []
    for shape in (quadratus_right(), mirror(quadratus_right())):
        muscle.append(path(smooth(shape), QL, "#8a4210", 2.0, ' fill-opacity="0.88"'))
    lines = []
    for side in (1, -1):
        for k in range(4):
            top = (MID + side * (40.0 + 16.0 * k), 50.0 + 8.0 * k)
            bottom = (MID + side * (52.0 + 18.0 * k), 184.0 + 2.0 * k)
            lines.append((top, bottom))
    muscle.append(fibres(lines, "#fff4f0"))
    cy0 = VERTEBRAE[0][0] - 31.0
    labels = [
        Label("label-ribs", "Lowest ribs", (LEFT, 64.0), (MID - 112.0, cy0 + 32.0), "end"),
        Label("label-spine", "Spine", (RIGHT, 40.0), (MID + 6.0, cy0 + 4.0), "start"),
        Label(
            "label-quadratus", "Quadratus lumborum", (RIGHT, 130.0), (MID + 96.0, 124.0), "start"
        ),
        Label("label-pelvis-back", "Pelvis", (LEFT, 236.0), (MID - 128.0, 226.0), "end"),
        Label(
            "label-thigh-bone-back", "Thigh bone", (RIGHT, 404.0), (HIP[0] + 26.0, 396.0), "start"
        ),
    ]
    groups = [("bones", bones), ("quadratus-lumborum", muscle)]
    return document("The quadratus lumborum, seen from behind", groups, labels), labels


# --- files ----------------------------------------------------------------------------------


def build_all() -> dict[Path, str]:
    front, front_labels = front_svg()
    back, back_labels = back_svg()
    labels = {
        "psoas-front.svg": {lb.id: lb.text for lb in front_labels},
        "quadratus-lumborum-back.svg": {lb.id: lb.text for lb in back_labels},
    }
    return {
        Path("psoas-front.svg"): front,
        Path("quadratus-lumborum-back.svg"): back,
        Path("labels.json"): json.dumps({"version": 1, "labels": labels}, indent=2) + "\n",
    }


def main(argv: list[str] | None = None) -> int:
    return command_line(argv, __doc__.splitlines()[0], build_all, OUT_DIR, "make_anatomy.py")


if __name__ == "__main__":
    raise SystemExit(main())
