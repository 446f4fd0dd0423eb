"""The Calendar's keys work as soon as its tab is shown, wherever the focus was left.

After a click on the "Calendar" tab (or at start) the keyboard focus is on the tab bar, which
belongs to the main window, not to the calendar; Ctrl+G and Ctrl+Alt+M/W/A must work there too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exchange_planner.ui.calendar.tab import CalendarTab

MODS = Qt.KeyboardModifier


def show_calendar_by_clicking_its_tab(window, qtbot) -> CalendarTab:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    bar = window.tabs.tabBar()
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    bar.setFocus()  # where the focus is after start or after arrowing through the tabs
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(calendar)).center()
    )
    assert window.tabs.currentWidget() is calendar
    return calendar


def test_ctrl_g_from_the_tab_bar_jumps_to_the_typed_day(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = show_calendar_by_clicking_its_tab(main_window, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, MODS.ControlModifier)
    assert QApplication.focusWidget() is calendar.jump_edit
    qtbot.keyClicks(calendar.jump_edit, "26.07.2023")
    qtbot.keyClick(calendar.jump_edit, Qt.Key.Key_Return)
    assert calendar.focus_date == date(2023, 7, 26)
    assert "2023" in calendar.period_label.text()


def test_view_shortcuts_from_the_tab_bar_switch_the_view(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = show_calendar_by_clicking_its_tab(main_window, qtbot)
    for key, name in ((Qt.Key.Key_W, "week"), (Qt.Key.Key_A, "agenda"), (Qt.Key.Key_M, "month")):
        qtbot.keyClick(QApplication.focusWidget(), key, MODS.ControlModifier | MODS.AltModifier)
        assert calendar.view_name == name
        assert calendar.stack.currentWidget() is calendar.page(name)
