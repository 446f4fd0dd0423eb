"""The exhibition editor in the main window, driven as a user drives it: typed fields are saved
when the user moves on, ticks and artists at once, one undo step each; delete asks; an editor
without an exhibition shows nothing; a start moved past the end takes the end along."""

from __future__ import annotations

from datetime import date

import pytest
from gestures import shown, type_over, undo_action, view_action
from PySide6.QtCore import Qt

from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui.exhibitions.tab import ExhibitionsTab

TODAY = date(2026, 12, 1)
TITLE = "Re-Connect: Kunst und Kampf im Bruderland"


@pytest.fixture
def window(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    tab = main_window.page(ExhibitionsTab)
    tab.today = lambda: TODAY
    second = tab.services.exhibitions.create(
        title="Gwangju Biennale guests", start_date=date(2025, 4, 1), end_date=date(2025, 6, 1)
    )
    tab.context.events.changed.emit("exhibition", second.id)
    tab.second_id = second.id  # type: ignore[attr-defined]
    view_action(main_window, tab.title()).trigger()
    assert main_window.tabs.currentWidget() is tab
    return main_window


def first_id(tab):  # type: ignore[no-untyped-def]
    return next(e.id for e in tab.services.exhibitions.list() if e.title == TITLE)


def source_row_click(qtbot, tab, record_id):  # type: ignore[no-untyped-def]
    """Click the row of ``record_id`` in the (sorted) list view."""
    index = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(record_id), 0))
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_typed_title_is_saved_when_another_row_is_clicked_and_undo_reverts_it(window, qtbot):
    tab = window.page(ExhibitionsTab)
    eid = first_id(tab)
    source_row_click(qtbot, tab, eid)
    assert tab.current_id() == eid
    # The row version moves on with the edit and again with its undo; the values return.
    before = tab.services.exhibitions.get(eid).model_dump(exclude={"row_version"})
    depth = window.undo_stack.index()
    type_over(qtbot, tab.editor.form.widgets["title"], "Re-Connect (extended)")
    source_row_click(qtbot, tab, tab.second_id)
    assert tab.current_id() == tab.second_id
    assert tab.services.exhibitions.get(eid).title == "Re-Connect (extended)"
    assert window.undo_stack.index() == depth + 1
    undo_action(window).trigger()
    assert tab.services.exhibitions.get(eid).model_dump(exclude={"row_version"}) == before
    assert window.undo_stack.index() == depth


def test_typed_title_is_saved_on_a_tab_switch_and_when_the_window_closes(
    window, qtbot, sample_db_path
):
    tab = window.page(ExhibitionsTab)
    eid = first_id(tab)
    tab.show_record("exhibition", eid)
    type_over(qtbot, tab.editor.form.widgets["title"], "Seen in Leipzig")
    view_action(window, window.pages[0].title()).trigger()
    assert tab.services.exhibitions.get(eid).title == "Seen in Leipzig"
    view_action(window, tab.title()).trigger()
    type_over(qtbot, tab.editor.form.widgets["title"], "Seen in Leipzig and Gwangju")
    window.close()
    reopened = open_database(sample_db_path)
    try:
        assert Services.for_database(reopened).exhibitions.get(eid).title == (
            "Seen in Leipzig and Gwangju"
        )
    finally:
        reopened.dispose()


def test_refused_title_shows_its_message_and_changes_nothing(window, qtbot):
    tab = window.page(ExhibitionsTab)
    eid = first_id(tab)
    tab.show_record("exhibition", eid)
    before = dict(tab.services.exhibitions.get(eid).model_dump(), row_version=None)
    depth = window.undo_stack.index()
    title = tab.editor.form.widgets["title"]
    type_over(qtbot, title, "   ")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert "must not be empty" in tab.editor.form.error_text("title")
    assert dict(tab.services.exhibitions.get(eid).model_dump(), row_version=None) == before
    assert window.undo_stack.index() == depth


