"""The window's safety net: an error in a slot is logged with its traceback and told briefly."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, qWarning
from PySide6.QtGui import QDesktopServices

from exchange_planner.logs import LOG_DIR_ENV, LOG_FILE_NAME, change_was_saved, logger
from exchange_planner.ui import errors


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "log"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    yield folder
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[errors.ErrorReport]:
    shown: list[errors.ErrorReport] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, report: shown.append(report))
    return shown


@pytest.fixture
def handler():  # type: ignore[no-untyped-def]
    installed = errors.install_error_handler()
    yield installed
    installed.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_menu_action_is_logged_and_shown(
    main_window, log_folder, reports, handler, monkeypatch
):
    def broken(label: str) -> None:
        raise RuntimeError("backup target vanished")

    monkeypatch.setattr(main_window.db, "backup", broken)
    action = next(
        a for a in main_window.file_menu.actions() if a.text().replace("&", "") == "Back up now"
    )
    action.trigger()
    assert len(reports) == 1
    report = reports[0]
    assert report.summary == "RuntimeError: backup target vanished"
    assert report.saved  # the error came from outside the services: nothing half-written
    assert report.log_path == log_folder / LOG_FILE_NAME
    logged = report.log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "_backup_now" in logged
    text = errors.message_for(report)
    assert text.startswith("Something went wrong.")
    assert "Your last change was saved." in text
    assert str(report.log_path) in text


@pytest.mark.qt_no_exception_capture
def test_an_error_inside_a_service_says_the_change_was_not_saved(
    main_window, log_folder, reports, handler, monkeypatch
):
    services = main_window.context.services
    action = next(
        a
        for a in main_window.file_menu.actions()
        if a.text().replace("&", "").startswith("Back up")
    )
    # A value the database cannot store: the service's transaction fails and rolls back.
    monkeypatch.setattr(
        main_window.db, "backup", lambda label: services.settings.set("x", object())
    )
    action.trigger()
    assert len(reports) == 1
    assert not reports[0].saved
    assert "The change you were making was not saved." in errors.message_for(reports[0])


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot, log_folder, reports, handler
):
    def work() -> None:
        raise ValueError("bad row 7")

    thread = threading.Thread(target=work, name="importer")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(reports) == 1)
    assert reports[0].summary == "ValueError: bad row 7"
    logged = (log_folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "thread importer" in logged and "bad row 7" in logged


def test_a_harness_hooked_in_before_still_sees_the_error(log_folder, reports):
    seen: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda t, e, tb: seen.append(e)
    try:
        installed = errors.install_error_handler()
        try:
            error = KeyError("k")
            sys.excepthook(KeyError, error, None)
        finally:
            installed.uninstall()
    finally:
        sys.excepthook = previous
    assert seen == [error]
    assert len(reports) == 1


def test_qt_warnings_go_to_the_log(log_folder, handler):
    from exchange_planner.logs import setup_logging

    path = setup_logging()
    qWarning("a connection to a missing slot")
    logger.handlers[0].flush()
    assert "a connection to a missing slot" in path.read_text(encoding="utf-8")


def test_help_show_log_folder_opens_the_log_folder(main_window, log_folder, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    help_menu = main_window.menuBar().actions()[-1].menu()
    action = next(a for a in help_menu.actions() if a.text() == "Show &log folder")
    assert action is main_window.show_log_action
    action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(log_folder)]
    assert log_folder.is_dir()


def test_change_was_saved_reads_the_traceback(services):
    with pytest.raises(Exception) as raised:  # whatever the driver raises
        services.settings.set("key", object())  # type: ignore[arg-type]
    assert not change_was_saved(raised.value.__traceback__)
    with pytest.raises(KeyError) as raised_here:
        {}["missing"]
    assert change_was_saved(raised_here.value.__traceback__)


def test_tests_start_without_the_net(qtbot, qt_settings):
    # qt_settings: the start reads the language of the program from a private QSettings().
    from exchange_planner.ui.app import create_application

    before = sys.excepthook
    create_application()
    assert sys.excepthook is before


def test_a_failed_background_task_is_logged_with_its_traceback(qtbot, caplog):
    from exchange_planner.domain.errors import ValidationError
    from exchange_planner.ui import workers

    def defect(control):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("in the worker")

    def refusal(control):  # type: ignore[no-untyped-def]
        raise ValidationError("lang", "not a language")

    failures: list[Exception] = []
    with caplog.at_level(logging.ERROR, logger="exchange_planner"):
        workers.start(defect, on_error=lambda error, details: failures.append(error))
        qtbot.waitUntil(lambda: len(failures) == 1)
        workers.start(refusal, on_error=lambda error, details: failures.append(error))
        qtbot.waitUntil(lambda: len(failures) == 2)
    records = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(records) == 1  # the refusal is the user's to read, not a defect to log
    assert records[0].exc_info is not None
    assert "in the worker" in records[0].getMessage()


def test_without_a_file_manager_the_log_folder_is_named(main_window, log_folder, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    main_window.show_log_action.trigger()
    boxes = [box for box in main_window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    assert str(log_folder) in boxes[0].text()
    boxes[0].close()


def test_the_real_start_installs_the_net_and_removes_it(
    qtbot, sample_db_path, qt_settings, log_folder, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from exchange_planner.ui import app as app_module

    seen: dict[str, object] = {}

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        seen["hook"] = sys.excepthook
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    before = sys.excepthook
    assert app_module.run_gui(db=str(sample_db_path)) == 0
    hook = seen["hook"]
    assert getattr(hook, "__self__", None).__class__ is errors.ErrorHandler
    assert sys.excepthook is before
    assert (log_folder / LOG_FILE_NAME).parent.is_dir()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def test_a_start_on_an_unusable_database_says_why_and_removes_the_net(
    qtbot, tmp_path, qt_settings, log_folder, monkeypatch
):
    from exchange_planner.ui import app as app_module
    from exchange_planner.ui import main_window

    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        main_window, "show_open_error", lambda parent, title, text: shown.append((title, text))
    )
    before = sys.excepthook
    assert app_module.run_gui(db=str(empty)) == 2
    assert len(shown) == 1 and str(empty) in shown[0][1] and "empty" in shown[0][1]
    assert empty.read_bytes() == b""  # left as it was
    assert sys.excepthook is before  # the error net is gone again


@pytest.mark.qt_no_exception_capture
def test_a_lost_database_server_is_told_as_such_not_as_a_defect(
    main_window, log_folder, reports, handler, monkeypatch
):
    from exchange_planner.domain.errors import DatabaseConnectionError

    message = "The connection to the database server was lost; your change was not saved."

    def unreachable(label: str) -> None:
        raise DatabaseConnectionError(message)

    monkeypatch.setattr(main_window.db, "backup", unreachable)
    action = next(
        a for a in main_window.file_menu.actions() if a.text().replace("&", "") == "Back up now"
    )
    action.trigger()
    [report] = reports
    assert report.known
    assert errors.message_for(report) == message
    assert "Something went wrong" not in errors.message_for(report)
