"""The skeleton every figure is drawn from: proportions, joint angles, forward kinematics.

A pose is a root position (the hip joint) plus joint angles. Angle conventions (degrees,
counter-clockwise, world y pointing up, figure facing right):
    torso           direction hip -> shoulder (90 = upright)
    spine           bend of the back in model units: positive rounds it (flexion), negative
                    arches it
    neck            head direction relative to the torso (positive tips the head back)
    shoulder, hip   flexion from hanging along the torso (90 = pointing straight ahead)
    elbow           flexion (0 = straight arm)
    knee            flexion (0 = straight leg)
    wrist           hand angle relative to the forearm
    ankle           dorsiflexion (0 = foot at a right angle to the shin)

Most pictures are side views, drawn in the body's own plane. A pose may also turn the body
toward the viewer by `view` degrees (about the vertical axis) and swing a limb out sideways by
its `spread`; the joints are then placed in three dimensions (shoulders and hips apart by the
body's breadth) and projected back onto the picture.

Poses are easier to describe with world angles (Abs) or contact points (Reach); pose() turns
such descriptions into the joint angles a Pose stores.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .geometry import Point, add, along, sub, two_link, unit, wrap

# Proportions and thicknesses, shared by every figure. The thicknesses belong to the model
# because they decide where a body part resting on the mat has its centre line.

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
    "shoulder_w": 17.0,  # mid-line to each shoulder joint, across the body
    "hip_w": 9.5,  # mid-line to each hip joint
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
# Half the torso's breadth, across the body, where a turned figure shows it.
TORSO_BREADTH: Profile = ((0.0, 19.0), (0.45, 16.0), (0.8, 19.5), (1.0, 19.0))
OUTLINE = 2.5  # visible outline around every body part

# Heights of segment centre lines resting on the mat (half the width plus the outline).
ON_MAT = {name: w / 2 + OUTLINE for name, w in WIDTH.items()}
TORSO_ON_MAT = TORSO_BACK[0][1] + OUTLINE - 0.5


@dataclass(frozen=True)
class Limb:
    """Joint angles of one arm (shoulder, elbow, wrist) or leg (hip, knee, ankle)."""

    a: float = 0.0
    b: float = 0.0
    c: float = 0.0
    scale: float = 1.0  # < 1 when the limb points partly toward or away from the viewer
    spread: float = 0.0  # how far the whole limb swings out sideways from the body


@dataclass(frozen=True)
class Pose:
    root: Point  # hip joint: x, height above the mat
    torso: float = 90.0
    spine: float = 0.0
    neck: float = 0.0
    spine_at: float = 0.5  # where along the back the bend peaks: toward the hip when < 0.5
    view: float = 0.0  # the body turned toward the viewer (0 = side view)
    near_arm: Limb = Limb()
    far_arm: Limb = Limb()
    near_leg: Limb = Limb()
    far_leg: Limb = Limb()


@dataclass(frozen=True)
class Skeleton:
    """Joint positions as drawn (y up), produced by forward_kinematics().

    Points are projected onto the picture; `depth` holds how far each named point is toward
    the viewer, for a turned figure.
    """

    pose: Pose
    hip: Point
    shoulder: Point
    spine_ctrl: Point  # quadratic control point of the curved back
    head: Point
    head_dir: float
    joints: dict[str, Point]  # "<side>_<joint>" for side in near/far
    depth: dict[str, float]
    body: dict[str, Point3]  # every point in the body's frame, before projection

    def __getitem__(self, key: str) -> Point:
        return self.joints[key]

    @property
    def view(self) -> float:
        return self.pose.view

    def project(self, p: Point3) -> Point:
        """A point given in the body's frame (x forward, y up, z toward the near side)."""
        return _project(self.pose, p)[0]


Point3 = tuple[float, float, float]


def _project(pose: Pose, p: Point3) -> tuple[Point, float]:
    """The picture position and depth of a body-frame point of a pose."""
    if pose.view == 0.0:
        return (p[0], p[1]), p[2]
    cos_v, sin_v = math.cos(math.radians(pose.view)), math.sin(math.radians(pose.view))
    x0 = pose.root[0]
    dx = p[0] - x0
    return (x0 + dx * cos_v - p[2] * sin_v, p[1]), dx * sin_v + p[2] * cos_v


def _chain(base: Point3, dirs: list[float], lengths: list[float], spread: float) -> list[Point3]:
    """Points along segments whose directions are given in the body's plane, the whole chain
    swung out sideways by spread degrees (positive toward the near side)."""
    cos_s, sin_s = math.cos(math.radians(spread)), math.sin(math.radians(spread))
    points = [base]
    x, y, z = base
    for deg, length in zip(dirs, lengths, strict=True):
        u = unit(deg)
        x, y, z = x + u[0] * cos_s * length, y + u[1] * cos_s * length, z + sin_s * length
        points.append((x, y, z))
    return points


