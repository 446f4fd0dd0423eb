"""Moving a start keeps the length; a new program item finds the next free slot."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from exchange_planner.domain.timeutil import to_local, to_utc

BERLIN = "Europe/Berlin"


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return to_utc(datetime(2023, 7, day, hour, minute), BERLIN)


def test_a_visit_moved_past_its_end_keeps_its_length(services, sample_ids):
    visits, vid = services.visits, sample_ids["visit"]
    assert (visits.get(vid).start_date, visits.get(vid).end_date) == (
        date(2023, 7, 25),
        date(2023, 7, 27),
    )
    assert visits.start_change(vid, date(2023, 7, 26)) == {"start_date": date(2023, 7, 26)}
    assert visits.start_change(vid, date(2023, 7, 27)) == {"start_date": date(2023, 7, 27)}
    assert visits.start_change(vid, date(2023, 7, 30)) == {
        "start_date": date(2023, 7, 30),
        "end_date": date(2023, 8, 1),
    }
    assert visits.start_change(vid, date(2023, 7, 20)) == {"start_date": date(2023, 7, 20)}


def test_a_program_item_moved_keeps_its_length(services, sample_ids):
    program = services.program
    item = next(i for i in program.for_visit(sample_ids["visit"]) if i.title.startswith("Empfang"))
    length = item.ends_at - item.starts_at
    changes = program.start_change(item.id, _at(26, 11))
    assert changes == {"starts_at": _at(26, 11), "ends_at": _at(26, 11) + length}
    changes = program.start_change(item.id, _at(26, 9))
    assert changes["ends_at"] - changes["starts_at"] == length


def _free(services, visit_id, start, end, *, ignore=()):  # type: ignore[no-untyped-def]
    return all(
        item.ends_at <= start or item.starts_at >= end
        for item in services.program.for_visit(visit_id)
        if item.id not in ignore
    )


def test_next_free_slot_is_never_on_top_of_an_item(services, sample_ids):
    program, vid = services.program, sample_ids["visit"]
    hour, quarter = timedelta(hours=1), timedelta(minutes=15)

    def slot(after):  # type: ignore[no-untyped-def]
        start, end = program.next_free_start(vid, after, hour, shortest=quarter)
        assert _free(services, vid, start, end)
        return tuple(to_local(t, BERLIN).strftime("%d %H:%M") for t in (start, end))

    # After the reception (10:00–10:30) come guestbook, gifts and the council hall until
    # 11:45; the quarter of an hour before lunch is the next free slot.
    assert slot(_at(26, 10, 30)) == ("26 11:45", "26 12:00")
    # After lunch: half an hour before the museum.
    assert slot(_at(26, 13, 30)) == ("26 13:30", "26 14:00")
    # After the last item of the day: a whole hour.
    assert slot(_at(26, 19)) == ("26 19:00", "26 20:00")
    # A free morning: a whole hour at once.
    assert slot(_at(25, 10)) == ("25 10:00", "25 11:00")
    # Ten minutes between items are too short: the slot goes after the next item.
    assert slot(_at(26, 9, 50)) == ("26 11:45", "26 12:00")
