"""Plain, frozen data the documents are made from (filled by ``services.documents``).

Only what may be printed is here: a program item's internal notes have no field, so no
document can print them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from exchange_planner.domain.enums import GiftDirection, MemberRole
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.domain.travel import TravelLeg
from exchange_planner.reports.letterhead import Letterhead

if TYPE_CHECKING:  # annotations only: an itinerary's print needs neither
    from exchange_planner.domain.gifts import ThresholdFlag
    from exchange_planner.domain.ledger import Ledger

#: No translations (the default of every translatable record below).
NO_TRANSLATIONS = Translations()

#: The home city's name per language, as (language, name) pairs.
CityNames = tuple[tuple[str, str], ...]


def city_name_in(home_city: str, names: CityNames, language: str) -> str:
    """The home city's name in ``language`` (Settings), else its one name."""
    return dict(names).get(language) or home_city


@dataclass(frozen=True)
class TitleInfo:
    """A record named by its title in another document's entry (the visit of a gift)."""

    title: str
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class PartnerInfo:
    """The partner city with its names in other languages (``translations`` of
    ``partner_city``) and its country as written."""

    partner_city: str
    city_native: str = ""
    country: str = ""
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class PersonInfo:
    """A person as printed. Satisfies ``domain.names.Named``."""

    id: int
    family_name: str
    given_name: str = ""
    native_name: str = ""
    name_order: str = "given_first"
    title: str = ""
    organisation: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    #: The language of ``title`` and ``organisation``, and their texts in other languages.
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class VenueInfo:
    id: int
    name: str
    address: str = ""
    room: str = ""
    city: str = ""
    timezone: str = "Europe/Berlin"
    contact: str = ""
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class StayInfo:
    """A member's own travel and stay, printed on their personal itinerary: both legs, the
    hotel they stay at (their own or the visit's), the room's type, the person ids sharing
    the room (same hotel and room) and the member's mobile number."""

    arrival: TravelLeg = field(default_factory=TravelLeg)
    departure: TravelLeg = field(default_factory=TravelLeg)
    hotel: VenueInfo | None = None
    room_type: str = ""
    sharing: tuple[int, ...] = ()
    mobile: str = ""


@dataclass(frozen=True)
class MemberInfo:
    person: PersonInfo
    role: str = MemberRole.OFFICIAL.value
    precedence: int = 0
    #: The member's hotel room (printed on their personal itinerary).
    room: str = ""
    #: Travel and stay (None: nothing entered). Kept out of the repr so that the fingerprints
    #: of documents printed before travel was recorded stay the same; ``content_hash`` adds
    #: the stay of a personal itinerary's own person where it is set.
    stay: StayInfo | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ProgramEntry:
    """One printable program item; ``starts_at``/``ends_at`` are aware instants."""

    id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue: VenueInfo | None = None
    host: PersonInfo | None = None
    dress_code: str = ""
    notes: str = ""
    #: Person ids of those who attend (every member for whole-delegation items).
    attendee_ids: tuple[int, ...] = ()
    #: The language of title, notes and dress code, and their texts in other languages.
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class ProgramState:
    """Where and when a programme item was (or is): aware instants, the zone they are shown
    in, and the venue's name (empty for none)."""

    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue: str = ""


@dataclass(frozen=True)
class ProgramChange:
    """What happened to one programme item since a printed version.

    ``change`` is ``added``, ``cancelled`` or ``moved`` (time or venue); ``before`` is None
    for an added item, ``after`` None for a cancelled one.
    """

    item_id: int
    change: str
    title: str
    before: ProgramState | None
    after: ProgramState | None


@dataclass(frozen=True)
class ChangesSince:
    """The "Changes since version N" page of an itinerary: ``printed_at`` (UTC) is when that
    version was printed. Not part of the document's content hash (it is no change of plan)."""

    version: int
    printed_at: datetime
    changes: tuple[ProgramChange, ...] = ()


@dataclass(frozen=True)
class Stamp:
    """When the printed content was last changed, and how many changed versions were printed."""

    as_of: datetime
    version: int = 1
    #: The database was opened read-only, so this print was not recorded (the version shown is
    #: what a recorded print would have); documents say so beside the "as of" line.
    unrecorded: bool = False


