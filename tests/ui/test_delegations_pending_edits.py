"""A title still being typed in the visit editor belongs to the visit it was typed for, even when
another visit is shown without a click into the list (New visit by its shortcut, a jump from another tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _delegations(main_window):  # type: ignore[no-untyped-def]
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    return tab


def _type_title(qtbot, tab, visit_id: int, text: str):  # type: ignore[no-untyped-def]
    tab.show_record("visit", visit_id)
    title = tab.sections["overview"].form.widgets["title"]
    tab.editor.setCurrentWidget(tab.sections["overview"])
    title.setFocus()
    assert title.hasFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)
    return title


def test_typed_title_is_saved_to_its_visit_when_a_new_visit_is_made(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab = _delegations(main_window)
    visits = tab.services.visits
    title = _type_title(qtbot, tab, 1, "Typed before New visit")
    assert tab.new_action.shortcut().toString() == "Ctrl+Shift+V"
    qtbot.keyClick(
        title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.visit_id not in (0, 1)
    assert visits.get(1).title == "Typed before New visit"
    assert visits.get(tab.visit_id).title == "New visit"
    assert title.text() == "New visit"


def test_typed_title_is_saved_to_its_visit_when_another_tab_jumps_to_a_visit(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab = _delegations(main_window)
    visits = tab.services.visits
    other = visits.duplicate(1, title="Second visit").id
    before = "Second visit"
    _type_title(qtbot, tab, 1, "Typed before a jump")
    main_window.events.navigate.emit("visit", other)  # e.g. a double-click in the calendar
    assert tab.visit_id == other
    assert visits.get(1).title == "Typed before a jump"
    assert visits.get(other).title == before
