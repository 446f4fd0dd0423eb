"""Documents ▸ Transport plan… and Driver sheets…: the dialog, the PDF, the preview."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.domain.enums import ProgramKind, VehicleKind
from exchange_planner.services.transport import TransportService


def _pages(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _equip(services, visit_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Bus 1 (de) and Van 1 (en) on every transfer, everyone seated (the sample's, or made)."""
    transport = TransportService(services.db)
    vehicles = {v.label: v.id for v in transport.vehicles.for_visit(visit_id)}
    if "Bus 1" in vehicles and "Van 1" in vehicles:
        return vehicles
    bus = transport.vehicles.create(
        visit_id=visit_id, label="Bus 1", kind=VehicleKind.BUS, seats=24, driver_language="de"
    )
    van = transport.vehicles.create(
        visit_id=visit_id, label="Van 1", kind=VehicleKind.VAN, seats=8, driver_language="en"
    )
    for item in services.program.for_visit(visit_id):
        if item.kind == ProgramKind.TRANSFER:
            transport.assign_vehicle(item.id, bus.id)
            transport.assign_vehicle(item.id, van.id)
            transport.auto_assign(item.id)
    return {"Bus 1": bus.id, "Van 1": van.id}


def _create(qtbot, run) -> None:  # type: ignore[no-untyped-def]
    button = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_transport_plan_and_driver_sheets_from_the_menu(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = main_window.context.services
    visit_id = services.visits.list()[0].id
    vehicles = _equip(services, visit_id)
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", visit_id)
    menu.refresh()
    assert menu.transport_plan.isEnabled() and menu.driver_sheets.isEnabled()
    menu.transport_plan.trigger()
    run = menu.last_run
    assert run.dialog.isVisible() and run.dialog.windowTitle() == "Transport plan"
    run.dialog.language.setCurrentIndex(run.dialog.language.findData("de"))
    _create(qtbot, run)
    text = " ".join(_pages(run.preview.save_as(str(tmp_path / "plan"))))
    assert "Transportplan" in text and "Bus 1" in text and "Van 1" in text
    run.preview.close()

    menu.driver_sheets.trigger()
    run = menu.last_run
    dialog = run.dialog
    assert dialog.windowTitle() == "Driver sheets"
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData(vehicles["Van 1"]))
    _create(qtbot, run)
    pages = _pages(run.preview.save_as(str(tmp_path / "van")))
    assert all("Driver sheet" in page for page in pages)
    assert "Fahrerblatt" not in " ".join(pages)
    run.preview.close()


def test_the_language_chosen_is_the_next_documents_too(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    services = main_window.context.services
    visit_id = services.visits.list()[0].id
    _equip(services, visit_id)
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", visit_id)
    menu.refresh()
    menu.transport_plan.trigger()
    run = menu.last_run
    run.dialog.language.setCurrentIndex(run.dialog.language.findData("ko"))
    _create(qtbot, run)
    run.preview.close()
    menu.catering.trigger()
    assert menu.last_run.dialog.language.currentData() == "ko"
    menu.last_run.dialog.reject()


def test_driver_sheets_of_a_visit_without_vehicles_say_why(
    qtbot, main_window, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """No sheet of nobody: the dialog says what to do and stays open; the command line
    refuses the same and writes no file."""
    from datetime import date

    from exchange_planner.cli import main
    from exchange_planner.domain.enums import Direction

    services = main_window.context.services
    visit_id = services.visits.create(
        partnership_id=services.partnerships.list()[0].id,
        title="Arbeitsbesuch",
        direction=Direction.INCOMING,
        start_date=date(2026, 12, 10),
        end_date=date(2026, 12, 11),
    ).id
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", visit_id)
    menu.refresh()
    menu.driver_sheets.trigger()
    run = menu.last_run
    assert "no vehicles" in run.dialog.message.text()
    qtbot.mouseClick(
        run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert run.dialog.isVisible() and run.task is None
    run.dialog.reject()
    target = tmp_path / "drivers.pdf"
    code = main(
        [
            "print",
            "transport",
            "--db",
            services.db.location,
            "--visit",
            str(visit_id),
            "--by",
            "vehicle",
            "-o",
            str(target),
        ]
    )
    assert code != 0 and not target.exists()
    assert "has no vehicles yet" in capsys.readouterr().err
