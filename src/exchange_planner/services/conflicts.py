"""Conflicts and warnings of visits, read from the database and judged by the domain rules.

The delegations tab, the command line and the documents all ask this service, so they report
the same things. The conflicts of visits are read by ``services/conflict_reading.py`` (plain
SQL, the same statements the command line runs on a SQLite file): only the items that can
clash with the visit's own, those overlapping their time span, across all visits, on indexed
range conditions. ``among`` judges items a view has already read (the calendar's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlmodel import Session, col, select

from exchange_planner.domain.conflicts import (
    Conflict,
    ConflictKind,
    TimedBooking,
    VisitDays,
    find_booking_conflicts,
    find_items_outside_visit,
    merge_person_conflicts,
)
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.gifts import (
    RATE_PREFIX,
    THRESHOLD_PREFIX,
    GiftThresholds,
    ThresholdValueError,
    default_threshold_settings,
    thresholds_from_settings,
)
from exchange_planner.domain.names import full_name
from exchange_planner.services.conflict_reading import (
    name_other_visit,
    read_conflicts,
    sorted_conflicts,
)
from exchange_planner.storage.database import Database
from exchange_planner.storage.sql_read import session_execute
from exchange_planner.storage.tables import (
    Person,
    ProgramAttendee,
    ProgramItem,
    Setting,
    Venue,
    Visit,
    VisitMember,
)

_KIND_ORDER = {kind: index for index, kind in enumerate(ConflictKind)}
#: The kinds shown beside the members they name (``ConflictService.by_person``).
MEMBER_KINDS = frozenset(
    {
        ConflictKind.BEFORE_ARRIVAL,
        ConflictKind.AFTER_DEPARTURE,
        ConflictKind.MEMBER_WITHOUT_TRAVEL,
        ConflictKind.DIETARY_NOTE_WITHOUT_MEAL,
    }
)


class ConflictService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- public --------------------------------------------------------------------------
    def thresholds(self) -> GiftThresholds:
        return thresholds_from_settings(self._stored_gift_settings())

    def threshold_settings(self) -> dict[str, str]:
        """The threshold and rate settings as stored, over their defaults."""
        return {**default_threshold_settings(), **self._stored_gift_settings()}

    def _stored_gift_settings(self) -> dict[str, str]:
        with self.db.session() as session:
            rows = session.exec(select(Setting).where(col(Setting.key).startswith("gift_")))
            return {row.key: row.value for row in rows.all()}

    def set_threshold_setting(self, key: str, value: str) -> str:
        """Store one threshold or rate; empty removes that limit. Returns the stored text."""
        if not key.startswith((THRESHOLD_PREFIX, RATE_PREFIX)):
            raise ValidationError(key, "is not a gift threshold or exchange rate setting")
        raw = (value or "").strip().replace(",", ".")
        text = ""
        if raw:
            try:
                amount = Decimal(raw)
            except InvalidOperation:
                raise ThresholdValueError(key, "not_number", value) from None
            if not amount.is_finite():
                raise ThresholdValueError(key, "not_number", value)
            if amount < 0:
                raise ThresholdValueError(key, "negative", value)
            if key.startswith(RATE_PREFIX) and amount == 0:
                raise ThresholdValueError(key, "zero_rate", value)
            text = str(amount)
        with self.db.session() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=text))
            else:
                row.value = text
        return text

    def for_visit(self, visit_id: int) -> list[Conflict]:
        """Everything to warn about for one visit (clashes with other visits included)."""
        return self._collect(visit_id)

    def for_all(self) -> list[Conflict]:
        return self._collect(None)

    def for_range(self, start: datetime, end: datetime) -> list[Conflict]:
        """Booking conflicts among items overlapping ``[start, end)``."""
        with self.db.session() as session:
            items = self._items_overlapping(session, start, end)
            return self.among(session, items)

    def among(
        self,
        session: Session,
        items: list[ProgramItem],
        visits: Mapping[int, Visit] | None = None,
    ) -> list[Conflict]:
        """Double bookings among ``items`` (and, given their visits, items outside the visit).

        Runs inside the caller's session, so a view can gather its rows and their conflicts in
        one unit of work; names are looked up only for the people who actually clash.
        """
        bookings = self._bookings(session, items)
        venue_names = self._venue_names(session, bookings)
        found = find_booking_conflicts(bookings, venue_names=venue_names)
        clashing = {pid for conflict in found for pid in conflict.person_ids}
        if clashing:
            person_names = self._names_of(session, clashing)
            found = merge_person_conflicts(
                find_booking_conflicts(
                    bookings, venue_names=venue_names, person_names=person_names
                ),
                person_names,
            )
        if visits:
            days = {
                visit_id: VisitDays(visit_id, visit.title, visit.start_date, visit.end_date)
                for visit_id, visit in visits.items()
            }
            found += find_items_outside_visit(bookings, days)
        return self._sorted(found)

    def by_item(self, conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
        found: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in conflicts:
            for item_id in conflict.item_ids:
                found[item_id].append(conflict)
        return dict(found)

    def by_person(self, conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
        """The planning checks that name members (not there yet or gone already, without
        arrival or departure, a dietary note no meal serves), keyed by each person named.
        Double bookings are the program's marks, not the members'."""
        found: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in conflicts:
            if conflict.kind in MEMBER_KINDS:
                for person_id in conflict.person_ids:
                    found[person_id].append(conflict)
        return dict(found)

    def by_gift(self, conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
        """Gift warnings keyed by the gift they are about (the first gift id)."""
        found: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in conflicts:
            if conflict.gift_ids:
                found[conflict.gift_ids[0]].append(conflict)
        return dict(found)

    # --- gathering -----------------------------------------------------------------------
    def _collect(self, visit_id: int | None) -> list[Conflict]:
        """The conflicts of one visit, or of all (None), read in one session."""
        with self.db.session() as session:
            return read_conflicts(
                session_execute(session), visit_id, dialect=session.get_bind().dialect.name
            )

    def _items_overlapping(
        self, session: Session, start: datetime, end: datetime
    ) -> list[ProgramItem]:
        statement = select(ProgramItem).where(
            col(ProgramItem.starts_at) < end, col(ProgramItem.ends_at) > start
        )
        return list(session.exec(statement).all())

    def _bookings(self, session: Session, items: list[ProgramItem]) -> list[TimedBooking]:
        """Who is at each item: the whole delegation or the listed attendees, plus the host."""
        if not items:
            return []
        item_ids = [item.id for item in items]
        visit_ids = {item.visit_id for item in items if item.all_members}
        members: dict[int, set[int]] = defaultdict(set)
        if visit_ids:
            for visit_id, person_id in session.exec(
                select(VisitMember.visit_id, VisitMember.person_id).where(
                    col(VisitMember.visit_id).in_(visit_ids)
                )
            ).all():
                members[visit_id].add(person_id)
        attendees: dict[int, set[int]] = defaultdict(set)
        for chunk_start in range(0, len(item_ids), 500):
            chunk = item_ids[chunk_start : chunk_start + 500]
            for item_id, person_id in session.exec(
                select(ProgramAttendee.program_item_id, ProgramAttendee.person_id).where(
                    col(ProgramAttendee.program_item_id).in_(chunk)
                )
            ).all():
                attendees[item_id].add(person_id)
        bookings = []
        for item in items:
            people = set(members[item.visit_id]) if item.all_members else set(attendees[item.id])  # type: ignore[index]
            if item.host_id is not None:
                people.add(item.host_id)
            bookings.append(
                TimedBooking(
                    item.id,  # type: ignore[arg-type]
                    item.visit_id,
                    item.title,
                    item.starts_at,
                    item.ends_at,
                    venue_id=item.venue_id,
                    person_ids=frozenset(people),
                    timezone=item.timezone,
                )
            )
        return bookings

    def _venue_names(self, session: Session, bookings: list[TimedBooking]) -> dict[int, str]:
        ids = {b.venue_id for b in bookings if b.venue_id is not None}
        if not ids:
            return {}
        return {
            venue.id: f"{venue.name} ({venue.room})" if venue.room else venue.name
            for venue in session.exec(select(Venue).where(col(Venue.id).in_(ids))).all()
        }  # type: ignore[misc]

    def _names_of(self, session: Session, ids: set[int]) -> dict[int, str]:
        names: dict[int, str] = {}
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            for person in session.exec(
                select(Person).where(col(Person.id).in_(id_list[start : start + 500]))
            ).all():
                names[person.id] = full_name(person)  # type: ignore[index]
        return names

    #: Kept under its old name for the interfaces' tests of the wording.
    _name_other_visit = staticmethod(name_other_visit)

    @staticmethod
    def _sorted(conflicts: list[Conflict]) -> list[Conflict]:
        return sorted_conflicts(conflicts)
