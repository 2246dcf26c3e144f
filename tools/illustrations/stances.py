"""Body positions on the mat, each described by the few numbers that vary between keyframes.

A stance knows how the body touches the mat or a prop (hands under the shoulders, feet flat,
the back resting on a ball) and solves the joint angles that keep those contacts; the numbers
it is given (where along the mat, how much the back rounds, where the arms point) are the
keyframe's data. All lengths are model units, all angles degrees (see model.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from .geometry import Point, along, dist, heading, rad, solve, wrap
from .model import (
    ON_MAT,
    OUTLINE,
    SKELETON,
    TORSO_BACK,
    TORSO_FRONT,
    TORSO_ON_MAT,
    WIDTH,
    Abs,
    Pose,
    Reach,
    forward_kinematics,
    pose,
)


class Stance(Protocol):
    def pose(self) -> Pose: ...


AnglesTriple = tuple[float, float, float]  # world directions of thigh, shin and foot


def supine_root(x: float) -> Point:
    """Hip joint of a figure lying on its back."""
    return (x, TORSO_ON_MAT)


def arm_by_side(shoulder: Point, droop: float = 0.0, spread: float = 0.0) -> Abs:
    """Arm resting on the mat along the body, palm down, reaching toward the hips; `spread`
    swings it out from the body along the mat."""
    drop = shoulder[1] - ON_MAT["forearm"]
    reach = SKELETON["upper_arm"] * math.cos(math.radians(spread))
    upper = -math.degrees(math.asin(max(-1.0, min(1.0, drop / reach)))) - droop
    return Abs(upper, 0.0, 0.0, spread=spread)


def arms_by_sides(shoulder: Point) -> tuple[Abs, Abs]:
    """Both arms of a figure lying on its back resting along its sides."""
    return (arm_by_side(shoulder), arm_by_side(shoulder, 2.0))


def supine_shoulder(hip: Point) -> Point:
    return along(hip, 180.0, SKELETON["torso"])


# Legs long on the mat: world directions of the near and far thigh, shin and foot.
LONG_LEGS: tuple[AnglesTriple, AnglesTriple] = ((-3.0, 0.0, 75.0), (-2.0, 0.0, 70.0))


@dataclass(frozen=True)
class HandsAndKnees:
    """On hands and knees: hands under the shoulders, knees under the hips."""

    x: float  # hip joint along the mat
    spine: float
    neck: float

    def pose(self) -> Pose:
        knee_y = ON_MAT["shin"]
        hip = (self.x, knee_y + SKELETON["thigh"])
        wrist_y = ON_MAT["hand"] + 1.5
        arm = SKELETON["upper_arm"] + SKELETON["forearm"]
        torso = math.degrees(math.asin((wrist_y + arm - hip[1]) / SKELETON["torso"]))
        shoulder = along(hip, torso, SKELETON["torso"])
        return pose(
            hip,
            torso,
            spine=self.spine,
            neck=self.neck,
            arms=(
                Reach(shoulder[0] + 1.0, wrist_y, 0.0, 180.0),
                Reach(shoulder[0] + 4.0, wrist_y + 1.0, 0.0, 180.0),
            ),
            legs=(
                Abs(270.0, 180.0, 182.0),
                Abs(272.0, 180.0, 182.0),
            ),
        )


@dataclass(frozen=True)
class DownwardDog:
    """Hips high: from `start`'s hands, arms and back make one straight line up to the hips
    at `slope` degrees, and the straight legs come down to the heels."""

    start: HandsAndKnees
    slope: float
    neck: float

    def pose(self) -> Pose:
        wrist = forward_kinematics(self.start.pose())["near_wrist"]
        slope = self.slope
        shoulder = along(wrist, 180.0 - slope, SKELETON["upper_arm"] + SKELETON["forearm"])
        hip = along(shoulder, 180.0 - slope, SKELETON["torso"])
        leg_len = SKELETON["thigh"] + SKELETON["shin"]
        ankle_y = ON_MAT["foot"] + 5.0
        ankle_x = hip[0] - math.sqrt(leg_len**2 - (hip[1] - ankle_y) ** 2) + 0.5
        return pose(
            hip,
            -slope,
            neck=self.neck,
            arms=(Abs(-slope, -slope, 0.0), Abs(-slope - 1.5, -slope - 1.5, 0.0)),
            legs=(
                Reach(ankle_x, ankle_y, 12.0, 0.0),
                Reach(ankle_x - 3.0, ankle_y + 1.0, 14.0, 0.0),
            ),
        )


@dataclass(frozen=True)
class LyingKneesBent:
    """Lying on the back, knees bent, feet flat on the mat `feet` ahead of the hips, arms by
    the sides."""

    x: float
    spine: float
    feet: float = 62.0

    def pose(self) -> Pose:
        hip = supine_root(self.x)
        ankle_y = ON_MAT["foot"] + 1.0
        return pose(
            hip,
            180.0,
            spine=self.spine,
            neck=-2.0,
            arms=arms_by_sides(supine_shoulder(hip)),
            legs=(
                Reach(self.x + self.feet, ankle_y, 0.0, 90.0),
                Reach(self.x + self.feet + 3.0, ankle_y + 0.5, 0.0, 90.0),
            ),
        )


@dataclass(frozen=True)
class LyingLong:
    """Lying on the back, legs long on the mat, arms by the sides. `legs` are the world
    directions of the near and far thigh, shin and foot."""

    x: float
    spine: float
    neck: float
    legs: tuple[AnglesTriple, AnglesTriple] = LONG_LEGS

    def pose(self) -> Pose:
        hip = supine_root(self.x)
        return pose(
            hip,
            180.0,
            spine=self.spine,
            neck=self.neck,
            arms=arms_by_sides(supine_shoulder(hip)),
            legs=(Abs(*self.legs[0]), Abs(*self.legs[1])),
        )


@dataclass(frozen=True)
class KneeHugged:
    """Lying on the back, the near knee drawn up toward the chest, both hands holding the
    front of the shin just below the knee (on the side facing the head, so the arms never
    cross the leg), the far leg long on the mat."""

    x: float
    thigh: float  # world direction of the raised thigh
    knee: float  # how far the raised knee bends
    elbow: float = 200.0  # world direction the elbows point
    spine: float = -1.0
    neck: float = -2.0
    far_leg: AnglesTriple = LONG_LEGS[1]

    def pose(self) -> Pose:
        hip = supine_root(self.x)
        knee = along(hip, self.thigh, SKELETON["thigh"])
        shin = self.thigh - self.knee
        front = shin + 90.0  # the shin's front faces this way
        grip = along(along(knee, shin, 7.0), front, WIDTH["shin"] / 2 + OUTLINE + 2.0)
        hand = shin - 10.0  # fingers round the shin, pointing toward the foot
        return pose(
            hip,
            180.0,
            spine=self.spine,
            neck=self.neck,
            arms=(
                Reach(grip[0], grip[1], hand, self.elbow),
                Reach(grip[0] - 3.0, grip[1] + 3.0, hand, self.elbow),
            ),
            legs=(Abs(self.thigh, shin, shin + 75.0), Abs(*self.far_leg)),
        )


@dataclass(frozen=True)
class PlacingRoll:
    """Sitting on the mat, knees bent and feet flat `feet` ahead of the hips, leaning back a
    little; the near hand holds a roll on the mat just behind the hips, where the small of the
    back will come down, and the far hand rests on the mat further back."""

    x: float
    roll: Point  # the roll's centre
    roll_r: float
    feet: float = 58.0
    torso: float = 100.0

    def pose(self) -> Pose:
        hip = (self.x, TORSO_ON_MAT)
        rx, ry = self.roll
        return pose(
            hip,
            self.torso,
            spine=3.0,
            neck=-12.0,
            arms=(
                # the hand over the top of the roll, fingers toward the hips
                Reach(rx - self.roll_r * 0.2, ry + self.roll_r + 3.0, -35.0, 170.0, tip=True),
                Reach(rx - 26.0, ON_MAT["hand"] - 1.0, 185.0, 180.0, tip=True),
            ),
            legs=(
                Reach(self.x + self.feet, ON_MAT["foot"] + 1.0, 0.0, 90.0),
                Reach(self.x + self.feet + 3.0, ON_MAT["foot"] + 1.5, 0.0, 90.0),
            ),
        )


@dataclass(frozen=True)
class LyingOverRoll:
    """Lying on the back over a roll under the small of the back: hips, shoulders and head
    rest on the mat and the back curves up over the roll; knees bent, feet flat `feet` ahead
    of the hips, arms resting on the mat a little out from the sides."""

    x: float
    roll: float  # the roll's radius; it lies under the back, its top touching it
    feet: float = 60.0
    arms_out: float = 66.0

    def pose(self) -> Pose:
        hip = supine_root(self.x)
        # the back's lowest edge sits this far below the spine where the roll lifts it
        back = TORSO_BACK[1][1]
        lift = 2.0 * self.roll + back - hip[1]
        ankle_y = ON_MAT["foot"] + 1.0
        shoulder = supine_shoulder(hip)
        return pose(
            hip,
            180.0,
            spine=-lift,
            spine_at=ROLL_AT,
            neck=-4.0,
            arms=(
                arm_by_side(shoulder, spread=self.arms_out),
                arm_by_side(shoulder, 2.0, spread=self.arms_out),
            ),
            legs=(
                Reach(self.x + self.feet, ankle_y, 0.0, 90.0),
                Reach(self.x + self.feet + 3.0, ankle_y + 0.5, 0.0, 90.0),
            ),
        )

    def roll_center(self) -> Point:
        """Where the roll lies: under the peak of the back's curve."""
        peak = 0.25 + 0.5 * ROLL_AT  # fraction of the torso, from the hips, at the peak
        return (self.x - peak * SKELETON["torso"], self.roll)


