"""Conflict rules: double-booked venues, people, interpreters and studios, items outside the
visit or a member's stay, and the gaps of a plan (no venue or host, no arrival or departure
once confirmed, a dietary note no meal serves).

Pure functions over plain booking records, so the delegations list, the calendar, the
command line and the reports all report the same conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from exchange_planner.domain.timeutil import local_day_bounds, to_local


class ConflictKind(StrEnum):
    """What a conflict or warning is about; lists show them in this order (conflicts first)."""

    VENUE_DOUBLE_BOOKED = "venue_double_booked"
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    INTERPRETER_DOUBLE_BOOKED = "interpreter_double_booked"
    STUDIO_DOUBLE_BOOKED = "studio_double_booked"
    OUTSIDE_VISIT_DATES = "outside_visit_dates"
    BEFORE_ARRIVAL = "before_arrival"
    AFTER_DEPARTURE = "after_departure"
    REPEATED_GIFT = "repeated_gift"
    GIFT_OVER_THRESHOLD = "gift_over_threshold"
    ITEM_WITHOUT_VENUE_OR_HOST = "item_without_venue_or_host"
    MEMBER_WITHOUT_TRAVEL = "member_without_travel"
    DIETARY_NOTE_WITHOUT_MEAL = "dietary_note_without_meal"


#: Warnings to read, not conflicts: gift notes and the gaps of a plan.
WARNING_KINDS = frozenset(
    {
        ConflictKind.REPEATED_GIFT,
        ConflictKind.GIFT_OVER_THRESHOLD,
        ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST,
        ConflictKind.MEMBER_WITHOUT_TRAVEL,
        ConflictKind.DIETARY_NOTE_WITHOUT_MEAL,
    }
)

#: Program kinds that need no venue and no host (the delegation's own time).
UNHOSTED_KINDS = frozenset({"free_time"})
#: Program kinds at which the delegation is served food: a dietary note is for their catering.
#: (Items carry no catering mark of their own; meals and receptions are catered.)
MEAL_KINDS = frozenset({"meal", "reception"})
#: Visit statuses from which arrivals and departures are expected to be known.
TRAVEL_KNOWN_STATUSES = frozenset({"confirmed", "completed"})


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
    #: The program kind's value ("meal", "free_time" ...); empty when not known.
    kind: str = ""
    host_id: int | None = None


class MemberStay(NamedTuple):
    """A delegation member as the planning checks see them: when they arrive and depart
    (UTC instants, None when not known yet), their role's value, dietary note and dietary
    requirement codes (``DietaryRequirement`` values)."""

    visit_id: int
    person_id: int
    name: str
    arrival: datetime | None = None
    departure: datetime | None = None
    role: str = ""
    dietary_notes: str = ""
    dietary_requirements: tuple[str, ...] = ()


class VisitPlan(NamedTuple):
    """A visit's title and status (the status's value), for the planning checks."""

    visit_id: int
    title: str
    status: str


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
    #: An arrival or departure, in the item's zone (or UTC) as the sentence shows it.
    moment: datetime | None = None
    #: What an item or member lacks: "venue", "host", "arrival", "departure".
    missing: tuple[str, ...] = ()
    #: A dietary note.
    note: str = ""
    #: Dietary requirement codes (``DietaryRequirement`` values), each sentence words them.
    requirements: tuple[str, ...] = ()
    #: The status of the visit a gap is found in ("confirmed", "completed").
    status: str = ""
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
        """Gift notes and gaps of a plan are warnings to read; double bookings, misplaced
        items and members not there yet (or gone already) are conflicts."""
        return self.kind in WARNING_KINDS


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
    interpreters: Mapping[int, Collection[int]] | None = None,
) -> list[Conflict]:
    """Venues and people booked by two overlapping items, across all visits.

    ``interpreters`` maps a visit to its members in the role of interpreter: one of them
    booked by two overlapping items of which one is their visit's is named as the interpreter
    (``INTERPRETER_DOUBLE_BOOKED``), one conflict per interpreter, instead of among the
    people expected at two places at once."""
    interpreters = interpreters or {}
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
            if person_id in interpreters.get(first.visit_id, ()) or person_id in (
                interpreters.get(second.visit_id, ())
            ):
                conflicts.append(
                    Conflict(
                        ConflictKind.INTERPRETER_DOUBLE_BOOKED,
                        f"Interpreter {person} is booked for two overlapping items: "
                        f"{label(first)} and {label(second)}",
                        item_ids=(first.item_id, second.item_id),
                        person_ids=(person_id,),
                        visit_ids=tuple(dict.fromkeys((first.visit_id, second.visit_id))),
                        facts=ConflictFacts(people=(person,), slots=(slot(first), slot(second))),
                    )
                )
                continue
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


# --- the gaps of a plan ----------------------------------------------------------------------
def _listed(names: list[str]) -> str:
    """ "Kang Gi-jung, Park Ji-won and 18 others" (``shown_names``)."""
    listed, others = shown_names(names)
    text = ", ".join(listed)
    return f"{text} and {others} others" if others else text


def find_attendance_outside_stay(
    bookings: Iterable[TimedBooking], members: Iterable[MemberStay]
) -> list[Conflict]:
    """Items a member attends that start before they arrive or end after they depart.

    An item starting at the very minute of the arrival, or ending at the minute of the
    departure, is fine (the pick-up at the airport, the drive to it); a member without an
    arrival (or departure) is not judged on it. One conflict per item and side, naming every
    member concerned; the times are shown in the item's own zone.
    """
    stays = {(m.visit_id, m.person_id): m for m in members}
    if not stays:
        return []
    conflicts: list[Conflict] = []
    for booking in bookings:
        early: list[MemberStay] = []
        late: list[MemberStay] = []
        for person_id in sorted(booking.person_ids):
            stay = stays.get((booking.visit_id, person_id))
            if stay is None:
                continue
            if stay.arrival is not None and booking.starts_at < stay.arrival:
                early.append(stay)
            if stay.departure is not None and booking.ends_at > stay.departure:
                late.append(stay)
        for kind, found in (
            (ConflictKind.BEFORE_ARRIVAL, early),
            (ConflictKind.AFTER_DEPARTURE, late),
        ):
            if found:
                conflicts.append(_outside_stay(kind, booking, found))
    return conflicts


def _outside_stay(kind: ConflictKind, booking: TimedBooking, found: list[MemberStay]) -> Conflict:
    names = [stay.name for stay in found]
    arriving = kind is ConflictKind.BEFORE_ARRIVAL
    # The latest arrival (earliest departure) of those named: the one the item misses most.
    instants = [stay.arrival if arriving else stay.departure for stay in found]
    known = [moment for moment in instants if moment is not None]
    moment = to_local(max(known) if arriving else min(known), booking.timezone)
    verb, side = ("starts before", "arrival") if arriving else ("ends after", "departure")
    if len(found) == 1:
        message = f"{_label(booking)} {verb} the {side} of {names[0]} ({moment:%d.%m.%Y %H:%M})"
    else:
        message = f"{_label(booking)} {verb} the {side} of {_listed(names)}"
    return Conflict(
        kind,
        message,
        item_ids=(booking.item_id,),
        person_ids=tuple(stay.person_id for stay in found),
        visit_ids=(booking.visit_id,),
        facts=ConflictFacts(people=tuple(names), slots=(_slot(booking),), moment=moment),
    )


def find_items_without_venue_or_host(bookings: Iterable[TimedBooking]) -> list[Conflict]:
    """Items that name no venue or no host (free time needs neither): a warning each."""
    conflicts: list[Conflict] = []
    for booking in bookings:
        if booking.kind in UNHOSTED_KINDS:
            continue
        missing = tuple(
            name
            for name, value in (("venue", booking.venue_id), ("host", booking.host_id))
            if value is None
        )
        if not missing:
            continue
        lacks = {
            ("venue",): "has no venue",
            ("host",): "has no host",
            ("venue", "host"): "has neither a venue nor a host",
        }[missing]
        conflicts.append(
            Conflict(
                ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST,
                f"{_label(booking)} {lacks}",
                item_ids=(booking.item_id,),
                venue_id=booking.venue_id,
                visit_ids=(booking.visit_id,),
                facts=ConflictFacts(slots=(_slot(booking),), missing=missing),
            )
        )
    return conflicts


def find_members_without_travel(
    visits: Iterable[VisitPlan], members: Iterable[MemberStay]
) -> list[Conflict]:
    """Members of a confirmed (or completed) visit whose arrival or departure is not known:
    one warning per visit and gap (arrival, departure or both), naming the members."""
    plans = {plan.visit_id: plan for plan in visits if plan.status in TRAVEL_KNOWN_STATUSES}
    groups: dict[tuple[int, tuple[str, ...]], list[MemberStay]] = defaultdict(list)
    for member in members:
        if member.visit_id not in plans:
            continue
        missing = tuple(
            name
            for name, value in (("arrival", member.arrival), ("departure", member.departure))
            if value is None
        )
        if missing:
            groups[(member.visit_id, missing)].append(member)
    conflicts: list[Conflict] = []
    for (visit_id, missing), found in sorted(
        groups.items(), key=lambda entry: (entry[0][0], len(entry[0][1]), entry[0][1])
    ):
        plan = plans[visit_id]
        names = [member.name for member in found]
        what = {
            ("arrival",): "No arrival time",
            ("departure",): "No departure time",
            ("arrival", "departure"): "No arrival or departure time",
        }[missing]
        conflicts.append(
            Conflict(
                ConflictKind.MEMBER_WITHOUT_TRAVEL,
                f"{what} for {_listed(names)}, though “{plan.title}” is {plan.status}",
                person_ids=tuple(member.person_id for member in found),
                visit_ids=(visit_id,),
                facts=ConflictFacts(
                    people=tuple(names),
                    missing=missing,
                    visit=Slot(plan.title, date.min, date.min),
                    status=plan.status,
                ),
            )
        )
    return conflicts


def requirement_words(code: str) -> str:
    """A dietary requirement code in English words, as the documents print it ("no pork",
    "gluten-free")."""
    return code.replace("_free", "-free").replace("_", " ")


def dietary_summary(needs: Iterable[str], note: str) -> str:
    """The requirements (worded) and the note of a dietary warning: "no pork, ohne Zwiebeln"."""
    return ", ".join([*needs, *([note] if note else [])])


def find_dietary_notes_without_meal(
    bookings: Iterable[TimedBooking], members: Iterable[MemberStay], visits: Iterable[VisitPlan]
) -> list[Conflict]:
    """Members with a dietary note or dietary requirements who attend no catered item (a meal
    or a reception) of their visit, once the visit has a program: the need reaches no
    kitchen."""
    titles = {plan.visit_id: plan.title for plan in visits}
    programmed: set[int] = set()
    catered: set[tuple[int, int]] = set()
    for booking in bookings:
        programmed.add(booking.visit_id)
        if booking.kind in MEAL_KINDS:
            catered.update((booking.visit_id, person_id) for person_id in booking.person_ids)
    conflicts: list[Conflict] = []
    for member in members:
        note = member.dietary_notes.strip()
        codes = member.dietary_requirements
        if not (note or codes) or member.visit_id not in programmed:
            continue
        if (member.visit_id, member.person_id) in catered:
            continue
        title = titles.get(member.visit_id, f"visit #{member.visit_id}")
        shown = dietary_summary(map(requirement_words, codes), note)
        conflicts.append(
            Conflict(
                ConflictKind.DIETARY_NOTE_WITHOUT_MEAL,
                f"{member.name} has a dietary note (“{shown}”) but attends no meal or "
                f"reception of “{title}”",
                person_ids=(member.person_id,),
                visit_ids=(member.visit_id,),
                facts=ConflictFacts(
                    people=(member.name,),
                    note=note,
                    requirements=codes,
                    visit=Slot(title, date.min, date.min),
                ),
            )
        )
    return conflicts
