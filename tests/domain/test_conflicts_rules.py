from datetime import UTC, date, datetime

from exchange_planner.domain.conflicts import (
    ConflictKind,
    TimedBooking,
    VisitDays,
    find_booking_conflicts,
    find_items_outside_visit,
    merge_person_conflicts,
)
from exchange_planner.domain.timeutil import to_utc

BERLIN = "Europe/Berlin"
VISIT = {1: VisitDays(1, "Gwangju visit", date(2023, 7, 25), date(2023, 7, 27))}


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return to_utc(datetime(2023, 7, day, hour, minute), BERLIN)


def booking(item_id: int, start: datetime, end: datetime, **extra: object) -> TimedBooking:
    return TimedBooking(item_id, 1, f"Item {item_id}", start, end, timezone=BERLIN, **extra)  # type: ignore[arg-type]


def test_items_inside_the_visit_days_are_fine_even_ending_at_midnight():
    bookings = [booking(1, local(25, 0, 0), local(25, 1)), booking(2, local(27, 22), local(28, 0))]
    assert find_items_outside_visit(bookings, VISIT) == []


def test_local_day_decides_not_the_utc_date():
    # 00:30 Berlin on 25 July is 22:30 UTC on 24 July: still inside
    assert find_items_outside_visit([booking(1, local(25, 0, 30), local(25, 1))], VISIT) == []
    # 23:30 Berlin on 24 July is before the visit although its UTC date is the 24th too
    found = find_items_outside_visit([booking(2, local(24, 23, 30), local(25, 0, 30))], VISIT)
    assert [c.kind for c in found] == [ConflictKind.OUTSIDE_VISIT_DATES]
    assert "Item 2" in found[0].message and "24.07.2023 23:30" in found[0].message


def test_item_running_past_the_last_day_is_outside():
    found = find_items_outside_visit([booking(3, local(27, 23), local(28, 1))], VISIT)
    assert found and found[0].item_ids == (3,)
    assert "Gwangju visit" in found[0].message


def test_overlap_across_midnight_between_visits_names_times():
    first = TimedBooking(1, 1, "Dinner", local(26, 21), local(27, 1), venue_id=5, timezone=BERLIN)
    second = TimedBooking(
        2, 2, "Late concert", local(27, 0), local(27, 2), venue_id=5, timezone=BERLIN
    )
    found = find_booking_conflicts([first, second], venue_names={5: "Ratskeller"})
    assert len(found) == 1 and found[0].visit_ids == (1, 2)
    assert "26.07.2023 21:00" in found[0].message and "Late concert" in found[0].message


def test_person_conflicts_of_one_pair_become_one_line():
    people = frozenset({1, 2, 3, 4, 5})
    first = TimedBooking(1, 1, "Tour", local(26, 11), local(26, 12), person_ids=people)
    second = TimedBooking(2, 2, "Talk", local(26, 11), local(26, 12), person_ids=people)
    names = {i: f"P{i}" for i in people}
    raw = find_booking_conflicts([first, second], person_names=names)
    assert len(raw) == 5
    merged = merge_person_conflicts(raw, names)
    assert len(merged) == 1
    assert merged[0].person_ids == tuple(sorted(people)) or set(merged[0].person_ids) == people
    assert "and 2 others" in merged[0].message


def test_moments_and_utc_inputs_are_accepted():
    moment = TimedBooking(
        1, 1, "Photo", datetime(2023, 7, 26, 8, tzinfo=UTC), datetime(2023, 7, 26, 8, tzinfo=UTC)
    )
    assert find_booking_conflicts([moment, moment]) == []


def test_a_merged_line_names_four_people_rather_than_one_other():
    people = frozenset({1, 2, 3, 4})
    first = TimedBooking(1, 1, "Tour", local(26, 11), local(26, 12), person_ids=people)
    second = TimedBooking(2, 2, "Talk", local(26, 11), local(26, 12), person_ids=people)
    names = {i: f"P{i}" for i in people}
    [merged] = merge_person_conflicts(
        find_booking_conflicts([first, second], person_names=names), names
    )
    assert "others" not in merged.message
    assert all(f"P{i}" in merged.message for i in people)
    # The values behind the sentence, for wording it in another language.
    assert sorted(merged.facts.people) == ["P1", "P2", "P3", "P4"]
    assert [slot.title for slot in merged.facts.slots] == ["Tour", "Talk"]
    assert merged.facts.slots[0].start == local(26, 11)
