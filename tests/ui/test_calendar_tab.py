"""The Calendar tab on the sample: views, navigation, filters, zones, open/create, print, ICS."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from calendar_print import pdf_text, print_shown
from icalendar import Calendar
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.enums import Direction
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.ui.calendar.ics_options import IcsChoice
from exchange_planner.ui.calendar.render import agenda_time_text
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.context import UiContext

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"
JULY_26 = date(2023, 7, 26)


@pytest.fixture
def tab(qtbot, services: Services, events, sample_ids, qt_settings) -> CalendarTab:  # type: ignore[no-untyped-def]
    qt_settings.setValue("calendar/view", "month")
    context = UiContext(services, events, QUndoStack(), qt_settings)
    page = CalendarTab(context)
    page._test_context = context  # type: ignore[attr-defined]  # keep the hub alive
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    page.set_focus_date(JULY_26)
    return page


def day_box(view, day: date):  # type: ignore[no-untyped-def]
    layout = view.current_layout()
    return next(b for b in layout.boxes if b.role in ("day", "header") and b.day == day)


def covers(view, kind: str, record_id: int, day: date) -> bool:  # type: ignore[no-untyped-def]
    """An entry box of the record lies over the given day's column."""
    cell = day_box(view, day).rect
    return any(
        box.rect.left() < cell.center().x() < box.rect.right()
        for box in view.boxes_for(kind, record_id)
    )


def test_sample_visit_on_26_july_in_month_week_and_agenda(tab: CalendarTab, sample_ids) -> None:  # type: ignore[no-untyped-def]
    visit = sample_ids["visit"]
    assert tab.view_name == "month"
    assert covers(tab.month_view, "visit", visit, JULY_26)
    assert not covers(tab.month_view, "visit", visit, date(2023, 7, 28))
    assert "July 2023" in tab.period_label.text()

    tab.set_view("week")
    assert tab.focus_date == JULY_26
    assert covers(tab.week_view, "visit", visit, JULY_26)
    reception = next(
        e for e in tab.week_view.shown_entries() if e.title.startswith("Reception by Lord Mayor")
    )
    (box,) = tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, reception.id)
    assert box.day == JULY_26
    assert "Week 30" in tab.period_label.text()

    tab.set_view("agenda")
    layout = tab.agenda_view.current_layout()
    days = {b.day for b in layout.entry_boxes() if b.entry.kind is EntryKind.VISIT}
    assert days == {date(2023, 7, 25), JULY_26, date(2023, 7, 27)}
    titles_26 = [b.entry.title for b in layout.entry_boxes() if b.day == JULY_26]
    assert "Reception by Lord Mayor Burkhard Jung" in titles_26
    # The agenda scrolled to the day in focus.
    bar = tab.agenda_view.verticalScrollBar()
    assert bar.value() == min(tab.agenda_view.canvas.focus_y(), bar.maximum())
    tab.grab()  # paints every part without error


