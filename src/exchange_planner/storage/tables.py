"""The SQLModel tables of an Exchange Planner database.

Every table documents itself in its class docstring. Instants (program items, arrivals) are
stored as UTC with the IANA zone of the place beside them; whole days (visits, residencies)
are plain dates. Enumerations are VARCHAR columns with CHECK constraints so the same schema
works on SQLite and PostgreSQL. People and venues that are still referenced cannot be deleted
(RESTRICT); the parts of a visit or residency go with it (CASCADE).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import declared_attr
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Field, SQLModel

from exchange_planner.domain.enums import (
    ChecklistKind,
    Direction,
    DispositionKind,
    DocumentKind,
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
from exchange_planner.domain.texts import DEFAULT_LANGUAGE
from exchange_planner.storage.types import TranslationsJSON, UTCDateTime, enum_type

# Named constraints let Alembic's batch mode (SQLite) recreate tables reliably.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = SQLModel.metadata


def _utc(*, nullable: bool = True, index: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(UTCDateTime(), nullable=nullable, index=index)


class Versioned(SQLModel):
    """A row with a version that every update raises (SQLAlchemy's ``version_id_col``).

    An UPDATE names the version it read (``WHERE row_version = ?``), so two sessions that
    loaded the same row cannot both write it: the second flush fails with ``StaleDataError``
    and the service decides whether to merge or to refuse (``services/crud.py``).
    """

    row_version: int = Field(
        default=1, sa_column_kwargs={"nullable": False, "server_default": sa.text("1")}
    )

    @declared_attr  # type: ignore[misc]
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def new_uuid() -> str:
    """A fresh record identity (UUID 4, lower-case hex with hyphens)."""
    return str(uuid4())


class Identified(SQLModel):
    """A record with a stable identity across databases (migration 0006).

    ``id`` counts the rows of one database; ``uuid`` names the record wherever it is copied
    to: the exchange file carries it, and a merge of another office's file matches records by
    it (``services/exchange_merge.py``). Every new row gets one on insert.
    """

    uuid: str = Field(
        default_factory=new_uuid,
        max_length=36,
        unique=True,
        index=True,
        sa_column_kwargs={"nullable": False, "server_default": ""},
    )


class Translatable(SQLModel):
    """A record whose texts can be had in more than one language (``domain/texts.py``).

    The plain text columns hold the original, written in ``original_language``;
    ``translations`` the texts in other languages, ``{field: {language: text}}``.
    """

    original_language: str = Field(
        default=DEFAULT_LANGUAGE,
        max_length=8,
        sa_column_kwargs={"nullable": False, "server_default": DEFAULT_LANGUAGE},
    )
    translations: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        sa_type=TranslationsJSON,
        sa_column_kwargs={"nullable": False, "server_default": sa.text("'{}'")},
    )


class Setting(Versioned, table=True):
    """Key/value settings stored with the data: our own city, gift thresholds, sample marker."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="")


class Partnership(Identified, Translatable, Versioned, table=True):
    """A twin-city partnership: the partner city, seen from our city.

    ``city_native`` is the name in the partner's own script (광주 for Gwangju);
    ``languages`` a comma-separated list of language codes (``ko,en``).
    """

    __tablename__ = "partnership"

    id: int | None = Field(default=None, primary_key=True)
    partner_city: str = Field(max_length=200)
    country: str = Field(max_length=100)
    city_native: str = Field(default="", max_length=200)
    since_year: int | None = Field(default=None)
    timezone: str = Field(max_length=64)
    languages: str = Field(default="", max_length=100)
    notes: str = Field(default="")


class RankTable(Identified, Translatable, Versioned, table=True):
    """A country's order of ranks, maintained by the protocol office (issue 17).

    ``country`` is written as ``Person.country`` is ("Germany", "South Korea"); the ranks of
    two tables are joined by ``Rank.equivalent_rank_id`` into one order of precedence.
    """

    __tablename__ = "rank_table"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    country: str = Field(default="", max_length=100)
    notes: str = Field(default="")


class Rank(Identified, Translatable, Versioned, table=True):
    """One rank of a rank table: ``position`` 1 is the highest, equal positions rank equal.

    ``equivalent_rank_id`` names the rank of another table this one ranks with (광역시장 with
    Oberbürgermeister); ``domain/precedence.py`` merges the tables along these links.
    """

    __tablename__ = "rank"
    __table_args__ = (sa.CheckConstraint("position >= 1", name="position_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    rank_table_id: int = Field(foreign_key="rank_table.id", ondelete="CASCADE", index=True)
    position: int = Field(default=1)
    title: str = Field(max_length=300)
    equivalent_rank_id: int | None = Field(default=None, foreign_key="rank.id", ondelete="SET NULL")


class Person(Identified, Translatable, Versioned, table=True):
    """Anyone who takes part: delegation members, hosts, artists, curators, interpreters.

    ``native_name`` holds the name in the person's own script (강기정); ``name_order`` says
    whether the family name comes first (Korean) when written in Latin script.
    """

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    family_name: str = Field(max_length=200, index=True)
    given_name: str = Field(default="", max_length=200)
    native_name: str = Field(default="", max_length=200)
    name_order: NameOrder = Field(default=NameOrder.GIVEN_FIRST, sa_type=enum_type(NameOrder))
    title: str = Field(default="", max_length=300)
    organisation: str = Field(default="", max_length=300)
    country: str = Field(default="", max_length=100)
    email: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=100)
    language: str = Field(default="", max_length=20)
    dietary_notes: str = Field(default="")
    accessibility_notes: str = Field(default="")
    # The order of precedence (migration 0007): the rank and the tie-breakers.
    rank_id: int | None = Field(
        default=None, foreign_key="rank.id", ondelete="RESTRICT", index=True
    )
    elected: bool | None = Field(default=None)
    in_office_since: date | None = Field(default=None)
    born_on: date | None = Field(default=None)
    # What the caterer must know (migration 0008): ``DietaryRequirement`` values, comma-separated,
    # and the consent to process these health- or religion-related notes, with its date.
    dietary_requirements: str = Field(default="", max_length=300)
    notes_consent: bool = Field(default=False)
    notes_consent_on: date | None = Field(default=None)
    # The gift rules the person falls under (``GiftRule.jurisdiction``, e.g. DE-SN-KOMMUNAL).
    gift_jurisdiction: str = Field(default="", max_length=40)


class Venue(Identified, Translatable, Versioned, table=True):
    """A place where something happens: a town hall room, a museum, a studio, a hotel."""

    __tablename__ = "venue"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    address: str = Field(default="", max_length=500)
    room: str = Field(default="", max_length=200)
    city: str = Field(default="", max_length=200)
    timezone: str = Field(max_length=64)
    capacity: int | None = Field(default=None, ge=0)
    contact: str = Field(default="", max_length=500)


class Visit(Identified, Translatable, Versioned, table=True):
    """A delegation visit: incoming (received here) or outgoing (our delegation travels)."""

    __tablename__ = "visit"
    __table_args__ = (sa.CheckConstraint("end_date >= start_date", name="dates_in_order"),)

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id", ondelete="RESTRICT", index=True)
    title: str = Field(max_length=300)
    direction: Direction = Field(sa_type=enum_type(Direction))
    start_date: date = Field(index=True)
    end_date: date = Field(index=True)
    status: VisitStatus = Field(default=VisitStatus.DRAFT, sa_type=enum_type(VisitStatus))
    head_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT")
    hotel_id: int | None = Field(default=None, foreign_key="venue.id", ondelete="RESTRICT")
    notes: str = Field(default="")


class VisitMember(Identified, Versioned, table=True):
    """A person on a visit's delegation list, with role and protocol precedence (1 = first)."""

    __tablename__ = "visit_member"
    __table_args__ = (sa.UniqueConstraint("visit_id", "person_id", name="uq_visit_member_person"),)

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", ondelete="CASCADE", index=True)
    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True)
    role: MemberRole = Field(default=MemberRole.OFFICIAL, sa_type=enum_type(MemberRole))
    precedence: int = Field(default=0)
    arrival: datetime | None = Field(default=None, sa_column=_utc())
    departure: datetime | None = Field(default=None, sa_column=_utc())
    room: str = Field(default="", max_length=100)
    # The place forced in the visit's order of precedence, with the reason shown in the list.
    precedence_override: int | None = Field(default=None)
    override_reason: str = Field(default="")
    interprets_for_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL"
    )
    # Travel and stay (migration 0008). ``arrival``/``departure`` above are the instants.
    arrival_mode: TravelMode | None = Field(
        default=None, sa_type=enum_type(TravelMode, name="arrivalmode")
    )
    arrival_carrier: str = Field(default="", max_length=100)
    arrival_number: str = Field(default="", max_length=20)
    arrival_place: str = Field(default="", max_length=200)
    arrival_terminal: str = Field(default="", max_length=50)
    arrival_pickup: str = Field(default="", max_length=300)
    departure_mode: TravelMode | None = Field(
        default=None, sa_type=enum_type(TravelMode, name="departuremode")
    )
    departure_carrier: str = Field(default="", max_length=100)
    departure_number: str = Field(default="", max_length=20)
    departure_place: str = Field(default="", max_length=200)
    departure_terminal: str = Field(default="", max_length=50)
    departure_pickup: str = Field(default="", max_length=300)
    # Empty: the visit's hotel. Members sharing a room have the same hotel and room.
    hotel_id: int | None = Field(default=None, foreign_key="venue.id", ondelete="RESTRICT")
    room_type: RoomType | None = Field(default=None, sa_type=enum_type(RoomType))
    special_requests: str = Field(default="")
    mobile: str = Field(default="", max_length=100)


