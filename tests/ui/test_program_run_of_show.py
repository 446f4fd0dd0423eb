"""The visit's Program section: Responsible and From (transfer) in the item editor, and the
cues table (time / cue / responsible) with add and remove from the keyboard, undo like every
edit, refused input explained and nothing changed; Documents ▸ Run of show… prints them."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox

from exchange_planner.domain.timeutil import to_local
from exchange_planner.ui.documents.options import DocumentKind


def _program(main_window):  # type: ignore[no-untyped-def]
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", 1)
    section = tab.sections["program"]
    tab.editor.setCurrentWidget(section)
    item = section.services.program.for_visit(1)[0]
    assert section.select_item(item.id)
    return section, item


def _edit_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into a cell as a user does: select it, type, Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _enter(qtbot, table, editor)


def _enter(qtbot, table, editor) -> None:  # type: ignore[no-untyped-def]
    """Return in a cell's editor; the view commits it on its next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(10)


def test_responsible_and_from_are_typed_into_the_item_editor(main_window, qtbot):  # type: ignore[no-untyped-def]
    section, item = _program(main_window)
    program = section.services.program
    responsible = section.form.widgets["responsible"]
    assert responsible.text() == item.responsible
    responsible.setFocus()
    responsible.selectAll()
    qtbot.keyClicks(responsible, "Frau Schulz, Protokoll")
    qtbot.keyClick(responsible, Qt.Key.Key_Return)
    assert program.get(item.id).responsible == "Frau Schulz, Protokoll"
    hall = section.services.venues.search("Neues Rathaus")[0]
    assert hall.id != item.from_venue_id
    section.from_venue.setText(hall.name)
    assert section.from_venue.resolve()
    assert program.get(item.id).from_venue_id == hall.id
    # Undo takes back one edit at a time.
    main_window.undo_stack.undo()
    assert program.get(item.id).from_venue_id == item.from_venue_id
    main_window.undo_stack.undo()
    assert program.get(item.id).responsible == item.responsible
    # An unknown venue typed into From is refused under the field; nothing changes.
    section.from_venue.setText("zzz no such venue")
    assert not section.from_venue.resolve()
    assert "zzz no such venue" in section.form.error_text("from_venue_id")
    assert program.get(item.id).from_venue_id == item.from_venue_id