ROLL_AT = 0.1  # with the back's bend anchored here, the curve peaks under the low back


@dataclass(frozen=True)
class OverBall:
    """Face down over a physio ball, hips on its top, straight legs back to the toes on the
    mat, hands at the temples; `lifted` raises the chest until the body is one straight line,
    otherwise the back curls down over the ball."""

    center: Point
    radius: float
    lifted: bool
    neck: float

    def pose(self) -> Pose:
        center = self.center
        wrap_r = self.radius + 11.0  # the spine's distance from the ball's centre
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

        if self.lifted:
            # the body in one straight line from the heels to the head
            line_up = wrap(leg_dir + 180.0)
            return pose(
                hip,
                line_up,
                spine=-2.0,
                neck=self.neck,
                arms=temples(line_up, self.neck),
                legs=legs,
            )

        # folded: the spine follows the ball from the hips down toward the mat
        def shoulder_gap(angle: float) -> float:
            return dist(hip, along(center, angle, wrap_r)) - SKELETON["torso"]

        rest_angle = solve(shoulder_gap, 110.0, -60.0)
        shoulder = along(center, rest_angle, wrap_r)
        torso = heading(hip, shoulder)
        sagitta = wrap_r * (1.0 - math.cos(rad((112.0 - rest_angle) / 2.0)))
        return pose(
            hip, torso, spine=sagitta, neck=self.neck, arms=temples(torso, self.neck), legs=legs
        )