class VisitHost(Identified, Versioned, table=True):
    """A host of the home city taking part in a visit (the other side of the precedence list).

    A host attends every item of the visit with ``all_members`` and the items whose attendee
    list names them; an item's ``host_id`` always attends it. ``position`` is the list order.
    """

    __tablename__ = "visit_host"
    __table_args__ = (sa.UniqueConstraint("visit_id", "person_id", name="uq_visit_host_person"),)

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", ondelete="CASCADE", index=True)
    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True)
    role: MemberRole = Field(default=MemberRole.OFFICIAL, sa_type=enum_type(MemberRole))
    position: int = Field(default=0)
    precedence_override: int | None = Field(default=None)
    override_reason: str = Field(default="")
    interprets_for_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL"
    )


class ItemLength(FunctionElement[float]):
    """``ends_at - starts_at`` of a program item as its dialect computes it: days on SQLite
    (which has no interval type), an interval elsewhere. Indexed (``ix_program_item_span``);
    the statements asking for the longest item spell out the same expression."""

    name = "item_length"
    inherit_cache = True


@compiles(ItemLength, "sqlite")
def _item_length_sqlite(element: ItemLength, compiler: Any, **kw: Any) -> str:
    return "(julianday(ends_at) - julianday(starts_at))"


@compiles(ItemLength)
def _item_length(element: ItemLength, compiler: Any, **kw: Any) -> str:
    return "(ends_at - starts_at)"


