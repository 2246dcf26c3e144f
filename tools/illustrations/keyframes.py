"""Every exercise's keyframes, in play order: the data the pictures are drawn from.

A keyframe is a stance (a body position on the mat, with its numbers) and the props drawn
with it. Lengths are model units (the mat's top surface is y = 0, the figure faces right),
angles degrees; see stances.py for what each number means.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .props import (
    Ball,
    BreathMarks,
    ClockInset,
    HeldTowel,
    MotionArc,
    Prop,
    Roll,
    StretchMarks,
)
from .stances import (
    Bridge,
    DownwardDog,
    HalfKneeling,
    HandsAndKnees,
    HandsOnBelly,
    KneeHugged,
    LyingKneesBent,
    LyingLong,
    LyingOverRoll,
    OverBall,
    PlacingRoll,
    Stance,
    TowelOverhead,
)


@dataclass(frozen=True)
class Keyframe:
    slug: str  # the file name after its number: 01-<slug>.svg
    stance: Stance
    props: tuple[Prop, ...] = field(default=())


# the roll stays where it was put: just behind the sitting hips, then under the small of the back
LIE = LyingOverRoll(x=150.0, roll=9.5)
BALL = Ball(center=(190.0, 34.0), radius=33.0)

EXERCISES: dict[str, tuple[Keyframe, ...]] = {
    "cat-pose": (
        Keyframe("round-up", HandsAndKnees(x=150.0, spine=15.0, neck=-62.0)),
        Keyframe("back-dips", HandsAndKnees(x=150.0, spine=-8.0, neck=22.0)),
    ),
    "downward-dog": (
        Keyframe("hands-and-knees", HandsAndKnees(x=150.0, spine=0.0, neck=-8.0)),
        Keyframe(
            "downward-dog",
            DownwardDog(start=HandsAndKnees(x=150.0, spine=0.0, neck=-8.0), slope=43.0, neck=-28.0),
        ),
    ),
    "pelvic-clock": tuple(
        Keyframe(slug, LyingKneesBent(x=170.0, spine=spine), (ClockInset(hour),))
        for hour, slug, spine in (
            (12, "12-oclock", 2.0),
            (3, "3-oclock", -4.0),
            (6, "6-oclock", -11.0),
            (9, "9-oclock", -4.0),
        )
    ),
    "rolled-towel": (
        Keyframe(
            "place-the-roll",
            PlacingRoll(x=LIE.roll_center()[0] + 26.0, roll=LIE.roll_center(), roll_r=LIE.roll),
            (Roll(LIE.roll_center(), LIE.roll),),
        ),
        Keyframe("lie-over-the-roll", LIE, (Roll(LIE.roll_center(), LIE.roll),)),
    ),
    "backward-situp": (
        Keyframe(
            "folded-over-the-ball",
            OverBall(BALL.center, BALL.radius, lifted=False, neck=-18.0),
            (BALL,),
        ),
        Keyframe(
            "back-extended", OverBall(BALL.center, BALL.radius, lifted=True, neck=-6.0), (BALL,)
        ),
    ),
    "towel-rock": (
        Keyframe(
            "arms-forward",
            TowelOverhead(x=150.0, arm=60.0, torso=84.0, spine=1.0),
            (HeldTowel(), MotionArc(112.0, 68.0)),
        ),
        Keyframe(
            "arms-back",
            TowelOverhead(x=150.0, arm=120.0, torso=97.0, spine=-1.0),
            (HeldTowel(layer="back"), MotionArc(68.0, 112.0)),
        ),
    ),
    "kneeling-hip-flexor": (
        Keyframe("half-kneel", HalfKneeling(x=170.0, shift=0.0, torso=90.0)),
        Keyframe("hips-forward", HalfKneeling(x=170.0, shift=22.0, torso=92.0), (StretchMarks(),)),
    ),
    "knee-to-chest": (
        Keyframe("lying-long", LyingLong(x=190.0, spine=-4.0, neck=-2.0)),
        Keyframe("knee-hugged", KneeHugged(x=190.0, thigh=140.0, knee=95.0)),
    ),
    "bridge": (
        Keyframe("lying-knees-bent", LyingKneesBent(x=170.0, spine=-3.0)),
        Keyframe("hips-lifted", Bridge(start=LyingKneesBent(x=170.0, spine=-3.0))),
    ),
    "constructive-rest": (
        Keyframe("resting", HandsOnBelly(x=175.0)),
        Keyframe("breathing", HandsOnBelly(x=175.0), (BreathMarks(),)),
    ),
}
