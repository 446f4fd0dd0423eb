"""Seating: table geometry, placement by the protocol rules, warnings."""

from __future__ import annotations

import math

import pytest

from exchange_planner.domain.enums import (
    InterpreterPlace,
    MemberRole,
    SeatingRule,
    Side,
    TableShape,
)
from exchange_planner.domain.precedence import Participant, RankEntry, order_of_precedence
from exchange_planner.domain.seating import (
    PlacementResult,
    SeatKey,
    SeatWarning,
    TableSpec,
    behind_position,
    host_seat,
    neighbours,
    opposite_seat,
    place_guests,
    seat_layout,
    seating_warnings,
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


@pytest.mark.parametrize("shape", SHAPES)
def test_the_chair_behind_a_seat_is_further_from_the_table(shape: TableShape) -> None:
    for spot in seat_layout(shape, 12)[0]:
        x, y = behind_position(spot)
        assert math.hypot(x - spot.x, y - spot.y) == pytest.approx(0.8)
        looking = math.radians(spot.facing)
        # Behind: against the direction the seated person looks.
        assert (x - spot.x) * math.cos(looking) + (y - spot.y) * math.sin(looking) < 0


def test_seat_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="seat 11"):
        neighbours(TableShape.ROUND, 10, 11)


# --- placement ----------------------------------------------------------------------------

RANKS = [RankEntry(i, 1, "Kommunen", i, f"Rang {i}", None) for i in range(1, 10)]
RANKS += [RankEntry(10 + i, 2, "지방자치단체", i, f"등급 {i}", i) for i in range(1, 10)]
HOST, GUEST = Side.HOST, Side.DELEGATION
INTERPRETER = MemberRole.INTERPRETER


def someone(
    pid: int,
    name: str,
    side: Side,
    level: int | None,
    *,
    role: MemberRole = MemberRole.OFFICIAL,
    language: str = "",
    interprets_for: int | None = None,
) -> Participant:
    rank = None if level is None else (level if side is HOST else 10 + level)
    return Participant(
        pid,
        name,
        side,
        rank,
        None,
        None,
        None,
        role=role,
        language=language,
        interprets_for=interprets_for,
    )


def dinner() -> list[Participant]:
    """Leipzig hosts Gwangju: four a side (ids 1-4 home, 11-14 guests), ranks 1-4."""
    home = [someone(i, f"Host {i}", HOST, i) for i in range(1, 5)]
    guests = [someone(10 + i, f"Guest {i}", GUEST, i) for i in range(1, 5)]
    return home + guests


def place(
    people: list[Participant],
    tables: list[TableSpec] | None = None,
    *,
    rule: SeatingRule = SeatingRule.INTERNATIONAL,
    alternate: bool = True,
    interpreters: InterpreterPlace = InterpreterPlace.BESIDE,
    host_id: int | None = None,
    locked: dict[SeatKey, int] | None = None,
) -> PlacementResult:
    return place_guests(
        order_of_precedence(people, RANKS),
        tables or [TableSpec(1, "1", TableShape.ROUND, 10)],
        rule=rule,
        alternate=alternate,
        interpreters=interpreters,
        host_id=host_id,
        locked=locked or {},
    )


def seat_of(result: PlacementResult, pid: int) -> SeatKey:
    (key,) = [k for k, v in result.seats.items() if v == pid]
    return key


def right_of(result: PlacementResult, table: TableSpec, pid: int) -> int | None:
    seat = neighbours(table.shape, table.seats, seat_of(result, pid).seat)[1]
    return result.seats.get(SeatKey(table.id, seat)) if seat is not None else None


def left_of(result: PlacementResult, table: TableSpec, pid: int) -> int | None:
    seat = neighbours(table.shape, table.seats, seat_of(result, pid).seat)[0]
    return result.seats.get(SeatKey(table.id, seat)) if seat is not None else None


@pytest.mark.parametrize("shape", SHAPES)
def test_international_rule_guest_of_honour_on_the_hosts_right(shape: TableShape) -> None:
    table = TableSpec(1, "1", shape, 10)
    result = place(dinner(), [table])
    assert seat_of(result, 1).seat == host_seat(shape, 10)
    assert right_of(result, table, 1) == 11  # guest of honour
    assert left_of(result, table, 1) == 12  # second guest
    assert result.unseated == []