class ProgramItem(Identified, Translatable, Versioned, table=True):
    """One entry of a visit's day program.

    ``starts_at``/``ends_at`` are UTC instants; ``timezone`` is the zone of the venue in which
    the times are shown and printed. ``all_members`` means every delegation member attends;
    otherwise ``program_attendee`` lists who does. ``internal_notes`` are never printed.
    """

    __tablename__ = "program_item"
    __table_args__ = (
        sa.CheckConstraint("ends_at >= starts_at", name="times_in_order"),
        sa.Index("ix_program_item_venue_start", "venue_id", "starts_at"),
        sa.Index("ix_program_item_visit_start", "visit_id", "starts_at"),
        # The length of an item, for the longest one at once (migration 0005): the window
        # queries of the conflicts (services/conflict_reading.py) bound the start by it.
        sa.Index("ix_program_item_span", ItemLength()),
    )

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", ondelete="CASCADE", index=True)
    title: str = Field(max_length=300)
    kind: ProgramKind = Field(default=ProgramKind.MEETING, sa_type=enum_type(ProgramKind))
    starts_at: datetime = Field(sa_column=_utc(nullable=False, index=True))
    ends_at: datetime = Field(sa_column=_utc(nullable=False, index=True))
    timezone: str = Field(max_length=64)
    venue_id: int | None = Field(default=None, foreign_key="venue.id", ondelete="RESTRICT")
    host_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT")
    all_members: bool = Field(default=True)
    dress_code: str = Field(default="", max_length=200)
    notes: str = Field(default="")
    internal_notes: str = Field(default="")
    # The run-of-show (migration 0008): who is responsible, and where a transfer starts
    # (``venue_id`` is where it goes).
    responsible: str = Field(default="", max_length=300)
    from_venue_id: int | None = Field(default=None, foreign_key="venue.id", ondelete="RESTRICT")


