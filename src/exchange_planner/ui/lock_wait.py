"""Feedback while an edit waits for another program's lock on the database.

The storage layer waits in short steps and reports each step to the handler installed with
``set_lock_wait_handler``. On the GUI thread this shows a busy cursor and a status-bar message
naming the holder, and lets the window repaint (user input is held back until the wait ends,
so no second edit starts in the middle of the first). Reports from worker threads are ignored.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QMainWindow

from exchange_planner.storage.database import LockWait, set_lock_wait_handler


class LockWaitFeedback(QObject):
    """Installed by the main window; shows waits in its status bar."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._cursor = False
        self._in_events = False
        me = weakref.ref(self)

        def handler(wait: LockWait) -> None:
            feedback = me()
            if feedback is not None and shiboken6.isValid(feedback):  # not after its window
                feedback.on_wait(wait)

        set_lock_wait_handler(handler)

    def message(self, wait: LockWait) -> str:
        holder = wait.holder or self.tr("unknown program")
        return (
            self.tr("Waiting for %1: locked by another program (%2); giving up after %3 s…")
            .replace("%1", str(wait.path))
            .replace("%2", holder)
            .replace("%3", f"{wait.timeout:g}")
        )

    def on_wait(self, wait: LockWait) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        bar = self._window.statusBar()
        if wait.done:
            if self._cursor:
                QApplication.restoreOverrideCursor()
                self._cursor = False
            bar.clearMessage()
            return
        if not self._cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._cursor = True
        bar.showMessage(self.message(wait))
        if not self._in_events:  # repaint, run timers; keep clicks and keys for later
            self._in_events = True
            try:
                QCoreApplication.processEvents(
                    QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50
                )
            finally:
                self._in_events = False
