"""The transport plan's services: vehicles, vehicles of a transfer, seats, refusals."""

from __future__ import annotations

import pytest

from exchange_planner.domain.enums import ProgramKind, VehicleKind
from exchange_planner.domain.errors import ValidationError
from exchange_planner.services.registry import Services
from exchange_planner.services.transport import TransportService


def _transfers(services: Services, visit_id: int) -> list[int]:
    return [i.id for i in services.program.for_visit(visit_id) if i.kind == ProgramKind.TRANSFER]


def _head_interpreter(services: Services, sample_ids: dict[str, int]) -> int:
    """Baek, who interprets for Kang Gi-jung (the head of the delegation)."""
    return next(
        m.person_id
        for m in services.members.for_visit(sample_ids["visit"])
        if m.interprets_for_id == sample_ids["mayor"]
    )


def _setup(services: Services, visit_id: int, *, bus_seats: int = 24, van_seats: int = 8):
    transport = TransportService(services.db)
    # A sample may come with vehicles of its own: these tests use their own.
    for vehicle in transport.vehicles.for_visit(visit_id):
        transport.vehicles.delete(vehicle.id)
    bus = transport.vehicles.create(
        visit_id=visit_id,
        label="Bus T",
        kind=VehicleKind.BUS,
        seats=bus_seats,
        driver_name="Uwe Schmidt",
        driver_language="de",
    )
    van = transport.vehicles.create(
        visit_id=visit_id, label="Van T", kind="van", seats=van_seats, driver_language="EN"
    )
    return transport, bus, van


def test_vehicles_are_checked_on_save(services: Services, sample_ids: dict[str, int]) -> None:
    transport, _bus, van = _setup(services, sample_ids["visit"])
    assert van.driver_language == "en"
    for values, reason in (
        ({"seats": 0}, "seats_out_of_range"),
        ({"seats": 81}, "seats_out_of_range"),
        ({"seats": "zwei"}, "not_number"),
        ({"kind": "rocket"}, ""),
        ({"label": "  "}, ""),
        ({"driver_language": "d3"}, "not_language"),
    ):
        with pytest.raises(ValidationError) as caught:
            transport.vehicles.create(**{"visit_id": sample_ids["visit"], "label": "X", **values})
        if reason:
            assert caught.value.reason == reason
    assert len(transport.vehicles.for_visit(sample_ids["visit"])) == 2


def test_auto_assign_seats_everyone_head_and_interpreter_together(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit_id = sample_ids["visit"]
    transport, bus, van = _setup(services, visit_id, bus_seats=3, van_seats=30)
    item_id = _transfers(services, visit_id)[1]  # to the Neues Rathaus
    transport.assign_vehicle(item_id, bus.id)
    transport.assign_vehicle(item_id, van.id)
    result = transport.auto_assign(item_id)
    view = transport.view(visit_id)
    transfer = next(t for t in view.transfers if t.item_id == item_id)
    assert transfer.unseated == ()
    assert result.unplaced == ()
    vehicle_of = {p.person_id: r.vehicle.id for r in transfer.rides for p in r.passengers}
    baek = _head_interpreter(services, sample_ids)
    assert vehicle_of[sample_ids["mayor"]] == vehicle_of[baek]
    assert not [p for p in transfer.problems if p.kind in ("unseated", "interpreter_apart")]
    # In the merged order of precedence: the Lord Mayor with his interpreter first; Kang
    # Gi-jung and Baek do not both fit into the bus's last seat and ride in the van together.
    bus_ride = transfer.rides[0]
    assert [(p.person_id, p.seat) for p in bus_ride.passengers][:2] == [
        (sample_ids["lord_mayor"], 1),
        (sample_ids["interpreter"], 2),
    ]
    assert vehicle_of[sample_ids["mayor"]] == van.id


def test_refusals_change_nothing(services: Services, sample_ids: dict[str, int]) -> None:
    visit_id = sample_ids["visit"]
    transport, bus, van = _setup(services, visit_id, bus_seats=2, van_seats=8)
    _first, second, _third = _transfers(services, visit_id)
    transport.assign_vehicle(second, bus.id)
    transport.assign_vehicle(second, van.id)
    mayor, interpreter = sample_ids["mayor"], _head_interpreter(services, sample_ids)
    transport.seat(second, mayor, bus.id, 1)
    transport.seat(second, interpreter, bus.id, 2)
    before = transport.seating(second)
    # seat number out of range
    with pytest.raises(ValidationError) as caught:
        transport.seat(second, sample_ids["deputy_mayor"], van.id, 9)
    assert caught.value.reason == "seat_out_of_range"
    assert "Van T has seats 1 to 8, not 9" in caught.value.message
    # over capacity: a third person into the two-seat bus
    with pytest.raises(ValidationError) as caught:
        transport.seat(second, sample_ids["deputy_mayor"], bus.id)
    assert caught.value.reason == "over_capacity"
    assert "Bus T has 2 seats but 3 people are aboard" in caught.value.message
    assert transport.seating(second) == before
    # a seat given twice (through the bulk restore, as an undo or import would)
    with pytest.raises(ValidationError) as caught:
        transport.restore_seating(
            second,
            {
                **before,
                sample_ids["deputy_mayor"]: (van.id, 3),
                sample_ids["protocol"]: (van.id, 3),
            },
        )
    assert caught.value.reason == "seat_twice"
    assert transport.seating(second) == before
    # fewer seats than aboard
    with pytest.raises(ValidationError) as caught:
        transport.vehicles.update(bus.id, seats=1)
    assert caught.value.reason == "seated_beyond"
    assert transport.vehicles.get(bus.id).seats == 2


def test_a_person_in_two_vehicles_at_once_is_refused(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit_id = sample_ids["visit"]
    transport, bus, van = _setup(services, visit_id)
    _first, second, _third = _transfers(services, visit_id)
    item = services.program.get(second)
    # A second transfer at the same time as the one to the Rathaus.
    clash = services.program.create(
        visit_id=visit_id,
        title="Parallel transfer",
        kind=ProgramKind.TRANSFER,
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        timezone=item.timezone,
    )
    transport.assign_vehicle(second, bus.id)
    transport.assign_vehicle(clash.id, van.id)
    mayor = sample_ids["mayor"]
    transport.seat(second, mayor, bus.id)
    with pytest.raises(ValidationError) as caught:
        transport.seat(clash.id, mayor, van.id)
    assert caught.value.reason == "overlapping"
    assert "two transfers at the same time" in caught.value.message
    assert transport.seating(clash.id) == {}
    # moving within one transfer is a move, not a second vehicle
    transport.assign_vehicle(second, van.id)
    transport.seat(second, mayor, van.id, 1)
    assert transport.seating(second) == {mayor: (van.id, 1)}


def test_only_transfers_take_vehicles(services: Services, sample_ids: dict[str, int]) -> None:
    transport, bus, _van = _setup(services, sample_ids["visit"])
    with pytest.raises(ValidationError) as caught:
        transport.assign_vehicle(sample_ids["dinner"], bus.id)
    assert caught.value.reason == "not_transfer"
