"""File > Import exchange file: read, checked and written in the background, with a progress
dialog whose Cancel works until the writing starts; refusals shown as before."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from exchange_planner.services import interchange
from exchange_planner.storage.database import open_database
from exchange_planner.ui import interchange as ui_interchange
from exchange_planner.ui.interchange import ExchangeImport


@pytest.fixture
def exchange_file(sample_db_path: Path, tmp_path: Path) -> Path:
    database = open_database(sample_db_path)
    try:
        return interchange.export_to_file(database, tmp_path / "exchange.json")
    finally:
        database.dispose()


@pytest.fixture
def empty_window(qtbot, tmp_path, qt_settings):  # type: ignore[no-untyped-def]
    from exchange_planner.ui.main_window import MainWindow

    window = MainWindow(open_database(tmp_path / "empty.sqlite3"), qt_settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.fixture
def refusals(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ui_interchange, "fail", lambda _parent, title, text, *a, **k: shown.append((title, text))
    )
    return shown


def choose(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        ui_interchange.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )


def start_import(window) -> ExchangeImport:  # type: ignore[no-untyped-def]
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Import exchange file…")
    before = set(window.findChildren(ExchangeImport))
    action.trigger()
    runs = [run for run in window.findChildren(ExchangeImport) if run not in before]
    assert len(runs) == 1
    return runs[0]


def visits_in(path: Path) -> int:
    database = open_database(path)
    try:
        return len(interchange.export_document(database)["visits"])
    finally:
        database.dispose()


def test_import_runs_in_the_background_and_fills_the_window(
    qtbot, monkeypatch, empty_window, exchange_file, tmp_path, refusals
):
    choose(monkeypatch, exchange_file)
    run = start_import(empty_window)
    assert run.progress is not None and run.progress.isVisible()
    with qtbot.waitSignal(run.finished, timeout=60_000) as done:
        pass
    assert done.args[0]["visits"] >= 1 and refusals == []
    assert visits_in(tmp_path / "empty.sqlite3") == done.args[0]["visits"]
    assert "Imported" in empty_window.statusBar().currentMessage()


def test_cancel_before_the_writing_leaves_the_database_empty(
    qtbot, monkeypatch, empty_window, exchange_file, tmp_path, refusals
):
    gate = threading.Event()
    read_file = interchange.read_file

    def slow_read(path):  # type: ignore[no-untyped-def]
        gate.wait(30)
        return read_file(path)

    monkeypatch.setattr(interchange, "read_file", slow_read)
    choose(monkeypatch, exchange_file)
    run = start_import(empty_window)
    cancel = run.progress.findChild(QPushButton)
    with qtbot.waitSignal(run.cancelled, timeout=60_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert refusals == [] and visits_in(tmp_path / "empty.sqlite3") == 0
    assert "cancelled" in empty_window.statusBar().currentMessage()


def test_cancel_is_off_while_writing(
    qtbot, monkeypatch, empty_window, exchange_file, tmp_path, refusals
):
    gate = threading.Event()
    import_document = interchange.import_document

    def slow_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(30)
        return import_document(*args, **kwargs)

    monkeypatch.setattr(interchange, "import_document", slow_write)
    choose(monkeypatch, exchange_file)
    run = start_import(empty_window)
    qtbot.waitUntil(lambda: run.writing, timeout=60_000)
    cancel = run.progress.findChild(QPushButton)
    assert not cancel.isEnabled()
    run.cancel()  # too late: the records are written all together
    with qtbot.waitSignal(run.finished, timeout=60_000):
        gate.set()
    assert visits_in(tmp_path / "empty.sqlite3") >= 1


def test_a_database_with_plans_merges_instead_and_refusals_are_shown(
    qtbot, monkeypatch, main_window, exchange_file, sample_db_path, tmp_path, refusals
):
    before = visits_in(sample_db_path)
    choose(monkeypatch, exchange_file)
    action = next(
        a for a in main_window.findChildren(QAction) if a.text() == "&Import exchange file…"
    )
    action.trigger()  # the sample database is not empty: its own file is merged, not imported
    assert main_window.findChildren(ExchangeImport) == []
    preview = main_window.findChild(ui_interchange.MergePreview)
    assert preview is not None and preview.isVisible()
    assert preview.summary.text().startswith("The file holds nothing that is not already here.")
    assert not preview.apply_button.isEnabled()
    preview.reject()

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "exchange-planner", "visits": [', encoding="utf-8")
    choose(monkeypatch, broken)
    action.trigger()
    assert refusals[-1][0] == "Merge exchange file"
    assert refusals[-1][1].startswith("Nothing was merged.")
    assert "$: not valid JSON" in refusals[-1][1]
    assert visits_in(sample_db_path) == before
