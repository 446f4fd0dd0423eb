"""iCalendar (.ics) export: a visit's program (or one member's part of it), a residency, or
everything in a date range.

What every export carries, so that Outlook, Thunderbird, Apple Calendar, Google Calendar and
the strict libical validator accept it and a re-export updates events instead of doubling them:

- ``UID``: stable, derived from the record (its kind and id) and a token stored once with the
  data (two databases never share UIDs); the same record has the same UID in every export.
- ``SEQUENCE``: the record's row version less one (0 for a record never edited; it rises with
  every edit), ``LAST-MODIFIED``: the time of the record's last change in the change log.
- ``METHOD:PUBLISH`` with an ``ORGANIZER`` (the office's e-mail, Settings > Letterhead) on
  every event, as RFC 5546 wants for a published calendar; without an office e-mail, or
  without events (PUBLISH needs at least one), no ``METHOD`` and no ``ORGANIZER``: a plain
  RFC 5545 calendar. ``DTSTAMP`` is the moment of the export where a METHOD is given and the
  record's last change where none is (RFC 5545 §3.8.7.2).
- One ``VTIMEZONE`` per zone used, built from the system's zone data, whose transitions run
  from the year before the first exported day to two years after the last one.
- Titles, places and descriptions in the chosen document language (``de``, ``en``, ``ko``,
  ``de+ko``, ``de+en``: the records' texts in that language, their original where a
  translation is missing; bilingual titles as "Empfang / 환영").
- Optionally a reminder (``VALARM``, a display alarm) a number of minutes before each
  program item.

An export without events (an empty range, a member who attends nothing) is still a valid
calendar: it holds the zone's definition and nothing else; the callers say so.

Timed events carry ``TZID`` of the place; all-day events use ``VALUE=DATE`` with an
exclusive end. User text (titles, notes, venues, addresses, the calendar name) passes
through :func:`ics_text` before it reaches a property, so no text can end a line, start a
property or add a component; see docs/calendar.md.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress
from sqlmodel import col, select

from exchange_planner import __version__
from exchange_planner.domain.calendar import CalendarEntry, EntryKind
from exchange_planner.domain.enums import Direction
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.names import display_name
from exchange_planner.domain.residency import CHECKLIST_NAMES
from exchange_planner.domain.texts import text_in
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports.i18n import Language
from exchange_planner.services.calendar import CalendarService
from exchange_planner.services.settings import SettingsService, office_name
from exchange_planner.storage.database import Database
from exchange_planner.storage.files import atomic_write_bytes
from exchange_planner.storage.tables import (
    ChangeLog,
    ChecklistItem,
    Exhibition,
    Person,
    ProgramAttendee,
    ProgramItem,
    Residency,
    Venue,
    Visit,
    VisitMember,
)

#: Setting holding the database's UID namespace (created on the first export).
UID_SETTING = "ics_uid_namespace"
PRODID = f"-//Exchange Planner//Exchange Planner {__version__}//EN"
#: Longest range exported at once; keeps an accidental "1900-2200" from freezing the program.
MAX_RANGE_DAYS = 3 * 366
#: The longest reminder: a week before.
MAX_ALARM_MINUTES = 7 * 24 * 60
#: The document language of an export unless another is chosen (the office's own).
DEFAULT_LANGUAGE = "de"

#: What some reader takes for the end of a line: CRLF, CR, LF, VT, FF, the file/group/record
#: separators, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (the set of ``str.splitlines``).
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: Other control characters (C0 but TAB, DEL, C1): RFC 5545 allows none of them in TEXT.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

_UID_PREFIX = {
    EntryKind.PROGRAM_ITEM: "program-item",
    EntryKind.VISIT: "visit",
    EntryKind.RESIDENCY: "residency",
    EntryKind.EXHIBITION: "exhibition",
    EntryKind.DEADLINE: "checklist-item",
}
#: The table behind each kind of entry (row versions, change log).
_TABLES: dict[EntryKind, Any] = {
    EntryKind.PROGRAM_ITEM: ProgramItem,
    EntryKind.VISIT: Visit,
    EntryKind.RESIDENCY: Residency,
    EntryKind.EXHIBITION: Exhibition,
    EntryKind.DEADLINE: ChecklistItem,
}

_PARTS = ("de", "en", "ko")
#: key -> (German, English, Korean): the words an export adds to the records' own texts.
ICS_LABELS: dict[str, tuple[str, str, str]] = {
    "visit": ("Besuch: {title}", "Visit: {title}", "방문: {title}"),
    "dress_code": ("Kleiderordnung: {text}", "Dress code: {text}", "복장: {text}"),
    "incoming": ("Besuch aus {city}", "Visit from {city}", "{city} 대표단 방문"),
    "outgoing": ("Reise nach {city}", "Trip to {city}", "{city} 방문"),
    "hotel": ("Hotel: {name}", "Hotel: {name}", "숙소: {name}"),
    "artist": ("Künstler/in: {name}", "Artist: {name}", "작가: {name}"),
    "studio": ("Atelier: {name}", "Studio: {name}", "스튜디오: {name}"),
    "host": ("Gastinstitution: {name}", "Host: {name}", "초청 기관: {name}"),
    "residency": ("Residenz: {title}", "Residency: {title}", "레지던시: {title}"),
    "residency_of": ("Residenz: {artist}", "Residency: {artist}", "레지던시: {artist}"),
    "to_be_named": ("noch nicht benannt", "to be named", "미정"),
    "partnership": ("Partnerschaft: {city}", "Partnership: {city}", "자매도시: {city}"),
    "due": ("{what} fällig", "{what} due", "{what} 기한"),
    "for_person": ("{title} – {name}", "{title} – {name}", "{title} – {name} 님"),
    "range": (
        "Exchange Planner {first}–{last}",
        "Exchange Planner {first}–{last}",
        "Exchange Planner {first}–{last}",
    ),
    **CHECKLIST_NAMES,
}


def ics_label(key: str, part: str, **values: object) -> str:
    """A label of :data:`ICS_LABELS` in one language ("de", "en" or "ko")."""
    text = ICS_LABELS[key][_PARTS.index(part)]
    return text.format(**values) if values else text


def ics_text(value: str, *, single_line: bool = False) -> str:
    """User text made safe for an iCalendar property value.

    - Every line break a reader might honour (CRLF, CR, LF, VT, FF, NEL, U+2028, U+2029 and
      the separators U+001C..U+001E) becomes ``"\\n"``, which icalendar writes as the TEXT
      escape ``\\n`` (a new line inside the value, never a new content line); with
      ``single_line`` (the calendar name) it becomes a space instead.
    - Other control characters (NUL, ESC, DEL, the C1 range ...) are dropped; TAB stays.
    - A lone surrogate (which UTF-8 cannot encode) becomes U+FFFD.
    """
    text = _LINE_BREAK.sub(" " if single_line else "\n", value)
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def count_events(data: bytes) -> int:
    """The number of VEVENT components in an export (parsed, not searched as text)."""
    return len(Calendar.from_ical(data).walk("VEVENT"))


def ics_time(instant: datetime, zone: str) -> datetime:
    """The value to write for an instant: local time with TZID, or UTC if that is ambiguous.

    RFC 5545 reads a wall-clock time of the repeated autumn hour as its first occurrence; an
    item in the second occurrence (after the clocks went back) is written in UTC instead so
    every reader gets the stored instant.
    """
    local = to_local(instant, zone)
    if local.replace(fold=0).astimezone(UTC) != instant.astimezone(UTC):
        return instant.astimezone(UTC)
    return local.replace(fold=0)


def check_alarm_minutes(minutes: int | None, field_name: str = "alarm_minutes") -> int | None:
    """The reminder's minutes before an item (None: no reminder), or ValidationError."""
    if minutes is None:
        return None
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError(field_name, "give the reminder in whole minutes")
    if not 0 <= minutes <= MAX_ALARM_MINUTES:
        raise ValidationError(
            field_name,
            f"a reminder is 0 to {MAX_ALARM_MINUTES} minutes (a week) before the item",
            reason="out_of_range",
            values={"limit": MAX_ALARM_MINUTES},
        )
    return minutes


