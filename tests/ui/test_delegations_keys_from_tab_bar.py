"""New visit (Ctrl+Shift+V) works as soon as the Delegations tab is shown by a click on its tab,
while the keyboard focus is on the main window's tab bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

MODS = Qt.KeyboardModifier


def test_new_visit_shortcut_from_the_tab_bar(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    main_window.windowHandle().requestActivate()
    qtbot.waitUntil(main_window.isActiveWindow)
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    bar = main_window.tabs.tabBar()
    bar.setFocus()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(main_window.tabs.indexOf(tab)).center()
    )
    assert main_window.tabs.currentWidget() is tab
    assert QApplication.focusWidget() is bar
    before = tab.services.visits.count_rows()
    qtbot.keyClick(bar, Qt.Key.Key_V, MODS.ControlModifier | MODS.ShiftModifier)
    assert tab.services.visits.count_rows() == before + 1
    assert tab.services.visits.get(tab.visit_id).title == "New visit"
