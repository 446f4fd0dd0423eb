"""Exhibitions and their links to residencies, visits and artists."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, col, func, or_, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.errors import ValidationError
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService, require
from exchange_planner.storage.tables import (
    Exhibition,
    ExhibitionArtist,
    ExhibitionResidency,
    ExhibitionVisit,
    Partnership,
    Person,
    Residency,
    Venue,
    Visit,
)

_LINKS = {
    "residencies": (ExhibitionResidency, "residency_id", Residency),
    "visits": (ExhibitionVisit, "visit_id", Visit),
    "artists": (ExhibitionArtist, "person_id", Person),
}


class ExhibitionService(RecordService[read.Exhibition]):
    model = Exhibition
    read_model = read.Exhibition
    noun = "exhibition"

    def default_order(self) -> list[Any]:
        return [col(Exhibition.start_date).desc(), Exhibition.id]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["title"] = v.required_text("title", values.get("title"), max_length=300)
        values["start_date"] = v.date_value("start_date", values.get("start_date"))
        values["end_date"] = v.date_value("end_date", values.get("end_date"))
        v.date_range(values["start_date"], values["end_date"])
        require(session, Venue, values.get("venue_id"), "venue_id")
        require(session, Person, values.get("curator_id"), "curator_id")
        require(session, Partnership, values.get("partnership_id"), "partnership_id")
        values["description"] = v.optional_text("description", values.get("description"))
        return values

    def query(
        self,
        *,
        partnership_id: int | None = None,
        year: int | None = None,
        text: str = "",
        start: date | None = None,
        end: date | None = None,
    ) -> list[read.Exhibition]:
        """Exhibitions matching every given filter; ``year``/``start``–``end`` by overlap."""
        statement = select(Exhibition)
        if partnership_id is not None:
            statement = statement.where(Exhibition.partnership_id == partnership_id)
        if year is not None:
            start = max(start or date.min, date(year, 1, 1))
            end = min(end or date.max, date(year, 12, 31))
        if start is not None:
            statement = statement.where(Exhibition.end_date >= start)
        if end is not None:
            statement = statement.where(Exhibition.start_date <= end)
        if text.strip():
            pattern = f"%{text.strip()}%"
            statement = statement.where(
                or_(
                    col(Exhibition.title).ilike(pattern),
                    col(Exhibition.description).ilike(pattern),
                )
            )
        with self.db.session() as session:
            return self._read_all(session.exec(statement.order_by(*self.default_order())).all())

    def years(self) -> list[int]:
        """Calendar years touched by any exhibition (one aggregate query)."""
        with self.db.session() as session:
            first, last = session.exec(
                select(func.min(Exhibition.start_date), func.max(Exhibition.end_date))
            ).one()
        return [] if first is None else list(range(first.year, last.year + 1))

    def for_residency(self, residency_id: int) -> list[read.Exhibition]:
        """Exhibitions linked to one residency."""
        with self.db.session() as session:
            statement = (
                select(Exhibition)
                .join(ExhibitionResidency, ExhibitionResidency.exhibition_id == Exhibition.id)  # type: ignore[arg-type]
                .where(ExhibitionResidency.residency_id == residency_id)
                .order_by(Exhibition.start_date)
            )
            return self._read_all(session.exec(statement).all())

    def residency_choices(self, partnership_id: int | None) -> list[read.Residency]:
        """Residencies an exhibition may link: those of its partnership (all without one)."""
        statement = select(Residency).order_by(col(Residency.start_date).desc())
        if partnership_id is not None:
            statement = statement.where(Residency.partnership_id == partnership_id)
        with self.db.session() as session:
            return [read.Residency.of(row) for row in session.exec(statement).all()]

    def visit_choices(self, partnership_id: int | None) -> list[read.Visit]:
        """Visits an exhibition may link: those of its partnership (all without one)."""
        statement = select(Visit).order_by(col(Visit.start_date).desc())
        if partnership_id is not None:
            statement = statement.where(Visit.partnership_id == partnership_id)
        with self.db.session() as session:
            return [read.Visit.of(row) for row in session.exec(statement).all()]

    def people(self, ids: list[int]) -> list[read.Person]:
        with self.db.session() as session:
            rows = session.exec(select(Person).where(col(Person.id).in_(ids))).all()
            return [read.Person.of(row) for row in rows]

    # --- undo support: an exhibition with its links -----------------------------------------
    def snapshot(self, record_id: int) -> dict[str, Any]:
        data = self.get(record_id).model_dump()
        data["_links"] = self.links(record_id)
        return data

    def restore(self, snapshot: Mapping[str, Any]) -> read.Exhibition:
        data = dict(snapshot)
        links = data.pop("_links", {})
        record = super().restore(data)
        for kind, ids in links.items():
            self.set_links(record.id, kind, ids)
        return record

    def links(self, exhibition_id: int) -> dict[str, list[int]]:
        """Ids of linked residencies, visits and artists."""
        with self.db.session() as session:
            self._load(session, exhibition_id)
            result: dict[str, list[int]] = {}
            for name, (table, column, _target) in _LINKS.items():
                statement = select(getattr(table, column)).where(
                    table.exhibition_id == exhibition_id
                )
                result[name] = sorted(session.exec(statement).all())
            return result

    def set_links(self, exhibition_id: int, kind: str, ids: list[int]) -> None:
        if kind not in _LINKS:
            raise ValidationError("links", f"unknown link kind '{kind}'")
        table, column, target = _LINKS[kind]
        with self.db.session() as session:
            self._load(session, exhibition_id)
            for link in session.exec(
                select(table).where(table.exhibition_id == exhibition_id)
            ).all():
                session.delete(link)
            session.flush()
            for linked_id in dict.fromkeys(ids):
                require(session, target, linked_id, kind)
                session.add(table(exhibition_id=exhibition_id, **{column: linked_id}))

    def describe(self, record: read.Exhibition) -> str:
        return f"Exhibition “{record.title}”"
