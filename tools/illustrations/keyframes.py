"""Every exercise's keyframes, in play order: the data the pictures are drawn from.

A keyframe is a stance (a body position on the mat, with its numbers) and the props drawn
with it. Lengths are model units (the mat's top surface is y = 0, the figure faces right),
angles degrees; see stances.py for what each number means.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .props import (
    Arrow,
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
    OverBall,
    SittingHuggingKnees,
    Stance,
    StandingTowelOverhead,
)


@dataclass(frozen=True)
class Keyframe:
    slug: str  # the file name after its number: 01-<slug>.svg
    stance: Stance
    props: tuple[Prop, ...] = field(default=())


ROLL = (130.0, 10.5)  # the rolled towel's centre, on the mat
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
            SittingHuggingKnees(x=172.0, feet=64.0),
            (Roll(ROLL), Arrow(((ROLL[0], 66.0), (ROLL[0], 27.0)))),
        ),
        Keyframe(
            "lie-over-the-roll",
            LyingLong(x=151.0, spine=-10.0, neck=-4.0, legs=((-4.0, 0.0, 75.0), (-3.0, 0.0, 70.0))),
            (Roll(ROLL, layer="front"),),
        ),
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
            StandingTowelOverhead(x=190.0, torso=86.0, spine=3.0, arm=68.0, shift=-2.0),
            (HeldTowel(), MotionArc(92.0, 56.0)),
        ),
        Keyframe(
            "arms-back",
            StandingTowelOverhead(x=190.0, torso=95.0, spine=-5.0, arm=112.0, shift=3.0),
            (HeldTowel(), MotionArc(86.0, 122.0)),
        ),
    ),
    "kneeling-hip-flexor": (
        Keyframe("half-kneel", HalfKneeling(x=170.0, shift=0.0, torso=90.0)),
        Keyframe("hips-forward", HalfKneeling(x=170.0, shift=22.0, torso=92.0), (StretchMarks(),)),
    ),
    "knee-to-chest": (
        Keyframe("lying-long", LyingLong(x=190.0, spine=-4.0, neck=-2.0)),
        Keyframe("knee-hugged", KneeHugged(x=190.0, thigh=138.0, knee=120.0)),
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