def test_cues_are_added_typed_removed_and_undone_from_the_keyboard(main_window, qtbot):  # type: ignore[no-untyped-def]
    section, item = _program(main_window)
    cues_editor, cues = section.cues, section.services.program.cues
    table = cues_editor.table
    assert table.rowCount() == len(cues.for_item(item.id))
    before = len(cues.for_item(item.id))
    # Insert in the table adds a cue and opens its text for typing.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert len(cues.for_item(item.id)) == before + 1
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Fanfare <b>aus</b>")
    _enter(qtbot, table, editor)
    new = next(c for c in cues.for_item(item.id) if c.cue == "Fanfare <b>aus</b>")
    row = next(r for r, shown in enumerate(cues_editor.cue_rows()) if shown[1] == new.cue)
    _edit_cell(qtbot, table, row, 2, "Technik")
    assert cues.get(new.id).responsible == "Technik"
    start = to_local(item.starts_at, item.timezone)
    later = f"{start.hour:02d}:{(start.minute + 7) % 60:02d}"
    row = next(r for r, shown in enumerate(cues_editor.cue_rows()) if shown[1] == new.cue)
    _edit_cell(qtbot, table, row, 0, later)
    assert f"{to_local(cues.get(new.id).at, item.timezone):%H:%M}" == later
    # Refused: an empty cue, a time that is none. Explained, nothing changed.
    stored = cues.get(new.id)
    row = next(r for r, shown in enumerate(cues_editor.cue_rows()) if shown[1] == new.cue)
    _edit_cell(qtbot, table, row, 1, "   ")
    assert cues.get(new.id) == stored
    assert "Cue" in cues_editor.message.text() and "empty" in cues_editor.message.text()
    row = next(r for r, shown in enumerate(cues_editor.cue_rows()) if shown[1] == new.cue)
    _edit_cell(qtbot, table, row, 0, "25:99")
    assert cues.get(new.id) == stored
    assert "25:99" in cues_editor.message.text()
    assert new.cue in [shown[1] for shown in cues_editor.cue_rows()]  # shows what is stored
    # Delete in the table removes the cue, not the programme item.
    row = next(r for r, shown in enumerate(cues_editor.cue_rows()) if shown[1] == new.cue)
    table.setFocus()
    table.setCurrentCell(row, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert section.services.program.get(item.id).id == item.id
    assert new.id not in [c.id for c in cues.for_item(item.id)]
    # Undo brings it back as it was; redo removes it again.
    main_window.undo_stack.undo()
    assert cues.get(new.id) == stored or cues.get(new.id).cue == stored.cue
    qtbot.waitUntil(lambda: new.cue in [shown[1] for shown in cues_editor.cue_rows()])
    main_window.undo_stack.redo()
    assert new.id not in [c.id for c in cues.for_item(item.id)]


def test_the_buttons_add_and_remove_cues(main_window, qtbot):  # type: ignore[no-untyped-def]
    section, item = _program(main_window)
    cues_editor, cues = section.cues, section.services.program.cues
    before = [c.id for c in cues.for_item(item.id)]
    qtbot.mouseClick(cues_editor.add_button, Qt.MouseButton.LeftButton)
    after = [c.id for c in cues.for_item(item.id)]
    assert len(after) == len(before) + 1
    new_id = next(i for i in after if i not in before)
    qtbot.keyClick(cues_editor.table.focusWidget(), Qt.Key.Key_Escape)
    assert cues_editor.select_cue(new_id)
    assert cues_editor.remove_button.isEnabled()
    qtbot.mouseClick(cues_editor.remove_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in cues.for_item(item.id)] == before


def test_run_of_show_from_the_documents_menu(main_window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    services = main_window.context.services
    item = services.program.for_visit(1)[0]
    services.program.update(item.id, internal_notes="Nur intern: Seiteneingang")
    services.program.cues.add(item.id, item.starts_at, "Türen öffnen", "Hausmeister")
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", 1)
    menu.refresh()
    assert menu.run_of_show.isEnabled() and menu.run_of_show.text() == "Run of s&how…"
    menu.run_of_show.trigger()
    run = menu.last_run
    assert run.kind is DocumentKind.RUN_OF_SHOW and run.dialog.isVisible()
    assert run.dialog.windowTitle() == "Run of show (internal)"
    run.dialog.language.setCurrentIndex(run.dialog.language.findData("de"))
    button = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = run.preview
    assert preview is not None and preview.page_count() >= 1
    saved = preview.save_as(str(tmp_path / "ablauf"))
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages]
    text = re.sub(r"\s+", " ", " ".join(pages))
    assert "Nur intern: Seiteneingang" in text and "Türen öffnen" in text
    assert all("INTERN/내부용/INTERNAL" in re.sub(r"\s+", "", page) for page in pages)
    preview.close()


def _type_field(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_an_end_that_would_leave_a_cue_outside_the_item_is_refused(main_window, qtbot):  # type: ignore[no-untyped-def]
    """Moving only an item's end checks its cues again: a cue on the second day of an item
    running past midnight holds the end there until the cue is moved or deleted."""
    section, _ = _program(main_window)
    program, cues = section.services.program, section.services.program.cues
    reception = next(i for i in program.for_visit(1) if cues.for_item(i.id))
    assert section.select_item(reception.id)
    ends = section.form.widgets["ends_at"]
    day = to_local(reception.ends_at, reception.timezone)
    _type_field(qtbot, ends.date_edit, f"{day.day + 1:02d}.{day:%m.%Y}")
    longer = program.get(reception.id)
    assert to_local(longer.ends_at, longer.timezone).day == day.day + 1
    # A cue before the item's start time lies on its second day.
    table = section.cues.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Abfahrt der Kolonne")
    _enter(qtbot, table, editor)
    late = next(c for c in cues.for_item(reception.id) if c.cue == "Abfahrt der Kolonne")
    row = next(r for r, shown in enumerate(section.cues.cue_rows()) if shown[1] == late.cue)
    _edit_cell(qtbot, table, row, 0, "08:00")
    assert to_local(cues.get(late.id).at, reception.timezone).day == day.day + 1
    # Back to one day: refused under the field, nothing changed.
    _type_field(qtbot, ends.date_edit, f"{day:%d.%m.%Y}")
    assert "Abfahrt der Kolonne" in section.form.error_text("ends_at")
    assert program.get(reception.id).ends_at == longer.ends_at
    # Without that cue the end moves back.
    row = next(r for r, shown in enumerate(section.cues.cue_rows()) if shown[1] == late.cue)
    table.setFocus()
    table.setCurrentCell(row, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    _type_field(qtbot, ends.date_edit, f"{day:%d.%m.%Y}")
    assert program.get(reception.id).ends_at == reception.ends_at
    assert section.form.error_text("ends_at") == ""
