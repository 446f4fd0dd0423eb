"""The planning checks as the conflict service gathers them, through both readers: the
service's session and the command line's sqlite3 reader of the file give the same findings.
The sample shows none of them (its plan has no such gaps)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from exchange_planner.domain.conflicts import Conflict, ConflictKind
from exchange_planner.domain.enums import MemberRole, ProgramKind, VisitStatus
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services import conflict_reading as reading
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import sqlite_path
from exchange_planner.storage.sql_read import sqlite_file_reader

BERLIN = "Europe/Berlin"
PLANNING = {
    ConflictKind.INTERPRETER_DOUBLE_BOOKED,
    ConflictKind.BEFORE_ARRIVAL,
    ConflictKind.AFTER_DEPARTURE,
    ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST,
    ConflictKind.MEMBER_WITHOUT_TRAVEL,
    ConflictKind.DIETARY_NOTE_WITHOUT_MEAL,
}


def planning(conflicts: list[Conflict]) -> list[tuple[ConflictKind, str]]:
    return [(c.kind, c.message) for c in conflicts if c.kind in PLANNING]


def both_readers(services: Services, visit: int | None) -> list[Conflict]:
    """The findings through the service, checked equal to the file reader's."""
    found = (
        services.conflicts.for_visit(visit) if visit is not None else services.conflicts.for_all()
    )
    path = sqlite_path(services.db.url)
    if path is not None:  # the command line reads SQLite files only
        with sqlite_file_reader(path) as execute:
            direct = reading.read_conflicts(execute, visit)
        assert [(c.kind, c.message, c.item_ids, c.person_ids) for c in direct] == [
            (c.kind, c.message, c.item_ids, c.person_ids) for c in found
        ]
    return found


def test_the_sample_shows_no_planning_gap(services: Services, sample_ids: dict[str, int]) -> None:
    assert planning(both_readers(services, sample_ids["visit"])) == []
    assert planning(both_readers(services, None)) == []


def members_by_name(services: Services, visit: int) -> dict[str, int]:
    return {
        services.people.get(m.person_id).family_name: m.id
        for m in services.members.for_visit(visit)
    }


