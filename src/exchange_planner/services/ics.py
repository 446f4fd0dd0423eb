"""iCalendar (.ics) export: a visit's program, a residency, or everything in a date range.

Timed events carry ``TZID`` of the place plus a ``VTIMEZONE`` block so that Outlook,
Thunderbird and phones place them right; all-day events use ``VALUE=DATE`` with an exclusive
end. UIDs are stable across exports (record kind, id and a random namespace stored once with
the data), so re-importing an export updates events instead of duplicating them.

User text (titles, notes, venues, addresses, the calendar name) passes through
:func:`ics_text` before it reaches a property, so no text can end a line, start a property or
add a component; see docs/calendar.md.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from exchange_planner import __version__
from exchange_planner.domain.calendar import CalendarEntry, EntryKind
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.timeutil import to_local
from exchange_planner.services import records as read
from exchange_planner.services.calendar import CalendarService
from exchange_planner.services.settings import SettingsService
from exchange_planner.storage.database import Database
from exchange_planner.storage.files import atomic_write_bytes

#: Setting holding the database's UID namespace (created on the first export).
UID_SETTING = "ics_uid_namespace"
PRODID = f"-//Exchange Planner//Exchange Planner {__version__}//EN"
#: Longest range exported at once; keeps an accidental "1900-2200" from freezing the program.
MAX_RANGE_DAYS = 3 * 366

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


class IcsService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.calendar = CalendarService(db)
        self.settings = SettingsService(db)

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

    # --- building --------------------------------------------------------------------------
    def _new_calendar(self, name: str) -> Calendar:
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", ics_text(name, single_line=True))
        return cal

    def _finish(self, cal: Calendar, days: Iterable[date]) -> bytes:
        days = list(days)
        if days:
            # VTIMEZONE rules only for the years the events need: small files.
            first = date(min(days).year - 1, 1, 1)
            last = date(max(days).year + 2, 1, 1)
            cal.add_missing_timezones(first_date=first, last_date=last)
        return cal.to_ical()

    def _timed_event(
        self,
        kind: EntryKind,
        record_id: int,
        title: str,
        start: datetime,
        end: datetime,
        zone: str,
        *,
        location: str = "",
        description: str = "",
        stamp: datetime,
    ) -> Event:
        event = Event()
        event.add("uid", self.uid(kind, record_id))
        event.add("dtstamp", stamp)
        event.add("summary", ics_text(title))
        event.add("dtstart", ics_time(start, zone))
        event.add("dtend", ics_time(end, zone))
        if location:
            event.add("location", ics_text(location))
        if description:
            event.add("description", ics_text(description))
        return event

    def _day_event(
        self,
        kind: EntryKind,
        record_id: int,
        title: str,
        first: date,
        last: date,
        *,
        description: str = "",
        stamp: datetime,
    ) -> Event:
        event = Event()
        event.add("uid", self.uid(kind, record_id))
        event.add("dtstamp", stamp)
        event.add("summary", ics_text(title))
        event.add("dtstart", first)
        event.add("dtend", last + timedelta(days=1))  # exclusive, as RFC 5545 wants
        event.add("transp", "TRANSPARENT")
        if description:
            event.add("description", ics_text(description))
        return event

    # --- exports -----------------------------------------------------------------------------
    def visit_ics(self, visit_id: int) -> bytes:
        """The program of one visit, every item in the zone of its place."""
        visit, items = self.calendar.visit_program(visit_id)
        stamp = datetime.now(UTC).replace(microsecond=0)
        cal = self._new_calendar(visit.title)
        days: list[date] = [visit.start_date, visit.end_date]
        for item, venue in items:
            cal.add_component(self._program_event(item, venue, visit.title, stamp))
            days.append(item.starts_at.date())
        return self._finish(cal, days)

    def _program_event(
        self, item: read.ProgramItem, venue: str, visit_title: str, stamp: datetime
    ) -> Event:
        lines = [f"Visit: {visit_title}"]
        if item.dress_code:
            lines.append(f"Dress code: {item.dress_code}")
        if item.notes:
            lines.append(item.notes)
        # internal_notes stay inside the office: never exported.
        return self._timed_event(
            EntryKind.PROGRAM_ITEM,
            item.id,  # type: ignore[arg-type]
            item.title,
            item.starts_at,
            item.ends_at,
            item.timezone,
            location=venue,
            description="\n".join(lines),
            stamp=stamp,
        )

    def residency_ics(self, residency_id: int) -> bytes:
        """A residency as an all-day event from its first to its last day."""
        from exchange_planner.services.residencies import ResidencyService

        residency = ResidencyService(self.db).get(residency_id)
        first, last = residency.start_date, residency.end_date
        entries = [
            entry
            for entry in self.calendar.entries(first, last, "UTC")
            if entry.kind is EntryKind.RESIDENCY and entry.id == residency_id
        ]
        if not entries:
            raise NotFoundError(f"There is no residency #{residency_id}.")
        stamp = datetime.now(UTC).replace(microsecond=0)
        cal = self._new_calendar(entries[0].title)
        cal.add_component(self._entry_event(entries[0], stamp))
        return self._finish(cal, [first, last])

    def range_ics(self, first: date, last: date, *, zone: str | None = None) -> bytes:
        """Everything on the days ``first`` .. ``last`` (inclusive) as the calendar shows them."""
        if last < first:
            raise ValidationError("to", "the range ends before it starts")
        if (last - first).days > MAX_RANGE_DAYS:
            raise ValidationError("to", f"export at most {MAX_RANGE_DAYS} days at once")
        zone = zone or self.calendar.home_zone()
        entries = self.calendar.entries(first, last, zone)
        stamp = datetime.now(UTC).replace(microsecond=0)
        cal = self._new_calendar(f"Exchange Planner {first:%d.%m.%Y}–{last:%d.%m.%Y}")
        for entry in entries:
            cal.add_component(self._entry_event(entry, stamp))
        return self._finish(cal, [first, last])

    def entries_ics(self, entries: Iterable[CalendarEntry], name: str) -> bytes:
        """Chosen calendar entries (e.g. a selection in the calendar)."""
        stamp = datetime.now(UTC).replace(microsecond=0)
        cal = self._new_calendar(name)
        days: list[date] = []
        for entry in entries:
            cal.add_component(self._entry_event(entry, stamp))
            days.append(entry.start if entry.all_day else entry.start.date())  # type: ignore[arg-type,union-attr]
        return self._finish(cal, days)

    def _entry_event(self, entry: CalendarEntry, stamp: datetime) -> Event:
        description = entry.tooltip.split("\n", 1)[1] if "\n" in entry.tooltip else ""
        if entry.all_day:
            return self._day_event(
                entry.kind,
                entry.id,
                entry.title,
                entry.start,  # type: ignore[arg-type]
                entry.end,  # type: ignore[arg-type]
                description=description,
                stamp=stamp,
            )
        ZoneInfo(entry.zone)  # fails loudly on a broken zone before anything is written
        return self._timed_event(
            entry.kind,
            entry.id,
            entry.title,
            entry.start,  # type: ignore[arg-type]
            entry.end,  # type: ignore[arg-type]
            entry.zone,
            location=entry.detail,
            description=description,
            stamp=stamp,
        )


def write_ics(data: bytes, path: Path) -> Path:
    """Write an export atomically (a half-written .ics confuses calendar programs)."""
    return atomic_write_bytes(Path(path), data)
