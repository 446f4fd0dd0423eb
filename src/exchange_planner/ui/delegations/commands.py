"""Undoable edits of the delegations tab that go beyond one record (see ui/undo.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from exchange_planner.services.crud import RecordService
from exchange_planner.ui.events import EventHub

#: A record made by a command: (service, event kind, id).
Made = tuple[RecordService[Any], str, int]


class CreateMany(QUndoCommand):
    """Runs ``make`` once (it creates records and returns them in creation order).

    Undo deletes them newest first after taking snapshots; redo restores them with their
    old ids, so later commands on the stack still find them.
    """

    def __init__(self, text: str, events: EventHub, make: Callable[[], Sequence[Made]]) -> None:
        super().__init__(text)
        self.events = events
        self.make = make
        self.made: list[Made] = []
        self.snapshots: list[dict[str, Any]] = []

    def redo(self) -> None:
        if not self.made:
            self.made = list(self.make())
        else:
            for (service, _kind, _id), snapshot in zip(self.made, self.snapshots, strict=True):
                service.restore(snapshot)
        self._announce()

    def undo(self) -> None:
        self.snapshots = [service.snapshot(record_id) for service, _k, record_id in self.made]
        for service, _kind, record_id in reversed(self.made):
            service.delete(record_id)
        self._announce()

    def first_id(self) -> int | None:
        return self.made[0][2] if self.made else None

    def _announce(self) -> None:
        for _service, kind, record_id in self.made:
            self.events.changed.emit(kind, record_id)


class Call(QUndoCommand):
    """An edit given as a pair of functions (e.g. reorder, shift); announces ``changes``."""

    def __init__(
        self,
        text: str,
        events: EventHub,
        do: Callable[[], None],
        undo: Callable[[], None],
        changes: Sequence[tuple[str, int]],
    ) -> None:
        super().__init__(text)
        self.events = events
        self._do = do
        self._undo = undo
        self.changes = list(changes)

    def redo(self) -> None:
        self._do()
        self._announce()

    def undo(self) -> None:
        self._undo()
        self._announce()

    def _announce(self) -> None:
        for kind, record_id in self.changes:
            self.events.changed.emit(kind, record_id)
