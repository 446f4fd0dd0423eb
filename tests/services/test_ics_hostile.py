"""Hostile text in titles, notes, venues and addresses cannot change the shape of an .ics file.

Each export is parsed back with icalendar (number of events, property names, text) and read
as raw bytes (every physical line is a property line or a folded continuation, CRLF ends).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from exchange_planner.domain.calendar import CalendarEntry, EntryKind
from exchange_planner.domain.enums import Direction
from exchange_planner.services.ics import IcsService
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database, open_database

BERLIN = "Europe/Berlin"

#: (id, text as typed or pasted, the text an ICS reader gets back). Single-line values (the
#: calendar name) get a space wherever the expected text has a new line.
HOSTILE = [
    (
        "crlf-new-event",
        "A\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nZ",
        "A\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected\nZ",
    ),
    ("lf-new-property", "A\nUID:evil\nATTENDEE:mailto:x@example.org\nZ", None),
    ("cr-new-property", "A\rX-EVIL:1\rZ", "A\nX-EVIL:1\nZ"),
    ("cr-lf-mixed", "A\n\rB\r\r\nC", "A\n\nB\n\nC"),
    ("line-separators", "A\u2028ATTACH:http://evil\u2029Z", "A\nATTACH:http://evil\nZ"),
    ("nel-vt-ff-fs", "A\x85B\x0bC\x0cD\x1cE", "A\nB\nC\nD\nE"),
    ("nul", "A\x00B", "AB"),
    ("controls", "A\x1b[31mB\x7fC\x9bD\x01\x08E", "A[31mBCDE"),
    ("lone-surrogate", "A\ud800B\udfffC", "A\ufffdB\ufffdC"),
    ("text-escapes", "A;B,C\\D:E\\nF", None),
    ("component-lookalike", "END:VCALENDAR", None),
    ("long-multibyte", "광주" * 70 + "😀" * 40, None),
    ("rtl-combining", "\u202eabc\u202c e\u0301 مرحبا", None),
    ("tab", "A\tB", None),
]
CASES = [pytest.param(raw, raw if exp is None else exp, id=name) for name, raw, exp in HOSTILE]
#: What the services accept as stored text (they refuse NUL; SQLite cannot store surrogates).
STORABLE = [
    pytest.param(raw, raw if exp is None else exp, id=name)
    for name, raw, exp in HOSTILE
    # What the services store: they refuse NUL, other control characters and lone surrogates.
    if not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]", raw)
]

CALENDAR_PROPERTIES = {"PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-CALNAME"}
EVENT_PROPERTIES = {
    "UID",
    "DTSTAMP",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "LOCATION",
    "DESCRIPTION",
    "TRANSP",
    "SEQUENCE",
    "LAST-MODIFIED",
    "ORGANIZER",
}
COMPONENTS = {"VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM"}
_PROPERTY_LINE = re.compile(rb"[A-Za-z0-9-]+[;:]")


def single(text: str) -> str:
    return text.replace("\n", " ")


def check_raw(data: bytes) -> None:
    """RFC 5545 §3.1: CRLF ends every line; a line is a property or a folded continuation."""
    assert data.endswith(b"\r\n")
    lines = data[: -len(b"\r\n")].split(b"\r\n")
    for line in lines:
        assert b"\r" not in line and b"\n" not in line, line
        assert len(line) <= 75, line
        assert line.startswith((b" ", b"\t")) or _PROPERTY_LINE.match(line), line
        assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", line), line
        text = line.decode("utf-8")  # folding never splits a character
        assert not re.search("[\x80-\x9f\u2028\u2029\ud800-\udfff]", text), line
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"


def parse(data: bytes, events: int) -> Calendar:
    """Parse back; assert the number of events and that no unexpected name appeared."""
    check_raw(data)
    calendar = Calendar.from_ical(data)
    assert {component.name for component in calendar.walk()} <= COMPONENTS
    assert set(calendar.keys()) <= CALENDAR_PROPERTIES
    found = calendar.walk("VEVENT")
    assert len(found) == events
    for event in found:
        assert set(event.keys()) <= EVENT_PROPERTIES, set(event.keys())
    return calendar


def timed(record_id: int, title: str, where: str, about: str) -> CalendarEntry:
    start = datetime(2024, 5, 6, 8, tzinfo=UTC)
    return CalendarEntry(
        kind=EntryKind.PROGRAM_ITEM,
        id=record_id,
        title=title,
        start=start,
        end=start + timedelta(hours=2),
        zone=BERLIN,
        tooltip=f"Heading\n{about}",
        detail=where,
    )


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_entries_with_hostile_text(services: Services, raw: str, expected: str) -> None:
    entries = [
        timed(1, raw, raw, raw),
        CalendarEntry(
            kind=EntryKind.RESIDENCY,
            id=2,
            title=f"{raw}!",
            start=date(2024, 5, 1),
            end=date(2024, 5, 31),
            zone=BERLIN,
            tooltip=f"first line\n{raw}",
        ),
        timed(3, "plain", "", ""),
    ]
    data = IcsService(services.db).entries_ics(entries, f"Selection {raw}")
    calendar = parse(data, events=3)
    assert str(calendar["x-wr-calname"]) == single(f"Selection {expected}")
    first, residency, plain = calendar.walk("VEVENT")
    assert str(first["summary"]) == expected
    assert str(first["location"]) == expected
    assert str(first["description"]) == expected
    assert str(residency["summary"]) == f"{expected}!"
    assert str(residency["description"]) == expected
    assert str(plain["summary"]) == "plain" and "location" not in plain


@pytest.mark.parametrize(("raw", "expected"), STORABLE)
def test_visit_program_with_hostile_visit_venue_and_item(
    services: Services, sample_ids: dict[str, int], raw: str, expected: str
) -> None:
    visit = services.visits.create(
        partnership_id=sample_ids["partnership"],
        title=f"Visit {raw}",
        direction=Direction.INCOMING,
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 5),
    )
    venue = services.venues.create(
        name=f"Hall {raw}", room=raw, address=f"{raw} Street 1", timezone=BERLIN
    )
    start = datetime(2025, 3, 4, 9, tzinfo=UTC)
    for index, title in enumerate((f"Item {raw}", "Lunch")):
        services.program.create(
            visit_id=visit.id,
            title=title,
            starts_at=start + timedelta(hours=3 * index),
            ends_at=start + timedelta(hours=3 * index + 1),
            timezone=BERLIN,
            venue_id=venue.id if index == 0 else None,
            dress_code=raw if index == 0 else "",
            notes=f"Bring {raw}" if index == 0 else "",
        )
    ics = IcsService(services.db)
    calendar = parse(ics.visit_ics(visit.id), events=2)
    assert str(calendar["x-wr-calname"]) == single(f"Visit {expected}")
    item = calendar.walk("VEVENT")[0]
    assert str(item["summary"]) == f"Item {expected}"
    assert str(item["location"]) == f"Hall {expected}, {expected}, {expected} Street 1"
    assert str(item["description"]) == (
        f"Besuch: Visit {expected}\nKleiderordnung: {expected}\nBring {expected}"
    )

    # The same visit in a range export, with everything else on those days.
    first, last = date(2025, 3, 3), date(2025, 3, 5)
    shown = services.calendar.entries(first, last, BERLIN)
    calendar = parse(ics.range_ics(first, last, zone=BERLIN), events=len(shown))
    summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert f"Visit {expected}" in summaries and f"Item {expected}" in summaries


def test_cli_counts_events_not_text(tmp_path: Path) -> None:
    """export-ics run as a command: a title that reads BEGIN:VEVENT is one event, not two."""
    path = tmp_path / "plans.sqlite3"
    db = open_database(path)
    try:
        services = Services.for_database(db)
        partnership = services.partnerships.create(
            partner_city="Gwangju", country="South Korea", timezone="Asia/Seoul"
        )
        visit = services.visits.create(
            partnership_id=partnership.id,
            title="Visit\r\nEND:VCALENDAR",
            direction=Direction.INCOMING,
            start_date=date(2025, 3, 3),
            end_date=date(2025, 3, 5),
        )
        services.program.create(
            visit_id=visit.id,
            title="Talk\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:BEGIN:VEVENT",
            starts_at=datetime(2025, 3, 4, 9, tzinfo=UTC),
            ends_at=datetime(2025, 3, 4, 10, tzinfo=UTC),
            timezone=BERLIN,
            notes="BEGIN:VEVENT\u2028BEGIN:VEVENT",
        )
        visit_id = visit.id
    finally:
        db.dispose()
    out = tmp_path / "visit.ics"
    command = [sys.executable, "-m", "exchange_planner", "export-ics", "--db", str(path)]
    result = subprocess.run(
        [*command, "--visit", str(visit_id), "-o", str(out)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("1 event(s) written to")
    calendar = parse(out.read_bytes(), events=1)
    assert str(calendar["x-wr-calname"]) == "Visit END:VCALENDAR"
    event = calendar.walk("VEVENT")[0]
    assert str(event["summary"]) == "Talk\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:BEGIN:VEVENT"


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for all examples (the export only reads its UID token)."""
    db = open_database(tmp_path_factory.mktemp("fuzz") / "plans.sqlite3")
    yield db
    db.dispose()


@settings(max_examples=50, deadline=None)
@given(title=st.text(max_size=200), about=st.text(max_size=400), where=st.text(max_size=100))
def test_arbitrary_text_never_changes_the_shape(
    fuzz_db: Database, title: str, about: str, where: str
) -> None:
    data = IcsService(fuzz_db).entries_ics(
        [timed(1, title, where, about), timed(2, about, title, where)], title
    )
    calendar = parse(data, events=2)
    first = calendar.walk("VEVENT")[0]
    # Whatever came back is the text minus control characters, line breaks as new lines.
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", str(first["summary"]))
    if title and not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]", title):
        assert str(first["summary"]) == title
