"""The conflicts and warnings of one visit (or of all), read with plain SQL.

Written once, as SQL text with ``:name`` parameters run through an
:class:`~exchange_planner.storage.sql_read.Execute`: ``ConflictService`` runs it in a session
(SQLite or PostgreSQL), ``exchange-planner conflicts`` on a current SQLite file through the
standard library's sqlite3, without SQLAlchemy or the table classes. The rules are the
domain's (``domain/conflicts.py``, ``domain/gifts.py``), on plain values.

Cost follows the visit, not the database: its own items come from the index on
``(visit_id, starts_at)``; the others that can clash are those overlapping the time from the
first start to the last end of its items, found on the index of ``starts_at`` between
``first start - longest item`` and ``last end`` (the longest item is one lookup on
``ix_program_item_span``, migration 0005), the end checked on the rows found. Members,
attendees, names, venues and visit titles are read for those items only.

The planning checks (members at items before they arrive or after they depart, items without
a venue or host, members without arrival or departure once the visit is confirmed, dietary
notes no meal serves) read the asked visits' members with their arrivals and departures
(index on ``visit_member.visit_id``) and the dietary notes of those people; the roles of the
nearby visits' members name an interpreter booked twice as such.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from exchange_planner.domain.catering import requirements_of
from exchange_planner.domain.conflicts import (
    Conflict,
    ConflictKind,
    MemberStay,
    TimedBooking,
    VisitDays,
    VisitPlan,
    find_attendance_outside_stay,
    find_booking_conflicts,
    find_dietary_notes_without_meal,
    find_items_outside_visit,
    find_items_without_venue_or_host,
    find_members_without_travel,
    merge_person_conflicts,
)
from exchange_planner.domain.enums import GiftDirection, MemberRole, VisitStatus
from exchange_planner.domain.gifts import (
    GiftRecord,
    find_repeated_gifts,
    find_threshold_warnings,
    thresholds_from_settings,
)
from exchange_planner.domain.names import full_name
from exchange_planner.storage.sql_read import Execute, Row, calendar_day, sql_instant, utc_instant

_KIND_ORDER = {kind: index for index, kind in enumerate(ConflictKind)}

#: How many ids one ``IN (...)`` lists at most (SQLite allows 32,766 parameters).
CHUNK = 500

# --- the statements ------------------------------------------------------------------------
_ITEM = (
    "SELECT id, visit_id, title, starts_at, ends_at, timezone, venue_id, host_id, all_members, "
    "kind FROM program_item"
)
#: A visit's own items (index ix_program_item_visit_start).
OWN_ITEMS = f"{_ITEM} WHERE visit_id = :visit"
ALL_ITEMS = _ITEM
#: Items overlapping ``[first, last)``: the start bounded on both sides (index on starts_at).
WINDOW_ITEMS = f"{_ITEM} WHERE starts_at >= :earliest AND starts_at < :last AND ends_at > :first"
#: The longest item, one lookup on ix_program_item_span; the expression is the index's own.
LONGEST_ITEM = {
    "sqlite": "SELECT max(julianday(ends_at) - julianday(starts_at)) FROM program_item",
    "postgresql": "SELECT max(ends_at - starts_at) FROM program_item",
}
_VISIT = "SELECT id, title, start_date, end_date, partnership_id, status FROM visit"
ONE_VISIT = f"{_VISIT} WHERE id = :visit"
ALL_VISITS = f"{_VISIT} ORDER BY start_date, id"
MEMBERS = "SELECT visit_id, person_id FROM visit_member WHERE visit_id IN ({ids})"
#: Members with their role, arrival, departure and place in the list (the planning checks).
STAYS = (
    "SELECT visit_id, person_id, role, arrival, departure, precedence FROM visit_member "
    "WHERE visit_id IN ({ids})"
)
#: The dietary notes and requirement codes of the people named (those with neither are not
#: read).
DIETS = (
    "SELECT id, dietary_notes, dietary_requirements FROM person "
    "WHERE (dietary_notes != '' OR dietary_requirements != '') AND id IN ({ids})"
)
ATTENDEES = (
    "SELECT program_item_id, person_id FROM program_attendee WHERE program_item_id IN ({ids})"
)
VENUES = "SELECT id, name, room FROM venue WHERE id IN ({ids})"
PEOPLE = (
    "SELECT id, family_name, given_name, native_name, name_order, country FROM person "
    "WHERE id IN ({ids})"
)
VISITS = f"{_VISIT} WHERE id IN ({{ids}})"
PARTNERSHIPS = "SELECT id, partner_city FROM partnership WHERE id IN ({ids})"
GIFT_SETTINGS = "SELECT key, value FROM setting WHERE substr(key, 1, 5) = 'gift_'"
_GIFT = (
    "SELECT id, visit_id, direction, description, maker, presented_on, recipient_id, "
    "value_amount, value_currency FROM gift"
)
OWN_GIFTS = f"{_GIFT} WHERE visit_id = :visit ORDER BY id"
ALL_GIFTS = f"{_GIFT} WHERE visit_id IN (SELECT id FROM visit) ORDER BY id"
#: Earlier gifts that could repeat one of the visit's: given ones with a maker (a small table).
OTHER_GIVEN_GIFTS = (
    f"{_GIFT} WHERE direction = 'given' AND maker != '' AND visit_id != :visit ORDER BY id"
)


# --- plain values --------------------------------------------------------------------------
# Named tuples, not dataclasses: each dataclass costs milliseconds to make at import, and the
# command line imports this module for every run.
class ItemRow(NamedTuple):
    id: int
    visit_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue_id: int | None
    host_id: int | None
    all_members: bool
    #: The program kind's value; empty when the reader did not ask for it.
    kind: str = ""


class VisitRow(NamedTuple):
    id: int
    title: str
    start_date: date
    end_date: date
    partnership_id: int
    status: str = ""


class PersonRow(NamedTuple):
    """What ``full_name`` needs, and the country for the gift thresholds."""

    id: int
    family_name: str
    given_name: str
    native_name: str
    name_order: str
    country: str


class GiftRow(NamedTuple):
    id: int
    visit_id: int | None
    direction: GiftDirection
    description: str
    maker: str
    presented_on: date | None
    recipient_id: int | None
    value_amount: Decimal | None
    value_currency: str


def _item(row: Row) -> ItemRow:
    starts_at, ends_at = utc_instant(row[3]), utc_instant(row[4])
    assert starts_at is not None and ends_at is not None  # NOT NULL columns
    return ItemRow(
        row[0], row[1], row[2], starts_at, ends_at, row[5], row[6], row[7], bool(row[8]), row[9]
    )


def _visit(row: Row) -> VisitRow:
    start, end = calendar_day(row[2]), calendar_day(row[3])
    assert start is not None and end is not None  # NOT NULL columns
    return VisitRow(row[0], row[1], start, end, row[4], row[5])


def stored_amount(value: Any) -> Decimal | None:
    """A ``NUMERIC(14, 2)`` as the table classes read it: SQLite hands out an int or a float
    (read with two decimals, ``185`` is ``185.00``), PostgreSQL a Decimal."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, int | float):
        return Decimal(f"{value:.2f}")
    return Decimal(str(value))


