"""Generate the exercise illustrations: one SVG per keyframe, all from a single pose model.

Every figure is drawn from the same skeleton (one table of proportions), the same line
weights and the same palette. A keyframe is a root position (the hip joint) plus joint
angles; forward kinematics turns that into points, and the SVG writer draws limbs as thick
round-capped strokes on a mat.

    python tools/make_illustrations.py           regenerate assets/illustrations/
    python tools/make_illustrations.py --check   exit 1 if a file is missing or differs

The output is deterministic: numbers are written with a fixed precision, in a fixed order,
so running the script twice gives byte-identical files.

Angle conventions (degrees, counter-clockwise, world y pointing up, figure facing right):
    torso           direction hip -> shoulder (90 = upright)
    spine           bend of the back in px: positive rounds it (flexion), negative arches it
    neck            head direction relative to the torso (positive tips the head back)
    shoulder, hip   flexion from hanging along the torso (90 = pointing straight ahead)
    elbow           flexion (0 = straight arm)
    knee            flexion (0 = straight leg)
    wrist           hand angle relative to the forearm
    ankle           dorsiflexion (0 = foot at a right angle to the shin)
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "assets" / "illustrations"

VIEW_W = 400
VIEW_H = 300
GROUND_Y = 276.0  # SVG y of the mat's top surface
SCALE = 1.08  # model units to SVG units, about the middle of the mat
MAT_X0, MAT_X1, MAT_THICK = 22.0, 378.0, 9.0

Point = tuple[float, float]

# --------------------------------------------------------------------------------------
# Proportions, line weights and palette: shared by every picture.

SKELETON: dict[str, float] = {
    "head_r": 14.0,
    "neck": 16.0,  # shoulder joint to the bottom of the head
    "torso": 64.0,  # hip joint to shoulder joint
    "upper_arm": 35.0,
    "forearm": 30.0,
    "hand": 11.0,
    "thigh": 50.0,
    "shin": 48.0,
    "foot": 18.0,
}

WIDTH: dict[str, float] = {
    "neck": 11.0,
    "upper_arm": 12.0,
    "forearm": 11.0,
    "hand": 9.0,
    "thigh": 15.0,
    "shin": 12.5,
    "foot": 9.0,
}

# Torso half-widths along the spine, (position 0 = hip .. 1 = shoulder, half-width), on the
# back side and on the front (belly and chest) side.
Profile = tuple[tuple[float, float], ...]
TORSO_BACK: Profile = ((0.0, 13.0), (0.5, 11.8), (1.0, 11.5))
TORSO_FRONT: Profile = ((0.0, 12.5), (0.45, 11.5), (0.78, 13.5), (1.0, 12.0))
OUTLINE = 2.5  # visible outline around every body part

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

# --------------------------------------------------------------------------------------
# Small vector helpers.


def rad(deg: float) -> float:
    return math.radians(deg)


def unit(deg: float) -> Point:
    return (math.cos(rad(deg)), math.sin(rad(deg)))


def add(p: Point, q: Point, k: float = 1.0) -> Point:
    return (p[0] + q[0] * k, p[1] + q[1] * k)


def sub(p: Point, q: Point) -> Point:
    return (p[0] - q[0], p[1] - q[1])


def along(p: Point, deg: float, length: float) -> Point:
    return add(p, unit(deg), length)


def heading(p: Point, q: Point) -> float:
    """Direction from p to q in degrees."""
    return math.degrees(math.atan2(q[1] - p[1], q[0] - p[0]))


def dist(p: Point, q: Point) -> float:
    return math.hypot(q[0] - p[0], q[1] - p[1])


def solve(f: Callable[[float], float], lo: float, hi: float) -> float:
    """A root of f between lo and hi by bisection (f(lo) and f(hi) differ in sign)."""
    f_lo = f(lo)
    for _ in range(60):
        mid = (lo + hi) / 2.0
        f_mid = f(mid)
        if (f_mid < 0) == (f_lo < 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return (lo + hi) / 2.0


def wrap(deg: float) -> float:
    """Angle folded into (-180, 180]."""
    deg = math.fmod(deg, 360.0)
    if deg <= -180.0:
        deg += 360.0
    elif deg > 180.0:
        deg -= 360.0
    return deg


# --------------------------------------------------------------------------------------
# The pose model.


@dataclass(frozen=True)
class Limb:
    """Joint angles of one arm (shoulder, elbow, wrist) or leg (hip, knee, ankle)."""

    a: float = 0.0
    b: float = 0.0
    c: float = 0.0
    scale: float = 1.0  # < 1 when the limb points partly toward or away from the viewer


@dataclass(frozen=True)
class Pose:
    root: Point  # hip joint: x, height above the mat
    torso: float = 90.0
    spine: float = 0.0
    neck: float = 0.0
    near_arm: Limb = Limb()
    far_arm: Limb = Limb()
    near_leg: Limb = Limb()
    far_leg: Limb = Limb()


@dataclass(frozen=True)
class Skeleton:
    """World positions of the joints (y up), produced by forward_kinematics()."""

    pose: Pose
    hip: Point
    shoulder: Point
    spine_ctrl: Point  # quadratic control point of the curved back
    head: Point
    head_dir: float
    joints: dict[str, Point]  # "<side>_<joint>" for side in near/far

    def __getitem__(self, key: str) -> Point:
        return self.joints[key]


def forward_kinematics(pose: Pose) -> Skeleton:
    """Joint positions for a pose: chain each segment from its parent's direction."""
    s = SKELETON
    hip = pose.root
    shoulder = along(hip, pose.torso, s["torso"])
    mid = ((hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2)
    back = pose.torso + 90.0  # the back is on the left of the hip->shoulder direction
    spine_ctrl = along(mid, back, 2.0 * pose.spine)
    head_dir = pose.torso + pose.neck
    head = along(shoulder, head_dir, s["neck"] + s["head_r"])

    joints: dict[str, Point] = {}
    for side in ("near", "far"):
        arm: Limb = getattr(pose, f"{side}_arm")
        upper = pose.torso + 180.0 + arm.a
        fore = upper + arm.b
        hand = fore + arm.c
        elbow = along(shoulder, upper, s["upper_arm"] * arm.scale)
        wrist = along(elbow, fore, s["forearm"] * arm.scale)
        joints[f"{side}_elbow"] = elbow
        joints[f"{side}_wrist"] = wrist
        joints[f"{side}_hand"] = along(wrist, hand, s["hand"] * arm.scale)

        leg: Limb = getattr(pose, f"{side}_leg")
        thigh = pose.torso + 180.0 + leg.a
        shin = thigh - leg.b
        foot = shin + 90.0 + leg.c
        knee = along(hip, thigh, s["thigh"] * leg.scale)
        ankle = along(knee, shin, s["shin"] * leg.scale)
        joints[f"{side}_knee"] = knee
        joints[f"{side}_ankle"] = ankle
        joints[f"{side}_toe"] = along(ankle, foot, s["foot"] * leg.scale)
    return Skeleton(pose, hip, shoulder, spine_ctrl, head, head_dir, joints)


# Authoring helpers: poses are easier to describe with world angles or contact points, so
# these turn such descriptions into the joint angles the model stores.


@dataclass(frozen=True)
class Abs:
    """A limb given by the world directions of its three segments."""

    a: float
    b: float
    c: float
    scale: float = 1.0


@dataclass(frozen=True)
class Reach:
    """A limb whose wrist/ankle (or hand/toe tip, with tip=True) lands on a target point.

    `end` is the world direction of the hand or foot; `bend` is a world direction the
    elbow or knee should point toward.
    """

    x: float
    y: float
    end: float
    bend: float
    tip: bool = False
    scale: float = 1.0


LimbSpec = Limb | Abs | Reach


def two_link(base: Point, target: Point, l1: float, l2: float, bend: float) -> tuple[float, float]:
    """World directions of a two-segment chain from base reaching target (clamped)."""
    d = min(max(dist(base, target), abs(l1 - l2) + 1e-6), l1 + l2 - 1e-9)
    to_target = heading(base, target)
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2.0 * l1 * d)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    best: tuple[float, float] | None = None
    best_score = -math.inf
    for sign in (1.0, -1.0):
        first = to_target + sign * alpha
        middle = along(base, first, l1)
        end = along(base, to_target, d)
        second = heading(middle, end)
        offset = sub(middle, along(base, to_target, d / 2.0))
        score = offset[0] * unit(bend)[0] + offset[1] * unit(bend)[1]
        if score > best_score:
            best, best_score = (first, second), score
    assert best is not None
    return best