def test_navigation_keys_wheel_and_view_switch_keep_focus(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.month_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert tab.focus_date == date(2023, 8, 26)
    assert "August 2023" in tab.period_label.text()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert tab.focus_date == JULY_26
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert tab.focus_date == date(2023, 7, 27)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert tab.focus_date == date(2023, 8, 3)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert tab.focus_date == JULY_26

    wheel = QWheelEvent(
        QPointF(200, 200),
        QPointF(view.mapToGlobal(QPoint(200, 200))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,  # Ctrl+wheel pages even while the weeks scroll
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    assert tab.focus_date == date(2023, 8, 26)
    tab.prev_action.trigger()
    assert tab.focus_date == JULY_26

    tab.set_view("week")
    assert tab.focus_date == JULY_26
    tab.next_action.trigger()
    assert tab.focus_date == date(2023, 8, 2)
    tab.set_view("agenda")
    assert tab.focus_date == date(2023, 8, 2)
    assert "August 2023" in tab.period_label.text()
    tab.set_view("month")
    assert tab.focus_date == date(2023, 8, 2)

    tab.jump_edit.selectAll()
    qtbot.keyClicks(tab.jump_edit, "02.08.2024")
    qtbot.keyClick(tab.jump_edit, Qt.Key.Key_Return)
    assert tab.focus_date == date(2024, 8, 2)
    tab.month_view.setFocus()
    qtbot.keyClick(tab.month_view, Qt.Key.Key_T)
    assert tab.focus_date == date.today()
    assert tab.context.settings.value("calendar/view") == "month"


def test_double_click_opens_visit_and_program_item(tab: CalendarTab, qtbot, sample_ids) -> None:  # type: ignore[no-untyped-def]
    point = tab.month_view.entry_point("visit", sample_ids["visit"])
    with qtbot.waitSignal(tab.context.events.navigate) as signal:
        qtbot.mouseDClick(tab.month_view, Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["visit", sample_ids["visit"]]

    tab.set_view("week")
    reception = next(
        e for e in tab.week_view.shown_entries() if e.title.startswith("Reception by Lord Mayor")
    )
    (box,) = tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, reception.id)
    with qtbot.waitSignal(tab.context.events.navigate) as signal:
        qtbot.mouseDClick(tab.week_view, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint())
    assert signal.args == ["program_item", reception.id]


def test_double_click_in_main_window_shows_visit_in_delegations(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = next(p for p in main_window.pages if isinstance(p, CalendarTab))
    main_window.tabs.setCurrentWidget(calendar)
    calendar.set_view("month")
    calendar.set_focus_date(JULY_26)
    visit_id = main_window.context.services.visits.list()[0].id
    point = calendar.month_view.entry_point("visit", visit_id)
    assert point is not None
    qtbot.mouseDClick(calendar.month_view, Qt.MouseButton.LeftButton, pos=point)
    current = main_window.tabs.currentWidget()
    assert current is not calendar
    assert "visit" in current.handles

    # A program item opens in the tab that handles program items (Delegations).
    main_window.tabs.setCurrentWidget(calendar)
    calendar.set_view("week")
    item = next(
        e for e in calendar.week_view.shown_entries() if e.title.startswith("Reception by Lord")
    )
    (box,) = calendar.week_view.boxes_for(EntryKind.PROGRAM_ITEM, item.id)
    with qtbot.waitSignal(main_window.events.navigate) as signal:
        qtbot.mouseDClick(
            calendar.week_view, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint()
        )
    assert signal.args == ["program_item", item.id]
    assert "program_item" in main_window.tabs.currentWidget().handles


def test_filters_hide_and_show_kinds_and_partnerships(tab: CalendarTab, sample_ids) -> None:  # type: ignore[no-untyped-def]
    def kinds() -> set[EntryKind]:
        return {e.kind for e in tab.month_view.shown_entries()}

    assert {EntryKind.VISIT, EntryKind.PROGRAM_ITEM, EntryKind.EXHIBITION} <= kinds()
    tab.kind_checks[EntryKind.PROGRAM_ITEM].setChecked(False)
    assert EntryKind.PROGRAM_ITEM not in kinds()
    assert EntryKind.VISIT in kinds()
    tab.kind_checks[EntryKind.VISIT].click()
    assert EntryKind.VISIT not in kinds()
    tab.kind_checks[EntryKind.PROGRAM_ITEM].setChecked(True)
    tab.kind_checks[EntryKind.VISIT].setChecked(True)
    assert {EntryKind.VISIT, EntryKind.PROGRAM_ITEM} <= kinds()
    assert "entries" in tab.count_label.text()

    other = tab.services.partnerships.create(
        partner_city="Houston", country="USA", timezone="America/Chicago"
    )
    tab.context.events.changed.emit("partnership", other.id)
    index = tab.partnership_box.findData(other.id)
    tab.partnership_box.setCurrentIndex(index)
    assert tab.month_view.shown_entries() == []
    tab.partnership_box.setCurrentIndex(tab.partnership_box.findData(sample_ids["partnership"]))
    assert EntryKind.VISIT in kinds()


def test_search_highlights_matches(tab: CalendarTab) -> None:
    tab.set_view("agenda")
    tab.search.setText("ratskeller")
    assert tab.agenda_view.canvas.input.search == "ratskeller"
    matches = [e.title for e in tab.agenda_view.shown_entries() if e.matches("ratskeller")]
    assert sorted(matches) == ["Lunch", "Welcome dinner"]
    assert not tab.grab().isNull()


def test_leipzig_20_00_shows_at_03_00_next_day_in_seoul(tab: CalendarTab, sample_ids) -> None:  # type: ignore[no-untyped-def]
    item = tab.services.program.create(
        visit_id=sample_ids["visit"],
        title="Evening concert",
        starts_at=to_utc(datetime(2023, 7, 26, 20, 0), BERLIN),
        ends_at=to_utc(datetime(2023, 7, 26, 22, 0), BERLIN),
        timezone=BERLIN,
    )
    tab.context.events.changed.emit("program_item", item.id)
    tab.set_view("week")
    (box,) = tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, item.id)
    assert box.day == JULY_26

    tab.set_zone_mode("partner", SEOUL)
    assert tab.zone == SEOUL and "KST" in tab.period_label.text()
    (box,) = tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, item.id)
    assert box.day == date(2023, 7, 27)
    layout = tab.week_view.current_layout()
    hour_h = layout.grid.height() / (layout.hours[1] - layout.hours[0])
    starts = layout.hours[0] + (box.rect.top() - 1 - layout.grid.top()) / hour_h
    assert starts == pytest.approx(3.0, abs=0.01)
    assert agenda_time_text(box.entry, date(2023, 7, 27), SEOUL) == "03:00 – 05:00"

    tab.set_view("month")
    for kind in (EntryKind.VISIT, EntryKind.EXHIBITION):  # room in the day cells
        tab.set_kind_visible(kind, False)
    assert covers(tab.month_view, EntryKind.PROGRAM_ITEM, item.id, date(2023, 7, 27))
    assert not covers(tab.month_view, EntryKind.PROGRAM_ITEM, item.id, JULY_26)

    tab.set_zone_mode("both")
    tab.set_view("week")
    assert tab.zone == BERLIN and tab.second_zone == SEOUL
    (box,) = tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, item.id)
    assert box.day == JULY_26
    assert not tab.grab().isNull()


def test_item_over_midnight_in_seoul_spans_two_days(tab: CalendarTab, sample_ids) -> None:  # type: ignore[no-untyped-def]
    item = tab.services.program.create(
        visit_id=sample_ids["visit"],
        title="Late reception",
        starts_at=to_utc(datetime(2023, 7, 26, 15, 30), BERLIN),  # 22:30 in Seoul
        ends_at=to_utc(datetime(2023, 7, 26, 18, 0), BERLIN),  # 01:00 next day in Seoul
        timezone=BERLIN,
    )
    tab.context.events.changed.emit("program_item", item.id)
    tab.set_zone_mode("partner", SEOUL)
    tab.set_view("week")
    boxes = sorted(tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, item.id), key=lambda b: b.day)
    assert [b.day for b in boxes] == [JULY_26, date(2023, 7, 27)]
    assert boxes[0].clipped_right and boxes[1].clipped_left


