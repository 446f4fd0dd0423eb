"""Travel and stay of a delegation member: the checks of ``MemberService`` and the plain
view the Members section shows.

A member arrives and departs with a mode (flight, train, …), carrier, number, place, terminal
and pick-up; stays in a hotel (``hotel_id``; None = the visit's hotel) in a room of a type; and
can be reached on a mobile number. Two members with the same effective hotel and the same
non-empty room share it (derived, ``domain/rooms.py``); a room holding more people than its
type allows is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import RoomType, TravelMode
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.names import full_name
from exchange_planner.domain.rooms import RoomOccupant, overfull_rooms, sharing
from exchange_planner.domain.travel import TravelLeg
from exchange_planner.storage.tables import Person, Venue, Visit, VisitMember

#: The text columns of one leg (arrival or departure) with their lengths (CONTRACT-18).
LEG_TEXTS: dict[str, int] = {
    "carrier": 100,
    "number": 20,
    "place": 200,
    "terminal": 50,
    "pickup": 300,
}
LEGS = ("arrival", "departure")
#: Every travel and stay column of ``visit_member`` the checks below clean.
TRAVEL_FIELDS: tuple[str, ...] = (
    *(f"{leg}_mode" for leg in LEGS),
    *(f"{leg}_{name}" for leg in LEGS for name in LEG_TEXTS),
    "hotel_id",
    "room_type",
    "special_requests",
    "mobile",
)


def clean_travel(session: Session, values: dict[str, Any], record_id: int | None) -> dict[str, Any]:
    """The travel and stay fields of a member's ``values``, checked (in place and returned).

    Refused with a specific message: an unknown travel mode or room type, an over-long text,
    a hotel that is not a venue, a room that would hold more people than its type allows.
    """
    for leg in LEGS:
        mode = values.get(f"{leg}_mode")
        values[f"{leg}_mode"] = (
            None if mode in (None, "") else v.enum_value(f"{leg}_mode", TravelMode, mode)
        )
        for name, length in LEG_TEXTS.items():
            field = f"{leg}_{name}"
            values[field] = v.optional_text(field, values.get(field), max_length=length)
    room_type = values.get("room_type")
    values["room_type"] = (
        None if room_type in (None, "") else v.enum_value("room_type", RoomType, room_type)
    )
    values["special_requests"] = v.optional_text(
        "special_requests", values.get("special_requests"), max_length=v.MAX_TEXT
    )
    values["mobile"] = v.optional_text("mobile", values.get("mobile"), max_length=100)
    hotel_id = values.get("hotel_id")
    if hotel_id in (None, ""):
        values["hotel_id"] = None
    else:
        if isinstance(hotel_id, bool) or not isinstance(hotel_id, int):
            try:
                hotel_id = int(str(hotel_id).strip())
            except ValueError:
                raise ValidationError(
                    "hotel_id",
                    f"{v.shown(hotel_id)} is not a venue",
                    reason="hotel_not_venue",
                    values={"hotel": str(hotel_id)},
                ) from None
        if session.get(Venue, hotel_id) is None:
            raise ValidationError(
                "hotel_id",
                f"there is no venue #{hotel_id} to stay at",
                reason="hotel_not_venue",
                values={"hotel": str(hotel_id)},
            )
        values["hotel_id"] = hotel_id
    _check_room(session, values, record_id)
    return values


def _check_room(session: Session, values: dict[str, Any], record_id: int | None) -> None:
    """The member's room may not hold more people than the largest type its occupants give."""
    visit_id = values.get("visit_id")
    if visit_id is None or not (values.get("room") or "").strip():
        return
    visit = session.get(Visit, visit_id)
    visit_hotel = visit.hotel_id if visit is not None else None
    rows = session.exec(
        select(VisitMember, Person)
        .join(Person, col(Person.id) == col(VisitMember.person_id))
        .where(VisitMember.visit_id == visit_id)
    ).all()
    occupants = [
        RoomOccupant(
            person.id,  # type: ignore[arg-type]
            full_name(person),
            member.hotel_id if member.hotel_id is not None else visit_hotel,
            member.room,
            member.room_type,
        )
        for member, person in rows
        if member.id != record_id and member.person_id != values.get("person_id")
    ]
    person = session.get(Person, values.get("person_id")) if values.get("person_id") else None
    own = RoomOccupant(
        int(values.get("person_id") or 0),
        full_name(person) if person is not None else "",
        values["hotel_id"] if values.get("hotel_id") is not None else visit_hotel,
        values["room"],
        values.get("room_type"),
    )
    for problem in overfull_rooms([*occupants, own]):
        if own.person_id not in problem.person_ids:
            continue  # an older problem of another room is not this edit's to refuse
        count = len(problem.person_ids)
        kind = RoomType(problem.room_type).value
        raise ValidationError(
            "room",
            f"room {problem.room} ({kind}) would hold {count} people; a {kind} room takes "
            f"{problem.capacity}",
            reason="room_over_capacity",
            values={
                "room": problem.room,
                "room_type": kind,
                "count": count,
                "capacity": problem.capacity,
            },
        )


