"""Conflict rules: double-booked venues, people and studios.

Pure functions over plain booking records, so the delegations list, the calendar, the
command line and the reports all report the same conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


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


@dataclass(frozen=True)
class StudioBooking:
    """A residency occupying a studio (or, without a studio, a host institution) by days."""

    residency_id: int
    studio_key: Hashable
    title: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    message: str
    item_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    venue_id: int | None = None
    residency_ids: tuple[int, ...] = ()
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


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
                    f"{venue} is booked twice: “{first.title}” and “{second.title}” overlap",
                    item_ids=(first.item_id, second.item_id),
                    venue_id=venue_id,
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
                    f"{person} is expected at two places at once: “{first.title}” and "
                    f"“{second.title}” overlap",
                    item_ids=(first.item_id, second.item_id),
                    person_ids=(person_id,),
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
                    )
                )
            active.append(booking)
    return conflicts