@pytest.mark.parametrize("shape", SHAPES)
def test_german_rule_guest_of_honour_on_the_hosts_left(shape: TableShape) -> None:
    table = TableSpec(1, "1", shape, 10)
    result = place(dinner(), [table], rule=SeatingRule.GERMAN)
    assert left_of(result, table, 1) == 11
    assert right_of(result, table, 1) == 12


@pytest.mark.parametrize("shape", [TableShape.ROUND, TableShape.LONG])
def test_co_host_opposite_with_the_next_guests(shape: TableShape) -> None:
    table = TableSpec(1, "1", shape, 10)
    result = place(dinner(), [table])
    assert seat_of(result, 2).seat == opposite_seat(shape, 10)
    assert right_of(result, table, 2) == 13
    assert left_of(result, table, 2) == 14
    german = place(dinner(), [table], rule=SeatingRule.GERMAN)
    assert left_of(german, table, 2) == 13 and right_of(german, table, 2) == 14


def test_u_shape_co_host_next_to_the_guest_of_honour() -> None:
    table = TableSpec(1, "U", TableShape.U_SHAPE, 9)
    result = place(dinner(), [table])
    assert seat_of(result, 1).seat == 5
    assert right_of(result, table, 1) == 11
    assert right_of(result, table, 11) == 2  # the co-host beyond the guest of honour


@pytest.mark.parametrize("shape", SHAPES)
def test_alternation_puts_the_sides_side_by_side(shape: TableShape) -> None:
    table = TableSpec(1, "1", shape, 8)
    result = place(dinner(), [table])
    people = {p.person_id: p for p in dinner()}
    warnings = seating_warnings(result.seats, [table], dinner(), people, alternate=True)
    assert [w for w in warnings if w.kind == "same_side_neighbours"] == []
    for seat in range(1, 9):
        left = neighbours(shape, 8, seat)[0]
        if left is not None:
            a, b = result.seats[SeatKey(1, seat)], result.seats[SeatKey(1, left)]
            assert people[a].side is not people[b].side


def test_without_alternation_rank_decides_alone() -> None:
    table = TableSpec(1, "1", TableShape.ROUND, 10)
    # Guest 5 outranks hosts 3 and 4: by rank he takes the first free seat (9, beyond the
    # guest of honour at 10); alternation gives that seat to a host and him the next one
    # between a host and a guest.
    people = [someone(1, "H1", HOST, 1), someone(2, "H2", HOST, 2)]
    people += [someone(3, "H3", HOST, 5), someone(4, "H4", HOST, 6)]
    people += [someone(11, "G1", GUEST, 1), someone(12, "G2", GUEST, 1)]
    people += [someone(13, "G3", GUEST, 2), someone(14, "G4", GUEST, 2)]
    people += [someone(15, "G5", GUEST, 3)]
    everyone = [p.person_id for p in people]
    plain = place(people, [table], alternate=False)
    assert plain.seats[SeatKey(1, 9)] == 15
    warnings = seating_warnings(plain.seats, [table], people, everyone, alternate=True)
    assert SeatWarning("same_side_neighbours", (15, 11), SeatKey(1, 9)) in warnings
    assert seating_warnings(plain.seats, [table], people, everyone, alternate=False) == []
    mixed = place(people, [table], alternate=True)
    assert mixed.seats[SeatKey(1, 9)] == 3
    assert mixed.seats[SeatKey(1, 4)] == 15
    warnings = seating_warnings(mixed.seats, [table], people, everyone, alternate=True)
    # Five guests and four hosts cannot all alternate: the one pair left (guests 5 and 3) is
    # unavoidable, so it is no warning.
    assert not [w for w in warnings if w.kind == "same_side_neighbours"]