def _reached(spec: Reach, base: Point, first: str, second: str, tip: str) -> Abs:
    """The absolute angles of a two-bone limb from `base` whose end (or tip) is at the target."""
    k = spec.scale
    target = (spec.x, spec.y)
    if spec.tip:
        target = along(target, spec.end, -SKELETON[tip] * k)
    a, b = two_link(base, target, SKELETON[first] * k, SKELETON[second] * k, spec.bend)
    return Abs(a, b, spec.end, k)


def resolve_arm(torso: float, shoulder: Point, spec: LimbSpec) -> Limb:
    if isinstance(spec, Limb):
        return spec
    if isinstance(spec, Reach):
        spec = _reached(spec, shoulder, "upper_arm", "forearm", "hand")
    return Limb(
        wrap(spec.a - torso - 180.0), wrap(spec.b - spec.a), wrap(spec.c - spec.b), spec.scale
    )


def resolve_leg(torso: float, hip: Point, spec: LimbSpec) -> Limb:
    if isinstance(spec, Limb):
        return spec
    if isinstance(spec, Reach):
        spec = _reached(spec, hip, "thigh", "shin", "foot")
    return Limb(
        wrap(spec.a - torso - 180.0),
        wrap(spec.a - spec.b),
        wrap(spec.c - spec.b - 90.0),
        spec.scale,
    )


