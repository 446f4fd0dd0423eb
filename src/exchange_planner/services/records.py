"""Read models: plain, immutable copies of the rows the services hand out.

Services read and write ORM rows (``storage/tables.py``) inside their sessions and give
callers these instead, so a widget never holds a live database object: what it shows cannot
change under it, cannot be written back by accident, and carries the ``row_version`` it was
read at (the base of an optimistic ``update_checked``).

Each read model has exactly the fields of its table, in the same order, with the table's
types (``id`` is always set on a stored row, so it is a plain ``int``);
``tests/services/test_records.py`` checks this so that a column added later is not forgotten.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Self

from exchange_planner.domain.enums import (
    ChecklistKind,
    Direction,
    DispositionKind,
    GiftDirection,
    GuestbookKind,
    InterpreterPlace,
    MemberRole,
    NameOrder,
    ProgramKind,
    ResidencyStatus,
    RoomType,
    SeatingRule,
    TableShape,
    TravelMode,
    VehicleKind,
    VisitStatus,
)
from exchange_planner.domain.texts import Translations


class ReadModel:
    """Base of the read models: built from a row, dumped to a dict."""

    __slots__ = ()
    #: The name of the table the read model copies (``__tablename__`` of its row).
    table: ClassVar[str]

    @classmethod
    def of(cls, row: Any) -> Self:
        """A copy of ``row`` (an ORM row of ``table``, or anything with its attributes)."""
        values = {f.name: getattr(row, f.name) for f in fields(cls)}  # type: ignore[arg-type]
        if "translations" in values and not isinstance(values["translations"], Translations):
            values["translations"] = Translations(values["translations"])
        return cls(**values)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    # Named like SQLModel's method (with its ``include``/``exclude``) so that code written
    # against ORM rows, e.g. ``service.get(id).model_dump()``, keeps working unchanged.
    def model_dump(
        self,
        *,
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
    ) -> dict[str, Any]:
        """The fields as a dict (name → value), in table order."""
        return {
            name: _plain(getattr(self, name))
            for name in self.field_names()
            if (include is None or name in include) and (exclude is None or name not in exclude)
        }


def _plain(value: Any) -> Any:
    # Translations are handed out immutable and dumped as the plain dict that is stored.
    return value.to_dict() if isinstance(value, Translations) else value


_frozen = dataclass(frozen=True, slots=True, kw_only=True)


@_frozen
class Partnership(ReadModel):
    table: ClassVar[str] = "partnership"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    partner_city: str
    country: str
    city_native: str
    since_year: int | None
    timezone: str
    languages: str
    notes: str


@_frozen
class Person(ReadModel):
    table: ClassVar[str] = "person"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    family_name: str
    given_name: str
    native_name: str
    name_order: NameOrder
    title: str
    organisation: str
    country: str
    email: str
    phone: str
    language: str
    dietary_notes: str
    accessibility_notes: str
    rank_id: int | None
    elected: bool | None
    in_office_since: date | None
    born_on: date | None
    dietary_requirements: str
    notes_consent: bool
    notes_consent_on: date | None
    gift_jurisdiction: str


@_frozen
class RankTable(ReadModel):
    table: ClassVar[str] = "rank_table"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    name: str
    country: str
    notes: str


@_frozen
class Rank(ReadModel):
    table: ClassVar[str] = "rank"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    rank_table_id: int
    position: int
    title: str
    equivalent_rank_id: int | None


@_frozen
class Venue(ReadModel):
    table: ClassVar[str] = "venue"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    name: str
    address: str
    room: str
    city: str
    timezone: str
    capacity: int | None
    contact: str


@_frozen
class Visit(ReadModel):
    table: ClassVar[str] = "visit"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    partnership_id: int
    title: str
    direction: Direction
    start_date: date
    end_date: date
    status: VisitStatus
    head_id: int | None
    hotel_id: int | None
    notes: str


@_frozen
class VisitMember(ReadModel):
    table: ClassVar[str] = "visit_member"

    row_version: int
    uuid: str
    id: int
    visit_id: int
    person_id: int
    role: MemberRole
    precedence: int
    arrival: datetime | None
    departure: datetime | None
    room: str
    precedence_override: int | None
    override_reason: str
    interprets_for_id: int | None
    arrival_mode: TravelMode | None
    arrival_carrier: str
    arrival_number: str
    arrival_place: str
    arrival_terminal: str
    arrival_pickup: str
    departure_mode: TravelMode | None
    departure_carrier: str
    departure_number: str
    departure_place: str
    departure_terminal: str
    departure_pickup: str
    hotel_id: int | None
    room_type: RoomType | None
    special_requests: str
    mobile: str


@_frozen
class VisitHost(ReadModel):
    table: ClassVar[str] = "visit_host"

    row_version: int
    uuid: str
    id: int
    visit_id: int
    person_id: int
    role: MemberRole
    position: int
    precedence_override: int | None
    override_reason: str
    interprets_for_id: int | None


@_frozen
class ProgramItem(ReadModel):
    table: ClassVar[str] = "program_item"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    visit_id: int
    title: str
    kind: ProgramKind
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue_id: int | None
    host_id: int | None
    all_members: bool
    dress_code: str
    notes: str
    internal_notes: str
    responsible: str
    from_venue_id: int | None


@_frozen
class SeatingPlan(ReadModel):
    table: ClassVar[str] = "seating_plan"

    row_version: int
    uuid: str
    id: int
    program_item_id: int
    rule: SeatingRule
    alternate: bool
    interpreters: InterpreterPlace
    host_id: int | None
    notes: str


@_frozen
class SeatingTable(ReadModel):
    table: ClassVar[str] = "seating_table"

    row_version: int
    uuid: str
    id: int
    plan_id: int
    position: int
    label: str
    shape: TableShape
    seats: int


@_frozen
class SeatAssignment(ReadModel):
    table: ClassVar[str] = "seat_assignment"

    row_version: int
    uuid: str
    id: int
    table_id: int
    seat: int
    behind: bool
    person_id: int
    locked: bool


@_frozen
class Gift(ReadModel):
    table: ClassVar[str] = "gift"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    visit_id: int | None
    direction: GiftDirection
    description: str
    maker: str
    giver_id: int | None
    recipient_id: int | None
    presented_on: date | None
    value_amount: Decimal | None
    value_currency: str
    valuation_basis: str
    circumstances: str
    disposition: str
    inventory_number: str
    rate_units_per_eur: Decimal | None
    rate_date: date | None
    rate_source: str


@_frozen
class GuestbookEntry(ReadModel):
    table: ClassVar[str] = "guestbook_entry"

    row_version: int
    uuid: str
    id: int
    visit_id: int | None
    book: GuestbookKind
    signer_id: int
    signed_on: date
    occasion: str
    volume: str
    page: str


@_frozen
class Residency(ReadModel):
    table: ClassVar[str] = "residency"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    title: str
    artist_id: int | None
    partnership_id: int
    direction: Direction
    home_institution: str
    host_institution: str
    studio_id: int | None
    start_date: date
    end_date: date
    status: ResidencyStatus
    counterpart_id: int | None
    budget_amount: Decimal | None
    budget_currency: str
    notes: str


@_frozen
class ResidencyDeliverable(ReadModel):
    table: ClassVar[str] = "residency_deliverable"

    row_version: int
    uuid: str
    id: int
    residency_id: int
    title: str
    due_date: date | None
    done: bool


@_frozen
class ChecklistItem(ReadModel):
    table: ClassVar[str] = "checklist_item"

    row_version: int
    uuid: str
    id: int
    residency_id: int
    kind: ChecklistKind
    due_date: date | None
    done_on: date | None


@_frozen
class Exhibition(ReadModel):
    table: ClassVar[str] = "exhibition"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    title: str
    venue_id: int | None
    start_date: date
    end_date: date
    curator_id: int | None
    partnership_id: int | None
    description: str


@_frozen
class Vehicle(ReadModel):
    table: ClassVar[str] = "vehicle"

    row_version: int
    uuid: str
    id: int
    visit_id: int
    label: str
    kind: VehicleKind
    seats: int
    driver_name: str
    driver_phone: str
    driver_language: str
    plate: str
    company: str
    notes: str


@_frozen
class TransferVehicle(ReadModel):
    table: ClassVar[str] = "transfer_vehicle"

    row_version: int
    uuid: str
    id: int
    program_item_id: int
    vehicle_id: int
    position: int


@_frozen
class TransferSeat(ReadModel):
    table: ClassVar[str] = "transfer_seat"

    row_version: int
    uuid: str
    id: int
    transfer_vehicle_id: int
    person_id: int
    seat: int | None


@_frozen
class ProgramCue(ReadModel):
    table: ClassVar[str] = "program_cue"

    row_version: int
    uuid: str
    id: int
    program_item_id: int
    at: datetime
    cue: str
    responsible: str
    position: int


@_frozen
class GiftRule(ReadModel):
    table: ClassVar[str] = "gift_rule"

    row_version: int
    original_language: str
    translations: Translations
    uuid: str
    id: int
    jurisdiction: str
    name: str
    applies_to: str
    effective_from: date
    effective_to: date | None
    source: str
    source_url: str
    valuation: str
    notes: str


@_frozen
class GiftRuleLimit(ReadModel):
    table: ClassVar[str] = "gift_rule_limit"

    row_version: int
    uuid: str
    id: int
    rule_id: int
    tier: int
    amount: Decimal
    currency: str
    consequence: str


@_frozen
class ExchangeRate(ReadModel):
    table: ClassVar[str] = "exchange_rate"

    row_version: int
    uuid: str
    id: int
    currency: str
    rate_date: date
    units_per_eur: Decimal
    source: str


@_frozen
class GiftDisposition(ReadModel):
    table: ClassVar[str] = "gift_disposition"

    row_version: int
    uuid: str
    id: int
    gift_id: int
    dated_on: date
    kind: DispositionKind
    place: str
    inventory_number: str
    note: str


#: Every read model by the name of its table.
READ_MODELS: dict[str, type[ReadModel]] = {
    model.table: model
    for model in (
        Partnership,
        RankTable,
        Rank,
        Person,
        Venue,
        Visit,
        VisitMember,
        VisitHost,
        ProgramItem,
        SeatingPlan,
        SeatingTable,
        SeatAssignment,
        Gift,
        GuestbookEntry,
        Residency,
        ResidencyDeliverable,
        ChecklistItem,
        Exhibition,
        Vehicle,
        TransferVehicle,
        TransferSeat,
        ProgramCue,
        GiftRule,
        GiftRuleLimit,
        ExchangeRate,
        GiftDisposition,
    )
}

#: Versioned tables no service hands out as rows (settings are strings by key; a document's
#: last print is internal to the document service).
NOT_HANDED_OUT = frozenset({"setting", "document_print"})
