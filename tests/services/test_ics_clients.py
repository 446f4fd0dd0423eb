"""ICS exports as strict clients read them: icalendar and vobject (an independent parser)
read every file back; where libical is installed, its restriction check (what
``icalvalidator`` runs: RFC 5545 and the RFC 5546 rules of the file's METHOD) finds nothing.

Checked: ORGANIZER with METHOD:PUBLISH (or neither), SEQUENCE rising with an edit,
LAST-MODIFIED from the change log, VTIMEZONE transitions around events in March 2026 and
November 2030, one calendar per member, reminders, texts in the chosen language, and an
empty range that still gives a valid calendar.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar
from sqlmodel import select

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.enums import Direction
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.ics import IcsService, check_alarm_minutes
from exchange_planner.services.registry import Services
from exchange_planner.storage.tables import ChangeLog

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"
NOW = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)


def parsed(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def vobject_events(data: bytes) -> list:  # type: ignore[type-arg]
    """The events as vobject reads them (its own parser and its own VTIMEZONE reading)."""
    # vobject keeps the first VTIMEZONE it read per TZID for the whole process: forget those
    # of earlier files, so that this file's own definitions are used.
    vars(vobject.icalendar)["__tzidMap"].clear()
    calendar = vobject.readOne(io.StringIO(data.decode("utf-8")))
    return list(getattr(calendar, "vevent_list", []))


# --- libical (the C library behind icalvalidator), where installed ------------------------
def _libical() -> ctypes.CDLL | None:
    for name in ("libical.so.3", ctypes.util.find_library("ical") or ""):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.icalparser_parse_string.restype = ctypes.c_void_p
        lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
        lib.icalrestriction_check.restype = ctypes.c_int
        lib.icalrestriction_check.argtypes = [ctypes.c_void_p]
        lib.icalcomponent_as_ical_string_r.restype = ctypes.c_void_p
        lib.icalcomponent_as_ical_string_r.argtypes = [ctypes.c_void_p]
        lib.icalcomponent_free.argtypes = [ctypes.c_void_p]
        lib.icalmemory_free_buffer.argtypes = [ctypes.c_void_p]
        return lib
    return None


LIBICAL = _libical()


def libical_errors(data: bytes) -> list[str]:
    """What libical's parser and its restriction check mark (X-LIC-ERROR), as icalvalidator
    prints it; [] for a valid file."""
    assert LIBICAL is not None
    component = LIBICAL.icalparser_parse_string(data)
    assert component, "libical did not parse the file at all"
    try:
        valid = LIBICAL.icalrestriction_check(component)
        pointer = LIBICAL.icalcomponent_as_ical_string_r(component)
        text = ctypes.string_at(pointer).decode("utf-8")
        LIBICAL.icalmemory_free_buffer(pointer)
    finally:
        LIBICAL.icalcomponent_free(component)
    unfolded = text.replace("\r\n ", "").replace("\n ", "")
    errors = [line for line in unfolded.splitlines() if line.startswith("X-LIC-ERROR")]
    if not valid and not errors:
        errors.append("icalrestriction_check failed")
    return errors


def two_far_apart_items(services: Services, partnership: int) -> tuple[int, list[int]]:
    """A visit with one item on 30 March 2026 in Leipzig (the day after the clocks went
    forward) and one on 5 November 2030 in Gwangju and one in Leipzig that day."""
    visit = services.visits.create(
        partnership_id=partnership,
        title="Long partnership programme",
        direction=Direction.INCOMING,
        start_date=date(2026, 3, 30),
        end_date=date(2030, 11, 5),
    )
    items = []
    for title, start, zone in (
        ("Spring talks", datetime(2026, 3, 30, 10), BERLIN),
        ("Autumn forum", datetime(2030, 11, 5, 14), SEOUL),
        ("Autumn reception", datetime(2030, 11, 5, 18), BERLIN),
    ):
        items.append(
            services.program.create(
                visit_id=visit.id,
                title=title,
                starts_at=to_utc(start, zone),
                ends_at=to_utc(start + timedelta(hours=2), zone),
                timezone=zone,
            ).id
        )
    return visit.id, items


def transitions(timezone: object) -> list[datetime]:
    """Every onset (DTSTART and RDATE) of a VTIMEZONE's STANDARD and DAYLIGHT parts."""
    found = []
    for part in timezone.walk():  # type: ignore[attr-defined]
        if part.name not in ("STANDARD", "DAYLIGHT"):
            continue
        found.append(part.decoded("dtstart"))
        rdates = part.get("rdate")
        for rdate in rdates if isinstance(rdates, list) else [rdates] if rdates else []:
            found.extend(period.dt for period in rdate.dts)
    return sorted(found)


