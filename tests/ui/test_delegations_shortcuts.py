"""Shortcuts of the Delegations tab reach the visit editor, whichever section is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened(monkeypatch):  # type: ignore[no-untyped-def]
    from exchange_planner.ui.delegations.member_import_dialog import MemberImportDialog

    dialogs: list = []
    monkeypatch.setattr(MemberImportDialog, "choose_file", lambda self: None)
    monkeypatch.setattr(MemberImportDialog, "open", lambda self: dialogs.append(self))
    return dialogs


@pytest.mark.parametrize("section", ["overview", "members", "program", "gifts", "guestbook"])
def test_ctrl_shift_i_imports_a_member_list_from_every_section(qtbot, main_window, opened, section):  # type: ignore[no-untyped-def]
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    tab.editor.setCurrentWidget(tab.sections[section])
    main_window.activateWindow()
    main_window.windowHandle().requestActivate()
    qtbot.waitUntil(main_window.isActiveWindow)
    page = tab.sections[section]
    form = getattr(page, "form", None) or page.detail
    field = next(w for w in form.widgets.values() if w.isVisibleTo(page))
    form.setEnabled(True)
    field.setFocus()
    assert main_window.focusWidget() is not None
    assert tab.isAncestorOf(main_window.focusWidget())
    qtbot.keyClick(main_window, Qt.Key.Key_I, CTRL_SHIFT)
    assert len(opened) == 1
    assert opened[0].visit_id == tab.visit_id
    assert tab.editor.currentWidget() is tab.sections["members"]


def test_ctrl_shift_i_works_from_the_visit_list_and_not_without_a_visit(qtbot, main_window, opened):  # type: ignore[no-untyped-def]
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    main_window.activateWindow()
    main_window.windowHandle().requestActivate()
    qtbot.waitUntil(main_window.isActiveWindow)
    tab.visits.view.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_I, CTRL_SHIFT)
    assert len(opened) == 1
    qtbot.keyClicks(tab.visits.search, "no such visit")
    qtbot.keyClick(tab.visits.search, Qt.Key.Key_Return)
    assert tab.visit_id == 0
    qtbot.keyClick(main_window, Qt.Key.Key_I, CTRL_SHIFT)
    assert len(opened) == 1