def _gift(row: Row) -> GiftRow:
    return GiftRow(
        row[0],
        row[1],
        GiftDirection(row[2]),
        row[3],
        row[4],
        calendar_day(row[5]),
        row[6],
        stored_amount(row[7]),
        row[8],
    )


def _by_ids(execute: Execute, template: str, ids: Iterable[Any]) -> list[Row]:
    """``template`` with ``{ids}`` as a list of parameters, in chunks of ``CHUNK`` ids."""
    wanted = sorted(set(ids))
    rows: list[Row] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        names = ", ".join(f":id{index}" for index in range(len(chunk)))
        rows += execute(
            template.format(ids=names), {f"id{index}": value for index, value in enumerate(chunk)}
        )
    return rows


# --- the queries ---------------------------------------------------------------------------
def longest_item(execute: Execute, dialect: str = "sqlite") -> timedelta:
    """The longest ``ends_at - starts_at`` of all items, with a day of slack so that rounding
    in the aggregate never drops an item."""
    (value,) = execute(LONGEST_ITEM.get(dialect, LONGEST_ITEM["postgresql"]))[0]
    if value is None:
        span = timedelta(0)
    elif isinstance(value, timedelta):
        span = value
    else:  # days, as julianday differences are
        span = timedelta(days=float(value))
    return span + timedelta(days=1)


def items_overlapping(
    execute: Execute, first: datetime, last: datetime, longest: timedelta
) -> list[ItemRow]:
    """The items whose ``[starts_at, ends_at)`` overlaps ``[first, last)``."""
    try:
        earliest = first - longest
    except OverflowError:  # an item of thousands of years: every earlier start counts
        earliest = datetime.min.replace(tzinfo=first.tzinfo)
    rows = execute(
        WINDOW_ITEMS,
        {
            "earliest": sql_instant(earliest),
            "last": sql_instant(last),
            "first": sql_instant(first),
        },
    )
    return [_item(row) for row in rows]


