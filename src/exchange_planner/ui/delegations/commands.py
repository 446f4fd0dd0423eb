"""Undoable edits of the delegations tab that go beyond one record (see ui/undo.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from exchange_planner.services.change_history import ChangeHistoryService
from exchange_planner.services.crud import RecordService
from exchange_planner.services.visits import HeadState, VisitService
from exchange_planner.ui.events import EventHub
from exchange_planner.ui.undo import UpdateRecord, version_of

#: A record made by a command: (service, event kind, id).
Made = tuple[RecordService[Any], str, int]


class CreateMany(QUndoCommand):
    """Runs ``make`` once (it creates records and returns them in creation order).

    Undo deletes them newest first after taking snapshots; redo restores them with their
    old ids, so later commands on the stack still find them. Undo deletes only records
    nobody else changed since they were made (this window's own later edits do not count);
    otherwise it is refused and nothing is deleted. The change feed announces what changed.
    """

    def __init__(self, text: str, events: EventHub, make: Callable[[], Sequence[Made]]) -> None:
        super().__init__(text)
        self.events = events
        self.make = make
        self.made: list[Made] = []
        self.snapshots: list[dict[str, Any]] = []
        #: The version of each made record after this command's last step.
        self.versions: list[int | None] = []

    def redo(self) -> None:
        if not self.made:
            self.made = list(self.make())
            self.versions = [version_of(service.get(rid)) for service, _k, rid in self.made]
        else:
            self.versions = [
                version_of(service.restore(snapshot))
                for (service, _kind, _id), snapshot in zip(self.made, self.snapshots, strict=True)
            ]

    def undo(self) -> None:
        # Refused as a whole before anything is deleted when one was changed by someone else.
        for (service, _kind, record_id), version in zip(self.made, self.versions, strict=True):
            if version is not None and version_of(service.get(record_id)) != version:
                service.require_unchanged_since(record_id, version)
        self.snapshots = [service.snapshot(record_id) for service, _k, record_id in self.made]
        for (service, _kind, record_id), version in reversed(
            list(zip(self.made, self.versions, strict=True))
        ):
            if version is None:
                service.delete(record_id)
            else:
                service.delete_checked(record_id, base_version=version, undo=True, own=True)

    def first_id(self) -> int | None:
        return self.made[0][2] if self.made else None


class Call(QUndoCommand):
    """An edit given as a pair of functions (e.g. reorder, shift); ``changes`` names the
    records it touches (the change feed announces them).

    With ``history`` (the change-history service), undo and redo refuse
    (``ConflictError``) when someone else changed one of those records since this window's
    step, so a colleague's later edit is never reverted unseen."""

    def __init__(
        self,
        text: str,
        events: EventHub,
        do: Callable[[], None],
        undo: Callable[[], None],
        changes: Sequence[tuple[str, int]],
        history: ChangeHistoryService | None = None,
    ) -> None:
        super().__init__(text)
        self.events = events
        self._do = do
        self._undo = undo
        self.changes = list(changes)
        self.history = history
        self._mark = 0

    def redo(self) -> None:
        self._step(self._do)

    def undo(self) -> None:
        self._step(self._undo)

    def _step(self, step: Callable[[], None]) -> None:
        if self.history is not None and self._mark:
            refusal = self.history.changed_by_others(self.changes, self._mark)
            if refusal is not None:
                raise refusal
        step()
        if self.history is not None:
            self._mark = self.history.mark()


class HeadUpdate(UpdateRecord):
    """An edit of the head of delegation (Overview) or of a member's role (Members): the
    two are one fact, so the service changes the other in the same transaction (a member
    made Head leads the visit, the former head goes back to Official). Undo puts back the
    head and every member role as they were, as one step; redo repeats the edit's result.
    Both refuse (``ConflictError``) when someone else changed one of them since."""

    def __init__(
        self,
        text: str,
        service: RecordService[Any],
        kind: str,
        events: EventHub,
        record_id: int,
        changes: Mapping[str, Any],
        shown: Any,
        *,
        visits: VisitService,
        visit_id: int,
    ) -> None:
        super().__init__(text, service, kind, events, record_id, changes, shown)
        self.visits = visits
        self.visit_id = visit_id
        self.before: HeadState | None = None
        self.after: HeadState | None = None

    def redo(self) -> None:
        if self.after is None or self.before is None:
            before = self.visits.head_state(self.visit_id)
            super().redo()
            self.before, self.after = before, self.visits.head_state(self.visit_id)
        else:
            self.visits.restore_head(self.visit_id, self.after, expected=self.before, undo=False)

    def undo(self) -> None:
        assert self.before is not None and self.after is not None
        self.visits.restore_head(self.visit_id, self.before, expected=self.after, undo=True)
