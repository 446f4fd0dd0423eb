"""Seating: table geometry, placement by the protocol rules, warnings."""

from __future__ import annotations

import math

import pytest

from exchange_planner.domain.enums import TableShape
from exchange_planner.domain.seating import (
    host_seat,
    neighbours,
    opposite_seat,
    seat_layout,
    table_outline,
)

SHAPES = list(TableShape)


# --- geometry ---------------------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seats", [2, 3, 4, 5, 8, 9, 10, 12, 17, 40, 80])
def test_neighbours_are_symmetric(shape: TableShape, seats: int) -> None:
    for seat in range(1, seats + 1):
        left, right = neighbours(shape, seats, seat)
        if right is not None:
            assert neighbours(shape, seats, right)[0] == seat  # I am my right one's left
        if left is not None:
            assert neighbours(shape, seats, left)[1] == seat


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seats", [4, 5, 9, 10, 13, 24])
def test_right_neighbour_sits_at_the_right_hand(shape: TableShape, seats: int) -> None:
    # The person looks along ``facing``; his right hand points to facing + 90 degrees in the
    # y-down frame. The right neighbour must lie on that side, the left one on the other.
    spots = {s.seat: s for s in seat_layout(shape, seats)[0]}
    for seat, spot in spots.items():
        hand = math.radians(spot.facing + 90)
        left, right = neighbours(shape, seats, seat)
        for other, sign in ((right, 1), (left, -1)):
            if other is None:
                continue
            dx, dy = spots[other].x - spot.x, spots[other].y - spot.y
            assert sign * (dx * math.cos(hand) + dy * math.sin(hand)) > 0, (seat, other)


def test_round_numbering() -> None:
    assert host_seat(TableShape.ROUND, 10) == 1
    assert opposite_seat(TableShape.ROUND, 10) == 6
    assert opposite_seat(TableShape.ROUND, 9) == 5
    assert neighbours(TableShape.ROUND, 10, 1) == (2, 10)  # (left, right)
    assert neighbours(TableShape.ROUND, 10, 10) == (1, 9)
    spots = seat_layout(TableShape.ROUND, 10)[0]
    assert spots[0].x == pytest.approx(0) and spots[0].y < 0  # seat 1 at the top
    assert spots[1].x > 0  # clockwise on screen: seat 2 to the right of seat 1
    assert spots[0].facing == pytest.approx(90)  # looking down, at the table


def test_long_table_numbering_and_head_ends() -> None:
    assert host_seat(TableShape.LONG, 10) == 1
    assert opposite_seat(TableShape.LONG, 10) == 6  # 1 + 4 on the top side + 1
    assert opposite_seat(TableShape.LONG, 9) == 6  # top 4, bottom 3
    assert neighbours(TableShape.LONG, 10, 1) == (2, 10)  # no free ends: it wraps round
    spots = {s.seat: s for s in seat_layout(TableShape.LONG, 9)[0]}
    assert spots[1].x < spots[2].x and spots[1].y == 0  # seat 1 at the left head end
    assert spots[6].x > spots[5].x and spots[6].y == 0  # the far head end
    assert all(spots[s].y < 0 for s in range(2, 6))  # top side
    assert all(spots[s].y > 0 for s in range(7, 10))  # bottom side
    assert spots[7].x > spots[8].x > spots[9].x  # right to left


def test_u_shape_numbering_and_free_ends() -> None:
    assert host_seat(TableShape.U_SHAPE, 9) == 5  # middle of a 3-seat base after 3 left
    assert opposite_seat(TableShape.U_SHAPE, 9) is None
    assert neighbours(TableShape.U_SHAPE, 9, 1) == (2, None)
    assert neighbours(TableShape.U_SHAPE, 9, 9) == (None, 8)
    spots = {s.seat: s for s in seat_layout(TableShape.U_SHAPE, 9)[0]}
    base_y = spots[5].y
    assert {s for s, spot in spots.items() if spot.y == base_y} == {4, 5, 6}
    assert spots[1].y > spots[2].y > spots[3].y  # up the left arm
    assert spots[7].y < spots[8].y < spots[9].y  # down the right arm
    assert spots[5].x == pytest.approx(0)  # the host in the middle


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seats", range(1, 81))
def test_every_seat_has_a_spot_outside_the_table(shape: TableShape, seats: int) -> None:
    spots, (width, height) = seat_layout(shape, seats)
    assert [s.seat for s in spots] == list(range(1, seats + 1))
    points = [(s.x, s.y) for s in spots]
    assert len(set(points)) == seats
    if shape is TableShape.ROUND:
        assert all(math.hypot(px, py) > width / 2 for px, py in points)
    for x, y, w, h in table_outline(shape, seats):
        for px, py in points:
            assert not (x < px < x + w and y < py < y + h) or shape is TableShape.ROUND
    assert 1 <= host_seat(shape, seats) <= seats
    assert all(abs(px) <= width / 2 + 1 and abs(py) <= height / 2 + 1 for px, py in points)


def test_seat_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="seat 11"):
        neighbours(TableShape.ROUND, 10, 11)
