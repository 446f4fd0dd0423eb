"""Member lists as partner cities send them, through the import dialog: the role table
(edited, undone, remembered per partnership), Korean headers, "Skip rows with errors" with
its report, times shown in the visit's zone, members placed by their role's precedence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from exchange_planner.domain.enums import Direction, MemberRole
from exchange_planner.ui.delegations import member_import_dialog as module
from exchange_planner.ui.delegations.member_import_dialog import MemberImportDialog
from exchange_planner.ui.delegations.members import role_text
from exchange_planner.ui.delegations.tab import DelegationsTab

GWANGJU_LIST = Path(__file__).parents[1] / "data" / "member_lists" / "gwangju_delegation.xlsx"


@pytest.fixture
def tab(qtbot, main_window):  # type: ignore[no-untyped-def]
    page = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(page)
    return page


def open_dialog(qtbot, tab, visit_id: int | None = None) -> MemberImportDialog:  # type: ignore[no-untyped-def]
    visit = visit_id or tab.visit_id
    zone = tab.context.services.visits.local_timezone(visit)
    dialog = MemberImportDialog(tab.context, visit, zone, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot, dialog: MemberImportDialog, path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The user clicks "Choose file…" and picks ``path`` in the file dialog."""
    monkeypatch.setattr(module, "ask_open_file", lambda *_args: str(path))
    button = next(b for b in dialog.findChildren(module.QPushButton) if "Choose" in b.text())
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def role_rows(dialog: MemberImportDialog) -> dict[str, str]:
    model = dialog.role_table.model()
    return {
        model.index(row, 0).data(): model.index(row, 2).data() for row in range(model.rowCount())
    }


