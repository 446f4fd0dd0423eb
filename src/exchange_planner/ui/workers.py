"""Run slow work on a thread pool and deliver results back on the GUI thread.

Workers receive plain values (ids, paths), open their own database sessions through the
services, and report progress; the GUI never blocks on them.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.logs import logger, one_line


class CancelledError(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskControl:
    """Handed to a task: report progress, ask whether the user cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(done, total, message)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise CancelledError


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class Task(QRunnable):
    """A function ``fn(control, *args)`` run on the pool; connect to ``signals`` before start."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.signals = _Signals()
        self.control = TaskControl(self.signals)
        self._fn = fn
        self._args = args

    def run(self) -> None:
        try:
            result = self._fn(self.control, *self._args)
        except CancelledError:
            self.signals.cancelled.emit()
        except Exception as error:  # delivered to the GUI, which shows it
            if not isinstance(error, ExchangePlannerError | OSError):
                # A defect, not a refusal: its traceback goes to the log file as well.
                logger.error("Background task failed: %s", one_line(error), exc_info=True)
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def start(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception, str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start ``fn(control, *args)`` in the background; callbacks run on the GUI thread."""
    task = Task(fn, *args)
    task.setAutoDelete(False)  # the caller keeps it to cancel
    # Queued: the signals object lives on the GUI thread, so callbacks run there.
    queued = Qt.ConnectionType.QueuedConnection
    for signal, callback in (
        (task.signals.finished, on_done),
        (task.signals.failed, on_error),
        (task.signals.progress, on_progress),
        (task.signals.cancelled, on_cancelled),
    ):
        if callback is not None:
            signal.connect(callback, queued)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def progress_dialog(
    parent: QWidget | None,
    title: str,
    label: str,
    cancel_text: str,
    *,
    steps: int,
    on_cancel: Callable[[], None],
) -> QProgressDialog:
    """A window-modal progress dialog for a task, shown at once and left open until the task
    ends (``steps`` 0 shows a busy bar); Cancel calls ``on_cancel``."""
    dialog = QProgressDialog(label, cancel_text, 0, steps, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(on_cancel)
    dialog.show()
    return dialog


def close_progress_dialog(dialog: QProgressDialog, on_cancel: Callable[[], None]) -> None:
    """Close a dialog made by :func:`progress_dialog`; closing it does not count as Cancel."""
    dialog.canceled.disconnect(on_cancel)
    dialog.close()
    dialog.deleteLater()