# --- what the Members section shows ----------------------------------------------------------
@dataclass(frozen=True)
class Stay:
    """A member's travel and stay for display: both legs, the effective hotel (own or the
    visit's, by name), the room, its type, who shares it (names) and the mobile number."""

    arrival: TravelLeg = field(default_factory=TravelLeg)
    departure: TravelLeg = field(default_factory=TravelLeg)
    hotel_id: int | None = None
    hotel_name: str = ""
    own_hotel: bool = False
    room: str = ""
    room_type: str = ""
    sharing: tuple[str, ...] = ()
    special_requests: str = ""
    mobile: str = ""


def leg_of(member: Any, leg: str) -> TravelLeg:
    mode = getattr(member, f"{leg}_mode", None)
    return TravelLeg(
        at=getattr(member, leg),
        mode=mode.value if hasattr(mode, "value") else str(mode or ""),
        **{name: getattr(member, f"{leg}_{name}", "") or "" for name in LEG_TEXTS},
    )


def stays(session: Session, visit_id: int) -> dict[int, Stay]:
    """The stay of each member of a visit (member id → Stay), sharing worked out once."""
    visit = session.get(Visit, visit_id)
    visit_hotel = visit.hotel_id if visit is not None else None
    rows = session.exec(
        select(VisitMember, Person)
        .join(Person, col(Person.id) == col(VisitMember.person_id))
        .where(VisitMember.visit_id == visit_id)
        .order_by(VisitMember.precedence, VisitMember.id)
    ).all()
    hotel_ids = {m.hotel_id for m, _ in rows if m.hotel_id is not None}
    if visit_hotel is not None:
        hotel_ids.add(visit_hotel)
    names = {
        venue.id: venue.name
        for venue in session.exec(select(Venue).where(col(Venue.id).in_(hotel_ids))).all()
    }
    occupants = [
        RoomOccupant(
            p.id,  # type: ignore[arg-type]
            full_name(p),
            m.hotel_id if m.hotel_id is not None else visit_hotel,
            m.room,
            m.room_type,
        )
        for m, p in rows
    ]
    by_person = {o.person_id: o.name for o in occupants}
    shared = sharing(occupants)
    found: dict[int, Stay] = {}
    for member, person in rows:
        hotel = member.hotel_id if member.hotel_id is not None else visit_hotel
        room_type = member.room_type
        found[member.id] = Stay(  # type: ignore[index]
            arrival=leg_of(member, "arrival"),
            departure=leg_of(member, "departure"),
            hotel_id=hotel,
            hotel_name=names.get(hotel, "") if hotel is not None else "",
            own_hotel=member.hotel_id is not None,
            room=member.room,
            room_type=room_type.value if hasattr(room_type, "value") else str(room_type or ""),
            sharing=tuple(by_person[pid] for pid in shared.get(person.id, ())),  # type: ignore[arg-type]
            special_requests=member.special_requests,
            mobile=member.mobile,
        )
    return found
