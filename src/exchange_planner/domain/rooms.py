"""Hotel rooms of a visit: who shares a room, and rooms holding more people than they sleep.

A room is a hotel and a room number; members with the same ones share it. The room's type is
what its occupants say; where they disagree the largest type counts, so a typo on one member
does not raise a false alarm, and a room with no type is not checked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from exchange_planner.domain.enums import RoomType

#: How many people each room type sleeps.
ROOM_CAPACITY: dict[RoomType, int] = {
    RoomType.SINGLE: 1,
    RoomType.DOUBLE: 2,
    RoomType.TWIN: 2,
    RoomType.TRIPLE: 3,
    RoomType.SUITE: 2,
}


@dataclass(frozen=True)
class RoomOccupant:
    """One person in a room: ``hotel_id`` is the effective hotel (the member's or the visit's)."""

    person_id: int
    name: str
    hotel_id: int | None
    room: str
    room_type: RoomType | None = None


@dataclass(frozen=True)
class RoomProblem:
    """A room with more occupants than its type allows."""

    hotel_id: int | None
    room: str
    room_type: RoomType
    capacity: int
    person_ids: tuple[int, ...]


def _room_key(occupant: RoomOccupant) -> tuple[int | None, str] | None:
    room = occupant.room.strip()
    return (occupant.hotel_id, room.casefold()) if room else None


def rooms(occupants: Iterable[RoomOccupant]) -> dict[tuple[int | None, str], list[RoomOccupant]]:
    """The occupants per room, in the order given; people without a room are left out."""
    by_room: dict[tuple[int | None, str], list[RoomOccupant]] = defaultdict(list)
    for occupant in occupants:
        key = _room_key(occupant)
        if key is not None:
            by_room[key].append(occupant)
    return dict(by_room)


def sharing(occupants: Iterable[RoomOccupant]) -> dict[int, tuple[int, ...]]:
    """person_id -> the other people in the same room (empty for a room of one's own)."""
    result: dict[int, tuple[int, ...]] = {}
    for group in rooms(occupants).values():
        ids = [occupant.person_id for occupant in group]
        for person_id in ids:
            result[person_id] = tuple(other for other in ids if other != person_id)
    return result


def room_type_of(group: Iterable[RoomOccupant]) -> RoomType | None:
    """The type of a room: the one sleeping most among those its occupants give."""
    types = [occupant.room_type for occupant in group if occupant.room_type is not None]
    return max(types, key=lambda kind: ROOM_CAPACITY[kind]) if types else None


def overfull_rooms(occupants: Iterable[RoomOccupant]) -> list[RoomProblem]:
    """The rooms holding more people than their type sleeps, in the order first met."""
    problems = []
    for group in rooms(occupants).values():
        kind = room_type_of(group)
        if kind is None or len(group) <= ROOM_CAPACITY[kind]:
            continue
        problems.append(
            RoomProblem(
                hotel_id=group[0].hotel_id,
                room=group[0].room.strip(),
                room_type=kind,
                capacity=ROOM_CAPACITY[kind],
                person_ids=tuple(occupant.person_id for occupant in group),
            )
        )
    return problems