def zone_span(first: date, last: date) -> tuple[date, date]:
    """The days a VTIMEZONE's transitions cover for events on ``first`` .. ``last``: from the
    1 January of the year before to the 1 January two years after (small files, and a client
    that expands a little around the events still finds the offsets)."""
    return date(first.year - 1, 1, 1), date(min(last.year + 2, 9999), 1, 1)


def vtimezone(zone: str, first: date, last: date) -> Timezone:
    """The VTIMEZONE of ``zone`` with every transition between ``first`` and ``last``."""
    begin, end = zone_span(first, last)
    component = Timezone.from_tzinfo(ZoneInfo(zone), tzid=zone, first_date=begin, last_date=end)
    # icalendar notes the span in a COMMENT, which a calendar without METHOD may not carry
    # in a VTIMEZONE (libical's restrictions); the transitions say the same.
    component.pop("COMMENT", None)
    return component


def _is_utc(zone: str) -> bool:
    return zone.upper() in {"UTC", "ETC/UTC", "Z", "ETC/UCT", "UCT", "ZULU", "ETC/ZULU"}


@dataclass
class IcsEvent:
    """One event as it will be written (texts already in the export's language).

    Timed: aware ``start``/``end`` (end exclusive) in ``zone``; all-day: dates, ``end`` the
    last day (inclusive)."""

    kind: EntryKind
    record_id: int
    summary: str
    start: datetime | date
    end: datetime | date
    zone: str = "UTC"
    location: str = ""
    description: str = ""
    sequence: int = 0
    modified: datetime | None = None
    #: A program item: gets the reminder when one is asked for.
    remind: bool = False

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    def days(self) -> tuple[date, date]:
        if isinstance(self.start, datetime) and isinstance(self.end, datetime):
            return self.start.astimezone(UTC).date(), self.end.astimezone(UTC).date()
        return self.start, self.end  # type: ignore[return-value]


