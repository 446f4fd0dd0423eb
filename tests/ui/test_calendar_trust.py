"""The Calendar tab as a person uses it: real buttons, shortcuts, typed dates, pixels, paper.

Each test goes through the main window on the sample (July 2023, reached with the go-to-date
field or the Previous/Next actions) or through the tab on an empty database at "today".
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from calendar_print import pdf_text, print_shown
from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.enums import Direction
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.ui.calendar import style
from exchange_planner.ui.calendar.render import agenda_time_text, timed_box_inner
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.context import UiContext

BERLIN = "Europe/Berlin"
FROZEN_TODAY = date(2026, 12, 10)  # a Thursday
MODS = Qt.KeyboardModifier


# --- helpers ---------------------------------------------------------------------------------
def calendar_of(window, qtbot) -> CalendarTab:  # type: ignore[no-untyped-def]
    """The Calendar tab of the main window, shown and holding the keyboard focus."""
    window.resize(1366, 768)
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    window.tabs.setCurrentWidget(calendar)
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    calendar.month_view.setFocus()
    return calendar


def go_to(qtbot, calendar: CalendarTab, text: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+G, type the date, Return: what a user does to jump to a day."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, MODS.ControlModifier)
    assert QApplication.focusWidget() is calendar.jump_edit
    qtbot.keyClicks(calendar.jump_edit, text)
    qtbot.keyClick(calendar.jump_edit, Qt.Key.Key_Return)


def day_rect(layout, day: date) -> QRectF:  # type: ignore[no-untyped-def]
    return next(b.rect for b in layout.boxes if b.role == "day" and b.day == day)


def pixel(image: QImage, point: QPointF) -> QColor:
    return image.pixelColor(int(point.x()), int(point.y()))


def assert_colour(actual: QColor, expected: str, where: str, tolerance: int = 4) -> None:
    wanted = QColor(expected)
    channels = zip(
        (actual.red(), actual.green(), actual.blue()),
        (wanted.red(), wanted.green(), wanted.blue()),
        strict=True,
    )
    assert all(abs(a - b) <= tolerance for a, b in channels), (
        f"{where}: {actual.name()} instead of {expected}"
    )


def empty_corner(rect: QRectF) -> QPointF:
    """A point in a cell's lower right corner, away from its day number and entries."""
    return QPointF(rect.right() - 8, rect.bottom() - 8)


def pill_point(rect: QRectF) -> QPointF:
    """A point inside today's round date marker, above the digits."""
    return QPointF(rect.left() + 12, rect.top() + 4)


@pytest.fixture
def empty_tab(qtbot, services: Services, events, qt_settings) -> CalendarTab:  # type: ignore[no-untyped-def]
    """The Calendar tab on an empty database, "today" frozen, at 1366x768."""
    qt_settings.setValue("calendar/view", "month")
    context = UiContext(services, events, QUndoStack(), qt_settings)
    page = CalendarTab(context)
    page._test_context = context  # type: ignore[attr-defined]  # keeps the hub alive
    qtbot.addWidget(page)
    page.today = lambda: FROZEN_TODAY
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.today_action.trigger()
    return page


def _visit_with_items(services: Services, day: date, items: list[tuple[str, int, int]]) -> int:
    """A visit on ``day`` with program items (title, start minute of the day, minutes)."""
    partnership = services.partnerships.create(
        partner_city="Gwangju", country="South Korea", timezone="Asia/Seoul"
    )
    visit = services.visits.create(
        partnership_id=partnership.id,
        title="Working visit",
        direction=Direction.INCOMING,
        start_date=day,
        end_date=day,
    )
    midnight = datetime(day.year, day.month, day.day)
    for title, start, minutes in items:
        begin = midnight + timedelta(minutes=start)
        services.program.create(
            visit_id=visit.id,
            title=title,
            starts_at=to_utc(begin, BERLIN),
            ends_at=to_utc(begin + timedelta(minutes=minutes), BERLIN),
            timezone=BERLIN,
        )
    return visit.id


