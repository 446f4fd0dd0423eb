"""The exchange history of a partnership: one chronological list of everything that happened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import col, select

from exchange_planner.domain.enums import Direction, GiftDirection
from exchange_planner.domain.errors import NotFoundError
from exchange_planner.domain.names import full_name
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Exhibition,
    Gift,
    GuestbookEntry,
    Partnership,
    Person,
    Residency,
    Visit,
)

#: Order of kinds on the same day: the visit first, then what happened during it.
_KIND_ORDER = {
    "partnership": 0,
    "visit": 1,
    "residency": 2,
    "exhibition": 3,
    "gift": 4,
    "guestbook": 5,
}


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the history. ``target_kind``/``target_id`` name the record to open for it
    (a gift or signature opens its visit). Plain values only, so the view can word and
    translate them: ``status`` is a stored enum value (visit/residency status, guestbook kind),
    ``person`` the artist or signer ("" while an artist is to be named), ``amount`` and
    ``currency`` a gift's value, ``volume`` and ``page`` where a signature is in the book."""

    day: date
    end_day: date | None
    kind: str
    record_id: int
    title: str
    direction: str
    target_kind: str
    target_id: int
    status: str = ""
    person: str = ""
    amount: Decimal | None = None
    currency: str = ""
    volume: str = ""
    page: str = ""


class HistoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def for_partnership(self, partnership_id: int) -> list[HistoryEntry]:
        """Visits, residencies, exhibitions, gifts and guestbook entries, oldest first."""
        entries: list[HistoryEntry] = []
        with self.db.session() as session:
            partnership = session.get(Partnership, partnership_id)
            if partnership is None:
                raise NotFoundError(f"There is no partnership #{partnership_id}.")
            if partnership.since_year:
                entries.append(
                    HistoryEntry(
                        date(partnership.since_year, 1, 1),
                        None,
                        "partnership",
                        partnership_id,
                        partnership.partner_city,
                        "",
                        "partnership",
                        partnership_id,
                    )
                )
            visits = list(session.exec(select(Visit).where(Visit.partnership_id == partnership_id)))
            visit_ids = [v.id for v in visits]
            for visit in visits:
                entries.append(
                    HistoryEntry(
                        visit.start_date,
                        visit.end_date,
                        "visit",
                        visit.id,  # type: ignore[arg-type]
                        visit.title,
                        visit.direction.value,
                        "visit",
                        visit.id,  # type: ignore[arg-type]
                        status=visit.status.value,
                    )
                )
            residencies = list(
                session.exec(select(Residency).where(Residency.partnership_id == partnership_id))
            )
            people_ids = {r.artist_id for r in residencies if r.artist_id}
            gifts = list(session.exec(select(Gift).where(col(Gift.visit_id).in_(visit_ids))))
            signatures = list(
                session.exec(
                    select(GuestbookEntry).where(col(GuestbookEntry.visit_id).in_(visit_ids))
                )
            )
            people_ids |= {s.signer_id for s in signatures}
            people = {
                p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(people_ids)))
            }
            for residency in residencies:
                artist = people.get(residency.artist_id)
                who = full_name(artist) if artist else ""
                entries.append(
                    HistoryEntry(
                        residency.start_date,
                        residency.end_date,
                        "residency",
                        residency.id,  # type: ignore[arg-type]
                        residency.title,
                        residency.direction.value,
                        "residency",
                        residency.id,  # type: ignore[arg-type]
                        status=residency.status.value,
                        person=who,
                    )
                )
            for exhibition in session.exec(
                select(Exhibition).where(Exhibition.partnership_id == partnership_id)
            ):
                entries.append(
                    HistoryEntry(
                        exhibition.start_date,
                        exhibition.end_date,
                        "exhibition",
                        exhibition.id,  # type: ignore[arg-type]
                        exhibition.title,
                        "",
                        "exhibition",
                        exhibition.id,  # type: ignore[arg-type]
                    )
                )
            starts = {v.id: v.start_date for v in visits}
            for gift in gifts:
                entries.append(
                    HistoryEntry(
                        gift.presented_on or starts[gift.visit_id],
                        None,
                        "gift",
                        gift.id,  # type: ignore[arg-type]
                        gift.description,
                        Direction.OUTGOING.value
                        if gift.direction is GiftDirection.GIVEN
                        else Direction.INCOMING.value,
                        "visit",
                        gift.visit_id,  # type: ignore[arg-type]
                        amount=gift.value_amount,
                        currency=gift.value_currency if gift.value_amount is not None else "",
                    )
                )
            for signature in signatures:
                signer = people.get(signature.signer_id)
                entries.append(
                    HistoryEntry(
                        signature.signed_on,
                        None,
                        "guestbook",
                        signature.id,  # type: ignore[arg-type]
                        signature.occasion,
                        "",
                        "visit",
                        signature.visit_id,  # type: ignore[arg-type]
                        status=signature.book.value,
                        person=full_name(signer) if signer else "",
                        volume=signature.volume,
                        page=signature.page,
                    )
                )
        entries.sort(key=lambda e: (e.day, _KIND_ORDER[e.kind], e.record_id))
        return entries