def pose(
    root: Point,
    torso: float,
    *,
    spine: float = 0.0,
    neck: float = 0.0,
    arms: tuple[LimbSpec, LimbSpec],
    legs: tuple[LimbSpec, LimbSpec],
) -> Pose:
    """Build a pose; arms and legs are (near, far) and may use world angles or targets."""
    shoulder = along(root, torso, SKELETON["torso"])
    return Pose(
        root=root,
        torso=torso,
        spine=spine,
        neck=neck,
        near_arm=resolve_arm(torso, shoulder, arms[0]),
        far_arm=resolve_arm(torso, shoulder, arms[1]),
        near_leg=resolve_leg(torso, root, legs[0]),
        far_leg=resolve_leg(torso, root, legs[1]),
    )


# --------------------------------------------------------------------------------------
# Drawing primitives, in world coordinates; converted to SVG at write time.


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


def arc_points(center: Point, radius: float, start: float, end: float, steps: int) -> list[Point]:
    return [along(center, start + (end - start) * i / steps, radius) for i in range(steps + 1)]


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


# --------------------------------------------------------------------------------------
# The figure.


def quad_bezier(p0: Point, p1: Point, p2: Point, t: float) -> Point:
    u = 1.0 - t
    return (
        u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
        u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
    )


def half_width(profile: Profile, t: float) -> float:
    for (t0, w0), (t1, w1) in itertools.pairwise(profile):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            # smoothstep so the body outline has no corners
            k = k * k * (3 - 2 * k)
            return w0 + (w1 - w0) * k
    return profile[-1][1]


def torso_outline(sk: Skeleton, steps: int = 16, cap_steps: int = 8) -> list[Point]:
    """The torso as a closed outline: a curved capsule along the spine."""
    p0, p1, p2 = sk.hip, sk.spine_ctrl, sk.shoulder
    centers = [quad_bezier(p0, p1, p2, i / steps) for i in range(steps + 1)]
    tangents = []
    for i in range(steps + 1):
        t = i / steps
        d = (
            2 * (1 - t) * (p1[0] - p0[0]) + 2 * t * (p2[0] - p1[0]),
            2 * (1 - t) * (p1[1] - p0[1]) + 2 * t * (p2[1] - p1[1]),
        )
        tangents.append(math.degrees(math.atan2(d[1], d[0])))
    wb = [half_width(TORSO_BACK, i / steps) for i in range(steps + 1)]
    wf = [half_width(TORSO_FRONT, i / steps) for i in range(steps + 1)]
    back = [along(c, a + 90.0, w) for c, a, w in zip(centers, tangents, wb, strict=True)]
    front = [along(c, a - 90.0, w) for c, a, w in zip(centers, tangents, wf, strict=True)]
    # rounded ends whose radius blends from the back half-width to the front one
    top = [
        along(
            centers[-1],
            tangents[-1] + 90.0 - 180.0 * k / cap_steps,
            wb[-1] + (wf[-1] - wb[-1]) * k / cap_steps,
        )
        for k in range(1, cap_steps)
    ]
    bottom = [
        along(
            centers[0],
            tangents[0] - 90.0 - 180.0 * k / cap_steps,
            wf[0] + (wb[0] - wf[0]) * k / cap_steps,
        )
        for k in range(1, cap_steps)
    ]
    return back + top + front[::-1] + bottom


def limb_shapes(sk: Skeleton, side: str, kind: str) -> list[Shape]:
    """One arm or leg: all outline strokes first, then the fills, so joints have no seams."""
    if kind == "arm":
        chain = [sk.shoulder, sk[f"{side}_elbow"], sk[f"{side}_wrist"], sk[f"{side}_hand"]]
        names = ["upper_arm", "forearm", "hand"]
    else:
        chain = [sk.hip, sk[f"{side}_knee"], sk[f"{side}_ankle"], sk[f"{side}_toe"]]
        names = ["thigh", "shin", "foot"]
    fill = PALETTE["body"] if side == "near" else PALETTE["far"]
    edge = PALETTE["body_line"] if side == "near" else PALETTE["far_line"]
    segments = list(zip(chain, chain[1:], names, strict=False))
    outlines = [line((a, b), stroke(edge, WIDTH[n] + 2 * OUTLINE)) for a, b, n in segments]
    fills = [line((a, b), stroke(fill, WIDTH[n])) for a, b, n in segments]
    return outlines + fills


def head_shapes(sk: Skeleton) -> list[Shape]:
    r = SKELETON["head_r"]
    face = sk.head_dir - 90.0  # the face looks to the right of the head direction
    eye = add(along(sk.head, face, r * 0.5), unit(sk.head_dir), r * 0.12)
    neck_end = along(sk.shoulder, sk.head_dir, SKELETON["neck"] + r * 0.5)
    return [
        line((sk.shoulder, neck_end), stroke(PALETTE["body_line"], WIDTH["neck"] + 2 * OUTLINE)),
        line((sk.shoulder, neck_end), stroke(PALETTE["body"], WIDTH["neck"])),
        circle(sk.head, r, Style(PALETTE["body"], PALETTE["body_line"], OUTLINE)),
        circle(eye, 1.9, Style(fill=PALETTE["eye"])),
    ]