@dataclass(frozen=True)
class ItineraryData:
    visit_id: int
    title: str
    direction: str
    start_date: date
    end_date: date
    home_city: str
    partner_city: str
    partner_city_native: str = ""
    partner_country: str = ""
    #: Zone in which the delegation lives (for the optional second time column).
    delegation_timezone: str = "Asia/Seoul"
    #: Our own city's zone, in which the "as of" time is printed.
    home_timezone: str = "Europe/Berlin"
    head: PersonInfo | None = None
    members: tuple[MemberInfo, ...] = ()
    program: tuple[ProgramEntry, ...] = ()
    hotel: VenueInfo | None = None
    #: Set for a personal itinerary: whose it is.
    person: PersonInfo | None = None
    stamp: Stamp | None = None
    #: The language of the visit's title, and its title in other languages.
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS
    #: The partner city with its translated names (None: ``partner_city`` as written).
    partner: PartnerInfo | None = None
    #: The home city's name in other languages (Settings).
    home_city_names: CityNames = ()
    #: The office's letterhead (Settings), on the first page; None: none.
    letterhead: Letterhead | None = None
    #: The visit is still a draft or only planned: every page carries the draft mark. Kept out
    #: of the repr so the fingerprints of prints made before the mark existed stay the same;
    #: ``content_hash`` adds it where it is set.
    draft: bool = field(default=False, repr=False)
    #: The hosts of the home city (``visit_host``), who get personal itineraries too. Not
    #: printed in the visit's itinerary, so out of its fingerprint.
    hosts: tuple[MemberInfo, ...] = field(default=(), repr=False)

    def participant(self, person_id: int) -> MemberInfo | None:
        """The member, else the host, with that person id."""
        return next((m for m in (*self.members, *self.hosts) if m.person.id == person_id), None)

    def own_member(self) -> MemberInfo | None:
        """A personal itinerary's person as a delegation member (None: a host, or none)."""
        if self.person is None:
            return None
        return next((m for m in self.members if m.person.id == self.person.id), None)

    @property
    def for_host(self) -> bool:
        """A personal itinerary of one of the home city's hosts."""
        return self.person is not None and self.own_member() is None


@dataclass(frozen=True)
class GiftEntry:
    id: int
    direction: str
    description: str
    maker: str = ""
    giver: PersonInfo | None = None
    recipient: PersonInfo | None = None
    presented_on: date | None = None
    value_amount: Decimal | None = None
    value_currency: str = "EUR"
    valuation_basis: str = ""
    circumstances: str = ""
    disposition: str = ""
    inventory_number: str = ""
    visit_title: str = ""
    flag: ThresholdFlag | None = None
    #: The language of description and circumstances, and their other languages.
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS
    #: The gift's visit with its translated titles (year protocols name it).
    visit: TitleInfo | None = None


@dataclass(frozen=True)
class GiftTotal:
    direction: str
    currency: str
    count: int
    total: Decimal


@dataclass(frozen=True)
class GiftProtocolData:
    """Gifts of one visit (``visit_id``) or of one calendar year (``year``)."""

    home_city: str
    gifts: tuple[GiftEntry, ...] = ()
    visit_id: int | None = None
    visit_title: str = ""
    start_date: date | None = None
    end_date: date | None = None
    partner_city: str = ""
    partner_city_native: str = ""
    year: int | None = None
    stamp: Stamp | None = None
    #: Our own city's zone, in which the "as of" time is printed.
    home_timezone: str = "Europe/Berlin"
    #: The visit (of a visit's protocol) with its translated titles.
    visit: TitleInfo | None = None
    partner: PartnerInfo | None = None
    home_city_names: CityNames = ()
    #: The office's letterhead (Settings), on the first page; None: none.
    letterhead: Letterhead | None = None

    def by_direction(self, direction: str) -> list[GiftEntry]:
        return [gift for gift in self.gifts if gift.direction == direction]

    def totals(self) -> list[GiftTotal]:
        """Sum of the valued gifts per direction and currency (given first)."""
        sums: dict[tuple[str, str], tuple[int, Decimal]] = {}
        for gift in self.gifts:
            if gift.value_amount is None:
                continue
            key = (gift.direction, gift.value_currency.upper())
            count, total = sums.get(key, (0, Decimal(0)))
            sums[key] = (count + 1, total + gift.value_amount)
        order = [GiftDirection.GIVEN.value, GiftDirection.RECEIVED.value]
        return [
            GiftTotal(direction, currency, count, total)
            for (direction, currency), (count, total) in sorted(
                sums.items(),
                key=lambda item: (
                    order.index(item[0][0]) if item[0][0] in order else 9,
                    item[0][1],
                ),
            )
        ]

    def unvalued(self, direction: str) -> int:
        return sum(1 for g in self.by_direction(direction) if g.value_amount is None)


