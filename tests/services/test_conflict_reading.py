"""The window queries find what reading every overlapping item through the ORM found.

Random small plans (people on several delegations, shared venues and hosts, items of no
length, items of days, items outside their visit, gifts repeated across visits, thresholds)
are judged by the previous implementation (``previous_conflicts.py``, word for word) and by
``ConflictService`` as it is now, for every visit and for all at once.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from previous_conflicts import PreviousConflictService

from exchange_planner.domain.conflicts import Conflict, ConflictKind
from exchange_planner.domain.enums import (
    Direction,
    GiftDirection,
    MemberRole,
    NameOrder,
    ProgramKind,
    VisitStatus,
)
from exchange_planner.services import conflict_reading as reading
from exchange_planner.services.conflict_reading import items_overlapping, longest_item
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import sqlite_path
from exchange_planner.storage.sql_read import session_execute, sqlite_file_reader

ZONES = ("Europe/Berlin", "Asia/Seoul", "UTC")
START = date(2024, 3, 1)


def comparable(conflict: Conflict) -> tuple[object, ...]:
    """Everything a conflict says. The order in which a merged double booking lists its people
    followed the order the database handed out the rows in (no ORDER BY before), so the
    people are compared as a set there; every other message word for word."""
    message = conflict.message
    people: tuple[object, ...] = conflict.person_ids
    if conflict.kind is ConflictKind.PERSON_DOUBLE_BOOKED and len(conflict.person_ids) > 1:
        _, _, detail = message.partition(" are expected at two places at once: ")
        message = detail
        people = tuple(sorted(conflict.person_ids))
    return (
        conflict.kind,
        message,
        conflict.item_ids,
        people,
        conflict.venue_id,
        conflict.gift_ids,
        conflict.visit_ids,
        conflict.facts.other_visit,
        tuple(sorted(conflict.facts.people)),
        conflict.facts.slots,
        conflict.facts.visit,
    )


def fill_randomly(services: Services, rng: random.Random) -> list[int]:
    partnerships = [
        services.partnerships.create(partner_city=city, country=country, timezone=zone).id
        for city, country, zone in (
            ("Gwangju", "Korea", "Asia/Seoul"),
            ("Houston", "USA", "America/Chicago"),
        )
    ]
    people = []
    for index in range(9):
        korean = index % 3 == 0
        people.append(
            services.people.create(
                family_name=rng.choice(["Kang", "Park", "Jung", "Müller", "Kim"]) + str(index),
                given_name=f"Given {index}",
                native_name="강기정" if korean else "",
                name_order=NameOrder.FAMILY_FIRST if korean else NameOrder.GIVEN_FIRST,
                country=rng.choice(["KR", "Germany", "Korea", ""]),
            ).id
        )
    venues = [
        services.venues.create(
            name=f"Hall {index}", room=rng.choice(["", "Festsaal"]), timezone=z
        ).id
        for index, z in enumerate(ZONES)
    ]
    visits = []
    for index in range(rng.randint(2, 4)):
        first = START + timedelta(days=rng.randint(0, 4))
        visit = services.visits.create(
            partnership_id=rng.choice(partnerships),
            title=f"Visit {index}",
            direction=rng.choice([Direction.INCOMING, Direction.OUTGOING]),
            start_date=first,
            end_date=first + timedelta(days=rng.randint(0, 3)),
        ).id
        visits.append(visit)
        for person in rng.sample(people, rng.randint(0, 5)):
            services.members.create(visit_id=visit, person_id=person)
        for number in range(rng.randint(0, 6)):
            starts_at = datetime.combine(START, datetime.min.time(), UTC) + timedelta(
                minutes=30 * rng.randint(0, 8 * 48)
            )
            length = rng.choice(
                [timedelta(0), timedelta(minutes=30), timedelta(hours=2), timedelta(days=2)]
            )
            all_members = rng.random() < 0.6
            item = services.program.create(
                visit_id=visit,
                title=f"Item {index}.{number}",
                starts_at=starts_at,
                ends_at=starts_at + length,
                timezone=rng.choice(ZONES),
                venue_id=rng.choice([None, *venues]),
                host_id=rng.choice([None, None, *people]),
                all_members=all_members,
            )
            if not all_members:
                services.program.set_attendees(item.id, rng.sample(people, rng.randint(0, 4)))
        for number in range(rng.randint(0, 2)):
            services.gifts.create(
                visit_id=visit,
                direction=rng.choice([GiftDirection.GIVEN, GiftDirection.RECEIVED]),
                description=rng.choice(["Porcelain vase", "Porcelain vases", "Tea set"]),
                maker=rng.choice(["", "Meissen", "Meissen manufactory"]),
                recipient_id=rng.choice([None, *people]),
                value_amount=Decimal(rng.choice(["20", "185.5", "250", "0.1"])),
                value_currency=rng.choice(["EUR", "KRW", "USD"]),
                presented_on=rng.choice([None, START + timedelta(days=number)]),
            )
    if rng.random() < 0.5:
        services.settings.set("gift_threshold_DE_EUR", rng.choice(["10", "", "150"]))
    return visits


#: The kinds the planning checks added after the previous implementation (which knew none).
PLANNING = {
    ConflictKind.INTERPRETER_DOUBLE_BOOKED,
    ConflictKind.BEFORE_ARRIVAL,
    ConflictKind.AFTER_DEPARTURE,
    ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST,
    ConflictKind.MEMBER_WITHOUT_TRAVEL,
    ConflictKind.DIETARY_NOTE_WITHOUT_MEAL,
}


def known_before(conflicts: list[Conflict]) -> list[tuple[object, ...]]:
    return [comparable(c) for c in conflicts if c.kind not in PLANNING]


@pytest.mark.parametrize("seed", range(6))
def test_the_window_queries_find_what_reading_every_item_found(
    services: Services, seed: int
) -> None:
    visits = fill_randomly(services, random.Random(seed))
    previous = PreviousConflictService(services.db)
    for visit in visits:
        now = known_before(services.conflicts.for_visit(visit))
        assert now == [comparable(c) for c in previous.for_visit(visit)], visit
    assert known_before(services.conflicts.for_all()) == [comparable(c) for c in previous.for_all()]


def plan_randomly(services: Services, rng: random.Random) -> list[int]:
    """``fill_randomly``, then the planning checks' data: statuses, interpreters, arrivals
    and departures (some missing, some after items start), dietary notes, meals, free time."""
    visits = fill_randomly(services, rng)
    for visit in visits:
        services.visits.update(visit, status=rng.choice(list(VisitStatus)))
        for member in services.members.for_visit(visit):
            arrival = datetime.combine(START, datetime.min.time(), UTC) + timedelta(
                hours=rng.randint(0, 6 * 24)
            )
            services.members.update(
                member.id,
                role=rng.choice([MemberRole.OFFICIAL, MemberRole.INTERPRETER, MemberRole.HEAD]),
                arrival=rng.choice([None, arrival]),
                departure=rng.choice([None, arrival + timedelta(days=rng.randint(0, 4))]),
            )
        for item in services.program.for_visit(visit):
            services.program.update(item.id, kind=rng.choice(list(ProgramKind)))
    for person in services.people.list():
        services.people.update(person.id, dietary_notes=rng.choice(["", "", "vegan", "Halal"]))
    return visits


@pytest.mark.sqlite_only
@pytest.mark.parametrize("seed", range(4))
def test_both_readers_find_the_same_planning_gaps(
    services: Services, seed: int, tmp_path: Path
) -> None:
    """The service (a session) and the command line's reader (sqlite3 on the file) judge the
    same random plans alike, the planning checks included, for each visit and for all."""
    visits = plan_randomly(services, random.Random(100 + seed))
    path = sqlite_path(services.db.url)
    assert path is not None
    through_service = {v: services.conflicts.for_visit(v) for v in visits}
    every = services.conflicts.for_all()
    services.db.dispose()
    with sqlite_file_reader(path) as execute:
        for visit in visits:
            direct = reading.read_conflicts(execute, visit)
            assert [comparable(c) for c in direct] == [
                comparable(c) for c in through_service[visit]
            ], visit
        assert [comparable(c) for c in reading.read_conflicts(execute)] == [
            comparable(c) for c in every
        ]
    kinds = {c.kind for found in through_service.values() for c in found}
    assert kinds & PLANNING, kinds  # the random plans do show planning gaps
    # Each visit's own gaps are those that the check of all visits finds for it.
    gaps = PLANNING - {ConflictKind.INTERPRETER_DOUBLE_BOOKED}
    for visit in visits:
        own = [comparable(c) for c in through_service[visit] if c.kind in gaps]
        assert own == [comparable(c) for c in every if c.kind in gaps and c.visit_ids == (visit,)]


def test_a_long_item_far_before_the_window_is_found(services: Services) -> None:
    """The start is bounded by the longest item: one of three weeks is read."""
    fill_randomly(services, random.Random(99))
    visit = services.visits.list()[0]
    early = datetime(2024, 2, 10, 9, tzinfo=UTC)
    long_item = services.program.create(
        visit_id=visit.id,
        title="Exhibition weeks",
        starts_at=early,
        ends_at=early + timedelta(days=40),
        timezone="UTC",
    )
    first = datetime(2024, 3, 2, tzinfo=UTC)
    with services.db.session() as session:
        execute = session_execute(session)
        longest = longest_item(execute, session.get_bind().dialect.name)
        found = items_overlapping(execute, first, first + timedelta(hours=1), longest)
    assert longest >= timedelta(days=40)
    assert long_item.id in {item.id for item in found}
    assert all(item.ends_at > first for item in found)


#: Statements of one visit's conflicts and one example of their parameters.
PLANNED = {
    "own items": (reading.OWN_ITEMS, {"visit": 1}),
    "window": (
        reading.WINDOW_ITEMS,
        {"earliest": "2023-07-24 00:00:00", "last": "2023-07-28 00:00:00", "first": "2023-07-25"},
    ),
    "longest item": (reading.LONGEST_ITEM["sqlite"], {}),
    "members": (reading.MEMBERS.format(ids=":id0, :id1"), {"id0": 1, "id1": 2}),
    "attendees": (reading.ATTENDEES.format(ids=":id0"), {"id0": 1}),
    "people": (reading.PEOPLE.format(ids=":id0"), {"id0": 1}),
    "venues": (reading.VENUES.format(ids=":id0"), {"id0": 1}),
    "visits": (reading.VISITS.format(ids=":id0"), {"id0": 1}),
    "partnerships": (reading.PARTNERSHIPS.format(ids=":id0"), {"id0": 1}),
    "own gifts": (reading.OWN_GIFTS, {"visit": 1}),
    "stays": (reading.STAYS.format(ids=":id0"), {"id0": 1}),
    "dietary notes": (reading.DIETS.format(ids=":id0, :id1"), {"id0": 1, "id1": 2}),
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", list(PLANNED))
def test_each_statement_of_one_visit_searches_an_index(sample_db_path: Path, name: str) -> None:
    """No statement of one visit reads a whole table (only the gifts given with a maker, a
    small table, are all compared, and the few settings)."""
    sql, params = PLANNED[name]
    with sqlite_file_reader(sample_db_path) as execute:
        plan = [row[3] for row in execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert plan and all(step.startswith("SEARCH") for step in plan), plan
    if name == "window":
        assert "ix_program_item_starts_at (starts_at>? AND starts_at<?)" in plan[0]
    if name == "longest item":
        assert "ix_program_item_span" in plan[0]