def torso_shapes(sk: Skeleton) -> list[Shape]:
    # the outline stroke is centred on the edge, so it is twice OUTLINE wide
    return [polygon(torso_outline(sk), Style(PALETTE["body"], PALETTE["body_line"], 2 * OUTLINE))]


# --------------------------------------------------------------------------------------
# Props and cues. Each is a function of the skeleton, so it can follow the body.

Draw = Callable[[Skeleton], list[Shape]]


@dataclass(frozen=True)
class Layered:
    layer: str  # "back" (behind everything), "middle" (behind the near limbs), "front"
    draw: Draw


def rolled_towel(center: Point) -> list[Shape]:
    r = 9.5
    spiral = [
        along(center, 100.0 - 540.0 * i / 36, r * 0.78 * (1 - 0.75 * i / 36)) for i in range(37)
    ]
    return [
        circle(center, r, Style(PALETTE["towel"], PALETTE["towel_line"], 2.2)),
        line(spiral, stroke(PALETTE["towel_line"], 1.5)),
    ]


def ball(center: Point, r: float) -> list[Shape]:
    return [
        circle(center, r, Style(PALETTE["ball"], PALETTE["ball_line"], OUTLINE)),
        line(arc_points(center, r * 0.72, 105.0, 165.0, 10), stroke(PALETTE["ball_shine"], 4.0)),
    ]


def held_towel(sk: Skeleton) -> list[Shape]:
    """A towel pulled tight between the fists, its ends hanging just past them."""

    def fist(side: str) -> Point:
        wrist, tip = sk[f"{side}_wrist"], sk[f"{side}_hand"]
        return ((wrist[0] + tip[0]) / 2, (wrist[1] + tip[1]) / 2)

    near, far = fist("near"), fist("far")
    a = along(near, heading(far, near), 5.0)
    b = along(far, heading(near, far), 5.0)
    shapes = [
        line((a, b), stroke(PALETTE["towel_line"], 12.0)),
        line((a, b), stroke(PALETTE["towel"], 7.5)),
    ]
    for end in (a, b):
        tail = (end, along(end, -100.0, 11.0))
        shapes += [
            line(tail, stroke(PALETTE["towel_line"], 10.5)),
            line(tail, stroke(PALETTE["towel"], 6.0)),
        ]
    return shapes


def clock_inset(center: Point, hour: int, pointer: Point) -> list[Shape]:
    """A small clock face with ticks at 12/3/6/9 and the current hour highlighted."""
    r = 18.0
    face = Style(PALETTE["clock_face"], PALETTE["body_line"], 2.2)
    shapes: list[Shape] = []
    # a short tail pointing at the pelvis, drawn first so the face covers its root
    to_pointer = heading(center, pointer)
    tail = [
        along(center, to_pointer + 24.0, r - 1.0),
        along(center, to_pointer, r + 9.0),
        along(center, to_pointer - 24.0, r - 1.0),
    ]
    shapes.append(polygon(tail, face))
    shapes.append(circle(center, r, face))
    for h in (12, 3, 6, 9):
        deg = 90.0 - 30.0 * (h % 12)
        shapes.append(
            line(
                (along(center, deg, r - 6.0), along(center, deg, r - 2.5)),
                stroke(PALETTE["body_line"], 2.2),
            )
        )
    deg = 90.0 - 30.0 * (hour % 12)
    shapes.append(line((center, along(center, deg, r - 7.0)), stroke(PALETTE["cue_line"], 2.6)))
    shapes.append(circle(center, 2.2, Style(fill=PALETTE["body_line"])))
    shapes.append(
        circle(along(center, deg, r - 4.0), 4.6, Style(PALETTE["cue"], PALETTE["cue_line"], 1.6))
    )
    return shapes


# --------------------------------------------------------------------------------------
# Keyframes.


@dataclass(frozen=True)
class Keyframe:
    slug: str
    pose: Pose
    extras: tuple[Layered, ...] = field(default=())


# Heights of segment centre lines resting on the mat (half the width plus the outline).
ON_MAT = {name: w / 2 + OUTLINE for name, w in WIDTH.items()}
TORSO_ON_MAT = TORSO_BACK[0][1] + OUTLINE - 0.5


def supine_root(x: float) -> Point:
    """Hip joint of a figure lying on its back."""
    return (x, TORSO_ON_MAT)


def arm_by_side(shoulder: Point, droop: float = 0.0) -> Abs:
    """Arm resting on the mat along the body, palm down, reaching toward the hips."""
    drop = shoulder[1] - ON_MAT["forearm"]
    upper = -math.degrees(math.asin(max(-1.0, min(1.0, drop / SKELETON["upper_arm"])))) - droop
    return Abs(upper, 0.0, 0.0)


