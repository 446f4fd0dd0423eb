"""A checklist step's or deliverable's due date is typed in its table cell like any other date.

Before: the cell opened Qt's date-section editor, where "20.7.2027" became 31.07.2020 and was
stored without a word.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exchange_planner.ui.residencies.tab import ResidenciesTab
from exchange_planner.ui.widgets.date_field import DateField

TITLE = "Martin Reich at the Gwangju Museum of Art"


@pytest.fixture
def tab(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    tab = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(tab)
    model = tab.view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == TITLE)
    rect = tab.view.visualRect(model.index(row, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.editor.residency_id is not None
    return tab


def type_into_due_cell(qtbot, view, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(view.model().index(row, 1))
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    field = QApplication.focusWidget()
    assert isinstance(field, DateField), field
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # The view commits and closes the cell editor on its next turn of the event loop.
    qtbot.waitUntil(lambda: view.indexWidget(view.model().index(row, 1)) is None)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateField))


@pytest.mark.parametrize("typed", ["20.7.2027", "20.07.27", "20072027", "2027-07-20"])
def test_typed_due_date_is_stored_as_typed(tab, qtbot, typed) -> None:  # type: ignore[no-untyped-def]
    editor = tab.editor
    item_id = editor.checklist_model.item(0).id
    type_into_due_cell(qtbot, editor.checklist_view, 0, typed)

    def stored() -> date | None:
        items = tab.services.checklist.for_residency(editor.residency_id)
        return next(i.due_date for i in items if i.id == item_id)

    qtbot.waitUntil(lambda: stored() == date(2027, 7, 20))
    assert editor.checklist_model.index(0, 1).data() == "7/20/2027"  # shown in the UI format
    assert editor.parts_error.isHidden()


def test_no_date_in_a_due_cell_says_why_and_changes_nothing(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = tab.editor
    before = [i.due_date for i in tab.services.checklist.for_residency(editor.residency_id)]
    undo_count = tab.context.undo_stack.count()
    with qtbot.waitSignal(tab.context.events.status) as status:
        type_into_due_cell(qtbot, editor.checklist_view, 0, "31.02.2027")
    assert "31.02.2027" in status.args[0]
    after = [i.due_date for i in tab.services.checklist.for_residency(editor.residency_id)]
    assert after == before
    assert tab.context.undo_stack.count() == undo_count
    assert not editor.parts_error.isHidden()
    assert "31.02.2027" in editor.parts_error.text() and "28" in editor.parts_error.text()
    # A good date afterwards clears the message.
    type_into_due_cell(qtbot, editor.checklist_view, 0, "1.3.2027")
    assert editor.parts_error.isHidden()
    qtbot.waitUntil(lambda: tab.context.undo_stack.count() == undo_count + 1)


def test_deliverable_due_date_is_typed_too(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = tab.editor
    if editor.deliverables_model.rowCount() == 0:
        qtbot.mouseClick(editor.add_deliverable_button, Qt.MouseButton.LeftButton)
    item_id = editor.deliverables_model.item(0).id
    type_into_due_cell(qtbot, editor.deliverables_view, 0, "5.8.2027")

    def stored() -> date | None:
        items = tab.services.deliverables.for_residency(editor.residency_id)
        return next(d.due_date for d in items if d.id == item_id)

    qtbot.waitUntil(lambda: stored() == date(2027, 8, 5))