@dataclass(frozen=True)
class TowelOverhead:
    """Standing tall, feet hip-width apart, a towel held overhead in straight arms spread in
    a V. The body is turned `view` degrees toward the viewer so the V shows; `arm` is the arms'
    direction in the body's plane (90 = straight up, less = forward), `torso` its lean."""

    x: float
    arm: float
    torso: float = 90.0
    spine: float = 0.0
    spread: float = 32.0  # each arm out from the vertical, across the body
    view: float = 60.0
    neck: float = 0.0

    def pose(self) -> Pose:
        ankle_y = ON_MAT["foot"] + 1.0
        leg_len = SKELETON["thigh"] + SKELETON["shin"]
        hip = (self.x, ankle_y + leg_len)
        arm = Abs(self.arm, self.arm, self.arm, spread=self.spread)
        # legs straight down whatever the lean, so the feet stay flat under the hips
        leg = Abs(270.0, 270.0, 0.0, spread=3.0)
        return pose(
            hip,
            self.torso,
            spine=self.spine,
            neck=self.neck,
            view=self.view,
            arms=(arm, arm),
            legs=(leg, leg),
        )


@dataclass(frozen=True)
class HalfKneeling:
    """Kneeling on the near knee, the far foot flat ahead; `shift` moves the hips forward
    over the front foot, `torso` is the body's lean."""

    x: float
    shift: float
    torso: float

    def pose(self) -> Pose:
        x = self.x
        knee_y = ON_MAT["shin"]
        front_ankle = (x + 54.0, ON_MAT["foot"] + 1.0)
        back_knee = (x - 10.0, knee_y)
        hip_x = x + self.shift
        hip_y = knee_y + math.sqrt(SKELETON["thigh"] ** 2 - (hip_x - back_knee[0]) ** 2)
        hip = (hip_x, hip_y)
        thigh = heading(hip, back_knee)
        shoulder = along(hip, self.torso, SKELETON["torso"])
        rest = along(shoulder, -60.0, 52.0)
        return pose(
            hip,
            self.torso,
            spine=-1.5,
            neck=0.0,
            arms=(Reach(rest[0], rest[1], -30.0, 200.0), Reach(rest[0] + 4, rest[1], -30.0, 200.0)),
            legs=(
                Abs(thigh, 180.0, 180.0),
                Reach(front_ankle[0], front_ankle[1], 0.0, 20.0),
            ),
        )


