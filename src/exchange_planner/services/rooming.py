"""The rooming list of a visit for its hotel(s): read in one short session, printed as a PDF
or written as a workbook.

Each member sleeps in their own hotel (``visit_member.hotel_id``), else in the visit's. Per
hotel the rooms in the hotel's numbering with their guests in the order of precedence, the
room's type (the largest type its occupants were given, ``domain.rooms``), and the members
without a room yet. Rooms holding more people than their type allows come out as
``RoomingResult.problems`` (the command line warns on stderr) and are marked on the list.

Only what the hotel needs is read: no dietary or health notes, no phone numbers or e-mail
addresses of members. Each print is remembered in ``document_print`` (kind
``rooming_list``): the version rises only when what the list shows changed, PDF and workbook
alike; a database opened read-only records nothing, and the list says so.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session, col, select

from exchange_planner.domain.enums import DocumentKind
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.names import latin_name
from exchange_planner.domain.rooms import (
    ROOM_CAPACITY,
    RoomOccupant,
    overfull_rooms,
    room_type_of,
    rooms,
)
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.reports.rooming_data import (
    Guest,
    HotelInfo,
    HotelRooming,
    Room,
    RoomingListData,
    RoomingVisit,
    room_sort_key,
)
from exchange_planner.services.documents import (
    _check_print_options,
    _settings,
    _stamp,
    _zone,
    home_city_names,
    partner_info,
)
from exchange_planner.services.settings import DEFAULTS, letterhead_from_settings
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Partnership, Person, Venue, Visit, VisitMember

#: The formats the list is written in, by file suffix.
FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class RoomProblemInfo:
    """A room holding more people than its type allows, as the command line tells it."""

    hotel: str
    room: str
    room_type: str
    capacity: int
    names: tuple[str, ...]

    def message(self) -> str:
        return (
            f"room {self.room} at {self.hotel} ({self.room_type}, for {self.capacity}) "
            f"holds {len(self.names)} people: {', '.join(self.names)}"
        )


@dataclass(frozen=True)
class RoomingResult:
    """What was written: the format, pages (PDF) or guest rows (workbook), the problems."""

    format: str
    count: int
    problems: tuple[RoomProblemInfo, ...] = ()
    version: int = 0


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """The format to write: ``fmt`` when given, else the file's suffix (pdf or xlsx)."""
    if fmt:
        value = fmt.strip().lower()
        if value not in FORMATS:
            raise ValidationError(
                "format", f"'{fmt}' is no format of the rooming list; use pdf or xlsx"
            )
        return value
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(
            "output",
            f"{Path(path).name}: the rooming list is written as .pdf or .xlsx "
            "(or name the format with --format)",
        )
    return suffix


class RoomingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- what the list shows ---------------------------------------------------------------
    def hotels(self, visit_id: int) -> list[tuple[int | None, str]]:
        """The visit's hotels (venue id, name), the visit's own first; (None, "") stands for
        members whose hotel is not set. For the GUI's chooser."""
        with self.db.session() as session:
            visit = _visit(session, visit_id)
            rows = _members(session, visit_id)
            ids = _hotel_order(visit, rows)
            venues = _venues(session, [i for i in ids if i is not None])
            return [(i, venues[i].name if i is not None else "") for i in ids]

    def rooming_list(
        self,
        visit_id: int,
        *,
        hotel_id: int | None = None,
        record: bool = True,
        now: datetime | None = None,
    ) -> RoomingListData:
        """The rooming list of a visit, of one hotel (``hotel_id``) or of all its hotels.

        ``record`` stores this print (raising the version if the content changed)."""
        with self.db.session() as session:
            visit = _visit(session, visit_id)
            rows = _members(session, visit_id)
            order = _hotel_order(visit, rows)
            venues = _venues(session, [i for i in order if i is not None])
            if hotel_id is not None:
                if hotel_id not in order:
                    known = ", ".join(f"#{i} {venues[i].name}" for i in order if i is not None)
                    venue = session.get(Venue, hotel_id)
                    what = f"venue #{hotel_id} “{venue.name}”" if venue else f"venue #{hotel_id}"
                    raise ValidationError(
                        "hotel",
                        f"{what} is no hotel of visit #{visit_id}"
                        + (f" (its hotels: {known})" if known else " (it has no hotel)"),
                    )
                order = [hotel_id]
            hotels = tuple(
                _hotel_rooming(
                    _hotel_info(venues[i]) if i is not None else HotelInfo(None, ""),
                    [(m, p) for m, p in rows if _effective_hotel(visit, m) == i],
                )
                for i in order
            )
            settings = _settings(session)
            partnership = session.get(Partnership, visit.partnership_id)
            data = RoomingListData(
                visit=RoomingVisit(
                    visit_id=visit_id,
                    title=visit.title,
                    start_date=visit.start_date,
                    end_date=visit.end_date,
                    original_language=visit.original_language or DEFAULT_LANGUAGE,
                    translations=Translations(visit.translations or {}),
                ),
                hotels=hotels,
                home_city=settings.get("home_city") or DEFAULTS["home_city"],
                home_city_names=home_city_names(settings),
                partner=partner_info(partnership) if partnership is not None else None,
                home_timezone=_zone(settings.get("home_timezone")),
                letterhead=letterhead_from_settings(settings),
            )
            subject = f"visit:{visit_id}" + (f":hotel:{hotel_id}" if hotel_id is not None else "")
            stamp = _stamp(
                self.db,
                session,
                DocumentKind.ROOMING_LIST,
                subject,
                content_hash(data),
                now,
                record=record,
                read_only=self.db.read_only,
            )
            return dataclasses.replace(data, stamp=stamp)

    # --- writing (any thread; each call opens its own short session) ------------------------
    def write_rooming_list(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        hotel_id: int | None = None,
        lang: str = "de",
        font_path: str | None = None,
        fmt: str | None = None,
        now: datetime | None = None,
    ) -> RoomingResult:
        """Print the list as PDF or write it as a workbook (``fmt``, else the target's
        suffix); the file is written whole or not at all."""
        if fmt is None and not isinstance(target, str | Path):
            fmt = "pdf"
        chosen = format_of(target if isinstance(target, str | Path) else "list.pdf", fmt)
        # Refuse an unknown language or an unusable font before a print is recorded.
        _check_print_options(lang, font_path)
        data = self.rooming_list(visit_id, hotel_id=hotel_id, now=now)
        if chosen == "xlsx":
            from exchange_planner.reports.rooming_xlsx import (
                RoomingXlsxOptions,
                build_rooming_xlsx,
            )

            count = build_rooming_xlsx(data, target, RoomingXlsxOptions(lang))
        else:
            from exchange_planner.reports.rooming_list import (
                RoomingListOptions,
                build_rooming_list,
            )

            count = build_rooming_list(data, target, RoomingListOptions(lang, font_path or None))
        return RoomingResult(
            chosen,
            count,
            problems(data),
            data.stamp.version if data.stamp is not None else 0,
        )


def content_hash(data: RoomingListData) -> str:
    """A fingerprint of what the list prints, without its stamp (as-of time, version)."""
    printed = repr(dataclasses.replace(data, stamp=None))
    return hashlib.sha256(printed.encode("utf-8")).hexdigest()


def problems(data: RoomingListData) -> tuple[RoomProblemInfo, ...]:
    """The overfull rooms of the list, in its order."""
    return tuple(
        RoomProblemInfo(
            hotel=hotel.name or "(hotel not set)",
            room=room.number,
            room_type=room.room_type or "?",
            capacity=room.capacity or 0,
            names=tuple(latin_name(guest) for guest in room.guests),
        )
        for hotel, room in data.overfull
    )


