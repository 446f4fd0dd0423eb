"""Seating plans: table geometry, automatic placement by protocol rules, and warnings.

Geometry
========
Units: one seat's width (about 60 cm). Coordinates are centred on the table (0, 0), x grows
to the right and y **downwards** (as on screen and in a drawing turned the same way);
``seat_layout`` gives every seat's spot and the table's size, ``table_outline`` the table's
rectangles. Seats are numbered 1..N **clockwise as seen from above**.

``SeatSpot.facing`` is the direction the seated person looks, in degrees in the same
y-down frame: 0 = towards +x (right in the drawing), 90 = towards +y (down), 180 = left,
270 = up. The person's right hand points to ``facing + 90``.

Because everyone faces the table, walking clockwise round it goes to each person's **left**:
the **right** neighbour of seat s is seat s − 1 and the **left** neighbour is s + 1 (wrapping
round on ROUND and LONG tables; a U has free ends).

ROUND (N seats)::

            1            seat 1 (host) at the top, then clockwise;
        N       2        the seat opposite the host (co-host) is 1 + N // 2.
      N-1   ( )   3      Host's right = N, host's left = 2.
        ...     ...

LONG (a rectangle with head ends, drawn lying)::

          2   3   4   5          seat 1: left head end (host), looking right;
      1 [               ] 6      2..1+a along the top side, a = ceil((N-2)/2);
          9   8   7              2+a: right head end (co-host, the opposite seat);
                                 then back along the bottom side, right to left.
      (N = 9: a = 4, bottom 3)    Host's right = N (bottom side), left = 2 (top side).

U_SHAPE (seats on the outer side only; the base at the top, the arms hanging down, the open
end at the bottom)::

            4   5   6            base: q seats (q odd, about N / 3); the host sits in its
          +-----------+          middle; arms: l = (N - q) // 2 seats on the left,
        3 |  +-----+  | 7        the rest on the right (one more when N - q is odd).
        2 |  |     |  | 8        Seat 1 is at the free end of the left arm; numbering goes
        1 |  |     |  | 9        up the left arm, along the base, down the right arm.
          +--+     +--+          No opposite seat. Seat 1 has no right neighbour,
      (N = 9: q = 3, l = 3)      seat N no left neighbour.

Placement
=========
See ``place_guests``; the conventions are stated there and in docs/protocol.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from exchange_planner.domain.enums import (
    InterpreterPlace,
    MemberRole,
    SeatingRule,
    Side,
    TableShape,
)
from exchange_planner.domain.precedence import TIE_ALPHABETICAL, UNRANKED, Participant, Placed

SEAT_OFFSET = 0.5  # distance from a table's edge to the centre of a seat
BAR_DEPTH = 1.0  # depth of a LONG table and of a U's bars


@dataclass(frozen=True)
class SeatSpot:
    """Where a seat is drawn, in table units (table centre = 0, 0)."""

    seat: int
    x: float
    y: float  # y grows downwards
    facing: float  # degrees; the direction the seated person looks (towards the table)


def _check(seats: int, seat: int | None = None) -> None:
    if seats < 1:
        raise ValueError(f"a table needs at least one seat, not {seats}")
    if seat is not None and not 1 <= seat <= seats:
        raise ValueError(f"seat {seat} is not a seat of a table with {seats} seats")


def _long_sides(seats: int) -> tuple[int, int]:
    """Seats along the top and the bottom side of a LONG table (the rest are head ends)."""
    sides = max(seats - 2, 0)
    top = (sides + 1) // 2
    return top, sides - top


def _u_parts(seats: int) -> tuple[int, int, int]:
    """Seats on the left arm, the base and the right arm of a U."""
    base = min(max(int(seats / 3 + 0.5), 1), seats)
    if base % 2 == 0:  # an odd base puts the host exactly in its middle
        base = base + 1 if base + 1 <= seats else base - 1
    left = (seats - base) // 2
    return left, base, seats - base - left


def host_seat(shape: TableShape, seats: int) -> int:
    """The host's seat: 1 on ROUND and LONG tables, the middle of the base of a U."""
    _check(seats)
    if shape is TableShape.U_SHAPE:
        left, base, _ = _u_parts(seats)
        return left + (base + 1) // 2
    return 1