def pick_role(qtbot, dialog: MemberImportDialog, value: str, role: MemberRole | None) -> None:  # type: ignore[no-untyped-def]
    """Edit the role cell of ``value`` in the role table: open its editor, choose, Enter."""
    table, model = dialog.role_table, dialog.role_table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == value)
    index = model.index(row, 2)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QComboBox, "role_editor")
    assert editor is not None
    editor.setCurrentIndex(editor.findData(role.value if role else ""))
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def problem_texts(dialog: MemberImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_a_korean_list_mapped_edited_skipped_and_placed_by_role(qtbot, tab, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    services = tab.context.services
    dialog = open_dialog(qtbot, tab)
    choose(qtbot, dialog, GWANGJU_LIST, monkeypatch)
    assert dialog.header_spin.value() == 3  # below the merged title row
    # The Korean office's headers are recognised.
    mapped = {name: box.currentText() for name, box in dialog.mapping.items()}
    assert mapped["native_name"] == "한글 성명"
    assert mapped["family_name"] == "영문 성" and mapped["given_name"] == "영문 이름"
    assert mapped["title"] == "직책" and mapped["organisation"] == "소속"
    assert mapped["role"] == "구분"
    assert mapped["arrival"] == "도착 일시" and mapped["departure"] == "출발 일시"

    # The role values, with the default table: VIP is not mapped and its row is flagged.
    assert role_rows(dialog) == {
        "단원": role_text(MemberRole.OFFICIAL),
        "수행원": role_text(MemberRole.STAFF),
        "기자": role_text(MemberRole.PRESS),
        "통역": role_text(MemberRole.INTERPRETER),
        "VIP": "(not mapped)",
        "언론": role_text(MemberRole.PRESS),
    }
    assert "1 value(s) not mapped" in dialog.roles_note.text()
    problems = "\n".join(problem_texts(dialog))
    assert "row 8, role: “VIP” is not mapped to a role" in problems
    assert "row 9, family_name: must not be empty" in problems
    assert not dialog.import_button.isEnabled()

    # Times in the preview: in the visit's zone, which the headers name.
    model = dialog.preview_table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Arrival (Europe/Berlin)" in headers and "Departure (Europe/Berlin)" in headers
    arrival = headers.index("Arrival (Europe/Berlin)")
    assert model.index(0, arrival).data() == "24.07.2023 18:05"
    assert "Europe/Berlin" in dialog.times_label.text()

    pick_role(qtbot, dialog, "VIP", MemberRole.GUEST)
    assert role_rows(dialog)["VIP"] == role_text(MemberRole.GUEST)
    assert "row 8" not in "\n".join(problem_texts(dialog))
    assert not dialog.import_button.isEnabled()  # row 9 still has a problem

    qtbot.mouseClick(dialog.skip_box, Qt.MouseButton.LeftButton)
    assert dialog.skip_box.isChecked()
    assert dialog.import_button.isEnabled()
    assert "1 of 7 rows have problems; they are skipped" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberImportDialog.DialogCode.Accepted

    # Stored: six members with their roles, each after the last member of its role.
    rows = services.members.rows(tab.visit_id)
    assert len(rows) == 26
    assert [r.precedence for r in rows] == list(range(1, 27))
    order = [(r.native_name, r.role) for r in rows]
    assert order[11] == ("박민준", MemberRole.OFFICIAL)  # after the ten officials
    assert order[16] == ("최서연", MemberRole.STAFF)  # after the four staff
    assert order[18] == ("윤하은", MemberRole.INTERPRETER)
    assert order[22:24] == [("한도윤", MemberRole.PRESS), ("송지아", MemberRole.PRESS)]
    assert order[24][1] == MemberRole.SECURITY
    assert order[25] == ("정우진", MemberRole.GUEST)
    assert [r.role for r in rows] == sorted(
        (r.role for r in rows), key=lambda role: list(MemberRole).index(role)
    )
    assert not any(r.native_name == "배수아" for r in rows)

    # The report of the skipped row, to copy and to save.
    report = dialog.report
    assert report is not None and report.isVisible()
    text = report.text.toPlainText()
    assert "gwangju_delegation.xlsx: 1 row(s) skipped" in text
    assert "Row 9: family_name: must not be empty" in text
    assert dialog.report_text == text
    qtbot.mouseClick(report.copy_button, Qt.MouseButton.LeftButton)
    assert module.QGuiApplication.clipboard().text() == text
    target = tmp_path / "skipped.txt"
    monkeypatch.setattr(module, "ask_save_file", lambda *_args: str(target))
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == text
    assert "Saved as" in report.saved_label.text()
    report.close()

    # Undo removes the six members; the others keep their order.
    main_undo = tab.context.undo_stack
    main_undo.undo()
    after = services.members.rows(tab.visit_id)
    assert len(after) == 20
    assert [r.family_name for r in after][:3] == ["Kang", "Park", "Lee"]


def test_the_role_table_is_kept_for_the_partnership_and_not_for_another(
    qtbot, tab, monkeypatch, tmp_path
):  # type: ignore[no-untyped-def]
    services = tab.context.services
    visit = services.visits.get(tab.visit_id)
    path = tmp_path / "list.csv"
    path.write_text("영문 성,영문 이름,구분\nNam,Gyu,VIP\nOh,Mi,단원\n", encoding="utf-8")
    first = open_dialog(qtbot, tab)
    choose(qtbot, first, path, monkeypatch)
    pick_role(qtbot, first, "VIP", MemberRole.GUEST)
    pick_role(qtbot, first, "단원", MemberRole.STAFF)  # this city's 단원 are staff
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    stored = {r.family_name: r.role for r in services.members.rows(tab.visit_id)}
    assert stored["Nam"] == MemberRole.GUEST and stored["Oh"] == MemberRole.STAFF
    assert services.settings.member_roles(visit.partnership_id) == {
        "vip": MemberRole.GUEST,
        "단원": MemberRole.STAFF,
    }

    # A second list of the same partnership (another visit of it) uses the kept table.
    again = services.visits.create(
        partnership_id=visit.partnership_id,
        title="Gegenbesuch",
        direction=Direction.INCOMING,
        start_date=date(2024, 5, 6),
        end_date=date(2024, 5, 9),
    )
    second = open_dialog(qtbot, tab, again.id)
    other_path = tmp_path / "again.csv"
    other_path.write_text("영문 성,영문 이름,구분\nKo,Ra,vip\nNa,Ri,단원\n", encoding="utf-8")
    choose(qtbot, second, other_path, monkeypatch)
    assert role_rows(second) == {
        "vip": role_text(MemberRole.GUEST),
        "단원": role_text(MemberRole.STAFF),
    }
    assert second.import_button.isEnabled()

    # Another partnership starts from the defaults.
    leipzig_partner = services.partnerships.create(
        partner_city="Houston",
        country="USA",
        timezone="America/Chicago",
        languages="en",
    )
    elsewhere = services.visits.create(
        partnership_id=leipzig_partner.id,
        title="Houston delegation",
        direction=Direction.INCOMING,
        start_date=date(2024, 6, 3),
        end_date=date(2024, 6, 5),
    )
    third = open_dialog(qtbot, tab, elsewhere.id)
    choose(qtbot, third, other_path, monkeypatch)
    assert role_rows(third) == {"vip": "(not mapped)", "단원": role_text(MemberRole.OFFICIAL)}
    assert not third.import_button.isEnabled()
    assert services.settings.member_roles(leipzig_partner.id) == {}


def test_a_role_edit_is_undone_with_ctrl_z(qtbot, tab, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "list.csv"
    path.write_text("Surname,Given name,Role\nNam,Gyu,Ehrengast\n", encoding="utf-8")
    dialog = open_dialog(qtbot, tab)
    choose(qtbot, dialog, path, monkeypatch)
    assert role_rows(dialog) == {"Ehrengast": "(not mapped)"}
    assert not dialog.role_undo_button.isEnabled()
    pick_role(qtbot, dialog, "Ehrengast", MemberRole.GUEST)
    assert dialog.import_button.isEnabled()
    assert dialog.role_undo_button.isEnabled()
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.keyClick(dialog.role_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert role_rows(dialog) == {"Ehrengast": "(not mapped)"}
    assert not dialog.import_button.isEnabled()
    assert "row 2, role: “Ehrengast” is not mapped" in problem_texts(dialog)[0]
    # Redo, then the Undo button.
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        dialog.role_undo.redo()
    assert role_rows(dialog) == {"Ehrengast": role_text(MemberRole.GUEST)}
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.mouseClick(dialog.role_undo_button, Qt.MouseButton.LeftButton)
    assert role_rows(dialog) == {"Ehrengast": "(not mapped)"}
    assert dialog.role_edits == {}
    # Nothing was stored by the edits alone.
    partnership = tab.context.services.visits.get(tab.visit_id).partnership_id
    assert tab.context.services.settings.member_roles(partnership) == {}


def test_a_list_with_only_errors_imports_nothing_even_when_skipping(
    qtbot, tab, monkeypatch, tmp_path
):  # type: ignore[no-untyped-def]
    services = tab.context.services
    path = tmp_path / "bad.csv"
    path.write_text(
        "Surname,Given name,Role,Arrival\n,Nobody,official,\nKim,Su,astronaut,\nLee,Bo,,soon\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, tab)
    choose(qtbot, dialog, path, monkeypatch)
    qtbot.mouseClick(dialog.skip_box, Qt.MouseButton.LeftButton)
    assert dialog.skip_box.isChecked()
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "Every row has a problem: there is nothing to import, even with “Skip rows with errors”."
    )
    assert dialog.do_import() is False
    assert len(services.members.rows(tab.visit_id)) == 20
    assert dialog.report is None and dialog.report_text == ""
