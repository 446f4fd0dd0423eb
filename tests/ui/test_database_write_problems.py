"""Saving an edit in the window when the database cannot take it: a full disk or another
program's lock. A plain message under the field, the typed text stays, nothing is stored;
while a lock is waited for, the status bar says so and the cursor is busy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from exchange_planner.storage.database import LOCK_TIMEOUT_ENV, open_database
from exchange_planner.ui.main_window import MainWindow
from full_disk import fill
from lock_holder import hold_lock

pytestmark = pytest.mark.sqlite_only

TYPED = "Empfang im Neuen Rathaus"


def _title_field(window: MainWindow):  # type: ignore[no-untyped-def]
    tab = next(page for page in window.pages if page.title() == "Delegations")
    window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", 1)
    section = tab.sections["overview"]
    tab.editor.setCurrentWidget(section)
    return tab, section.form, section.form.widgets["title"]


def _type_title(qtbot, field) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, TYPED)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_saving_on_a_full_disk_shows_a_message_and_keeps_the_text(
    qtbot,
    small_disk,
    sample_template: Path,
    qt_settings,  # type: ignore[no-untyped-def]
) -> None:
    disk = small_disk("2m")
    path = disk / "plans.sqlite3"
    shutil.copy(sample_template, path)
    window = MainWindow(open_database(path), qt_settings)
    qtbot.addWidget(window)
    window.show()
    tab, form, field = _title_field(window)
    before = tab.services.visits.get(1).title
    filler = fill(disk)
    _type_title(qtbot, field)
    message = form.error_text("title")
    assert message.startswith(f"There is no room left on the disk for {path} (")
    assert message.endswith("free some space and try again; nothing was changed")
    assert field.text() == TYPED
    assert tab.services.visits.get(1).title == before
    # With room again, Return saves what is in the field.
    filler.unlink()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert tab.services.visits.get(1).title == TYPED
    assert form.error_text("title") == ""
    window.close()


def test_saving_while_another_program_holds_the_lock(
    main_window,
    qtbot,
    sample_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "2")
    tab, form, field = _title_field(main_window)
    before = tab.services.visits.get(1).title
    holder = hold_lock(sample_db_path, "IMMEDIATE")
    seen: list[tuple[str, object]] = []

    def look() -> None:  # runs while the save waits: the window is not frozen
        cursor = QApplication.overrideCursor()
        seen.append((main_window.statusBar().currentMessage(), cursor and cursor.shape()))

    try:
        QTimer.singleShot(1200, look)
        _type_title(qtbot, field)
    finally:
        holder.release()
    assert len(seen) == 1
    status, cursor = seen[0]
    assert status == (
        f"Waiting for {sample_db_path}: locked by another program "
        f"(pid {holder.pid}, locker.py); giving up after 2 s…"
    )
    assert cursor == Qt.CursorShape.WaitCursor
    assert QApplication.overrideCursor() is None
    assert main_window.statusBar().currentMessage() == ""
    message = form.error_text("title")
    assert f"{sample_db_path} is locked by another program" in message
    assert f"pid {holder.pid}, locker.py" in message
    assert field.text() == TYPED
    assert tab.services.visits.get(1).title == before
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert tab.services.visits.get(1).title == TYPED