class ProgramAttendee(SQLModel, table=True):
    """Who attends a program item when not the whole delegation does."""

    __tablename__ = "program_attendee"

    program_item_id: int = Field(
        foreign_key="program_item.id", ondelete="CASCADE", primary_key=True
    )
    person_id: int = Field(
        foreign_key="person.id", ondelete="RESTRICT", primary_key=True, index=True
    )


class SeatingPlan(Identified, Versioned, table=True):
    """The seating of a meal or reception: the rule it was placed by and its tables.

    ``host_id`` empty means the first home participant in the order of precedence hosts.
    """

    __tablename__ = "seating_plan"

    id: int | None = Field(default=None, primary_key=True)
    program_item_id: int = Field(
        foreign_key="program_item.id", ondelete="CASCADE", unique=True, index=True
    )
    rule: SeatingRule = Field(default=SeatingRule.INTERNATIONAL, sa_type=enum_type(SeatingRule))
    alternate: bool = Field(default=True)
    interpreters: InterpreterPlace = Field(
        default=InterpreterPlace.BESIDE, sa_type=enum_type(InterpreterPlace)
    )
    host_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    notes: str = Field(default="")


class SeatingTable(Identified, Versioned, table=True):
    """One table of a seating plan; its seats are numbered by ``domain/seating.py``."""

    __tablename__ = "seating_table"
    __table_args__ = (sa.CheckConstraint("seats >= 2 AND seats <= 80", name="seats_in_range"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="seating_plan.id", ondelete="CASCADE", index=True)
    position: int = Field(default=0)
    label: str = Field(default="", max_length=100)
    shape: TableShape = Field(default=TableShape.ROUND, sa_type=enum_type(TableShape))
    seats: int = Field(default=10)


class SeatAssignment(Identified, Versioned, table=True):
    """A person on a seat (1-based) of a table, or on the chair ``behind`` it (interpreters)."""

    __tablename__ = "seat_assignment"
    __table_args__ = (
        sa.UniqueConstraint("table_id", "seat", "behind", name="uq_seat_assignment_seat"),
    )

    id: int | None = Field(default=None, primary_key=True)
    table_id: int = Field(foreign_key="seating_table.id", ondelete="CASCADE", index=True)
    seat: int
    behind: bool = Field(default=False)
    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True)
    locked: bool = Field(default=False)


class Gift(Identified, Translatable, Versioned, table=True):
    """An official gift given or received, with the fields official gift registers ask for."""

    __tablename__ = "gift"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int | None = Field(
        default=None, foreign_key="visit.id", ondelete="CASCADE", index=True
    )
    direction: GiftDirection = Field(sa_type=enum_type(GiftDirection))
    description: str = Field(max_length=1000)
    maker: str = Field(default="", max_length=300)
    giver_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT")
    recipient_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT")
    presented_on: date | None = Field(default=None, index=True)
    value_amount: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    value_currency: str = Field(default="EUR", max_length=3)
    valuation_basis: str = Field(default="", max_length=300)
    circumstances: str = Field(default="")
    disposition: str = Field(default="", max_length=500)
    inventory_number: str = Field(default="", max_length=100)
    # The rate the value was converted to EUR at (migration 0008): units of ``value_currency``
    # per euro on ``rate_date``, and where the rate came from. Entered or imported, never fetched.
    rate_units_per_eur: Decimal | None = Field(default=None, max_digits=18, decimal_places=6)
    rate_date: date | None = Field(default=None)
    rate_source: str = Field(default="", max_length=300)