def forward_kinematics(pose: Pose) -> Skeleton:
    """Joint positions for a pose: chain each segment from its parent's direction."""
    s = SKELETON
    hip = pose.root
    shoulder = along(hip, pose.torso, s["torso"])
    mid = add(hip, sub(shoulder, hip), pose.spine_at)
    back = pose.torso + 90.0  # the back is on the left of the hip->shoulder direction
    spine_ctrl = along(mid, back, 2.0 * pose.spine)
    head_dir = pose.torso + pose.neck
    head = along(shoulder, head_dir, s["neck"] + s["head_r"])

    joints: dict[str, Point] = {}
    depth: dict[str, float] = {}
    body: dict[str, Point3] = {}

    def place(name: str, p: Point3) -> None:
        joints[name], depth[name] = _project(pose, p)
        body[name] = p

    for side, sign in (("near", 1.0), ("far", -1.0)):
        arm: Limb = getattr(pose, f"{side}_arm")
        upper = pose.torso + 180.0 + arm.a
        fore = upper + arm.b
        hand = fore + arm.c
        base = (shoulder[0], shoulder[1], sign * s["shoulder_w"])
        k = arm.scale
        points = _chain(
            base,
            [upper, fore, hand],
            [s["upper_arm"] * k, s["forearm"] * k, s["hand"] * k],
            sign * arm.spread,
        )
        for joint, p in zip(("shoulder", "elbow", "wrist", "hand"), points, strict=True):
            place(f"{side}_{joint}", p)

        leg: Limb = getattr(pose, f"{side}_leg")
        thigh = pose.torso + 180.0 + leg.a
        shin = thigh - leg.b
        foot = shin + 90.0 + leg.c
        base = (hip[0], hip[1], sign * s["hip_w"])
        k = leg.scale
        points = _chain(
            base,
            [thigh, shin, foot],
            [s["thigh"] * k, s["shin"] * k, s["foot"] * k],
            sign * leg.spread,
        )
        for joint, p in zip(("hip", "knee", "ankle", "toe"), points, strict=True):
            place(f"{side}_{joint}", p)
    for name, p2 in (
        ("hip", hip),
        ("shoulder", shoulder),
        ("spine_ctrl", spine_ctrl),
        ("head", head),
    ):
        place(name, (p2[0], p2[1], 0.0))
    return Skeleton(
        pose,
        joints.pop("hip"),
        joints.pop("shoulder"),
        joints.pop("spine_ctrl"),
        joints.pop("head"),
        head_dir,
        joints,
        depth,
        body,
    )


@dataclass(frozen=True)
class Abs:
    """A limb given by the world directions of its three segments."""

    a: float
    b: float
    c: float
    scale: float = 1.0
    spread: float = 0.0


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
    spread: float = 0.0


LimbSpec = Limb | Abs | Reach


def _reached(spec: Reach, base: Point, first: str, second: str, tip: str) -> Abs:
    """The absolute angles of a two-bone limb from `base` whose end (or tip) is at the target."""
    k = spec.scale
    target = (spec.x, spec.y)
    if spec.tip:
        target = along(target, spec.end, -SKELETON[tip] * k)
    a, b = two_link(base, target, SKELETON[first] * k, SKELETON[second] * k, spec.bend)
    return Abs(a, b, spec.end, k, spec.spread)


def resolve_arm(torso: float, shoulder: Point, spec: LimbSpec) -> Limb:
    if isinstance(spec, Limb):
        return spec
    if isinstance(spec, Reach):
        spec = _reached(spec, shoulder, "upper_arm", "forearm", "hand")
    return Limb(
        wrap(spec.a - torso - 180.0),
        wrap(spec.b - spec.a),
        wrap(spec.c - spec.b),
        spec.scale,
        spec.spread,
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
        spec.spread,
    )


def pose(
    root: Point,
    torso: float,
    *,
    spine: float = 0.0,
    neck: float = 0.0,
    spine_at: float = 0.5,
    view: float = 0.0,
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
        spine_at=spine_at,
        view=view,
        near_arm=resolve_arm(torso, shoulder, arms[0]),
        far_arm=resolve_arm(torso, shoulder, arms[1]),
        near_leg=resolve_leg(torso, root, legs[0]),
        far_leg=resolve_leg(torso, root, legs[1]),
    )
