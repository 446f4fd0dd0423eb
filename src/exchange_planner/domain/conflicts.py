"""Conflict rules: double-booked venues, people and studios.

Pure functions over plain booking records, so the delegations list, the calendar, the
command line and the reports all report the same conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from exchange_planner.domain.timeutil import local_day_bounds, to_local


class ConflictKind(StrEnum):
    VENUE_DOUBLE_BOOKED = "venue_double_booked"
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    STUDIO_DOUBLE_BOOKED = "studio_double_booked"
    OUTSIDE_VISIT_DATES = "outside_visit_dates"
    REPEATED_GIFT = "repeated_gift"
    GIFT_OVER_THRESHOLD = "gift_over_threshold"


@dataclass(frozen=True)
class TimedBooking:
    """A program item as the conflict rules see it (instants in UTC)."""

    item_id: int
    visit_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    venue_id: int | None = None
    person_ids: frozenset[int] = frozenset()
    #: IANA zone the item is shown in; decides which local day it falls on.
    timezone: str = "UTC"


@dataclass(frozen=True)
class VisitDays:
    """The days of a visit (first and last day both count), for the outside-dates rule."""

    visit_id: int
    title: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class StudioBooking:
    """A residency occupying a studio (or, without a studio, a host institution) by days."""

    residency_id: int
    studio_key: Hashable
    title: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class Slot:
    """A program item, residency or visit a conflict names: its title and its time.

    Items carry aware datetimes in their own zone (as ``message`` shows them), residencies and
    visits their first and last day.
    """

    title: str
    start: datetime | date
    end: datetime | date


@dataclass(frozen=True)
class ConflictFacts:
    """The values a conflict's sentence is made of, so that each interface words it in its
    own language (``Conflict.message`` is the English sentence, for the command line and logs).

    Each kind fills what its sentence needs: double bookings ``place`` or ``people`` and the
    two ``slots``; an item outside its visit the item's ``slots`` and the ``visit``; gift
    warnings ``gift`` and the ``recipient`` or the ``earlier_*`` gift, the threshold ``amount``
    and ``limit``. An empty name means the rules did not know it.
    """

    #: The double-booked venue ("Neues Rathaus (Festsaal)") or studio.
    place: str = ""
    #: The people expected at two places at once.
    people: tuple[str, ...] = ()
    #: The clashing items or residencies; the item outside its visit.
    slots: tuple[Slot, ...] = ()
    #: The visit an item lies outside of, with its first and last day.
    visit: Slot | None = None
    #: The other visit a clash comes from, when it is not one of those asked about.
    other_visit: str = ""
    gift: str = ""
    maker: str = ""
    recipient: str = ""
    earlier_gift: str = ""
    earlier_recipient: str = ""
    earlier_partnership: str = ""
    earlier_on: date | None = None
    earlier_visit: str = ""
    amount: Decimal | None = None
    currency: str = ""
    limit: Decimal | None = None
    limit_currency: str = ""


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    #: The English sentence (command line, logs); interfaces word ``facts`` themselves.
    message: str
    item_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    venue_id: int | None = None
    residency_ids: tuple[int, ...] = ()
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    gift_ids: tuple[int, ...] = ()
    visit_ids: tuple[int, ...] = ()
    facts: ConflictFacts = field(default_factory=ConflictFacts, compare=False, hash=False)

    def __str__(self) -> str:
        return self.message

    @property
    def is_warning(self) -> bool:
        """Gift notes are warnings to read; double bookings and misplaced items are conflicts."""
        return self.kind in (ConflictKind.REPEATED_GIFT, ConflictKind.GIFT_OVER_THRESHOLD)


def _overlapping_pairs(
    bookings: list[TimedBooking],
) -> Iterable[tuple[TimedBooking, TimedBooking]]:
    """Pairs whose half-open intervals overlap; sorted sweep, cost ~ n log n + pairs."""
    ordered = sorted(bookings, key=lambda b: (b.starts_at, b.ends_at, b.item_id))
    active: list[TimedBooking] = []
    for booking in ordered:
        active = [other for other in active if other.ends_at > booking.starts_at]
        for other in active:
            if booking.starts_at < other.ends_at and other.starts_at < booking.ends_at:
                yield other, booking
        if booking.ends_at > booking.starts_at:
            active.append(booking)


def _slot(booking: TimedBooking) -> Slot:
    """The item with its times in its own zone."""
    return Slot(
        booking.title,
        to_local(booking.starts_at, booking.timezone),
        to_local(booking.ends_at, booking.timezone),
    )


#: How many names a merged double booking lists before "and N others" (N is at least 2).
SHOWN_NAMES = 3


def shown_names(names: tuple[str, ...] | list[str]) -> tuple[list[str], int]:
    """The names to list and how many others there are: all of up to four names, else the
    first three and the count of the rest (never "and 1 others")."""
    if len(names) <= SHOWN_NAMES + 1:
        return list(names), 0
    return list(names[:SHOWN_NAMES]), len(names) - SHOWN_NAMES


def _label(booking: TimedBooking) -> str:
    """“Title” (26.07.2023 10:00–10:30), times in the item's own zone."""
    start = to_local(booking.starts_at, booking.timezone)
    end = to_local(booking.ends_at, booking.timezone)
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%d.%m.%Y %H:%M}"
    return f"“{booking.title}” ({start:%d.%m.%Y %H:%M}–{end_text})"