class Vehicle(Identified, Versioned, table=True):
    """A car, van or bus at a visit's disposal, with its driver (the driver sheet's language)."""

    __tablename__ = "vehicle"
    __table_args__ = (sa.CheckConstraint("seats >= 1 AND seats <= 80", name="seats_in_range"),)

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", ondelete="CASCADE", index=True)
    label: str = Field(default="", max_length=100)
    kind: VehicleKind = Field(default=VehicleKind.CAR, sa_type=enum_type(VehicleKind))
    seats: int = Field(default=4)
    driver_name: str = Field(default="", max_length=200)
    driver_phone: str = Field(default="", max_length=100)
    driver_language: str = Field(default="", max_length=20)
    plate: str = Field(default="", max_length=30)
    company: str = Field(default="", max_length=300)
    notes: str = Field(default="")


class TransferVehicle(Identified, Versioned, table=True):
    """A vehicle used for a transfer item (``ProgramKind.TRANSFER``)."""

    __tablename__ = "transfer_vehicle"
    __table_args__ = (
        sa.UniqueConstraint("program_item_id", "vehicle_id", name="uq_transfer_vehicle_vehicle"),
    )

    id: int | None = Field(default=None, primary_key=True)
    program_item_id: int = Field(foreign_key="program_item.id", ondelete="CASCADE", index=True)
    vehicle_id: int = Field(foreign_key="vehicle.id", ondelete="CASCADE", index=True)
    position: int = Field(default=0)


class TransferSeat(Identified, Versioned, table=True):
    """A person riding in a vehicle of a transfer, on a numbered seat or on any."""

    __tablename__ = "transfer_seat"
    __table_args__ = (
        sa.UniqueConstraint("transfer_vehicle_id", "person_id", name="uq_transfer_seat_person"),
    )

    id: int | None = Field(default=None, primary_key=True)
    transfer_vehicle_id: int = Field(
        foreign_key="transfer_vehicle.id", ondelete="CASCADE", index=True
    )
    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True)
    seat: int | None = Field(default=None)


class ProgramCue(Identified, Versioned, table=True):
    """A cue of the run-of-show within a program item: at 10:05, "press leaves the hall"."""

    __tablename__ = "program_cue"

    id: int | None = Field(default=None, primary_key=True)
    program_item_id: int = Field(foreign_key="program_item.id", ondelete="CASCADE", index=True)
    at: datetime = Field(sa_column=_utc(nullable=False))
    cue: str = Field(default="")
    responsible: str = Field(default="", max_length=300)
    position: int = Field(default=0)


