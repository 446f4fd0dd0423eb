"""The order of precedence in the Members section, driven through its real widgets: the
computed place of each participant, overriding one with a reason (undoable), the hosts of
the home city, and a rank changed in People & Venues showing at once."""

from __future__ import annotations

from typing import Any

from gestures import click_row, undo_action
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exchange_planner.ui.delegations.precedence import OVERRIDDEN_MARK, UNRANKED_MARK
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.directory.tab import DirectoryTab


def _members(main_window):  # type: ignore[no-untyped-def]
    tab = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", 1)
    section = tab.sections["members"]
    tab.editor.setCurrentWidget(section)
    return tab, section


def _column(model: Any, header: str) -> int:
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )


def _places(section) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What the members table shows: name -> the Precedence column's text."""
    model = section.model
    column = _column(model, "Precedence")
    return {
        model.index(row, 1).data(): model.index(row, column).data()
        for row in range(model.rowCount())
    }


def _member(services, visit_id: int, latin: str) -> Any:  # type: ignore[no-untyped-def]
    return next(r for r in services.members.rows(visit_id) if r.latin_name == latin)


def _entry(services, visit_id: int, person_id: int) -> Any:  # type: ignore[no-untyped-def]
    return next(e for e in services.precedence.order(visit_id).entries if e.person_id == person_id)