def quadruped(x: float, spine: float, neck: float) -> Pose:
    """Hands and knees: hands under the shoulders, knees under the hips."""
    knee_y = ON_MAT["shin"]
    hip = (x, knee_y + SKELETON["thigh"])
    wrist_y = ON_MAT["hand"] + 1.5
    arm = SKELETON["upper_arm"] + SKELETON["forearm"]
    torso = math.degrees(math.asin((wrist_y + arm - hip[1]) / SKELETON["torso"]))
    shoulder = along(hip, torso, SKELETON["torso"])
    return pose(
        hip,
        torso,
        spine=spine,
        neck=neck,
        arms=(
            Reach(shoulder[0] + 1.0, wrist_y, 0.0, 180.0),
            Reach(shoulder[0] + 4.0, wrist_y + 1.0, 0.0, 180.0),
        ),
        legs=(
            Abs(270.0, 180.0, 182.0),
            Abs(272.0, 180.0, 182.0),
        ),
    )


def cat_pose() -> list[Keyframe]:
    return [
        Keyframe("round-up", quadruped(150.0, spine=15.0, neck=-62.0)),
        Keyframe("back-dips", quadruped(150.0, spine=-8.0, neck=22.0)),
    ]


def downward_dog() -> list[Keyframe]:
    start = quadruped(150.0, spine=0.0, neck=-8.0)
    # the hands stay put; arms and back make one straight line from them up to the hips
    wrist = forward_kinematics(start)["near_wrist"]
    slope = 43.0
    shoulder = along(wrist, 180.0 - slope, SKELETON["upper_arm"] + SKELETON["forearm"])
    hip = along(shoulder, 180.0 - slope, SKELETON["torso"])
    leg_len = SKELETON["thigh"] + SKELETON["shin"]
    ankle_y = ON_MAT["foot"] + 5.0
    ankle_x = hip[0] - math.sqrt(leg_len**2 - (hip[1] - ankle_y) ** 2) + 0.5
    dog = pose(
        hip,
        -slope,
        neck=-28.0,
        arms=(Abs(-slope, -slope, 0.0), Abs(-slope - 1.5, -slope - 1.5, 0.0)),
        legs=(
            Reach(ankle_x, ankle_y, 12.0, 0.0),
            Reach(ankle_x - 3.0, ankle_y + 1.0, 14.0, 0.0),
        ),
    )
    return [Keyframe("hands-and-knees", start), Keyframe("downward-dog", dog)]


def supine_knees_bent(x: float, spine: float, feet: float = 62.0) -> Pose:
    """Lying on the back, knees bent, feet flat on the mat, arms by the sides."""
    hip = supine_root(x)
    shoulder = along(hip, 180.0, SKELETON["torso"])
    ankle_y = ON_MAT["foot"] + 1.0
    return pose(
        hip,
        180.0,
        spine=spine,
        neck=-2.0,
        arms=(arm_by_side(shoulder), arm_by_side(shoulder, 2.0)),
        legs=(
            Reach(x + feet, ankle_y, 0.0, 90.0),
            Reach(x + feet + 3.0, ankle_y + 0.5, 0.0, 90.0),
        ),
    )


def pelvic_clock() -> list[Keyframe]:
    frames = []
    x = 170.0
    for hour, slug, spine in (
        (12, "12-oclock", 2.0),
        (3, "3-oclock", -4.0),
        (6, "6-oclock", -11.0),
        (9, "9-oclock", -4.0),
    ):
        p = supine_knees_bent(x, spine)
        hip = p.root
        inset = Layered(
            "front",
            lambda sk, hour=hour, hip=hip: clock_inset(
                (hip[0] - 20.0, hip[1] + 54.0), hour, (hip[0] - 6.0, hip[1] + 14.0)
            ),
        )
        frames.append(Keyframe(slug, p, (inset,)))
    return frames


def rolled_towel_frames() -> list[Keyframe]:
    roll_x = 130.0
    roll = (roll_x, 9.5 + 1.0)
    # sitting just in front of the roll, about to lie back over it
    sit_x = roll_x + 42.0
    feet_x = sit_x + 64.0
    legs = (
        Reach(feet_x, ON_MAT["foot"] + 1.0, 0.0, 90.0),
        Reach(feet_x + 3.0, ON_MAT["foot"] + 1.5, 0.0, 90.0),
    )
    sit_hip = (sit_x, TORSO_ON_MAT - 2.0)
    probe = forward_kinematics(pose(sit_hip, 98.0, arms=(Limb(), Limb()), legs=legs))
    knee, ankle = probe["near_knee"], probe["near_ankle"]
    shin = heading(knee, ankle)
    grip = along(along(knee, shin, 14.0), shin + 90.0, 6.0)
    sitting = pose(
        sit_hip,
        99.0,
        spine=2.0,
        neck=-10.0,
        arms=(
            Reach(grip[0], grip[1], shin + 70.0, 250.0),
            Reach(grip[0] + 3.0, grip[1] + 2.0, shin + 70.0, 250.0),
        ),
        legs=legs,
    )
    placing = (
        Layered("back", lambda sk: rolled_towel(roll)),
        Layered(
            "front",
            lambda sk: arrow([(roll_x, 66.0), (roll_x, 27.0)], PALETTE["cue"], 4.0, opacity=0.9),
        ),
    )
    # lying back: the roll sits crosswise under the small of the back
    hip = supine_root(roll_x + 21.0)
    shoulder = along(hip, 180.0, SKELETON["torso"])
    lying = pose(
        hip,
        180.0,
        spine=-10.0,
        neck=-4.0,
        arms=(arm_by_side(shoulder), arm_by_side(shoulder, 2.0)),
        legs=(Abs(-4.0, 0.0, 75.0), Abs(-3.0, 0.0, 70.0)),
    )
    return [
        Keyframe("place-the-roll", sitting, placing),
        Keyframe("lie-over-the-roll", lying, (Layered("front", lambda sk: rolled_towel(roll)),)),
    ]


