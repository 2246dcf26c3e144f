"""The body drawn from a skeleton: a curved torso, thick round-capped limbs, a round head."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

from .geometry import Point, add, along, quad_bezier, unit
from .model import (
    OUTLINE,
    SKELETON,
    TORSO_BACK,
    TORSO_BREADTH,
    TORSO_FRONT,
    WIDTH,
    Pose,
    Profile,
    Skeleton,
    forward_kinematics,
)
from .props import Prop
from .shapes import PALETTE, Shape, Style, circle, line, polygon, stroke


def half_width(profile: Profile, t: float) -> float:
    for (t0, w0), (t1, w1) in itertools.pairwise(profile):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            # smoothstep so the body outline has no corners
            k = k * k * (3 - 2 * k)
            return w0 + (w1 - w0) * k
    return profile[-1][1]


def turned_width(profile: Profile, t: float, view: float) -> float:
    """A torso half-width as seen with the body turned `view` degrees toward the viewer: the
    outline of an oval whose depth is the profile and whose breadth is TORSO_BREADTH."""
    w = half_width(profile, t)
    if view == 0.0:
        return w
    breadth = half_width(TORSO_BREADTH, t)
    c, s = math.cos(math.radians(view)), math.sin(math.radians(view))
    return math.sqrt((w * c) ** 2 + (breadth * s) ** 2)


def torso_outline(sk: Skeleton, steps: int = 16, cap_steps: int = 8) -> list[tuple[float, float]]:
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
    wb = [turned_width(TORSO_BACK, i / steps, sk.view) for i in range(steps + 1)]
    wf = [turned_width(TORSO_FRONT, i / steps, sk.view) for i in range(steps + 1)]
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
        chain = [sk[f"{side}_{j}"] for j in ("shoulder", "elbow", "wrist", "hand")]
        names = ["upper_arm", "forearm", "hand"]
    else:
        chain = [sk[f"{side}_{j}"] for j in ("hip", "knee", "ankle", "toe")]
        names = ["thigh", "shin", "foot"]
    fill = PALETTE["body"] if side == "near" else PALETTE["far"]
    edge = PALETTE["body_line"] if side == "near" else PALETTE["far_line"]
    segments = list(zip(chain, chain[1:], names, strict=False))
    outlines = [line((a, b), stroke(edge, WIDTH[n] + 2 * OUTLINE)) for a, b, n in segments]
    fills = [line((a, b), stroke(fill, WIDTH[n])) for a, b, n in segments]
    return outlines + fills


def head_shapes(sk: Skeleton) -> list[Shape]:
    r = SKELETON["head_r"]
    neck_end = along(sk.shoulder, sk.head_dir, SKELETON["neck"] + r * 0.5)
    return [
        line((sk.shoulder, neck_end), stroke(PALETTE["body_line"], WIDTH["neck"] + 2 * OUTLINE)),
        line((sk.shoulder, neck_end), stroke(PALETTE["body"], WIDTH["neck"])),
        circle(sk.head, r, Style(PALETTE["body"], PALETTE["body_line"], OUTLINE)),
        *[circle(eye, 1.9, Style(fill=PALETTE["eye"])) for eye in eyes(sk)],
    ]


def eyes(sk: Skeleton) -> list[Point]:
    """One eye in profile; both, set apart across the face, when the body is turned."""
    r = SKELETON["head_r"]
    face = sk.head_dir - 90.0  # the face looks to the right of the head direction
    if sk.view == 0.0:
        return [add(along(sk.head, face, r * 0.5), unit(sk.head_dir), r * 0.12)]
    # the head's centre in the body's frame, and points on its surface toward the face
    pose = sk.pose
    shoulder = along(pose.root, pose.torso, SKELETON["torso"])
    head = along(shoulder, sk.head_dir, SKELETON["neck"] + r)
    f, up = unit(face), unit(sk.head_dir)
    points = []
    for side in (1.0, -1.0):
        across = side * 0.42
        ahead = math.sqrt(1.0 - across * across - 0.12 * 0.12)
        points.append(
            sk.project(
                (
                    head[0] + r * (f[0] * ahead + up[0] * 0.12),
                    head[1] + r * (f[1] * ahead + up[1] * 0.12),
                    r * across,
                )
            )
        )
    return points


def torso_shapes(sk: Skeleton) -> list[Shape]:
    # the outline stroke is centred on the edge, so it is twice OUTLINE wide
    return [polygon(torso_outline(sk), Style(PALETTE["body"], PALETTE["body_line"], 2 * OUTLINE))]


def scene(pose: Pose, props: Iterable[Prop]) -> list[Shape]:
    """A keyframe's figure and props, back to front (the mat is drawn apart)."""
    sk = forward_kinematics(pose)
    layers: dict[str, list[Shape]] = {"back": [], "under": [], "middle": [], "front": []}
    for prop in props:
        layers[prop.layer] += prop.draw(sk)
    return (
        layers["back"]
        + limb_shapes(sk, "far", "leg")
        + limb_shapes(sk, "far", "arm")
        + layers["under"]
        + head_shapes(sk)
        + torso_shapes(sk)
        + layers["middle"]
        + limb_shapes(sk, "near", "leg")
        + limb_shapes(sk, "near", "arm")
        + layers["front"]
    )
