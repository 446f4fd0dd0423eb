"""Documents ▸ Rooming list…: the real menu action, the options dialog, the PDF preview and
the workbook saved where asked, made off the GUI thread."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.ui.documents.rooming import RoomingRun


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _open(main_window, visit_id: int) -> RoomingRun:  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", visit_id)
    menu.refresh()
    assert menu.rooming.isEnabled() and menu.rooming.text() == "Roo&ming list…"
    menu.rooming.trigger()
    run = menu.last_run
    assert isinstance(run, RoomingRun) and run.dialog.isVisible()
    assert run.dialog.windowTitle() == "Rooming list"
    return run


def _create(qtbot, run: RoomingRun) -> None:  # type: ignore[no-untyped-def]
    button = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_rooming_list_as_pdf_from_the_menu(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    run = _open(main_window, sample_ids["visit"])
    dialog = run.dialog
    # One hotel: "All hotels" and the sample's hotel.
    assert [dialog.hotel.itemText(i) for i in range(dialog.hotel.count())] == [
        "All hotels",
        "Hotel am Ring (Beispiel)",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("de+ko"))
    dialog.pdf.setChecked(True)
    _create(qtbot, run)
    preview = run.preview
    assert preview is not None and preview.isVisible() and preview.page_count() >= 2
    assert preview.suggested_name.startswith("rooming-list-") and run.result.format == "pdf"
    text = _text(preview.save_as(str(tmp_path / "rooms")))
    assert "Zimmerliste / 객실 배정표" in text
    services = main_window.context.services
    members = services.members.for_visit(sample_ids["visit"])
    assert len(members) == 20
    for member in members:  # each member with their room
        person = services.people.get(member.person_id)
        assert f"{member.room} " in text and person.family_name in text
    assert "Kang Gi-jung 강기정" in text
    preview.close()


def test_the_rooming_list_as_workbook_from_the_menu(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    run = _open(main_window, sample_ids["visit"])
    asked: list[str] = []

    def ask(title: str, suggested: str, filters: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "hotel")  # the suffix is added

    run.ask_path = ask
    run.dialog.xlsx.setChecked(True)
    run.dialog.language.setCurrentIndex(run.dialog.language.findData("en"))
    run.dialog.hotel.setCurrentIndex(1)
    _create(qtbot, run)
    assert asked and asked[0].endswith(".xlsx") and "rooming-list-" in asked[0]
    target = tmp_path / "hotel.xlsx"
    assert run.path == target and run.result.format == "xlsx" and run.result.count == 20
    sheet = load_workbook(target).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[:2] == ["Hotel", "Room"])
    body = rows[header + 1 :]
    assert len(body) == 20 and body[0][3] == "Kang Gi-jung" and body[0][1:3] == ["302", "Suite"]
    # The choices are kept for the next time.
    assert str(main_window.context.settings.value("documents/rooming_format")) == "xlsx"


def test_cancelling_the_save_dialog_writes_nothing(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    run = _open(main_window, sample_ids["visit"])
    run.ask_path = lambda *_: ""
    run.dialog.xlsx.setChecked(True)
    with qtbot.waitSignal(run.cancelled, timeout=5000):
        run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert run.task is None and list(tmp_path.glob("*.xlsx")) == []


def test_an_overfull_room_is_told_in_the_status_bar(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    from exchange_planner.domain.enums import RoomType
    from exchange_planner.storage.tables import VisitMember

    services = main_window.context.services
    # Past the Members section, which refuses an overfull room (a file of another program).
    with services.db.session() as session:
        for member in services.members.for_visit(sample_ids["visit"])[1:4]:
            row = session.get(VisitMember, member.id)
            row.room, row.room_type = "305", RoomType.TWIN
    statuses: list[str] = []
    main_window.context.events.status.connect(statuses.append)
    run = _open(main_window, sample_ids["visit"])
    run.ask_path = lambda *_: str(tmp_path / "rooms.xlsx")
    run.dialog.xlsx.setChecked(True)
    _create(qtbot, run)
    assert len(run.result.problems) == 1 and run.result.problems[0].room == "305"
    assert statuses[-1] == (
        f"Rooming list saved to {tmp_path / 'rooms.xlsx'} · "
        "Rooms with more people than their type allows: 1"
    )
