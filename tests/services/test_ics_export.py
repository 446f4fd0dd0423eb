"""ICS export parsed back with icalendar: UIDs, zones, instants across the DST change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.enums import Direction
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.ics import IcsService
from exchange_planner.services.registry import Services

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"


def events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def utc(value: object) -> datetime:
    assert isinstance(value, datetime) and value.tzinfo is not None
    return value.astimezone(UTC)


def test_visit_program_round_trip(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    ics = IcsService(services.db)
    data = ics.visit_ics(sample_ids["visit"])
    parsed = events(data)
    items = services.program.for_visit(sample_ids["visit"])
    assert len(parsed) == len(items) == 12
    for item in items:
        event = parsed[ics.uid(EntryKind.PROGRAM_ITEM, item.id)]
        assert utc(event.decoded("dtstart")) == item.starts_at
        assert utc(event.decoded("dtend")) == item.ends_at
        assert event["dtstart"].params["TZID"] == BERLIN
        assert str(event["summary"]) == item.title
    text = data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Berlin" in text
    assert "Polizeibegleitung" not in text  # internal notes stay inside
    # Stable UIDs: a second export carries the same ones.
    assert set(events(ics.visit_ics(sample_ids["visit"]))) == set(parsed)
    assert set(events(IcsService(services.db).visit_ics(sample_ids["visit"]))) == set(parsed)
    assert all(uid.startswith("program-item-") for uid in parsed)


def test_seoul_items_and_dst_change(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    visit = services.visits.create(
        partnership_id=sample_ids["partnership"],
        title="Autumn visit across the clock change",
        direction=Direction.OUTGOING,
        start_date=date(2023, 10, 27),
        end_date=date(2023, 10, 30),
    )
    created = []
    for title, start, end, zone in (
        ("Saturday dinner", datetime(2023, 10, 28, 19), datetime(2023, 10, 28, 23), BERLIN),
        ("Night train", datetime(2023, 10, 28, 23), datetime(2023, 10, 29, 7), BERLIN),
        ("Sunday lunch", datetime(2023, 10, 29, 12), datetime(2023, 10, 29, 14), BERLIN),
        ("Meeting in Gwangju", datetime(2023, 10, 30, 10), datetime(2023, 10, 30, 11), SEOUL),
    ):
        created.append(
            services.program.create(
                visit_id=visit.id,
                title=title,
                starts_at=to_utc(start, zone),
                ends_at=to_utc(end, zone),
                timezone=zone,
            )
        )
    # In the repeated hour, after the clocks went back: 02:30 CET = 01:30 UTC.
    second_half = datetime(2023, 10, 29, 1, 30, tzinfo=UTC)
    created.append(
        services.program.create(
            visit_id=visit.id,
            title="Repeated hour",
            starts_at=second_half,
            ends_at=second_half + timedelta(minutes=20),
            timezone=BERLIN,
        )
    )
    assert created[1].ends_at - created[1].starts_at == timedelta(hours=9)  # 8 h + 1 h back
    ics = IcsService(services.db)
    parsed = {str(e["summary"]): e for e in events(ics.visit_ics(visit.id)).values()}
    for item in created:
        event = parsed[item.title]
        assert utc(event.decoded("dtstart")) == item.starts_at, item.title
        assert utc(event.decoded("dtend")) == item.ends_at, item.title
    assert parsed["Meeting in Gwangju"]["dtstart"].params["TZID"] == SEOUL
    assert parsed["Sunday lunch"]["dtstart"].to_ical() == b"20231029T120000"
    text = ics.visit_ics(visit.id).decode()
    assert "TZID:Asia/Seoul" in text and "TZID:Europe/Berlin" in text


def test_residency_all_day_end_exclusive(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    ics = IcsService(services.db)
    data = ics.residency_ics(sample_ids["residency_incoming"])
    (event,) = events(data).values()
    assert event.decoded("dtstart") == date(2024, 9, 1)
    assert event.decoded("dtend") == date(2024, 12, 1)
    assert "VALUE=DATE" in data.decode()
    assert str(event["uid"]).startswith(f"residency-{sample_ids['residency_incoming']}-")


def test_range_export(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    ics = IcsService(services.db)
    parsed = events(ics.range_ics(date(2023, 7, 1), date(2023, 7, 31), zone=BERLIN))
    kinds = {uid.split("-")[0] for uid in parsed}
    assert {"program", "visit", "exhibition"} <= kinds
    assert len(parsed) == 14
    first = events(ics.range_ics(date(2023, 7, 1), date(2023, 7, 31), zone=BERLIN))
    assert set(first) == set(parsed)