def test_start_moved_past_the_end_takes_the_end_along(window, qtbot):
    tab = window.page(ExhibitionsTab)
    eid = first_id(tab)
    tab.show_record("exhibition", eid)
    record = tab.services.exhibitions.get(eid)
    duration = record.end_date - record.start_date
    new_start = record.end_date.replace(year=record.end_date.year + 1)
    tab.editor.form.set_value("start_date", new_start)
    moved = tab.services.exhibitions.get(eid)
    assert (moved.start_date, moved.end_date) == (new_start, new_start + duration)
    assert tab.editor.form.value("end_date") == moved.end_date
    assert "keeping the duration" in window.statusBar().currentMessage()
    undo_action(window).trigger()
    back = tab.services.exhibitions.get(eid)
    assert (back.start_date, back.end_date) == (record.start_date, record.end_date)


def test_ticks_and_artists_are_saved_at_once_and_undone_one_by_one(window, qtbot):
    tab = window.page(ExhibitionsTab)
    eid = first_id(tab)
    tab.show_record("exhibition", eid)
    editor = tab.editor
    services = tab.services
    depth = window.undo_stack.index()
    linked = editor.residencies.item(0).data(Qt.ItemDataRole.UserRole)
    # Space on the current row ticks it, as a user does.
    editor.residencies.setFocus()
    editor.residencies.setCurrentRow(0)
    qtbot.keyClick(editor.residencies, Qt.Key.Key_Space)
    assert editor.residencies.item(0).checkState() == Qt.CheckState.Checked
    assert services.exhibitions.links(eid)["residencies"] == [linked]
    visit = editor.visits.item(0)
    visit_id = visit.data(Qt.ItemDataRole.UserRole)
    assert visit.checkState() == Qt.CheckState.Checked
    editor.visits.setFocus()
    editor.visits.setCurrentRow(0)
    qtbot.keyClick(editor.visits, Qt.Key.Key_Space)
    assert services.exhibitions.links(eid)["visits"] == []
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    editor.artist_search.type_text("Reich")
    qtbot.mouseClick(editor.add_artist_button, Qt.MouseButton.LeftButton)
    reich = services.people.search("Reich")[0].id
    assert services.exhibitions.links(eid)["artists"] == [reich]
    editor.artists.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_artist_button, Qt.MouseButton.LeftButton)
    assert services.exhibitions.links(eid)["artists"] == []
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert window.undo_stack.index() == depth + 4
    undo_action(window).trigger()
    assert services.exhibitions.links(eid)["artists"] == [reich]
    assert editor.artist_ids() == [reich]
    for _step in range(3):
        undo_action(window).trigger()
    ticked = [
        editor.visits.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.visits.count())
        if editor.visits.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == [visit_id]
    assert services.exhibitions.links(eid) == {
        "residencies": [],
        "visits": [visit_id],
        "artists": [],
    }


def test_delete_asks_is_undoable_and_leaves_an_empty_editor(window, qtbot):
    tab = window.page(ExhibitionsTab)
    asked: list[str] = []
    answer = [False]

    def confirm(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    tab.confirm = confirm
    services = tab.services
    services.exhibitions.delete(tab.second_id)
    tab.context.events.changed.emit("exhibition", tab.second_id)
    eid = first_id(tab)
    assert tab.model.rowCount() == 1
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and TITLE in asked[0] and "Ctrl+Z" in asked[0]
    assert services.exhibitions.get(eid).title == TITLE
    answer[0] = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert all(e.id != eid for e in services.exhibitions.list())
    assert "deleted" in window.statusBar().currentMessage()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    # Nothing selected: no stale title, no default date, no first partnership.
    assert not tab.editor.isEnabled()
    texts = {name: shown(widget).strip() for name, widget in tab.editor.form.widgets.items()}
    assert texts == {name: "" for name in texts}
    for widget in (tab.editor.residencies, tab.editor.visits, tab.editor.artists):
        assert widget.count() == 0
    undo_action(window).trigger()
    assert services.exhibitions.get(eid).title == TITLE
    assert tab.current_id() == eid
    assert shown(tab.editor.form.widgets["title"]) == TITLE
    assert services.exhibitions.links(eid)["visits"]


def test_new_exhibition_starts_today(window, qtbot):
    tab = window.page(ExhibitionsTab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    record = tab.services.exhibitions.get(tab.current_id())
    assert record.start_date == TODAY
    assert tab.editor.form.widgets["title"].hasFocus()
