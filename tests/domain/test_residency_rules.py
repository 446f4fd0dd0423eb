"""Studio conflict rule as the residencies use it (rows per studio or host institution)."""

from datetime import date

from exchange_planner.domain.conflicts import ConflictKind, StudioBooking, find_studio_conflicts


def booking(rid, key, start, end):
    return StudioBooking(rid, key, f"R{rid}", start, end)


def test_shared_first_or_last_day_is_a_conflict_other_studio_is_not():
    bookings = [
        booking(1, ("venue", 7), date(2023, 3, 1), date(2023, 5, 31)),
        booking(2, ("venue", 7), date(2023, 5, 31), date(2023, 6, 30)),
        booking(3, ("venue", 8), date(2023, 4, 1), date(2023, 4, 30)),
        booking(4, ("venue", 7), date(2023, 7, 1), date(2023, 7, 31)),
    ]
    conflicts = find_studio_conflicts(bookings, studio_names={("venue", 7): "GMA studio"})
    assert [c.residency_ids for c in conflicts] == [(1, 2)]
    assert conflicts[0].kind is ConflictKind.STUDIO_DOUBLE_BOOKED
    assert "GMA studio" in conflicts[0].message
    assert "31.05.2023" in conflicts[0].message


def test_three_overlapping_bookings_give_every_pair():
    bookings = [
        booking(1, ("host", "gma"), date(2024, 1, 1), date(2024, 12, 31)),
        booking(2, ("host", "gma"), date(2024, 3, 1), date(2024, 3, 31)),
        booking(3, ("host", "gma"), date(2024, 3, 15), date(2024, 4, 15)),
    ]
    pairs = sorted(c.residency_ids for c in find_studio_conflicts(bookings))
    assert pairs == [(1, 2), (1, 3), (2, 3)]