# --- ORGANIZER / METHOD, SEQUENCE, LAST-MODIFIED -------------------------------------------
def test_published_with_the_office_as_organizer_and_sequence_rising_after_an_edit(
    services: Services, sample_ids: dict[str, int]
) -> None:
    assert services.settings.office_email() == "protocol@example.org"  # the sample's
    ics = IcsService(services.db, now=NOW)
    visit = sample_ids["visit"]
    calendar = parsed(ics.visit_ics(visit))
    assert str(calendar["method"]) == "PUBLISH"
    items = services.program.for_visit(visit)
    item = items[1]  # the welcome dinner, as created (the sample edits its transfers later)
    uid = ics.uid(EntryKind.PROGRAM_ITEM, item.id)
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    for event in events.values():
        assert str(event["organizer"]) == "mailto:protocol@example.org"
        assert "(Beispiel)" in event["organizer"].params["CN"]
        assert event.decoded("dtstamp") == NOW  # with a METHOD: when the file was made
    before = events[uid]
    assert before.decoded("sequence") == 0
    first_modified = before.decoded("last-modified")
    with services.db.session() as session:
        logged = max(
            row.at
            for row in session.exec(
                select(ChangeLog).where(
                    ChangeLog.table_name == "program_item", ChangeLog.record_id == item.id
                )
            )
        )
    assert first_modified == logged.replace(microsecond=0)

    services.program.update(item.id, title="Arrival (moved)")
    services.program.update(item.id, notes="Gate B")
    again = IcsService(services.db, now=NOW + timedelta(hours=1))
    data = again.visit_ics(visit)
    after = {str(e["uid"]): e for e in parsed(data).walk("VEVENT")}[uid]
    assert str(after["summary"]) == "Arrival (moved)"
    assert after.decoded("sequence") == 2  # two edits
    assert after.decoded("last-modified") >= first_modified
    # An item nobody touched keeps its sequence.
    other = after_other = {str(e["uid"]): e for e in parsed(data).walk("VEVENT")}
    assert other[ics.uid(EntryKind.PROGRAM_ITEM, items[7].id)].decoded("sequence") == 0  # lunch
    assert set(after_other) == set(events)  # same UIDs: clients update, not double

    # The second parser reads the same.
    read = {str(e.uid.value): e for e in vobject_events(data)}
    assert read[uid].sequence.value == "2"
    assert read[uid].organizer.value == "mailto:protocol@example.org"
    assert read[uid].last_modified.value == after.decoded("last-modified")


def test_without_office_email_no_method_and_no_organizer(
    services: Services, sample_ids: dict[str, int]
) -> None:
    services.settings.set_office_email("")
    ics = IcsService(services.db, now=NOW)
    data = ics.visit_ics(sample_ids["visit"])
    calendar = parsed(data)
    assert "method" not in calendar
    for event in calendar.walk("VEVENT"):
        assert "organizer" not in event
        # Without a METHOD, DTSTAMP is the record's last change (RFC 5545 §3.8.7.2).
        assert event.decoded("dtstamp") == event.decoded("last-modified")
    assert all(not hasattr(e, "organizer") for e in vobject_events(data))


def test_office_email_is_checked(services: Services) -> None:
    for bad in ("protocol", "a b@example.org", "x@localhost", "<x@example.org>", "x@ex..org"):
        with pytest.raises(ValidationError) as caught:
            services.settings.set_office_email(bad)
        assert caught.value.field == "office_email"
        assert caught.value.reason == "not_email"
    with pytest.raises(ValidationError):
        services.settings.set_office_email("a" * 250 + "@example.org")
    assert services.settings.office_email() == ""
    services.settings.set_office_email("  international@leipzig.example.org ")
    assert services.settings.office_email() == "international@leipzig.example.org"


