"""A visit's conflicts recomputed on the thread pool, so that refreshing a section never
waits for the check against every overlapping program item in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from exchange_planner.services.registry import Services
from exchange_planner.ui.workers import Task, start


class BackgroundConflicts(QObject):
    """``request(visit_id)`` starts a check; ``ready(visit_id, conflicts)`` delivers the
    result of the latest request only (older ones still running are dropped)."""

    ready = Signal(int, list)
    failed = Signal(int, str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._generation = 0
        self._latest_done = 0
        # Tasks are kept until they report: the pool must not run a collected task.
        self._running: set[Task] = set()

    @property
    def pending(self) -> bool:
        """A requested check has not reported yet."""
        return self._latest_done != self._generation

    def request(self, visit_id: int) -> None:
        self._generation += 1
        generation = self._generation
        conflicts = self.services.conflicts
        holder: dict[str, Task] = {}

        def done(result: Any) -> None:
            self._finish(holder["task"], generation)
            if generation == self._generation and isValid(self):  # the editor may be gone
                self.ready.emit(visit_id, list(result))

        def failed(error: Exception, _trace: str) -> None:
            self._finish(holder["task"], generation)
            if generation == self._generation and isValid(self):
                self.failed.emit(visit_id, str(error))

        holder["task"] = task = start(
            lambda _control, vid: conflicts.for_visit(vid),
            visit_id,
            on_done=done,
            on_error=failed,
        )
        self._running.add(task)

    def _finish(self, task: Task, generation: int) -> None:
        self._running.discard(task)
        if generation == self._generation:
            self._latest_done = generation