def merge_person_conflicts(
    conflicts: Iterable[Conflict], person_names: dict[int, str]
) -> list[Conflict]:
    """One line per pair of items instead of one per person: 'Kang, Park and 18 others ...'."""
    merged: list[Conflict] = []
    groups: dict[tuple[int, ...], list[Conflict]] = {}
    for conflict in conflicts:
        if conflict.kind is not ConflictKind.PERSON_DOUBLE_BOOKED:
            merged.append(conflict)
            continue
        if conflict.item_ids not in groups:
            groups[conflict.item_ids] = []
            merged.append(conflict)  # placeholder, replaced below
        groups[conflict.item_ids].append(conflict)
    result: list[Conflict] = []
    for conflict in merged:
        group = (
            groups.get(conflict.item_ids)
            if conflict.kind is ConflictKind.PERSON_DOUBLE_BOOKED
            else None
        )
        if not group or len(group) == 1:
            result.append(conflict)
            continue
        person_ids = tuple(pid for c in group for pid in c.person_ids)
        names = [person_names.get(pid, f"person #{pid}") for pid in person_ids]
        listed, others = shown_names(names)
        shown = ", ".join(listed)
        if others:
            shown += f" and {others} others"
        _, _, detail = conflict.message.partition(": ")
        result.append(
            Conflict(
                ConflictKind.PERSON_DOUBLE_BOOKED,
                f"{shown} are expected at two places at once: {detail}",
                item_ids=conflict.item_ids,
                person_ids=person_ids,
                visit_ids=conflict.visit_ids,
                facts=ConflictFacts(people=tuple(names), slots=conflict.facts.slots),
            )
        )
    return result


def find_booking_conflicts(
    bookings: Iterable[TimedBooking],
    *,
    venue_names: dict[int, str] | None = None,
    person_names: dict[int, str] | None = None,
) -> list[Conflict]:
    """Venues and people booked by two overlapping items, across all visits."""
    venue_names = venue_names or {}
    person_names = person_names or {}
    all_bookings = list(bookings)
    conflicts: list[Conflict] = []
    # Each booking's label and slot once, however many people and places it clashes for.
    labels: dict[int, tuple[str, Slot]] = {}

    def label(booking: TimedBooking) -> str:
        return described(booking)[0]

    def slot(booking: TimedBooking) -> Slot:
        return described(booking)[1]

    def described(booking: TimedBooking) -> tuple[str, Slot]:
        key = id(booking)
        if key not in labels:
            labels[key] = (_label(booking), _slot(booking))
        return labels[key]

    by_venue: dict[int, list[TimedBooking]] = defaultdict(list)
    for booking in all_bookings:
        if booking.venue_id is not None:
            by_venue[booking.venue_id].append(booking)
    for venue_id, group in by_venue.items():
        for first, second in _overlapping_pairs(group):
            venue = venue_names.get(venue_id, f"venue #{venue_id}")
            conflicts.append(
                Conflict(
                    ConflictKind.VENUE_DOUBLE_BOOKED,
                    f"{venue} is booked twice: {label(first)} and {label(second)} overlap",
                    item_ids=(first.item_id, second.item_id),
                    venue_id=venue_id,
                    visit_ids=tuple(dict.fromkeys((first.visit_id, second.visit_id))),
                    facts=ConflictFacts(
                        place=venue_names.get(venue_id, f"#{venue_id}"),
                        slots=(slot(first), slot(second)),
                    ),
                )
            )

    by_person: dict[int, list[TimedBooking]] = defaultdict(list)
    for booking in all_bookings:
        for person_id in booking.person_ids:
            by_person[person_id].append(booking)
    for person_id, group in by_person.items():
        for first, second in _overlapping_pairs(group):
            person = person_names.get(person_id, f"person #{person_id}")
            conflicts.append(
                Conflict(
                    ConflictKind.PERSON_DOUBLE_BOOKED,
                    f"{person} is expected at two places at once: {label(first)} and "
                    f"{label(second)} overlap",
                    item_ids=(first.item_id, second.item_id),
                    person_ids=(person_id,),
                    visit_ids=tuple(dict.fromkeys((first.visit_id, second.visit_id))),
                    facts=ConflictFacts(people=(person,), slots=(slot(first), slot(second))),
                )
            )
    return conflicts