def bookings_of(execute: Execute, items: Sequence[ItemRow]) -> list[TimedBooking]:
    """Who is at each item: the whole delegation or the listed attendees, plus the host."""
    if not items:
        return []
    members: dict[int, set[int]] = defaultdict(set)
    whole = {item.visit_id for item in items if item.all_members}
    for visit_id, person_id in sorted(_by_ids(execute, MEMBERS, whole)):
        members[visit_id].add(person_id)
    attendees: dict[int, set[int]] = defaultdict(set)
    listed = [item.id for item in items if not item.all_members]
    for item_id, person_id in sorted(_by_ids(execute, ATTENDEES, listed)):
        attendees[item_id].add(person_id)
    bookings = []
    for item in items:
        people = set(members[item.visit_id]) if item.all_members else set(attendees[item.id])
        if item.host_id is not None:
            people.add(item.host_id)
        bookings.append(
            TimedBooking(
                item.id,
                item.visit_id,
                item.title,
                item.starts_at,
                item.ends_at,
                venue_id=item.venue_id,
                person_ids=frozenset(people),
                timezone=item.timezone,
                kind=item.kind,
                host_id=item.host_id,
            )
        )
    return bookings


class StayRow(NamedTuple):
    visit_id: int
    person_id: int
    role: str
    arrival: datetime | None
    departure: datetime | None
    precedence: int


def stays_of(execute: Execute, visit_ids: Iterable[int]) -> list[StayRow]:
    """The members of these visits with role, arrival and departure, in the order of each
    visit's list (precedence, then person)."""
    rows = [
        StayRow(row[0], row[1], row[2], utc_instant(row[3]), utc_instant(row[4]), row[5] or 0)
        for row in _by_ids(execute, STAYS, visit_ids)
    ]
    return sorted(rows, key=lambda stay: (stay.visit_id, stay.precedence, stay.person_id))


def interpreters_among(stays: Iterable[StayRow]) -> dict[int, set[int]]:
    """Each visit's members in the role of interpreter."""
    found: dict[int, set[int]] = defaultdict(set)
    for stay in stays:
        if stay.role == MemberRole.INTERPRETER:
            found[stay.visit_id].add(stay.person_id)
    return dict(found)


def dietary_notes(execute: Execute, ids: Iterable[int]) -> dict[int, tuple[str, tuple[str, ...]]]:
    """Each person's dietary note and requirement codes (in printing order)."""
    return {
        person_id: (note or "", tuple(code.value for code in requirements_of(codes or "")))
        for person_id, note, codes in _by_ids(execute, DIETS, ids)
    }


def member_stays(
    stays: Iterable[StayRow],
    names: Mapping[int, str],
    diets: Mapping[int, tuple[str, tuple[str, ...]]],
) -> list[MemberStay]:
    return [
        MemberStay(
            stay.visit_id,
            stay.person_id,
            names.get(stay.person_id, f"person #{stay.person_id}"),
            stay.arrival,
            stay.departure,
            stay.role,
            *diets.get(stay.person_id, ("", ())),
        )
        for stay in stays
    ]


def item_gaps(
    bookings: Sequence[TimedBooking],
    members: Sequence[MemberStay],
    days: Mapping[int, VisitDays] | None = None,
) -> list[Conflict]:
    """What the planning checks find on items: members not there yet (or gone already), items
    without a venue or host. ``bookings`` are those of visits still planned (not cancelled).
    An item outside its visit's days (``days``) is reported as such, not again for every
    member who has not arrived yet."""
    outside = {c.item_ids[0] for c in find_items_outside_visit(bookings, days or {})}
    return find_attendance_outside_stay(
        [b for b in bookings if b.item_id not in outside], members
    ) + find_items_without_venue_or_host(bookings)


def venue_names(execute: Execute, ids: Iterable[int]) -> dict[int, str]:
    return {
        venue_id: f"{name} ({room})" if room else name
        for venue_id, name, room in _by_ids(execute, VENUES, ids)
    }


def people(execute: Execute, ids: Iterable[int]) -> dict[int, PersonRow]:
    return {row[0]: PersonRow(*row) for row in _by_ids(execute, PEOPLE, ids)}


def person_names(execute: Execute, ids: Iterable[int]) -> dict[int, str]:
    return {person_id: full_name(row) for person_id, row in people(execute, ids).items()}


