"""Conflicts and warnings of visits, read from the database and judged by the domain rules.

The delegations tab, the command line and the documents all ask this service, so they report
the same things. Only the items that can clash with the ones asked about are read: those
overlapping their time span (indexed on ``starts_at``/``ends_at``), across all visits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
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
from exchange_planner.domain.enums import GiftDirection
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.gifts import (
    RATE_PREFIX,
    THRESHOLD_PREFIX,
    GiftRecord,
    GiftThresholds,
    ThresholdValueError,
    default_threshold_settings,
    find_repeated_gifts,
    find_threshold_warnings,
    thresholds_from_settings,
)
from exchange_planner.domain.names import full_name
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Gift,
    Partnership,
    Person,
    ProgramAttendee,
    ProgramItem,
    Setting,
    Venue,
    Visit,
    VisitMember,
)

_KIND_ORDER = {kind: index for index, kind in enumerate(ConflictKind)}


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
        return self._collect([visit_id])

    def for_all(self) -> list[Conflict]:
        with self.db.session() as session:
            visit_ids = list(session.exec(select(Visit.id).order_by(Visit.start_date)).all())
        return self._collect(visit_ids)  # type: ignore[arg-type]

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

    def by_gift(self, conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
        """Gift warnings keyed by the gift they are about (the first gift id)."""
        found: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in conflicts:
            if conflict.gift_ids:
                found[conflict.gift_ids[0]].append(conflict)
        return dict(found)

    # --- gathering -----------------------------------------------------------------------
    def _collect(self, visit_ids: list[int]) -> list[Conflict]:
        if not visit_ids:
            return []
        wanted = set(visit_ids)
        with self.db.session() as session:
            visits = {
                visit.id: visit
                for visit in session.exec(select(Visit).where(col(Visit.id).in_(visit_ids))).all()
            }
            own_items = list(
                session.exec(
                    select(ProgramItem).where(col(ProgramItem.visit_id).in_(visit_ids))
                ).all()
            )
            conflicts: list[Conflict] = []
            if own_items:
                first = min(item.starts_at for item in own_items)
                last = max(item.ends_at for item in own_items)
                nearby = self._items_overlapping(session, first, last)
                known = {item.id for item in nearby}
                items = nearby + [item for item in own_items if item.id not in known]
                bookings = self._bookings(session, items)
                person_names = self._person_names(session, bookings)
                clashes = merge_person_conflicts(
                    find_booking_conflicts(
                        bookings,
                        venue_names=self._venue_names(session, bookings),
                        person_names=person_names,
                    ),
                    person_names,
                )
                own_ids = {item.id for item in own_items}
                titles = self._visit_titles(session, bookings)
                for conflict in clashes:
                    if own_ids.intersection(conflict.item_ids):
                        conflicts.append(self._name_other_visit(conflict, wanted, titles))
                days = {
                    visit_id: VisitDays(visit_id, visit.title, visit.start_date, visit.end_date)
                    for visit_id, visit in visits.items()
                    if visit_id is not None
                }
                conflicts += find_items_outside_visit(
                    [b for b in bookings if b.item_id in own_ids], days
                )
            conflicts += self._gift_warnings(session, wanted)
        return self._sorted(conflicts)

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

    def _person_names(self, session: Session, bookings: list[TimedBooking]) -> dict[int, str]:
        return self._names_of(session, {person_id for b in bookings for person_id in b.person_ids})

    def _names_of(self, session: Session, ids: set[int]) -> dict[int, str]:
        names: dict[int, str] = {}
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            for person in session.exec(
                select(Person).where(col(Person.id).in_(id_list[start : start + 500]))
            ).all():
                names[person.id] = full_name(person)  # type: ignore[index]
        return names

    def _visit_titles(self, session: Session, bookings: list[TimedBooking]) -> dict[int, str]:
        ids = {b.visit_id for b in bookings}
        return {
            visit_id: title
            for visit_id, title in session.exec(
                select(Visit.id, Visit.title).where(col(Visit.id).in_(ids))
            ).all()
        }  # type: ignore[misc]

    @staticmethod
    def _name_other_visit(conflict: Conflict, wanted: set[int], titles: dict[int, str]) -> Conflict:
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

    def _gift_warnings(self, session: Session, visit_ids: set[int]) -> list[Conflict]:
        own = list(session.exec(select(Gift).where(col(Gift.visit_id).in_(visit_ids))).all())
        if not own:
            return []
        makers_given = [g for g in own if g.direction is GiftDirection.GIVEN and g.maker.strip()]
        history: list[Gift] = []
        if makers_given:
            # Earlier gifts that could repeat: given ones with a maker (a small table).
            history = list(
                session.exec(
                    select(Gift).where(
                        Gift.direction == GiftDirection.GIVEN,
                        col(Gift.maker) != "",
                        col(Gift.visit_id).not_in(visit_ids),
                    )
                ).all()
            )
        gifts = own + history
        records = self._gift_records(session, gifts)
        warnings = find_repeated_gifts(records, check_ids=[g.id for g in makers_given])  # type: ignore[misc]
        warnings += find_threshold_warnings(
            [r for r in records if r.visit_id in visit_ids], self.thresholds()
        )
        return warnings

    def _gift_records(self, session: Session, gifts: list[Gift]) -> list[GiftRecord]:
        visit_ids = {g.visit_id for g in gifts if g.visit_id is not None}
        visits = {
            visit.id: visit
            for visit in session.exec(select(Visit).where(col(Visit.id).in_(visit_ids))).all()
        }
        partnerships = {
            p.id: p
            for p in session.exec(
                select(Partnership).where(
                    col(Partnership.id).in_({v.partnership_id for v in visits.values()})
                )
            ).all()
        }
        people_ids = {g.recipient_id for g in gifts if g.recipient_id is not None}
        people = {
            p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(people_ids)))
        }
        records = []
        for gift in gifts:
            visit = visits.get(gift.visit_id)
            partnership = partnerships.get(visit.partnership_id) if visit else None
            recipient = people.get(gift.recipient_id)
            records.append(
                GiftRecord(
                    gift_id=gift.id,  # type: ignore[arg-type]
                    description=gift.description,
                    maker=gift.maker,
                    given=gift.direction is GiftDirection.GIVEN,
                    presented_on=gift.presented_on,
                    visit_id=gift.visit_id,
                    visit_title=visit.title if visit else "",
                    partnership_id=partnership.id if partnership else None,
                    partnership_name=partnership.partner_city if partnership else "",
                    recipient_id=gift.recipient_id,
                    recipient_name=full_name(recipient) if recipient else "",
                    recipient_country=recipient.country if recipient else "",
                    value_amount=gift.value_amount,
                    value_currency=gift.value_currency,
                    fallback_date=visit.start_date if visit else None,
                )
            )
        return records

    @staticmethod
    def _sorted(conflicts: list[Conflict]) -> list[Conflict]:
        return sorted(conflicts, key=lambda c: (_KIND_ORDER[c.kind], c.item_ids, c.gift_ids))