def test_same_side_pairs_warn_only_beyond_what_the_two_sides_numbers_make_unavoidable() -> None:
    table = TableSpec(1, "1", TableShape.ROUND, 6)
    hosts = [someone(1, "H1", HOST, 1), someone(2, "H2", HOST, 2), someone(3, "H3", HOST, 3)]
    guests = [someone(11, "G1", GUEST, 1), someone(12, "G2", GUEST, 2)]
    guests += [someone(13, "G3", GUEST, 3)]
    people = hosts + guests
    everyone = [p.person_id for p in people]

    def pairs(order: list[int]) -> list[tuple[int, ...]]:
        seats = {SeatKey(1, seat): pid for seat, pid in enumerate(order, start=1)}
        found = seating_warnings(seats, [table], people, everyone, alternate=True)
        return [w.person_ids for w in found if w.kind == "same_side_neighbours"]

    assert pairs([1, 11, 2, 12, 3, 13]) == []  # alternating
    # three and three could alternate: every same-side pair of this plan is named
    assert len(pairs([1, 2, 3, 11, 12, 13])) == 4
    # a table of guests only cannot alternate at all: no warning
    only_guests = [someone(10 + n, f"G{n}", GUEST, n) for n in range(1, 7)]
    seats = {SeatKey(1, n): 10 + n for n in range(1, 7)}
    found = seating_warnings(seats, [table], only_guests, list(seats.values()), alternate=True)
    assert not [w for w in found if w.kind == "same_side_neighbours"]


def test_interpreters_beside_on_the_outer_sides_of_the_principal_pair() -> None:
    people = [
        *dinner(),
        someone(21, "Jiyoung Müller", HOST, None, role=INTERPRETER, interprets_for=1),
        someone(22, "Baek Seo-yeon", GUEST, None, role=INTERPRETER),  # default: guest 1
    ]
    table = TableSpec(1, "1", TableShape.ROUND, 12)
    result = place(people, [table])
    assert right_of(result, table, 1) == 11  # still the guest of honour
    assert left_of(result, table, 1) == 21  # the host's interpreter on his other side
    assert right_of(result, table, 11) == 22  # the guest's interpreter beyond the guest
    assert left_of(result, table, 21) == 12  # the second guest one further
    kinds = {
        w.kind
        for w in seating_warnings(
            result.seats, [table], people, [p.person_id for p in people], alternate=True
        )
    }
    assert "interpreter_far" not in kinds
    assert "same_side_neighbours" not in kinds


def test_interpreters_behind_take_no_table_seat() -> None:
    people = [
        *dinner(),
        someone(21, "Jiyoung Müller", HOST, None, role=INTERPRETER, interprets_for=1),
        someone(22, "Baek Seo-yeon", GUEST, None, role=INTERPRETER, interprets_for=11),
    ]
    table = TableSpec(1, "1", TableShape.ROUND, 8)  # exactly the eight principals
    result = place(people, [table], interpreters=InterpreterPlace.BEHIND)
    assert result.unseated == []
    assert seat_of(result, 21) == SeatKey(1, seat_of(result, 1).seat, behind=True)
    assert seat_of(result, 22) == SeatKey(1, seat_of(result, 11).seat, behind=True)
    assert right_of(result, table, 1) == 11 and left_of(result, table, 1) == 12


def test_interpreter_of_a_later_guest_sits_beside_him() -> None:
    people = [*dinner(), someone(23, "Lee", GUEST, None, role=INTERPRETER, interprets_for=14)]
    table = TableSpec(1, "1", TableShape.ROUND, 10)
    result = place(people, [table])
    near = neighbours(TableShape.ROUND, 10, seat_of(result, 14).seat)
    assert seat_of(result, 23).seat in near


def test_language_gives_a_guest_a_neighbour_he_can_talk_to() -> None:
    people = language_dinner("de")
    table = TableSpec(1, "1", TableShape.ROUND, 10)
    without = place([replace_language(p) for p in people], [table])
    assert without.seats[SeatKey(1, 4)] == 15  # between host 4 and guest 3
    result = place(people, [table])
    assert 3 in (left_of(result, table, 15), right_of(result, table, 15))
    assert seat_of(result, 5) == SeatKey(1, 4)  # the one he changed places with
    moved = {pid for key, pid in result.seats.items() if without.seats[key] != pid}
    assert moved == {5, 15}