def backward_situp() -> list[Keyframe]:
    r = 33.0
    center = (190.0, r + 1.0)
    wrap_r = r + 11.0  # the spine's distance from the ball's centre where the body rests on it
    hip = along(center, 112.0, wrap_r)

    # straight legs, toes tucked on the mat
    toe_y = ON_MAT["foot"] - 1.5
    leg_len = SKELETON["thigh"] + SKELETON["shin"]

    def toe_height(angle: float) -> float:
        ankle = along(hip, angle, leg_len)
        return along(ankle, angle + 95.0, SKELETON["foot"])[1] - toe_y

    leg_dir = solve(toe_height, 181.0, 260.0)
    toe = along(along(hip, leg_dir, leg_len), leg_dir + 95.0, SKELETON["foot"])
    legs = (
        Reach(toe[0], toe[1], leg_dir + 95.0, leg_dir - 90.0, tip=True),
        Reach(toe[0] - 4.0, toe[1] + 1.0, leg_dir + 95.0, leg_dir - 90.0, tip=True),
    )

    def temples(torso: float, neck: float) -> tuple[Reach, Reach]:
        """Hands lightly at the temples, elbows out wide (so the arms look short)."""
        shoulder = along(hip, torso, SKELETON["torso"])
        head_dir = torso + neck
        head = along(shoulder, head_dir, SKELETON["neck"] + SKELETON["head_r"])
        near = along(along(head, head_dir + 90.0, 2.0), head_dir, 3.0)
        far = along(along(head, head_dir + 90.0, 5.0), head_dir, 5.0)
        return (
            Reach(near[0], near[1], head_dir + 25.0, head_dir - 35.0, tip=True, scale=0.62),
            Reach(far[0], far[1], head_dir + 30.0, head_dir - 25.0, tip=True, scale=0.62),
        )

    # folded: the spine follows the ball from the hips down toward the mat
    def shoulder_gap(angle: float) -> float:
        return dist(hip, along(center, angle, wrap_r)) - SKELETON["torso"]

    rest_angle = solve(shoulder_gap, 110.0, -60.0)
    shoulder = along(center, rest_angle, wrap_r)
    torso = heading(hip, shoulder)
    sagitta = wrap_r * (1.0 - math.cos(rad((112.0 - rest_angle) / 2.0)))
    folded = pose(hip, torso, spine=sagitta, neck=-18.0, arms=temples(torso, -18.0), legs=legs)

    # extended: the body in one straight line from the heels to the head
    line_up = wrap(leg_dir + 180.0)
    lifted = pose(hip, line_up, spine=-2.0, neck=-6.0, arms=temples(line_up, -6.0), legs=legs)
    the_ball = Layered("back", lambda sk: ball(center, r))
    return [
        Keyframe("folded-over-the-ball", folded, (the_ball,)),
        Keyframe("back-extended", lifted, (the_ball,)),
    ]


def towel_rock() -> list[Keyframe]:
    x = 190.0
    ankle_y = ON_MAT["foot"] + 1.0
    leg_len = SKELETON["thigh"] + SKELETON["shin"]
    spread = 0.84  # arms in a wide V look shorter from the side
    depth = (-20.0, 12.0)  # where the far hand appears, relative to the near one

    def standing(torso: float, spine: float, arm: float, shift: float) -> Pose:
        hip = (x + shift, ankle_y + leg_len - 1.5)
        shoulder = along(hip, torso, SKELETON["torso"])
        near = Abs(arm, arm - 3.0, arm - 8.0, spread)
        elbow = along(shoulder, near.a, SKELETON["upper_arm"] * spread)
        wrist = along(elbow, near.b, SKELETON["forearm"] * spread)
        far_wrist = add(wrist, depth)
        return pose(
            hip,
            torso,
            spine=spine,
            neck=-4.0 if arm < 90 else 6.0,
            arms=(near, Reach(far_wrist[0], far_wrist[1], arm + 4.0, arm - 90.0, scale=spread)),
            legs=(
                Reach(x + 2.0, ankle_y, 0.0, 0.0),
                Reach(x - 2.0, ankle_y + 0.5, 0.0, 0.0),
            ),
        )

    def motion(sk: Skeleton, start: float, end: float) -> list[Shape]:
        pivot = sk.shoulder
        radius = dist(pivot, sk["near_hand"]) + 14.0
        return arrow(arc_points(pivot, radius, start, end, 12), PALETTE["cue"], 4.0, 0.9)

    forward = standing(86.0, 3.0, 68.0, -2.0)
    back = standing(95.0, -5.0, 112.0, 3.0)
    towel = Layered("middle", held_towel)
    return [
        Keyframe("arms-forward", forward, (towel, Layered("front", lambda sk: motion(sk, 92, 56)))),
        Keyframe("arms-back", back, (towel, Layered("front", lambda sk: motion(sk, 86, 122)))),
    ]


