"""The residency editor in the main window, driven as a user drives it: typed fields are saved
when the user moves on (another row, another tab, quitting), one undo step each; refusals,
dates that move along, empty disabled editors, delete, the list's width, the checklist."""

from __future__ import annotations

from datetime import date

import pytest
from gestures import click_row, shown, type_over, undo_action, view_action
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
)

from exchange_planner.domain.enums import ChecklistKind
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui.residencies.tab import ResidenciesTab
from exchange_planner.ui.widgets.date_field import ui_date

TODAY = date(2026, 12, 1)
ORIGINAL_TITLE = "Martin Reich im Gwangju Museum of Art"  # the German original


@pytest.fixture
def window(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    tab = main_window.page(ResidenciesTab)
    tab.today = lambda: TODAY
    view_action(main_window, tab.title()).trigger()
    assert main_window.tabs.currentWidget() is tab
    return main_window


def test_typed_title_is_saved_when_another_row_is_clicked_and_undo_reverts_it(window, qtbot):
    tab = window.page(ResidenciesTab)
    services = tab.services
    click_row(qtbot, tab.view, 1)
    assert tab.editor.residency_id == 1
    # The row version moves on with the edit and again with its undo; the values return.
    before = services.residencies.get(1).model_dump(exclude={"row_version"})
    depth = window.undo_stack.index()
    type_over(qtbot, tab.editor.form.widgets["title"], "Martin Reich in Gwangju")
    click_row(qtbot, tab.view, 2)
    assert tab.current_id() == 2
    assert services.residencies.get(1).title == "Martin Reich in Gwangju"
    assert window.undo_stack.index() == depth + 1
    titles = [tab.model.record(r).title for r in range(tab.model.rowCount())]
    assert "Martin Reich in Gwangju" in titles
    undo_action(window).trigger()
    assert services.residencies.get(1).model_dump(exclude={"row_version"}) == before
    assert window.undo_stack.index() == depth


def test_typed_notes_are_saved_when_the_tab_is_switched(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 2)
    notes = tab.editor.form.widgets["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Studio keys at the porter")
    view_action(window, window.pages[0].title()).trigger()
    assert window.tabs.currentIndex() == 0
    assert "Studio keys at the porter" in tab.services.residencies.get(2).notes


def test_typed_title_is_saved_when_the_window_is_closed(window, qtbot, sample_db_path):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 1)
    type_over(qtbot, tab.editor.form.widgets["title"], "Closed with a pending edit")
    window.close()
    reopened = open_database(sample_db_path)
    try:
        assert Services.for_database(reopened).residencies.get(1).title == (
            "Closed with a pending edit"
        )
    finally:
        reopened.dispose()


def test_refused_value_shows_its_message_and_changes_nothing(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 1)
    before = dict(tab.services.residencies.get(1).model_dump(), row_version=None)
    depth = window.undo_stack.index()
    currency = tab.editor.form.widgets["budget_currency"]
    type_over(qtbot, currency, "EURO")
    qtbot.keyClick(currency, Qt.Key.Key_Return)
    assert "currency" in tab.editor.form.error_text("budget_currency")
    assert tab.editor.form.error_text("title") == ""
    assert dict(tab.services.residencies.get(1).model_dump(), row_version=None) == before
    assert window.undo_stack.index() == depth
    # Fixing it saves it, and the message goes.
    type_over(qtbot, currency, "KRW")
    qtbot.keyClick(currency, Qt.Key.Key_Return)
    assert tab.editor.form.error_text("budget_currency") == ""
    assert tab.services.residencies.get(1).budget_currency == "KRW"
    assert window.undo_stack.index() == depth + 1


def test_start_moved_past_the_end_takes_the_end_along(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 1)
    record = tab.services.residencies.get(1)
    duration = record.end_date - record.start_date
    tab.editor.form.set_value("start_date", date(2023, 7, 1))  # after the end (31.05.2023)
    moved = tab.services.residencies.get(1)
    assert moved.start_date == date(2023, 7, 1)
    assert moved.end_date == date(2023, 7, 1) + duration
    assert tab.editor.form.value("end_date") == moved.end_date
    assert "keeping the duration" in window.statusBar().currentMessage()
    assert tab.editor.form.error_text("start_date") == ""
    # A start before the end keeps the end; both dates come back in one undo step.
    undo_action(window).trigger()
    back = tab.services.residencies.get(1)
    assert (back.start_date, back.end_date) == (record.start_date, record.end_date)