class GiftRule(Identified, Translatable, Versioned, table=True):
    """The gift rules of an office (a jurisdiction) in force from a date, with their source."""

    __tablename__ = "gift_rule"
    __table_args__ = (
        sa.CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from", name="dates_in_order"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    jurisdiction: str = Field(max_length=40, index=True)
    name: str = Field(default="", max_length=300)
    applies_to: str = Field(default="", max_length=500)
    effective_from: date
    effective_to: date | None = Field(default=None)
    source: str = Field(default="", max_length=500)
    source_url: str = Field(default="", max_length=500)
    valuation: str = Field(default="", max_length=500)
    notes: str = Field(default="")


class GiftRuleLimit(Identified, Versioned, table=True):
    """One limit of a gift rule (tier 1 is the lowest) and what crossing it means."""

    __tablename__ = "gift_rule_limit"

    id: int | None = Field(default=None, primary_key=True)
    rule_id: int = Field(foreign_key="gift_rule.id", ondelete="CASCADE", index=True)
    tier: int = Field(default=1)
    amount: Decimal = Field(max_digits=14, decimal_places=2)
    currency: str = Field(default="EUR", max_length=3)
    consequence: str = Field(default="", max_length=500)


class ExchangeRate(Identified, Versioned, table=True):
    """A reference rate: ``units_per_eur`` of ``currency`` for one euro on ``rate_date``."""

    __tablename__ = "exchange_rate"
    __table_args__ = (
        sa.UniqueConstraint("currency", "rate_date", name="uq_exchange_rate_day"),
        sa.CheckConstraint("units_per_eur > 0", name="rate_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    currency: str = Field(max_length=3)
    rate_date: date
    units_per_eur: Decimal = Field(max_digits=18, decimal_places=6)
    source: str = Field(default="", max_length=300)


class GiftDisposition(Identified, Versioned, table=True):
    """Where a gift went on a date; the latest row is where it is now."""

    __tablename__ = "gift_disposition"

    id: int | None = Field(default=None, primary_key=True)
    gift_id: int = Field(foreign_key="gift.id", ondelete="CASCADE", index=True)
    dated_on: date
    kind: DispositionKind = Field(sa_type=enum_type(DispositionKind))
    place: str = Field(default="", max_length=300)
    inventory_number: str = Field(default="", max_length=100)
    note: str = Field(default="")


class GuestbookEntry(Identified, Versioned, table=True):
    """A signature in the city guestbook or the Golden Book, with where it stands."""

    __tablename__ = "guestbook_entry"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int | None = Field(
        default=None, foreign_key="visit.id", ondelete="CASCADE", index=True
    )
    book: GuestbookKind = Field(sa_type=enum_type(GuestbookKind))
    signer_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True)
    signed_on: date
    occasion: str = Field(default="", max_length=500)
    volume: str = Field(default="", max_length=50)
    page: str = Field(default="", max_length=50)


class Residency(Identified, Translatable, Versioned, table=True):
    """An artist residency between the partner cities.

    ``artist_id`` may be empty while a counter-residency is proposed before its artist is
    named. ``counterpart_id`` links the residency that answers this one (same partnership).
    """

    __tablename__ = "residency"
    __table_args__ = (
        sa.CheckConstraint("end_date >= start_date", name="dates_in_order"),
        sa.CheckConstraint(
            "counterpart_id IS NULL OR counterpart_id <> id", name="not_own_counterpart"
        ),
        sa.Index("ix_residency_studio_start", "studio_id", "start_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(default="", max_length=300)
    artist_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT")
    partnership_id: int = Field(foreign_key="partnership.id", ondelete="RESTRICT", index=True)
    direction: Direction = Field(sa_type=enum_type(Direction))
    home_institution: str = Field(default="", max_length=300)
    host_institution: str = Field(default="", max_length=300)
    studio_id: int | None = Field(default=None, foreign_key="venue.id", ondelete="RESTRICT")
    start_date: date = Field(index=True)
    end_date: date = Field(index=True)
    status: ResidencyStatus = Field(
        default=ResidencyStatus.PROPOSED, sa_type=enum_type(ResidencyStatus)
    )
    counterpart_id: int | None = Field(
        default=None, foreign_key="residency.id", ondelete="SET NULL"
    )
    budget_amount: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    budget_currency: str = Field(default="EUR", max_length=3)
    notes: str = Field(default="")


class ResidencyDeliverable(Identified, Versioned, table=True):
    """Something a residency promises: an open studio, an exhibition, a talk; with a due date."""

    __tablename__ = "residency_deliverable"

    id: int | None = Field(default=None, primary_key=True)
    residency_id: int = Field(foreign_key="residency.id", ondelete="CASCADE", index=True)
    title: str = Field(max_length=300)
    due_date: date | None = Field(default=None)
    done: bool = Field(default=False)


class ChecklistItem(Identified, Versioned, table=True):
    """A preparation step of a residency (invitation letter, visa, ...), due and possibly done."""

    __tablename__ = "checklist_item"
    __table_args__ = (sa.UniqueConstraint("residency_id", "kind", name="uq_checklist_item_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    residency_id: int = Field(foreign_key="residency.id", ondelete="CASCADE", index=True)
    kind: ChecklistKind = Field(sa_type=enum_type(ChecklistKind))
    due_date: date | None = Field(default=None, index=True)
    done_on: date | None = Field(default=None)


class Exhibition(Identified, Translatable, Versioned, table=True):
    """An exhibition that grows out of the exchange, with its links to residencies and visits."""

    __tablename__ = "exhibition"
    __table_args__ = (sa.CheckConstraint("end_date >= start_date", name="dates_in_order"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    venue_id: int | None = Field(default=None, foreign_key="venue.id", ondelete="RESTRICT")
    start_date: date = Field(index=True)
    end_date: date = Field(index=True)
    curator_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT")
    partnership_id: int | None = Field(
        default=None, foreign_key="partnership.id", ondelete="RESTRICT", index=True
    )
    description: str = Field(default="")


class ExhibitionResidency(SQLModel, table=True):
    """Link: a residency shown in (or leading to) an exhibition."""

    __tablename__ = "exhibition_residency"

    exhibition_id: int = Field(foreign_key="exhibition.id", ondelete="CASCADE", primary_key=True)
    residency_id: int = Field(foreign_key="residency.id", ondelete="CASCADE", primary_key=True)


class ExhibitionVisit(SQLModel, table=True):
    """Link: a delegation visit that includes the exhibition."""

    __tablename__ = "exhibition_visit"

    exhibition_id: int = Field(foreign_key="exhibition.id", ondelete="CASCADE", primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", ondelete="CASCADE", primary_key=True)


class ExhibitionArtist(SQLModel, table=True):
    """Link: an artist whose work the exhibition shows."""

    __tablename__ = "exhibition_artist"

    exhibition_id: int = Field(foreign_key="exhibition.id", ondelete="CASCADE", primary_key=True)
    person_id: int = Field(
        foreign_key="person.id", ondelete="RESTRICT", primary_key=True, index=True
    )


class DocumentPrint(Versioned, table=True):
    """The last printed state of a document, so its version number rises only on change."""

    __tablename__ = "document_print"
    __table_args__ = (sa.UniqueConstraint("kind", "subject_key", name="uq_document_print_subject"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: DocumentKind = Field(sa_type=enum_type(DocumentKind))
    subject_key: str = Field(max_length=100)
    content_hash: str = Field(max_length=64)
    version: int = Field(default=1)
    printed_at: datetime = Field(sa_column=_utc(nullable=False))


class ErasureRun(SQLModel, table=True):
    """One erasure of personal data: what category, up to which date, where its export went."""

    __tablename__ = "erasure_run"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=_utc(nullable=False))
    user_name: str = Field(default="", max_length=200)
    category: str = Field(max_length=20)
    before: date
    export_file: str = Field(default="", max_length=1000)
    removed: int = Field(default=0)
    summary: str = Field(default="")


class ChangeLog(SQLModel, table=True):
    """The audit trail: one row per created or deleted record and per changed field.

    Written by ``storage/audit.py`` in the transaction of the change itself. ``table_name``
    and ``record_id`` name the record (settings: ``setting`` and 0, the key in ``field``;
    links such as a program item's attendees: the owning record, the link in ``field``).
    Values are stored as text (``None`` as NULL); a created or deleted record keeps its
    values as JSON in ``new_value`` or ``old_value``. ``visit_id`` and ``residency_id`` say
    which visit or residency the change belongs to, without foreign keys, so the history of
    a deleted program item stays with its visit. ``origin`` identifies the open database
    (one window or command) that made the change.
    """

    __tablename__ = "change_log"
    __table_args__ = (sa.Index("ix_change_log_record", "table_name", "record_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=_utc(nullable=False))
    user_name: str = Field(max_length=200)
    origin: str = Field(max_length=32)
    table_name: str = Field(max_length=64)
    record_id: int
    action: str = Field(max_length=10)
    field: str = Field(default="", max_length=100)
    old_value: str | None = Field(default=None)
    new_value: str | None = Field(default=None)
    row_version: int | None = Field(default=None)
    visit_id: int | None = Field(default=None, index=True)
    residency_id: int | None = Field(default=None, index=True)