@dataclass
class IcsExport:
    """An export: the file's bytes, how many events it holds, and the days it covers."""

    data: bytes
    events: int
    first: date
    last: date
    published: bool = False
    names: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.events == 0


class IcsService:
    def __init__(self, db: Database, *, now: datetime | None = None) -> None:
        self.db = db
        self.calendar = CalendarService(db)
        self.settings = SettingsService(db)
        #: The moment of the export (DTSTAMP where a METHOD is given); tests pass a fixed one.
        self.now = now

    # --- UIDs --------------------------------------------------------------------------------
    def uid_namespace(self) -> str:
        """A random token stored with the data: UIDs of two databases never collide."""
        value = self.settings.get(UID_SETTING)
        if not value and self.db.read_only:
            # Nothing can be stored: a token derived from the file keeps repeated exports alike.
            return hashlib.sha256(str(self.db.path).encode("utf-8")).hexdigest()[:16]
        if not value:
            value = uuid.uuid4().hex[:16]
            self.settings.set(UID_SETTING, value)
        return value

    def uid(self, kind: EntryKind, record_id: int) -> str:
        return f"{_UID_PREFIX[kind]}-{record_id}-{self.uid_namespace()}@exchange-planner"

    # --- record versions and audit times ---------------------------------------------------
    def _stamps(
        self, wanted: Mapping[EntryKind, Iterable[int]]
    ) -> dict[tuple[EntryKind, int], tuple[int, datetime | None]]:
        """(kind, id) -> (SEQUENCE, LAST-MODIFIED) of the records named."""
        found: dict[tuple[EntryKind, int], tuple[int, datetime | None]] = {}
        with self.db.session() as session:
            for kind, ids in wanted.items():
                table = _TABLES[kind]
                unique = sorted(set(ids))
                for index in range(0, len(unique), 500):
                    chunk = unique[index : index + 500]
                    versions = dict(
                        session.exec(
                            select(table.id, table.row_version).where(col(table.id).in_(chunk))
                        ).all()
                    )
                    latest = sa.type_coerce(
                        sa.func.max(ChangeLog.__table__.c.at),  # type: ignore[attr-defined]
                        ChangeLog.__table__.c.at.type,  # type: ignore[attr-defined]
                    )
                    times = dict(
                        session.exec(
                            select(ChangeLog.record_id, latest)  # type: ignore[call-overload]
                            .where(ChangeLog.table_name == table.__tablename__)
                            .where(col(ChangeLog.record_id).in_(chunk))
                            .group_by(ChangeLog.record_id)
                        ).all()
                    )
                    for record_id in chunk:
                        version = int(versions.get(record_id) or 1)
                        modified = times.get(record_id)
                        if isinstance(modified, datetime):
                            modified = modified.astimezone(UTC).replace(microsecond=0)
                        else:
                            modified = None
                        found[(kind, record_id)] = (max(version - 1, 0), modified)
        return found

    def _stamp_events(self, events: Sequence[IcsEvent]) -> None:
        wanted: dict[EntryKind, list[int]] = {}
        for event in events:
            wanted.setdefault(event.kind, []).append(event.record_id)
        stamps = self._stamps(wanted)
        for event in events:
            event.sequence, event.modified = stamps.get((event.kind, event.record_id), (0, None))

    # --- writing -------------------------------------------------------------------------------
    def _moment(self) -> datetime:
        now = self.now or datetime.now(UTC)
        return now.astimezone(UTC).replace(microsecond=0)

    def organizer(self, lang: Language) -> vCalAddress | None:
        """The office as ORGANIZER (its e-mail, its name in the export's language), or None
        when no office e-mail is set."""
        email = self.settings.office_email()
        if not email:
            return None
        address = vCalAddress(f"mailto:{email}")
        # A parameter value cannot hold a double quote or a control character (RFC 5545).
        name = ics_text(office_name(self.settings.all(), lang.primary), single_line=True)
        name = " ".join(name.replace('"', "").split())
        if name:
            address.params["CN"] = name
        return address

    def assemble(
        self,
        name: str,
        events: Sequence[IcsEvent],
        *,
        lang: Language,
        first: date,
        last: date,
        zone: str,
        alarm_minutes: int | None = None,
    ) -> IcsExport:
        """The calendar file of ``events`` (stamped with versions and audit times here).

        ``first`` .. ``last`` and ``zone``: the days and the zone asked for; an export without
        events still defines that zone, so the file is a valid calendar."""
        alarm_minutes = check_alarm_minutes(alarm_minutes)
        self._stamp_events(events)
        organizer = self.organizer(lang) if events else None
        now = self._moment()
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        if organizer is not None:
            cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", ics_text(name, single_line=True))
        days = [first, last]
        zones: set[str] = set()
        for item in events:
            cal.add_component(self._event(item, organizer, now, alarm_minutes))
            days.extend(item.days())
            if not item.all_day:
                zones.add(item.zone)
        if not events:
            zones.add(zone)
        span = (min(days), max(days))
        referenced = set(cal.get_missing_tzids()) | {z for z in zones if not _is_utc(z)}
        referenced = {tzid for tzid in referenced if not _is_utc(tzid)}
        for position, tzid in enumerate(sorted(referenced)):
            # Before the events that name them; a zone the system does not know fails here,
            # before anything is written.
            cal.subcomponents.insert(position, vtimezone(tzid, *span))
        return IcsExport(
            data=cal.to_ical(),
            events=len(events),
            first=first,
            last=last,
            published=organizer is not None,
            names=[item.summary for item in events],
        )

    def _event(
        self,
        item: IcsEvent,
        organizer: vCalAddress | None,
        now: datetime,
        alarm_minutes: int | None,
    ) -> Event:
        event = Event()
        event.add("uid", self.uid(item.kind, item.record_id))
        # RFC 5545 §3.8.7.2: with a METHOD the moment the file was made, else the last change.
        stamp = now if organizer is not None else (item.modified or now)
        event.add("dtstamp", stamp)
        if item.modified is not None:
            event.add("last-modified", item.modified)
        event.add("sequence", item.sequence)
        if organizer is not None:
            event.add("organizer", organizer)
        event.add("summary", ics_text(item.summary))
        if item.all_day:
            assert isinstance(item.start, date) and isinstance(item.end, date)
            event.add("dtstart", item.start)
            event.add("dtend", item.end + timedelta(days=1))  # exclusive, as RFC 5545 wants
            event.add("transp", "TRANSPARENT")
        else:
            assert isinstance(item.start, datetime) and isinstance(item.end, datetime)
            ZoneInfo(item.zone)  # fails loudly on a broken zone before anything is written
            event.add("dtstart", ics_time(item.start, item.zone))
            event.add("dtend", ics_time(item.end, item.zone))
        if item.location:
            event.add("location", ics_text(item.location))
        if item.description:
            event.add("description", ics_text(item.description))
        if alarm_minutes is not None and item.remind and not item.all_day:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(minutes=-alarm_minutes))
            alarm.add("description", ics_text(item.summary))
            event.add_component(alarm)
        return event

    # --- a visit's program -------------------------------------------------------------------
    def visit_export(
        self,
        visit_id: int,
        *,
        lang: str = DEFAULT_LANGUAGE,
        person_id: int | None = None,
        alarm_minutes: int | None = None,
    ) -> IcsExport:
        """The program of one visit, every item in the zone of its place; with ``person_id``
        only the items that person attends (the whole delegation's, or theirs by name)."""
        language = Language(lang)
        alarm_minutes = check_alarm_minutes(alarm_minutes)
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(f"There is no visit #{visit_id}.")
            rows = session.exec(
                select(ProgramItem, Venue)
                .join(Venue, col(ProgramItem.venue_id) == col(Venue.id), isouter=True)
                .where(ProgramItem.visit_id == visit_id)
                .order_by(col(ProgramItem.starts_at), col(ProgramItem.id))
            ).all()
            members = set(
                session.exec(
                    select(VisitMember.person_id).where(VisitMember.visit_id == visit_id)
                ).all()
            )
            attendees: dict[int, set[int]] = {}
            for item_id, attendee in session.exec(
                select(ProgramAttendee.program_item_id, ProgramAttendee.person_id)
                .join(ProgramItem, col(ProgramItem.id) == col(ProgramAttendee.program_item_id))
                .where(ProgramItem.visit_id == visit_id)
            ).all():
                attendees.setdefault(int(item_id), set()).add(int(attendee))
            person = None
            if person_id is not None:
                person = session.get(Person, person_id)
                if person is None:
                    raise NotFoundError(f"There is no person #{person_id}.")
                listed = person_id in members or any(person_id in a for a in attendees.values())
                if not listed:
                    raise ValidationError(
                        "person",
                        f"person #{person_id} is neither on the delegation of visit "
                        f"#{visit_id} nor named for one of its items",
                        reason="not_on_visit",
                    )
            visit_title = self._joined(visit, "title", language)
            events: list[IcsEvent] = []
            home = self.calendar.home_zone()
            for item, venue in rows:
                assert item.id is not None
                if person_id is not None:
                    attending = members if item.all_members else attendees.get(item.id, set())
                    if person_id not in attending:
                        continue
                events.append(self._program_event(item, venue, visit, language))
            name = visit_title
            if person is not None:
                name = " / ".join(
                    dict.fromkeys(
                        ics_label(
                            "for_person",
                            part,
                            title=text_in(visit, "title", part).text,
                            name=display_name(person, part),
                        )
                        for part in language.parts
                    )
                )
            first, last = visit.start_date, visit.end_date
        return self.assemble(
            name,
            events,
            lang=language,
            first=first,
            last=last,
            zone=home,
            alarm_minutes=alarm_minutes,
        )

    def visit_members(self, visit_id: int, lang: str = DEFAULT_LANGUAGE) -> list[tuple[int, str]]:
        """(person id, name) of the visit's delegation in order of precedence: the choice of
        a member's calendar."""
        part = Language(lang).primary
        with self.db.session() as session:
            rows = session.exec(
                select(VisitMember, Person)
                .join(Person, col(Person.id) == col(VisitMember.person_id))
                .where(VisitMember.visit_id == visit_id)
                .order_by(col(VisitMember.precedence), col(VisitMember.id))
            ).all()
            return [(int(person.id or 0), display_name(person, part)) for _m, person in rows]

    def visit_ics(self, visit_id: int, **options: Any) -> bytes:
        """The bytes of :meth:`visit_export` (the same options)."""
        return self.visit_export(visit_id, **options).data

    @staticmethod
    def _joined(record: Any, field_name: str, language: Language) -> str:
        """The field's text in each language of the export, joined ("Empfang / 환영")."""
        texts = [text_in(record, field_name, part).text for part in language.parts]
        return " / ".join(dict.fromkeys(text for text in texts if text))

    def _program_event(
        self, item: ProgramItem, venue: Venue | None, visit: Visit, language: Language
    ) -> IcsEvent:
        blocks = []
        for part in language.parts:
            lines = [ics_label("visit", part, title=text_in(visit, "title", part).text)]
            dress_code = text_in(item, "dress_code", part).text
            if dress_code:
                lines.append(ics_label("dress_code", part, text=dress_code))
            notes = text_in(item, "notes", part).text
            if notes:
                lines.append(notes)
            # internal_notes stay inside the office: never exported.
            blocks.append("\n".join(lines))
        location = ""
        if venue is not None:
            primary = language.primary
            parts = [text_in(venue, name, primary).text for name in ("name", "room", "address")]
            location = ", ".join(part for part in parts if part)
        assert item.id is not None
        return IcsEvent(
            kind=EntryKind.PROGRAM_ITEM,
            record_id=item.id,
            summary=self._joined(item, "title", language),
            start=item.starts_at,
            end=item.ends_at,
            zone=item.timezone,
            location=location,
            description="\n\n".join(dict.fromkeys(blocks)),
            remind=True,
        )

    # --- a residency ---------------------------------------------------------------------------
    def residency_export(
        self, residency_id: int, *, lang: str = DEFAULT_LANGUAGE, alarm_minutes: int | None = None
    ) -> IcsExport:
        """A residency as an all-day event from its first to its last day."""
        from exchange_planner.services.residencies import ResidencyService

        language = Language(lang)
        residency = ResidencyService(self.db).get(residency_id)
        first, last = residency.start_date, residency.end_date
        wording = self._entries_in(first, last, "UTC", language)
        events = [
            event
            for event in wording
            if event.kind is EntryKind.RESIDENCY and event.record_id == residency_id
        ]
        if not events:
            raise NotFoundError(f"There is no residency #{residency_id}.")
        return self.assemble(
            events[0].summary,
            events,
            lang=language,
            first=first,
            last=last,
            zone=self.calendar.home_zone(),
            alarm_minutes=alarm_minutes,
        )

    def residency_ics(self, residency_id: int, **options: Any) -> bytes:
        return self.residency_export(residency_id, **options).data

    # --- a range of days -----------------------------------------------------------------------
    def range_export(
        self,
        first: date,
        last: date,
        *,
        zone: str | None = None,
        lang: str = DEFAULT_LANGUAGE,
        alarm_minutes: int | None = None,
    ) -> IcsExport:
        """Everything on the days ``first`` .. ``last`` (inclusive) as the calendar shows them;
        an empty range gives a valid calendar without events."""
        if last < first:
            raise ValidationError("to", "the range ends before it starts")
        if (last - first).days > MAX_RANGE_DAYS:
            raise ValidationError("to", f"export at most {MAX_RANGE_DAYS} days at once")
        language = Language(lang)
        alarm_minutes = check_alarm_minutes(alarm_minutes)
        zone = zone or self.calendar.home_zone()
        events = self._entries_in(first, last, zone, language)
        name = " / ".join(
            dict.fromkeys(
                ics_label("range", part, first=f"{first:%d.%m.%Y}", last=f"{last:%d.%m.%Y}")
                for part in language.parts
            )
        )
        return self.assemble(
            name,
            events,
            lang=language,
            first=first,
            last=last,
            zone=zone,
            alarm_minutes=alarm_minutes,
        )

    def range_ics(self, first: date, last: date, **options: Any) -> bytes:
        return self.range_export(first, last, **options).data

    def _entries_in(self, first: date, last: date, zone: str, language: Language) -> list[IcsEvent]:
        """The calendar's entries of the days, worded in each language of the export."""
        by_part = {
            part: {
                (entry.kind, entry.id): entry
                for entry in self.calendar.entries(first, last, zone, language=part)
            }
            for part in language.parts
        }
        primary = by_part[language.primary]
        events = []
        for key, entry in primary.items():
            worded = [by_part[part].get(key, entry) for part in language.parts]
            events.append(self._worded_event(entry, worded, language))
        return events

    def _worded_event(
        self, entry: CalendarEntry, worded: Sequence[CalendarEntry], language: Language
    ) -> IcsEvent:
        titles, blocks = [], []
        for part, one in zip(language.parts, worded, strict=True):
            titles.append(_entry_title(one, part))
            blocks.append("\n".join(line for line in _entry_lines(one, part) if line))
        return IcsEvent(
            kind=entry.kind,
            record_id=entry.id,
            summary=" / ".join(dict.fromkeys(t for t in titles if t)),
            start=entry.start,
            end=entry.end,
            zone=entry.zone,
            location=entry.facts.place if entry.kind is not EntryKind.VISIT else "",
            description="\n\n".join(dict.fromkeys(b for b in blocks if b)),
            remind=entry.kind is EntryKind.PROGRAM_ITEM,
        )

    # --- chosen entries --------------------------------------------------------------------
    def entries_ics(
        self,
        entries: Iterable[CalendarEntry],
        name: str,
        *,
        lang: str = DEFAULT_LANGUAGE,
        alarm_minutes: int | None = None,
    ) -> bytes:
        """Chosen calendar entries (e.g. a selection in the calendar), with their finished
        texts (title, the tooltip below its first line, the detail as the place)."""
        events = []
        for entry in entries:
            description = entry.tooltip.split("\n", 1)[1] if "\n" in entry.tooltip else ""
            events.append(
                IcsEvent(
                    kind=entry.kind,
                    record_id=entry.id,
                    summary=entry.title,
                    start=entry.start,
                    end=entry.end,
                    zone=entry.zone,
                    location="" if entry.all_day else entry.detail,
                    description=description,
                    remind=entry.kind is EntryKind.PROGRAM_ITEM,
                )
            )
        days = [event.days() for event in events] or [(date.today(), date.today())]
        return self.assemble(
            name,
            events,
            lang=Language(lang),
            first=min(day[0] for day in days),
            last=max(day[1] for day in days),
            zone=self.calendar.home_zone(),
            alarm_minutes=alarm_minutes,
        ).data


