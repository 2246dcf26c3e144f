"""Things drawn around the body: equipment and movement cues.

Each prop is data (where it is, what it shows) plus the layer it is drawn in; it draws itself
from the skeleton, so a prop held in the hands follows them. Layers: "back" (behind the
whole figure), "under" (in the body's mid-plane: in front of the far arm and leg, behind the
torso), "middle" (in front of the torso, behind the near arm and leg), "front".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .geometry import Point, along, arc_points, dist, heading
from .model import OUTLINE, SKELETON, TORSO_FRONT, Skeleton
from .shapes import PALETTE, Shape, Style, arrow, circle, line, polygon, stroke


class Prop(Protocol):
    layer: str

    def draw(self, sk: Skeleton) -> list[Shape]: ...


@dataclass(frozen=True)
class Roll:
    """A towel rolled into a firm tube, seen end-on."""

    center: Point
    radius: float = 9.5
    layer: str = "under"

    def draw(self, sk: Skeleton) -> list[Shape]:
        r = self.radius
        spiral = [
            along(self.center, 100.0 - 540.0 * i / 36, r * 0.78 * (1 - 0.75 * i / 36))
            for i in range(37)
        ]
        return [
            circle(self.center, r, Style(PALETTE["towel"], PALETTE["towel_line"], 2.2)),
            line(spiral, stroke(PALETTE["towel_line"], 1.5)),
        ]


@dataclass(frozen=True)
class Ball:
    """A physio ball."""

    center: Point
    radius: float
    layer: str = "back"

    def draw(self, sk: Skeleton) -> list[Shape]:
        c, r = self.center, self.radius
        return [
            circle(c, r, Style(PALETTE["ball"], PALETTE["ball_line"], OUTLINE)),
            line(arc_points(c, r * 0.72, 105.0, 165.0, 10), stroke(PALETTE["ball_shine"], 4.0)),
        ]


@dataclass(frozen=True)
class HeldTowel:
    """A towel pulled tight between the fists, its ends hanging just past them."""

    layer: str = "middle"

    def draw(self, sk: Skeleton) -> list[Shape]:
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


@dataclass(frozen=True)
class ClockInset:
    """A small clock face near the pelvis with ticks at 12/3/6/9 and the hour highlighted.

    `offset` places its centre and `pointer` the tip of its tail, both relative to the hip.
    """

    hour: int
    offset: Point = (-20.0, 54.0)
    pointer: Point = (-6.0, 14.0)
    layer: str = "front"

    def draw(self, sk: Skeleton) -> list[Shape]:
        hip = sk.hip
        center = (hip[0] + self.offset[0], hip[1] + self.offset[1])
        pointer = (hip[0] + self.pointer[0], hip[1] + self.pointer[1])
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
        deg = 90.0 - 30.0 * (self.hour % 12)
        hand = line((center, along(center, deg, r - 7.0)), stroke(PALETTE["cue_line"], 2.6))
        dot = circle(
            along(center, deg, r - 4.0), 4.6, Style(PALETTE["cue"], PALETTE["cue_line"], 1.6)
        )
        shapes += [hand, circle(center, 2.2, Style(fill=PALETTE["body_line"])), dot]
        return shapes


@dataclass(frozen=True)
class MotionArc:
    """A curved arrow round the shoulder, just beyond the hands, from start to end
    (directions in the picture)."""

    start: float
    end: float
    layer: str = "front"

    def draw(self, sk: Skeleton) -> list[Shape]:
        pivot = sk.shoulder
        hands = midpoint(sk["near_hand"], sk["far_hand"])
        reach = sk["near_hand"] if sk.view == 0.0 else hands
        radius = dist(pivot, reach) + 14.0
        points = arc_points(pivot, radius, self.start, self.end, 12)
        return arrow(points, PALETTE["cue"], 4.0, 0.9)


def midpoint(p: Point, q: Point) -> Point:
    return ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)


@dataclass(frozen=True)
class StretchMarks:
    """Three short strokes in front of the near hip: the front of the hip being stretched."""

    layer: str = "front"

    def draw(self, sk: Skeleton) -> list[Shape]:
        thigh = heading(sk.hip, sk["near_knee"])
        front = thigh + 90.0
        base = along(sk.hip, thigh, 14.0)
        shapes: list[Shape] = []
        for i, k in enumerate((0.0, 9.0, 18.0)):
            p = along(along(base, front, 12.0 + i * 0.0), thigh, k - 9.0)
            q = along(p, front, 7.0)
            shapes.append(line((p, q), stroke(PALETTE["cue"], 3.2, 0.95)))
        return shapes


@dataclass(frozen=True)
class BreathMarks:
    """Two arcs and an arrow rising from the belly of a figure lying on its back."""

    layer: str = "front"

    def draw(self, sk: Skeleton) -> list[Shape]:
        belly = along(sk.hip, 180.0, SKELETON["torso"] * 0.4)
        top = belly[1] + TORSO_FRONT[1][1] + OUTLINE + 3.0
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