def opposite_seat(shape: TableShape, seats: int) -> int | None:
    """The co-host's seat, facing the host: None on a U (and at a one-seat table)."""
    _check(seats)
    if shape is TableShape.U_SHAPE or seats < 2:
        return None
    if shape is TableShape.LONG:
        return 2 + _long_sides(seats)[0]
    return 1 + seats // 2


def neighbours(shape: TableShape, seats: int, seat: int) -> tuple[int | None, int | None]:
    """(left, right) as seen by the person seated there, facing the table; None at an end
    (the free ends of a U; a LONG table has no free ends)."""
    _check(seats, seat)
    if seats == 1:
        return None, None
    left, right = seat + 1, seat - 1
    if shape is TableShape.U_SHAPE:
        return (left if left <= seats else None), (right if right >= 1 else None)
    return (left if left <= seats else 1), (right if right >= 1 else seats)


def seat_layout(shape: TableShape, seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    """The seats' spots and the table's size (width, height) in the same units."""
    _check(seats)
    if shape is TableShape.ROUND:
        return _round_layout(seats)
    if shape is TableShape.LONG:
        return _long_layout(seats)
    return _u_layout(seats)


def table_outline(shape: TableShape, seats: int) -> list[tuple[float, float, float, float]]:
    """The table top as rectangles (x, y, width, height), x and y their top-left corner.

    ROUND: one square, the bounding box of the round table (draw the ellipse inside it);
    LONG: one rectangle; U_SHAPE: the base and the two arms (each ``BAR_DEPTH`` deep).
    """
    _, (width, height) = seat_layout(shape, seats)
    if shape is not TableShape.U_SHAPE:
        return [(-width / 2, -height / 2, width, height)]
    arm = height - BAR_DEPTH
    return [
        (-width / 2, -height / 2, width, BAR_DEPTH),
        (-width / 2, -height / 2 + BAR_DEPTH, BAR_DEPTH, arm),
        (width / 2 - BAR_DEPTH, -height / 2 + BAR_DEPTH, BAR_DEPTH, arm),
    ]


def _round_layout(seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    # Seats one unit apart round the circle, the table at least 1.5 units across.
    radius = max(0.75, seats / (2 * math.pi) - SEAT_OFFSET)
    ring = radius + SEAT_OFFSET
    spots = []
    for seat in range(1, seats + 1):
        angle = -90.0 + 360.0 * (seat - 1) / seats  # clockwise on screen (y down)
        rad = math.radians(angle)
        facing = (angle + 180.0) % 360.0
        spots.append(SeatSpot(seat, ring * math.cos(rad), ring * math.sin(rad), facing))
    return spots, (2 * radius, 2 * radius)


def _long_layout(seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    top, bottom = _long_sides(seats)
    width, height = float(max(top, 1)), BAR_DEPTH
    spots = [SeatSpot(1, -width / 2 - SEAT_OFFSET, 0.0, 0.0)]
    for i in range(top):
        x = -width / 2 + width * (i + 0.5) / top
        spots.append(SeatSpot(2 + i, x, -height / 2 - SEAT_OFFSET, 90.0))
    if seats >= 2:
        spots.append(SeatSpot(2 + top, width / 2 + SEAT_OFFSET, 0.0, 180.0))
    for j in range(bottom):
        x = width / 2 - width * (j + 0.5) / bottom
        spots.append(SeatSpot(3 + top + j, x, height / 2 + SEAT_OFFSET, 270.0))
    return spots, (width, height)


def _u_layout(seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    left, base, right = _u_parts(seats)
    width = float(max(base, 3))
    arm = float(max(left, right, 1))
    height = BAR_DEPTH + arm
    spots = []
    # Arm seats one unit apart from the base down, so the two arms' seats face each other.
    for k in range(left):  # up the left arm, from its free end
        y = -height / 2 + BAR_DEPTH + (left - 1 - k) + 0.5
        spots.append(SeatSpot(1 + k, -width / 2 - SEAT_OFFSET, y, 0.0))
    for i in range(base):  # along the base, left to right
        x = -width / 2 + width * (i + 0.5) / base
        spots.append(SeatSpot(1 + left + i, x, -height / 2 - SEAT_OFFSET, 90.0))
    for k in range(right):  # down the right arm
        y = -height / 2 + BAR_DEPTH + k + 0.5
        spots.append(SeatSpot(1 + left + base + k, width / 2 + SEAT_OFFSET, y, 180.0))
    return spots, (width, height)
