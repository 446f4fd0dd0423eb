"""Databases with plans around today, for the first screen's tests (the sample is July 2023).

``shift_sample`` moves every date of a sample file so its visit falls in the current month;
``add_busy_plans`` adds many visits, items, residencies, exhibitions and deadlines around a
day, with double bookings, items outside their visit, cancelled records and translations.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from exchange_planner.domain.enums import (
    ChecklistKind,
    Direction,
    NameOrder,
    ResidencyStatus,
    VisitStatus,
)
from exchange_planner.services.registry import Services

#: The first day of the sample's visit (25 July 2023).
SAMPLE_VISIT_DAY = date(2023, 7, 25)

_DATES = {
    "visit": ("start_date", "end_date"),
    "residency": ("start_date", "end_date"),
    "exhibition": ("start_date", "end_date"),
    "checklist_item": ("due_date", "done_on"),
    "residency_deliverable": ("due_date",),
    "gift": ("presented_on",),
}
_INSTANTS = {"program_item": ("starts_at", "ends_at")}


def shift_sample(path: Path, first_day: date) -> int:
    """Move the plans of the sample file ``path`` by whole days so that its visit starts on
    ``first_day``; returns the days moved. Written with sqlite3 (the file stays in WAL mode,
    at the current schema)."""
    days = (first_day - SAMPLE_VISIT_DAY).days
    shift = timedelta(days=days)
    connection = sqlite3.connect(path)

    def moved_day(value: object) -> object:
        return None if value is None else (date.fromisoformat(str(value)[:10]) + shift).isoformat()

    def moved_instant(value: object) -> object:
        moved = datetime.fromisoformat(str(value)) + shift
        return moved.isoformat(sep=" ", timespec="microseconds")

    try:
        with connection:
            for tables, move in ((_DATES, moved_day), (_INSTANTS, moved_instant)):
                for table, columns in tables.items():
                    names = ", ".join(columns)
                    sets = ", ".join(f"{column} = ?" for column in columns)
                    for row_id, *values in connection.execute(
                        f"SELECT id, {names} FROM {table}"
                    ).fetchall():
                        connection.execute(
                            f"UPDATE {table} SET {sets} WHERE id = ?",
                            (*(move(value) for value in values), row_id),
                        )
    finally:
        connection.close()
    return days


def add_busy_plans(services: Services, around: date, seed: int = 1, visits: int = 24) -> None:
    """Many plans of every kind within a few months of ``around``."""
    rng = random.Random(seed)
    zones = ("Europe/Berlin", "Asia/Seoul", "America/Chicago", "UTC")
    partnerships = [
        services.partnerships.create(
            partner_city=city,
            country=country,
            timezone=zone,
            city_native=native,
            original_language="en",
            translations={"partner_city": {"de": city + " (de)", "ko": native or city}},
        ).id
        for city, country, zone, native in (
            ("Busan", "Korea", "Asia/Seoul", "부산"),
            ("Houston", "USA", "America/Chicago", ""),
        )
    ]
    people = []
    for index in range(10):
        korean = index % 3 == 0
        people.append(
            services.people.create(
                family_name=rng.choice(["Kang", "Park", "Jung", "Müller", "Kim"]) + str(index),
                given_name=f"Given {index}",
                native_name="강기정" if korean else "",
                name_order=NameOrder.FAMILY_FIRST if korean else NameOrder.GIVEN_FIRST,
            ).id
        )
    venues = [
        services.venues.create(
            name=f"Hall {index}",
            room=rng.choice(["", "Festsaal"]),
            timezone=zone,
            original_language="de",
            translations={"name": {"en": f"Hall {index} (en)"}} if index % 2 else {},
        ).id
        for index, zone in enumerate(zones)
    ]
    start = around - timedelta(days=70)
    visit_ids = []
    for index in range(visits):
        first = start + timedelta(days=rng.randint(0, 140))
        visit = services.visits.create(
            partnership_id=rng.choice(partnerships),
            title=f"Visit {index}",
            direction=rng.choice([Direction.INCOMING, Direction.OUTGOING]),
            start_date=first,
            end_date=first + timedelta(days=rng.randint(0, 5)),
            status=rng.choice([VisitStatus.DRAFT, VisitStatus.CONFIRMED, VisitStatus.CANCELLED]),
            hotel_id=rng.choice([None, *venues]),
            notes=rng.choice(["", "Bring gifts"]),
            original_language=rng.choice(["de", "en"]),
            translations={"title": {"ko": f"방문 {index}"}} if index % 3 == 0 else {},
        ).id
        visit_ids.append(visit)
        for person in rng.sample(people, rng.randint(0, 5)):
            services.members.create(visit_id=visit, person_id=person)
        for number in range(rng.randint(0, 8)):
            starts_at = datetime.combine(first, datetime.min.time(), UTC) + timedelta(
                minutes=30 * rng.randint(-4, 6 * 48)
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
                timezone=rng.choice(zones),
                venue_id=rng.choice([None, *venues]),
                host_id=rng.choice([None, None, *people]),
                all_members=all_members,
                dress_code=rng.choice(["", "Business attire"]),
                notes=rng.choice(["", "Interpreter needed"]),
                translations={"title": {"en": f"Item {index}.{number} (en)"}} if number % 2 else {},
            )
            if not all_members:
                services.program.set_attendees(item.id, rng.sample(people, rng.randint(0, 4)))
    for index in range(8):
        first = start + timedelta(days=rng.randint(0, 140))
        residency = services.residencies.create(
            title=rng.choice(["", f"Residency {index}"]),
            artist_id=rng.choice([None, *people]),
            partnership_id=rng.choice(partnerships),
            direction=rng.choice([Direction.INCOMING, Direction.OUTGOING]),
            host_institution=rng.choice(["", "Museum", "museum"]),
            studio_id=rng.choice([None, venues[0], venues[1]]),
            start_date=first,
            end_date=first + timedelta(days=rng.randint(10, 90)),
            status=rng.choice([ResidencyStatus.PROPOSED, ResidencyStatus.CANCELLED]),
        )
        for kind in rng.sample(list(ChecklistKind), 3):
            services.checklist.create(
                residency_id=residency.id,
                kind=kind,
                due_date=first + timedelta(days=rng.randint(-40, 40)),
                done_on=rng.choice([None, None, first]),
            )
    for index in range(4):
        first = start + timedelta(days=rng.randint(0, 140))
        services.exhibitions.create(
            title=f"Exhibition {index}",
            venue_id=rng.choice([None, *venues]),
            start_date=first,
            end_date=first + timedelta(days=rng.randint(0, 60)),
            partnership_id=rng.choice([None, *partnerships]),
            translations={"title": {"ko": f"전시 {index}"}},
        )


def month_ranges(around: date, before: int = 3, after: int = 3) -> list[tuple[date, date]]:
    """The days the month view shows (six weeks from the Monday on or before the 1st), for
    the months from ``before`` months before ``around`` to ``after`` months after it."""
    from exchange_planner.domain.calendar import add_months, month_weeks

    ranges = []
    for offset in range(-before, after + 1):
        day = add_months(around.replace(day=1), offset)
        weeks = month_weeks(day.year, day.month)
        ranges.append((weeks[0][0], weeks[-1][-1]))
    return ranges