# --- parts ---------------------------------------------------------------------------------
def _visit(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"There is no visit #{visit_id} (it may have been deleted).")
    return visit


def _members(session: Session, visit_id: int) -> list[tuple[VisitMember, Person]]:
    rows = session.exec(
        select(VisitMember, Person)
        .join(Person, col(Person.id) == VisitMember.person_id)
        .where(VisitMember.visit_id == visit_id)
        .order_by(VisitMember.precedence, VisitMember.id)
    ).all()
    return [(member, person) for member, person in rows]


def _effective_hotel(visit: Visit, member: VisitMember) -> int | None:
    return member.hotel_id if member.hotel_id is not None else visit.hotel_id


def _hotel_order(visit: Visit, rows: list[tuple[VisitMember, Person]]) -> list[int | None]:
    """The hotels the members sleep in: the visit's first (also with nobody in it), then the
    others as the members name them; "not set" last."""
    order: list[int | None] = [visit.hotel_id] if visit.hotel_id is not None else []
    for member, _person in rows:
        hotel = _effective_hotel(visit, member)
        if hotel not in order:
            order.append(hotel)
    if None in order:
        order.remove(None)
        order.append(None)
    return order


def _venues(session: Session, ids: list[int]) -> dict[int, Venue]:
    if not ids:
        return {}
    found = session.exec(select(Venue).where(col(Venue.id).in_(ids))).all()
    return {int(v.id or 0): v for v in found}


def _hotel_info(venue: Venue) -> HotelInfo:
    return HotelInfo(
        venue_id=int(venue.id or 0),
        name=venue.name,
        address=venue.address,
        city=venue.city,
        timezone=_zone(venue.timezone),
        original_language=venue.original_language or DEFAULT_LANGUAGE,
        translations=Translations(venue.translations or {}),
    )


def _guest(member: VisitMember, person: Person) -> Guest:
    return Guest(
        person_id=int(person.id or 0),
        family_name=person.family_name,
        given_name=person.given_name,
        native_name=person.native_name,
        name_order=str(person.name_order),
        title=person.title,
        arrival=member.arrival,
        departure=member.departure,
        special_requests=member.special_requests or "",
        original_language=person.original_language or DEFAULT_LANGUAGE,
        translations=Translations(_title_translations(person.translations)),
    )


def _title_translations(stored: object) -> dict[str, object]:
    """Only the title's translations (what the list prints of a person's texts)."""
    values = dict(stored or {}) if isinstance(stored, dict) else {}
    return {"title": values["title"]} if "title" in values else {}


def _hotel_rooming(hotel: HotelInfo, rows: list[tuple[VisitMember, Person]]) -> HotelRooming:
    """The rooms of one hotel (``domain.rooms``: the same room number, whatever its case),
    in the hotel's numbering, and who has no room yet."""
    guests = {int(person.id or 0): _guest(member, person) for member, person in rows}
    occupants = [
        RoomOccupant(
            person_id=int(person.id or 0),
            name=latin_name(person),
            hotel_id=hotel.venue_id,
            room=member.room,
            room_type=member.room_type,
        )
        for member, person in rows
    ]
    overfull = {(p.hotel_id, p.room.casefold()): p for p in overfull_rooms(occupants)}
    built: list[Room] = []
    for key, group in rooms(occupants).items():
        kind = room_type_of(group)
        problem = overfull.get(key)
        built.append(
            Room(
                number=group[0].room.strip(),
                room_type=str(kind) if kind is not None else "",
                guests=tuple(guests[o.person_id] for o in group),
                capacity=problem.capacity
                if problem is not None
                else (ROOM_CAPACITY[kind] if kind is not None else None),
            )
        )
    built.sort(key=lambda room: room_sort_key(room.number))
    no_room = tuple(guests[o.person_id] for o in occupants if not o.room.strip())
    return HotelRooming(hotel=hotel, rooms=tuple(built), no_room=no_room)