def _entry_title(entry: CalendarEntry, part: str) -> str:
    facts = entry.facts
    if entry.kind is EntryKind.DEADLINE and facts.checklist is not None:
        key = str(facts.checklist.value)
        what = ics_label(key, part) if key in ICS_LABELS else entry.title
        return ics_label("due", part, what=what)
    if entry.kind is EntryKind.RESIDENCY and not facts.own_title:
        artist = facts.artist or ics_label("to_be_named", part)
        return ics_label("residency_of", part, artist=artist)
    return facts.own_title or entry.title


def _entry_lines(entry: CalendarEntry, part: str) -> list[str]:
    """The description of a calendar entry in one language, from its facts."""
    facts = entry.facts
    if entry.kind is EntryKind.VISIT:
        lines = []
        if facts.city:
            key = "outgoing" if facts.direction is Direction.OUTGOING else "incoming"
            lines.append(ics_label(key, part, city=facts.city))
        if facts.place:
            lines.append(ics_label("hotel", part, name=facts.place))
        return lines
    if entry.kind is EntryKind.PROGRAM_ITEM:
        lines = [ics_label("visit", part, title=facts.parent_title)] if facts.parent_title else []
        if facts.dress_code:
            lines.append(ics_label("dress_code", part, text=facts.dress_code))
        return [*lines, facts.notes]
    if entry.kind is EntryKind.RESIDENCY:
        artist = facts.artist or ics_label("to_be_named", part)
        return [
            ics_label("artist", part, name=artist),
            ics_label("studio", part, name=facts.place) if facts.place else "",
            ics_label("host", part, name=facts.host) if facts.host else "",
        ]
    if entry.kind is EntryKind.EXHIBITION:
        return [ics_label("partnership", part, city=facts.city)] if facts.city else []
    if entry.kind is EntryKind.DEADLINE:
        title = facts.parent_title
        return [ics_label("residency", part, title=title)] if title else []
    return []


def write_ics(data: bytes, path: Path) -> Path:
    """Write an export atomically (a half-written .ics confuses calendar programs)."""
    return atomic_write_bytes(Path(path), data)
