"""Calendar layout rules: local days across zones and DST, month grids, lanes, columns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from exchange_planner.domain.calendar import (
    CalendarEntry,
    EntryKind,
    add_months,
    assign_lanes,
    clip_to_day,
    day_instants,
    day_overflow,
    entry_days,
    is_spanning,
    local_days,
    month_weeks,
    pack_columns,
    week_days,
)
from exchange_planner.domain.timeutil import to_utc

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"


def timed(start: datetime, end: datetime, zone: str = BERLIN) -> CalendarEntry:
    return CalendarEntry(EntryKind.PROGRAM_ITEM, 1, "item", start, end, zone)


def test_leipzig_evening_is_next_morning_in_seoul() -> None:
    start = to_utc(datetime(2023, 7, 26, 20, 0), BERLIN)
    end = to_utc(datetime(2023, 7, 26, 21, 0), BERLIN)
    assert local_days(start, end, BERLIN) == (date(2023, 7, 26), date(2023, 7, 26))
    assert local_days(start, end, SEOUL) == (date(2023, 7, 27), date(2023, 7, 27))
    assert clip_to_day(start, end, date(2023, 7, 27), SEOUL) == (3.0, 4.0)


def test_item_crossing_midnight_covers_both_days_and_clips() -> None:
    start = to_utc(datetime(2023, 7, 26, 15, 0), BERLIN)  # 22:00 in Seoul
    end = to_utc(datetime(2023, 7, 26, 19, 0), BERLIN)  # 02:00 next day in Seoul
    assert local_days(start, end, SEOUL) == (date(2023, 7, 26), date(2023, 7, 27))
    assert clip_to_day(start, end, date(2023, 7, 26), SEOUL) == (22.0, 24.0)
    assert clip_to_day(start, end, date(2023, 7, 27), SEOUL) == (0.0, 2.0)
    assert not is_spanning(timed(start, end), SEOUL)


def test_item_ending_at_midnight_stays_on_its_day() -> None:
    start = to_utc(datetime(2023, 7, 26, 22, 0), BERLIN)
    end = to_utc(datetime(2023, 7, 27, 0, 0), BERLIN)
    assert local_days(start, end, BERLIN) == (date(2023, 7, 26), date(2023, 7, 26))
    assert local_days(start, start, BERLIN) == (date(2023, 7, 26), date(2023, 7, 26))


def test_dst_end_october_day_has_25_hours_and_keeps_instants() -> None:
    begin, end = day_instants(date(2023, 10, 29), BERLIN)
    assert end - begin == timedelta(hours=25)
    # Seoul has no DST: the offset to Berlin grows from 7 to 8 hours overnight.
    before = datetime(2023, 10, 28, 18, 0, tzinfo=UTC)  # 20:00 CEST, 03:00 KST
    after = datetime(2023, 10, 29, 19, 0, tzinfo=UTC)  # 20:00 CET, 04:00 KST
    assert clip_to_day(before, before + timedelta(hours=1), date(2023, 10, 28), BERLIN)[0] == 20
    assert clip_to_day(after, after + timedelta(hours=1), date(2023, 10, 29), BERLIN)[0] == 20
    assert clip_to_day(before, before + timedelta(hours=1), date(2023, 10, 29), SEOUL)[0] == 3
    assert clip_to_day(after, after + timedelta(hours=1), date(2023, 10, 30), SEOUL)[0] == 4
    # An item over the night of the change: 22:00 CEST to 08:00 CET is 11 hours.
    night_start = to_utc(datetime(2023, 10, 28, 22, 0), BERLIN)
    night_end = to_utc(datetime(2023, 10, 29, 8, 0), BERLIN)
    assert night_end - night_start == timedelta(hours=11)
    assert local_days(night_start, night_end, BERLIN) == (date(2023, 10, 28), date(2023, 10, 29))
    assert clip_to_day(night_start, night_end, date(2023, 10, 29), BERLIN) == (0.0, 8.0)


def test_all_day_entries_keep_their_dates_in_every_zone() -> None:
    visit = CalendarEntry(EntryKind.VISIT, 1, "visit", date(2023, 7, 25), date(2023, 7, 27), BERLIN)
    assert entry_days(visit, SEOUL) == (date(2023, 7, 25), date(2023, 7, 27))
    assert is_spanning(visit, BERLIN)


def test_month_weeks_start_monday_and_cover_month() -> None:
    weeks = month_weeks(2023, 7)
    assert weeks[0][0] == date(2023, 6, 26)
    assert weeks[-1][-1] == date(2023, 8, 6)
    assert len(weeks) == 6
    assert len(month_weeks(2021, 2)) == 4  # February 2021 starts on a Monday
    assert all(len(week) == 7 for week in weeks)
    assert week_days(date(2023, 7, 26))[0] == date(2023, 7, 24)


def test_add_months_clamps() -> None:
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2023, 12, 15), 1) == date(2024, 1, 15)
    assert add_months(date(2024, 1, 15), -1) == date(2023, 12, 15)


def test_lanes_and_more_counts() -> None:
    d = date(2023, 7, 24)
    spans = [
        (d, d + timedelta(days=2)),  # lane 0
        (d + timedelta(days=1), d + timedelta(days=1)),  # lane 1
        (d + timedelta(days=1), d + timedelta(days=1)),  # lane 2
        (d + timedelta(days=1), d + timedelta(days=1)),  # lane 3
        (d + timedelta(days=3), d + timedelta(days=3)),  # lane 0
    ]
    lanes = assign_lanes(spans)
    assert lanes == [0, 1, 2, 3, 0]
    days = [d + timedelta(days=i) for i in range(7)]
    overflow = day_overflow(spans, lanes, days, capacity=3)
    # Tuesday: four entries in three rows: two shown, "+2 more".
    assert overflow[d + timedelta(days=1)].visible_lanes == 2
    assert overflow[d + timedelta(days=1)].hidden == 2
    assert overflow[d].hidden == 0
    assert overflow[d + timedelta(days=3)].hidden == 0


def test_pack_columns_side_by_side() -> None:
    result = pack_columns([(9, 10), (9.5, 11), (10, 12), (13, 14)])
    assert result[0] == (0, 2)
    assert result[1] == (1, 2)
    assert result[2] == (0, 2)  # reuses the column freed at 10:00
    assert result[3] == (0, 1)  # its own cluster, full width
    assert pack_columns([]) == []
    assert pack_columns([(8, 8), (8, 8)]) == [(0, 2), (1, 2)]


def test_search_matches_title_and_detail() -> None:
    entry = CalendarEntry(
        EntryKind.PROGRAM_ITEM,
        1,
        "Welcome dinner",
        datetime(2023, 7, 25, 17, tzinfo=UTC),
        datetime(2023, 7, 25, 19, tzinfo=UTC),
        BERLIN,
        detail="Ratskeller Leipzig",
    )
    assert entry.matches("ratskeller")
    assert entry.matches("DINNER")
    assert not entry.matches("museum")
    assert not entry.matches("   ")
