"""The head of delegation chosen in the Overview and the member role Head in Members are
one fact: choosing one changes the other, shown at once, and one undo puts both back."""

from __future__ import annotations

from gestures import click_row, undo_action
from PySide6.QtCore import Qt

from exchange_planner.domain.enums import MemberRole
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.models.record_table import IdRole


def _section(main_window, name):  # type: ignore[no-untyped-def]
    tab = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", 1)
    section = tab.sections[name]
    tab.editor.setCurrentWidget(section)
    return tab, section


def _pick(qtbot, box, data) -> None:  # type: ignore[no-untyped-def]
    """Open the combo box's list and click the entry holding ``data``, as a user does."""
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    box.showPopup()
    view = box.view()
    rect = view.visualRect(view.model().index(index, box.modelColumn()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.currentIndex() == index


def redo_action(window):  # type: ignore[no-untyped-def]
    return next(a for a in window.edit_menu.actions() if a.shortcut().toString() == "Ctrl+Shift+Z")


def _roles(members_section):  # type: ignore[no-untyped-def]
    """What the member table shows: name -> role text."""
    model = members_section.model
    role_column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Role"
    )
    return {
        model.index(row, 1).data(): model.index(row, role_column).data()
        for row in range(model.rowCount())
    }


def test_choosing_the_head_in_the_overview_sets_the_member_roles(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab, overview = _section(main_window, "overview")
    s = tab.context.services
    kang, park = s.members.for_visit(1)[:2]
    head = overview.form.widgets["head_id"]
    assert head.currentText() == "Kang Gi-jung (강기정)"
    _pick(qtbot, head, park.person_id)
    assert s.visits.get(1).head_id == park.person_id
    assert s.members.get(park.id).role == MemberRole.HEAD
    assert s.members.get(kang.id).role == MemberRole.OFFICIAL
    members = tab.sections["members"]
    tab.editor.setCurrentWidget(members)
    shown = _roles(members)
    assert shown["Park Ji-won"] == "Head" and shown["Kang Gi-jung"] == "Official"

    undo_action(main_window).trigger()  # one step puts back the head and both roles
    assert s.visits.get(1).head_id == kang.person_id
    assert s.members.get(park.id).role == MemberRole.DEPUTY
    assert s.members.get(kang.id).role == MemberRole.HEAD
    shown = _roles(members)
    assert shown["Park Ji-won"] == "Deputy" and shown["Kang Gi-jung"] == "Head"
    redo_action(main_window).trigger()
    assert s.visits.get(1).head_id == park.person_id
    assert s.members.get(kang.id).role == MemberRole.OFFICIAL


def test_the_role_head_in_members_sets_the_head_of_delegation(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab, members = _section(main_window, "members")
    s = tab.context.services
    kang, park = s.members.for_visit(1)[:2]
    click_row(qtbot, members.view, park.id)
    assert members.current_member_id() == park.id
    _pick(qtbot, members.detail.widgets["role"], MemberRole.HEAD.value)
    assert s.visits.get(1).head_id == park.person_id
    assert s.members.get(kang.id).role == MemberRole.OFFICIAL
    overview = tab.sections["overview"]
    tab.editor.setCurrentWidget(overview)  # the user looks at the Overview
    assert overview.form.widgets["head_id"].currentData() == park.person_id
    assert overview.form.widgets["head_id"].currentText() == "Park Ji-won (박지원)"

    undo_action(main_window).trigger()
    assert s.visits.get(1).head_id == kang.person_id
    assert (s.members.get(kang.id).role, s.members.get(park.id).role) == (
        MemberRole.HEAD,
        MemberRole.DEPUTY,
    )
    assert overview.form.widgets["head_id"].currentData() == kang.person_id


def test_removing_the_head_member_clears_the_head_until_undone(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab, members = _section(main_window, "members")
    members.confirm = lambda *_: True
    s = tab.context.services
    kang = s.members.for_visit(1)[0]
    members.select_member(kang.id)
    members.remove_action.trigger()
    assert s.visits.get(1).head_id is None
    overview = tab.sections["overview"]
    tab.editor.setCurrentWidget(overview)
    assert overview.form.widgets["head_id"].currentData() is None
    undo_action(main_window).trigger()
    assert s.visits.get(1).head_id == kang.person_id
    assert overview.form.widgets["head_id"].currentData() == kang.person_id
    tab.editor.setCurrentWidget(members)
    assert members.model.row_of(kang.id) >= 0
    assert members.model.index(members.model.row_of(kang.id), 0).data(IdRole) == kang.id
