"""Lists, link boxes and headings show dates as the interface does (7/20/2027 in the US,
20.07.2027 in German), the same way the date fields beside them do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.exhibitions.tab import ExhibitionsTab
from exchange_planner.ui.residencies.tab import ResidenciesTab

CASES = [
    # locale, residency "Martin Reich" 1 Mar 2023, exhibition from 30 Mar 2023, week of 24 Jul 2023
    ("en_US", "3/1/2023", "3/30/2023", ("7/24/2023", "7/30/2023")),
    ("de_DE", "01.03.2023", "30.03.2023", ("24.07.2023", "30.07.2023")),
]


@pytest.fixture
def ui_locale(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def column(model, title: str) -> int:  # type: ignore[no-untyped-def]
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def cells(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.mark.parametrize(
    ("ui_locale", "residency_from", "exhibition_from", "week"),
    CASES,
    indirect=["ui_locale"],
)
def test_dates_shown_in_the_interface_locale(  # type: ignore[no-untyped-def]
    ui_locale, residency_from, exhibition_from, week, main_window, qtbot
) -> None:
    from_title = "From"  # the texts stay English here: only the locale changes

    residencies = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(residencies)
    model = residencies.view.model()
    assert residency_from in cells(model, column(model, from_title))
    # The checklist of the selected residency: its due dates in the same format.
    residencies.view.selectRow(0)
    checklist = residencies.editor.checklist_model
    record = residencies.services.residencies.get(residencies.current_id())
    assert record is not None
    shown = [checklist.index(r, 1).data() for r in range(checklist.rowCount())]
    assert shown and all(text.count("/" if ui_locale == "en_US" else ".") == 2 for text in shown)

    exhibitions = main_window.page(ExhibitionsTab)
    main_window.tabs.setCurrentWidget(exhibitions)
    model = exhibitions.view.model()
    assert exhibition_from in cells(model, column(model, from_title))
    exhibitions.view.selectRow(0)
    visits = [
        exhibitions.editor.visits.item(r).text() for r in range(exhibitions.editor.visits.count())
    ]
    expected_visit = "7/25/2023–7/27/2023" if ui_locale == "en_US" else "25.07.2023–27.07.2023"
    assert any(expected_visit in text for text in visits), visits
    residency_links = [
        exhibitions.editor.residencies.item(r).text()
        for r in range(exhibitions.editor.residencies.count())
    ]
    expected_residency = "3/1/2023–5/31/2023" if ui_locale == "en_US" else "01.03.2023–31.05.2023"
    assert any(expected_residency in text for text in residency_links), residency_links

    calendar = main_window.page(CalendarTab)
    main_window.tabs.setCurrentWidget(calendar)
    main_window.activateWindow()
    main_window.windowHandle().requestActivate()
    qtbot.waitUntil(main_window.isActiveWindow)
    calendar.month_view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(calendar.jump_edit, "26.07.2023")
    qtbot.keyClick(calendar.jump_edit, Qt.Key.Key_Return)
    calendar.view_actions["week"].trigger()
    label = calendar.period_label.text()
    assert week[0] in label and week[1] in label, label


@pytest.mark.parametrize(
    ("ui_locale", "given"),
    [("en_US", "€185.00"), ("de_DE", "185,00\xa0€")],  # babel: a no-break space
    indirect=["ui_locale"],
)
def test_balance_values_in_the_interface_number_format(ui_locale, given, main_window) -> None:  # type: ignore[no-untyped-def]
    residencies = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(residencies)
    residencies.pages.setCurrentWidget(residencies.balance)
    model = residencies.balance.model
    assert given in cells(model, column(model, "Value given"))
