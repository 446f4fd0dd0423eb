"""Which texts lack a translation: per record and for everything a visit's documents print.

Before a Korean or English print the office wants to know what will fall back to the
original: ``missing_for_visit`` lists every translatable text of the visit, its program
items and their venues, the members' titles and organisations, the gifts and the partner
city that has an original but no text in a language asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from exchange_planner.domain.errors import NotFoundError
from exchange_planner.domain.names import full_name
from exchange_planner.domain.texts import CONTENT_LANGUAGES, TRANSLATABLE, missing_languages
from exchange_planner.services.crud import office_language
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Exhibition,
    Gift,
    Partnership,
    Person,
    ProgramItem,
    Residency,
    Venue,
    Visit,
    VisitMember,
)


@dataclass(frozen=True)
class Missing:
    """A text without a translation: ``kind`` is the table (visit, program_item, venue,
    person, gift, partnership), ``label`` names the record for a reader (its title or
    name as written), ``languages`` the languages asked for that have no text."""

    kind: str
    record_id: int
    field: str
    label: str
    languages: tuple[str, ...]


def partnership_languages(languages: str, office: str) -> list[str]:
    """The languages a partnership's texts should exist in: the office's own language and
    the partnership's (``"ko,en"``), known content languages only, in that order."""
    wanted = [office, *(part.strip() for part in languages.split(","))]
    return [language for language in dict.fromkeys(wanted) if language in CONTENT_LANGUAGES]


def _label(kind: str, row: Any) -> str:
    if kind == "person":
        return full_name(row)
    if kind == "venue":
        return row.name
    if kind == "partnership":
        return row.partner_city
    if kind == "gift":
        return row.description
    return row.title


class TranslationService:
    """Missing translations of the records a visit's documents print."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def languages_for_visit(self, visit_id: int) -> list[str]:
        """The office language and the languages of the visit's partnership."""
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(f"visit {visit_id} not found")
            partnership = session.get(Partnership, visit.partnership_id)
            return partnership_languages(
                partnership.languages if partnership else "", office_language(session)
            )

    def languages_for_partnership(self, partnership_id: int | None) -> list[str]:
        """The office language and the partnership's (all content languages without one)."""
        with self.db.session() as session:
            partnership = session.get(Partnership, partnership_id) if partnership_id else None
            if partnership is None:
                return list(CONTENT_LANGUAGES)
            return partnership_languages(partnership.languages, office_language(session))

    def languages_for_record(self, kind: str, record_id: int | None) -> list[str]:
        """The languages a person's or a venue's texts should exist in: the office language
        and the languages of every partnership they appear in (a person on a delegation,
        as artist or curator; a venue of a program item, a studio, an exhibition). Someone
        or something in no partnership yet: every content language."""
        if record_id is None:
            return list(CONTENT_LANGUAGES)
        with self.db.session() as session:
            if kind == "person":
                statements = [
                    select(Visit.partnership_id)
                    .join(VisitMember, col(VisitMember.visit_id) == col(Visit.id))
                    .where(VisitMember.person_id == record_id),
                    select(Residency.partnership_id).where(Residency.artist_id == record_id),
                    select(Exhibition.partnership_id).where(Exhibition.curator_id == record_id),
                ]
            elif kind == "venue":
                statements = [
                    select(Visit.partnership_id)
                    .join(ProgramItem, col(ProgramItem.visit_id) == col(Visit.id))
                    .where(ProgramItem.venue_id == record_id),
                    select(Visit.partnership_id).where(Visit.hotel_id == record_id),
                    select(Residency.partnership_id).where(Residency.studio_id == record_id),
                    select(Exhibition.partnership_id).where(Exhibition.venue_id == record_id),
                ]
            else:
                raise ValueError(kind)
            ids = sorted(
                {pid for statement in statements for pid in session.exec(statement) if pid}
            )
            if not ids:
                return list(CONTENT_LANGUAGES)
            office = office_language(session)
            wanted: list[str] = []
            for partnership_id in ids:
                partnership = session.get(Partnership, partnership_id)
                if partnership is not None:
                    wanted += partnership_languages(partnership.languages, office)
            return [language for language in CONTENT_LANGUAGES if language in wanted] or [office]

    def missing_for_visit(
        self, visit_id: int, languages: Sequence[str] | None = None
    ) -> list[Missing]:
        """Every text of the visit's documents that lacks one of ``languages`` (by default
        the visit's own, see ``languages_for_visit``), in the order a document reads them:
        the visit, the partner city, the program items (by start) with their venues, the
        members, the gifts. A venue used by several items is listed once."""
        if languages is None:
            languages = self.languages_for_visit(visit_id)
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(f"visit {visit_id} not found")
            records: list[tuple[str, Any]] = [("visit", visit)]
            partnership = session.get(Partnership, visit.partnership_id)
            if partnership is not None:
                records.append(("partnership", partnership))
            items = session.exec(
                select(ProgramItem)
                .where(ProgramItem.visit_id == visit_id)
                .order_by(col(ProgramItem.starts_at), col(ProgramItem.id))
            ).all()
            venues: dict[int, Venue] = {}
            for item in items:
                records.append(("program_item", item))
                if item.venue_id is not None and item.venue_id not in venues:
                    venue = session.get(Venue, item.venue_id)
                    if venue is not None:
                        venues[item.venue_id] = venue
                        records.append(("venue", venue))
            people = session.exec(
                select(Person)
                .join(VisitMember, col(VisitMember.person_id) == col(Person.id))
                .where(VisitMember.visit_id == visit_id)
                .order_by(col(VisitMember.precedence), col(VisitMember.id))
            ).all()
            records.extend(("person", person) for person in people)
            gifts = session.exec(
                select(Gift).where(Gift.visit_id == visit_id).order_by(col(Gift.id))
            ).all()
            records.extend(("gift", gift) for gift in gifts)
            return list(_missing(records, languages))

    def missing_for_record(self, record: Any, kind: str, languages: Iterable[str]) -> list[str]:
        """The fields of one record (a read model) that lack one of ``languages``."""
        wanted = tuple(languages)
        return [f for f in TRANSLATABLE[kind] if missing_languages(record, f, wanted)]


def _missing(records: Iterable[tuple[str, Any]], languages: Sequence[str]) -> Iterable[Missing]:
    for kind, row in records:
        for field in TRANSLATABLE[kind]:
            lacking = missing_languages(row, field, languages)
            if lacking:
                yield Missing(kind, row.id, field, _label(kind, row), tuple(lacking))