def language_dinner(h4_language: str) -> list[Participant]:
    # By rank guest 5 (Korean only) sits between host 4 and an English-speaking guest;
    # host 3 speaks Korean, and host 5 (ranked after guest 5) sits beside host 3.
    return [
        someone(1, "H1", HOST, 1, language="de"),
        someone(2, "H2", HOST, 2, language="de"),
        someone(3, "H3", HOST, 3, language="de,ko"),
        someone(4, "H4", HOST, 4, language=h4_language),
        someone(5, "H5", HOST, 6, language="de"),
        someone(11, "G1", GUEST, 1, language="ko,en"),
        someone(12, "G2", GUEST, 2, language="ko,de"),
        someone(13, "G3", GUEST, 3, language="en"),
        someone(14, "G4", GUEST, 4, language="en"),
        someone(15, "G5", GUEST, 5, language="ko"),
    ]


def test_no_language_swap_that_takes_someone_elses_only_partner() -> None:
    # Host 5 would land beside host 4, who speaks nothing known, and an English speaker:
    # he would lose the neighbour he shares German with, so the swap is not made.
    people = language_dinner("")
    table = TableSpec(1, "1", TableShape.ROUND, 10)
    without = place([replace_language(p) for p in people], [table])
    assert place(people, [table]) == without
    assert place(language_dinner("de"), [table]) != without


def replace_language(p: Participant) -> Participant:
    from dataclasses import replace

    return replace(p, language="")


def test_guest_with_his_interpreter_is_not_moved_for_language() -> None:
    # The dinner where guest 5 changes places for a Korean-speaking neighbour, now with an
    # interpreter on the chair behind him: he stays, and so does she.
    people = [
        *language_dinner("de"),
        someone(21, "I", GUEST, None, role=INTERPRETER, interprets_for=15, language="ko,de"),
    ]
    table = TableSpec(1, "1", TableShape.ROUND, 10)
    result = place(people, [table], interpreters=InterpreterPlace.BEHIND)
    assert result.seats[SeatKey(1, 4)] == 15
    assert result.seats[SeatKey(1, 4, behind=True)] == 21


def test_locked_seats_stay_and_are_not_placed_again() -> None:
    table = TableSpec(1, "1", TableShape.ROUND, 10)
    locked = {SeatKey(1, 6): 14, SeatKey(1, 10): 3}  # guest 4 opposite, host 3 at the right
    result = place(dinner(), [table], locked=locked)
    for key, pid in locked.items():
        assert result.seats[key] == pid
    assert sorted(result.seats.values()) == sorted(p.person_id for p in dinner())
    assert result.seats[SeatKey(1, 1)] == 1
    assert result.seats[SeatKey(1, 9)] == 11  # the host's right is taken: one further
    assert left_of(result, table, 1) == 12
    assert seat_of(result, 2).seat == 5  # the co-host beside the locked opposite seat


def test_tables_filled_in_order_each_with_its_own_host_and_guest() -> None:
    people = [someone(i, f"H{i}", HOST, i) for i in range(1, 5)]
    people += [someone(10 + i, f"G{i}", GUEST, i) for i in range(1, 5)]
    first, second = (
        TableSpec(7, "Ehrentisch", TableShape.ROUND, 4),
        TableSpec(3, "2", TableShape.LONG, 6),
    )
    result = place(people, [first, second])
    top = {pid for key, pid in result.seats.items() if key.table_id == 7}
    assert top == {1, 11, 2, 12}  # the best ranks at the first table listed
    assert right_of(result, first, 1) == 11
    # At the second table its best-ranked home participant hosts, guest 3 at his right.
    assert seat_of(result, 3) == SeatKey(3, 1)
    assert right_of(result, second, 3) == 13


