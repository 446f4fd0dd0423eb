"""What the calendar views write for an entry: titles, agenda details and tooltips.

The service hands over plain values (``CalendarEntry.facts``: enum members, names, titles);
the wording is done here, in the UI language. An entry without facts (built elsewhere) shows
the service's English texts. Conflicts are worded from their values by ``ui/wording.py``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from exchange_planner.domain.calendar import CalendarEntry, EntryFacts, EntryKind
from exchange_planner.domain.enums import ChecklistKind, Direction
from exchange_planner.domain.timeutil import to_local
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.wording import conflict_text

_CONTEXT = "CalendarText"

# Deadline titles as whole texts, so each language words them its own way.
_DUE: dict[ChecklistKind, str] = {
    ChecklistKind.INVITATION_LETTER: QT_TRANSLATE_NOOP("CalendarText", "Invitation letter due"),
    ChecklistKind.VISA: QT_TRANSLATE_NOOP("CalendarText", "Visa due"),
    ChecklistKind.TRAVEL: QT_TRANSLATE_NOOP("CalendarText", "Travel booking due"),
    ChecklistKind.ACCOMMODATION: QT_TRANSLATE_NOOP("CalendarText", "Accommodation due"),
    ChecklistKind.INSURANCE: QT_TRANSLATE_NOOP("CalendarText", "Insurance due"),
    ChecklistKind.ARRIVAL: QT_TRANSLATE_NOOP("CalendarText", "Arrival due"),
    ChecklistKind.OPEN_STUDIO: QT_TRANSLATE_NOOP("CalendarText", "Open studio due"),
    ChecklistKind.REPORT: QT_TRANSLATE_NOOP("CalendarText", "Report due"),
}

_NO_FACTS = EntryFacts()


def _fill(template: str, *values: str) -> str:
    """Put ``values`` into ``%1``, ``%2`` … (``str.replace`` so a "%" in a name is harmless)."""
    for number in range(len(values), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", values[number - 1])
    return template


def _day(day: date) -> str:
    return ui_date(day)


def _days(first: date, last: date) -> str:
    return f"{_day(first)} – {_day(last)}"


def _artist(facts: EntryFacts) -> str:
    return facts.artist or QCoreApplication.translate("CalendarText", "artist not yet named")


def _residency_title(entry: CalendarEntry) -> str:
    """A deadline's residency, which may have no title of its own."""
    if entry.facts.parent_title:
        return entry.facts.parent_title
    return QCoreApplication.translate("CalendarText", "Residency #%1").replace(
        "%1", str(entry.parent_id or "")
    )


def _direction_city(facts: EntryFacts) -> str:
    parts = [enum_label(facts.direction) if facts.direction else "", facts.city]
    return " · ".join(part for part in parts if part)


def title(entry: CalendarEntry) -> str:
    """The entry's title as the views show it."""
    facts = entry.facts
    if facts == _NO_FACTS:
        return entry.title
    if entry.kind is EntryKind.DEADLINE and facts.checklist is not None:
        return QCoreApplication.translate(_CONTEXT, _DUE[facts.checklist])
    if entry.kind is EntryKind.RESIDENCY and not facts.own_title:
        return _fill(QCoreApplication.translate("CalendarText", "Residency: %1"), _artist(facts))
    return facts.own_title or entry.title


def detail(entry: CalendarEntry) -> str:
    """The second line of an agenda entry: direction and city, place, artist or residency."""
    facts = entry.facts
    if facts == _NO_FACTS:
        return entry.detail
    if entry.kind is EntryKind.VISIT:
        return _direction_city(facts)
    if entry.kind is EntryKind.RESIDENCY:
        return _artist(facts)
    if entry.kind is EntryKind.DEADLINE:
        return _residency_title(entry)
    return facts.place


def _when_timed(entry: CalendarEntry) -> str:
    start = to_local(entry.start, entry.zone)  # type: ignore[arg-type]
    end = to_local(entry.end, entry.zone)  # type: ignore[arg-type]
    weekday = QLocale().toString(QDate(start.year, start.month, start.day), "ddd")
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{ui_date(end)} {end:%H:%M}"
    return f"{weekday} {ui_date(start)} {start:%H:%M} – {end_text} ({entry.zone})"


