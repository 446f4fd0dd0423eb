"""A database opened read-only: the window says so, offers no change, and still shows and prints."""

from __future__ import annotations

import io
import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QPlainTextEdit

from exchange_planner.storage.database import open_database
from exchange_planner.ui.directory.tab import DirectoryTab
from exchange_planner.ui.main_window import MainWindow
from exchange_planner.ui.read_only import changes_data
from hostile_files import snapshot
from read_only_files import read_only


@pytest.fixture
def read_only_path(sample_db_path: Path) -> Path:
    """The sample without write permission (a file without write bits is read-only for root too)."""
    sample_db_path.chmod(0o444)
    yield sample_db_path
    sample_db_path.chmod(0o644)


@pytest.fixture
def window(qtbot, read_only_path: Path, qt_settings):  # type: ignore[no-untyped-def]
    window = MainWindow(open_database(read_only_path), qt_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()


def database_files(path: Path) -> dict[str, str]:
    """The database and its -wal/-shm files (the settings beside them may change)."""
    return {
        name: digest for name, digest in snapshot(path.parent).items() if name.startswith(path.name)
    }


def _page(window, title: str):  # type: ignore[no-untyped-def]
    page = next(page for page in window.pages if page.title() == title)
    window.tabs.setCurrentWidget(page)
    return page


def _action(window, text: str) -> QAction:  # type: ignore[no-untyped-def]
    return next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == text)


def test_title_and_status_bar_say_read_only(window, read_only_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.db.read_only
    assert window.windowTitle().endswith("(read-only) — Exchange Planner")
    note = window.read_only_note
    assert note.isVisible()
    assert note.text() == "Read-only: changes cannot be saved"
    assert "the file is not writable" in note.toolTip()
    assert str(read_only_path) in window.statusBar().currentMessage()


def test_every_marked_action_and_button_is_disabled_and_stays_so(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    marked = [
        item
        for page in window.pages
        for item in [*page.findChildren(QAction), *page.findChildren(QAbstractButton)]
        if changes_data(item)
    ]
    assert len(marked) >= 30
    delegations = _page(window, "Delegations")
    delegations.show_record("visit", 1)  # a selection would enable Delete and Duplicate
    for name in ("members", "program", "gifts", "guestbook"):
        delegations.editor.setCurrentWidget(delegations.sections[name])
        delegations.sections[name].reload()
        QApplication.processEvents()
    services = window.context.services
    # Selecting records after the lock: the tabs enable Delete and Duplicate for a selection.
    directory = _page(window, "People && Venues")
    directory.show_record("person", services.people.list()[-1].id)
    directory.show_record("partnership", services.partnerships.list()[0].id)
    residencies = _page(window, "Residencies")
    for residency in services.residencies.list():
        residencies.show_record("residency", residency.id)
    exhibitions = _page(window, "Exhibitions")
    for exhibition in services.exhibitions.list():
        exhibitions.show_record("exhibition", exhibition.id)
    QApplication.processEvents()
    enabled = [item.text() for item in marked if item.isEnabled()]
    assert enabled == []
    for text in ("Back up now", "Import exchange file…", "Settings…", "Undo", "Redo"):
        assert not _action(window, text).isEnabled(), text
    # Disabled, so triggering them changes nothing: the visit is still there.
    delegations.delete_action.trigger()
    assert [visit.id for visit in window.context.services.visits.list()] == [1]


def test_browsing_printing_and_exporting_stay_enabled(window) -> None:  # type: ignore[no-untyped-def]
    delegations = _page(window, "Delegations")
    delegations.show_record("visit", 1)
    assert delegations.visits.search.isEnabled() and not delegations.visits.search.isReadOnly()
    for text in (
        "Open database…",
        "Export exchange file…",
        "Print itinerary…",
        "Gift protocol for a year…",
    ):
        assert _action(window, text).isEnabled(), text


def test_typing_into_an_editor_does_not_reach_the_database(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    delegations = _page(window, "Delegations")
    delegations.show_record("visit", 1)
    services = window.context.services
    before = services.visits.get(1).title
    title = delegations.sections["overview"].form.widgets["title"]
    assert title.isReadOnly()
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(title, " changed")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert title.text() == before
    status = delegations.sections["overview"].form.widgets["status"]
    assert not status.isEnabled()
    directory = _page(window, "People && Venues")
    people = directory.people
    directory.show_record("person", services.people.list()[0].id)
    notes = next(
        field.widget for field in people.fields.values() if isinstance(field.widget, QPlainTextEdit)
    )
    assert notes.isReadOnly()
    qtbot.keyClicks(notes, "typed")
    assert "typed" not in notes.toPlainText()
    assert services.visits.get(1).title == before
    assert window.undo_stack.count() == 0


def test_checklist_boxes_do_not_tick(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    residencies = _page(window, "Residencies")
    view = residencies.editor.checklist_view
    model = view.model()
    index = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).flags() & Qt.ItemFlag.ItemIsUserCheckable
    )
    state = index.data(Qt.ItemDataRole.CheckStateRole)
    tried: list[object] = []
    model.commit = lambda *args: tried.append(args) or False  # what a tick would save
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == state
    assert tried == []  # the box did not even try to tick


def test_calendar_offers_no_new_entry(window) -> None:  # type: ignore[no-untyped-def]
    calendar = _page(window, "Calendar")
    menu = calendar.build_context_menu(None, date(2023, 7, 25), 10.0)
    assert not [a for a in menu.actions() if a.text().startswith("New program item")]
    assert calendar.create_at(date(2023, 7, 25), 10.0) is None
    assert "opened read-only" in window.statusBar().currentMessage()


def test_printing_an_itinerary_works_and_says_it_was_not_recorded(  # type: ignore[no-untyped-def]
    window, qtbot, read_only_path: Path, tmp_path: Path
) -> None:
    before = database_files(read_only_path)
    _page(window, "Delegations").show_record("visit", 1)
    window.events.current.emit("visit", 1)
    assert window.documents_menu.itinerary.isEnabled()
    window.documents_menu.itinerary.trigger()
    run = window.documents_menu.last_run
    dialog = run.dialog
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(run.finished, timeout=60000):
        dialog.accept()
    saved = run.preview.save_as(str(tmp_path / "itinerary"))
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "not recorded: the database was opened read-only" in text
    run.preview.close()
    assert database_files(read_only_path) == before  # no print recorded, no -wal/-shm


def test_open_switches_between_read_only_and_writable(  # type: ignore[no-untyped-def]
    main_window, read_only_path: Path, sample_template: Path, tmp_path: Path, monkeypatch
) -> None:
    """File > Open: a read-only file locks the new tabs; a writable one afterwards unlocks all."""
    writable = tmp_path / "writable" / "plans.sqlite3"
    writable.parent.mkdir()
    writable.write_bytes(sample_template.read_bytes())
    chosen = [str(read_only_path)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], ""))
    )
    _action(main_window, "Open database…").trigger()
    assert main_window.db.read_only
    assert "(read-only)" in main_window.windowTitle()
    assert not _action(main_window, "Back up now").isEnabled()
    delegations = _page(main_window, "Delegations")
    delegations.show_record("visit", 1)
    assert not delegations.new_action.isEnabled()

    chosen[0] = str(writable)
    _action(main_window, "Open database…").trigger()
    assert not main_window.db.read_only
    assert "(read-only)" not in main_window.windowTitle()
    assert not main_window.read_only_note.isVisible()
    assert _action(main_window, "Back up now").isEnabled()
    assert _action(main_window, "Settings…").isEnabled()
    delegations = _page(main_window, "Delegations")
    delegations.show_record("visit", 1)
    assert delegations.new_action.isEnabled() and delegations.delete_action.isEnabled()
    assert not delegations.sections["overview"].form.widgets["title"].isReadOnly()