@dataclass(frozen=True)
class Bridge:
    """From lying with the knees bent (`start`), hips lifted until the shoulders, hips and
    knees make one line."""

    start: LyingKneesBent

    def pose(self) -> Pose:
        sk = forward_kinematics(self.start.pose())
        shoulder = sk.shoulder
        ankle = sk["near_ankle"]
        # the knee lies on the circle of radius torso + thigh around the shoulder and on the
        # circle of radius shin around the ankle
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
        return pose(
            hip,
            torso,
            spine=-1.0,
            neck=wrap(178.0 - torso),
            arms=arms_by_sides(shoulder),
            legs=(
                Reach(ankle[0], ankle[1], 0.0, 90.0),
                Reach(ankle[0] + 3.0, ankle[1] + 0.5, 0.0, 90.0),
            ),
        )


@dataclass(frozen=True)
class HandsOnBelly:
    """Lying on the back, knees bent with the feet flat `feet` ahead, both hands resting on
    the belly."""

    x: float
    feet: float = 56.0

    def pose(self) -> Pose:
        x = self.x
        hip = supine_root(x)
        belly = along(hip, 180.0, SKELETON["torso"] * 0.4)
        top = belly[1] + TORSO_FRONT[1][1] + OUTLINE + 3.0
        return pose(
            hip,
            180.0,
            spine=-3.0,
            neck=-2.0,
            arms=(
                Reach(hip[0] - 14.0, top, -14.0, 250.0),
                Reach(hip[0] - 20.0, top, -10.0, 250.0),
            ),
            legs=(
                Reach(x + self.feet, ON_MAT["foot"] + 1.0, 0.0, 80.0),
                Reach(x + self.feet + 4.0, ON_MAT["foot"] + 1.5, 0.0, 80.0),
            ),
        )
