"""Artist residencies, their deliverables and preparation checklists."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, func, or_, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.conflicts import Conflict, StudioBooking, find_studio_conflicts
from exchange_planner.domain.enums import ChecklistKind, Direction, ResidencyStatus
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.names import full_name
from exchange_planner.domain.residency import CHECKLIST_OFFSETS, checklist_due
from exchange_planner.domain.texts import text_in
from exchange_planner.reports.data import (
    ChecklistLine,
    DeliverableLine,
    PersonInfo,
    ResidencySheetData,
    VenueInfo,
)
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService, require
from exchange_planner.services.documents import partner_info, texts
from exchange_planner.storage.tables import (
    ChecklistItem,
    Exhibition,
    ExhibitionResidency,
    Partnership,
    Person,
    Residency,
    ResidencyDeliverable,
    Venue,
)

#: Columns the residency list can be sorted by (in SQL).
RESIDENCY_SORT_KEYS = ("title", "artist", "direction", "status", "start_date", "end_date", "studio")


@dataclass(frozen=True)
class StudioRow:
    """One row of the studio timeline: a studio (venue) or, without one, a host institution."""

    key: Hashable
    label: str


def studio_key(record: Residency | read.Residency) -> tuple[str, Hashable]:
    """Residencies without a studio are grouped by host institution (case-insensitive)."""
    if record.studio_id is not None:
        return ("venue", record.studio_id)
    host = (record.host_institution or "").strip().casefold()
    return ("host", host or f"residency-{record.id}")


def _person_info(person: Person) -> PersonInfo:
    return PersonInfo(
        id=person.id,  # type: ignore[arg-type]
        family_name=person.family_name,
        given_name=person.given_name,
        native_name=person.native_name,
        name_order=person.name_order.value,
        title=person.title,
        organisation=person.organisation,
        country=person.country,
        email=person.email,
        phone=person.phone,
        **texts(person),  # type: ignore[arg-type]
    )


class ResidencyService(RecordService[read.Residency]):
    model = Residency
    read_model = read.Residency
    noun = "residency"

    def default_order(self) -> list[Any]:
        return [col(Residency.start_date).desc(), Residency.id]

    # --- queries -------------------------------------------------------------------------
    @staticmethod
    def _filtered(
        statement: Any,
        *,
        partnership_id: int | None = None,
        direction: Direction | str | None = None,
        status: ResidencyStatus | str | None = None,
        year: int | None = None,
        text: str = "",
        start: date | None = None,
        end: date | None = None,
    ) -> Any:
        if partnership_id is not None:
            statement = statement.where(Residency.partnership_id == partnership_id)
        if direction:
            statement = statement.where(Residency.direction == Direction(direction))
        if status:
            statement = statement.where(Residency.status == ResidencyStatus(status))
        if year is not None:
            start = max(start or date.min, date(year, 1, 1))
            end = min(end or date.max, date(year, 12, 31))
        if start is not None:
            statement = statement.where(Residency.end_date >= start)
        if end is not None:
            statement = statement.where(Residency.start_date <= end)
        if text.strip():
            pattern = f"%{text.strip()}%"
            artists = select(Person.id).where(
                or_(
                    col(Person.family_name).ilike(pattern),
                    col(Person.given_name).ilike(pattern),
                    col(Person.native_name).ilike(pattern),
                )
            )
            statement = statement.where(
                or_(
                    col(Residency.title).ilike(pattern),
                    col(Residency.host_institution).ilike(pattern),
                    col(Residency.home_institution).ilike(pattern),
                    col(Residency.notes).ilike(pattern),
                    col(Residency.artist_id).in_(artists),
                )
            )
        return statement

    def query(self, *, limit: int | None = None, **filters: Any) -> list[read.Residency]:
        """Residencies matching every given filter (``partnership_id``, ``direction``,
        ``status``, ``year``, ``text``, ``start``/``end``); ``year`` and dates by overlap."""
        statement = self._filtered(select(Residency), **filters).order_by(*self.default_order())
        if limit is not None:
            statement = statement.limit(limit)
        with self.db.session() as session:
            return self._read_all(session.exec(statement).all())

    # --- the list: filtered, sorted and paged in SQL ---------------------------------------
    def count(self, **filters: Any) -> int:
        """How many residencies match the filters of ``query``."""
        statement = self._filtered(select(func.count(col(Residency.id))), **filters)
        with self.db.session() as session:
            return int(session.exec(statement).one())

    def page(
        self,
        *,
        sort: str = "start_date",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        **filters: Any,
    ) -> list[read.Residency]:
        """One page of the residency list; only these rows are read."""
        if sort not in RESIDENCY_SORT_KEYS:
            raise ValidationError("sort", f"cannot sort by '{sort}'")
        statement = self._filtered(select(Residency), **filters)
        column: Any
        if sort == "artist":
            statement = statement.outerjoin(Person, col(Person.id) == col(Residency.artist_id))
            column = func.lower(func.coalesce(Person.family_name, ""))
        elif sort == "studio":
            statement = statement.outerjoin(Venue, col(Venue.id) == col(Residency.studio_id))
            column = func.lower(func.coalesce(Venue.name, Residency.host_institution))
        elif sort == "title":
            column = func.lower(col(Residency.title))
        else:
            column = col(getattr(Residency, sort))
        order = [column.desc() if descending else column.asc()]
        order.append(col(Residency.id).desc() if descending else col(Residency.id).asc())
        statement = statement.order_by(*order).offset(offset).limit(limit)
        with self.db.session() as session:
            return self._read_all(session.exec(statement).all())

    def conflict_messages(self, records: list[read.Residency]) -> dict[int, list[str]]:
        """The English messages of :meth:`conflicts_by_residency`."""
        return {
            rid: [conflict.message for conflict in found]
            for rid, found in self.conflicts_by_residency(records).items()
        }

    def conflicts_by_residency(self, records: list[read.Residency]) -> dict[int, list[Conflict]]:
        """Studio conflicts of ``records`` (e.g. one page of the list), by residency id.

        Only residencies that share a studio (or host institution) with one of them and
        overlap their dates are read, not the whole table.
        """
        live = [r for r in records if r.status is not ResidencyStatus.CANCELLED]
        if not live:
            return {}
        studios = {r.studio_id for r in live if r.studio_id is not None}
        # SQLite's lower() folds ASCII letters only: offer the host names folded that way.
        hosts = {
            "".join(c.lower() if c.isascii() else c for c in r.host_institution.strip())
            for r in live
            if r.studio_id is None and r.host_institution.strip()
        }
        first = min(r.start_date for r in live)
        last = max(r.end_date for r in live)
        same_place = [col(Residency.studio_id).in_(studios)]
        if hosts:
            same_place.append(
                col(Residency.studio_id).is_(None)
                & func.lower(func.trim(col(Residency.host_institution))).in_(hosts)
            )
        statement = select(Residency).where(
            Residency.end_date >= first,
            Residency.start_date <= last,
            Residency.status != ResidencyStatus.CANCELLED,
            or_(*same_place),
        )
        with self.db.session() as session:
            others = self._read_all(session.exec(statement).all())
        keys = {studio_key(r) for r in live}
        candidates = {r.id: r for r in others if studio_key(r) in keys}
        candidates.update({r.id: r for r in live})
        mine = {r.id for r in live}
        rows = self.studio_rows(list(candidates.values()))
        bookings = [
            StudioBooking(
                r.id,  # type: ignore[arg-type]
                studio_key(r),
                r.title or f"#{r.id}",
                r.start_date,
                r.end_date,
            )
            for r in candidates.values()
        ]
        found: dict[int, list[Conflict]] = {}
        names = {row.key: row.label for row in rows}
        for conflict in find_studio_conflicts(bookings, studio_names=names):
            for rid in conflict.residency_ids:
                if rid in mine:
                    found.setdefault(rid, []).append(conflict)
        return found

    def date_span(self) -> tuple[date, date] | None:
        """First and last day of all residencies (one aggregate query), None when empty."""
        with self.db.session() as session:
            first, last = session.exec(
                select(func.min(Residency.start_date), func.max(Residency.end_date))
            ).one()
        return None if first is None else (first, last)

    def years(self) -> list[int]:
        """Calendar years touched by any residency, for the year filter."""
        span = self.date_span()
        return [] if span is None else list(range(span[0].year, span[1].year + 1))

    def names_for(
        self, records: list[read.Residency], *, language: str | None = None
    ) -> tuple[dict[int, str], dict[int, str]]:
        """Artist names and studio names of ``records`` (two small queries); the studios'
        names in ``language`` where given (else as written)."""
        artist_ids = {r.artist_id for r in records if r.artist_id is not None}
        venue_ids = {r.studio_id for r in records if r.studio_id is not None}
        with self.db.session() as session:
            artists = {
                p.id: full_name(p)
                for p in session.exec(select(Person).where(col(Person.id).in_(artist_ids)))
            }
            studios = {
                venue.id: _venue_name(venue, language)
                for venue in session.exec(select(Venue).where(col(Venue.id).in_(venue_ids)))
            }
        return artists, studios  # type: ignore[return-value]

    def studio_rows(
        self, records: list[read.Residency], *, language: str | None = None
    ) -> list[StudioRow]:
        """Timeline rows for ``records``: studios by name (in ``language`` where given),
        then host institutions."""
        venue_ids = {r.studio_id for r in records if r.studio_id is not None}
        with self.db.session() as session:
            names = {
                venue.id: _venue_name(venue, language)
                for venue in session.exec(select(Venue).where(col(Venue.id).in_(venue_ids)))
            }
        rows: dict[Hashable, StudioRow] = {}
        for record in records:
            key = studio_key(record)
            if key in rows:
                continue
            if record.studio_id is not None:
                label = names.get(record.studio_id, f"#{record.studio_id}")
            else:
                label = record.host_institution.strip() or "—"
            rows[key] = StudioRow(key, label)
        return sorted(rows.values(), key=lambda row: (row.key[0] != "venue", row.label.casefold()))

    def studio_conflicts(
        self, *, start: date | None = None, end: date | None = None
    ) -> list[Conflict]:
        """Studios (or host institutions) booked by overlapping, non-cancelled residencies."""
        records = [
            r for r in self.query(start=start, end=end) if r.status is not ResidencyStatus.CANCELLED
        ]
        rows = self.studio_rows(records)
        names: dict[Hashable, str] = {row.key: row.label for row in rows}
        bookings = [
            StudioBooking(
                r.id,  # type: ignore[arg-type]
                studio_key(r),
                r.title or f"#{r.id}",
                r.start_date,
                r.end_date,
            )
            for r in records
        ]
        return find_studio_conflicts(bookings, studio_names=names)

    def conflicts_for(self, residency_id: int) -> list[Conflict]:
        """Studio conflicts involving one residency (its dates only are searched)."""
        record = self.get(residency_id)
        return [
            conflict
            for conflict in self.studio_conflicts(start=record.start_date, end=record.end_date)
            if residency_id in conflict.residency_ids
        ]

    def counterpart_candidates(
        self, residency_id: int | None, partnership_id: int, direction: Direction | str
    ) -> list[read.Residency]:
        """Residencies this one may answer: same partnership, other direction, not cancelled,
        not itself, and not already paired with a third residency."""
        other = (
            Direction.INCOMING if Direction(direction) is Direction.OUTGOING else Direction.OUTGOING
        )
        with self.db.session() as session:
            candidates = list(
                session.exec(
                    select(Residency)
                    .where(
                        Residency.partnership_id == partnership_id,
                        Residency.direction == other,
                        Residency.status != ResidencyStatus.CANCELLED,
                    )
                    .order_by(Residency.start_date, Residency.id)
                ).all()
            )
            claimed = self._claimed(session)
        result = []
        for candidate in candidates:
            if candidate.id == residency_id:
                continue
            if candidate.counterpart_id not in (None, residency_id):
                continue
            if claimed.get(candidate.id, residency_id) != residency_id:  # type: ignore[arg-type]
                continue
            result.append(read.Residency.of(candidate))
        return result

    @staticmethod
    def _claimed(session: Session) -> dict[int, int]:
        """counterpart id -> id of a residency naming it."""
        rows = session.exec(
            select(Residency.counterpart_id, Residency.id).where(
                col(Residency.counterpart_id).is_not(None)
            )
        ).all()
        return {counterpart: owner for counterpart, owner in rows}  # type: ignore[misc]

    # --- counterparts as pairs -------------------------------------------------------------
    def pair_changes(self, residency_id: int, counterpart_id: int | None) -> dict[int, int | None]:
        """The ``counterpart_id`` values to write so that the two residencies answer each
        other (both ways), and a previous partner no longer points back."""
        record = self.get(residency_id)
        changes: dict[int, int | None] = {residency_id: counterpart_id}
        with self.db.session() as session:
            pointing_here = list(
                session.exec(select(Residency).where(Residency.counterpart_id == residency_id))
            )
            previous = (
                session.get(Residency, record.counterpart_id)
                if record.counterpart_id is not None
                else None
            )
        if (
            previous is not None
            and previous.id != counterpart_id
            and previous.counterpart_id == residency_id
        ):
            changes[previous.id] = None  # type: ignore[index]
        for other in pointing_here:
            if other.id != counterpart_id:
                changes[other.id] = None  # type: ignore[index]
        if counterpart_id is not None:
            changes[counterpart_id] = residency_id
        return changes

    def set_counterparts(self, changes: Mapping[int, int | None]) -> None:
        """Write several ``counterpart_id`` values at once; every rule is checked on the
        result, and a refused change writes nothing."""
        with self.db.session() as session:
            records = {rid: self._load(session, rid) for rid in changes}
            before = {rid: record.counterpart_id for rid, record in records.items()}
            for rid, counterpart in changes.items():
                records[rid].counterpart_id = counterpart
            session.flush()
            for rid, record in records.items():
                self._check_counterpart(session, record.model_dump(), rid)
                chosen = record.counterpart_id
                if chosen is None or chosen == before[rid]:
                    continue
                other = session.get(Residency, chosen)
                if (
                    other is not None
                    and other.status is ResidencyStatus.CANCELLED
                    and record.status is not ResidencyStatus.CANCELLED
                ):
                    raise ValidationError("counterpart_id", "the counterpart is cancelled")

    # --- undo support: a residency with its checklist and deliverables ----------------------
    def snapshot(self, record_id: int) -> dict[str, Any]:
        with self.db.session() as session:
            record = self._load(session, record_id)
            data = record.model_dump()
            data["_checklist"] = [
                item.model_dump()
                for item in session.exec(
                    select(ChecklistItem).where(ChecklistItem.residency_id == record_id)
                )
            ]
            data["_deliverables"] = [
                item.model_dump()
                for item in session.exec(
                    select(ResidencyDeliverable).where(
                        ResidencyDeliverable.residency_id == record_id
                    )
                )
            ]
            # Residencies naming this one as counterpart lose the link on delete (SET NULL).
            data["_answered_by"] = list(
                session.exec(select(Residency.id).where(Residency.counterpart_id == record_id))
            )
            data["_links"] = [
                link.exhibition_id
                for link in session.exec(
                    select(ExhibitionResidency).where(ExhibitionResidency.residency_id == record_id)
                )
            ]
            return data

    def restore(self, snapshot: Mapping[str, Any]) -> read.Residency:
        data = dict(snapshot)
        checklist = data.pop("_checklist", [])
        deliverables = data.pop("_deliverables", [])
        answered_by = data.pop("_answered_by", [])
        links = data.pop("_links", [])
        counterpart = data.pop("counterpart_id", None)
        with self.db.session() as session:
            record = Residency(**data)
            session.add(record)
            session.flush()
            for item in checklist:
                session.add(ChecklistItem(**item))
            for item in deliverables:
                session.add(ResidencyDeliverable(**item))
            for exhibition_id in links:
                if session.get(Exhibition, exhibition_id) is not None:
                    session.add(
                        ExhibitionResidency(exhibition_id=exhibition_id, residency_id=record.id)
                    )
            if counterpart is not None and session.get(Residency, counterpart) is not None:
                record.counterpart_id = counterpart
            for other_id in answered_by:
                other = session.get(Residency, other_id)
                if other is not None and other.counterpart_id is None:
                    other.counterpart_id = record.id
            session.flush()
            return self._read(record)

    # --- documents -------------------------------------------------------------------------
    def sheet_data(self, residency_id: int, as_of: date) -> ResidencySheetData:
        """Plain data of the residency sheet (the report reads no database)."""
        from exchange_planner.services.settings import SettingsService

        settings = SettingsService(self.db)
        home_city = settings.get("home_city")
        home_names = tuple(sorted(settings.home_city_names().items()))
        with self.db.session() as session:
            record = self._load(session, residency_id)
            partnership = session.get(Partnership, record.partnership_id)
            assert partnership is not None
            artist = session.get(Person, record.artist_id) if record.artist_id else None
            studio = session.get(Venue, record.studio_id) if record.studio_id else None
            counterpart = (
                session.get(Residency, record.counterpart_id) if record.counterpart_id else None
            )
        checklist = ChecklistService(self.db).for_residency(residency_id)
        deliverables = DeliverableService(self.db).for_residency(residency_id)
        artist_info = _person_info(artist) if artist else None
        counterpart_text = ""
        counterpart_extra: dict[str, object] = {}
        if counterpart is not None:
            counterpart_text = counterpart.title or f"#{counterpart.id}"
            counterpart_texts = texts(counterpart)
            counterpart_extra = {
                "counterpart_dates": (counterpart.start_date, counterpart.end_date),
                "counterpart_language": counterpart_texts["original_language"],
                "counterpart_translations": counterpart_texts["translations"],
            }
        return ResidencySheetData(
            title=record.title or (full_name(artist) if artist else f"#{record.id}"),
            home_city=home_city,
            partner_city=partnership.partner_city,
            partner_city_native=partnership.city_native,
            direction=record.direction.value,
            status=record.status.value,
            start_date=record.start_date,
            end_date=record.end_date,
            as_of=as_of,
            artist=artist_info,
            home_institution=record.home_institution,
            host_institution=record.host_institution,
            studio=VenueInfo(
                id=studio.id,  # type: ignore[arg-type]
                name=studio.name,
                address=studio.address,
                room=studio.room,
                city=studio.city,
                timezone=studio.timezone,
                contact=studio.contact,
                **texts(studio),  # type: ignore[arg-type]
            )
            if studio
            else None,
            budget_amount=record.budget_amount,
            budget_currency=record.budget_currency,
            counterpart=counterpart_text,
            **counterpart_extra,  # type: ignore[arg-type]
            notes=record.notes,
            checklist=tuple(
                ChecklistLine(item.kind.value, item.due_date, item.done_on) for item in checklist
            ),
            deliverables=tuple(
                DeliverableLine(item.title, item.due_date, item.done) for item in deliverables
            ),
            contacts=(artist_info,) if artist_info else (),
            partner=partner_info(partnership),
            home_city_names=home_names,
            letterhead=settings.letterhead(),
            **texts(record),  # type: ignore[arg-type]
        )

    def ensure_checklist(
        self, residency_id: int, today: date | None = None
    ) -> list[read.ChecklistItem]:
        """Add the missing preparation steps with due dates derived from the residency dates.

        With ``today`` (the day the checklist is made) no lead time ends before today unless
        the residency's own first or last day has passed (see ``checklist_due``).
        """
        with self.db.session() as session:
            record = self._load(session, residency_id)
            present = set(
                session.exec(
                    select(ChecklistItem.kind).where(ChecklistItem.residency_id == residency_id)
                )
            )
            for kind in CHECKLIST_OFFSETS:
                if kind in present:
                    continue
                due = checklist_due(kind, record.start_date, record.end_date, today)
                session.add(ChecklistItem(residency_id=residency_id, kind=kind, due_date=due))
        return ChecklistService(self.db).for_residency(residency_id)

    def checklist_following(
        self, residency_id: int, start: date, end: date, today: date | None = None
    ) -> dict[int, date | None]:
        """New due dates of the checklist when the residency moves to ``start``–``end``:
        open steps whose due date was derived from the current dates are derived again from
        the new ones; steps done or given another date by the user keep theirs.
        Returns {checklist item id: new due date} for the steps that change."""
        record = self.get(residency_id)
        changes: dict[int, date | None] = {}
        for item in ChecklistService(self.db).for_residency(residency_id):
            if item.done_on is not None:
                continue
            kind = ChecklistKind(item.kind)
            derived = {
                checklist_due(kind, record.start_date, record.end_date, day)
                for day in (today, None)
            }
            if item.due_date not in derived:
                continue
            due = checklist_due(kind, start, end, today)
            if due != item.due_date:
                changes[item.id] = due  # type: ignore[index]
        return changes

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["title"] = v.optional_text("title", values.get("title"), max_length=300)
        if values.get("partnership_id") is None:
            raise ValidationError("partnership_id", "a residency belongs to a partnership")
        require(session, Partnership, values["partnership_id"], "partnership_id")
        require(session, Person, values.get("artist_id"), "artist_id")
        require(session, Venue, values.get("studio_id"), "studio_id")
        values["direction"] = v.enum_value("direction", Direction, values.get("direction"))
        values["status"] = v.enum_value(
            "status", ResidencyStatus, values.get("status") or ResidencyStatus.PROPOSED
        )
        values["start_date"] = v.date_value("start_date", values.get("start_date"))
        values["end_date"] = v.date_value("end_date", values.get("end_date"))
        v.date_range(values["start_date"], values["end_date"])
        for field in ("home_institution", "host_institution"):
            values[field] = v.optional_text(field, values.get(field), max_length=300)
        values["budget_amount"] = v.money("budget_amount", values.get("budget_amount"))
        values["budget_currency"] = v.currency_code(
            "budget_currency", values.get("budget_currency") or "EUR"
        )
        values["notes"] = v.optional_text("notes", values.get("notes"))
        self._check_counterpart(session, values, record_id)
        return values

    def _check_counterpart(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> None:
        counterpart_id = values.get("counterpart_id")
        if counterpart_id is None:
            return
        if counterpart_id == record_id:
            raise ValidationError(
                "counterpart_id", "a residency cannot answer itself", reason="counterpart_self"
            )
        counterpart = session.get(Residency, counterpart_id)
        if counterpart is None:
            raise ValidationError("counterpart_id", f"there is no residency #{counterpart_id}")
        if counterpart.partnership_id != values["partnership_id"]:
            raise ValidationError(
                "counterpart_id",
                "the counterpart belongs to another partnership",
                reason="counterpart_partnership",
            )
        if counterpart.direction == values["direction"]:
            raise ValidationError(
                "counterpart_id",
                "the counterpart must go the other way (incoming/outgoing)",
                reason="counterpart_direction",
            )
        stored = session.get(Residency, record_id) if record_id is not None else None
        newly_chosen = stored is None or stored.counterpart_id != counterpart_id
        # Choosing a cancelled counterpart is refused; a link made before the cancellation
        # stays, so the other fields of this residency can still be edited.
        if (
            newly_chosen
            and counterpart.status is ResidencyStatus.CANCELLED
            and values.get("status") is not ResidencyStatus.CANCELLED
        ):
            raise ValidationError(
                "counterpart_id", "the counterpart is cancelled", reason="counterpart_cancelled"
            )
        if counterpart.counterpart_id not in (None, record_id):
            raise ValidationError(
                "counterpart_id",
                f"“{counterpart.title or counterpart.id}” already answers another residency",
                reason="counterpart_answers_another",
                values={"title": counterpart.title or f"#{counterpart.id}"},
            )
        rivals = select(Residency.id).where(Residency.counterpart_id == counterpart_id)
        if record_id is not None:
            rivals = rivals.where(Residency.id != record_id)
        rival = session.exec(rivals).first()
        if rival is not None:
            raise ValidationError(
                "counterpart_id",
                f"“{counterpart.title or counterpart.id}” is already answered by "
                f"residency #{rival}",
                reason="counterpart_answered",
                values={"title": counterpart.title or f"#{counterpart.id}", "other": rival},
            )
        # Follow the chain: it may come back to this residency (a pair) but not loop elsewhere.
        seen = {counterpart_id}
        current = counterpart.counterpart_id
        while current is not None and current != record_id:
            if current in seen:
                raise ValidationError(
                    "counterpart_id", "the counterpart links form a loop", reason="counterpart_loop"
                )
            seen.add(current)
            nxt = session.get(Residency, current)
            current = nxt.counterpart_id if nxt else None

    def describe(self, record: read.Residency) -> str:
        return f"Residency “{record.title or record.id}”"


class DeliverableService(RecordService[read.ResidencyDeliverable]):
    model = ResidencyDeliverable
    read_model = read.ResidencyDeliverable
    noun = "deliverable"

    def for_residency(self, residency_id: int) -> list[read.ResidencyDeliverable]:
        return self.list_where(
            ResidencyDeliverable.residency_id, residency_id, ResidencyDeliverable.due_date
        )

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Residency, values.get("residency_id"), "residency_id")
        values["title"] = v.required_text("title", values.get("title"), max_length=300)
        if values.get("due_date") is not None:
            values["due_date"] = v.date_value("due_date", values["due_date"])
        values["done"] = bool(values.get("done", False))
        return values


class ChecklistService(RecordService[read.ChecklistItem]):
    model = ChecklistItem
    read_model = read.ChecklistItem
    noun = "checklist item"

    def for_residency(self, residency_id: int) -> list[read.ChecklistItem]:
        order = {kind: index for index, kind in enumerate(ChecklistKind)}
        with self.db.session() as session:
            statement = select(ChecklistItem).where(ChecklistItem.residency_id == residency_id)
            items = self._read_all(session.exec(statement).all())
        return sorted(items, key=lambda item: order[ChecklistKind(item.kind)])

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Residency, values.get("residency_id"), "residency_id")
        values["kind"] = v.enum_value("kind", ChecklistKind, values.get("kind"))
        for field in ("due_date", "done_on"):
            if values.get(field) is not None:
                values[field] = v.date_value(field, values[field])
        return values


def _venue_name(venue: Venue, language: str | None) -> str:
    return venue.name if language is None else text_in(venue, "name", language).text
