"""Seating plans from the database: the sample's dinner, placement, moves, refusals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from exchange_planner.domain.enums import InterpreterPlace, ProgramKind, Side, TableShape
from exchange_planner.domain.errors import InUseError, ValidationError
from exchange_planner.domain.names import latin_name
from exchange_planner.domain.seating import SeatKey, host_seat
from exchange_planner.services.registry import Services
from exchange_planner.services.seating import SeatingView


def _seated(view: SeatingView) -> dict[int, SeatKey]:
    return {
        spot.person_id: spot.key
        for table in view.tables
        for spot in table.spots
        if spot.person_id is not None
    }


def _spot(view: SeatingView, key: SeatKey):  # type: ignore[no-untyped-def]
    table = next(t for t in view.tables if t.id == key.table_id)
    return next(s for s in table.spots if s.key == key)


def _dinner(services: Services, sample_ids: dict[str, int]) -> SeatingView:
    view = services.seating.view(sample_ids["dinner"])
    assert view is not None
    return view


def test_the_sample_dinner_seats_the_guest_of_honour_on_the_hosts_right(
    services: Services, sample_ids: dict[str, int]
) -> None:
    view = _dinner(services, sample_ids)
    jung, kang = sample_ids["lord_mayor"], sample_ids["mayor"]
    seated = _seated(view)
    first = view.tables[0]
    assert seated[jung] == SeatKey(first.id, host_seat(first.shape, first.seats))
    host = _spot(view, seated[jung])
    assert host.right_id == kang
    assert host.side == Side.HOST and _spot(view, seated[kang]).side == Side.DELEGATION
    # The interpreters next to their principals.
    for interpreter, principal in ((sample_ids["interpreter"], jung), (_baek(services), kang)):
        spot = _spot(view, seated[principal])
        assert interpreter in (spot.left_id, spot.right_id), latin_name(spot.person)
    # Everyone attending has a seat: 20 members and 6 hosts at two tables of 14.
    assert len(seated) == 26 and view.unseated == []
    assert [(t.label, t.shape, t.seats) for t in view.tables] == [
        ("1", TableShape.ROUND, 14),
        ("2", TableShape.ROUND, 14),
    ]
    assert view.order.entries[0].person_id == jung
    assert not any(w.kind in ("unseated", "seated_twice", "not_attending") for w in view.warnings)


def _baek(services: Services) -> int:
    return next(p.id for p in services.people.list() if p.family_name == "Baek")


def test_csv_rows_name_the_neighbours_as_the_seated_person_sees_them(
    services: Services, sample_ids: dict[str, int]
) -> None:
    rows = services.seating.csv_rows(sample_ids["dinner"], "en")
    assert len(rows) == 28  # one per seat, two empty
    jung = next(row for row in rows if row[2] == "Burkhard Jung")
    assert jung[:2] == ("1", 1)
    assert jung[4] == "Kang Gi-jung (강기정)"
    kang = next(row for row in rows if row[2] == "Kang Gi-jung (강기정)")
    assert kang[3] == "Burkhard Jung"  # Jung is on Kang's left
    empty = [row for row in rows if row[2] == ""]
    assert len(empty) == 2 and all(row[3:] == ("", "") for row in empty)
    korean = services.seating.csv_rows(sample_ids["dinner"], "ko")
    assert next(row for row in korean if row[2] == "Burkhard Jung")[4] == "강기정"


def test_a_plan_is_only_for_meals_and_receptions(
    services: Services, sample_ids: dict[str, int]
) -> None:
    tour = next(
        i for i in services.program.for_visit(sample_ids["visit"]) if i.kind == ProgramKind.TOUR
    )
    with pytest.raises(ValidationError) as refused:
        services.seating.create_plan(tour.id)
    assert refused.value.field == "kind"
    assert "seating plans are for meals and receptions" in refused.value.message
    assert services.seating.view(tour.id) is None
    with pytest.raises(ValidationError, match="already has a seating plan"):
        services.seating.create_plan(sample_ids["dinner"])


@pytest.mark.parametrize("seats", [1, 81, 0])
def test_table_seats_outside_2_to_80_are_refused(
    services: Services, sample_ids: dict[str, int], seats: int
) -> None:
    plan = sample_ids["dinner_plan"]
    with pytest.raises(ValidationError, match=f"2 to 80 seats, not {seats}"):
        services.seating.add_table(plan, TableShape.LONG, seats, "3")
    table = services.seating_tables.for_plan(plan)[1]
    with pytest.raises(ValidationError, match="2 to 80 seats"):
        services.seating.update_table(table.id, seats=seats)
    assert len(services.seating_tables.for_plan(plan)) == 2
    assert services.seating_tables.get(table.id).seats == 14


def test_shrinking_a_table_below_its_seated_people_names_them(
    services: Services, sample_ids: dict[str, int]
) -> None:
    view = _dinner(services, sample_ids)
    table = view.tables[1]
    on_high_seats = [s for s in table.spots if s.person_id is not None and s.key.seat > 10]
    assert on_high_seats
    with pytest.raises(ValidationError) as refused:
        services.seating.update_table(table.id, seats=10)
    assert refused.value.field == "seats"
    for spot in on_high_seats:
        assert latin_name(spot.person) in refused.value.message
        assert f"(seat {spot.key.seat})" in refused.value.message
    assert services.seating_tables.get(table.id).seats == 14
    # Fewer seats where nobody sits is fine.
    free = max(s.key.seat for s in table.spots if s.person_id is not None)
    services.seating.update_table(table.id, seats=free)
    assert services.seating_tables.get(table.id).seats == free


def test_a_move_swaps_with_the_occupant_and_stays_within_the_plan(
    services: Services, sample_ids: dict[str, int]
) -> None:
    plan = sample_ids["dinner_plan"]
    view = _dinner(services, sample_ids)
    seated = _seated(view)
    kang, deputy = sample_ids["mayor"], sample_ids["deputy_mayor"]
    kang_seat, deputy_seat = seated[kang], seated[deputy]
    services.seating.move(plan, kang, deputy_seat)
    after = _seated(_dinner(services, sample_ids))
    assert (after[kang], after[deputy]) == (deputy_seat, kang_seat)
    # A seat of another plan.
    lunch = next(
        i
        for i in services.program.for_visit(sample_ids["visit"])
        if i.kind == ProgramKind.MEAL and i.id != sample_ids["dinner"]
    )
    other = services.seating.create_plan(lunch.id, tables=((TableShape.LONG, 12, "A"),))
    other_table = services.seating_tables.for_plan(other.id)[0]
    with pytest.raises(ValidationError) as refused:
        services.seating.move(plan, kang, SeatKey(other_table.id, 1))
    assert refused.value.field == "table_id"
    assert "not a table of this seating plan" in refused.value.message
    with pytest.raises(ValidationError, match="has seats 1 to 14, not 15"):
        services.seating.move(plan, kang, SeatKey(kang_seat.table_id, 15))
    assert _seated(_dinner(services, sample_ids)) == after


def test_someone_not_attending_cannot_be_seated(
    services: Services, sample_ids: dict[str, int]
) -> None:
    plan = sample_ids["dinner_plan"]
    reich = next(p for p in services.people.list() if p.family_name == "Reich")
    table = services.seating_tables.for_plan(plan)[1]
    with pytest.raises(ValidationError) as refused:
        services.seating.move(plan, reich.id, SeatKey(table.id, 14))
    assert refused.value.field == "person_id"
    assert "Martin Reich does not attend “Begrüßungsabendessen”" in refused.value.message
    assert reich.id not in _seated(_dinner(services, sample_ids))


def test_placing_again_keeps_locked_seats(services: Services, sample_ids: dict[str, int]) -> None:
    plan = sample_ids["dinner_plan"]
    seated = _seated(_dinner(services, sample_ids))
    deputy = sample_ids["deputy_mayor"]
    free = next(
        spot.key
        for table in _dinner(services, sample_ids).tables
        for spot in table.spots
        if spot.person_id is None
    )
    services.seating.move(plan, deputy, free)
    services.seating.set_locked(plan, free, True)
    services.seating.auto_place(plan)
    view = _dinner(services, sample_ids)
    after = _seated(view)
    assert after[deputy] == free and _spot(view, free).locked
    assert after[sample_ids["lord_mayor"]] == seated[sample_ids["lord_mayor"]]
    assert len(after) == 26
    empty = next(spot.key for t in view.tables for spot in t.spots if spot.person_id is None)
    with pytest.raises(ValidationError, match=f"seat {empty.seat} of table . is empty"):
        services.seating.set_locked(plan, empty, True)


def test_assignments_can_be_put_back_for_undo(
    services: Services, sample_ids: dict[str, int]
) -> None:
    plan = sample_ids["dinner_plan"]
    before = services.seating.assignments(plan)
    kang = sample_ids["mayor"]
    services.seating.unseat(plan, kang)
    assert kang not in {p for p, _ in services.seating.assignments(plan).values()}
    view = _dinner(services, sample_ids)
    assert [p.id for p in view.unseated] == [kang]
    assert any(w.kind == "unseated" and w.person_ids == (kang,) for w in view.warnings)
    services.seating.restore_assignments(plan, before)
    assert services.seating.assignments(plan) == before


def test_too_few_seats_leave_the_rest_unseated_and_say_how_many(
    services: Services, sample_ids: dict[str, int]
) -> None:
    item = services.program.create(
        visit_id=sample_ids["visit"],
        title="Stehempfang",
        kind=ProgramKind.RECEPTION,
        starts_at=datetime(2023, 7, 26, 17, 0, tzinfo=UTC),
        ends_at=datetime(2023, 7, 26, 18, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
        host_id=sample_ids["lord_mayor"],
    )
    plan = services.seating.create_plan(
        item.id, tables=((TableShape.ROUND, 10, "1"),), interpreters=InterpreterPlace.BEHIND
    )
    result = services.seating.auto_place(plan.id)
    # Ten seats at the table, the two interpreters on chairs behind: 26 - 12 unseated.
    assert len(set(result.seats.values())) == 12
    assert len(result.unseated) == 26 - 12
    view = services.seating.view(item.id)
    assert view is not None
    assert len(view.unseated) == len(result.unseated) > 0
    warning = next(w for w in view.warnings if w.kind == "unseated")
    assert len(warning.person_ids) == len(result.unseated)
    # The guest of honour is seated; the unseated are the lowest in the order.
    assert sample_ids["mayor"] in result.seats.values()


def test_a_seated_person_cannot_be_deleted(services: Services, sample_ids: dict[str, int]) -> None:
    seated = _seated(_dinner(services, sample_ids))
    deputy = sample_ids["deputy_mayor"]
    with pytest.raises(InUseError) as refused:
        services.people.delete(deputy)
    seat = seated[deputy]
    # The sample also makes him the recipient of two gifts and a passenger of the three
    # transfers; the message lists the first six places, the references all of them.
    assert str(refused.value).startswith(
        "Stefan Lorenz cannot be deleted while still used as: recipient of gift "
        "“Seladon-Teeschale aus Gwangju (Beispiel)”; "
    )
    assert refused.value.references == [
        "recipient of gift “Seladon-Teeschale aus Gwangju (Beispiel)”",
        "recipient of gift “Bildband über Gwangju, im Ausland gekauft (Beispiel)”",
        "host of visit “Offizieller Besuch der Delegation aus Gwangju”",
        "passenger of transfer “Ankunft am Flughafen Leipzig/Halle und Transfer zum Hotel, Bus 1”",
        "passenger of transfer “Transfer zum Neuen Rathaus, Bus 1”",
        "passenger of transfer “Check-out und Transfer zum Flughafen, Bus 1”",
        f"seated at “Begrüßungsabendessen, table 1, seat {seat.seat}”",
    ]
    # The guest of honour is used in many places; the seat is among them.
    kang = sample_ids["mayor"]
    with pytest.raises(InUseError) as refused:
        services.people.delete(kang)
    assert f"seated at “Begrüßungsabendessen, table 1, seat {seated[kang].seat}”" in (
        refused.value.references
    )
    assert services.people.get(kang).id == kang


def test_a_member_removed_from_the_visit_stays_seated_with_a_warning(
    services: Services, sample_ids: dict[str, int]
) -> None:
    lee = next(p for p in services.people.list() if p.family_name == "Lee")
    member = next(
        m for m in services.members.for_visit(sample_ids["visit"]) if m.person_id == lee.id
    )
    services.members.delete(member.id)
    view = _dinner(services, sample_ids)
    assert lee.id in _seated(view)
    assert any(w.kind == "not_attending" and lee.id in w.person_ids for w in view.warnings)


def test_removing_a_table_unseats_its_people(
    services: Services, sample_ids: dict[str, int]
) -> None:
    view = _dinner(services, sample_ids)
    second = view.tables[1]
    there = {s.person_id for s in second.spots if s.person_id is not None}
    services.seating.remove_table(second.id)
    after = _dinner(services, sample_ids)
    assert [t.id for t in after.tables] == [view.tables[0].id]
    assert {p.id for p in after.unseated} == there
