"""The conflicts of visits as ``ConflictService`` read them before the window queries
(``services/conflict_reading.py``): every statement through the ORM, the other items by
``starts_at < last AND ends_at > first``. Kept word for word as the reference the new reading
is compared with (tests/services/test_conflict_reading.py); not used by the program.
"""

# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations

from sqlmodel import Session, col, select

from exchange_planner.domain.conflicts import (
    Conflict,
    VisitDays,
    find_booking_conflicts,
    find_items_outside_visit,
    merge_person_conflicts,
)
from exchange_planner.domain.enums import GiftDirection
from exchange_planner.domain.gifts import GiftRecord, find_repeated_gifts, find_threshold_warnings
from exchange_planner.domain.names import full_name
from exchange_planner.domain.conflicts import TimedBooking
from exchange_planner.services.conflicts import ConflictService
from exchange_planner.storage.tables import Gift, Partnership, Person, ProgramItem, Visit


class PreviousConflictService(ConflictService):
    def for_visit(self, visit_id: int) -> list[Conflict]:
        return self._collect([visit_id])

    def for_all(self) -> list[Conflict]:
        with self.db.session() as session:
            visit_ids = list(session.exec(select(Visit.id).order_by(Visit.start_date)).all())
        return self._collect(visit_ids)

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

    def _person_names(self, session: Session, bookings: list[TimedBooking]) -> dict[int, str]:
        return self._names_of(session, {person_id for b in bookings for person_id in b.person_ids})

    def _visit_titles(self, session: Session, bookings: list[TimedBooking]) -> dict[int, str]:
        ids = {b.visit_id for b in bookings}
        return {
            visit_id: title
            for visit_id, title in session.exec(
                select(Visit.id, Visit.title).where(col(Visit.id).in_(ids))
            ).all()
        }  # type: ignore[misc]

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
