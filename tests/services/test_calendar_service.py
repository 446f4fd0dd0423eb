"""Calendar range queries: what lands where, conflicts, deadlines, and bounded queries."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from exchange_planner.domain.calendar import EntryKind, entry_days
from exchange_planner.domain.enums import ChecklistKind, Direction
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.calendar import filter_entries
from exchange_planner.services.registry import Services

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"


def test_sample_visit_and_program_on_26_july(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    entries = services.calendar.entries(date(2023, 7, 26), date(2023, 7, 26), BERLIN)
    kinds = {entry.kind for entry in entries}
    assert {EntryKind.VISIT, EntryKind.PROGRAM_ITEM, EntryKind.EXHIBITION} <= kinds
    visit = next(e for e in entries if e.kind is EntryKind.VISIT)
    assert visit.id == sample_ids["visit"]
    items = [e for e in entries if e.kind is EntryKind.PROGRAM_ITEM]
    assert len(items) == 9
    assert all(entry_days(e, BERLIN) == (date(2023, 7, 26),) * 2 for e in items)
    assert all(e.parent_id == sample_ids["visit"] for e in items)
    assert "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus" in {
        e.title for e in items
    }
    assert not any(e.conflicts for e in items)


def test_entry_texts_in_a_language(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    def facts(language: str | None) -> set[tuple[str, str, str]]:
        entries = services.calendar.entries(
            date(2023, 7, 26), date(2023, 7, 26), BERLIN, language=language
        )
        return {
            (e.facts.own_title, e.facts.place, e.facts.dress_code)
            for e in entries
            if e.kind is EntryKind.PROGRAM_ITEM
        }

    assert (
        "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus",
        "Neues Rathaus",
        "Dunkler Anzug",
    ) in facts(None)
    assert facts("de") == facts(None)  # the sample's originals are German
    assert ("Reception by Lord Mayor Burkhard Jung", "Neues Rathaus", "Business attire") in facts(
        "en"
    )
    assert ("부르크하르트 융 라이프치히 시장 환영 접견", "라이프치히 신시청사", "정장") in facts(
        "ko"
    )
    studio = next(
        e
        for e in services.calendar.entries(
            date(2023, 4, 1), date(2023, 4, 1), BERLIN, language="en"
        )
        if e.kind is EntryKind.RESIDENCY
    )
    assert studio.facts.place == "International Residency Studio, Gwangju Museum of Art"
    assert studio.facts.city == "Gwangju"


def test_range_excludes_neighbours(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    entries = services.calendar.entries(date(2023, 7, 28), date(2023, 7, 30), BERLIN)
    assert {e.kind for e in entries} == {EntryKind.EXHIBITION}
    # The welcome dinner (19:30-21:30 Berlin) is 02:30-04:30 on the 26th in Seoul.
    seoul = services.calendar.entries(date(2023, 7, 26), date(2023, 7, 26), SEOUL)
    assert "Begrüßungsabendessen" in {e.title for e in seoul}
    berlin = services.calendar.entries(date(2023, 7, 26), date(2023, 7, 26), BERLIN)
    assert "Begrüßungsabendessen" not in {e.title for e in berlin}


def test_program_item_at_20_00_lands_next_day_in_seoul(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    item = services.program.create(
        visit_id=sample_ids["visit"],
        title="Concert at the Gewandhaus",
        starts_at=to_utc(datetime(2023, 7, 26, 20, 0), BERLIN),
        ends_at=to_utc(datetime(2023, 7, 26, 22, 0), BERLIN),
        timezone=BERLIN,
    )
    services.calendar.invalidate()
    seoul = services.calendar.entries(date(2023, 7, 27), date(2023, 7, 27), SEOUL)
    assert item.id in {e.id for e in seoul if e.kind is EntryKind.PROGRAM_ITEM}
    entry = next(e for e in seoul if e.id == item.id and e.kind is EntryKind.PROGRAM_ITEM)
    assert entry_days(entry, SEOUL) == (date(2023, 7, 27), date(2023, 7, 27))
    assert entry_days(entry, BERLIN) == (date(2023, 7, 26), date(2023, 7, 26))


def test_conflicts_marked_for_double_booked_venue(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    reception = next(
        i for i in services.program.for_visit(sample_ids["visit"]) if i.title.startswith("Empfang")
    )
    clash = services.program.create(
        visit_id=sample_ids["visit"],
        title="Press briefing",
        starts_at=reception.starts_at + timedelta(minutes=10),
        ends_at=reception.ends_at,
        timezone=BERLIN,
        venue_id=reception.venue_id,
        all_members=False,
    )
    entries = services.calendar.entries(date(2023, 7, 26), date(2023, 7, 26), BERLIN)
    marked = {e.id for e in entries if e.kind is EntryKind.PROGRAM_ITEM and e.conflicts}
    assert marked == {reception.id, clash.id}
    entry = next(e for e in entries if e.id == clash.id and e.kind is EntryKind.PROGRAM_ITEM)
    assert "booked twice" in entry.conflicts[0]
    assert "⚠" in entry.tooltip


def test_studio_conflict_and_deadlines(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    counter = services.residencies.get(sample_ids["residency_incoming"])
    other = services.residencies.create(
        title="Second guest in the same studio",
        partnership_id=sample_ids["partnership"],
        direction=Direction.INCOMING,
        studio_id=counter.studio_id,
        start_date=date(2024, 11, 1),
        end_date=date(2024, 12, 15),
    )
    services.calendar.invalidate()
    entries = services.calendar.entries(
        date(2024, 11, 1), date(2024, 11, 30), BERLIN, today=date(2024, 11, 25)
    )
    residencies = {e.id: e for e in entries if e.kind is EntryKind.RESIDENCY}
    assert residencies[other.id].conflicts and residencies[counter.id].conflicts
    deadlines = [e for e in entries if e.kind is EntryKind.DEADLINE]
    assert [d.title for d in deadlines] == ["Open studio due"]
    assert deadlines[0].overdue and deadlines[0].parent_id == counter.id
    # Done checklist items are not deadlines any more.
    services.checklist.update(deadlines[0].id, done_on=date(2024, 11, 22))
    entries = services.calendar.entries(date(2024, 11, 1), date(2024, 11, 30), BERLIN)
    assert not [e for e in entries if e.kind is EntryKind.DEADLINE]


def test_filters(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    entries = services.calendar.entries(date(2023, 7, 1), date(2023, 7, 31), BERLIN)
    only_visits = filter_entries(entries, kinds={EntryKind.VISIT})
    assert [e.kind for e in only_visits] == [EntryKind.VISIT]
    assert filter_entries(entries, partnership_ids={999}) == []
    assert len(filter_entries(entries, partnership_ids={sample_ids["partnership"]})) == len(entries)
    assert ChecklistKind.VISA  # the enum the deadlines come from


@pytest.mark.sqlite_only
def test_queries_read_only_rows_near_the_range(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    """The program query is bounded on the indexed start column on both sides."""
    for offset in range(50):
        start = to_utc(datetime(2030, 1, 1, 10), BERLIN) + timedelta(days=offset)
        services.program.create(
            visit_id=sample_ids["visit"],
            title=f"Far item {offset}",
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            timezone=BERLIN,
        )
    services.calendar.invalidate()
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = services.db.engine
    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        services.calendar.entries(date(2023, 7, 1), date(2023, 7, 31), BERLIN)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    program_sql = next(s for s in statements if "FROM program_item" in s and "julianday" not in s)
    assert "program_item.starts_at >=" in program_sql and "program_item.starts_at <" in program_sql
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM program_item "
            "WHERE starts_at >= '2023-06-01' AND starts_at < '2023-08-01' "
            "AND ends_at >= '2023-07-01'"
        ).fetchall()
    assert "USING INDEX" in " ".join(str(row) for row in plan)
