"""The body drawn from a skeleton: a curved torso, thick round-capped limbs, a round head."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

from .geometry import add, along, quad_bezier, unit
from .model import (
    OUTLINE,
    SKELETON,
    TORSO_BACK,
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


def scene(pose: Pose, props: Iterable[Prop]) -> list[Shape]:
    """A keyframe's figure and props, back to front (the mat is drawn apart)."""
    sk = forward_kinematics(pose)
    layers: dict[str, list[Shape]] = {"back": [], "middle": [], "front": []}
    for prop in props:
        layers[prop.layer] += prop.draw(sk)
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
