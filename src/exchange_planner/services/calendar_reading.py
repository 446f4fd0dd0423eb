"""What the calendar shows for a range of days, read with plain SQL.

Written once, as SQL text with ``:name`` parameters run through an
:class:`~exchange_planner.storage.sql_read.Execute`: ``CalendarService`` runs it in a session
(SQLite or PostgreSQL); the window's first screen runs it on a current SQLite file through the
standard library's sqlite3 (``storage.sql_read.sqlite_file_reader``), before SQLAlchemy, the
table classes and the services are loaded. Both give the same entries.

Cost follows the range, not the database: every table is read through a range condition on
an indexed start column (``start >= range_start - longest_span AND start < range_end``) and
the end is checked on the rows found. ``longest_span`` (the longest record in a table) is
cached by :class:`CalendarReading`; call ``invalidate()`` after writes so a newly added long
record is not missed. Conflicts are computed only among the records overlapping the range.

Each entry carries English texts (for the ICS export and search) and the plain values behind
them in ``facts`` (enum members, names), from which the calendar views word their own texts.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

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
    VisitDays,
    find_attendance_outside_stay,
    find_booking_conflicts,
    find_items_outside_visit,
    find_studio_conflicts,
    merge_person_conflicts,
)
from exchange_planner.domain.enums import ChecklistKind, Direction, ResidencyStatus, VisitStatus
from exchange_planner.domain.names import full_name
from exchange_planner.domain.texts import text_in
from exchange_planner.domain.timeutil import to_local
from exchange_planner.services.conflict_reading import (
    ItemRow,
    PersonRow,
    bookings_of,
    interpreters_among,
    member_stays,
    person_names,
    sorted_conflicts,
    stays_of,
    venue_names,
)
from exchange_planner.services.setting_defaults import DEFAULTS
from exchange_planner.storage.sql_read import (
    Execute,
    NotQuicklyReadable,
    Row,
    calendar_day,
    sql_instant,
    sqlite_file_reader,
    utc_instant,
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

#: The home city and zone of a database that stores none.
HOME_DEFAULTS: dict[str, str] = {key: DEFAULTS[key] for key in ("home_city", "home_timezone")}


@dataclass(frozen=True)
class PartnershipChoice:
    id: int
    label: str
    timezone: str


# --- the statements ------------------------------------------------------------------------
SETTING = "SELECT value FROM setting WHERE key = :key"
PARTNERSHIP_CHOICES = (
    "SELECT id, partner_city, city_native, timezone FROM partnership ORDER BY partner_city"
)
PARTNER_NAMES = (
    "SELECT id, partner_city, timezone, original_language, translations FROM partnership"
)
#: Whether there is anything to plan with (else the window shows its welcome page).
HAS_PLANS = "SELECT EXISTS (SELECT 1 FROM partnership) OR EXISTS (SELECT 1 FROM person)"
#: The longest record of a table, per dialect; ``{start}``/``{end}`` are its columns.
LONGEST = {
    "sqlite": "SELECT max(julianday({end}) - julianday({start})) FROM {table}",
    "postgresql": "SELECT max({end} - {start}) FROM {table}",
}
_VENUE = "v.id, v.name, v.timezone, v.original_language, v.translations"
VISITS = (
    "SELECT t.id, t.partnership_id, t.title, t.direction, t.start_date, t.end_date, t.status, "
    f"t.notes, t.original_language, t.translations, {_VENUE} "
    "FROM visit t LEFT OUTER JOIN venue v ON t.hotel_id = v.id "
    "WHERE t.start_date >= :earliest AND t.start_date <= :last AND t.end_date >= :first"
)
PROGRAM_ITEMS = (
    "SELECT program_item.id, program_item.visit_id, program_item.title, program_item.kind, "
    "program_item.starts_at, program_item.ends_at, program_item.timezone, "
    "program_item.venue_id, program_item.host_id, program_item.all_members, "
    "program_item.dress_code, program_item.notes, program_item.original_language, "
    "program_item.translations, "
    "t.id, t.partnership_id, t.title, t.status, t.start_date, t.end_date, "
    f"t.original_language, t.translations, {_VENUE} "
    "FROM program_item JOIN visit t ON program_item.visit_id = t.id "
    "LEFT OUTER JOIN venue v ON program_item.venue_id = v.id "
    "WHERE program_item.starts_at >= :earliest AND program_item.starts_at < :last "
    "AND program_item.ends_at >= :first"
)
RESIDENCIES = (
    "SELECT r.id, r.partnership_id, r.title, r.direction, r.status, r.start_date, r.end_date, "
    "r.host_institution, r.home_institution, r.original_language, r.translations, "
    "a.id, a.family_name, a.given_name, a.native_name, a.name_order, a.country, "
    f"{_VENUE} "
    "FROM residency r LEFT OUTER JOIN person a ON r.artist_id = a.id "
    "LEFT OUTER JOIN venue v ON r.studio_id = v.id "
    "WHERE r.start_date >= :earliest AND r.start_date <= :last AND r.end_date >= :first"
)
EXHIBITIONS = (
    "SELECT e.id, e.partnership_id, e.title, e.start_date, e.end_date, e.description, "
    f"e.original_language, e.translations, {_VENUE} "
    "FROM exhibition e LEFT OUTER JOIN venue v ON e.venue_id = v.id "
    "WHERE e.start_date >= :earliest AND e.start_date <= :last AND e.end_date >= :first"
)
DEADLINES = (
    "SELECT c.id, c.kind, c.due_date, r.id, r.partnership_id, r.title, r.status, "
    "r.original_language, r.translations "
    "FROM checklist_item c JOIN residency r ON c.residency_id = r.id "
    "WHERE c.due_date >= :first AND c.due_date <= :last AND c.done_on IS NULL"
)
VISITS_AROUND = (
    "SELECT id, title, start_date, end_date FROM visit "
    "WHERE start_date >= :earliest AND start_date <= :last AND end_date >= :first"
)


# --- plain records -------------------------------------------------------------------------
class Texts:
    """A translatable record's texts as ``domain.texts.text_in`` reads them: attributes,
    ``original_language`` and ``translations``."""

    def __init__(self, original_language: Any, translations: Any, **fields: Any) -> None:
        self.original_language = original_language or ""
        if isinstance(translations, str):  # SQLite's TEXT; PostgreSQL hands out the JSON
            translations = json.loads(translations or "{}")
        self.translations = translations or {}
        self.__dict__.update(fields)


def _venue(row: Row, at: int) -> Texts | None:
    """The venue columns ``_VENUE`` starting at ``at`` (None for an outer join's miss)."""
    if row[at] is None:
        return None
    return Texts(row[at + 3], row[at + 4], id=row[at], name=row[at + 1] or "", timezone=row[at + 2])


def _in(record: Any, field: str, language: str | None) -> str:
    """The record's text in ``language`` (its original where it has none; as written when
    no language is asked for)."""
    if language is None:
        return str(getattr(record, field) or "")
    return text_in(record, field, language).text


def _label(text: str) -> str:
    return text.replace("_", " ").capitalize()


def _day(value: Any) -> date:
    day = calendar_day(value)
    assert day is not None  # NOT NULL columns
    return day


def _instant(value: Any) -> datetime:
    instant = utc_instant(value)
    assert instant is not None  # NOT NULL columns
    return instant


def _before(day: date, span: timedelta) -> str:
    try:
        return (day - span).isoformat()
    except OverflowError:  # a record of thousands of years: every earlier start counts
        return date.min.isoformat()


# --- settings and choices ------------------------------------------------------------------
def setting(execute: Execute, key: str) -> str:
    """A stored setting, else its default (as ``SettingsService.get``)."""
    rows = execute(SETTING, {"key": key})
    return str(rows[0][0]) if rows else HOME_DEFAULTS.get(key, "")


def home_zone(execute: Execute) -> str:
    return setting(execute, "home_timezone") or HOME_DEFAULTS["home_timezone"]


def home_city(execute: Execute) -> str:
    return setting(execute, "home_city") or HOME_DEFAULTS["home_city"]


def has_plans(execute: Execute) -> bool:
    """Any partnership or person (an empty database shows the welcome page)."""
    return bool(execute(HAS_PLANS)[0][0])


def partnerships(execute: Execute) -> list[PartnershipChoice]:
    return [
        PartnershipChoice(row_id, f"{city} ({native})" if native else city, zone)
        for row_id, city, native, zone in execute(PARTNERSHIP_CHOICES)
        if row_id is not None
    ]


def partner_names(execute: Execute, language: str | None = None) -> dict[int, tuple[str, str]]:
    """Partnership id → (partner city in ``language``, its zone)."""
    return {
        row[0]: (_in(Texts(row[3], row[4], partner_city=row[1]), "partner_city", language), row[2])
        for row in execute(PARTNER_NAMES)
    }


# --- the entries ---------------------------------------------------------------------------
class CalendarReading:
    """The calendar's range queries on one dialect ("sqlite", "postgresql"), with the
    longest record of each table cached until :meth:`invalidate`."""

    def __init__(self, dialect: str = "sqlite") -> None:
        self.dialect = dialect
        self._longest: dict[str, timedelta] = {}

    def invalidate(self) -> None:
        """Forget cached record lengths (call after records were created or changed)."""
        self._longest.clear()

    def longest_span(self, execute: Execute, table: str, start: str, end: str) -> timedelta:
        """The longest ``end - start`` in a table; one aggregate, cached until ``invalidate``."""
        if table in self._longest:
            return self._longest[table]
        template = LONGEST.get(self.dialect, LONGEST["postgresql"])
        (value,) = execute(template.format(table=table, start=start, end=end))[0]
        if value is None:
            span = timedelta(0)
        elif isinstance(value, timedelta):
            span = value
        else:  # julianday differences, or PostgreSQL's date - date: a number of days
            span = timedelta(days=float(value))
        # A little slack so rounding in the aggregate never drops a record.
        span += timedelta(days=1)
        self._longest[table] = span
        return span

    def _window(self, execute: Execute, table: str, first: date, last: date) -> dict[str, str]:
        longest = self.longest_span(execute, table, "start_date", "end_date")
        return {
            "earliest": _before(first, longest),
            "last": last.isoformat(),
            "first": first.isoformat(),
        }

    def entries(
        self,
        execute: Execute,
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
        partners = partner_names(execute, language)
        result: list[CalendarEntry] = []
        result += self._visits(execute, first, last, partners, language)
        result += self._program_items(execute, lo, hi, partners, language)
        result += self._residencies(execute, first, last, partners, language)
        result += self._exhibitions(execute, first, last, partners, language)
        result += self._deadlines(execute, first, last, today, partners, language)
        return [entry for entry in result if _touches(entry, first, last, zone)]

    def visits_around(
        self, execute: Execute, day: date, *, days: int = 60
    ) -> list[tuple[int, str, date, date]]:
        """Visits near ``day`` (for the "new program item" dialog), nearest first."""
        first, last = day - timedelta(days=days), day + timedelta(days=days)
        found = [
            (row[0], row[1], _day(row[2]), _day(row[3]))
            for row in execute(VISITS_AROUND, self._window(execute, "visit", first, last))
        ]

        def distance(item: tuple[int, str, date, date]) -> int:
            if item[2] <= day <= item[3]:
                return 0
            return min(abs((item[2] - day).days), abs((item[3] - day).days))

        return sorted(found, key=lambda item: (distance(item), item[2]))

    def _visits(
        self,
        execute: Execute,
        first: date,
        last: date,
        partners: dict[int, tuple[str, str]],
        language: str | None,
    ) -> list[CalendarEntry]:
        entries = []
        for row in execute(VISITS, self._window(execute, "visit", first, last)):
            visit = Texts(row[8], row[9], title=row[2], notes=row[7] or "")
            visit_id, partnership_id = row[0], row[1]
            direction, status = Direction(row[3]), VisitStatus(row[6])
            start, end = _day(row[4]), _day(row[5])
            hotel_venue = _venue(row, 10)
            hotel = _in(hotel_venue, "name", language) if hotel_venue is not None else None
            title = _in(visit, "title", language)
            city, partner_zone = partners.get(partnership_id, ("", ""))
            towards = "from" if direction == "incoming" else "to"
            lines = [
                title,
                f"{start:%d.%m.%Y} – {end:%d.%m.%Y}",
                f"Delegation {towards} {city}" if city else "",
                f"Status: {_label(status)}",
                f"Hotel: {hotel}" if hotel else "",
            ]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.VISIT,
                    id=visit_id,
                    title=title,
                    start=start,
                    end=end,
                    zone=partner_zone or "UTC",
                    partnership_id=partnership_id,
                    colour_key="cancelled"
                    if status == VisitStatus.CANCELLED
                    else EntryKind.VISIT.value,
                    tooltip="\n".join(line for line in lines if line),
                    detail=f"{_label(direction)} · {city}",
                    search_text=f"{city} {visit.notes}",
                    facts=EntryFacts(
                        own_title=title,
                        direction=direction,
                        visit_status=status,
                        city=city,
                        place=hotel or "",
                    ),
                )
            )
        return entries

    def _program_items(
        self,
        execute: Execute,
        lo: datetime,
        hi: datetime,
        partners: dict[int, tuple[str, str]],
        language: str | None,
    ) -> list[CalendarEntry]:
        longest = self.longest_span(execute, "program_item", "starts_at", "ends_at")
        try:
            earliest = lo - longest
        except OverflowError:
            earliest = datetime.min.replace(tzinfo=lo.tzinfo)
        rows = execute(
            PROGRAM_ITEMS,
            {"earliest": sql_instant(earliest), "last": sql_instant(hi), "first": sql_instant(lo)},
        )
        found: list[tuple[ItemRow, Row]] = []
        for row in rows:
            starts_at, ends_at = _instant(row[4]), _instant(row[5])
            if ends_at > lo or ends_at == starts_at == lo:
                item = ItemRow(
                    row[0],
                    row[1],
                    row[2],
                    starts_at,
                    ends_at,
                    row[6],
                    row[7],
                    row[8],
                    bool(row[9]),
                    row[3],
                )
                found.append((item, row))
        conflicts = self._booking_conflicts(execute, found)
        entries = []
        for item, row in found:
            own = Texts(
                row[12], row[13], title=row[2], dress_code=row[10] or "", notes=row[11] or ""
            )
            visit = Texts(row[20], row[21], title=row[16])
            visit_id, partnership_id, status = row[14], row[15], VisitStatus(row[17])
            venue_row = _venue(row, 22)
            venue = _in(venue_row, "name", language) if venue_row is not None else None
            title, visit_title = _in(own, "title", language), _in(visit, "title", language)
            dress_code, notes = _in(own, "dress_code", language), _in(own, "notes", language)
            local_start = to_local(item.starts_at, item.timezone)
            local_end = to_local(item.ends_at, item.timezone)
            city, _zone = partners.get(partnership_id, ("", ""))
            lines = [
                title,
                f"{local_start:%a %d.%m.%Y %H:%M} – {local_end:%H:%M} ({item.timezone})",
                f"Venue: {venue}" if venue else "",
                f"Visit: {visit_title}",
                f"Dress code: {dress_code}" if dress_code else "",
                notes,
            ]
            marks = conflicts.get(item.id, [])
            lines += [f"⚠ {conflict.message}" for conflict in marks]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.PROGRAM_ITEM,
                    id=item.id,
                    title=title,
                    start=item.starts_at,
                    end=item.ends_at,
                    zone=item.timezone,
                    partnership_id=partnership_id,
                    colour_key="cancelled"
                    if status == VisitStatus.CANCELLED
                    else EntryKind.PROGRAM_ITEM.value,
                    tooltip="\n".join(line for line in lines if line),
                    conflicts=tuple(conflict.message for conflict in marks),
                    parent_id=visit_id,
                    detail=venue or "",
                    search_text=f"{visit_title} {city} {row[3]}",
                    facts=EntryFacts(
                        own_title=title,
                        visit_status=status,
                        city=city,
                        place=venue or "",
                        parent_title=visit_title,
                        dress_code=dress_code,
                        notes=notes,
                        conflicts=tuple(marks),
                    ),
                )
            )
        return entries

    def _booking_conflicts(
        self, execute: Execute, found: Sequence[tuple[ItemRow, Row]]
    ) -> dict[int, list[Conflict]]:
        """Venue/person double bookings and items outside their visit, among ``found`` only."""
        live = [(item, row) for item, row in found if row[17] != VisitStatus.CANCELLED]
        if not live:
            return {}
        days = {
            row[14]: VisitDays(row[14], row[16], _day(row[18]), _day(row[19]))
            for _item, row in live
        }
        by_item: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in conflicts_among(execute, [item for item, _row in live], days):
            for item_id in conflict.item_ids:
                if all(conflict.message != known.message for known in by_item[item_id]):
                    by_item[item_id].append(conflict)
        return by_item

    def _residencies(
        self,
        execute: Execute,
        first: date,
        last: date,
        partners: dict[int, tuple[str, str]],
        language: str | None,
    ) -> list[CalendarEntry]:
        rows = []
        for row in execute(RESIDENCIES, self._window(execute, "residency", first, last)):
            residency = Texts(
                row[9],
                row[10],
                id=row[0],
                partnership_id=row[1],
                title=row[2] or "",
                direction=Direction(row[3]),
                status=ResidencyStatus(row[4]),
                start_date=_day(row[5]),
                end_date=_day(row[6]),
                host_institution=row[7] or "",
                home_institution=row[8] or "",
            )
            artist = PersonRow(*row[11:17]) if row[11] is not None else None
            rows.append((residency, artist, _venue(row, 17)))
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
        execute: Execute,
        first: date,
        last: date,
        partners: dict[int, tuple[str, str]],
        language: str | None,
    ) -> list[CalendarEntry]:
        entries = []
        for row in execute(EXHIBITIONS, self._window(execute, "exhibition", first, last)):
            exhibition = Texts(row[6], row[7], title=row[2])
            exhibition_id, partnership_id = row[0], row[1]
            start, end, description = _day(row[3]), _day(row[4]), row[5] or ""
            venue = _venue(row, 8)
            city, partner_zone = partners.get(partnership_id or -1, ("", ""))
            title = _in(exhibition, "title", language)
            venue_name = _in(venue, "name", language) if venue is not None else ""
            lines = [
                title,
                f"{start:%d.%m.%Y} – {end:%d.%m.%Y}",
                f"Venue: {venue_name}" if venue is not None else "",
                f"Partnership: {city}" if city else "",
            ]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.EXHIBITION,
                    id=exhibition_id,
                    title=title,
                    start=start,
                    end=end,
                    zone=venue.timezone if venue is not None else (partner_zone or "UTC"),
                    partnership_id=partnership_id,
                    colour_key=EntryKind.EXHIBITION.value,
                    tooltip="\n".join(line for line in lines if line),
                    detail=venue_name,
                    search_text=f"{city} {description}",
                    facts=EntryFacts(own_title=title, city=city, place=venue_name),
                )
            )
        return entries

    def _deadlines(
        self,
        execute: Execute,
        first: date,
        last: date,
        today: date,
        partners: dict[int, tuple[str, str]],
        language: str | None,
    ) -> list[CalendarEntry]:
        rows = execute(DEADLINES, {"first": first.isoformat(), "last": last.isoformat()})
        entries = []
        for row in rows:
            item_id, kind, due = row[0], ChecklistKind(row[1]), _day(row[2])
            residency_id, partnership_id, status = row[3], row[4], ResidencyStatus(row[6])
            residency = Texts(row[7], row[8], title=row[5] or "")
            if status == ResidencyStatus.CANCELLED:
                continue
            city, partner_zone = partners.get(partnership_id, ("", ""))
            label = CHECKLIST_LABELS.get(kind, _label(kind))
            residency_title = _in(residency, "title", language) or f"Residency #{residency_id}"
            overdue = due < today
            lines = [
                f"Due: {label}",
                f"{due:%d.%m.%Y}" + (" — overdue" if overdue else ""),
                f"Residency: {residency_title}",
            ]
            entries.append(
                CalendarEntry(
                    kind=EntryKind.DEADLINE,
                    id=item_id,
                    title=f"{label} due",
                    start=due,
                    end=due,
                    zone=partner_zone or "UTC",
                    partnership_id=partnership_id,
                    colour_key="overdue" if overdue else EntryKind.DEADLINE.value,
                    tooltip="\n".join(lines),
                    parent_id=residency_id,
                    detail=residency_title,
                    overdue=overdue,
                    search_text=city,
                    facts=EntryFacts(
                        residency_status=status,
                        city=city,
                        parent_title=_in(residency, "title", language),
                        checklist=kind,
                    ),
                )
            )
        return entries


