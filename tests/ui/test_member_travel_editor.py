"""The Members section's travel and stay: typed into the member editor as a user does, saved
field by field, shown in the member list ("LH 162 · 25.07. 17:40 · Terminal B", "302 (suite) ·
shares with …"), undone like the section's other edits; an over-full room is refused under its
field and nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _members(qtbot, window):  # type: ignore[no-untyped-def]
    tab = next(page for page in window.pages if page.title() == "Delegations")
    window.tabs.setCurrentWidget(tab)
    _activate(qtbot, window)
    assert tab.visit_id
    tab.editor.setCurrentWidget(tab.sections["members"])
    return tab.sections["members"]


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    """Into the field, select what is there, type, leave with Tab (as a user goes on)."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _choose(qtbot, box, data) -> None:  # type: ignore[no-untyped-def]
    """Choose an entry of a combo box with the arrow keys only."""
    box.setFocus(Qt.FocusReason.TabFocusReason)
    target = box.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def _cell(section, member_id: int, header: str) -> str:  # type: ignore[no-untyped-def]
    model = section.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    return model.index(model.row_of(member_id), column).data()


def test_travel_and_stay_are_typed_saved_shown_and_undone(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    members = _members(qtbot, main_window)
    services = main_window.context.services
    kang = members.model.record(0)
    assert members.select_member(kang.id)
    before = services.members.get(kang.id)
    travel = members.travel.widgets
    _choose(qtbot, travel["arrival_mode"], "flight")
    _type(qtbot, travel["arrival_carrier"], "Lufthansa")
    _type(qtbot, travel["arrival_number"], "LH 162")
    _type(qtbot, travel["arrival_terminal"], "B")
    _type(qtbot, travel["arrival_pickup"], "Bus 1, Ausgang B")
    arrival = members.detail.widgets["arrival"]
    _type(qtbot, arrival.date_edit, "25.7.2023")
    _type(qtbot, arrival.time_edit, "17:40")
    _type(qtbot, members.detail.widgets["room"], "302")
    _choose(qtbot, travel["room_type"], "suite")
    _type(qtbot, travel["mobile"], "+82 10 5555 0162")

    stored = services.members.get(kang.id)
    assert stored.arrival_mode is not None and stored.arrival_mode.value == "flight"
    assert (stored.arrival_carrier, stored.arrival_number, stored.arrival_terminal) == (
        "Lufthansa",
        "LH 162",
        "B",
    )
    assert stored.arrival_pickup == "Bus 1, Ausgang B" and stored.mobile == "+82 10 5555 0162"
    assert stored.room == "302" and stored.room_type is not None
    assert stored.room_type.value == "suite"
    assert _cell(members, kang.id, "Arrival") == "LH 162 · 25.07. 17:40 · Terminal B"
    assert _cell(members, kang.id, "Room") == "302 (suite)"
    assert _cell(members, kang.id, "Mobile") == "+82 10 5555 0162"
    assert "Bus 1, Ausgang B" in members.model.index(members.model.row_of(kang.id), 6).data(
        Qt.ItemDataRole.ToolTipRole
    )

    # Undo takes back the last edit (the mobile number), as for the other fields.
    main_window.context.undo_stack.undo()
    assert services.members.get(kang.id).mobile == before.mobile
    assert members.travel.value("mobile") == before.mobile
    assert _cell(members, kang.id, "Mobile") == before.mobile
    assert services.members.get(kang.id).arrival_number == "LH 162"  # the earlier edits stay


def test_sharing_shows_and_an_overfull_room_is_refused(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    members = _members(qtbot, main_window)
    services = main_window.context.services
    first, second, third = (members.model.record(n) for n in (5, 6, 7))
    for member in (first, second):
        assert members.select_member(member.id)
        _type(qtbot, members.detail.widgets["room"], "TW-1")
        _choose(qtbot, members.travel.widgets["room_type"], "twin")
    assert _cell(members, first.id, "Room") == f"TW-1 (twin) · shares with {second.full_name}"
    assert _cell(members, second.id, "Room") == f"TW-1 (twin) · shares with {first.full_name}"

    assert members.select_member(third.id)
    before = services.members.get(third.id)
    _type(qtbot, members.detail.widgets["room"], "TW-1")
    assert (
        members.detail.error_text("room")
        == "room TW-1 would hold 3 people; a room of this type takes 2"
    )
    assert services.members.get(third.id) == before
    assert "TW-1" not in _cell(members, third.id, "Room")


def test_a_stay_at_another_hotel_is_chosen_by_typing(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    members = _members(qtbot, main_window)
    services = main_window.context.services
    services.venues.create(name="Hotel Fürstenhof", city="Leipzig", timezone="Europe/Berlin")
    member = members.model.record(2)
    assert members.select_member(member.id)
    picker = members.travel.widgets["hotel_id"]
    members.detail_scroll.ensureWidgetVisible(picker)
    picker.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClicks(picker, "rstenhof")  # QTest types no umlaut
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [label for label, _ in picker.suggestions()]
    assert "Hotel Fürstenhof" in offered
    for _ in range(offered.index("Hotel Fürstenhof")):  # the first match is current
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    stored = services.members.get(member.id)
    assert stored.hotel_id is not None
    assert services.venues.get(stored.hotel_id).name == "Hotel Fürstenhof"
    tooltip = members.model.index(members.model.row_of(member.id), 8).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Own hotel: Hotel Fürstenhof" in tooltip
