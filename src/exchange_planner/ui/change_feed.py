"""The one change feed of a window: local commits, undo and other people's commits alike.

The database publishes the ``Changes`` of every commit (``storage/audit.py``); a watcher
thread publishes what others committed (``storage/watch.py``). This bridge hands both to the
GUI thread and announces them on the event hub: ``changes`` once per commit and ``changed``
once per record, which the tabs use to re-read only what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from exchange_planner.storage.audit import Changes
from exchange_planner.storage.database import Database
from exchange_planner.storage.watch import Watcher, watch_changes
from exchange_planner.ui.events import EventHub

#: More changed records of one kind in one commit are announced as ``(kind, 0)``: "some".
PER_RECORD_LIMIT = 8


class ChangeFeed(QObject):
    #: Emitted from any thread; delivered (queued when needed) in the GUI thread.
    _arrived = Signal(object)

    def __init__(self, db: Database, events: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self._arrived.connect(self._deliver)
        self._unsubscribe = db.subscribe(self._arrived.emit)
        self.watcher: Watcher | None = watch_changes(db)

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        self.events.changes.emit(changes)
        if changes.everything:
            self.events.changed.emit("*", 0)
            return
        by_kind: dict[str, list[int]] = {}
        for kind, record_id in sorted(changes.records):
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            if len(ids) > PER_RECORD_LIMIT:
                # An import of hundreds of members: one announcement, not hundreds of reloads.
                self.events.changed.emit(kind, 0)
                continue
            for record_id in ids:
                self.events.changed.emit(kind, record_id)

    def close(self) -> None:
        """Stop listening (the window shows another database or closes)."""
        self._unsubscribe()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
