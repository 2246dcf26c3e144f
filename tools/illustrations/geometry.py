"""Points and angles in the model's plane (y up), and two small solvers."""

from __future__ import annotations

import math
from collections.abc import Callable

Point = tuple[float, float]


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


def wrap(deg: float) -> float:
    """Angle folded into (-180, 180]."""
    deg = math.fmod(deg, 360.0)
    if deg <= -180.0:
        deg += 360.0
    elif deg > 180.0:
        deg -= 360.0
    return deg


def quad_bezier(p0: Point, p1: Point, p2: Point, t: float) -> Point:
    u = 1.0 - t
    return (
        u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
        u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
    )


def arc_points(center: Point, radius: float, start: float, end: float, steps: int) -> list[Point]:
    return [along(center, start + (end - start) * i / steps, radius) for i in range(steps + 1)]


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


def two_link(base: Point, target: Point, l1: float, l2: float, bend: float) -> tuple[float, float]:
    """World directions of a two-segment chain from base reaching target (clamped).

    Of the two ways to bend, the one whose middle joint lies further toward `bend` (a world
    direction) is chosen.
    """
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