def test_not_enough_seats_leaves_the_lowest_ranks_unseated() -> None:
    table = TableSpec(1, "1", TableShape.ROUND, 6)
    result = place(dinner(), [table])
    assert result.unseated == [14, 4]  # guest 4 and host 4 (equal: by name), the last two
    assert len(result.seats) == 6
    order = order_of_precedence(dinner(), RANKS)
    everyone = [p.person_id for p in dinner()]
    warnings = seating_warnings(result.seats, [table], order, everyone, alternate=True)
    assert SeatWarning("unseated", (14, 4)) in warnings  # one warning, in rank order


def test_principal_and_interpreter_stay_together_at_the_next_table() -> None:
    people = [
        *dinner(),
        someone(21, "I", GUEST, None, role=INTERPRETER, interprets_for=13),
    ]
    tables = [TableSpec(1, "1", TableShape.ROUND, 5), TableSpec(2, "2", TableShape.ROUND, 6)]
    result = place(people, tables)
    assert result.unseated == []
    guest = seat_of(result, 13)
    interpreter = seat_of(result, 21)
    assert interpreter.table_id == guest.table_id
    assert interpreter.seat in neighbours(
        TableShape.ROUND, 5 if guest.table_id == 1 else 6, guest.seat
    )


def test_the_plans_host_may_be_someone_else() -> None:
    table = TableSpec(1, "1", TableShape.ROUND, 8)
    result = place(dinner(), [table], host_id=3)
    assert seat_of(result, 3) == SeatKey(1, 1)
    assert right_of(result, table, 3) == 11
    assert seat_of(result, 1).seat == 5  # the first home participant is now the co-host


# --- warnings -----------------------------------------------------------------------------


def test_warnings_for_seats_set_by_hand() -> None:
    table = TableSpec(1, "1", TableShape.ROUND, 6)
    people = [
        someone(1, "H1", HOST, 1),
        someone(2, "H2", HOST, None),
        someone(11, "G1", GUEST, 1),
        someone(12, "G2", GUEST, 2),
        someone(21, "I", HOST, None, role=INTERPRETER, interprets_for=1),
    ]
    seats = {
        SeatKey(1, 1): 1,
        SeatKey(1, 2): 2,  # two home participants side by side
        SeatKey(1, 3): 11,
        SeatKey(1, 4): 21,  # the host's interpreter across the table
        SeatKey(1, 5): 11,  # the guest of honour a second time
        SeatKey(1, 6): 99,  # someone not at this meal
    }
    attending = [1, 2, 11, 12, 21]
    warnings = seating_warnings(seats, [table], people, attending, alternate=True)
    assert warnings == [
        SeatWarning("seated_twice", (11,), SeatKey(1, 5)),
        SeatWarning("not_attending", (99,), SeatKey(1, 6)),
        SeatWarning("interpreter_far", (21, 1), SeatKey(1, 4)),
        SeatWarning("same_side_neighbours", (1, 2), SeatKey(1, 1)),
        SeatWarning("unseated", (12,)),
        SeatWarning("unranked", (2,)),
    ]
    calm = seating_warnings(seats, [table], people, attending, alternate=False)
    assert "same_side_neighbours" not in {w.kind for w in calm}


def test_interpreter_behind_the_principal_or_beside_is_near() -> None:
    table = TableSpec(1, "1", TableShape.U_SHAPE, 5)
    people = [someone(1, "H1", HOST, 1), someone(21, "I", HOST, None, role=INTERPRETER)]
    behind = {SeatKey(1, 3): 1, SeatKey(1, 3, behind=True): 21}
    assert seating_warnings(behind, [table], people, [1, 21], alternate=True) == []
    neighbour = {SeatKey(1, 3): 1, SeatKey(1, 2, behind=True): 21}
    assert seating_warnings(neighbour, [table], people, [1, 21], alternate=True) == []
    elsewhere = {SeatKey(1, 3): 1, SeatKey(1, 1, behind=True): 21}
    kinds = [w.kind for w in seating_warnings(elsewhere, [table], people, [1, 21], alternate=True)]
    assert kinds == ["interpreter_far"]
    # Seat 1 of a U is at a free end: seat 5 is not its neighbour.
    ends = {SeatKey(1, 1): 1, SeatKey(1, 5): 21}
    kinds = [w.kind for w in seating_warnings(ends, [table], people, [1, 21], alternate=True)]
    assert kinds == ["interpreter_far"]
    round_table = TableSpec(1, "1", TableShape.ROUND, 5)
    assert seating_warnings(ends, [round_table], people, [1, 21], alternate=True) == []