# --- 1: the month of today is not painted solid blue ----------------------------------------
def test_month_of_today_shows_cell_weekend_and_today_colours(main_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_of(main_window, qtbot)
    calendar.today = lambda: FROZEN_TODAY
    calendar.view_actions["week"].trigger()
    calendar.today_action.trigger()
    calendar.view_actions["month"].trigger()
    assert calendar.stack.currentWidget() is calendar.month_scroll
    assert "December 2026" in calendar.period_label.text()

    view = calendar.month_view
    image = view.grab().toImage()
    layout = view.current_layout()
    future_weekday = date(2026, 12, 15)  # Tuesday after today
    weekend = date(2026, 12, 19)  # Saturday after today
    assert_colour(
        pixel(image, empty_corner(day_rect(layout, future_weekday))), style.CELL, "15 Dec"
    )
    assert_colour(
        pixel(image, empty_corner(day_rect(layout, date(2026, 12, 31)))), style.CELL, "31"
    )
    assert_colour(pixel(image, empty_corner(day_rect(layout, weekend))), style.WEEKEND, "19 Dec")
    today = day_rect(layout, FROZEN_TODAY)
    assert_colour(pixel(image, empty_corner(today)), style.TODAY_TINT, "today's cell")
    assert_colour(pixel(image, pill_point(today)), style.TODAY, "today's marker")

    # The week view: the columns after today keep their own backgrounds too.
    calendar.view_actions["week"].trigger()
    week = calendar.week_view
    image = week.grab().toImage()
    layout = week.current_layout()
    bottom = layout.viewport.bottom() - 6
    columns = {day: box.rect for box in layout.boxes if box.role == "header" for day in [box.day]}
    assert_colour(
        pixel(image, QPointF(columns[date(2026, 12, 11)].center().x(), bottom)), style.CELL, "Fri"
    )
    assert_colour(
        pixel(image, QPointF(columns[date(2026, 12, 12)].center().x(), bottom)),
        style.WEEKEND,
        "Sat",
    )
    assert_colour(
        pixel(image, QPointF(columns[FROZEN_TODAY].center().x(), bottom)), style.TODAY_TINT, "Thu"
    )

    # Calendar → Print to PDF: the month of today, printed as of the tab's today.
    calendar.view_actions["month"].trigger()
    run = print_shown(qtbot, calendar, "en")
    assert run.dialog.first.date().toPython() == date(2026, 12, 1)
    assert run.dialog.last.date().toPython() == date(2026, 12, 31)
    text = pdf_text(run.result)
    assert "December 2026" in text and "Printed on 10 December 2026" in text
    run.preview.close()


# --- 2: the view buttons and shortcuts switch views --------------------------------------
def test_view_actions_buttons_and_shortcuts_switch_the_visible_view(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_of(main_window, qtbot)
    stack = calendar.stack
    for name in ("week", "agenda", "month"):
        calendar.view_actions[name].trigger()
        assert stack.currentWidget() is calendar.page(name), name
        assert calendar.page(name).isVisible()
        assert calendar.view_actions[name].isChecked()

    bar = calendar.findChild(QToolBar)
    for name in ("agenda", "week", "month"):
        button = bar.widgetForAction(calendar.view_actions[name])
        assert isinstance(button, QToolButton) and button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert stack.currentWidget() is calendar.page(name), name
        assert calendar.context.settings.value("calendar/view") == name

    for key, name in ((Qt.Key.Key_W, "week"), (Qt.Key.Key_A, "agenda"), (Qt.Key.Key_M, "month")):
        calendar.page(calendar.view_name).setFocus()
        qtbot.keyClick(QApplication.focusWidget(), key, MODS.ControlModifier | MODS.AltModifier)
        assert stack.currentWidget() is calendar.page(name), name


# --- 4: Ctrl+G and typed dates -------------------------------------------------------------
@pytest.mark.parametrize(
    ("locale_name", "own_format"), [("en_US", "7/20/27"), ("de_DE", "20.07.2027")]
)
def test_ctrl_g_jumps_to_typed_dates_and_explains_a_wrong_one(  # type: ignore[no-untyped-def]
    main_window, qtbot, locale_name, own_format
) -> None:
    calendar = calendar_of(main_window, qtbot)
    calendar.setLocale(QLocale(locale_name))
    go_to(qtbot, calendar, "26.07.2023")
    assert calendar.focus_date == date(2023, 7, 26)
    month = calendar.locale().standaloneMonthName(7)
    assert f"{month} 2023" in calendar.period_label.text()
    assert not calendar.jump_error.isVisible()
    visit = next(e for e in calendar.month_view.shown_entries() if e.kind is EntryKind.VISIT)
    assert "Gwangju" in visit.title

    for text in ("20.7.2027", "20.07.27", "20072027", "2027-07-20", own_format):
        calendar.step(-1)  # elsewhere first
        go_to(qtbot, calendar, text)
        assert calendar.focus_date == date(2027, 7, 20), text
        assert not calendar.jump_error.isVisible(), text

    for wrong in ("31.02.2023", "next tuesday", "2023-13-01"):
        go_to(qtbot, calendar, wrong)
        assert calendar.focus_date == date(2027, 7, 20), wrong  # nothing changes
        assert calendar.jump_error.isVisible(), wrong
        message = calendar.jump_error.text()
        assert wrong in message, message
        assert calendar.jump_error.textFormat() == Qt.TextFormat.PlainText
        assert calendar.jump_edit.text() == wrong  # left to correct
    go_to(qtbot, calendar, "26072023")
    assert calendar.focus_date == date(2023, 7, 26)
    assert not calendar.jump_error.isVisible()


# --- 10a: a 30-minute item shows its title in the week ---------------------------------------
def _assert_title_shown(week, box, title_start: str) -> None:  # type: ignore[no-untyped-def]
    lines = week.box_lines(box)
    assert any(title_start in text for _role, text in lines), lines
    from PySide6.QtGui import QFontMetricsF

    from exchange_planner.ui.calendar.render import week_small_font

    metrics = QFontMetricsF(week_small_font(week.font()))
    inner = timed_box_inner(box.rect)
    for _role, text in lines:
        assert metrics.horizontalAdvance(text) <= inner.width() + 1, text
    # Whole lines only: none is cut off by the bottom of the box.
    assert len(lines) == 1 or len(lines) * metrics.height() <= inner.height() + 0.5
    # And the text is really painted: dark pixels inside the box.
    image = week.grab().toImage()
    dark = sum(
        1
        for x in range(int(inner.left()), int(inner.right()))
        for y in range(int(inner.top()), int(inner.bottom()) + 1)
        if image.pixelColor(x, y).lightness() < 110
    )
    assert dark > 30


def test_week_shows_the_title_of_a_30_minute_item_on_the_sample(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_of(main_window, qtbot)
    go_to(qtbot, calendar, "26.07.2023")
    calendar.view_actions["week"].trigger()
    week = calendar.week_view
    reception = next(e for e in week.shown_entries() if e.title.startswith("Reception by Lord"))
    assert reception.end - reception.start == timedelta(minutes=30)
    (box,) = week.boxes_for(EntryKind.PROGRAM_ITEM, reception.id)
    _assert_title_shown(week, box, "Reception by")


def test_week_shows_titles_of_short_items_on_an_empty_database(empty_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = empty_tab.services
    _visit_with_items(
        services,
        FROZEN_TODAY,
        [("Press briefing with the mayor", 9 * 60, 30), ("Photo", 10 * 60, 15)],
    )
    empty_tab.context.events.changed.emit("program_item", 0)
    empty_tab.view_actions["week"].trigger()
    week = empty_tab.week_view
    for title in ("Press briefing", "Photo"):
        entry = next(e for e in week.shown_entries() if e.title.startswith(title))
        (box,) = week.boxes_for(EntryKind.PROGRAM_ITEM, entry.id)
        _assert_title_shown(week, box, title.split()[0])


# --- 10b: busy weeks grow, quiet weeks keep room, the month scrolls -------------------------
def test_busy_week_grows_and_the_month_scrolls_when_needed(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_of(main_window, qtbot)
    go_to(qtbot, calendar, "26.07.2023")
    view = calendar.month_view
    layout = view.current_layout()
    assert not [b for b in layout.boxes if b.role == "more"]
    for entry in calendar.visible_entries():
        assert view.boxes_for(entry.kind, entry.id), entry.title
    busy = day_rect(layout, date(2023, 7, 26)).height()
    quiet = day_rect(layout, date(2023, 7, 12)).height()
    assert busy > quiet >= 3 * layout.line

    # Twenty more items that week: the row grows past the window and the month scrolls.
    services = calendar.services
    visit = services.visits.list()[0]
    for index in range(20):
        start = datetime(2023, 7, 27, 8, 0) + timedelta(minutes=5 * index)
        item = services.program.create(
            visit_id=visit.id,
            title=f"Extra {index}",
            starts_at=to_utc(start, BERLIN),
            ends_at=to_utc(start + timedelta(minutes=5), BERLIN),
            timezone=BERLIN,
        )
    calendar.context.events.changed.emit("program_item", item.id)
    layout = view.current_layout()
    assert not [b for b in layout.boxes if b.role == "more"]
    for index in range(20):
        assert any(
            b.entry.title == f"Extra {index}" and b.day == date(2023, 7, 27)
            for b in layout.entry_boxes()
        )
    bar = calendar.month_scroll.verticalScrollBar()
    assert view.height() > calendar.month_scroll.viewport().height()
    assert bar.maximum() > 0
    assert day_rect(layout, date(2023, 7, 12)).height() >= 3 * layout.line  # quiet weeks keep room

    # The wheel scrolls the weeks; Ctrl+wheel pages to the next month.
    bar.setValue(0)
    point = QPointF(200, 100)

    def wheel(modifiers) -> None:  # type: ignore[no-untyped-def]
        event = QWheelEvent(
            point,
            QPointF(view.mapToGlobal(point.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view, event)

    wheel(MODS.NoModifier)
    assert bar.value() > 0 and calendar.focus_date == date(2023, 7, 26)
    wheel(MODS.ControlModifier)
    assert calendar.focus_date == date(2023, 8, 26)
    # The arrow keys still move the day in focus (and the view follows it).
    calendar.prev_action.trigger()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert calendar.focus_date == date(2023, 8, 2)


def test_empty_month_fills_the_view_without_scrolling(empty_tab) -> None:  # type: ignore[no-untyped-def]
    view = empty_tab.month_view
    layout = view.current_layout()
    rows = {round(b.rect.top()): b.rect.height() for b in layout.boxes if b.role == "day"}
    assert len(rows) == 5  # December 2026
    heights = list(rows.values())
    assert max(heights) - min(heights) < 1  # equal rows
    assert sum(heights) == pytest.approx(view.height() - layout.boxes[0].rect.height() - 1, abs=2)
    assert empty_tab.month_scroll.verticalScrollBar().maximum() == 0


# --- 10c: a long exhibition appears once in the agenda --------------------------------------
def test_agenda_lists_a_long_exhibition_once_per_month(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_of(main_window, qtbot)
    go_to(qtbot, calendar, "10.07.2023")
    calendar.view_actions["agenda"].trigger()
    assert calendar.stack.currentWidget() is calendar.agenda_view

    def exhibition_boxes():  # type: ignore[no-untyped-def]
        layout = calendar.agenda_view.current_layout()
        return [b for b in layout.entry_boxes() if b.entry.kind is EntryKind.EXHIBITION]

    (box,) = exhibition_boxes()
    assert box.entry.title.startswith("Re-Connect")
    assert box.day == date(2023, 7, 1)  # on the first day shown, with its whole span
    assert agenda_time_text(box.entry, box.day, BERLIN) == "30 Mar – 3 Sep"
    # The 3-day visit is still listed on each of its days.
    visit_days = [
        b.day
        for b in calendar.agenda_view.current_layout().entry_boxes()
        if b.entry.kind is EntryKind.VISIT
    ]
    assert visit_days == [date(2023, 7, 25), date(2023, 7, 26), date(2023, 7, 27)]
    calendar.next_action.trigger()
    (box,) = exhibition_boxes()
    assert box.day == date(2023, 8, 1)
    assert not calendar.grab().isNull()


def test_agenda_on_an_empty_database_lists_a_new_exhibition_once(empty_tab) -> None:  # type: ignore[no-untyped-def]
    exhibition = empty_tab.services.exhibitions.create(
        title="Gwangju Biennale guests", start_date=FROZEN_TODAY, end_date=date(2027, 2, 28)
    )
    empty_tab.context.events.changed.emit("exhibition", exhibition.id)
    empty_tab.view_actions["agenda"].trigger()
    boxes = empty_tab.agenda_view.boxes_for(EntryKind.EXHIBITION, exhibition.id)
    assert [b.day for b in boxes] == [FROZEN_TODAY]
    assert agenda_time_text(boxes[0].entry, FROZEN_TODAY, BERLIN) == "10 Dec 2026 – 28 Feb 2027"
    empty_tab.next_action.trigger()
    boxes = empty_tab.agenda_view.boxes_for(EntryKind.EXHIBITION, exhibition.id)
    assert [b.day for b in boxes] == [date(2027, 1, 1)]


# --- 10d: a printed month shows every entry ---------------------------------------------------
def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _missing(calendar: CalendarTab, text: str) -> list[str]:
    """Titles of the entries shown in the tab that the printed text lacks."""
    printed = _squeezed(text)
    return [e.title for e in calendar.visible_entries() if _squeezed(e.title) not in printed]


def test_printed_month_shows_every_entry(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    calendar = calendar_of(main_window, qtbot)
    go_to(qtbot, calendar, "26.07.2023")
    run = print_shown(qtbot, calendar, "en")
    text = pdf_text(run.result)
    assert len(PdfReader(str(run.result)).pages) == 1
    assert _missing(calendar, text) == []
    assert not re.search(r"\+\s*\d+\s+more", text) and "Free time" in text
    run.preview.close()

    # Sixty items in one week: still every entry, on more pages or in smaller print.
    services = calendar.services
    visit = services.visits.list()[0]
    for index in range(60):
        start = datetime(2023, 7, 27, 6, 0) + timedelta(minutes=10 * index)
        item = services.program.create(
            visit_id=visit.id,
            title=f"Extra {index}",
            starts_at=to_utc(start, BERLIN),
            ends_at=to_utc(start + timedelta(minutes=10), BERLIN),
            timezone=BERLIN,
        )
    calendar.context.events.changed.emit("program_item", item.id)
    assert len(calendar.visible_entries()) > 70
    run = print_shown(qtbot, calendar, "en")
    reader = PdfReader(str(run.result))
    text = pdf_text(run.result)
    assert _missing(calendar, text) == []
    assert all(re.search(rf"Extra {index}\b", text) for index in range(60))
    assert not re.search(r"\+\s*\d+\s+more", text)
    assert run.preview.page_count() == len(reader.pages)
    run.preview.close()


def test_printed_empty_month_at_today(empty_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    run = print_shown(qtbot, empty_tab, "de")
    text = pdf_text(run.result)
    assert "Dezember 2026" in text and "Gedruckt am 10. Dezember 2026" in text
    assert run.preview.page_count() == 1
    run.preview.close()


def test_calendar_button_in_the_date_field_picks_a_day(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget, QTableView

    calendar = calendar_of(main_window, qtbot)
    calendar.jump_edit.calendar_action.trigger()
    (popup,) = calendar.jump_edit.findChildren(QCalendarWidget)
    assert popup.isVisible()
    focus = calendar.focus_date
    assert popup.selectedDate() == QDate(focus.year, focus.month, focus.day)
    popup.setSelectedDate(QDate(2023, 7, 26))
    table = popup.findChild(QTableView)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert calendar.focus_date == date(2023, 7, 26)
    assert not popup.isVisible()
    assert "2023" in calendar.period_label.text()


def test_week_ruler_names_the_home_city_not_its_zone(main_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The home zone is Europe/Berlin, but the office is in Leipzig: the ruler says so."""

    calendar = calendar_of(main_window, qtbot)
    go_to(qtbot, calendar, "26.07.2023")
    calendar.view_actions["week"].trigger()
    run = print_shown(qtbot, calendar, "de")
    text = pdf_text(run.result)
    assert "Leipzig" in text
    assert "Berlin" not in text
    run.preview.close()
