"""A file given to open (``exchange-planner-gui FILE``, what the file manager runs): the window
shows that database; an exchange file is previewed (what is imported where) before anything
is written, and imported only when the user agrees; a file that is neither gets a dialog."""

from __future__ import annotations

import logging
import logging.handlers
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from exchange_planner.cli import main
from exchange_planner.logs import LOG_DIR_ENV, logger
from exchange_planner.services import interchange
from exchange_planner.storage.database import open_database
from exchange_planner.ui import main_window as main_window_module
from exchange_planner.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "log"))
    yield
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def exchange_file(sample_db_path: Path, tmp_path: Path) -> Path:
    database = open_database(sample_db_path)
    try:
        return interchange.export_to_file(database, tmp_path / "from-gwangju.json")
    finally:
        database.dispose()


def visits_in(path: Path) -> int:
    database = open_database(path)
    try:
        return len(interchange.export_document(database)["visits"])
    finally:
        database.dispose()


def run_window(monkeypatch, qtbot, arguments: list[str], while_open) -> Any:  # type: ignore[no-untyped-def]
    """``exchange-planner-gui ARGUMENTS`` with the event loop replaced by ``while_open(window)``."""
    seen: dict[str, Any] = {}

    def fake_exec(_app: QApplication) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.isVisible())
        try:
            seen["result"] = while_open(window)
        finally:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr("sys.argv", ["/usr/bin/exchange-planner-gui"])
    assert main(arguments) == 0
    return seen["result"]


def test_the_window_shows_the_database_given(qtbot, monkeypatch, sample_db_path, qt_settings):
    renamed = sample_db_path.with_name("Partnerschaften 2026.db")
    shutil.move(sample_db_path, renamed)

    def look(window: MainWindow) -> tuple[str, str, int]:
        return window.windowTitle(), window.db_label.text(), window.tabs.count()

    title, label, tabs = run_window(monkeypatch, qtbot, [renamed.as_uri()], look)
    assert title == f"{renamed} — Exchange Planner"
    assert label == str(renamed)
    assert tabs >= 5


def test_an_exchange_file_is_previewed_then_imported_into_the_empty_database(
    qtbot, monkeypatch, exchange_file, tmp_path, qt_settings
):
    empty = tmp_path / "empty.sqlite3"
    asked: list[tuple[str, str, bool]] = []

    def fake_ask(window: MainWindow, title: str, text: str) -> bool:
        # Asked before anything is written: the database is still empty.
        asked.append((title, text, window.context.services.partnerships.is_empty()))
        return True

    monkeypatch.setattr(main_window_module, "ask", fake_ask)

    def wait_for_import(window: MainWindow) -> str:
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=60_000)
        return window.windowTitle()

    title = run_window(
        monkeypatch, qtbot, ["--db", str(empty), str(exchange_file)], wait_for_import
    )
    assert asked == [
        (
            "Import exchange file",
            f"Import the exchange file {exchange_file} into the database {empty}?\n\n"
            "The file is read and checked first; nothing is written unless every record in "
            "it passes.",
            True,
        )
    ]
    assert title == f"{empty} — Exchange Planner"
    assert visits_in(empty) == visits_in_file(exchange_file) >= 1


def visits_in_file(path: Path) -> int:
    return len(interchange.parse(path.read_bytes())["visits"])


def test_declining_the_preview_imports_nothing(
    qtbot, monkeypatch, exchange_file, tmp_path, qt_settings
):
    empty = tmp_path / "empty.sqlite3"
    asked: list[str] = []
    monkeypatch.setattr(main_window_module, "ask", lambda _w, _t, text: asked.append(text))

    def look(window: MainWindow) -> str:
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        return window.statusBar().currentMessage()

    assert run_window(monkeypatch, qtbot, ["--db", str(empty), str(exchange_file)], look) == (
        "Nothing was imported"
    )
    assert visits_in(empty) == 0


def test_an_exchange_file_for_a_database_with_plans_goes_into_a_new_one(
    qtbot, monkeypatch, exchange_file, sample_db_path, tmp_path, qt_settings
):
    asked: list[str] = []
    monkeypatch.setattr(main_window_module, "ask", lambda _w, _t, text: asked.append(text) or True)
    suggested: list[str] = []
    new = tmp_path / "new" / "from-gwangju.sqlite3"
    new.parent.mkdir()

    def save_as(_parent, _title, proposed, _filter):  # type: ignore[no-untyped-def]
        suggested.append(proposed)
        return str(new), ""

    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName", save_as)
    before = visits_in(sample_db_path)

    def wait_for_import(window: MainWindow) -> str:
        qtbot.waitUntil(lambda: new.exists() and window.db.path == new, timeout=10_000)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=60_000)
        return window.windowTitle()

    title = run_window(
        monkeypatch, qtbot, ["--db", str(sample_db_path), str(exchange_file)], wait_for_import
    )
    assert asked == [
        f"{exchange_file} is an exchange file. An exchange file is imported only into an "
        f"empty database, and {sample_db_path} already holds plans.\n\nCreate a new database "
        "and import the file into it?"
    ]
    assert suggested == [str(exchange_file.with_suffix(".sqlite3"))]
    assert title == f"{new} — Exchange Planner"
    assert visits_in(new) == visits_in_file(exchange_file)
    assert visits_in(sample_db_path) == before  # the database with plans was left alone


def test_a_file_that_is_neither_gets_a_plain_text_dialog(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "<b>notes<i>.txt"
    path.write_text("Besuch aus Gwangju")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        main_window_module, "show_open_error", lambda _p, title, text: shown.append((title, text))
    )
    monkeypatch.setattr("sys.argv", ["/usr/bin/exchange-planner-gui"])
    assert main([str(path)]) == 2
    assert shown == [
        (
            "Cannot open file",
            f"{path} is neither an Exchange Planner database (SQLite) nor an exchange file "
            "(JSON); nothing was opened.",
        )
    ]
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert not [w for w in windows if w.isVisible()]  # no window opened


def test_the_open_error_dialog_shows_its_text_as_plain_text(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "<b>notes<i>.txt"
    path.write_text("x")
    boxes: list[tuple[Qt.TextFormat, str]] = []

    def close_box() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                boxes.append((widget.textFormat(), widget.text()))
                widget.close()

    QTimer.singleShot(0, close_box)
    monkeypatch.setattr("sys.argv", ["/usr/bin/exchange-planner-gui"])
    assert main([str(path)]) == 2
    assert boxes == [(Qt.TextFormat.PlainText, boxes[0][1])]
    assert "<b>notes<i>.txt is neither" in boxes[0][1]
