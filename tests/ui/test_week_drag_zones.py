"""Week view editing with the ruler in another zone, and the rules of the drag's times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from gestures import undo_action
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from test_week_drag import hour_height, reception_id, show_week, stored

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.timeutil import to_local
from exchange_planner.ui.calendar.week_editing import (
    created_range,
    moved_range,
    resized_end,
    shifted_days,
)

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"


def test_a_drag_in_the_seoul_ruler_stores_instants_and_keeps_the_venue_zone(  # type: ignore[no-untyped-def]
    main_window, qtbot
) -> None:
    calendar = show_week(main_window, qtbot, date(2023, 7, 26))
    calendar.set_zone_mode("partner", SEOUL)
    view = calendar.week_view
    item_id = reception_id(calendar)
    start, end = stored(calendar, item_id)
    (box,) = view.boxes_for(EntryKind.PROGRAM_ITEM, item_id)
    # The item near the top of the hours shown: the drag stays away from the scrolling edges.
    viewport = view.current_layout().viewport
    view.set_scroll(view.scrollbar.value() + box.rect.top() - viewport.top() - 20)
    press = view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
    (box,) = view.boxes_for(EntryKind.PROGRAM_ITEM, item_id)
    # The grid is in Seoul time: the item is drawn at its Seoul hour (7 hours ahead in July).
    seoul = to_local(start, SEOUL)
    assert box.day == seoul.date()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    target = press + QPoint(0, round(2 * hour_height(view)))
    assert viewport.contains(target.toPointF() + QPoint(0, round(hour_height(view) / 2)))
    for step in range(1, 5):
        qtbot.mouseMove(view, press + (target - press) * step / 4)
    # The preview gives the new time in Seoul (the grid) and in Berlin (the venue's zone).
    new_start = start + timedelta(hours=2)
    first, *_rest, last = view.editing.preview_lines()
    assert first.startswith(f"{to_local(new_start, SEOUL):%H:%M}–")
    assert last.startswith(f"{to_local(new_start, BERLIN):%H:%M}–") and last.endswith("CEST")
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    assert stored(calendar, item_id) == (start + timedelta(hours=2), end + timedelta(hours=2))
    item = calendar.services.program.get(item_id)
    assert item.timezone == BERLIN
    assert to_local(item.starts_at, BERLIN).hour == to_local(start, BERLIN).hour + 2
    undo_action(main_window).trigger()
    assert stored(calendar, item_id) == (start, end)


def test_a_day_later_keeps_the_wall_clock_of_the_ruler_across_the_change() -> None:
    saturday = datetime(2026, 10, 24, 8, tzinfo=UTC)  # 10:00 summer time in Berlin
    start, end = shifted_days(saturday, saturday + timedelta(hours=1), BERLIN, 1)
    assert start == datetime(2026, 10, 25, 9, tzinfo=UTC)  # 10:00 winter time
    assert end - start == timedelta(hours=1)
    # In Seoul (no daylight saving time) a day is 24 hours.
    start, _ = shifted_days(saturday, saturday + timedelta(hours=1), SEOUL, 1)
    assert start == saturday + timedelta(days=1)
    # A drag by a day and 20 minutes snaps the start to the next quarter hour.
    start, end = moved_range(saturday, saturday + timedelta(hours=1), BERLIN, 1, 20)
    assert start == datetime(2026, 10, 25, 9, 15, tzinfo=UTC)
    assert end - start == timedelta(hours=1)


def test_a_drag_that_would_end_before_it_starts_gives_fifteen_minutes() -> None:
    start = datetime(2026, 10, 24, 8, tzinfo=UTC)
    assert resized_end(start, BERLIN, date(2026, 10, 24), 9 * 60) == start + timedelta(minutes=15)
    assert resized_end(start, BERLIN, date(2026, 10, 23), 20 * 60) == start + timedelta(minutes=15)
    # Creating: either direction, rounded outwards to quarter hours, 15 minutes at least.
    day = date(2026, 7, 1)
    assert created_range(day, 10 * 60 + 50, 9 * 60 + 10, BERLIN) == (
        datetime(2026, 7, 1, 7, tzinfo=UTC),
        datetime(2026, 7, 1, 9, tzinfo=UTC),
    )
    assert created_range(day, 600, 600, BERLIN) == (
        datetime(2026, 7, 1, 8, tzinfo=UTC),
        datetime(2026, 7, 1, 8, 15, tzinfo=UTC),
    )
    late = created_range(day, 24 * 60, 24 * 60, BERLIN)
    assert late == (datetime(2026, 7, 1, 21, 45, tzinfo=UTC), datetime(2026, 7, 1, 22, tzinfo=UTC))


@settings(max_examples=60, deadline=None)
@given(
    start=st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
    ),
    minutes=st.integers(min_value=1, max_value=3 * 24 * 60),
    zone=st.sampled_from([BERLIN, SEOUL, "America/New_York", "Australia/Lord_Howe"]),
    days=st.integers(min_value=-8, max_value=8),
    shift=st.floats(min_value=-1440, max_value=1440, allow_nan=False),
    pointer=st.floats(min_value=0, max_value=1440, allow_nan=False),
    other=st.floats(min_value=0, max_value=1440, allow_nan=False),
)
def test_every_drag_keeps_a_real_length_of_at_least_fifteen_minutes(  # type: ignore[no-untyped-def]
    start, minutes, zone, days, shift, pointer, other
) -> None:
    end = start + timedelta(minutes=minutes)
    moved = moved_range(start, end, zone, days, shift)
    assert moved[1] - moved[0] == end - start
    assert moved[0].tzinfo is not None
    day_moved = shifted_days(start, end, zone, days)
    assert day_moved[1] - day_moved[0] == end - start
    day = to_local(start, zone).date() + timedelta(days=days % 3)
    assert resized_end(start, zone, day, pointer) - start >= timedelta(minutes=15)
    first, last = created_range(day, pointer, other, zone)
    assert last - first >= timedelta(minutes=15)
