"""The psoas on the figure: a translucent band from the lumbar spine to the inner thigh.

The muscle starts on the front of the lumbar vertebrae, runs down through the pelvis, passes in
front of the hip joint and ends on the top inside of the thigh bone. The band follows that path
on the near side of the body, computed from the same skeleton as the figure: when the hip
opens (the thigh behind the body's line) the path wraps round the front of the hip and grows
longer; when the knee comes toward the chest its ends come together and it grows shorter. Its
width follows the length the other way (a muscle keeps its volume; the change is drawn a little
stronger than life so it shows), so a shortened psoas looks thick and a stretched one thin.

Points are worked out in the body's own frame (x forward, y up, z toward the near side) and
projected at the end, so the band also sits right on a figure turned toward the viewer.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from .geometry import Point, quad_bezier
from .model import (
    SKELETON,
    Abs,
    Point3,
    Skeleton,
    forward_kinematics,
    pose,
)
from .shapes import Shape, line, stroke

COLOUR = "#e8334f"
OPACITY = 0.72
RIM = "#fff4f0"  # a pale rim under the band lifts it off the figure's blue
RIM_OPACITY = 0.5
REST_WIDTH = 9.0  # model units, at the length the muscle has standing upright

# Where along the back (0 = hip joint, 1 = shoulder joint) the lumbar spine runs, top to bottom.
LUMBAR = (0.46, 0.17)
# The front of the vertebral bodies, in model units toward the belly from the back's mid-line
# (the line the back bends about): arching the back stretches it, rounding the back slackens it.
IN_FRONT = 2.0
WRAP = 6.5  # model units: how far in front of the hip joint the path passes as the hip opens
INSERTION = 0.2  # the top inside of the thigh bone: this share of the thigh below the hip joint


@dataclass(frozen=True)
class Band:
    path: list[Point3]  # in the body's frame, from the lumbar spine to the thigh

    @property
    def length(self) -> float:
        return sum(math.dist(a, b) for a, b in zip(self.path, self.path[1:], strict=False))


def _spine_points(sk: Skeleton, ts: list[float], toward_front: float) -> list[Point3]:
    """Points at ts times the torso's length along the curved back from the hip, moved toward
    the front by that many units, in the body's frame."""
    hip, ctrl, shoulder = (sk.body[name][:2] for name in ("hip", "spine_ctrl", "shoulder"))
    steps = 64
    curve = [quad_bezier(hip, ctrl, shoulder, i / steps) for i in range(steps + 1)]
    run = [0.0]
    for a, b in itertools.pairwise(curve):
        run.append(run[-1] + math.dist(a, b))
    points = []
    for t in ts:
        # by length along the back from the hip, as the vertebrae are (the curve's own
        # parameter bunches up where the back bends, and a bent back is drawn longer)
        at = min(t * SKELETON["torso"], run[-1])
        i = max(1, next(k for k, r in enumerate(run) if r >= at))
        (x0, y0), (x1, y1) = curve[i - 1], curve[i]
        k = (at - run[i - 1]) / max(run[i] - run[i - 1], 1e-9)
        norm = math.hypot(x1 - x0, y1 - y0)
        front = ((y1 - y0) / norm, -(x1 - x0) / norm)  # right of the hip->shoulder way
        x, y = x0 + (x1 - x0) * k, y0 + (y1 - y0) * k
        points.append((x + front[0] * toward_front, y + front[1] * toward_front, 0.0))
    return points