def visits_by_id(execute: Execute, ids: Iterable[int]) -> dict[int, VisitRow]:
    return {row[0]: _visit(row) for row in _by_ids(execute, VISITS, ids)}


def visit_exists(execute: Execute, visit_id: int) -> bool:
    return bool(execute(ONE_VISIT, {"visit": visit_id}))


# --- conflicts -----------------------------------------------------------------------------
def read_conflicts(
    execute: Execute, visit_id: int | None = None, *, dialect: str = "sqlite"
) -> list[Conflict]:
    """Everything to warn about for the visit ``visit_id`` (clashes with other visits
    included), or for every visit when ``visit_id`` is None.

    ``dialect`` ("sqlite", "postgresql") chooses the one statement that differs: the
    longest item.
    """
    if visit_id is None:
        visits = {row[0]: _visit(row) for row in execute(ALL_VISITS)}
        if not visits:
            return []
        own_items = [_item(row) for row in execute(ALL_ITEMS)]
        items = own_items  # every item is one of the visits' own
    else:
        visits = {row[0]: _visit(row) for row in execute(ONE_VISIT, {"visit": visit_id})}
        own_items = [_item(row) for row in execute(OWN_ITEMS, {"visit": visit_id})]
        items = []
        if own_items:
            first = min(item.starts_at for item in own_items)
            last = max(item.ends_at for item in own_items)
            nearby = items_overlapping(execute, first, last, longest_item(execute, dialect))
            known = {item.id for item in nearby}
            # An item of no length at the very end overlaps nothing but is still the visit's.
            items = nearby + [item for item in own_items if item.id not in known]
    wanted = set(visits) if visit_id is None else {visit_id}
    conflicts: list[Conflict] = []
    # The members of the visits asked about and of those whose items are near: interpreters
    # may be on either; arrivals, departures and dietary notes count for the own visits.
    stays = stays_of(execute, wanted | {item.visit_id for item in items})
    bookings: list[TimedBooking] = []
    if own_items:
        items.sort(key=lambda item: (item.starts_at, item.ends_at, item.id))
        bookings = bookings_of(execute, items)
        conflicts += _booking_conflicts(
            execute, bookings, own_items, visits, wanted, interpreters_among(stays)
        )
    conflicts += _planning_gaps(execute, bookings, visits, wanted, stays)
    conflicts += _gift_warnings(execute, visit_id, wanted)
    return sorted_conflicts(conflicts)


def _planning_gaps(
    execute: Execute,
    bookings: list[TimedBooking],
    visits: dict[int, VisitRow],
    wanted: set[int],
    stays: list[StayRow],
) -> list[Conflict]:
    """The gaps of the plans of the visits asked about (cancelled ones need no plan):
    members attending before they arrive or after they depart, items without a venue or
    host, members without arrival or departure once confirmed, dietary notes no meal serves."""
    planned = {
        vid for vid in wanted if vid in visits and visits[vid].status != VisitStatus.CANCELLED
    }
    if not planned:
        return []
    own = [stay for stay in stays if stay.visit_id in planned]
    # The items of these visits (``bookings`` also holds the other visits' items nearby).
    bookings = [booking for booking in bookings if booking.visit_id in planned]
    ids = {stay.person_id for stay in own}
    members = member_stays(own, person_names(execute, ids), dietary_notes(execute, ids))
    plans = [VisitPlan(vid, visits[vid].title, visits[vid].status) for vid in sorted(planned)]
    days = {
        vid: VisitDays(vid, visits[vid].title, visits[vid].start_date, visits[vid].end_date)
        for vid in planned
    }
    return (
        item_gaps(bookings, members, days)
        + find_members_without_travel(plans, members)
        + find_dietary_notes_without_meal(bookings, members, plans)
    )


def _booking_conflicts(
    execute: Execute,
    bookings: list[TimedBooking],
    own_items: list[ItemRow],
    visits: dict[int, VisitRow],
    wanted: set[int],
    interpreters: Mapping[int, set[int]] | None = None,
) -> list[Conflict]:
    names = person_names(execute, {pid for b in bookings for pid in b.person_ids})
    clashes = merge_person_conflicts(
        find_booking_conflicts(
            bookings,
            venue_names=venue_names(
                execute, {b.venue_id for b in bookings if b.venue_id is not None}
            ),
            person_names=names,
            interpreters=interpreters,
        ),
        names,
    )
    own_ids = {item.id for item in own_items}
    titles: dict[int, str] = {}
    found: list[Conflict] = []
    for conflict in clashes:
        if own_ids.intersection(conflict.item_ids):
            if not titles and any(v not in wanted for v in conflict.visit_ids):
                titles = {
                    vid: visit.title
                    for vid, visit in visits_by_id(execute, {b.visit_id for b in bookings}).items()
                }
            found.append(name_other_visit(conflict, wanted, titles))
    days = {
        vid: VisitDays(vid, visit.title, visit.start_date, visit.end_date)
        for vid, visit in visits.items()
    }
    found += find_items_outside_visit([b for b in bookings if b.item_id in own_ids], days)
    return found