class FileCalendar:
    """What the calendar tab asks of ``CalendarService``, read through ``execute`` (the
    window's first screen reads a current SQLite file this way until the full open)."""

    def __init__(self, execute: Execute) -> None:
        self.execute = execute
        self._reading = CalendarReading("sqlite")

    def invalidate(self) -> None:
        self._reading.invalidate()

    def home_zone(self) -> str:
        return home_zone(self.execute)

    def home_city(self) -> str:
        return home_city(self.execute)

    def partnerships(self) -> list[PartnershipChoice]:
        return partnerships(self.execute)

    def visits_around(self, day: date, *, days: int = 60) -> list[tuple[int, str, date, date]]:
        return self._reading.visits_around(self.execute, day, days=days)

    def entries(
        self,
        first: date,
        last: date,
        zone: str,
        *,
        today: date | None = None,
        language: str | None = None,
    ) -> list[CalendarEntry]:
        return self._reading.entries(
            self.execute, first, last, zone, today=today, language=language
        )


def open_file_calendar(path: Path) -> tuple[FileCalendar, Callable[[], None]] | None:
    """A :class:`FileCalendar` on the SQLite file ``path`` and the function that closes it,
    when the file can be read without opening it (``storage.sql_read.sqlite_file_reader``)
    and holds plans; None when it takes the usual open (a file not at the current schema,
    read-only, damaged, empty...)."""
    stack = ExitStack()
    try:
        execute = stack.enter_context(sqlite_file_reader(path))
        if not has_plans(execute):
            raise NotQuicklyReadable("no plans: the usual open shows the welcome page")
    except (NotQuicklyReadable, OSError, sqlite3.Error):
        stack.close()
        return None
    return FileCalendar(execute), stack.close