def test_program_over_last_sunday_of_october_keeps_instants(tab: CalendarTab, sample_ids) -> None:  # type: ignore[no-untyped-def]
    services = tab.services
    visit = services.visits.create(
        partnership_id=sample_ids["partnership"],
        title="Autumn visit",
        direction=Direction.INCOMING,
        start_date=date(2023, 10, 27),
        end_date=date(2023, 10, 30),
    )
    tab.context.events.changed.emit("visit", visit.id)
    tab.set_view("week")
    tab.set_focus_date(date(2023, 10, 29))
    # Create items at 10:00 on Saturday (CEST), Sunday and Monday (CET) through the dialog.
    for day in (date(2023, 10, 28), date(2023, 10, 29), date(2023, 10, 30)):
        dialog = tab.create_at(day, 10.0)
        assert dialog.visit_box.currentData() == visit.id
        dialog.item_title.setText(f"Meeting {day:%a}")
        dialog.accept()
        assert not dialog.isVisible()
    items = {i.title: i for i in services.program.for_visit(visit.id)}
    assert items["Meeting Sat"].starts_at == datetime(2023, 10, 28, 8, 0, tzinfo=UTC)
    assert items["Meeting Sun"].starts_at == datetime(2023, 10, 29, 9, 0, tzinfo=UTC)
    assert items["Meeting Mon"].starts_at == datetime(2023, 10, 30, 9, 0, tzinfo=UTC)
    assert all(i.ends_at - i.starts_at == timedelta(hours=1) for i in items.values())

    night = services.program.create(
        visit_id=visit.id,
        title="Night train",
        starts_at=to_utc(datetime(2023, 10, 28, 22, 0), BERLIN),
        ends_at=to_utc(datetime(2023, 10, 29, 8, 0), BERLIN),
        timezone=BERLIN,
    )
    assert night.ends_at - night.starts_at == timedelta(hours=11)
    tab.context.events.changed.emit("program_item", night.id)
    layout = tab.week_view.current_layout()
    hour_h = layout.grid.height() / (layout.hours[1] - layout.hours[0])

    def hours(box):  # type: ignore[no-untyped-def]
        top = layout.hours[0] + (box.rect.top() - 1 - layout.grid.top()) / hour_h
        return round(top, 2), round(top + (box.rect.height() + 2) / hour_h, 2)

    for title in ("Meeting Sat", "Meeting Sun"):
        (box,) = tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, items[title].id)
        assert hours(box) == (10.0, 11.0), title
    assert tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, items["Meeting Mon"].id) == []
    segments = sorted(
        tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, night.id), key=lambda b: b.day
    )
    assert [b.day for b in segments] == [date(2023, 10, 28), date(2023, 10, 29)]
    assert hours(segments[0]) == (22.0, 24.0)
    assert hours(segments[1]) == (0.0, 8.0)
    # In Seoul (no DST) the Sunday meeting is at 18:00, the Saturday one at 17:00.
    tab.set_zone_mode("partner", SEOUL)
    (box,) = tab.week_view.boxes_for(EntryKind.PROGRAM_ITEM, items["Meeting Sun"].id)
    assert hours(box)[0] == 18.0 or box.day == date(2023, 10, 29)
    assert agenda_time_text(box.entry, date(2023, 10, 29), SEOUL) == "18:00 – 19:00"
    # Undo removes the last created item again.
    tab.context.undo_stack.undo()
    assert "Meeting Mon" not in {i.title for i in services.program.for_visit(visit.id)}


