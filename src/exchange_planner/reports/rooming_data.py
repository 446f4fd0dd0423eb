"""The rooming list (Zimmerliste / 객실 배정표) as plain data: what the hotel needs, nothing else.

Filled by ``services.rooming``; printed by ``reports.rooming_list`` (PDF) and
``reports.rooming_xlsx`` (a workbook), which share its texts.

Only what a hotel needs is here: names with titles, room number and type, arrival and
departure, who shares the room, special requests. Dietary and health notes, phone numbers and
e-mail addresses of the members have no field, so neither writer can print them (the office's
contact is in the letterhead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.reports import rooming_labels  # noqa: F401  (the labels)
from exchange_planner.reports.data import CityNames, PartnerInfo, Stamp
from exchange_planner.reports.letterhead import Letterhead

NO_TRANSLATIONS = Translations()

#: The room types (``domain.enums.RoomType`` values) in the order the lists explain them.
ROOM_TYPES = ("single", "double", "twin", "triple", "suite")


@dataclass(frozen=True)
class Guest:
    """A member as the hotel sees them. Satisfies ``domain.names.Named``; ``title`` with its
    translations (``original_language``, ``translations``) as the other documents print it."""

    person_id: int
    family_name: str
    given_name: str = ""
    native_name: str = ""
    name_order: str = "given_first"
    title: str = ""
    #: Aware instants (UTC); printed in the hotel's time zone.
    arrival: datetime | None = None
    departure: datetime | None = None
    special_requests: str = ""
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class Room:
    """A room of the hotel and who sleeps in it, in the order of precedence."""

    number: str
    #: ``RoomType`` value, "" when no occupant gave one.
    room_type: str
    guests: tuple[Guest, ...]
    #: How many the type allows (``domain.rooms.ROOM_CAPACITY``); None when the type is unknown.
    capacity: int | None = None

    @property
    def overfull(self) -> bool:
        return self.capacity is not None and len(self.guests) > self.capacity

    def sharing(self, guest: Guest) -> tuple[Guest, ...]:
        """The others in the room (nobody shares "no room yet")."""
        if not self.number.strip():
            return ()
        return tuple(other for other in self.guests if other.person_id != guest.person_id)


@dataclass(frozen=True)
class HotelInfo:
    """The hotel (a venue) with its translatable name and address; ``venue_id`` None stands for
    members whose hotel is not set (neither their own nor the visit's)."""

    venue_id: int | None
    name: str
    address: str = ""
    city: str = ""
    timezone: str = "Europe/Berlin"
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class HotelRooming:
    hotel: HotelInfo
    rooms: tuple[Room, ...] = ()
    #: Members of this hotel without a room yet (printed at the end).
    no_room: tuple[Guest, ...] = ()

    @property
    def overfull(self) -> tuple[Room, ...]:
        return tuple(room for room in self.rooms if room.overfull)

    @property
    def guest_count(self) -> int:
        return sum(len(room.guests) for room in self.rooms) + len(self.no_room)


@dataclass(frozen=True)
class RoomingVisit:
    """The visit the list is for: title (translatable), dates and the two cities."""

    visit_id: int
    title: str
    start_date: date | None = None
    end_date: date | None = None
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class RoomingListData:
    visit: RoomingVisit
    hotels: tuple[HotelRooming, ...]
    home_city: str = ""
    home_city_names: CityNames = ()
    partner: PartnerInfo | None = None
    #: The zone the "as of" time is printed in (the home city's).
    home_timezone: str = "Europe/Berlin"
    stamp: Stamp | None = None
    letterhead: Letterhead | None = None

    # What ``reports.archive`` reads for the PDF's metadata.
    @property
    def partner_city(self) -> str:
        return self.partner.partner_city if self.partner else ""

    @property
    def overfull(self) -> tuple[tuple[HotelInfo, Room], ...]:
        return tuple((h.hotel, room) for h in self.hotels for room in h.overfull)


def room_sort_key(number: str) -> tuple[object, ...]:
    """Rooms in the order a hotel numbers them: "9" before "10", "2a" after "2"."""
    parts = re.split(r"(\d+)", number.strip().casefold())
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts if part)
