"""The last safety net of the window: unexpected errors are logged and told, never lost.

:func:`install_error_handler` (called by ``run_gui`` only, never by the test fixtures, so
pytest-qt keeps failing tests on exceptions in slots) sets ``sys.excepthook`` and
``threading.excepthook`` and routes Qt's own messages into the log. An error in a slot is
written with its traceback to the log file and shown in a short dialog through the
module-level hook :data:`show_error`, which tests replace.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from exchange_planner.domain.errors import DatabaseConnectionError
from exchange_planner.logs import change_was_saved, log_dir, log_exception, logger, one_line
from exchange_planner.ui.plain import message_box


@dataclass(frozen=True)
class ErrorReport:
    """What the dialog says: the error in one line, whether data was saved, the log file."""

    summary: str
    saved: bool
    log_path: Path
    #: Not a defect but a known condition with its own message (the database server went
    #: away): the dialog says just that, not "Something went wrong".
    known: bool = False


def message_for(report: ErrorReport) -> str:
    if report.known:
        return report.summary
    saved = (
        QCoreApplication.translate("ErrorDialog", "Your last change was saved.")
        if report.saved
        else QCoreApplication.translate("ErrorDialog", "The change you were making was not saved.")
    )
    details = QCoreApplication.translate("ErrorDialog", "Details are in the log: %1").replace(
        "%1", str(report.log_path)
    )
    heading = QCoreApplication.translate("ErrorDialog", "Something went wrong.")
    return f"{heading} {saved}\n{details}\n\n{report.summary}"


def _show_dialog(parent: QWidget | None, report: ErrorReport) -> None:
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ErrorDialog", "Database server unreachable")
        if report.known
        else QCoreApplication.translate("ErrorDialog", "Something went wrong"),
        message_for(report),
        QMessageBox.StandardButton.NoButton,
    )
    folder = box.addButton(
        QCoreApplication.translate("ErrorDialog", "Show &log folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is folder:
        open_log_folder()


#: Shows the error to the user; tests replace it (monkeypatch) to record the report instead.
show_error: Callable[[QWidget | None, ErrorReport], None] = _show_dialog


def open_log_folder() -> bool:
    """Open the log folder in the file manager (created first, so there is one to open)."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        logger.warning("log folder %s cannot be created", folder)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class _Relay(QObject):
    """Carries reports from other threads to the GUI thread (queued by Qt)."""

    report = Signal(object)


class ErrorHandler:
    """Installed once per application; ``uninstall`` puts the previous hooks back."""

    def __init__(self) -> None:
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self._showing = False
        self._relay = _Relay()
        self._relay.report.connect(self._show)

    def install(self) -> ErrorHandler:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        qInstallMessageHandler(qt_message_handler)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_excepthook
        threading.excepthook = self._previous_threading_hook
        qInstallMessageHandler(None)

    def handle(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
        where: str = "the window",
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            path = log_exception(exc_type, error, tb, where=where)
        except Exception:  # the log itself failed; still tell the user
            path = log_dir()
        if isinstance(error, DatabaseConnectionError):
            # e.g. a list read while the server is away: its own message, not a defect's.
            report = ErrorReport(str(error), error.saved is not False, path, known=True)
        else:
            report = ErrorReport(one_line(error), change_was_saved(tb), path)
        if threading.current_thread() is threading.main_thread():
            self._show(report)
        else:
            self._relay.report.emit(report)
        # A test harness (pytest-qt) that hooked in before us still sees the error.
        previous = self._previous_excepthook
        if previous is not sys.__excepthook__ and previous is not self.handle:
            previous(exc_type, error, tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(
            args.exc_type,
            args.exc_value,
            args.exc_traceback,
            where=f"thread {args.thread.name if args.thread else '?'}",
        )

    def _show(self, report: ErrorReport) -> None:
        # One dialog at a time: an error repeating while the dialog is open is only logged.
        if self._showing:
            return
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), report)
        finally:
            self._showing = False


_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings (a failed connection, a missing plugin) go to the log, not to nowhere."""
    level = _LEVELS.get(kind, logging.WARNING)
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    logging.getLogger("exchange_planner.qt").log(level, "%s%s", message, where)


def install_error_handler() -> ErrorHandler:
    return ErrorHandler().install()