def find_studio_conflicts(
    bookings: Iterable[StudioBooking], *, studio_names: dict[Hashable, str] | None = None
) -> list[Conflict]:
    """Residencies sharing a studio on at least one day (both first and last days count)."""
    studio_names = studio_names or {}
    by_studio: dict[Hashable, list[StudioBooking]] = defaultdict(list)
    for booking in bookings:
        by_studio[booking.studio_key].append(booking)
    conflicts: list[Conflict] = []
    for key, group in by_studio.items():
        ordered = sorted(group, key=lambda b: (b.start_date, b.end_date, b.residency_id))
        active: list[StudioBooking] = []
        for booking in ordered:
            active = [other for other in active if other.end_date >= booking.start_date]
            for other in active:
                studio = studio_names.get(key, str(key))
                conflicts.append(
                    Conflict(
                        ConflictKind.STUDIO_DOUBLE_BOOKED,
                        f"{studio} is booked twice: “{other.title}” "
                        f"({other.start_date:%d.%m.%Y}–{other.end_date:%d.%m.%Y}) and "
                        f"“{booking.title}” ({booking.start_date:%d.%m.%Y}–"
                        f"{booking.end_date:%d.%m.%Y}) overlap",
                        residency_ids=(other.residency_id, booking.residency_id),
                        facts=ConflictFacts(
                            place=studio_names.get(key, str(key)),
                            slots=(
                                Slot(other.title, other.start_date, other.end_date),
                                Slot(booking.title, booking.start_date, booking.end_date),
                            ),
                        ),
                    )
                )
            active.append(booking)
    return conflicts


def find_items_outside_visit(
    bookings: Iterable[TimedBooking], visits: Mapping[int, VisitDays]
) -> list[Conflict]:
    """Items that start before the visit's first day or end after its last day.

    Days are local days in the item's own zone, so a dinner ending at midnight after the last
    day still belongs to the visit, while an item at 23:30 Berlin time on the day before does
    not, whatever its UTC date.
    """
    conflicts: list[Conflict] = []
    for booking in bookings:
        visit = visits.get(booking.visit_id)
        if visit is None:
            continue
        window_start, _ = local_day_bounds(visit.start_date, booking.timezone)
        _, window_end = local_day_bounds(visit.end_date, booking.timezone)
        if booking.starts_at >= window_start and booking.ends_at <= window_end:
            continue
        start = to_local(booking.starts_at, booking.timezone)
        conflicts.append(
            Conflict(
                ConflictKind.OUTSIDE_VISIT_DATES,
                f"“{booking.title}” on {start:%d.%m.%Y %H:%M} lies outside the dates of "
                f"“{visit.title}” ({visit.start_date:%d.%m.%Y}–{visit.end_date:%d.%m.%Y})",
                item_ids=(booking.item_id,),
                visit_ids=(booking.visit_id,),
                facts=ConflictFacts(
                    slots=(_slot(booking),),
                    visit=Slot(visit.title, visit.start_date, visit.end_date),
                ),
            )
        )
    return conflicts