def test_flags_of_the_order_are_carried_into_the_warnings() -> None:
    people = [
        someone(1, "Berg", HOST, 2),
        someone(2, "Adler", HOST, 2),
        someone(3, "Nobody", HOST, None),
        someone(11, "Kang", GUEST, 1),
    ]
    order = order_of_precedence(people, RANKS)
    table = TableSpec(1, "1", TableShape.ROUND, 4)
    result = place_guests(
        order,
        [table],
        rule=SeatingRule.INTERNATIONAL,
        alternate=False,
        interpreters=InterpreterPlace.BESIDE,
    )
    warnings = seating_warnings(result.seats, [table], order, [1, 2, 3, 11], alternate=False)
    assert SeatWarning("tie_alphabetical", (2, 1)) in warnings
    assert SeatWarning("unranked", (3,)) in warnings


def test_each_group_of_equal_rank_is_a_tie_of_its_own() -> None:
    people = [
        someone(1, "Berg", HOST, 2),
        someone(2, "Adler", HOST, 2),
        someone(4, "Ziegler", HOST, 3),
        someone(5, "Meyer", HOST, 3),
        someone(3, "Nobody", HOST, None),
        someone(6, "Niemand", HOST, None),
        someone(11, "Kang", GUEST, 1),
    ]
    order = order_of_precedence(people, RANKS)
    table = TableSpec(1, "1", TableShape.ROUND, 8)
    result = place_guests(
        order,
        [table],
        rule=SeatingRule.INTERNATIONAL,
        alternate=False,
        interpreters=InterpreterPlace.BESIDE,
    )
    everyone = [1, 2, 3, 4, 5, 6, 11]
    warnings = seating_warnings(result.seats, [table], order, everyone, alternate=False)
    ties = [w.person_ids for w in warnings if w.kind == "tie_alphabetical"]
    assert ties == [(2, 1), (5, 4)]
    assert [w.person_ids for w in warnings if w.kind == "unranked"] == [(6, 3)]


def test_a_principal_waits_for_a_seat_with_room_for_his_interpreter() -> None:
    # U with six seats: the host in the middle of the base (3), guests 1 and 2 beside him.
    # The next seat by distance is the free end of the left arm (1), with no free seat next
    # to it; guest 3 and his interpreter take seats 5 and 6 instead.
    people = [
        someone(1, "Host", HOST, 1),
        someone(11, "G1", GUEST, 1),
        someone(12, "G2", GUEST, 2),
        someone(13, "G3", GUEST, 3),
        someone(21, "I", GUEST, None, role=INTERPRETER, interprets_for=13),
    ]
    table = TableSpec(1, "U", TableShape.U_SHAPE, 6)
    result = place(people, [table])
    assert seat_of(result, 1).seat == 3
    assert {seat_of(result, 13).seat, seat_of(result, 21).seat} == {5, 6}
    everyone = [p.person_id for p in people]
    warnings = seating_warnings(result.seats, [table], people, everyone, alternate=True)
    assert "interpreter_far" not in {w.kind for w in warnings}


def test_host_and_guest_of_honour_share_the_first_table_before_his_interpreters() -> None:
    people = [
        *dinner(),
        someone(21, "I1", HOST, None, role=INTERPRETER, interprets_for=1),
        someone(22, "I2", HOST, None, role=INTERPRETER, interprets_for=1),
    ]
    first, second = TableSpec(1, "1", TableShape.ROUND, 3), TableSpec(2, "2", TableShape.ROUND, 8)
    result = place(people, [first, second])
    assert seat_of(result, 1) == SeatKey(1, 1)
    assert right_of(result, first, 1) == 11  # the guest of honour
    assert left_of(result, first, 1) == 21  # one interpreter beside the host
    assert seat_of(result, 22).table_id == 2  # no room for the second
    assert result.unseated == []