def test_late_arrival_and_early_departure_name_the_member_and_item(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    members = members_by_name(services, visit)
    services.members.update(members["Kang"], arrival=to_utc(datetime(2023, 7, 25, 20, 0), BERLIN))
    services.members.update(members["Park"], departure=to_utc(datetime(2023, 7, 26, 15, 0), BERLIN))
    found = planning(both_readers(services, visit))
    assert (
        ConflictKind.BEFORE_ARRIVAL,
        "“Begrüßungsabendessen” (25.07.2023 19:30–21:30) starts before the arrival of "
        "Kang Gi-jung (강기정) (25.07.2023 20:00)",
    ) in found
    # The transfer at 17:40 also starts before Kang arrives; Park misses the museum's end.
    assert [kind for kind, _ in found].count(ConflictKind.BEFORE_ARRIVAL) == 2
    late = [text for kind, text in found if kind is ConflictKind.AFTER_DEPARTURE]
    assert any(text.startswith("“Museum der bildenden Künste") for text in late)
    assert all("Park Ji-won (박지원) (26.07.2023 15:00)" in text for text in late)
    assert planning(both_readers(services, None)) == found


def test_confirmed_visit_without_travel_times_and_draft_without(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    members = members_by_name(services, visit)
    services.members.update(members["Baek"], arrival=None, departure=None)
    for status in (VisitStatus.DRAFT, VisitStatus.PLANNED, VisitStatus.CANCELLED):
        services.visits.update(visit, status=status)
        assert planning(both_readers(services, visit)) == [], status
    services.visits.update(visit, status=VisitStatus.CONFIRMED)
    assert planning(both_readers(services, visit)) == [
        (
            ConflictKind.MEMBER_WITHOUT_TRAVEL,
            "No arrival or departure time for Baek Seo-yeon (백서연), though “Offizieller "
            "Besuch der Delegation aus Gwangju” is confirmed",
        )
    ]


def test_interpreter_on_two_overlapping_items(
    services: Services, sample_ids: dict[str, int]
) -> None:
    """The sample's Gwangju interpreter is also booked for a talk of another visit at the
    time of the Lord Mayor's reception."""
    visit = sample_ids["visit"]
    baek = next(
        m.person_id
        for m in services.members.for_visit(visit)
        if m.role is MemberRole.INTERPRETER or m.role == "interpreter"
    )
    reception = next(
        i for i in services.program.for_visit(visit) if i.kind is ProgramKind.RECEPTION
    )
    sample = services.visits.get(visit)
    other = services.visits.create(
        partnership_id=sample.partnership_id,
        title="Press visit",
        direction=sample.direction,
        start_date=sample.start_date,
        end_date=sample.end_date,
    )
    talk = services.program.create(
        visit_id=other.id,
        title="Talk",
        starts_at=reception.starts_at + timedelta(minutes=15),
        ends_at=reception.starts_at + timedelta(minutes=25),
        timezone=BERLIN,
        venue_id=None,
        host_id=sample_ids["interpreter"],
        all_members=False,
    )
    services.program.set_attendees(talk.id, [baek])
    found = both_readers(services, visit)
    [interpreter] = [c for c in found if c.kind is ConflictKind.INTERPRETER_DOUBLE_BOOKED]
    assert interpreter.message.startswith(
        "Interpreter Baek Seo-yeon (백서연) is booked for two overlapping items: "
        "“Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus”"
    )
    assert interpreter.message.endswith("(the other item belongs to “Press visit”)")
    assert not [c for c in found if c.kind is ConflictKind.PERSON_DOUBLE_BOOKED]
    # The other visit sees the clash too, and its item without a venue.
    other_found = planning(both_readers(services, other.id))
    assert [kind for kind, _ in other_found] == [
        ConflictKind.INTERPRETER_DOUBLE_BOOKED,
        ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST,
    ]
    assert other_found[1][1] == "“Talk” (26.07.2023 10:15–10:25) has no venue"


@pytest.mark.parametrize("kind", [ProgramKind.MEAL, ProgramKind.RECEPTION, ProgramKind.TOUR])
def test_dietary_note_without_a_meal(
    services: Services, sample_ids: dict[str, int], kind: ProgramKind
) -> None:
    """The sample's member with a dietary note attends the meals; listed out of every meal
    and reception, the note is reported, unless a catered item of that kind lists them."""
    visit = sample_ids["visit"]
    # The member with no pork (the sample's other noted member has an allergy).
    [noted] = [
        m
        for m in services.members.for_visit(visit)
        if services.people.get(m.person_id).dietary_notes == "Kein Schweinefleisch"
    ]
    others = [m.person_id for m in services.members.for_visit(visit) if m.id != noted.id]
    catered = [
        i
        for i in services.program.for_visit(visit)
        if i.kind in (ProgramKind.MEAL, ProgramKind.RECEPTION)
    ]
    for item in catered:
        services.program.update(item.id, all_members=False)
        services.program.set_attendees(item.id, others)
    extra = services.program.create(
        visit_id=visit,
        title="Coffee",
        kind=kind,
        starts_at=to_utc(datetime(2023, 7, 26, 16, 45), BERLIN),
        ends_at=to_utc(datetime(2023, 7, 26, 17, 0), BERLIN),
        timezone=BERLIN,
        venue_id=catered[0].venue_id,
        host_id=catered[0].host_id,
    )
    found = planning(both_readers(services, visit))
    name = services.people.get(noted.person_id)
    if kind is ProgramKind.TOUR:
        assert found == [
            (
                ConflictKind.DIETARY_NOTE_WITHOUT_MEAL,
                f"{name.family_name} {name.given_name} ({name.native_name}) has a dietary note "
                "(“no pork, Kein Schweinefleisch”) but attends no meal or reception of "
                "“Offizieller Besuch der Delegation aus Gwangju”",
            )
        ]
        # The requirement code alone still needs a kitchen.
        services.people.update(noted.person_id, dietary_notes="")
        [(_, message)] = planning(both_readers(services, visit))
        assert "has a dietary note (“no pork”)" in message
    else:
        assert found == [], extra