def test_a_read_only_folder_opens_read_only_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, sample_db_path: Path, qt_settings
) -> None:
    """The kernel refuses writes (a read-only bind mount as root, else the folder's mode)."""
    kind = "mount" if hasattr(os, "geteuid") and os.geteuid() == 0 else "chmod"
    with read_only(sample_db_path.parent, kind):
        before = database_files(sample_db_path)
        window = MainWindow(open_database(sample_db_path), qt_settings)
        qtbot.addWidget(window)
        window.show()
        assert "(read-only)" in window.windowTitle()
        assert "the folder is not writable" in window.read_only_note.toolTip()
        window.close()
        window.db.dispose()
        assert database_files(sample_db_path) == before


def test_the_note_shows_a_path_with_markup_as_text(  # type: ignore[no-untyped-def]
    qtbot, sample_template: Path, tmp_path: Path, qt_settings
) -> None:
    folder = tmp_path / "<b>plans"
    folder.mkdir()
    path = folder / "plans.sqlite3"
    path.write_bytes(sample_template.read_bytes())
    with read_only(path, "chmod"):
        window = MainWindow(open_database(path), qt_settings)
        qtbot.addWidget(window)
        tip = window.read_only_note.toolTip()
        assert "&lt;b&gt;plans" in tip and "<b>" not in tip
        window.close()


def test_an_empty_selection_does_not_offer_to_add_a_record(  # type: ignore[no-untyped-def]
    window, qtbot, sample_template: Path, tmp_path: Path, qt_settings
) -> None:
    writable = tmp_path / "writable.sqlite3"
    shutil.copy(sample_template, writable)
    other = MainWindow(open_database(writable), qt_settings)
    qtbot.addWidget(other)
    for shown, hint in ((window, "No person selected."), (other, "Press Ctrl+N")):
        people = shown.page(DirectoryTab).people
        people.list.view.clearSelection()
        assert people.heading.text().startswith("No person selected.")
        assert hint in people.heading.text()
    assert "Ctrl+N" not in window.page(DirectoryTab).people.heading.text()
    other.close()
