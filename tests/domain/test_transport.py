"""The transport plan's checks and automatic seating (domain/transport.py), without Qt."""

from __future__ import annotations

from datetime import UTC, datetime

from exchange_planner.domain.transport import (
    Ride,
    TransferSpec,
    VehicleSpec,
    auto_assign,
    check,
    refusals,
    warnings,
)

BUS = VehicleSpec(1, "Bus 1", 24)
VAN = VehicleSpec(2, "Van 1", 3)


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 7, 26, hour, minute, tzinfo=UTC)


def _transfer(item_id: int, start: int, end: int, people: set[int]) -> TransferSpec:
    return TransferSpec(item_id, f"Transfer {item_id}", _at(start), _at(end), frozenset(people))


def test_a_good_plan_has_no_findings() -> None:
    transfer = _transfer(10, 9, 10, {1, 2, 3})
    rides = [Ride(10, 1, 1, 1), Ride(10, 1, 2, 2), Ride(10, 2, 3, None)]
    assert check([BUS, VAN], [transfer], rides, head_id=1, interpreters_of_head=[2]) == []


def test_over_capacity_and_seat_numbers_are_refused() -> None:
    transfer = _transfer(10, 9, 10, {1, 2, 3, 4})
    rides = [Ride(10, 2, p, s) for p, s in ((1, 1), (2, 1), (3, 4), (4, None))]
    kinds = [p.kind for p in refusals([BUS, VAN], [transfer], rides)]
    assert kinds == ["over_capacity", "seat_twice", "seat_out_of_range"]
    over = refusals([BUS, VAN], [transfer], rides)[0]
    assert over.values == {"seats": 3, "people": 4}
    assert "Van 1 has 3 seats but 4 people" in over.message


def test_two_vehicles_and_overlapping_transfers_are_refused() -> None:
    first = _transfer(10, 9, 10, {1})
    second = _transfer(11, 9, 11, {1})
    later = _transfer(12, 10, 11, {1})  # starts when the first ends: no overlap
    names = {1: "Kang Gi-jung"}
    two = refusals([BUS, VAN], [first], [Ride(10, 1, 1), Ride(10, 2, 1)], names)
    assert [p.kind for p in two] == ["two_vehicles"]
    assert two[0].message == "Kang Gi-jung is in two vehicles on “Transfer 10”: Bus 1, Van 1"
    both = refusals([BUS, VAN], [first, second], [Ride(10, 1, 1), Ride(11, 2, 1)], names)
    assert [p.kind for p in both] == ["overlapping"]
    same_vehicle = refusals([BUS, VAN], [first, second], [Ride(10, 1, 1), Ride(11, 1, 1)])
    assert same_vehicle == []
    assert refusals([BUS, VAN], [first, later], [Ride(10, 1, 1), Ride(12, 2, 1)]) == []


def test_warnings_unseated_interpreter_apart_not_attending() -> None:
    transfer = TransferSpec(10, "To the town hall", _at(9), _at(10), frozenset({1, 2, 3}), (1, 2))
    rides = [Ride(10, 1, 1), Ride(10, 2, 2), Ride(10, 2, 9)]
    found = warnings([BUS, VAN], [transfer], rides, head_id=1, interpreters_of_head=[2])
    assert [p.kind for p in found] == ["unseated", "not_attending", "interpreter_apart"]
    assert found[0].person_ids == (3,)
    other = TransferSpec(11, "Other", _at(9, 30), _at(10, 30), frozenset(), (1,))
    booked = warnings([BUS, VAN], [transfer, other], [])
    assert [p.kind for p in booked][-1] == "vehicle_double_booked"


def test_auto_assign_in_order_head_and_interpreter_together() -> None:
    van = VehicleSpec(2, "Van 1", 2)
    bus = VehicleSpec(1, "Bus 1", 3)
    # 5 is the head's interpreter, listed last; the van has room for two.
    result = auto_assign([7, 1, 2, 3, 5], [van, bus], head_id=1, interpreters_of_head=[5])
    assert result.seats[7] == (2, 1)
    # The head does not fit into the van with the interpreter: both go into the bus.
    assert result.seats[1] == (1, 1) and result.seats[5] == (1, 2)
    assert result.seats[2] == (2, 2)
    assert result.seats[3] == (1, 3)
    assert result.unplaced == ()
    full = auto_assign([1, 2, 3, 4], [VehicleSpec(1, "Car", 2)])
    assert full.unplaced == (3, 4)


def test_auto_assign_keeps_other_interpreters_with_their_principal() -> None:
    car = VehicleSpec(1, "Car", 2)
    bus = VehicleSpec(2, "Bus", 10)
    # 1 the host's head with interpreter 9 (listed last); 2 the guests' head with 8.
    result = auto_assign(
        [1, 2, 3, 8, 9], [car, bus], head_id=2, interpreters_of_head=[8], companions={1: [9]}
    )
    assert result.seats[1] == (1, 1) and result.seats[9] == (1, 2)
    assert result.seats[2] == (2, 1) and result.seats[8] == (2, 2)
    assert result.seats[3] == (2, 3)