def personal(data: ItineraryData, person_id: int) -> ItineraryData:
    """The itinerary of one member or host: only the items that person attends (an item's
    host always attends it)."""
    found = data.participant(person_id)
    if found is None:
        raise KeyError(person_id)
    program = tuple(
        item
        for item in data.program
        if person_id in item.attendee_ids or (item.host is not None and item.host.id == person_id)
    )
    return dataclasses.replace(data, program=program, person=found.person, stamp=None)


def content_hash(data: ItineraryData | GiftProtocolData) -> str:
    """A fingerprint of what a document prints, without its stamp (as-of time, version)."""
    unstamped = dataclasses.replace(data, stamp=None)
    if isinstance(unstamped, ItineraryData):
        # Who attends is not printed (a personal itinerary is already filtered by it).
        unstamped = dataclasses.replace(
            unstamped,
            program=tuple(dataclasses.replace(i, attendee_ids=()) for i in unstamped.program),
        )
    printed = repr(unstamped)
    if isinstance(unstamped, ItineraryData) and unstamped.draft:
        printed += "\ndraft"
    if isinstance(unstamped, ItineraryData):
        own = unstamped.own_member()
        if own is not None and own.stay is not None:
            # What the personal itinerary prints of the stay: the legs, hotel, room type,
            # mobile, and the names of those sharing the room (their ids are in ``members``).
            printed += "\nstay " + repr(own.stay)
    return hashlib.sha256(printed.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BalanceReportData:
    home_city: str
    partner_city: str
    partner_city_native: str
    since_year: int | None
    ledger: Ledger
    as_of: date
    #: The partner city with its translated names (None: ``partner_city`` as written).
    partner: PartnerInfo | None = None
    home_city_names: CityNames = ()
    #: (open kind, record id, title with translations) of the open exchanges' records.
    open_titles: tuple[tuple[str, int, TitleInfo], ...] = ()
    #: The office's letterhead (Settings), on the first page; None: none.
    letterhead: Letterhead | None = None

    def open_title(self, kind: str, record_id: int) -> TitleInfo | None:
        return next((t for k, i, t in self.open_titles if k == kind and i == record_id), None)


@dataclass(frozen=True)
class ChecklistLine:
    kind: str
    due_date: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class DeliverableLine:
    title: str
    due_date: date | None = None
    done: bool = False


@dataclass(frozen=True)
class ResidencySheetData:
    title: str
    home_city: str
    partner_city: str
    partner_city_native: str
    direction: str
    status: str
    start_date: date
    end_date: date
    as_of: date
    artist: PersonInfo | None = None
    home_institution: str = ""
    host_institution: str = ""
    studio: VenueInfo | None = None
    budget_amount: Decimal | None = None
    budget_currency: str = "EUR"
    #: The counterpart residency's title and dates (printed in the sheet's languages).
    counterpart: str = ""
    counterpart_dates: tuple[date, date] | None = None
    counterpart_language: str = DEFAULT_LANGUAGE
    counterpart_translations: Translations = field(default_factory=Translations)
    notes: str = ""
    checklist: tuple[ChecklistLine, ...] = ()
    deliverables: tuple[DeliverableLine, ...] = ()
    contacts: tuple[PersonInfo, ...] = field(default=())
    #: The language of title and notes, and their texts in other languages.
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS
    partner: PartnerInfo | None = None
    home_city_names: CityNames = ()
    #: The office's letterhead (Settings), on the first page; None: none.
    letterhead: Letterhead | None = None
