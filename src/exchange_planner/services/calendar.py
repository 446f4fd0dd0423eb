"""What the calendar shows for a range of days: plain entries with tooltips and conflict marks.

Each entry carries English texts (for the ICS export and search) and the plain values behind
them in ``facts`` (enum members, names), from which the calendar views word their own texts.

Cost follows the range, not the database: every table is read through a range condition on
an indexed start column (``start >= range_start - longest_span AND start < range_end``) and
the end is checked on the rows found. ``longest_span`` (the longest record in a table) is
cached; call ``invalidate()`` after writes so a newly added long record is not missed. Conflicts
are computed only among the records overlapping the range.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from exchange_planner.domain.calendar import (
    CalendarEntry,
    EntryFacts,
    EntryKind,
    entry_days,
    range_instants,
)
from exchange_planner.domain.conflicts import (
    Conflict,
    StudioBooking,
    find_studio_conflicts,
)
from exchange_planner.domain.enums import ResidencyStatus, VisitStatus
from exchange_planner.domain.names import full_name
from exchange_planner.domain.texts import text_in
from exchange_planner.domain.timeutil import to_local
from exchange_planner.services import records as read
from exchange_planner.services.conflicts import ConflictService
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    ChecklistItem,
    Exhibition,
    Partnership,
    Person,
    ProgramItem,
    Residency,
    Venue,
    Visit,
)

#: Checklist kinds as readers see them.
CHECKLIST_LABELS: dict[str, str] = {
    "invitation_letter": "Invitation letter",
    "visa": "Visa",
    "travel": "Travel booked",
    "accommodation": "Accommodation",
    "insurance": "Insurance",
    "arrival": "Arrival",
    "open_studio": "Open studio",
    "report": "Report",
}


@dataclass(frozen=True)
class PartnershipChoice:
    id: int
    label: str
    timezone: str


def _label(text: str) -> str:
    return text.replace("_", " ").capitalize()


class CalendarService:
    """Range queries for the calendar views, the ICS export and the printed month or week."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._longest: dict[str, timedelta] = {}

    # --- cache of the longest record per table ---------------------------------------------
    def invalidate(self) -> None:
        """Forget cached record lengths (call after records were created or changed)."""
        self._longest.clear()

    def _longest_span(self, session: Session, name: str, start: Any, end: Any) -> timedelta:
        """The longest ``end - start`` in a table; one aggregate, cached until ``invalidate``."""
        if name in self._longest:
            return self._longest[name]
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            value = session.exec(
                select(sa.func.max(sa.func.julianday(end) - sa.func.julianday(start)))
            ).one()
            span = timedelta(days=float(value or 0))
        else:
            value = session.exec(select(sa.func.max(end - start))).one()
            if value is None:
                span = timedelta(0)
            elif isinstance(value, timedelta):
                span = value
            else:  # PostgreSQL date - date is a number of days
                span = timedelta(days=float(value))
        # A little slack so rounding in the aggregate never drops a record.
        span += timedelta(days=1)
        self._longest[name] = span
        return span

    # --- choices for the view ----------------------------------------------------------------
    def home_zone(self) -> str:
        from exchange_planner.services.settings import SettingsService

        return SettingsService(self.db).home_timezone()

    def partnerships(self) -> list[PartnershipChoice]:
        with self.db.session() as session:
            rows = session.exec(select(Partnership).order_by(Partnership.partner_city)).all()
            return [
                PartnershipChoice(
                    row.id,
                    f"{row.partner_city} ({row.city_native})"
                    if row.city_native
                    else row.partner_city,
                    row.timezone,
                )
                for row in rows
                if row.id is not None
            ]

    def visits_around(self, day: date, *, days: int = 60) -> list[tuple[int, str, date, date]]:
        """Visits near ``day`` (for the "new program item" dialog), nearest first."""
        first, last = day - timedelta(days=days), day + timedelta(days=days)
        with self.db.session() as session:
            longest = self._longest_span(session, "visit", Visit.start_date, Visit.end_date)
            rows = session.exec(
                select(Visit).where(
                    col(Visit.start_date) >= first - longest,
                    col(Visit.start_date) <= last,
                    col(Visit.end_date) >= first,
                )
            ).all()
        found = [(row.id, row.title, row.start_date, row.end_date) for row in rows]

        def distance(item: tuple[int | None, str, date, date]) -> int:
            if item[2] <= day <= item[3]:
                return 0
            return min(abs((item[2] - day).days), abs((item[3] - day).days))

        return sorted(found, key=lambda item: (distance(item), item[2]))  # type: ignore[misc]

    # --- the entries -----------------------------------------------------------------------
    def entries(
        self,
        first: date,
        last: date,
        zone: str,
        *,
        today: date | None = None,
        language: str | None = None,
    ) -> list[CalendarEntry]:
        """Everything touching the local days ``first`` .. ``last`` (inclusive) in ``zone``.

        ``language``: the language of the entries' texts (titles, places, dress codes, notes,
        partner cities, in ``title``, ``tooltip`` and ``facts``), each record's original where
        it has none; by default the texts as written (the ICS export)."""
        today = today or date.today()
        lo, hi = range_instants(first, last, zone)
        with self.db.session() as session:
            partner_names = self._partner_names(session, language)
            result: list[CalendarEntry] = []
            result += self._visits(session, first, last, partner_names, language)
            result += self._program_items(session, lo, hi, partner_names, language)
            result += self._residencies(session, first, last, partner_names, language)
            result += self._exhibitions(session, first, last, partner_names, language)
            result += self._deadlines(session, first, last, today, partner_names, language)
        return [entry for entry in result if _touches(entry, first, last, zone)]

    def _partner_names(
        self, session: Session, language: str | None = None
    ) -> dict[int, tuple[str, str]]:
        rows = session.exec(select(Partnership)).all()
        return {
            row.id: (_in(row, "partner_city", language), row.timezone)
            for row in rows
            if row.id is not None
        }

    def _visits(
        self,
        session: Session,
        first: date,
        last: date,
        partners: dict[int, tuple[str, str]],
        language: str | None = None,
    ) -> list[CalendarEntry]:
        longest = self._longest_span(session, "visit", Visit.start_date, Visit.end_date)
        rows = session.exec(
            select(Visit, Venue)
            .join(Venue, col(Visit.hotel_id) == col(Venue.id), isouter=True)
            .where(
                col(Visit.start_date) >= first - longest,
                col(Visit.start_date) <= last,
                col(Visit.end_date) >= first,
            )
        ).all()
        entries = []
        for visit, hotel_venue in rows:
            hotel = _in(hotel_venue, "name", language) if hotel_venue is not None else None
            title = _in(visit, "title", language)
            city, partner_zone = partners.get(visit.partnership_id, ("", ""))
            direction = "from" if visit.direction == "incoming" else "to"
            lines = [
                title,
                f"{visit.start_date:%d.%m.%Y} – {visit.end_date:%d.%m.%Y}",
                f"Delegation {direction} {city}" if city else "",
                f"Status: {_label(visit.status)}",
                f"Hotel: {hotel}" if hotel else "",
            ]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.VISIT,
                    id=visit.id,
                    title=title,
                    start=visit.start_date,
                    end=visit.end_date,
                    zone=partner_zone or "UTC",
                    partnership_id=visit.partnership_id,
                    colour_key="cancelled"
                    if visit.status == VisitStatus.CANCELLED
                    else EntryKind.VISIT.value,
                    tooltip="\n".join(line for line in lines if line),
                    detail=f"{_label(visit.direction)} · {city}",
                    search_text=f"{city} {visit.notes}",
                    facts=EntryFacts(
                        own_title=title,
                        direction=visit.direction,
                        visit_status=visit.status,
                        city=city,
                        place=hotel or "",
                    ),
                )
            )
        return entries

    def _program_items(
        self,
        session: Session,
        lo: datetime,
        hi: datetime,
        partners: dict[int, tuple[str, str]],
        language: str | None = None,
    ) -> list[CalendarEntry]:
        longest = self._longest_span(
            session, "program_item", ProgramItem.starts_at, ProgramItem.ends_at
        )
        rows = session.exec(
            select(ProgramItem, Visit, Venue)
            .join(Visit, col(ProgramItem.visit_id) == col(Visit.id))
            .join(Venue, col(ProgramItem.venue_id) == col(Venue.id), isouter=True)
            .where(
                col(ProgramItem.starts_at) >= lo - longest,
                col(ProgramItem.starts_at) < hi,
                col(ProgramItem.ends_at) >= lo,
            )
        ).all()
        rows = [
            row for row in rows if row[0].ends_at > lo or (row[0].ends_at == row[0].starts_at == lo)
        ]
        conflicts = self._booking_conflicts(session, [(item, visit) for item, visit, _ in rows])
        entries = []
        for item, visit, venue_row in rows:
            venue = _in(venue_row, "name", language) if venue_row is not None else None
            title, visit_title = _in(item, "title", language), _in(visit, "title", language)
            dress_code, notes = _in(item, "dress_code", language), _in(item, "notes", language)
            local_start = to_local(item.starts_at, item.timezone)
            local_end = to_local(item.ends_at, item.timezone)
            city, _zone = partners.get(visit.partnership_id, ("", ""))
            lines = [
                title,
                f"{local_start:%a %d.%m.%Y %H:%M} – {local_end:%H:%M} ({item.timezone})",
                f"Venue: {venue}" if venue else "",
                f"Visit: {visit_title}",
                f"Dress code: {dress_code}" if dress_code else "",
                notes,
            ]
            found = conflicts.get(item.id, [])
            lines += [f"⚠ {conflict.message}" for conflict in found]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.PROGRAM_ITEM,
                    id=item.id,
                    title=title,
                    start=item.starts_at,
                    end=item.ends_at,
                    zone=item.timezone,
                    partnership_id=visit.partnership_id,
                    colour_key="cancelled"
                    if visit.status == VisitStatus.CANCELLED
                    else EntryKind.PROGRAM_ITEM.value,
                    tooltip="\n".join(line for line in lines if line),
                    conflicts=tuple(conflict.message for conflict in found),
                    parent_id=visit.id,
                    detail=venue or "",
                    search_text=f"{visit_title} {city} {item.kind}",
                    facts=EntryFacts(
                        own_title=title,
                        visit_status=visit.status,
                        city=city,
                        place=venue or "",
                        parent_title=visit_title,
                        dress_code=dress_code,
                        notes=notes,
                        conflicts=tuple(found),
                    ),
                )
            )
        return entries

    def _booking_conflicts(
        self, session: Session, rows: list[tuple[ProgramItem, Visit]]
    ) -> dict[int, list[Conflict]]:
        """Venue/person double bookings and items outside their visit, among ``rows`` only."""
        live = [(item, visit) for item, visit in rows if visit.status != VisitStatus.CANCELLED]
        if not live:
            return {}
        visits = {visit.id: visit for _item, visit in live}
        found = ConflictService(self.db).among(session, [item for item, _ in live], visits)
        by_item: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in found:
            for item_id in conflict.item_ids:
                if all(conflict.message != known.message for known in by_item[item_id]):
                    by_item[item_id].append(conflict)
        return by_item

    def _residencies(
        self,
        session: Session,
        first: date,
        last: date,
        partners: dict[int, tuple[str, str]],
        language: str | None = None,
    ) -> list[CalendarEntry]:
        longest = self._longest_span(session, "residency", Residency.start_date, Residency.end_date)
        rows = session.exec(
            select(Residency, Person, Venue)
            .join(Person, col(Residency.artist_id) == col(Person.id), isouter=True)
            .join(Venue, col(Residency.studio_id) == col(Venue.id), isouter=True)
            .where(
                col(Residency.start_date) >= first - longest,
                col(Residency.start_date) <= last,
                col(Residency.end_date) >= first,
            )
        ).all()
        bookings: list[StudioBooking] = []
        studio_names: dict[Hashable, str] = {}
        for residency, _artist, studio in rows:
            if residency.status == ResidencyStatus.CANCELLED:
                continue
            if studio is not None:
                key: Hashable = ("studio", studio.id)
                studio_names[key] = studio.name
            elif residency.host_institution:
                key = ("host", residency.host_institution.casefold())
                studio_names[key] = residency.host_institution
            else:
                continue
            bookings.append(
                StudioBooking(
                    residency.id,
                    key,
                    residency.title or f"Residency #{residency.id}",
                    residency.start_date,
                    residency.end_date,
                )
            )
        studio_conflicts: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in find_studio_conflicts(bookings, studio_names=studio_names):
            for residency_id in conflict.residency_ids:
                studio_conflicts[residency_id].append(conflict)
        entries = []
        for residency, artist, studio in rows:
            city, partner_zone = partners.get(residency.partnership_id, ("", ""))
            artist_name = full_name(artist) if artist is not None else "artist not yet named"
            own_title = _in(residency, "title", language)
            studio_name = _in(studio, "name", language) if studio is not None else ""
            title = own_title or f"Residency: {artist_name}"
            lines = [
                title,
                f"{residency.start_date:%d.%m.%Y} – {residency.end_date:%d.%m.%Y}",
                f"Artist: {artist_name}",
                f"{_label(residency.direction)} · {city}" if city else _label(residency.direction),
                f"Studio: {studio_name}" if studio is not None else "",
                f"Host: {residency.host_institution}" if residency.host_institution else "",
                f"Status: {_label(residency.status)}",
            ]
            found = studio_conflicts.get(residency.id, [])
            lines += [f"⚠ {conflict.message}" for conflict in found]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.RESIDENCY,
                    id=residency.id,
                    title=title,
                    start=residency.start_date,
                    end=residency.end_date,
                    zone=studio.timezone if studio is not None else (partner_zone or "UTC"),
                    partnership_id=residency.partnership_id,
                    colour_key="cancelled"
                    if residency.status == ResidencyStatus.CANCELLED
                    else EntryKind.RESIDENCY.value,
                    tooltip="\n".join(line for line in lines if line),
                    conflicts=tuple(conflict.message for conflict in found),
                    detail=artist_name,
                    search_text=f"{city} {residency.host_institution} "
                    f"{residency.home_institution} {studio_name}",
                    facts=EntryFacts(
                        own_title=own_title,
                        direction=residency.direction,
                        residency_status=residency.status,
                        city=city,
                        artist=full_name(artist) if artist is not None else "",
                        place=studio_name,
                        host=residency.host_institution,
                        conflicts=tuple(found),
                    ),
                )
            )
        return entries

    def _exhibitions(
        self,
        session: Session,
        first: date,
        last: date,
        partners: dict[int, tuple[str, str]],
        language: str | None = None,
    ) -> list[CalendarEntry]:
        longest = self._longest_span(
            session, "exhibition", Exhibition.start_date, Exhibition.end_date
        )
        rows = session.exec(
            select(Exhibition, Venue)
            .join(Venue, col(Exhibition.venue_id) == col(Venue.id), isouter=True)
            .where(
                col(Exhibition.start_date) >= first - longest,
                col(Exhibition.start_date) <= last,
                col(Exhibition.end_date) >= first,
            )
        ).all()
        entries = []
        for exhibition, venue in rows:
            city, partner_zone = partners.get(exhibition.partnership_id or -1, ("", ""))
            title = _in(exhibition, "title", language)
            venue_name = _in(venue, "name", language) if venue is not None else ""
            lines = [
                title,
                f"{exhibition.start_date:%d.%m.%Y} – {exhibition.end_date:%d.%m.%Y}",
                f"Venue: {venue_name}" if venue is not None else "",
                f"Partnership: {city}" if city else "",
            ]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.EXHIBITION,
                    id=exhibition.id,
                    title=title,
                    start=exhibition.start_date,
                    end=exhibition.end_date,
                    zone=venue.timezone if venue is not None else (partner_zone or "UTC"),
                    partnership_id=exhibition.partnership_id,
                    colour_key=EntryKind.EXHIBITION.value,
                    tooltip="\n".join(line for line in lines if line),
                    detail=venue_name,
                    search_text=f"{city} {exhibition.description}",
                    facts=EntryFacts(
                        own_title=title,
                        city=city,
                        place=venue_name,
                    ),
                )
            )
        return entries

    def _deadlines(
        self,
        session: Session,
        first: date,
        last: date,
        today: date,
        partners: dict[int, tuple[str, str]],
        language: str | None = None,
    ) -> list[CalendarEntry]:
        rows = session.exec(
            select(ChecklistItem, Residency)
            .join(Residency, col(ChecklistItem.residency_id) == col(Residency.id))
            .where(
                col(ChecklistItem.due_date) >= first,
                col(ChecklistItem.due_date) <= last,
                col(ChecklistItem.done_on).is_(None),
            )
        ).all()
        entries = []
        for item, residency in rows:
            if residency.status == ResidencyStatus.CANCELLED:
                continue
            city, partner_zone = partners.get(residency.partnership_id, ("", ""))
            label = CHECKLIST_LABELS.get(item.kind, _label(item.kind))
            residency_title = _in(residency, "title", language) or f"Residency #{residency.id}"
            overdue = item.due_date < today
            lines = [
                f"Due: {label}",
                f"{item.due_date:%d.%m.%Y}" + (" — overdue" if overdue else ""),
                f"Residency: {residency_title}",
            ]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.DEADLINE,
                    id=item.id,
                    title=f"{label} due",
                    start=item.due_date,
                    end=item.due_date,
                    zone=partner_zone or "UTC",
                    partnership_id=residency.partnership_id,
                    colour_key="overdue" if overdue else EntryKind.DEADLINE.value,
                    tooltip="\n".join(lines),
                    parent_id=residency.id,
                    detail=residency_title,
                    overdue=overdue,
                    search_text=city,
                    facts=EntryFacts(
                        residency_status=residency.status,
                        city=city,
                        parent_title=_in(residency, "title", language),
                        checklist=item.kind,
                    ),
                )
            )
        return entries

    # --- single records (ICS export) -------------------------------------------------------
    def visit_program(self, visit_id: int) -> tuple[read.Visit, list[tuple[read.ProgramItem, str]]]:
        """A visit and its program items with venue names, in time order."""
        from exchange_planner.domain.errors import NotFoundError

        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(f"There is no visit #{visit_id}.")
            rows = session.exec(
                select(ProgramItem, Venue)
                .join(Venue, col(ProgramItem.venue_id) == col(Venue.id), isouter=True)
                .where(ProgramItem.visit_id == visit_id)
                .order_by(ProgramItem.starts_at, ProgramItem.id)
            ).all()
            return read.Visit.of(visit), [
                (read.ProgramItem.of(item), _venue_text(venue) if venue is not None else "")
                for item, venue in rows
            ]


def _in(record: Any, field: str, language: str | None) -> str:
    """The record's text in ``language`` (its original where it has none; as written when
    no language is asked for)."""
    if language is None:
        return str(getattr(record, field) or "")
    return text_in(record, field, language).text


def _venue_text(venue: Venue) -> str:
    parts = [venue.name, venue.room, venue.address]
    return ", ".join(part for part in parts if part)


def _touches(entry: CalendarEntry, first: date, last: date, zone: str) -> bool:
    a, b = entry_days(entry, zone)
    return a <= last and first <= b


def filter_entries(
    entries: Iterable[CalendarEntry],
    *,
    kinds: set[EntryKind] | None = None,
    partnership_ids: set[int | None] | None = None,
) -> list[CalendarEntry]:
    """Keep the chosen kinds and partnerships (None = all)."""
    return [
        entry
        for entry in entries
        if (kinds is None or entry.kind in kinds)
        and (partnership_ids is None or entry.partnership_id in partnership_ids)
    ]