def conflicts_among(
    execute: Execute, items: list[ItemRow], days: dict[int, VisitDays] | None = None
) -> list[Conflict]:
    """Double bookings among ``items`` (an interpreter's named as such), given their visits'
    days items outside the visit, and items a member attends before arriving or after
    departing; names are looked up only for the people concerned. (The planning warnings,
    items without a venue or host, are the visit editor's, not the calendar's marks.)"""
    bookings = bookings_of(execute, items)
    stays = stays_of(execute, {item.visit_id for item in items})
    interpreters = interpreters_among(stays)
    venues = venue_names(execute, {b.venue_id for b in bookings if b.venue_id is not None})
    found = find_booking_conflicts(bookings, venue_names=venues, interpreters=interpreters)
    # An item outside its visit's days is marked as such, not for each member not there yet.
    outside = {c.item_ids[0] for c in find_items_outside_visit(bookings, days or {})}
    present = [b for b in bookings if b.item_id not in outside]
    early_or_late = find_attendance_outside_stay(present, member_stays(stays, {}, {}))
    concerned = {pid for conflict in found + early_or_late for pid in conflict.person_ids}
    if concerned:
        names = person_names(execute, concerned)
        found = merge_person_conflicts(
            find_booking_conflicts(
                bookings, venue_names=venues, person_names=names, interpreters=interpreters
            ),
            names,
        )
        if early_or_late:
            found += find_attendance_outside_stay(present, member_stays(stays, names, {}))
    if days:
        found += find_items_outside_visit(bookings, days)
    return sorted_conflicts(found)


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
