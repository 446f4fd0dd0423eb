"""The calendar's "new entry" dialog (double-click on a day) takes typed dates like every editor."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from exchange_planner.domain.timeutil import to_local
from exchange_planner.ui.calendar.tab import CalendarTab

BERLIN = "Europe/Berlin"


@pytest.fixture
def calendar(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.resize(1366, 768)
    calendar = next(p for p in main_window.pages if isinstance(p, CalendarTab))
    main_window.tabs.setCurrentWidget(calendar)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    calendar.month_view.setFocus()
    qtbot.keyClick(calendar.month_view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(calendar.jump_edit, "26.07.2023")
    qtbot.keyClick(calendar.jump_edit, Qt.Key.Key_Return)
    return calendar


def open_dialog(qtbot, calendar: CalendarTab, day: date):  # type: ignore[no-untyped-def]
    layout = calendar.month_view.current_layout()
    box = next(b for b in layout.boxes if b.role == "day" and b.day == day)
    point = QPoint(int(box.rect.center().x()), int(box.rect.bottom() - 5))
    qtbot.mouseDClick(calendar.month_view, Qt.MouseButton.LeftButton, pos=point)
    dialog = calendar.last_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize("typed", ["27.7.2023", "27.07.23", "27072023", "2023-07-27"])
def test_program_item_start_typed_in_any_form(calendar, qtbot, typed) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, calendar, date(2023, 7, 27))
    visit_id = dialog.visit_box.currentData()
    qtbot.keyClicks(dialog.item_title, "Farewell coffee")
    retype(qtbot, dialog.starts.date_edit, typed)
    retype(qtbot, dialog.starts.time_edit, "7:15")
    qtbot.keyClick(dialog.starts.time_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.error.text()
    item = next(
        i for i in calendar.services.program.for_visit(visit_id) if i.title == "Farewell coffee"
    )
    assert to_local(item.starts_at, BERLIN).replace(tzinfo=None) == datetime(2023, 7, 27, 7, 15)
    assert item.ends_at - item.starts_at == timedelta(minutes=60)


def test_a_visit_with_typed_days_and_a_wrong_day_is_refused_with_its_reason(  # type: ignore[no-untyped-def]
    calendar, qtbot
) -> None:
    dialog = open_dialog(qtbot, calendar, date(2023, 7, 12))
    dialog.visit_choice.setChecked(True)
    qtbot.keyClicks(dialog.visit_title, "Working visit")
    retype(qtbot, dialog.first_day, "31.02.2024")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("First day: ") and "31.02.2024" in dialog.error.text()
    assert "Working visit" not in {v.title for v in calendar.services.visits.list()}
    retype(qtbot, dialog.first_day, "20.7.2024")
    retype(qtbot, dialog.last_day, "22072024")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    visit = next(v for v in calendar.services.visits.list() if v.title == "Working visit")
    assert (visit.start_date, visit.end_date) == (date(2024, 7, 20), date(2024, 7, 22))


def test_on_an_empty_database_the_dialog_says_to_add_a_partnership_first(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, qt_settings
) -> None:
    from exchange_planner.storage.database import open_database
    from exchange_planner.ui.main_window import MainWindow

    window = MainWindow(open_database(tmp_path / "empty.sqlite3"), qt_settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    # View > Calendar leaves the welcome page, as a user does.
    next(a for a in window.view_menu.actions() if a.text() == calendar.title()).trigger()
    assert window.stack.currentWidget() is window.tabs
    dialog = open_dialog(qtbot, calendar, calendar.focus_date)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.error.isHidden() and "partner" in dialog.error.text()
    dialog.reject()