def test_double_click_empty_day_offers_creation_and_validates(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    cell = day_box(tab.month_view, date(2023, 7, 12)).rect
    point = QPoint(int(cell.center().x()), int(cell.bottom() - 5))
    qtbot.mouseDClick(tab.month_view, Qt.MouseButton.LeftButton, pos=point)
    dialog = tab.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.starts.value().day == 12
    dialog.item_title.setText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text().startswith("Title: ")
    assert tab.context.undo_stack.count() == 0
    dialog.visit_choice.setChecked(True)
    dialog.visit_title.setText("Working visit")
    dialog.accept()
    assert not dialog.isVisible()
    assert "Working visit" in {v.title for v in tab.services.visits.list()}
    assert tab.context.undo_stack.count() == 1
    assert "Working visit" in {e.title for e in tab.month_view.shown_entries()}


def test_conflicts_are_marked(tab: CalendarTab, sample_ids) -> None:  # type: ignore[no-untyped-def]
    items = tab.services.program.for_visit(sample_ids["visit"])
    lunch = next(i for i in items if i.title == "Mittagessen")
    clash = tab.services.program.create(
        visit_id=sample_ids["visit"],
        title="Second lunch",
        starts_at=lunch.starts_at,
        ends_at=lunch.ends_at,
        timezone=BERLIN,
        venue_id=lunch.venue_id,
    )
    tab.context.events.changed.emit("program_item", clash.id)
    tab.set_view("agenda")
    marked = {e.title for e in tab.agenda_view.shown_entries() if e.conflicts}
    assert {"Lunch", "Second lunch"} <= marked
    assert not tab.grab().isNull()


def test_print_month_and_week_as_the_document_in_the_chosen_language(  # type: ignore[no-untyped-def]
    tab: CalendarTab, qtbot
) -> None:
    from pypdf import PdfReader

    run = print_shown(qtbot, tab, "de")
    assert run.dialog.first.date().toPython() == date(2023, 7, 1)
    assert run.dialog.last.date().toPython() == date(2023, 7, 31)
    assert run.dialog.view.currentData() == "month"
    reader = PdfReader(str(run.result))
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height and abs(width - 842) < 3 and abs(height - 595) < 3
    text = pdf_text(run.result)
    assert "Juli 2023" in text and "July 2023" not in text
    assert "Büro für internationale Partnerschaften (Beispiel)" in text  # the letterhead
    assert "Offizieller Besuch" in text and "Zeiten: Leipzig" in text and "Berlin" not in text
    assert run.preview.page_count() == len(reader.pages)
    run.preview.close()

    tab.set_view("week")
    run = print_shown(qtbot, tab, "ko")
    assert run.dialog.view.currentData() == "week"
    assert run.dialog.first.date().toPython() == date(2023, 7, 24)
    text = pdf_text(run.result)
    assert "30주차" in text and "Week 30" not in text and "Woche" not in text
    assert "국제 자매결연 사무소 (예시)" in text
    run.preview.close()


def test_print_to_pdf_keeps_the_kinds_partnership_and_zone_shown(  # type: ignore[no-untyped-def]
    tab: CalendarTab, qtbot
) -> None:
    show = tab.services.exhibitions.create(
        title="Open studio without a partner", start_date=JULY_26, end_date=JULY_26
    )
    tab.context.events.changed.emit("exhibition", show.id)
    run = print_shown(qtbot, tab, "en")
    text = pdf_text(run.result)
    assert "Open studio without a partner" in text
    # The exhibition (in each week it spans) besides the museum visit named after it.
    assert text.count("Re-Connect") > 1 and "Times: Leipzig" in text
    run.preview.close()
    # Exhibitions hidden, the partner's zone chosen: the document shows what the tab shows.
    qtbot.mouseClick(tab.kind_checks[EntryKind.EXHIBITION], Qt.MouseButton.LeftButton)
    assert EntryKind.EXHIBITION not in tab.kinds
    partner = next(
        i for i in range(tab.zone_box.count()) if tab.zone_box.itemData(i)[0] == "partner"
    )
    tab.zone_box.setCurrentIndex(partner)
    gwangju = tab.partnership_box.findText("Gwangju", Qt.MatchFlag.MatchContains)
    tab.partnership_box.setCurrentIndex(gwangju)
    assert tab.partnership_filter is not None
    run = print_shown(qtbot, tab, "en")
    assert run.dialog.language.currentData() == "en"
    text = pdf_text(run.result)
    assert "Open studio without a partner" not in text  # another partnership's (none)
    assert text.count("Re-Connect") == 1 and "Official visit" in text  # the museum visit
    assert f"Times: {tab.zone}" in text and tab.zone != "Europe/Berlin"
    run.preview.close()


def test_context_menu_and_ics_export(tab: CalendarTab, qtbot, tmp_path: Path, sample_ids) -> None:  # type: ignore[no-untyped-def]
    visit = next(e for e in tab.month_view.shown_entries() if e.kind is EntryKind.VISIT)
    menu = tab.build_context_menu(visit, JULY_26)
    texts = [a.text() for a in menu.actions()]
    assert any("visit's program" in t for t in texts)
    assert any("New program item" in t for t in texts)
    target = tmp_path / "visit.ics"
    tab.ask_save_path = lambda *args: str(target)
    # The export's options (language, member, reminder): tests/ui/test_ics_export_gui.py.
    tab.ask_ics_options = lambda visit_id: IcsChoice()
    next(a for a in menu.actions() if "visit's program" in a.text()).trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 12

    target = tmp_path / "month"
    tab.ask_save_path = lambda *args: str(target)
    tab.export_action.trigger()
    written = tmp_path / "month.ics"
    qtbot.waitUntil(written.exists, timeout=5000)
    assert len(Calendar.from_ical(written.read_bytes()).walk("VEVENT")) == 14


def test_tooltip_and_busy_day_shows_every_entry(tab: CalendarTab, qtbot, sample_ids) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    view = tab.month_view
    point = view.entry_point("visit", sample_ids["visit"])
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    assert "7/25/2023 – 7/27/2023" in QToolTip.text()
    assert "Gwangju" in QToolTip.text()

    # No "+N more": the week grows until every entry of 26 July has its line.
    assert not [b for b in view.current_layout().boxes if b.role == "more"]
    on_26 = [e for e in tab.visible_entries() if e.kind is EntryKind.PROGRAM_ITEM]
    on_26 = [e for e in on_26 if e.start.astimezone(ZoneInfo(BERLIN)).date() == JULY_26]
    assert len(on_26) >= 9
    for entry in on_26:
        assert covers(view, EntryKind.PROGRAM_ITEM, entry.id, JULY_26), entry.title