def tooltip(entry: CalendarEntry) -> str:
    """Several lines about the entry, in the UI language."""
    facts = entry.facts
    if facts == _NO_FACTS:
        return entry.tooltip
    lines: list[str] = []
    if entry.kind is EntryKind.VISIT:
        city = facts.city
        lines = [
            title(entry),
            _days(entry.start, entry.end),  # type: ignore[arg-type]
            (
                _fill(QCoreApplication.translate("CalendarText", "Delegation from %1"), city)
                if facts.direction is Direction.INCOMING
                else _fill(QCoreApplication.translate("CalendarText", "Delegation to %1"), city)
            )
            if city
            else "",
            _fill(
                QCoreApplication.translate("CalendarText", "Status: %1"),
                enum_label(facts.visit_status),
            )
            if facts.visit_status
            else "",
            _fill(QCoreApplication.translate("CalendarText", "Hotel: %1"), facts.place)
            if facts.place
            else "",
        ]
    elif entry.kind is EntryKind.PROGRAM_ITEM:
        lines = [
            title(entry),
            _when_timed(entry) if isinstance(entry.start, datetime) else "",
            _fill(QCoreApplication.translate("CalendarText", "Venue: %1"), facts.place)
            if facts.place
            else "",
            _fill(QCoreApplication.translate("CalendarText", "Visit: %1"), facts.parent_title)
            if facts.parent_title
            else "",
            _fill(QCoreApplication.translate("CalendarText", "Dress code: %1"), facts.dress_code)
            if facts.dress_code
            else "",
            facts.notes,
        ]
    elif entry.kind is EntryKind.RESIDENCY:
        lines = [
            title(entry),
            _days(entry.start, entry.end),  # type: ignore[arg-type]
            _fill(QCoreApplication.translate("CalendarText", "Artist: %1"), _artist(facts)),
            _direction_city(facts),
            _fill(QCoreApplication.translate("CalendarText", "Studio: %1"), facts.place)
            if facts.place
            else "",
            _fill(QCoreApplication.translate("CalendarText", "Host: %1"), facts.host)
            if facts.host
            else "",
            _fill(
                QCoreApplication.translate("CalendarText", "Status: %1"),
                enum_label(facts.residency_status),
            )
            if facts.residency_status
            else "",
        ]
    elif entry.kind is EntryKind.EXHIBITION:
        lines = [
            title(entry),
            _days(entry.start, entry.end),  # type: ignore[arg-type]
            _fill(QCoreApplication.translate("CalendarText", "Venue: %1"), facts.place)
            if facts.place
            else "",
            _fill(QCoreApplication.translate("CalendarText", "Partnership: %1"), facts.city)
            if facts.city
            else "",
        ]
    elif entry.kind is EntryKind.DEADLINE:
        due = _day(entry.start)  # type: ignore[arg-type]
        lines = [
            _fill(
                QCoreApplication.translate("CalendarText", "Due: %1"), enum_label(facts.checklist)
            )
            if facts.checklist
            else "",
            _fill(QCoreApplication.translate("CalendarText", "%1 — overdue"), due)
            if entry.overdue
            else due,
            _fill(
                QCoreApplication.translate("CalendarText", "Residency: %1"), _residency_title(entry)
            ),
        ]
    lines += [f"⚠ {message}" for message in conflicts(entry)]
    return "\n".join(line for line in lines if line)


def conflicts(entry: CalendarEntry) -> list[str]:
    """The entry's conflicts in the UI language (the service's English without their values)."""
    if entry.facts.conflicts:
        return [conflict_text(conflict) for conflict in entry.facts.conflicts]
    return list(entry.conflicts)


def matches(entry: CalendarEntry, needle: str) -> bool:
    """The entry's own search, plus the texts as shown (so "Eingehend" finds incoming visits)."""
    if entry.matches(needle):
        return True
    needle = needle.strip().casefold()
    if not needle or entry.facts == _NO_FACTS:
        return False
    return needle in f"{title(entry)} {detail(entry)} {tooltip(entry)}".casefold()
