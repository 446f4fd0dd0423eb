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

#: The commits being announced right now (innermost last): views that re-read what they show
#: while a commit is announced can tell whose change it was (``delivering``).
_delivering: list[Changes] = []


def delivering() -> Changes | None:
    """The ``Changes`` being announced at this moment in the GUI thread, None outside."""
    return _delivering[-1] if _delivering else None


def remote_change() -> bool:
    """True while someone else's commit (another window, program or person) is announced."""
    changes = delivering()
    return changes is not None and changes.remote


def changed_by() -> str:
    """Who made the change being announced, when it is someone else's (else "")."""
    changes = delivering()
    return changes.user if changes is not None and changes.remote else ""


class OncePerCommit:
    """Lets a view re-read what it shows once per announced commit (per ``key``), not once
    per changed record: the commit is whole when it is announced, so one reading sees all
    of it. Outside an announcement (a view told directly) every call is a first one."""

    def __init__(self) -> None:
        self._changes: Changes | None = None
        self._done: set[object] = set()

    def first(self, key: object = None) -> bool:
        changes = delivering()
        if changes is None:
            return True
        if changes is not self._changes:
            self._changes, self._done = changes, set()
        if key in self._done:
            return False
        self._done.add(key)
        return True


class ChangeFeed(QObject):
    #: Emitted from any thread; delivered (queued when needed) in the GUI thread.
    _arrived = Signal(object)

    def __init__(self, db: Database, events: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self._closed = False
        self._arrived.connect(self._deliver)
        self._unsubscribe = db.subscribe(self._arrived.emit)
        self.watcher: Watcher | None = watch_changes(db)

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        if self._closed:
            return  # queued before the feed was closed: the window no longer listens
        _delivering.append(changes)
        try:
            self.events.changes.emit(changes)
            if changes.everything:
                self.events.changed.emit("*", 0)
                return
            by_kind: dict[str, list[int]] = {}
            for kind, record_id in sorted(changes.records):
                by_kind.setdefault(kind, []).append(record_id)
            for kind, ids in by_kind.items():
                if len(ids) > PER_RECORD_LIMIT:
                    # An import of hundreds of members: one announcement, not hundreds.
                    self.events.changed.emit(kind, 0)
                    continue
                for record_id in ids:
                    self.events.changed.emit(kind, record_id)
        finally:
            _delivering.pop()

    def close(self) -> None:
        """Stop listening (the window shows another database or closes): the watcher
        thread ends before this returns."""
        self._closed = True
        self._unsubscribe()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
