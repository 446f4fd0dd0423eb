"""Screen readers and the keyboard reach what the painted views draw.

The calendar's month, week and agenda, the studio timeline and the balance chart paint their
entries themselves; each exposes them as accessible children (name, description, role,
rectangle), and the keyboard walks them: Tab / Shift+Tab in the calendar (the arrows move the
date), Left / Right on the timeline and the chart; Enter opens a calendar entry.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.residencies.tab import ResidenciesTab

MODS = Qt.KeyboardModifier
NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description
VISIT = "Official visit of the Gwangju delegation"
RECEPTION = "Reception by Lord Mayor Burkhard Jung"
GUESTBOOK = "Signing of the city guestbook"


def calendar_in_july_2023(window, qtbot) -> CalendarTab:  # type: ignore[no-untyped-def]
    """The Calendar tab, moved to 26 July 2023 as a user does it: Ctrl+G, the date, Return."""
    window.resize(1366, 768)
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    window.tabs.setCurrentWidget(calendar)
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    calendar.view_actions["month"].trigger()
    calendar.month_view.setFocus()
    qtbot.keyClick(calendar.month_view, Qt.Key.Key_G, MODS.ControlModifier)
    qtbot.keyClicks(calendar.jump_edit, "26.07.2023")
    qtbot.keyClick(calendar.jump_edit, Qt.Key.Key_Return)
    assert calendar.focus_date == date(2023, 7, 26)
    return calendar


def children(widget: QWidget) -> list[QAccessibleInterface]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return [interface.child(i) for i in range(interface.childCount())]


def entries_by_name(widget: QWidget) -> dict[str, QAccessibleInterface]:
    return {
        child.text(NAME): child
        for child in children(widget)
        if child.role() == QAccessible.Role.ListItem
    }


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def focused_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    child = interface.focusChild()
    assert child is not None and child is not interface
    return child.text(NAME)


# --- the calendar --------------------------------------------------------------------------
def test_month_week_and_agenda_expose_the_sample_entries_by_name(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_in_july_2023(main_window, qtbot)
    for view_name, view in (
        ("month", calendar.month_view),
        ("week", calendar.week_view),
        ("agenda", calendar.agenda_view.canvas),
    ):
        calendar.view_actions[view_name].trigger()
        interface = QAccessible.queryAccessibleInterface(view)
        assert interface.text(NAME), view_name  # "Calendar month", …
        found = entries_by_name(view)
        assert VISIT in found and RECEPTION in found, (view_name, sorted(found))
        visit, reception = found[VISIT], found[RECEPTION]
        assert visit.text(DESCRIPTION).startswith("Visit;"), visit.text(DESCRIPTION)
        assert "2023" in visit.text(DESCRIPTION)
        description = reception.text(DESCRIPTION)
        assert description.startswith("Program item;"), description
        assert "10:00" in description and "Neues Rathaus" in description
        assert visit.parent() is not None and visit.parent().text(NAME) == interface.text(NAME)
        assert interface.indexOfChild(reception) >= 0
        # Where the entry is drawn, on the screen, inside the view.
        rect = reception.rect()
        assert not rect.isEmpty() and global_rect(view).contains(rect.center()), view_name
        assert not reception.state().invisible


def test_tab_walks_the_entries_in_date_order_and_enter_opens_one(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_in_july_2023(main_window, qtbot)
    view = calendar.month_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    # From the date in focus (26 July) on: its first entry, the transfer at 09:30.
    assert QApplication.focusWidget() is view
    assert focused_name(view) == "Transfer to the Neues Rathaus"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert focused_name(view) == RECEPTION
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert focused_name(view) == GUESTBOOK
    qtbot.keyClick(view, Qt.Key.Key_Backtab, MODS.ShiftModifier)
    assert focused_name(view) == RECEPTION
    focused = QAccessible.queryAccessibleInterface(view).focusChild()
    assert focused.state().focused
    # The arrows still move the date (the tab's navigation), the entry keeps its frame.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert calendar.focus_date == date(2023, 7, 27)
    assert focused_name(view) == RECEPTION

    opened: list[tuple[str, int]] = []
    calendar.context.events.navigate.connect(lambda kind, rid: opened.append((kind, rid)))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    entry = calendar.month_view.focused_entry()
    assert entry is not None and opened == [("program_item", entry.id)]


def test_the_walk_covers_every_entry_once_then_leaves_the_view(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_in_july_2023(main_window, qtbot)
    calendar.view_actions["week"].trigger()
    view = calendar.week_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backtab, MODS.ShiftModifier)  # from the end backwards
    names = [focused_name(view)]
    while True:
        qtbot.keyClick(view, Qt.Key.Key_Backtab, MODS.ShiftModifier)
        if QApplication.focusWidget() is not view:
            break
        names.append(focused_name(view))
        assert len(names) < 100
    names.reverse()
    shown = [
        child.text(NAME) for child in children(view) if child.role() == QAccessible.Role.ListItem
    ]
    assert names == shown  # the reading order is the walking order
    assert len(set(names)) == len(names) and VISIT in names
    assert names.index(VISIT) < names.index(RECEPTION) < names.index(GUESTBOOK)
    assert view.focus_entry is None  # past the first entry the focus moved on


def test_the_entry_in_focus_is_framed(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_in_july_2023(main_window, qtbot)
    calendar.view_actions["agenda"].trigger()
    view = calendar.agenda_view.canvas
    view.setFocus()
    before = view.grab().toImage()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    entry = view.focused_entry()
    assert entry is not None
    (box,) = view.boxes_for(entry.kind, entry.id)
    after = view.grab().toImage()
    frame = box.rect.adjusted(-2, -2, 2, 2)
    x, y = int(frame.center().x()), int(frame.top())
    focus = view.input.scheme.focus
    assert after.pixelColor(x, y).name() != before.pixelColor(x, y).name()
    assert abs(after.pixelColor(x, y).blue() - int(focus[5:7], 16)) < 40


# --- the residencies: timeline and chart ----------------------------------------------------
def residencies_of(window, qtbot) -> ResidenciesTab:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    page = next(p for p in window.pages if isinstance(p, ResidenciesTab))
    window.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page)
    return page


def test_the_studio_timeline_exposes_its_residencies_and_walks_them(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = residencies_of(main_window, qtbot)
    page.pages.setCurrentWidget(page.timeline_page)
    timeline = page.timeline
    qtbot.waitExposed(timeline)
    records = [bar.record for bar in timeline.bars]
    assert records, "the sample's residencies are on the timeline"
    found = entries_by_name(timeline)
    for bar in timeline.bars:
        child = found[bar.label]
        record = bar.record
        assert str(record.start_date.year) in child.text(DESCRIPTION)
        assert timeline.rows[bar.row].label in child.text(DESCRIPTION)
        assert global_rect(timeline).contains(child.rect().center())
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert focused_name(timeline) == timeline.bars[0].label
    if len(timeline.bars) > 1:
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
        assert focused_name(timeline) == timeline.bars[1].label
    opened: list[int] = []
    timeline.opened.connect(opened.append)
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert opened == [timeline.selected_id]


def test_the_balance_chart_exposes_its_bars(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = residencies_of(main_window, qtbot)
    page.pages.setCurrentWidget(page.balance)
    chart = page.balance.chart
    qtbot.waitExposed(chart)
    assert chart.years, "the sample has exchanges"
    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface.role() == QAccessible.Role.Chart
    names = [child.text(NAME) for child in children(chart)]
    year = chart.years[0]
    expected = f"Residencies sent {year.year}: {year.residencies_sent}"
    assert expected in names, names
    assert len(names) == 6 * len(chart.years)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert focused_name(chart) == expected
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert focused_name(chart) == f"Residencies received {year.year}: {year.residencies_received}"


def test_the_entry_walked_to_is_announced_to_screen_readers(
    main_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_in_july_2023(main_window, qtbot)
    announced: list[tuple[QAccessible.Event, str]] = []

    def record(event) -> None:  # type: ignore[no-untyped-def]
        announced.append((event.type(), event.accessibleInterface().text(NAME)))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    view = calendar.month_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert announced == [
        (QAccessible.Event.Focus, "Transfer to the Neues Rathaus"),
        (QAccessible.Event.Focus, RECEPTION),
    ]
