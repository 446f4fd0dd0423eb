"""Undo commands specific to residencies and exhibitions (all edits go through services)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from exchange_planner.services.registry import Services
from exchange_planner.ui.events import EventHub
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, UpdateRecord

#: "Leave the counterpart as it is" (None unlinks it).
UNSET = object()


class EditResidency(QUndoCommand):
    """Change fields of a residency and, optionally, pair it with a counterpart (both ways).

    Both parts succeed or neither: when the pairing is refused, the field changes are put back
    before the error reaches the editor.
    """

    def __init__(
        self,
        text: str,
        services: Services,
        events: EventHub,
        residency_id: int,
        changes: Mapping[str, Any],
        counterpart: Any = UNSET,
        checklist: Mapping[int, date | None] | None = None,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.events = events
        self.residency_id = residency_id
        service = services.residencies
        current = service.get(residency_id).model_dump()
        self.new = {k: v for k, v in changes.items() if k != "counterpart_id"}
        self.old = {name: current[name] for name in self.new}
        self.pair_new: dict[int, int | None] = {}
        self.pair_old: dict[int, int | None] = {}
        if counterpart is not UNSET and counterpart != current["counterpart_id"]:
            self.pair_new = service.pair_changes(residency_id, counterpart)
            self.pair_old = {rid: service.get(rid).counterpart_id for rid in self.pair_new}
        #: Checklist steps whose due dates follow the new dates: {item id: due date}.
        self.dues_new = dict(checklist or {})
        self.dues_old = {
            item_id: services.checklist.get(item_id).due_date for item_id in self.dues_new
        }

    def _apply(
        self,
        fields: Mapping[str, Any],
        pairs: Mapping[int, int | None],
        dues: Mapping[int, date | None],
    ) -> None:
        """Fields and this residency's own link first (checked together, so a new direction
        meets the new counterpart), then the other ends of the links; all or nothing."""
        service = self.services.residencies
        own = dict(fields)
        if self.residency_id in pairs:
            own["counterpart_id"] = pairs[self.residency_id]
        current = service.get(self.residency_id).model_dump()
        rollback = {name: current[name] for name in own}
        if own:
            service.update(self.residency_id, **own)
        if pairs:
            try:
                service.set_counterparts(pairs)
            except Exception:
                if own:
                    service.update(self.residency_id, **rollback)
                raise
        for item_id, due in dues.items():
            self.services.checklist.update(item_id, due_date=due)
        if dues:
            self.events.changed.emit("checklist", self.residency_id)
        for rid in {self.residency_id, *pairs}:
            self.events.changed.emit("residency", rid)

    def redo(self) -> None:
        self._apply(self.new, self.pair_new, self.dues_new)

    def undo(self) -> None:
        self._apply(self.old, self.pair_old, self.dues_old)


class _PartOfResidency:
    """For commands on a checklist item or deliverable: its residency is announced as
    changed too (the list shows its counts and warnings)."""

    events: EventHub

    def __init__(self, *args: Any, residency_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.residency_id = residency_id

    def redo(self) -> None:
        super().redo()  # type: ignore[misc]
        self.events.changed.emit("residency", self.residency_id)

    def undo(self) -> None:
        super().undo()  # type: ignore[misc]
        self.events.changed.emit("residency", self.residency_id)


class UpdatePart(_PartOfResidency, UpdateRecord):
    """Update a checklist item or deliverable."""


class CreatePart(_PartOfResidency, CreateRecord):
    """Add a deliverable."""


class DeletePart(_PartOfResidency, DeleteRecord):
    """Remove a deliverable."""


class SetLinks(QUndoCommand):
    """Replace an exhibition's field values and links to residencies, visits and artists."""

    def __init__(
        self,
        text: str,
        services: Services,
        events: EventHub,
        exhibition_id: int,
        changes: Mapping[str, Any],
        links: Mapping[str, list[int]],
    ) -> None:
        super().__init__(text)
        self.services = services
        self.events = events
        self.exhibition_id = exhibition_id
        current = services.exhibitions.get(exhibition_id).model_dump()
        self.new = dict(changes)
        self.old = {name: current[name] for name in changes}
        old_links = services.exhibitions.links(exhibition_id)
        self.new_links = {kind: list(ids) for kind, ids in links.items()}
        self.old_links = {kind: old_links[kind] for kind in links}

    def _apply(self, fields: Mapping[str, Any], links: Mapping[str, list[int]]) -> None:
        service = self.services.exhibitions
        if fields:
            service.update(self.exhibition_id, **fields)
        for kind, ids in links.items():
            service.set_links(self.exhibition_id, kind, ids)
        self.events.changed.emit("exhibition", self.exhibition_id)

    def redo(self) -> None:
        try:
            self._apply(self.new, self.new_links)
        except Exception:
            # Links are checked after the fields; put everything back before reporting.
            self._apply(self.old, self.old_links)
            raise

    def undo(self) -> None:
        self._apply(self.old, self.old_links)
