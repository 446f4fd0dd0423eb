"""Drive the real Delegations tab: plan a visit end to end and find it in the database."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from exchange_planner.domain.conflicts import ConflictKind
from exchange_planner.domain.timeutil import to_local
from exchange_planner.ui.delegations.tab import DelegationsTab


@pytest.fixture
def tab(main_window):
    page = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(page)
    yes = lambda *_: True  # noqa: E731
    page.confirm = yes
    for section in page.sections.values():
        section.confirm = yes
    return page


def services_of(tab):
    return tab.context.services


def test_plan_a_visit_end_to_end(qtbot, tab, tmp_path):
    s = services_of(tab)
    stack = tab.context.undo_stack
    current = []
    tab.context.events.current.connect(lambda kind, rid: current.append((kind, rid)))

    # new visit, then edit title and dates in the overview form
    visit_id = tab.new_visit()
    assert visit_id and current[-1] == ("visit", visit_id)
    overview = tab.sections["overview"]
    title = overview.form.widgets["title"]
    title.setText("   ")
    title.editingFinished.emit()
    assert "must not be empty" in overview.form.errors["title"].text()
    assert s.visits.get(visit_id).title == "New visit"  # refused edit changed nothing
    title.setText("Spring visit 광주 🎉")
    title.editingFinished.emit()
    assert s.visits.get(visit_id).title == "Spring visit 광주 🎉"
    assert not overview.form.errors["title"].isVisible()
    overview.form.set_value("start_date", date(2023, 7, 25))
    assert overview.form.errors["start_date"].text() == ""  # start before end is fine
    overview.form.set_value("end_date", date(2023, 7, 20))
    assert "before it starts" in overview.form.errors["end_date"].text()
    overview.form.set_value("end_date", date(2023, 7, 27))
    visit = s.visits.get(visit_id)
    assert (visit.start_date, visit.end_date) == (date(2023, 7, 25), date(2023, 7, 27))

    # members: an existing person by hand, a new person, and an import
    tab.editor.setCurrentWidget(tab.sections["members"])
    members = tab.sections["members"]
    members.picker.choose(s.visits.get(1).head_id)
    members.add_button.click()
    members.new_form.widgets["family_name"].setText("  ")
    members.new_button.click()
    assert "must not be empty" in members.new_form.errors["family_name"].text()
    members.new_form.widgets["family_name"].setText("Haddad")
    members.new_form.widgets["given_name"].setText("Lina")
    members.new_form.widgets["native_name"].setText("لينا حداد")
    members.new_button.click()
    rows = s.members.rows(visit_id)
    assert [r.latin_name for r in rows] == ["Kang Gi-jung", "Lina Haddad"]
    assert members.model.rowCount() == 2

    csv = tmp_path / "members.csv"
    csv.write_bytes("Surname;Given name;Role\nMüller;Jürgen;interpreter\n".encode("cp1252"))
    from exchange_planner.ui.delegations.member_import_dialog import MemberImportDialog

    dialog = MemberImportDialog(tab.context, visit_id, "Europe/Berlin", tab)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        assert dialog.load_file(csv)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert [r.latin_name for r in s.members.rows(visit_id)][-1] == "Jürgen Müller"

    # precedence: move the last member up
    members.reload()
    members.select_member(s.members.rows(visit_id)[-1].id)
    members.move_up()
    assert s.members.rows(visit_id)[1].latin_name == "Jürgen Müller"

    # program from the template, then shift times
    tab.editor.setCurrentWidget(tab.sections["program"])
    program = tab.sections["program"]
    program.template_day.setDate(date(2023, 7, 26))
    assert program.template_venue.currentText() == "Neues Rathaus"  # the town hall by default
    ids = program.apply_template()
    assert len(ids) == 4 and len(program.item_rows()) == 4
    # In the office's language (German), with the partnership's languages (ko, en) as
    # translations.
    signing = s.program.get(ids[1])
    assert signing.title == "Eintragung in das Goldene Buch"
    assert signing.translations.get_text("title", "ko") == "골든북 서명"
    assert signing.translations.get_text("title", "en") == "Signing of the Golden Book"
    program.select_item(ids[0])
    ends = program.form.value("ends_at")
    program.form.set_value("ends_at", ends + timedelta(minutes=15))
    assert program.shift_bar.isVisibleTo(program)
    program.shift_button.click()
    second = s.program.get(ids[1])
    assert to_local(second.starts_at, second.timezone).strftime("%H:%M") == "10:45"
    program.form.set_value("ends_at", program.form.value("starts_at") - timedelta(minutes=5))
    assert "ends before it starts" in program.form.errors["ends_at"].text()

    # the sample visit uses the same rooms at the same time: conflicts appear with a tooltip
    program.reload()
    qtbot.waitUntil(lambda: not program.conflicts_pending)
    row = next(r for r in program.item_rows() if r.data(0, Qt.ItemDataRole.UserRole + 10) == ids[0])
    tooltip = row.toolTip(1)
    assert "Kang Gi-jung" in tooltip and "two places at once" in tooltip
    kinds = {c.kind for c in s.conflicts.for_visit(visit_id)}
    assert ConflictKind.PERSON_DOUBLE_BOOKED in kinds

    # undo everything step by step, then redo it all
    steps = stack.index()
    assert steps >= 10
    while stack.canUndo():
        stack.undo()
    assert s.visits.count_rows() == 1
    while stack.canRedo():
        stack.redo()
    assert s.visits.get(visit_id).title == "Spring visit 광주 🎉"
    assert len(s.members.rows(visit_id)) == 3
    assert len(s.program.for_visit(visit_id)) == 4


def test_delete_visit_asks_and_is_undoable(tab):
    s = services_of(tab)
    visit_id = tab.visit_id
    assert visit_id
    tab.confirm = lambda *_: False
    assert not tab.delete_visit()
    tab.confirm = lambda *_: True
    assert tab.delete_visit()
    assert s.visits.count_rows() == 0 and tab.visit_id == 0
    tab.context.undo_stack.undo()
    assert len(s.program.for_visit(visit_id)) == 12 and len(s.gifts.for_visit(visit_id)) == 4


def test_list_filters_and_navigation_to_a_program_item(tab):
    s = services_of(tab)
    copy = tab.duplicate_visit()
    assert copy and tab.visits.model.rowCount() == 2
    tab.visits.search.setText("copy")
    tab.visits.apply_filter()
    assert tab.visits.model.rowCount() == 1
    tab.visits.year.setCurrentIndex(tab.visits.year.findData(2023))
    tab.visits.apply_filter()
    assert tab.visits.model.rowCount() == 1
    item = s.program.for_visit(1)[4]
    assert tab.show_record("program_item", item.id)
    assert tab.visit_id == 1
    assert tab.sections["program"].current_item_id() == item.id


def test_gifts_show_threshold_flag_and_guestbook_edits(qtbot, tab):
    s = services_of(tab)
    tab.editor.setCurrentWidget(tab.sections["gifts"])
    gifts = tab.sections["gifts"]
    gifts.select(gifts.model.record(0).id)
    qtbot.waitUntil(lambda: not gifts.conflicts_pending)
    assert "threshold" in gifts.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    gifts.form.widgets["value_amount"].setText("abc")
    gifts.form.widgets["value_amount"].editingFinished.emit()
    assert "not an amount" in gifts.form.errors["value_amount"].text()
    new_id = gifts.add()
    assert new_id and s.gifts.get(new_id).description == "New gift"
    gifts.delete()
    assert len(s.gifts.for_visit(tab.visit_id)) == 4  # the sample has four gifts
    tab.editor.setCurrentWidget(tab.sections["guestbook"])
    book = tab.sections["guestbook"]
    entry = book.add()
    book.form.set_value("page", "88")
    assert s.guestbook.get(entry).page == "88"
    tab.context.undo_stack.undo()
    assert s.guestbook.get(entry).page == ""


def test_bad_text_and_times_in_the_program_form(qtbot, tab):
    s = services_of(tab)
    tab.editor.setCurrentWidget(tab.sections["program"])
    program = tab.sections["program"]
    item = s.program.for_visit(tab.visit_id)[0]
    program.select_item(item.id)
    program.form.set_value("title", "x" * 5000)
    assert "5000 characters long; at most 300" in program.form.errors["title"].text()
    assert s.program.get(item.id).title == item.title
    program.form.set_value("title", "환영 만찬 🍽 עברית")
    assert s.program.get(item.id).title == "환영 만찬 🍽 עברית"
    program.form.set_value("notes", "ن" * 5000)
    assert s.program.get(item.id).notes == "ن" * 5000
    # a day outside the visit is accepted, with a warning that explains
    starts = program.form.value("starts_at")
    program.form.set_value("ends_at", starts.replace(day=28) + timedelta(hours=1))
    program.form.set_value("starts_at", starts.replace(day=28))
    qtbot.waitUntil(lambda: "outside the dates" in program.conflict_label.text())
    row = next(
        r for r in program.item_rows() if r.data(0, Qt.ItemDataRole.UserRole + 10) == item.id
    )
    assert "outside the dates" in row.toolTip(0)


def test_keyboard_delete_and_enter_and_print_actions(qtbot, tab):
    s = services_of(tab)
    view = tab.visits.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tab.editor.currentWidget() is tab.sections["overview"]
    assert {a.text() for a in view.actions()} >= {"New visit", "Duplicate visit", "Delete visit"}
    if getattr(tab, "print_actions", None):
        assert tab.print_actions[0].text() == "Print itinerary…"
    asked = []
    tab.confirm = lambda *args: asked.append(args) or True
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked and s.visits.count_rows() == 0


def test_guestbook_needs_a_signer_and_says_so(tab):
    s = services_of(tab)
    visit_id = tab.new_visit()
    tab.editor.setCurrentWidget(tab.sections["guestbook"])
    book = tab.sections["guestbook"]
    assert book.add() is None
    assert "add a delegation member first" in book.form.errors["signer_id"].text()
    assert s.guestbook.for_visit(visit_id) == []


def test_import_dialog_shows_problems_and_reads_xlsx(qtbot, tab, tmp_path):
    from openpyxl import Workbook

    from exchange_planner.ui.delegations.member_import_dialog import MemberImportDialog

    s = services_of(tab)
    visit_id = tab.visit_id
    dialog = MemberImportDialog(tab.context, visit_id, "Europe/Berlin", tab)
    qtbot.addWidget(dialog)
    missing = tmp_path / "missing.csv"
    missing.write_text("Given name,Title\nAnna,Guest\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        assert dialog.load_file(missing)
    assert not dialog.import_button.isEnabled()
    assert "Family name" in dialog.problems.item(0).text()
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.set_mapping("family_name", 0)  # the user maps the column by hand
    assert dialog.import_button.isEnabled()

    book = Workbook()
    book.active.append(["Family name", "Given name", "Native name"])
    book.active.append(["Kang", "Gi-jung", "강기정"])  # already on the delegation
    book.active.append(["Yoo", "Jin", "유진"])
    path = tmp_path / "members.xlsx"
    book.save(path)
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        assert dialog.load_file(path)
    assert not dialog.import_button.isEnabled()
    assert "already on this delegation" in dialog.problems.item(0).text()
    assert len(s.members.for_visit(visit_id)) == 20  # nothing written
    assert dialog.preview_table.model().rowCount() == 2


def test_attendees_sort_and_precedence_undo(tab):
    s = services_of(tab)
    tab.editor.setCurrentWidget(tab.sections["program"])
    program = tab.sections["program"]
    item = s.program.for_visit(tab.visit_id)[1]
    program.select_item(item.id)
    program.all_members.setChecked(False)
    assert not s.program.get(item.id).all_members
    assert len(s.program.attendees(item.id)) == 20  # everyone stays ticked at first
    program.attendees.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert len(s.program.attendees(item.id)) == 19
    tab.context.undo_stack.undo()
    tab.context.undo_stack.undo()
    assert s.program.get(item.id).all_members

    tab.duplicate_visit()
    model = tab.visits.model
    header = tab.visits.view.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "title" and not model.descending
    assert model.index(0, 0).data() == "Official visit of the Gwangju delegation"
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data().endswith("(copy)")


def test_drag_a_member_to_a_new_place(tab):
    s = services_of(tab)
    tab.editor.setCurrentWidget(tab.sections["members"])
    members = tab.sections["members"]
    model = members.model
    last = model.record(19)
    data = model.mimeData([model.index(19, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index(-1, -1).parent())
    rows = s.members.rows(tab.visit_id)
    assert rows[1].id == last.id and [r.precedence for r in rows] == list(range(1, 21))
    assert model.record(1).id == last.id  # the view shows the new order
    tab.context.undo_stack.undo()
    assert s.members.rows(tab.visit_id)[19].id == last.id


def test_gift_rules_dialog_opens_from_the_gifts_section(qtbot, tab):
    """The gift rules replace the per-country thresholds: the Gifts toolbar opens them."""
    tab.editor.setCurrentWidget(tab.sections["gifts"])
    gifts = tab.sections["gifts"]
    dialog = gifts.open_rules()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.rules.model.rowCount() == len(dialog.register.rules.list())
    dialog.reject()
    assert not dialog.isVisible()
