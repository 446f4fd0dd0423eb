from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.exhibitions.tab import ExhibitionsTab


@pytest.fixture
def tab(qtbot, services, events, sample_ids, qt_settings):
    context = UiContext(services, events, QUndoStack(), qt_settings)
    page = ExhibitionsTab(context, today=lambda: date(2024, 8, 20))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def checked(widget):
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def tick(widget, data):
    for i in range(widget.count()):
        if widget.item(i).data(Qt.ItemDataRole.UserRole) == data:
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{data} not offered")


def test_sample_exhibition_is_linked_to_the_july_visit(tab, services, sample_ids, qtbot):
    other = services.exhibitions.create(
        title="Gwangju Biennale guests", start_date=date(2025, 4, 1), end_date=date(2025, 6, 1)
    )
    tab.context.events.changed.emit("exhibition", other.id)
    assert tab.show_record("exhibition", other.id)
    with qtbot.waitSignal(tab.context.events.current) as signal:
        assert tab.show_record("exhibition", sample_ids["exhibition"])
    assert signal.args == ["exhibition", sample_ids["exhibition"]]
    editor = tab.editor
    assert editor.form.widgets["title"].text() == "Re-Connect: Kunst und Kampf im Bruderland"
    assert checked(editor.visits) == [sample_ids["visit"]]
    assert "MdbK" in editor.venue.currentText()
    assert editor.partnership.currentData() == sample_ids["partnership"]


def test_edit_links_and_artist_then_undo(tab, services, sample_ids, qtbot):
    eid = sample_ids["exhibition"]
    tab.show_record("exhibition", eid)
    editor = tab.editor
    tick(editor.residencies, sample_ids["residency_outgoing"])
    editor.artist_search.type_text("Reich")
    editor.add_artist()
    editor.form.set_value("title", "Re-Connect 🎨 광주")
    assert tab.context.undo_stack.count() == 3
    links = services.exhibitions.links(eid)
    assert links["residencies"] == [sample_ids["residency_outgoing"]]
    reich = services.people.search("Reich")[0].id
    assert links["artists"] == [reich]
    assert services.exhibitions.get(eid).title == "Re-Connect 🎨 광주"
    assert tab.model.record(0).title == "Re-Connect 🎨 광주"
    for _step in range(3):
        tab.context.undo_stack.undo()
    links = services.exhibitions.links(eid)
    assert links == {"residencies": [], "visits": [sample_ids["visit"]], "artists": []}
    assert services.exhibitions.get(eid).title.startswith("Re-Connect: Kunst")
    assert checked(tab.editor.residencies) == []


def test_bad_input_is_refused_and_changes_nothing(tab, services, sample_ids):
    eid = sample_ids["exhibition"]
    tab.show_record("exhibition", eid)
    before = dict(services.exhibitions.get(eid).model_dump(), row_version=None)
    form = tab.editor.form
    form.set_value("end_date", date(2023, 1, 1))
    assert "before it starts" in form.error_text("end_date")
    form.set_value("title", "   ")
    assert "must not be empty" in form.error_text("title")
    assert dict(services.exhibitions.get(eid).model_dump(), row_version=None) == before
    assert services.exhibitions.links(eid)["residencies"] == []
    assert tab.context.undo_stack.count() == 0


def test_new_and_delete_with_undo_keep_links(tab, services, sample_ids, qtbot):
    tab.new_exhibition()
    new_id = tab.current_id()
    assert services.exhibitions.get(new_id).title == "New exhibition"
    assert tab.editor.form.widgets["title"].hasFocus()
    tab.show_record("exhibition", sample_ids["exhibition"])
    tab.confirm = lambda *_args: True
    assert tab.delete_exhibition()
    assert all(e.id != sample_ids["exhibition"] for e in services.exhibitions.list())
    tab.context.undo_stack.undo()
    assert services.exhibitions.links(sample_ids["exhibition"])["visits"] == [sample_ids["visit"]]


def test_filters(tab, services, sample_ids, qtbot):
    other = services.exhibitions.create(
        title="Later show", start_date=date(2025, 4, 1), end_date=date(2025, 6, 1)
    )
    tab.context.events.changed.emit("exhibition", other.id)
    assert tab.model.rowCount() == 2
    tab.f_year.setCurrentIndex(tab.f_year.findData(2024))  # a year between: nothing on
    assert tab.model.rowCount() == 0
    assert not tab.editor.isEnabled()
    tab.f_year.setCurrentIndex(tab.f_year.findData(2023))
    assert tab.model.rowCount() == 1
    tab.f_year.setCurrentIndex(0)
    tab.f_partnership.setCurrentIndex(tab.f_partnership.findData(sample_ids["partnership"]))
    assert tab.model.rowCount() == 1
    tab.search.setText("Bruderland")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.search.setText("nothing like this")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
