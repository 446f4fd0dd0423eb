"""The member import dialog on the files partner cities send: read in the background, the
detected encoding and header row shown and changeable, Stop while reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from exchange_planner.domain.enums import MemberRole
from exchange_planner.ui.delegations.member_import_dialog import MemberImportDialog
from exchange_planner.ui.delegations.members import role_text
from exchange_planner.ui.delegations.tab import DelegationsTab

KOREAN = "광주광역시 대표단 명단\n\n성,이름,한글,직위\nYoo,Jin,유진,의원\nSeo,Yun,서윤,통역관\n"


@pytest.fixture
def dialog(qtbot, main_window):  # type: ignore[no-untyped-def]
    tab = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(tab)
    opened = MemberImportDialog(tab.context, tab.visit_id, "Europe/Berlin", tab)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def load(qtbot, dialog: MemberImportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        dialog.load_file(path)


def test_korean_list_with_a_title_row_then_import(qtbot, dialog, tmp_path):
    services = dialog.services
    before = len(services.members.for_visit(dialog.visit_id))
    path = tmp_path / "명단.csv"
    path.write_bytes(KOREAN.encode("cp949"))
    load(qtbot, dialog, path)
    assert dialog.encoding_label.text() == "Encoding: CP949 (Korean)"
    assert dialog.encoding_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.encoding_box.currentText() == "CP949 (Korean)"
    assert dialog.header_spin.value() == 3  # the title and the blank row are skipped
    model = dialog.preview_table.model()
    assert model.rowCount() == 2
    assert [model.index(r, 0).data() for r in range(2)] == ["4", "5"]  # the file's rows
    assert model.index(0, 3).data() == "유진"

    # The user takes the title as header: nothing maps to the family name any more.
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.header_spin.setValue(1)
    assert not dialog.import_button.isEnabled()
    assert "Family name" in dialog.problems.item(0).text()
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.header_spin.setValue(2)
    assert "row 2 is empty" in dialog.problems.item(0).text()
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.header_spin.setValue(3)
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rows = services.members.rows(dialog.visit_id)
    assert len(rows) == before + 2
    # Without a role column both are Officials: placed after the visit's ten officials.
    assert [(r.native_name, r.title, r.role) for r in rows[11:13]] == [
        ("유진", "의원", MemberRole.OFFICIAL),
        ("서윤", "통역관", MemberRole.OFFICIAL),
    ]


def test_the_encoding_can_be_changed_when_the_guess_is_wrong(qtbot, dialog, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(KOREAN.encode("cp949"))
    load(qtbot, dialog, path)
    box = dialog.encoding_box
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        box.setCurrentIndex(box.findData("cp1252"))
        box.activated.emit(box.currentIndex())
    assert dialog.encoding_label.text() == "Encoding: Windows-1252"
    # Read as Windows-1252 the Hangul headers are not recognised: the user sees why.
    assert "Family name" in dialog.problems.item(0).text()
    assert "광주" not in dialog.mapping["family_name"].itemText(1)
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        box.setCurrentIndex(box.findData("utf-8"))
        box.activated.emit(box.currentIndex())
    assert "is not UTF-8 text" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        box.setCurrentIndex(box.findData("cp949"))
        box.activated.emit(box.currentIndex())
    assert dialog.preview_table.model().index(0, 3).data() == "유진"
    assert dialog.import_button.isEnabled()


def test_duplicate_columns_and_hostile_files_get_a_message(qtbot, dialog, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("Name,Family name,Name\nA,Kim,B\n", encoding="utf-8")
    load(qtbot, dialog, path)
    assert "columns A and C are both called “Name”" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()

    bomb = tmp_path / "bomb.xlsx"
    import zipfile

    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", " " * (20 * 1024 * 1024))
    load(qtbot, dialog, bomb)
    assert dialog.summary.text() == "Cannot read the file."
    assert "zip bomb" in dialog.problems.item(0).text()

    renamed = tmp_path / "members.xlsx"
    renamed.write_bytes("Nachname;Vorname\nMüller;Jürgen\n".encode("cp1252"))
    load(qtbot, dialog, renamed)
    assert dialog.note.isVisibleTo(dialog) and "holds text" in dialog.note.text()
    assert dialog.encoding_label.text() == "Encoding: Windows-1252"
    assert dialog.import_button.isEnabled()


def test_stop_while_reading_a_long_list(qtbot, dialog, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "Family name,Given name\n" + "".join(f"Kim{n},Min-su\n" for n in range(100_000)),
        encoding="utf-8",
    )
    dialog.load_file(path)
    assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and not dialog.progress.isVisibleTo(dialog)
    assert dialog.summary.text().startswith("Stopped")
    assert dialog.table is None and dialog.preview_table.model().rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_100000_rows_in_a_model_based_preview(qtbot, dialog, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "Family name;Given name;Role\n"
        + "".join(f"Kim{n};Min-su;official\n" for n in range(100_000)),
        encoding="utf-8",
    )
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    load(qtbot, dialog, path)
    assert isinstance(dialog.preview_table, QTableView)
    assert dialog.preview_table.model().rowCount() == 100_000
    assert dialog.preview_table.model().index(99_999, 1).data() == "Kim99999"
    assert dialog.summary.text() == "100000 members ready to import (0 already in the directory)."
    assert progress  # the bar moved while reading and checking


def test_the_preview_shows_times_in_the_visits_zone_and_roles_by_name(qtbot, dialog, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Family name,Given name,Role,Arrival\nYoo,Jin,interpreter,2023-07-25 14:30\n")
    load(qtbot, dialog, path)
    model = dialog.preview_table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    role, arrival = headers.index("Role"), headers.index("Arrival (Europe/Berlin)")
    # Typed as Leipzig time, shown as Leipzig time (not as the stored UTC instant).
    assert model.index(0, arrival).data() == "25.07.2023 14:30"
    assert model.index(0, role).data() == role_text(MemberRole.INTERPRETER)
