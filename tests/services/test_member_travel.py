"""Travel and stay of a delegation member: saved and read back through the member service,
shown in the Members section's rows, refused with a specific message (nothing changed) when
a room would be over-full, a hotel is no venue, the departure comes before the arrival."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from exchange_planner.domain.enums import RoomType, TravelMode
from exchange_planner.domain.errors import ValidationError
from exchange_planner.services.registry import Services

ARRIVAL = datetime(2023, 7, 25, 15, 40, tzinfo=UTC)  # 17:40 in Leipzig


def _members(services: Services, visit: int) -> list:  # type: ignore[type-arg]
    return services.members.for_visit(visit)


def test_travel_and_stay_are_saved_and_read(services: Services, sample_ids: dict[str, int]) -> None:
    visit = sample_ids["visit"]
    kang = _members(services, visit)[0]
    other_hotel = services.venues.create(
        name="Hotel Fürstenhof", city="Leipzig", timezone="Europe/Berlin"
    ).id
    saved = services.members.update(
        kang.id,
        arrival=ARRIVAL,
        arrival_mode="flight",
        arrival_carrier=" Lufthansa ",
        arrival_number="LH 162",
        arrival_place="Flughafen Leipzig/Halle",
        arrival_terminal="B",
        arrival_pickup="Bus 1, Ausgang B",
        departure_mode=TravelMode.FLIGHT,
        departure_number="LH 163",
        hotel_id=str(other_hotel),  # as a form may hand it over
        room="302",
        room_type="suite",
        special_requests="Zimmer zum Hof",
        mobile="+82 10 1234 5678",
    )
    assert saved.arrival_mode is TravelMode.FLIGHT and saved.arrival_carrier == "Lufthansa"
    assert saved.hotel_id == other_hotel and saved.room_type is RoomType.SUITE
    again = services.members.get(kang.id)
    assert again.arrival_pickup == "Bus 1, Ausgang B" and again.mobile == "+82 10 1234 5678"
    row = next(r for r in services.members.rows(visit) if r.id == kang.id)
    assert row.stay.arrival.number == "LH 162" and row.stay.arrival.terminal == "B"
    assert row.stay.hotel_name == "Hotel Fürstenhof" and row.stay.own_hotel
    assert row.stay.room_type == "suite" and row.stay.sharing == ()
    # Back to the visit's hotel: an empty hotel means the visit's.
    services.members.update(kang.id, hotel_id=None, departure_mode="")
    row = next(r for r in services.members.rows(visit) if r.id == kang.id)
    assert not row.stay.own_hotel and row.stay.hotel_name  # the sample visit has a hotel
    assert services.members.get(kang.id).departure_mode is None


def test_sharing_is_derived_from_the_same_hotel_and_room(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    first, second, third = _members(services, visit)[2:5]
    services.members.update(first.id, room="T-10", room_type="twin")
    services.members.update(second.id, room=" T-10 ")
    services.members.update(third.id, room="T-11")
    rows = {r.id: r for r in services.members.rows(visit)}
    assert rows[first.id].stay.sharing == (rows[second.id].full_name,)
    assert rows[second.id].stay.sharing == (rows[first.id].full_name,)
    assert rows[third.id].stay.sharing == ()
    # The same room number at another hotel is another room.
    elsewhere = services.venues.create(
        name="Motel One", city="Leipzig", timezone="Europe/Berlin"
    ).id
    services.members.update(second.id, hotel_id=elsewhere)
    rows = {r.id: r for r in services.members.rows(visit)}
    assert rows[first.id].stay.sharing == ()


def test_a_room_over_its_capacity_is_refused_and_nothing_changes(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    first, second, third = _members(services, visit)[2:5]
    services.members.update(first.id, room="T-20", room_type="twin")
    services.members.update(second.id, room="T-20")
    before = services.members.get(third.id)
    with pytest.raises(ValidationError) as info:
        services.members.update(third.id, room="T-20")
    error = info.value
    assert error.field == "room" and error.reason == "room_over_capacity"
    assert "room T-20 (twin) would hold 3 people; a twin room takes 2" in error.message
    assert services.members.get(third.id) == before
    # Making the room single while two are in it is refused as well.
    with pytest.raises(ValidationError) as info:
        services.members.update(first.id, room_type="single")
    assert info.value.values["capacity"] == 1
    assert services.members.get(first.id).room_type is RoomType.TWIN
    # A triple takes the third person.
    services.members.update(third.id, room="T-20", room_type="triple")
    assert services.members.get(third.id).room == "T-20"


def test_a_hotel_that_is_no_venue_is_refused(
    services: Services, sample_ids: dict[str, int]
) -> None:
    kang = _members(services, sample_ids["visit"])[0]
    before = services.members.get(kang.id)
    messages = []
    for bad in (99999, "Fürstenhof"):
        with pytest.raises(ValidationError) as info:
            services.members.update(kang.id, hotel_id=bad)
        assert info.value.field == "hotel_id" and info.value.reason == "hotel_not_venue"
        messages.append(info.value.message)
    assert messages == ["there is no venue #99999 to stay at", "'Fürstenhof' is not a venue"]
    assert services.members.get(kang.id) == before


def test_departure_before_arrival_and_unknown_choices_are_refused(
    services: Services, sample_ids: dict[str, int]
) -> None:
    kang = _members(services, sample_ids["visit"])[0]
    services.members.update(kang.id, arrival=ARRIVAL, departure=None)
    before = services.members.get(kang.id)
    with pytest.raises(ValidationError) as info:
        services.members.update(kang.id, departure=datetime(2023, 7, 24, 9, 0, tzinfo=UTC))
    assert info.value.field == "departure" and info.value.reason == "departs_before_arriving"
    with pytest.raises(ValidationError) as info:
        services.members.update(kang.id, arrival_mode="ship")
    assert info.value.field == "arrival_mode" and "flight, train, car, bus, other" in str(
        info.value
    )
    with pytest.raises(ValidationError) as info:
        services.members.update(kang.id, room_type="dormitory")
    assert info.value.field == "room_type"
    with pytest.raises(ValidationError) as info:
        services.members.update(kang.id, arrival_number="X" * 21)
    assert info.value.field == "arrival_number" and info.value.reason == "too_long"
    assert services.members.get(kang.id) == before