def _pick(qtbot, box, data) -> None:  # type: ignore[no-untyped-def]
    """Open the combo box's list and click the entry holding ``data``, as a user does."""
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    box.showPopup()
    view = box.view()
    view.scrollTo(view.model().index(index, box.modelColumn()))
    rect = view.visualRect(view.model().index(index, box.modelColumn()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.currentIndex() == index


def _open_override(qtbot, section, view):  # type: ignore[no-untyped-def]
    """Ctrl+Shift+O on the list opens the dialog (not modal: nothing blocks)."""
    view.setFocus()
    qtbot.keyClick(
        view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = section.override_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill_and_ok(qtbot, dialog, place: int, reason: str) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.place.setFocus()
    dialog.place.selectAll()
    qtbot.keyClicks(dialog.place, str(place))
    assert dialog.place.value() == place
    dialog.reason.setFocus()
    dialog.reason.selectAll()
    if reason:
        qtbot.keyClicks(dialog.reason, reason)
    else:
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Backspace)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_column_shows_kang_gi_jung_at_his_place(main_window) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    kang = _member(s, 1, "Kang Gi-jung")
    entry = _entry(s, 1, kang.person_id)
    # The mayor of Gwangju ranks with Leipzig's Lord Mayor: first or second of the visit.
    assert entry.place in (1, 2)
    assert entry.rank_title
    shown = _places(section)["Kang Gi-jung"]
    assert shown.split()[0] == str(entry.place)
    assert OVERRIDDEN_MARK not in shown and UNRANKED_MARK not in shown
    model = section.model
    tip = model.index(model.row_of(kang.id), _column(model, "Precedence")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert f"Place {entry.place}" in tip and entry.rank_title in tip
    assert section.order_error.isHidden()


def test_override_a_member_through_the_dialog_and_undo(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    park = _member(s, 1, "Park Ji-won")
    before = _entry(s, 1, park.person_id).place
    assert before != 1
    click_row(qtbot, section.view, park.id)
    dialog = _open_override(qtbot, section, section.view)
    _fill_and_ok(qtbot, dialog, 1, "Leads the delegation this time")

    stored = s.members.get(park.id)
    assert (stored.precedence_override, stored.override_reason) == (
        1,
        "Leads the delegation this time",
    )
    shown = _places(section)["Park Ji-won"]
    assert shown.startswith(f"1 {OVERRIDDEN_MARK} ({before})")
    assert "Leads the delegation this time" in shown
    model = section.model
    tip = model.index(model.row_of(park.id), _column(model, "Precedence")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert f"Overridden (computed place {before}): Leads the delegation this time" in tip
    assert _places(section)["Kang Gi-jung"].split()[0] != "1"  # the others move down

    undo_action(main_window).trigger()
    assert s.members.get(park.id).precedence_override is None
    assert _places(section)["Park Ji-won"].split()[0] == str(before)
    assert OVERRIDDEN_MARK not in _places(section)["Park Ji-won"]


def test_an_override_without_a_reason_is_refused_with_a_message(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    park = _member(s, 1, "Park Ji-won")
    shown_before = _places(section)
    depth = tab.context.undo_stack.count()
    click_row(qtbot, section.view, park.id)
    dialog = _open_override(qtbot, section, section.view)
    _fill_and_ok(qtbot, dialog, 1, "")

    assert dialog.isVisible()  # still asking
    assert not dialog.error.isHidden()
    assert "reason" in dialog.error.text().lower()
    assert s.members.get(park.id).precedence_override is None
    assert _places(section) == shown_before
    assert tab.context.undo_stack.count() == depth
    dialog.reject()


def test_clear_override_from_the_context_menu_and_undo(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    park = _member(s, 1, "Park Ji-won")
    click_row(qtbot, section.view, park.id)
    _fill_and_ok(qtbot, _open_override(qtbot, section, section.view), 1, "Protocol asked")
    assert s.members.get(park.id).precedence_override == 1
    # The list's context menu offers the actions.
    clear = next(a for a in section.view.actions() if a.text() == "Clear override")
    clear.trigger()
    assert s.members.get(park.id).precedence_override is None
    assert OVERRIDDEN_MARK not in _places(section)["Park Ji-won"]
    undo_action(main_window).trigger()
    assert s.members.get(park.id).precedence_override == 1
    assert s.members.get(park.id).override_reason == "Protocol asked"
    assert "Protocol asked" in _places(section)["Park Ji-won"]


def test_add_a_host_of_the_home_city_and_undo(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    newcomer = s.people.create(family_name="Quandt", given_name="Helene", country="Germany")
    hosts = section.hosts
    section.participants.setCurrentWidget(hosts)
    count = hosts.model.rowCount()
    hosts.picker.setFocus()
    qtbot.keyClicks(hosts.picker, "Quandt")
    qtbot.mouseClick(hosts.add_button, Qt.MouseButton.LeftButton)

    stored = [e for e in s.precedence.order(1).entries if e.person_id == newcomer.id]
    assert len(stored) == 1 and stored[0].host_id is not None
    assert hosts.model.rowCount() == count + 1
    row = hosts.model.row_of(stored[0].host_id)
    assert hosts.model.index(row, 1).data() == "Helene Quandt"
    place = hosts.model.index(row, 0).data()
    assert place.split()[0] == str(stored[0].place) and UNRANKED_MARK in place  # no rank yet
    assert hosts.current_host_id() == stored[0].host_id

    # whom the host interprets for: one of the visit's participants
    kang = _member(s, 1, "Kang Gi-jung")
    _pick(qtbot, hosts.detail.widgets["interprets_for_id"], kang.person_id)
    assert s.hosts.get(stored[0].host_id).interprets_for_id == kang.person_id

    undo_action(main_window).trigger()
    assert s.hosts.get(stored[0].host_id).interprets_for_id is None
    undo_action(main_window).trigger()
    assert all(e.person_id != newcomer.id for e in s.precedence.order(1).entries)
    assert hosts.model.rowCount() == count


def test_override_a_host(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    hosts = section.hosts
    section.participants.setCurrentWidget(hosts)
    assert hosts.model.rowCount() > 0  # the sample's Leipzig hosts
    last = hosts.model.record(hosts.model.rowCount() - 1)
    click_row(qtbot, hosts.view, last.id)
    dialog = _open_override(qtbot, section, hosts.view)
    _fill_and_ok(qtbot, dialog, 1, "Host of the evening")
    assert s.hosts.get(last.id).precedence_override == 1
    row = hosts.model.row_of(last.id)
    assert hosts.model.index(row, 0).data().startswith(f"1 {OVERRIDDEN_MARK}")
    undo_action(main_window).trigger()
    assert s.hosts.get(last.id).precedence_override is None


def test_a_rank_changed_in_people_and_venues_shows_in_members(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    staff = max(s.members.rows(1), key=lambda r: _entry(s, 1, r.person_id).place)
    was = _places(section)[staff.latin_name]
    top = next(r for r in s.ranks.list() if r.position == 1)

    directory = main_window.page(DirectoryTab)
    main_window.tabs.setCurrentWidget(directory)
    assert directory.show_record("person", staff.person_id)
    people = directory.people
    assert people.record.id == staff.person_id
    _pick(qtbot, people.fields["rank_id"].widget, str(top.id))
    assert s.people.get(staff.person_id).rank_id == top.id

    main_window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    now = _places(section)[staff.latin_name]
    expected = _entry(s, 1, staff.person_id).place
    assert now.split()[0] == str(expected) and now != was
    assert expected <= 4  # now among the first


def test_a_rank_cycle_in_the_stored_data_is_shown_above_the_list(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Equivalences that contradict each other (as an older file or a merge may bring,
    written past the service's check) leave the order uncomputed: one line says why."""
    import sqlalchemy as sa

    tab, section = _members(main_window)
    s = tab.context.services
    assert section.order_error.isHidden()
    korea = next(t for t in s.rank_tables.list() if t.country == "South Korea")
    first, second = (
        next(r for r in s.ranks.list() if r.rank_table_id == korea.id and r.position == p)
        for p in (1, 2)
    )
    with s.db.session() as session:  # 부시장 with the Lord Mayor: equal to 광역시장
        session.execute(
            sa.text("UPDATE rank SET equivalent_rank_id = :e WHERE id = :i"),
            {"e": first.equivalent_rank_id, "i": second.id},
        )
    section.reload()
    error = s.precedence.order(1).error
    assert error
    assert not section.order_error.isHidden()
    assert section.order_error.text() == error
    assert section.order_error.textFormat() == Qt.TextFormat.PlainText


def test_whom_a_member_interprets_for_is_shown_and_changed(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    baek = _member(s, 1, "Baek Seo-yeon")
    kang = _member(s, 1, "Kang Gi-jung")
    park = _member(s, 1, "Park Ji-won")
    click_row(qtbot, section.view, baek.id)
    box = section.detail.widgets["interprets_for_id"]
    assert box.currentData() == kang.person_id  # the sample: Baek interprets for Kang
    assert box.currentText() == "Kang Gi-jung (강기정)"
    assert box.findData(baek.person_id) < 0  # not for herself
    _pick(qtbot, box, park.person_id)
    assert s.members.get(baek.id).interprets_for_id == park.person_id
    undo_action(main_window).trigger()
    assert s.members.get(baek.id).interprets_for_id == kang.person_id
    assert box.currentData() == kang.person_id


def test_a_long_reason_does_not_push_the_names_out_of_sight(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from exchange_planner.ui.delegations.precedence import PLACE_COLUMN_MAX

    main_window.resize(1366, 768)
    tab, section = _members(main_window)
    s = tab.context.services
    park = _member(s, 1, "Park Ji-won")
    reason = "Leads the delegation in place of the mayor, who arrives a day later than planned"
    click_row(qtbot, section.view, park.id)
    _fill_and_ok(qtbot, _open_override(qtbot, section, section.view), 1, reason)
    assert s.members.get(park.id).override_reason == reason
    model = section.model
    column = _column(model, "Precedence")
    header = section.view.horizontalHeader()
    assert header.sectionSize(column) <= PLACE_COLUMN_MAX
    # The names (and the own script after them) stay in sight; the reason is in the tooltip.
    after = _column(model, "Own script")
    assert header.sectionViewportPosition(after) + header.sectionSize(after) <= (
        section.view.viewport().width()
    )
    tip = model.index(model.row_of(park.id), column).data(Qt.ItemDataRole.ToolTipRole)
    assert reason in tip


def test_a_long_reason_of_a_host_leaves_the_names_in_sight(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from exchange_planner.ui.delegations.precedence import PLACE_COLUMN_MAX

    main_window.resize(1366, 768)
    tab, section = _members(main_window)
    section.participants.setCurrentWidget(section.hosts)
    hosts = section.hosts
    s = tab.context.services
    anna = next(
        h for h in s.hosts.for_visit(1) if s.people.get(h.person_id).family_name == "Schreiber"
    )
    click_row(qtbot, hosts.view, anna.id)
    reason = "Head of protocol, walks beside the guest of honour the whole visit long"
    _fill_and_ok(qtbot, _open_override(qtbot, section, hosts.view), 2, reason)
    header = hosts.view.horizontalHeader()
    assert hosts.model.index(hosts.model.row_of(anna.id), 0).data().startswith("2 ")
    assert header.sectionSize(0) <= PLACE_COLUMN_MAX
    assert (
        header.sectionViewportPosition(1) + header.sectionSize(1) <= hosts.view.viewport().width()
    )


def test_the_refusal_under_the_reason_is_shown_whole(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.resize(1366, 768)
    tab, section = _members(main_window)
    park = _member(tab.context.services, 1, "Park Ji-won")
    click_row(qtbot, section.view, park.id)
    dialog = _open_override(qtbot, section, section.view)
    _fill_and_ok(qtbot, dialog, 1, "")
    error = dialog.error
    assert dialog.isVisible() and error.isVisible() and error.text()
    qtbot.waitUntil(lambda: dialog.height() >= dialog.sizeHint().height())
    # Every line of the message fits inside the label, the label inside the dialog.
    assert error.height() >= error.heightForWidth(error.width())
    bottom = error.mapTo(dialog, error.rect().bottomLeft()).y()
    assert bottom <= dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft()).y()
    dialog.reject()


def test_the_refusal_of_an_override_without_reason_speaks_the_interface_language(  # type: ignore[no-untyped-def]
    main_window, qtbot
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    german = {
        "say why %1 is placed at %2 instead of the computed place (the reason is shown "
        "in the order of precedence)": "Bitte begründen, warum %1 auf Platz %2 statt auf dem "
        "berechneten Platz steht"
    }

    class German(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
            return german.get(source) if context == "Wording" else None

    tab, section = _members(main_window)
    park = _member(tab.context.services, 1, "Park Ji-won")
    click_row(qtbot, section.view, park.id)
    dialog = _open_override(qtbot, section, section.view)
    translator = German()
    QCoreApplication.installTranslator(translator)
    try:
        _fill_and_ok(qtbot, dialog, 1, "")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert dialog.error.text() == (
        "Bitte begründen, warum Park Ji-won (박지원) auf Platz 1 statt auf dem berechneten Platz "
        "steht"
    )
    assert tab.context.services.members.get(park.id).precedence_override is None
    dialog.reject()


def test_the_hosts_list_names_the_home_side_s_head_the_host_and_offers_no_delegation_moves(
    main_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab, section = _members(main_window)
    s = tab.context.services
    hosts = section.hosts
    assert section.up_action.isVisible() and section.remove_action.isVisible()
    section.participants.setCurrentWidget(hosts)
    # moving and removing belong to the delegation list: not offered beside the hosts
    assert not section.up_action.isVisible()
    assert not section.down_action.isVisible()
    assert not section.remove_action.isVisible()
    jung = next(h for h in s.hosts.for_visit(1) if h.role == "head")
    row = hosts.model.row_of(jung.id)
    role = hosts.model.index(row, _column(hosts.model, "Role")).data()
    assert role == "Host"
    section.participants.setCurrentIndex(0)
    assert section.up_action.isVisible() and section.remove_action.isVisible()