def test_editor_shows_nothing_without_a_residency_and_after_a_delete(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.confirm = lambda *_args: True
    status = tab.services.residencies.get(1).status.value
    assert tab.services.residencies.get(2).status.value != status
    tab.f_status.setCurrentIndex(tab.f_status.findData(status))
    assert tab.model.rowCount() == 1
    assert shown(tab.editor.form.widgets["title"]) == ORIGINAL_TITLE
    click_row(qtbot, tab.view, 1)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0
    assert not tab.editor.isEnabled()
    texts = {name: shown(widget).strip() for name, widget in tab.editor.form.widgets.items()}
    assert texts == {name: "" for name in texts}
    assert tab.editor.checklist_model.rowCount() == 0
    assert tab.editor.deliverables_model.rowCount() == 0
    assert "deleted" in window.statusBar().currentMessage()
    undo_action(window).trigger()
    assert tab.services.residencies.get(1).title == ORIGINAL_TITLE
    assert shown(tab.editor.form.widgets["title"]) == ORIGINAL_TITLE


def test_delete_asks_and_keeps_the_residency_when_declined(window, qtbot):
    tab = window.page(ResidenciesTab)
    asked: list[str] = []

    def decline(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False

    tab.confirm = decline
    tab.show_record("residency", 2)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Ctrl+Z" in asked[0]
    assert tab.services.residencies.get(2) is not None
    assert tab.current_id() == 2


def test_removing_a_deliverable_is_undoable_with_a_message(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 2)
    editor = tab.editor
    count = editor.deliverables_model.rowCount()
    assert count
    editor.deliverables_view.setCurrentIndex(editor.deliverables_model.index(0, 0))
    qtbot.mouseClick(editor.remove_deliverable_button, Qt.MouseButton.LeftButton)
    assert editor.deliverables_model.rowCount() == count - 1
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    undo_action(window).trigger()
    assert editor.deliverables_model.rowCount() == count


def test_list_shows_every_column_without_scrolling_at_1366(window, qtbot):
    window.resize(1366, 768)
    tab = window.page(ResidenciesTab)
    QApplication.processEvents()
    view = tab.view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    QApplication.processEvents()
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0
    assert not view.horizontalScrollBar().isVisible()
    width = view.viewport().width()
    for column in range(header.count()):
        assert not header.isSectionHidden(column)
        left = header.sectionViewportPosition(column)
        assert header.sectionSize(column) >= 40, column
        assert left >= 0 and left + header.sectionSize(column) <= width + 1, column
    # The short words fit whole: direction, status and dates are never cut.
    for column in (2, 3, 4, 5):
        needed = view.sizeHintForColumn(column)
        assert header.sectionSize(column) >= needed, column


def test_new_residency_checklist_is_not_overdue_on_its_first_day(window, qtbot):
    tab = window.page(ResidenciesTab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    new_id = tab.current_id()
    record = tab.services.residencies.get(new_id)
    assert record.start_date > TODAY
    model = tab.editor.checklist_model
    assert model.rowCount() == 8
    shown_dues = [model.index(r, 1).data() for r in range(8)]
    dues = [model.item(r).due_date for r in range(8)]
    assert shown_dues == [ui_date(due) for due in dues]  # in the interface's date format
    assert all(due >= TODAY for due in dues), shown_dues
    assert [model.overdue(r) for r in range(8)] == [False] * 8
    assert all(model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is None for r in range(8))
    kinds = [model.item(r).kind for r in range(8)]
    # The first step, whose lead time has run out, is due today; later ones keep their offsets.
    assert dues[kinds.index(ChecklistKind.INVITATION_LETTER)] == TODAY
    assert dues[kinds.index(ChecklistKind.ARRIVAL)] == record.start_date
    assert dues == sorted(dues[:6]) + dues[6:]


def test_checklist_follows_the_dates_typed_after_new_residency(window, qtbot):
    tab = window.page(ResidenciesTab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    model = tab.editor.checklist_model
    kinds = [model.item(r).kind for r in range(8)]
    # The user sets the visa step by hand (in the table), then types the real dates.
    visa = kinds.index(ChecklistKind.VISA)
    assert model.setData(model.index(visa, 1), QDate(2027, 1, 20), Qt.ItemDataRole.EditRole)
    form = tab.editor.form
    form.set_value("end_date", date(2027, 9, 30))
    form.set_value("start_date", date(2027, 7, 1))
    due = {model.item(r).kind: model.item(r).due_date for r in range(8)}
    assert due[ChecklistKind.INVITATION_LETTER] == date(2027, 3, 3)  # 120 days before
    assert due[ChecklistKind.ARRIVAL] == date(2027, 7, 1)
    assert due[ChecklistKind.OPEN_STUDIO] == date(2027, 9, 23)
    assert due[ChecklistKind.REPORT] == date(2027, 10, 30)
    assert due[ChecklistKind.VISA] == date(2027, 1, 20)  # set by the user: kept
    assert model.index(kinds.index(ChecklistKind.ARRIVAL), 1).data() == "7/1/2027"  # en_US
    # Typing a start close to today: no step falls before today.
    form.set_value("start_date", date(2027, 1, 10))
    dues = [model.item(r).due_date for r in range(8)]
    assert min(dues) >= TODAY
    assert [model.overdue(r) for r in range(8)] == [False] * 8
    # Each date edit, with the steps it moved, is one undo step.
    undo_action(window).trigger()
    due = {model.item(r).kind: model.item(r).due_date for r in range(8)}
    assert due[ChecklistKind.INVITATION_LETTER] == date(2027, 3, 3)
    assert due[ChecklistKind.ARRIVAL] == date(2027, 7, 1)


def test_typed_title_is_saved_when_ctrl_n_makes_a_new_residency(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 1)
    title = tab.editor.form.widgets["title"]
    type_over(qtbot, title, "Typed before Ctrl+N")
    qtbot.keyClick(title, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.current_id() not in (1, 2)
    assert tab.services.residencies.get(1).title == "Typed before Ctrl+N"
    assert title.hasFocus() and title.text() == "New residency"


def test_typed_title_is_saved_when_another_tab_navigates_to_a_residency(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 1)
    type_over(qtbot, tab.editor.form.widgets["title"], "Typed before a jump")
    # E.g. a double-click in the calendar: the record is shown from elsewhere.
    tab.context.events.navigate.emit("residency", 2)
    assert tab.current_id() == 2
    assert tab.services.residencies.get(1).title == "Typed before a jump"
    assert tab.editor.form.widgets["title"].text() == tab.services.residencies.get(2).title


def test_a_value_that_means_what_is_stored_adds_no_undo_step(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 2)
    depth = window.undo_stack.index()
    budget = tab.editor.form.widgets["budget_amount"]
    type_over(qtbot, budget, "9000")
    qtbot.keyClick(budget, Qt.Key.Key_Return)
    assert window.undo_stack.index() == depth
    assert budget.text() == "9000.00"
    title = tab.editor.form.widgets["title"]
    type_over(qtbot, title, tab.services.residencies.get(2).title + "  ")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.undo_stack.index() == depth


def test_tab_key_saves_and_moves_on_to_the_next_field(window, qtbot):
    from exchange_planner.ui.exhibitions.tab import ExhibitionsTab

    for cls, next_field in ((ResidenciesTab, "artist_id"), (ExhibitionsTab, "venue_id")):
        tab = window.page(cls)
        view_action(window, tab.title()).trigger()
        tab.show_record(cls.handles[0], 1)
        title = tab.editor.form.widgets["title"]
        type_over(qtbot, title, "Typed, then Tab")
        qtbot.keyClick(title, Qt.Key.Key_Tab)
        # Saved, and the focus is in the next field (not lost while the list reloads).
        assert QApplication.focusWidget() is tab.editor.form.widgets[next_field]
        service = tab.services.residencies if cls is ResidenciesTab else tab.services.exhibitions
        assert service.get(1).title == "Typed, then Tab"


def test_undo_from_the_edit_menu_saves_the_field_being_typed_then_undoes_it(window, qtbot):
    from PySide6.QtCore import QPoint

    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 1)
    before = tab.services.residencies.get(1).title
    title = tab.editor.form.widgets["title"]
    type_over(qtbot, title, "Typed, then Edit > Undo")
    window.edit_menu.popup(QPoint(0, 0))  # the menu opens while the field keeps the focus
    qtbot.waitUntil(window.edit_menu.isVisible)
    assert tab.services.residencies.get(1).title == "Typed, then Edit > Undo"
    undo = undo_action(window)
    assert undo.isEnabled()
    undo.trigger()
    window.edit_menu.close()
    assert tab.services.residencies.get(1).title == before
    assert title.text() == before


def test_a_long_title_is_shown_from_its_start_after_a_record_switch(window, qtbot):
    tab = window.page(ResidenciesTab)
    tab.show_record("residency", 1)
    title = tab.editor.form.widgets["title"]
    long_title = "Counter-residency: an artist from Gwangju in Leipzig, with a long subtitle " * 2
    type_over(qtbot, title, long_title.strip())
    assert title.cursorPosition() == len(long_title.strip())
    click_row(qtbot, tab.list.view, 2)
    click_row(qtbot, tab.list.view, 1)
    assert title.text() == long_title.strip()
    assert title.cursorPosition() == 0  # the start of the title is what shows