def kneeling_hip_flexor() -> list[Keyframe]:
    x = 170.0
    knee_y = ON_MAT["shin"]
    ankle_y = ON_MAT["foot"] + 1.0
    front_ankle = (x + 54.0, ankle_y)

    def lunge(shift: float, torso: float) -> Pose:
        back_knee = (x - 10.0, knee_y)
        hip_x = x + shift
        hip_y = knee_y + math.sqrt(SKELETON["thigh"] ** 2 - (hip_x - back_knee[0]) ** 2)
        hip = (hip_x, hip_y)
        thigh = heading(hip, back_knee)
        shoulder = along(hip, torso, SKELETON["torso"])
        rest = along(shoulder, -60.0, 52.0)
        return pose(
            hip,
            torso,
            spine=-1.5,
            neck=0.0,
            arms=(Reach(rest[0], rest[1], -30.0, 200.0), Reach(rest[0] + 4, rest[1], -30.0, 200.0)),
            legs=(
                Abs(thigh, 180.0, 180.0),
                Reach(front_ankle[0], front_ankle[1], 0.0, 20.0),
            ),
        )

    def stretch(sk: Skeleton) -> list[Shape]:
        front = heading(sk.hip, sk["near_knee"]) + 90.0
        base = along(sk.hip, heading(sk.hip, sk["near_knee"]), 14.0)
        shapes: list[Shape] = []
        for i, k in enumerate((0.0, 9.0, 18.0)):
            p = along(along(base, front, 12.0 + i * 0.0), heading(sk.hip, sk["near_knee"]), k - 9.0)
            q = along(p, front, 7.0)
            shapes.append(line((p, q), stroke(PALETTE["cue"], 3.2, 0.95)))
        return shapes

    return [
        Keyframe("half-kneel", lunge(0.0, 90.0)),
        Keyframe("hips-forward", lunge(22.0, 92.0), (Layered("front", stretch),)),
    ]


def knee_to_chest() -> list[Keyframe]:
    x = 190.0
    hip = supine_root(x)
    shoulder = along(hip, 180.0, SKELETON["torso"])
    flat_legs = (Abs(-3.0, 0.0, 75.0), Abs(-2.0, 0.0, 70.0))
    lying = pose(
        hip,
        180.0,
        spine=-4.0,
        neck=-2.0,
        arms=(arm_by_side(shoulder), arm_by_side(shoulder, 2.0)),
        legs=flat_legs,
    )
    thigh = 138.0
    knee = along(hip, thigh, SKELETON["thigh"])
    shin = thigh - 120.0
    grip = along(along(knee, shin, 11.0), shin + 90.0, 5.0)
    hug = pose(
        hip,
        180.0,
        spine=-1.0,
        neck=-2.0,
        arms=(
            Reach(grip[0], grip[1], shin - 80.0, 125.0),
            Reach(grip[0] - 5.0, grip[1] + 2.0, shin - 70.0, 125.0),
        ),
        legs=(Abs(thigh, shin, shin + 70.0), flat_legs[1]),
    )
    return [Keyframe("lying-long", lying), Keyframe("knee-hugged", hug)]


def bridge() -> list[Keyframe]:
    x = 170.0
    down = supine_knees_bent(x, -3.0)
    sk = forward_kinematics(down)
    shoulder = sk.shoulder
    ankle = sk["near_ankle"]
    # shoulders, hips and knees on one line: the knee lies on the circle of radius
    # torso + thigh around the shoulder and on the circle of radius shin around the ankle
    r1 = SKELETON["torso"] + SKELETON["thigh"]
    r2 = SKELETON["shin"]
    d = dist(shoulder, ankle)
    a = (r1 * r1 - r2 * r2 + d * d) / (2 * d)
    h = math.sqrt(max(0.0, r1 * r1 - a * a))
    base = along(shoulder, heading(shoulder, ankle), a)
    knee = along(base, heading(shoulder, ankle) + 90.0, h)
    line_dir = heading(shoulder, knee)
    hip = along(shoulder, line_dir, SKELETON["torso"])
    torso = wrap(line_dir + 180.0)
    up = pose(
        hip,
        torso,
        spine=-1.0,
        neck=wrap(178.0 - torso),
        arms=(arm_by_side(shoulder), arm_by_side(shoulder, 2.0)),
        legs=(
            Reach(ankle[0], ankle[1], 0.0, 90.0),
            Reach(ankle[0] + 3.0, ankle[1] + 0.5, 0.0, 90.0),
        ),
    )
    return [Keyframe("lying-knees-bent", down), Keyframe("hips-lifted", up)]


