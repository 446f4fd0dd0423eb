"""pytest-qt: the Residencies tab on the sample (editor, counterpart, timeline, checklist,
balance), with a fixed "today"."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.domain.enums import ChecklistKind
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.residencies.tab import ResidenciesTab

TODAY = date(2024, 8, 20)


@pytest.fixture
def tab(qtbot, services, events, sample_ids, qt_settings):
    context = UiContext(services, events, QUndoStack(), qt_settings)
    page = ResidenciesTab(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def combo_select(combo, data):
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def test_sample_is_listed_with_counterpart_and_current_signal(tab, sample_ids, qtbot):
    assert tab.model.rowCount() == 2
    # Newest first: the 2024 counter-residency is selected at start.
    assert tab.current_id() == sample_ids["residency_incoming"]
    with qtbot.waitSignal(tab.context.events.current) as signal:
        assert tab.show_record("residency", sample_ids["residency_outgoing"])
    assert signal.args == ["residency", sample_ids["residency_outgoing"]]
    editor = tab.editor
    assert editor.counterpart.currentData() == sample_ids["residency_incoming"]
    tab.show_record("residency", sample_ids["residency_incoming"])
    assert editor.artist.currentData() is None  # artist to be named
    assert editor.counterpart.currentData() == sample_ids["residency_outgoing"]


def test_filters_narrow_the_list(tab, sample_ids, qtbot):
    combo_select(tab.f_year, 2023)
    assert [tab.model.record(r).id for r in range(tab.model.rowCount())] == [
        sample_ids["residency_outgoing"]
    ]
    tab.f_year.setCurrentIndex(0)
    combo_select(tab.f_status, "proposed")
    assert tab.model.rowCount() == 1
    tab.f_status.setCurrentIndex(0)
    tab.search.setText("Reich")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    # A filtered-out record is still shown on navigation (filters are cleared).
    combo_select(tab.f_year, 2023)
    assert tab.show_record("residency", sample_ids["residency_incoming"])
    assert tab.current_id() == sample_ids["residency_incoming"]


def test_create_a_residency_and_its_counterpart_then_undo(tab, services, sample_ids, qtbot):
    stack = tab.context.undo_stack
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    first = tab.current_id()
    assert first not in sample_ids.values() or first > sample_ids["residency_incoming"]
    assert len(services.checklist.for_residency(first)) == 8
    form = tab.editor.form
    form.set_value("title", "Anna Lenz in Gwangju")
    form.set_value("end_date", date(2025, 6, 30))
    form.set_value("start_date", date(2025, 4, 1))
    assert services.residencies.get(first).title == "Anna Lenz in Gwangju"

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    second = tab.current_id()
    assert second != first
    form.set_value("title", "광주 작가 in Leipzig 🎨")
    form.set_value("direction", "incoming")
    # Only valid candidates: the new outgoing residency (the sample pair is taken), never itself.
    offered = [tab.editor.counterpart.itemData(i) for i in range(tab.editor.counterpart.count())]
    assert offered == [None, first]
    depth = stack.count()
    form.set_value("counterpart_id", first)
    assert stack.count() == depth + 1
    assert services.residencies.get(second).counterpart_id == first
    assert services.residencies.get(first).counterpart_id == second
    assert services.residencies.get(second).title == "광주 작가 in Leipzig 🎨"
    titles = [tab.model.record(r).title for r in range(tab.model.rowCount())]
    assert "광주 작가 in Leipzig 🎨" in titles

    stack.undo()
    assert services.residencies.get(first).counterpart_id is None
    assert services.residencies.get(second).counterpart_id is None
    assert services.residencies.get(second).direction == "incoming"
    stack.undo()
    assert services.residencies.get(second).direction == "outgoing"
    stack.redo()
    stack.redo()
    assert services.residencies.get(first).counterpart_id == second


def test_refused_edits_change_nothing_and_show_the_message(tab, services, sample_ids):
    rid = sample_ids["residency_outgoing"]
    tab.show_record("residency", rid)
    before = dict(services.residencies.get(rid).model_dump(), row_version=None)
    stack = tab.context.undo_stack
    form = tab.editor.form
    form.set_value("end_date", date(2023, 2, 1))
    assert "before it starts" in form.error_text("end_date")
    assert not form.errors["end_date"].isHidden()
    form.set_value("start_date", date(1850, 1, 1))
    assert "outside" in form.error_text("start_date")
    form.set_value("title", "x" * 301)
    assert "at most 300" in form.error_text("title")
    form.set_value("budget_currency", "EURO")
    assert "currency" in form.error_text("budget_currency")
    assert dict(services.residencies.get(rid).model_dump(), row_version=None) == before
    assert stack.count() == 0
    # A refused counterpart leaves the residency as it was.
    other = services.residencies.create(
        title="Stranger",
        partnership_id=sample_ids["partnership"],
        direction="incoming",
        start_date=date(2025, 1, 1),
        end_date=date(2025, 2, 1),
    )
    tab.editor.counterpart.addItem("forced", other.id)  # not offered: it must still be refused
    services.residencies.update(other.id, counterpart_id=None)
    services.residencies.create(
        title="Claims stranger",
        partnership_id=sample_ids["partnership"],
        direction="outgoing",
        start_date=date(2025, 1, 1),
        end_date=date(2025, 2, 1),
        counterpart_id=other.id,
    )
    form.set_value("counterpart_id", other.id)
    assert "already answered" in form.error_text("counterpart_id")
    after = dict(services.residencies.get(rid).model_dump(), row_version=None)
    assert after == before
    assert stack.count() == 0


def test_tick_checklist_items_and_overdue_highlight(tab, services, sample_ids):
    rid = sample_ids["residency_incoming"]
    tab.show_record("residency", rid)
    model = tab.editor.checklist_model
    assert model.rowCount() == 8
    # 20 Aug 2024: invitation … insurance (15 Aug) are overdue; arrival (1 Sep) is not yet.
    assert [model.overdue(r) for r in range(8)] == [True] * 5 + [False] * 3
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(5, 0), Qt.ItemDataRole.BackgroundRole) is None
    index = model.index(0, 2)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    visa = model.index(1, 2)
    assert model.setData(visa, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    items = {i.kind: i for i in services.checklist.for_residency(rid)}
    assert items[ChecklistKind.INVITATION_LETTER].done_on == TODAY
    assert items[ChecklistKind.VISA].done_on == TODAY
    assert not model.overdue(0)
    assert model.data(model.index(0, 2), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Due date edited in place; both undo in order.
    assert model.setData(model.index(2, 1), QDate(2024, 8, 31), Qt.ItemDataRole.EditRole)
    assert not model.overdue(2)
    stack = tab.context.undo_stack
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    items = {i.kind: i for i in services.checklist.for_residency(rid)}
    assert items[ChecklistKind.VISA].done_on is None
    assert items[ChecklistKind.TRAVEL].due_date == date(2024, 7, 15)
    assert items[ChecklistKind.INVITATION_LETTER].done_on == TODAY


def test_deliverables_add_edit_remove_with_undo(tab, services, sample_ids):
    rid = sample_ids["residency_incoming"]
    tab.show_record("residency", rid)
    editor = tab.editor
    editor.add_deliverable()
    model = editor.deliverables_model
    assert model.rowCount() == 2
    row = [model.item(r).title for r in range(2)].index("New deliverable")
    assert model.setData(model.index(row, 0), "Artist talk 작가와의 대화", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(row, 0), "   ", Qt.ItemDataRole.EditRole)
    assert "must not be empty" in editor.parts_error.text()
    titles = sorted(d.title for d in services.deliverables.for_residency(rid))
    assert titles == ["Artist talk 작가와의 대화", "Offenes Atelier in Leipzig"]
    editor.deliverables_view.setCurrentIndex(model.index(row, 0))
    editor.remove_deliverable()
    assert len(services.deliverables.for_residency(rid)) == 1
    tab.context.undo_stack.undo()
    assert len(services.deliverables.for_residency(rid)) == 2


def test_move_a_bar_on_the_timeline_and_undo(tab, services, sample_ids, qtbot):
    tab.pages.setCurrentWidget(tab.timeline_page)
    timeline = tab.timeline
    rid = sample_ids["residency_incoming"]
    bar = timeline.bar(rid)
    assert bar is not None
    rect = timeline.bar_rect(bar)
    start = QPoint(int(rect.center().x()), int(rect.center().y()))
    days = 30
    end = QPoint(int(start.x() + days * timeline.day_width()) + 1, start.y())
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, end)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    moved = services.residencies.get(rid)
    shift = (moved.start_date - date(2024, 9, 1)).days
    assert 28 <= shift <= 32
    assert (moved.end_date - date(2024, 11, 30)).days == shift
    # The arrival step, due on the first day, moved with the bar (in the same step).
    arrival = {i.kind: i for i in services.checklist.for_residency(rid)}[ChecklistKind.ARRIVAL]
    assert arrival.due_date == moved.start_date
    assert tab.context.undo_stack.count() == 1
    tab.context.undo_stack.undo()
    back = services.residencies.get(rid)
    assert (back.start_date, back.end_date) == (date(2024, 9, 1), date(2024, 11, 30))
    arrival = {i.kind: i for i in services.checklist.for_residency(rid)}[ChecklistKind.ARRIVAL]
    assert arrival.due_date == date(2024, 9, 1)


def test_timeline_keyboard_conflicts_and_double_click(tab, services, sample_ids, qtbot):
    studio = services.residencies.get(sample_ids["residency_outgoing"]).studio_id
    clash = services.residencies.create(
        title="Double booking",
        partnership_id=sample_ids["partnership"],
        direction="outgoing",
        studio_id=studio,
        start_date=date(2023, 5, 1),
        end_date=date(2023, 6, 30),
    )
    tab.context.events.changed.emit("residency", clash.id)
    tab.pages.setCurrentWidget(tab.timeline_page)
    timeline = tab.timeline
    assert timeline.bar(clash.id).conflict
    assert timeline.bar(sample_ids["residency_outgoing"]).conflict
    assert "share a studio" in tab.timeline_message.text()
    timeline.setFocus()
    timeline.select(clash.id)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert services.residencies.get(clash.id).start_date == date(2023, 5, 2)
    qtbot.keyClick(
        timeline,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    assert services.residencies.get(clash.id).start_date == date(2023, 4, 25)
    # Moving it after the other residency ends resolves the conflict.
    assert tab.move_residency(clash.id, 40)
    assert not timeline.bar(clash.id).conflict
    # Too far: refused, dates kept.
    assert not tab.move_residency(clash.id, 365 * 300)
    assert "outside" in tab.timeline_message.text()
    assert services.residencies.get(clash.id).start_date == date(2023, 6, 4)
    rect = timeline.bar_rect(timeline.bar(sample_ids["residency_outgoing"]))
    qtbot.mouseDClick(
        timeline,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.center().y())),
    )
    assert tab.pages.currentWidget() is tab.list_page
    assert tab.current_id() == sample_ids["residency_outgoing"]


def test_balance_changes_with_a_new_residency(tab, services, sample_ids, qtbot):
    tab.pages.setCurrentWidget(tab.balance)
    view = tab.balance
    assert view.model.rowCount() == 3  # 2023, 2024, total
    assert view.open_list.count() == 1
    assert "not been returned" in view.open_list.item(0).text()
    tab.pages.setCurrentWidget(tab.list_page)
    tab.new_residency()
    rid = tab.current_id()
    tab.editor.form.set_value("end_date", date(2025, 5, 1))
    tab.editor.form.set_value("start_date", date(2025, 3, 1))
    tab.pages.setCurrentWidget(tab.balance)
    years = [view.model.record(r).year for r in range(view.model.rowCount())]
    assert years == [2023, 2024, 2025, 0]
    assert view.model.record(2).residencies_sent == 1
    texts = [view.open_list.item(i).text() for i in range(view.open_list.count())]
    assert any("no counterpart" in t for t in texts)
    assert view.chart.years[-1].year == 2025
    tab.context.undo_stack.undo()  # the start
    tab.context.undo_stack.undo()  # the end
    tab.context.undo_stack.undo()  # the creation
    assert services.residencies.query() and all(r.id != rid for r in services.residencies.query())
    assert [view.model.record(r).year for r in range(view.model.rowCount())] == [2023, 2024, 0]


def test_history_lists_the_partnership_and_navigates(tab, sample_ids, qtbot):
    tab.pages.setCurrentWidget(tab.history)
    model = tab.history.model
    kinds = [model.record(r).kind for r in range(model.rowCount())]
    assert kinds[0] == "partnership" and kinds.count("gift") == 4 and "guestbook" in kinds
    row = kinds.index("exhibition")
    with qtbot.waitSignal(tab.context.events.navigate) as signal:
        tab.history.table.activated.emit(model.index(row, 0))
    assert signal.args == ["exhibition", sample_ids["exhibition"]]


def test_saving_other_fields_keeps_a_cancelled_counterpart(tab, services, sample_ids):
    out, inc = sample_ids["residency_outgoing"], sample_ids["residency_incoming"]
    services.residencies.update(out, status="cancelled")
    tab.context.events.changed.emit("residency", out)
    tab.show_record("residency", inc)
    assert tab.editor.counterpart.currentData() == out
    tab.editor.form.set_value("notes", "Artist chosen in spring.")
    assert services.residencies.get(inc).notes == "Artist chosen in spring."
    assert services.residencies.get(inc).counterpart_id == out


def test_turning_a_residency_around_unlinks_its_counterpart_in_the_same_step(
    tab, services, sample_ids
):
    out, inc = sample_ids["residency_outgoing"], sample_ids["residency_incoming"]
    other = services.residencies.create(
        title="Gwangju artist 2026",
        partnership_id=sample_ids["partnership"],
        direction="incoming",
        start_date=date(2026, 4, 1),
        end_date=date(2026, 6, 30),
    )
    tab.context.events.changed.emit("residency", other.id)
    tab.show_record("residency", inc)
    stack = tab.context.undo_stack
    tab.editor.form.set_value("direction", "outgoing")
    get = services.residencies.get
    assert stack.count() == 1
    assert (get(inc).direction, get(inc).counterpart_id) == ("outgoing", None)
    assert get(out).counterpart_id is None
    assert tab.editor.counterpart.currentData() is None
    tab.editor.form.set_value("counterpart_id", other.id)
    assert tab.editor.form.error_text("counterpart_id") == ""
    assert get(inc).counterpart_id == other.id and get(other.id).counterpart_id == inc
    stack.undo()
    stack.undo()
    assert (get(inc).direction, get(inc).counterpart_id) == ("incoming", out)
    assert get(out).counterpart_id == inc
    assert get(other.id).counterpart_id is None
    stack.redo()
    stack.redo()
    assert get(other.id).counterpart_id == inc and get(out).counterpart_id is None


def test_history_texts_are_composed_in_the_view(tab):
    tab.pages.setCurrentWidget(tab.history)
    model = tab.history.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows[0][3] == "Partnership with Gwangju begins"
    assert rows[-1][4] == "artist to be named · proposed"
    guestbook = next(row for row in rows if row[1] == "Guestbook")
    assert guestbook[3].startswith("Kang Gi-jung (강기정): ")
    assert guestbook[4] == "city guestbook · vol. XII, p. 87"


def test_a_title_of_emoji_up_to_the_limit_is_stored_whole(tab, services, sample_ids, qtbot):
    # An emoji is two UTF-16 units in the field: the field must not cut a title the rule takes.
    rid = sample_ids["residency_outgoing"]
    tab.show_record("residency", rid)
    edit = tab.editor.form.widgets["title"]
    title = "🎨" * 300
    edit.selectAll()
    edit.insert(title)  # as a paste does
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert services.residencies.get(rid).title == title
    edit.selectAll()
    edit.insert("🎨" * 400)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "at most 300" in tab.editor.form.error_text("title")
    assert services.residencies.get(rid).title == title
