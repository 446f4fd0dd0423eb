"""The Transport section of the visit editor, driven with its real buttons and editor: a
vehicle added and edited in the form, put on a transfer, everyone seated automatically, a
refused seat that changes nothing, Undo."""

from __future__ import annotations

from gestures import undo_action
from PySide6.QtCore import Qt

from exchange_planner.domain.enums import ProgramKind
from exchange_planner.services.transport import TransportService
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.delegations.transport import TransportSection


def open_section(window, qtbot) -> TransportSection:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    tab = window.page(DelegationsTab)
    window.tabs.setCurrentWidget(tab)
    section = tab.sections["transport"]
    tab.editor.setCurrentWidget(section)
    qtbot.waitUntil(lambda: section.transfer.count() > 0)
    return section


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_a_vehicle_is_added_edited_put_on_a_transfer_and_filled(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    section = open_section(main_window, qtbot)
    services = main_window.context.services
    transport = TransportService(services.db)
    visit_id = section.visit_id
    before = len(transport.vehicles.for_visit(visit_id))
    section.add_action.trigger()
    vehicles = transport.vehicles.for_visit(visit_id)
    assert len(vehicles) == before + 1
    new_id = section.current_id()
    assert new_id is not None
    form = section.form.widgets
    _type(qtbot, form["label"], "Minibus A")
    _type(qtbot, form["seats"], "3")
    _type(qtbot, form["driver_language"], "ko")
    qtbot.waitUntil(lambda: transport.vehicles.get(new_id).driver_language == "ko")
    vehicle = transport.vehicles.get(new_id)
    assert (vehicle.label, vehicle.seats) == ("Minibus A", 3)
    # Bad input: 0 seats is refused next to the field, nothing changes.
    _type(qtbot, form["seats"], "0")
    assert transport.vehicles.get(new_id).seats == 3
    assert section.form.error_text("seats")
    _type(qtbot, form["seats"], "12a")
    assert transport.vehicles.get(new_id).seats == 3
    assert "“12a”" in section.form.error_text("seats")
    # A language written out is taken as its code; a word that is none is refused.
    _type(qtbot, form["driver_language"], "German")
    qtbot.waitUntil(lambda: transport.vehicles.get(new_id).driver_language == "de")
    _type(qtbot, form["driver_language"], "Klingonisch")
    assert transport.vehicles.get(new_id).driver_language == "de"
    assert section.form.error_text("driver_language")
    # The transfer to the Neues Rathaus: only this vehicle (the sample's taken off).
    rathaus = next(
        i
        for i in services.program.for_visit(visit_id)
        if i.kind == ProgramKind.TRANSFER and "Rathaus" in i.title
    )
    section.transfer.setCurrentIndex(section.transfer.findData(rathaus.id))
    for vehicle_id in transport.transfer_state(rathaus.id)[0]:
        transport.remove_vehicle(rathaus.id, vehicle_id)
    section.reload()
    section.select(new_id)
    assert section.add_to_transfer.isEnabled()
    qtbot.mouseClick(section.add_to_transfer, Qt.MouseButton.LeftButton)
    assert transport.transfer_state(rathaus.id)[0] == (new_id,)
    asked: list[str] = []
    section.confirm_reseat = lambda _title, text: bool(asked.append(text))
    qtbot.mouseClick(section.auto_button, Qt.MouseButton.LeftButton)
    seating = transport.transfer_state(rathaus.id)[1]
    assert len(seating) == 3  # three seats; the rest without a seat, and the section says so
    assert asked == []  # nobody had a seat: nothing to replace, nothing asked
    # Again: the seats now given would be replaced; answered No, nothing changes.
    qtbot.mouseClick(section.auto_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].startswith("3 people already have a seat")
    assert transport.transfer_state(rathaus.id)[1] == seating
    assert "Without a seat" in section.problems.text()
    top = section.tree.topLevelItem(0)
    assert top.text(0).startswith("Minibus A (3 of 3 seats)")
    # Seating one more in the full minibus is refused; nothing changes.
    unseated = section.tree.topLevelItem(1)
    section.tree.setCurrentItem(unseated.child(0))
    section.seat_vehicle.setCurrentIndex(0)
    qtbot.mouseClick(section.seat_button, Qt.MouseButton.LeftButton)
    assert transport.transfer_state(rathaus.id)[1] == seating
    assert "⛔" in section.problems.text() and "Minibus A has 3 seats" in section.problems.text()
    # Undo the automatic seating: nobody seated again.
    undo_action(main_window).trigger()
    assert transport.transfer_state(rathaus.id)[1] == {}


def test_keyboard_unseat_with_delete(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    section = open_section(main_window, qtbot)
    transport = TransportService(main_window.context.services.db)
    transfer = section.current_transfer()
    if not transfer.rides:  # a sample without vehicles: one made here
        vehicle = transport.vehicles.create(visit_id=section.visit_id, label="Car", seats=4)
        transport.assign_vehicle(transfer.item_id, vehicle.id)
        section.reload()
    section.confirm_reseat = lambda _title, _text: True  # the sample's seats are replaced
    section.tree.setFocus()
    qtbot.keyClick(
        section,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    seated = transport.transfer_state(transfer.item_id)[1]
    assert seated
    top = section.tree.topLevelItem(0)
    section.tree.setCurrentItem(top.child(0))
    who = top.child(0).data(0, Qt.ItemDataRole.UserRole)[1]
    qtbot.keyClick(section.tree, Qt.Key.Key_Delete)
    assert who not in transport.transfer_state(transfer.item_id)[1]


def test_a_change_from_another_window_shows_without_reloading(  # type: ignore[no-untyped-def]
    main_window, qtbot, sample_db_path
) -> None:
    from exchange_planner.storage.database import open_database

    section = open_section(main_window, qtbot)
    transfer = section.current_transfer()
    other = open_database(sample_db_path)
    try:
        transport = TransportService(other)
        vehicle = transport.vehicles.create(
            visit_id=section.visit_id, label="Taxi from elsewhere", seats=4
        )
        transport.assign_vehicle(transfer.item_id, vehicle.id)
    finally:
        other.dispose()

    def shown() -> bool:
        labels = [
            section.tree.topLevelItem(i).text(0) for i in range(section.tree.topLevelItemCount())
        ]
        return any(label.startswith("Taxi from elsewhere") for label in labels)

    qtbot.waitUntil(shown, timeout=15_000)
    assert section.model.row_of(vehicle.id) >= 0