def constructive_rest() -> list[Keyframe]:
    x = 175.0
    hip = supine_root(x)
    belly = along(hip, 180.0, SKELETON["torso"] * 0.4)
    top = belly[1] + TORSO_FRONT[1][1] + OUTLINE + 3.0
    rest = pose(
        hip,
        180.0,
        spine=-3.0,
        neck=-2.0,
        arms=(
            Reach(hip[0] - 14.0, top, -14.0, 250.0),
            Reach(hip[0] - 20.0, top, -10.0, 250.0),
        ),
        legs=(
            Reach(x + 56.0, ON_MAT["foot"] + 1.0, 0.0, 80.0),
            Reach(x + 60.0, ON_MAT["foot"] + 1.5, 0.0, 80.0),
        ),
    )

    def breath(sk: Skeleton) -> list[Shape]:
        center = (belly[0], top + 2.0)
        shapes: list[Shape] = []
        for i, radius in enumerate((14.0, 23.0)):
            pts = arc_points(center, radius, 58.0, 122.0, 10)
            shapes.append(line(pts, stroke(PALETTE["cue"], 3.4, 0.9 - 0.3 * i)))
        shapes += arrow(
            [(center[0], center[1] + 28.0), (center[0], center[1] + 45.0)],
            PALETTE["cue"],
            3.4,
            0.9,
        )
        return shapes

    return [
        Keyframe("resting", rest),
        Keyframe("breathing", rest, (Layered("front", breath),)),
    ]


EXERCISES: dict[str, Callable[[], list[Keyframe]]] = {
    "cat-pose": cat_pose,
    "downward-dog": downward_dog,
    "pelvic-clock": pelvic_clock,
    "rolled-towel": rolled_towel_frames,
    "backward-situp": backward_situp,
    "towel-rock": towel_rock,
    "kneeling-hip-flexor": kneeling_hip_flexor,
    "knee-to-chest": knee_to_chest,
    "bridge": bridge,
    "constructive-rest": constructive_rest,
}

# --------------------------------------------------------------------------------------
# Scene assembly and SVG output.


def scene(frame: Keyframe) -> list[Shape]:
    """Everything in a keyframe except the mat, back to front."""
    sk = forward_kinematics(frame.pose)
    layers: dict[str, list[Shape]] = {"back": [], "middle": [], "front": []}
    for extra in frame.extras:
        layers[extra.layer] += extra.draw(sk)
    return (
        layers["back"]
        + limb_shapes(sk, "far", "leg")
        + limb_shapes(sk, "far", "arm")
        + head_shapes(sk)
        + torso_shapes(sk)
        + layers["middle"]
        + limb_shapes(sk, "near", "leg")
        + limb_shapes(sk, "near", "arm")
        + layers["front"]
    )


def bounds(shapes: Iterable[Shape]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for s in shapes:
        pad = s.radius + s.style.width / 2
        for x, y in s.points:
            xs += [x - pad, x + pad]
            ys += [y - pad, y + pad]
    return min(xs), min(ys), max(xs), max(ys)


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


def build_all() -> dict[Path, str]:
    """Every illustration file (relative to OUT_DIR) and its SVG text."""
    files: dict[Path, str] = {}
    for exercise_id, make in EXERCISES.items():
        frames = make()
        scenes = [scene(f) for f in frames]
        # centre each exercise once, so the figure does not slide between keyframes
        x0 = min(bounds(s)[0] for s in scenes)
        x1 = max(bounds(s)[2] for s in scenes)
        top = max(bounds(s)[3] for s in scenes)
        dx = round(VIEW_W / 2 - (x0 + x1) / 2, 1)
        if (x1 - x0) * SCALE > MAT_X1 - MAT_X0 or GROUND_Y - top * SCALE < 4:
            raise ValueError(f"{exercise_id} does not fit the frame")
        for i, (frame, shapes) in enumerate(zip(frames, scenes, strict=True), start=1):
            files[Path(exercise_id) / f"{i:02d}-{frame.slug}.svg"] = render_svg(shapes, dx)
    return files


def check(out_dir: Path) -> list[str]:
    """Differences between the generated and the committed files, as messages."""
    problems = []
    files = build_all()
    for rel, text in files.items():
        path = out_dir / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"differs: {rel}")
    for exercise_id in EXERCISES:
        for path in sorted((out_dir / exercise_id).glob("*.svg")):
            if path.relative_to(out_dir) not in files:
                problems.append(f"unexpected: {path.relative_to(out_dir)}")
    return problems


def write(out_dir: Path) -> int:
    files = build_all()
    for exercise_id in EXERCISES:
        folder = out_dir / exercise_id
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.svg"):
            if stale.relative_to(out_dir) not in files:
                stale.unlink()
    for rel, text in files.items():
        path = out_dir / rel
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
    return len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="verify the committed files instead of writing"
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.out)
        for message in problems:
            print(message, file=sys.stderr)
        if problems:
            print("run: python tools/make_illustrations.py", file=sys.stderr)
            return 1
        print("illustrations are up to date")
        return 0
    count = write(args.out)
    print(f"wrote {count} illustrations to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