def name_other_visit(conflict: Conflict, wanted: set[int], titles: dict[int, str]) -> Conflict:
    """Say which other visit a clash comes from, so the reader can find it."""
    others = [titles.get(v, f"visit #{v}") for v in conflict.visit_ids if v not in wanted]
    if not others:
        return conflict
    return Conflict(
        conflict.kind,
        f"{conflict.message} (the other item belongs to “{others[0]}”)",
        item_ids=conflict.item_ids,
        person_ids=conflict.person_ids,
        venue_id=conflict.venue_id,
        residency_ids=conflict.residency_ids,
        extra=conflict.extra,
        gift_ids=conflict.gift_ids,
        visit_ids=conflict.visit_ids,
        facts=replace(conflict.facts, other_visit=others[0]),
    )


def gift_settings(execute: Execute) -> dict[str, str]:
    """The stored gift thresholds and rates (``gift_*`` settings)."""
    return {key: value for key, value in execute(GIFT_SETTINGS)}


def _gift_warnings(execute: Execute, visit_id: int | None, wanted: set[int]) -> list[Conflict]:
    if visit_id is None:
        own = [_gift(row) for row in execute(ALL_GIFTS)]
    else:
        own = [_gift(row) for row in execute(OWN_GIFTS, {"visit": visit_id})]
    if not own:
        return []
    makers_given = [g for g in own if g.direction is GiftDirection.GIVEN and g.maker.strip()]
    history: list[GiftRow] = []
    if makers_given and visit_id is not None:
        history = [_gift(row) for row in execute(OTHER_GIVEN_GIFTS, {"visit": visit_id})]
    records = _gift_records(execute, own + history)
    warnings = find_repeated_gifts(records, check_ids=[g.id for g in makers_given])
    checked = [r for r in records if r.visit_id in wanted]
    # The rule of the recipient's office where there is one (services/gift_rule_reading.py);
    # the per-country thresholds of earlier versions for everyone else.
    from exchange_planner.services.gift_rule_reading import rule_warnings

    by_rule, judged = rule_warnings(execute, checked)
    warnings += by_rule
    warnings += find_threshold_warnings(
        [r for r in checked if r.gift_id not in judged],
        thresholds_from_settings(gift_settings(execute)),
    )
    return warnings


def _gift_records(execute: Execute, gifts: list[GiftRow]) -> list[GiftRecord]:
    visits = visits_by_id(execute, {g.visit_id for g in gifts if g.visit_id is not None})
    partnerships = dict(
        _by_ids(execute, PARTNERSHIPS, {visit.partnership_id for visit in visits.values()})
    )
    recipients = people(execute, {g.recipient_id for g in gifts if g.recipient_id is not None})
    records = []
    for gift in gifts:
        visit = visits.get(gift.visit_id) if gift.visit_id is not None else None
        partnership_id = visit.partnership_id if visit else None
        partnership_name = partnerships.get(partnership_id) if partnership_id else None
        recipient = recipients.get(gift.recipient_id) if gift.recipient_id is not None else None
        records.append(
            GiftRecord(
                gift_id=gift.id,
                description=gift.description,
                maker=gift.maker,
                given=gift.direction is GiftDirection.GIVEN,
                presented_on=gift.presented_on,
                visit_id=gift.visit_id,
                visit_title=visit.title if visit else "",
                partnership_id=partnership_id if partnership_name is not None else None,
                partnership_name=partnership_name or "",
                recipient_id=gift.recipient_id,
                recipient_name=full_name(recipient) if recipient else "",
                recipient_country=recipient.country if recipient else "",
                value_amount=gift.value_amount,
                value_currency=gift.value_currency,
                fallback_date=visit.start_date if visit else None,
            )
        )
    return records


def sorted_conflicts(conflicts: list[Conflict]) -> list[Conflict]:
    return sorted(conflicts, key=lambda c: (_KIND_ORDER[c.kind], c.item_ids, c.gift_ids))
