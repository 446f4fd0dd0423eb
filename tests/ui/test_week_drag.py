"""Editing program items in the week view with the mouse and the keys, undone with Undo.

The drags press, move and release on the real week view at points computed from its layout;
what is stored is read back through the services.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from gestures import undo_action
from PySide6.QtCore import QPoint, QPointF, Qt

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.timeutil import to_local, to_utc
from exchange_planner.services.visits import ProgramService
from exchange_planner.storage.database import open_database
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.calendar.views import WeekView
from exchange_planner.ui.main_window import MainWindow

BERLIN = "Europe/Berlin"
JULY_26 = date(2023, 7, 26)
RECEPTION = "Reception by Lord Mayor Burkhard Jung"


def show_week(window: MainWindow, qtbot, day: date) -> CalendarTab:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    window.tabs.setCurrentWidget(calendar)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    calendar.view_actions["week"].trigger()
    calendar.set_focus_date(day)
    calendar.week_view.setFocus()
    return calendar


@pytest.fixture
def calendar(main_window, qtbot) -> CalendarTab:  # type: ignore[no-untyped-def]
    return show_week(main_window, qtbot, JULY_26)


def reception_id(calendar: CalendarTab) -> int:
    entry = next(e for e in calendar.week_view.shown_entries() if e.title.startswith(RECEPTION))
    return entry.id


def stored(calendar: CalendarTab, item_id: int) -> tuple[datetime, datetime]:
    item = calendar.services.program.get(item_id)
    return item.starts_at, item.ends_at


def point_at(view: WeekView, day: date, hour: float) -> QPoint:
    """Where ``hour`` (wall clock in the view's zone) of ``day`` is in the grid."""
    layout = view.current_layout()
    assert layout is not None and layout.grid is not None
    grid = layout.grid
    col_w = grid.width() / 7
    h0, h1 = layout.hours
    hour_h = grid.height() / (h1 - h0)
    column = layout.days.index(day)
    return QPoint(
        int(grid.left() + column * col_w + col_w / 2), round(grid.top() + (hour - h0) * hour_h)
    )


def hour_height(view: WeekView) -> float:
    layout = view.current_layout()
    assert layout is not None and layout.grid is not None
    return layout.grid.height() / (layout.hours[1] - layout.hours[0])


def drag(qtbot, view: WeekView, start: QPoint, end: QPoint, *, release: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Press at ``start``, move in a few steps to ``end`` (the button held), release."""
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(view, start + (end - start) * step / 4)
    if release:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def wait_redrawn(qtbot, calendar: CalendarTab, item_id: int, start: datetime) -> None:  # type: ignore[no-untyped-def]
    """The change feed redrew the view: the item shows the stored start."""

    def shows() -> None:
        entry = next(
            e
            for e in calendar.week_view.shown_entries()
            if e.kind is EntryKind.PROGRAM_ITEM and e.id == item_id
        )
        assert entry.start == start

    qtbot.waitUntil(shows)


def test_dragging_an_item_moves_it_a_day_and_an_hour_and_undo_puts_it_back(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    before = stored(calendar, item_id)
    press = view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
    assert press is not None
    (box,) = view.boxes_for(EntryKind.PROGRAM_ITEM, item_id)
    col_w = view.current_layout().grid.width() / 7
    target = press + QPoint(round(col_w), round(hour_height(view)))
    drag(qtbot, view, press, target)

    after = stored(calendar, item_id)
    assert after == (before[0] + timedelta(days=1, hours=1), before[1] + timedelta(days=1, hours=1))
    wait_redrawn(qtbot, calendar, item_id, after[0])
    (moved,) = view.boxes_for(EntryKind.PROGRAM_ITEM, item_id)
    assert moved.day == box.day + timedelta(days=1)
    assert calendar.services.program.get(item_id).timezone == BERLIN  # the venue's zone stays

    undo_action(main_window).trigger()
    assert stored(calendar, item_id) == before


def test_dragging_the_lower_edge_changes_the_length_and_the_cursor_shows_it(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    start, end = stored(calendar, item_id)
    (box,) = view.boxes_for(EntryKind.PROGRAM_ITEM, item_id)
    edge = QPoint(round(box.rect.center().x()), int(box.rect.bottom() - 2))
    qtbot.mouseMove(view, edge)
    assert view.cursor().shape() == Qt.CursorShape.SizeVerCursor
    qtbot.mouseMove(view, box.rect.center().toPoint())
    assert view.cursor().shape() != Qt.CursorShape.SizeVerCursor

    drag(qtbot, view, edge, edge + QPoint(0, round(hour_height(view) / 2)))
    assert stored(calendar, item_id) == (start, end + timedelta(minutes=30))
    undo_action(main_window).trigger()
    assert stored(calendar, item_id) == (start, end)


def test_a_lower_edge_dragged_above_the_start_gives_fifteen_minutes(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    start, _end = stored(calendar, item_id)
    (box,) = view.boxes_for(EntryKind.PROGRAM_ITEM, item_id)
    edge = QPoint(round(box.rect.center().x()), int(box.rect.bottom() - 2))
    above = QPoint(edge.x(), round(box.rect.top() - 2 * hour_height(view)))
    drag(qtbot, view, edge, above)
    assert stored(calendar, item_id) == (start, start + timedelta(minutes=15))


def test_escape_cancels_a_drag_and_nothing_is_stored(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    before = stored(calendar, item_id)
    press = view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
    target = press + QPoint(0, round(2 * hour_height(view)))
    drag(qtbot, view, press, target, release=False)
    assert view.editing.drag is not None and view.editing.drag.active
    assert view.editing.preview_rects()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.editing.drag is None
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    assert stored(calendar, item_id) == before
    assert not calendar.context.undo_stack.canUndo()


def test_alt_and_the_arrow_keys_move_and_resize_the_selected_item(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    start, end = stored(calendar, item_id)
    messages: list[str] = []
    calendar.context.events.status.connect(messages.append)
    # Nothing selected yet: the keys say what to do and change nothing.
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert messages[-1].startswith("Click a program item first")
    assert stored(calendar, item_id) == (start, end)
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
    )
    assert view.editing.selected == item_id
    assert "Alt+↑/↓: 15 minutes" in messages[-1]  # the status bar tells the keys
    alt = Qt.KeyboardModifier.AltModifier
    quarter = timedelta(minutes=15)

    qtbot.keyClick(view, Qt.Key.Key_Down, alt)
    assert stored(calendar, item_id) == (start + quarter, end + quarter)
    wait_redrawn(qtbot, calendar, item_id, start + quarter)
    qtbot.keyClick(view, Qt.Key.Key_Down, alt | Qt.KeyboardModifier.ShiftModifier)
    assert stored(calendar, item_id) == (start + quarter, end + 2 * quarter)
    wait_redrawn(qtbot, calendar, item_id, start + quarter)
    qtbot.keyClick(view, Qt.Key.Key_Right, alt)
    day = timedelta(days=1)
    assert stored(calendar, item_id) == (start + quarter + day, end + 2 * quarter + day)
    wait_redrawn(qtbot, calendar, item_id, start + quarter + day)
    # The keys without Alt still navigate: the date in focus moves, the item stays.
    focus = calendar.focus_date
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert calendar.focus_date == focus + day
    assert stored(calendar, item_id) == (start + quarter + day, end + 2 * quarter + day)

    for _ in range(3):
        undo_action(main_window).trigger()
    assert stored(calendar, item_id) == (start, end)


def test_an_item_reached_with_tab_is_moved_by_alt_and_the_arrow_keys(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    """Keyboard only: Tab walks to the reception, Alt+Down moves it, Undo puts it back."""
    view = calendar.week_view
    item_id = reception_id(calendar)
    start, end = stored(calendar, item_id)
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.focus_entry == (EntryKind.PROGRAM_ITEM.value, item_id):
            break
    assert view.focus_entry == (EntryKind.PROGRAM_ITEM.value, item_id)
    assert view.editing.selected == item_id
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    quarter = timedelta(minutes=15)
    assert stored(calendar, item_id) == (start + quarter, end + quarter)
    undo_action(main_window).trigger()
    assert stored(calendar, item_id) == (start, end)


def test_shortening_by_key_stops_at_fifteen_minutes(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    start, end = stored(calendar, item_id)
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
    )
    shorter = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(int((end - start) / timedelta(minutes=15)) + 3):
        qtbot.keyClick(view, Qt.Key.Key_Up, shorter)
        qtbot.wait(1)
    assert stored(calendar, item_id) == (start, start + timedelta(minutes=15))


def free_hour(view: WeekView, day: date) -> float:
    """A whole hour of ``day`` with nothing in it (the first one from 7:00 on)."""
    layout = view.current_layout()
    for hour in range(layout.hours[0], layout.hours[1] - 2):
        points = [QPointF(point_at(view, day, hour + q / 4)) for q in range(0, 9)]
        if all(layout.hit(p) is not None and layout.hit(p).role == "slot" for p in points):
            return float(hour)
    raise AssertionError("no free time")


def test_dragging_over_empty_time_creates_a_program_item(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    day = date(2023, 7, 27)
    hour = free_hour(view, day)
    visit_id = calendar.services.program.get(reception_id(calendar)).visit_id
    # From hh:00 down to a little past hh+1:20: snapped to quarter hours, 1 h 30 min.
    drag(qtbot, view, point_at(view, day, hour + 0.02), point_at(view, day, hour + 1.35))
    dialog = view.editing.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.starts.value() == datetime.combine(day, datetime.min.time()) + timedelta(
        hours=hour
    )
    assert dialog.duration.value() == 90
    dialog.visit_box.setCurrentIndex(dialog.visit_box.findData(visit_id))
    qtbot.keyClicks(dialog.item_title, "Walk through the Auwald")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    item = next(
        i
        for i in calendar.services.program.for_visit(visit_id)
        if i.title == "Walk through the Auwald"
    )
    local = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
    assert item.starts_at == to_utc(local, BERLIN)
    assert item.ends_at == item.starts_at + timedelta(minutes=90)
    assert item.timezone == calendar.services.visits.local_timezone(visit_id)

    undo_action(main_window).trigger()
    assert "Walk through the Auwald" not in {
        i.title for i in calendar.services.program.for_visit(visit_id)
    }


def reddish_edge(view: WeekView, rect) -> bool:  # type: ignore[no-untyped-def]
    """The left edge of ``rect`` on screen has pixels in the conflict colour (#d32f2f)."""
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    y = int(rect.center().y() * ratio)
    for x in range(int((rect.left() - 2) * ratio), int((rect.left() + 3) * ratio)):
        colour = image.pixelColor(x, y)
        if colour.red() > 170 and colour.green() < 90 and colour.blue() < 90:
            return True
    return False


def test_a_drag_onto_a_busy_time_is_marked_as_a_conflict_before_the_drop(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    program = calendar.services.program
    item = program.get(item_id)
    # Another item of the same visit (the whole delegation attends both) on the 27th at 10:00.
    other = program.create(
        visit_id=item.visit_id,
        title="Visit to the Gewandhaus",
        kind=item.kind,
        starts_at=to_utc(datetime(2023, 7, 27, 10), BERLIN),
        ends_at=to_utc(datetime(2023, 7, 27, 12), BERLIN),
        timezone=BERLIN,
        all_members=True,
    )
    qtbot.waitUntil(lambda: bool(view.boxes_for(EntryKind.PROGRAM_ITEM, other.id)))
    press = view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
    start_hour = to_local(item.starts_at, BERLIN)
    offset = press.y() - point_at(view, JULY_26, start_hour.hour + start_hour.minute / 60).y()
    target = point_at(view, date(2023, 7, 27), 10.5) + QPoint(0, offset)
    drag(qtbot, view, press, target, release=False)
    state = view.editing.drag
    assert state is not None and state.conflicts
    assert any(other.id in c.item_ids for c in state.conflicts)
    (rect,) = view.editing.preview_rects()
    assert reddish_edge(view, rect)  # the preview is drawn in the conflict colour

    # Away from the busy time (09:15, after the check-out) the mark goes.
    free = point_at(view, date(2023, 7, 27), 9.25) + QPoint(0, offset)
    assert view.current_layout().viewport.contains(free.toPointF())
    qtbot.mouseMove(view, free)
    assert view.editing.drag is not None and not view.editing.drag.conflicts
    (rect,) = view.editing.preview_rects()
    assert view.current_layout().viewport.contains(rect)
    assert not reddish_edge(view, rect)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=free)
    moved = to_local(stored(calendar, item_id)[0], BERLIN)
    assert moved.replace(tzinfo=None) == datetime(2023, 7, 27, 9, 15)


def test_a_read_only_database_offers_no_drag(qtbot, sample_db_path: Path, qt_settings) -> None:  # type: ignore[no-untyped-def]
    sample_db_path.chmod(0o444)
    try:
        window = MainWindow(open_database(sample_db_path), qt_settings)
        qtbot.addWidget(window)
        window.show()
        calendar = show_week(window, qtbot, JULY_26)
        view = calendar.week_view
        item_id = reception_id(calendar)
        before = stored(calendar, item_id)
        press = view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
        drag(qtbot, view, press, press + QPoint(0, round(hour_height(view))), release=False)
        assert view.editing.drag is None and not view.editing.preview_rects()
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=press)
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert stored(calendar, item_id) == before
        window.close()
    finally:
        sample_db_path.chmod(0o644)


def test_times_are_stored_as_instants_across_the_october_change_in_berlin(  # type: ignore[no-untyped-def]
    main_window, qtbot
) -> None:
    calendar = show_week(main_window, qtbot, JULY_26)
    reception_visit = calendar.services.program.get(reception_id(calendar)).visit_id
    visit = calendar.services.visits.get(reception_visit)
    visit_id = calendar.services.visits.create(
        title="Autumn working visit",
        partnership_id=visit.partnership_id,
        direction=visit.direction,
        start_date=date(2026, 10, 23),
        end_date=date(2026, 10, 26),
    ).id
    program = calendar.services.program
    # Saturday 24 October 2026, 10:00-11:00 summer time (08:00-09:00 UTC).
    saturday = program.create(
        visit_id=visit_id,
        title="Harbour walk",
        kind="meeting",
        starts_at=datetime(2026, 10, 24, 8, tzinfo=UTC),
        ends_at=datetime(2026, 10, 24, 9, tzinfo=UTC),
        timezone=BERLIN,
    )
    # Sunday 25 October, 01:00-02:00 summer time, before the clocks go back at 03:00.
    night = program.create(
        visit_id=visit_id,
        title="Night train",
        kind="meeting",
        starts_at=datetime(2026, 10, 24, 23, tzinfo=UTC),
        ends_at=datetime(2026, 10, 25, 0, tzinfo=UTC),
        timezone=BERLIN,
    )
    calendar.set_focus_date(date(2026, 10, 24))
    view = calendar.week_view
    qtbot.waitUntil(lambda: bool(view.boxes_for(EntryKind.PROGRAM_ITEM, saturday.id)))

    # A drag one column to the right: Sunday 10:00, now winter time (09:00 UTC); one hour long.
    view.scroll_to_entry(EntryKind.PROGRAM_ITEM, saturday.id)
    press = view.entry_point(EntryKind.PROGRAM_ITEM, saturday.id)
    col_w = view.current_layout().grid.width() / 7
    drag(qtbot, view, press, press + QPoint(round(col_w), 0))
    assert stored(calendar, saturday.id) == (
        datetime(2026, 10, 25, 9, tzinfo=UTC),
        datetime(2026, 10, 25, 10, tzinfo=UTC),
    )
    wait_redrawn(qtbot, calendar, saturday.id, datetime(2026, 10, 25, 9, tzinfo=UTC))
    view.scroll_to_entry(EntryKind.PROGRAM_ITEM, saturday.id)
    (box,) = view.boxes_for(EntryKind.PROGRAM_ITEM, saturday.id)
    assert box.day == date(2026, 10, 25)
    # Alt+Left: back to Saturday 10:00 summer time.
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint())
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert stored(calendar, saturday.id) == (
        datetime(2026, 10, 24, 8, tzinfo=UTC),
        datetime(2026, 10, 24, 9, tzinfo=UTC),
    )

    # The night item's lower edge dragged from 02:00 to 04:00 on the wall clock: through the
    # repeated hour, so it now lasts four real hours and ends at 03:00 UTC.
    qtbot.waitUntil(lambda: bool(view.boxes_for(EntryKind.PROGRAM_ITEM, night.id)))
    view.scroll_to_entry(EntryKind.PROGRAM_ITEM, night.id)
    (box,) = view.boxes_for(EntryKind.PROGRAM_ITEM, night.id)
    edge = QPoint(round(box.rect.center().x()), int(box.rect.bottom() - 2))
    drag(qtbot, view, edge, point_at(view, date(2026, 10, 25), 4.0))
    assert stored(calendar, night.id) == (
        datetime(2026, 10, 24, 23, tzinfo=UTC),
        datetime(2026, 10, 25, 3, tzinfo=UTC),
    )
    for _ in range(3):
        undo_action(main_window).trigger()
    assert stored(calendar, saturday.id) == (
        datetime(2026, 10, 24, 8, tzinfo=UTC),
        datetime(2026, 10, 24, 9, tzinfo=UTC),
    )
    assert stored(calendar, night.id) == (
        datetime(2026, 10, 24, 23, tzinfo=UTC),
        datetime(2026, 10, 25, 0, tzinfo=UTC),
    )


def test_a_drop_on_an_item_someone_else_moved_meanwhile_is_refused_with_a_message(  # type: ignore[no-untyped-def]
    main_window, calendar: CalendarTab, qtbot, sample_db_path: Path
) -> None:
    view = calendar.week_view
    item_id = reception_id(calendar)
    start, end = stored(calendar, item_id)
    messages: list[str] = []
    calendar.context.events.status.connect(messages.append)
    press = view.entry_point(EntryKind.PROGRAM_ITEM, item_id)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    # Another program moves the item by half an hour while this drag is under way.
    other = open_database(sample_db_path)
    try:
        ProgramService(other).update(
            item_id, starts_at=start + timedelta(minutes=30), ends_at=end + timedelta(minutes=30)
        )
    finally:
        other.dispose()
    target = press + QPoint(0, round(2 * hour_height(view)))
    for step in range(1, 5):
        qtbot.mouseMove(view, press + (target - press) * step / 4)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    assert stored(calendar, item_id) == (start + timedelta(minutes=30), end + timedelta(minutes=30))
    refusal = messages[-1]
    assert refusal.startswith("Not changed: Start was changed to "), refusal
    assert refusal.endswith("your change was not saved."), refusal
    assert not calendar.context.undo_stack.canUndo()