# --- VTIMEZONE ----------------------------------------------------------------------------
def test_vtimezone_transitions_cover_march_2026_and_november_2030(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit, _items = two_far_apart_items(services, sample_ids["partnership"])
    data = IcsService(services.db).visit_ics(visit)
    calendar = parsed(data)
    zones = {str(tz["tzid"]): tz for tz in calendar.walk("VTIMEZONE")}
    assert set(zones) == {BERLIN, SEOUL}
    berlin = transitions(zones[BERLIN])
    # The clocks go forward on 29 March 2026 and back on 27 October 2030: both are there,
    # and the transitions run from before the first event to after the last one.
    assert datetime(2026, 3, 29, 3) in berlin and datetime(2030, 10, 27, 3) in berlin
    assert berlin[0] <= datetime(2026, 1, 1) and berlin[-1] >= datetime(2031, 3, 1)
    assert transitions(zones[SEOUL])[0] <= datetime(2026, 3, 30)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    for title, zone in (
        ("Spring talks", BERLIN),
        ("Autumn forum", SEOUL),
        ("Autumn reception", BERLIN),
    ):
        start = events[title]["dtstart"]
        assert start.params["TZID"] == zone
        # The offset the file's own VTIMEZONE gives is the real one of that day.
        local = start.dt.replace(tzinfo=None)
        own = zones[zone].to_tz()
        expected = local.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        assert local.replace(tzinfo=own).utcoffset() == expected, title
    stored = {i.title: i for i in services.program.for_visit(visit)}
    # vobject builds its own tzinfo from the VTIMEZONE: the same instants come back.
    for event in vobject_events(data):
        assert event.dtstart.value.astimezone(UTC) == stored[event.summary.value].starts_at
        assert event.dtend.value.astimezone(UTC) == stored[event.summary.value].ends_at
    assert datetime(2026, 3, 30, 10, tzinfo=ZoneInfo(BERLIN)).utcoffset() == timedelta(hours=2)


# --- one calendar per member ---------------------------------------------------------------
def test_a_members_calendar_holds_only_the_items_they_attend(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    items = services.program.for_visit(visit)
    members = [m.person_id for m in services.members.for_visit(visit)]
    mayor = sample_ids["mayor"]
    someone = next(p for p in members if p != mayor)
    only_mayor = items[3]
    services.program.update(only_mayor.id, all_members=False)
    services.program.set_attendees(only_mayor.id, [mayor])
    ics = IcsService(services.db)
    whole = parsed(ics.visit_ics(visit)).walk("VEVENT")
    assert len(whole) == len(items)

    def attends(person: int) -> set[str]:
        data = ics.visit_ics(visit, person_id=person)
        assert {str(e.uid.value) for e in vobject_events(data)} == {
            str(e["uid"]) for e in parsed(data).walk("VEVENT")
        }
        return {str(e["uid"]) for e in parsed(data).walk("VEVENT")}

    expected_mayor = set()
    expected_other = set()
    for item in services.program.for_visit(visit):
        attendees = set(members) if item.all_members else set(services.program.attendees(item.id))
        uid = ics.uid(EntryKind.PROGRAM_ITEM, item.id)
        if mayor in attendees:
            expected_mayor.add(uid)
        if someone in attendees:
            expected_other.add(uid)
    assert attends(mayor) == expected_mayor
    assert attends(someone) == expected_other
    assert ics.uid(EntryKind.PROGRAM_ITEM, only_mayor.id) not in expected_other
    assert len(expected_other) < len(items)
    name = str(parsed(ics.visit_ics(visit, person_id=mayor, lang="ko"))["x-wr-calname"])
    assert name.endswith("강기정 님")

    with pytest.raises(ValidationError) as caught:
        ics.visit_ics(visit, person_id=sample_ids["lord_mayor"])
    assert caught.value.field == "person"
    with pytest.raises(NotFoundError):
        ics.visit_ics(visit, person_id=99999)


# --- reminders -----------------------------------------------------------------------------
def test_reminders_before_program_items_only(
    services: Services, sample_ids: dict[str, int]
) -> None:
    ics = IcsService(services.db)
    data = ics.range_ics(date(2023, 7, 1), date(2023, 7, 31), zone=BERLIN, alarm_minutes=45)
    for event in parsed(data).walk("VEVENT"):
        alarms = event.walk("VALARM")
        if str(event["uid"]).startswith("program-item-"):
            (alarm,) = alarms
            assert alarm.decoded("trigger") == timedelta(minutes=-45)
            assert str(alarm["action"]) == "DISPLAY"
            assert str(alarm["description"]) == str(event["summary"])
        else:
            assert alarms == []  # all-day visits and exhibitions get none
    read = vobject_events(data)
    with_alarm = [e for e in read if hasattr(e, "valarm")]
    assert with_alarm and all(e.valarm.trigger.value == timedelta(minutes=-45) for e in with_alarm)
    assert "VALARM" not in ics.range_ics(date(2023, 7, 1), date(2023, 7, 31)).decode()
    for bad in (-1, 7 * 24 * 60 + 1):
        with pytest.raises(ValidationError) as caught:
            ics.visit_ics(sample_ids["visit"], alarm_minutes=bad)
        assert caught.value.field == "alarm_minutes"
    assert check_alarm_minutes(0) == 0 and check_alarm_minutes(None) is None


# --- the chosen language -------------------------------------------------------------------
def test_texts_in_the_chosen_language(services: Services, sample_ids: dict[str, int]) -> None:
    ics = IcsService(services.db)
    visit = sample_ids["visit"]
    item = services.program.for_visit(visit)[0]
    korean = item.translations["title"]["ko"]
    english = item.translations["title"]["en"]
    uid = ics.uid(EntryKind.PROGRAM_ITEM, item.id)

    def event(lang: str):  # type: ignore[no-untyped-def]
        return {str(e["uid"]): e for e in parsed(ics.visit_ics(visit, lang=lang)).walk("VEVENT")}[
            uid
        ]

    assert str(event("ko")["summary"]) == korean
    assert str(event("ko")["description"]).startswith("방문: ")
    assert str(event("en")["summary"]) == english
    assert str(event("en")["description"]).startswith("Visit: ")
    assert str(event("de")["description"]).startswith("Besuch: ")
    both = event("de+ko")
    assert str(both["summary"]) == f"{item.title} / {korean}"
    assert "Besuch: " in str(both["description"]) and "방문: " in str(both["description"])
    july = parsed(ics.range_ics(date(2023, 7, 1), date(2023, 7, 31), lang="en")).walk("VEVENT")
    visit_event = next(e for e in july if str(e["uid"]).startswith("visit-"))
    assert str(visit_event["description"]).startswith("Visit from Gwangju")
    with pytest.raises(ValidationError):
        ics.visit_ics(visit, lang="fr")


# --- an empty range ------------------------------------------------------------------------
def test_an_empty_range_is_a_valid_calendar_without_events(
    services: Services, sample_ids: dict[str, int]
) -> None:
    ics = IcsService(services.db)
    export = ics.range_export(date(2031, 2, 1), date(2031, 2, 28), zone=SEOUL, alarm_minutes=10)
    assert export.empty and export.events == 0 and not export.published
    calendar = parsed(export.data)
    assert calendar.walk("VEVENT") == []
    assert "method" not in calendar  # PUBLISH needs at least one event (RFC 5546)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == SEOUL  # a calendar holds at least one component
    read = vobject.readOne(io.StringIO(export.data.decode()))
    assert not hasattr(read, "vevent") and read.vtimezone.tzid.value == SEOUL


@pytest.mark.skipif(LIBICAL is None, reason="libical is not installed (apt-get install libical3)")
def test_libical_finds_nothing_to_complain_about(
    services: Services, sample_ids: dict[str, int]
) -> None:
    ics = IcsService(services.db)
    visit = sample_ids["visit"]
    far_visit, _items = two_far_apart_items(services, sample_ids["partnership"])
    exports = {
        "visit": ics.visit_ics(visit),
        "member with reminders": ics.visit_ics(
            visit, person_id=sample_ids["mayor"], alarm_minutes=30, lang="ko"
        ),
        "July, bilingual": ics.range_ics(date(2023, 7, 1), date(2023, 7, 31), lang="de+ko"),
        "residency": ics.residency_ics(sample_ids["residency_incoming"], lang="en"),
        "2026 to 2030": ics.visit_ics(far_visit, alarm_minutes=0),
        "empty range": ics.range_ics(date(2031, 2, 1), date(2031, 2, 28)),
    }
    services.settings.set_office_email("")
    exports["no office e-mail"] = ics.visit_ics(visit, alarm_minutes=15)
    exports["no office e-mail, July"] = ics.range_ics(date(2023, 7, 1), date(2023, 7, 31))
    for name, data in exports.items():
        assert libical_errors(data) == [], name
    # The check can fail: a published event without an organizer is refused.
    broken = exports["visit"].replace(b"ORGANIZER", b"X-ORGANIZER")
    assert any("ORGANIZER" in error for error in libical_errors(broken))
