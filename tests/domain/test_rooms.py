"""Who shares a room and which rooms are over-full (domain/rooms.py)."""

from __future__ import annotations

from exchange_planner.domain.enums import RoomType
from exchange_planner.domain.rooms import RoomOccupant, overfull_rooms, sharing


def occupant(person_id: int, room: str, kind: RoomType | None, hotel: int | None = 1):
    return RoomOccupant(person_id, f"P{person_id}", hotel, room, kind)


def test_members_with_the_same_hotel_and_room_share_it() -> None:
    people = [
        occupant(1, "302", RoomType.SUITE),
        occupant(2, "310", RoomType.TWIN),
        occupant(3, " 310 ", RoomType.TWIN),
        occupant(4, "310", RoomType.TWIN, hotel=2),
        occupant(5, "", None),
    ]
    assert sharing(people) == {1: (), 2: (3,), 3: (2,), 4: ()}


def test_a_room_holding_more_than_its_type_sleeps_is_reported() -> None:
    people = [occupant(i, "311", RoomType.TWIN) for i in (7, 8, 9)]
    (problem,) = overfull_rooms(people)
    assert (problem.room, problem.room_type, problem.capacity) == ("311", RoomType.TWIN, 2)
    assert problem.person_ids == (7, 8, 9)


def test_the_largest_type_given_counts_and_untyped_rooms_are_not_checked() -> None:
    triple = [occupant(1, "1", RoomType.SINGLE), occupant(2, "1", RoomType.TRIPLE)]
    untyped = [occupant(3, "2", None), occupant(4, "2", None), occupant(5, "2", None)]
    assert overfull_rooms(triple + untyped) == []
    assert overfull_rooms([occupant(6, "3", RoomType.SINGLE), occupant(7, "3", None)])