def band(sk: Skeleton) -> Band:
    """The near psoas of a skeleton, as a path of points in the body's frame."""
    side = SKELETON["hip_w"]
    top, bottom = LUMBAR
    ts = [top + (bottom - top) * k / 4 for k in range(5)]
    spine = [
        (x, y, side * 0.35 * k / 4)  # drifting out toward the near hip on the way down
        for k, (x, y, _) in enumerate(_spine_points(sk, ts, IN_FRONT))
    ]
    hip, knee = sk.body["near_hip"], sk.body["near_knee"]
    insertion = _towards(hip, knee, SKELETON["thigh"] * INSERTION / math.dist(hip, knee))
    # the pelvis faces the way the trunk as a whole does (hip to shoulder), not the bend of
    # the low back
    (hx, hy, _), (sx, sy, _) = sk.body["hip"], sk.body["shoulder"]
    norm = math.hypot(sx - hx, sy - hy)
    front = ((sy - hy) / norm, -(sx - hx) / norm)
    last = spine[-1]
    wrapped = _over_the_hip(last[:2], insertion[:2], (hx, hy), front)
    # across the body from the spine's side to the thigh's, evenly along the way
    z0, z1 = last[2], insertion[2]
    way = [0.0]
    for a, b in itertools.pairwise([last[:2], *wrapped]):
        way.append(way[-1] + math.dist(a, b))
    tail = [
        (x, y, z0 + (z1 - z0) * w / way[-1]) for (x, y), w in zip(wrapped, way[1:], strict=True)
    ]
    return Band([*spine, *tail])


def _over_the_hip(start: Point, end: Point, hip: Point, front: Point) -> list[Point]:
    """The way from the lowest vertebra to the thigh bone (end included, start not): straight
    while the hip is bent; once the thigh goes back, wrapped round the front of the hip joint
    (a circle of WRAP about it), so it lengthens with every degree the hip opens."""
    r = WRAP

    def ahead(p: Point) -> float:  # how far p is in front of the hip joint
        return (p[0] - hip[0]) * front[0] + (p[1] - hip[1]) * front[1]

    # the straight way clears the joint if it passes in front of it by more than r
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    t = max(0.0, min(1.0, ((hip[0] - start[0]) * dx + (hip[1] - start[1]) * dy) / length**2))
    closest = (start[0] + dx * t, start[1] + dy * t)
    if ahead(closest) >= 0 and math.dist(closest, hip) >= r:
        return [end]
    touch_start = _tangent_point(start, hip, r, front)
    touch_end = _tangent_point(end, hip, r, front)
    a0 = math.atan2(touch_start[1] - hip[1], touch_start[0] - hip[0])
    a1 = math.atan2(touch_end[1] - hip[1], touch_end[0] - hip[0])
    # round the front: of the two arcs between the touching points, the one whose middle is
    # further ahead of the joint
    short = (a1 - a0 + math.pi) % (2 * math.pi) - math.pi
    sweep = max(
        (short, short - math.copysign(2 * math.pi, short)),
        key=lambda sw: math.cos(a0 + sw / 2) * front[0] + math.sin(a0 + sw / 2) * front[1],
    )
    steps = max(2, int(abs(sweep) / 0.2))
    arc = [
        (
            hip[0] + r * math.cos(a0 + sweep * i / steps),
            hip[1] + r * math.sin(a0 + sweep * i / steps),
        )
        for i in range(steps + 1)
    ]
    return [*arc, end]


def _tangent_point(p: Point, centre: Point, r: float, front: Point) -> Point:
    """Where a line from p touches the circle, on the front side."""
    d = math.dist(p, centre)
    if d <= r:
        return p
    base = math.atan2(p[1] - centre[1], p[0] - centre[0])
    spread = math.acos(r / d)
    options = [
        (centre[0] + r * math.cos(base + s), centre[1] + r * math.sin(base + s))
        for s in (spread, -spread)
    ]
    return max(options, key=lambda q: (q[0] - centre[0]) * front[0] + (q[1] - centre[1]) * front[1])


def _towards(a: Point3, b: Point3, k: float) -> Point3:
    return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k)


def rest_length() -> float:
    """The band's length standing upright, legs straight: the width's reference."""
    down = Abs(270.0, 270.0, 270.0)
    upright = pose((0.0, 100.0), 90.0, arms=(down, down), legs=(Abs(270.0, 270.0, 0.0),) * 2)
    return band(forward_kinematics(upright)).length


def band_shapes(sk: Skeleton, rest: float) -> list[Shape]:
    """The band drawn: a translucent stroke, thicker when shorter, thinner when longer."""
    b = band(sk)
    width = REST_WIDTH * rest / b.length
    points = [sk.project(p) for p in b.path]
    return [
        line(points, stroke(RIM, width + 3.0, RIM_OPACITY)),
        line(points, stroke(COLOUR, width, OPACITY)),
    ]
