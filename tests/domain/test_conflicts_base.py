from datetime import UTC, date, datetime

from exchange_planner.domain.conflicts import (
    ConflictKind,
    StudioBooking,
    TimedBooking,
    find_booking_conflicts,
    find_studio_conflicts,
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 7, day, hour, minute, tzinfo=UTC)


def test_venue_overlap_across_visits_and_midnight_is_found():
    bookings = [
        TimedBooking(1, 10, "Dinner", at(26, 21), at(27, 1), venue_id=5),
        TimedBooking(2, 11, "Night concert", at(27, 0), at(27, 2), venue_id=5),
        TimedBooking(3, 11, "Breakfast", at(27, 7), at(27, 8), venue_id=5),
    ]
    conflicts = find_booking_conflicts(bookings, venue_names={5: "Festsaal"})
    assert [c.item_ids for c in conflicts] == [(1, 2)]
    assert conflicts[0].kind is ConflictKind.VENUE_DOUBLE_BOOKED
    assert "Festsaal" in conflicts[0].message


def test_back_to_back_items_do_not_clash():
    bookings = [
        TimedBooking(
            1, 1, "Reception", at(26, 10), at(26, 10, 30), venue_id=1, person_ids=frozenset({7})
        ),
        TimedBooking(
            2, 1, "Guestbook", at(26, 10, 30), at(26, 10, 45), venue_id=1, person_ids=frozenset({7})
        ),
    ]
    assert find_booking_conflicts(bookings) == []


def test_person_in_two_places_is_named():
    bookings = [
        TimedBooking(
            1, 1, "Tour", at(26, 11), at(26, 12), venue_id=1, person_ids=frozenset({7, 8})
        ),
        TimedBooking(
            2, 2, "Interview", at(26, 11, 30), at(26, 12, 30), venue_id=2, person_ids=frozenset({7})
        ),
    ]
    conflicts = find_booking_conflicts(bookings, person_names={7: "Gi-jung Kang"})
    assert len(conflicts) == 1
    assert conflicts[0].kind is ConflictKind.PERSON_DOUBLE_BOOKED
    assert conflicts[0].person_ids == (7,)
    assert "Gi-jung Kang" in conflicts[0].message


def test_studio_sharing_a_single_day_conflicts():
    bookings = [
        StudioBooking(1, "studio-a", "Spring", date(2023, 3, 1), date(2023, 5, 31)),
        StudioBooking(2, "studio-a", "Summer", date(2023, 5, 31), date(2023, 8, 31)),
        StudioBooking(3, "studio-b", "Elsewhere", date(2023, 4, 1), date(2023, 4, 30)),
        StudioBooking(4, "studio-a", "Autumn", date(2023, 9, 1), date(2023, 10, 31)),
    ]
    conflicts = find_studio_conflicts(bookings)
    assert [c.residency_ids for c in conflicts] == [(1, 2)]
