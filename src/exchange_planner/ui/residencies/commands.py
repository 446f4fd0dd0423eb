"""Undo commands specific to residencies and exhibitions (all edits go through services)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from exchange_planner.domain.errors import ConflictError
from exchange_planner.services.registry import Services
from exchange_planner.ui.events import EventHub
from exchange_planner.ui.undo import (
    CreateRecord,
    DeleteRecord,
    UpdateRecord,
    shown_values,
    version_of,
)

#: "Leave the counterpart as it is" (None unlinks it).
UNSET = object()


class EditResidency(QUndoCommand):
    """Change fields of a residency and, optionally, pair it with a counterpart (both ways).

    Both parts succeed or neither: when the pairing is refused, the field changes are put back
    before the error reaches the editor. The edit is based on ``shown`` (the residency as the
    editor showed it, see ``UpdateRecord``): a field someone else changed meanwhile is refused,
    not overwritten. Undo and redo first check that the residency, the other ends of its
    links and the moved checklist steps still hold what this command wrote; otherwise they
    are refused and nothing changes.
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
        *,
        shown: Any,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.events = events
        self.residency_id = residency_id
        service = services.residencies
        current = shown_values(shown)
        self.base_version: int | None = current.get("row_version")
        self.new = {k: v for k, v in changes.items() if k != "counterpart_id"}
        self.old = {name: current[name] for name in self.new}
        self.pair_new: dict[int, int | None] = {}
        self.pair_old: dict[int, int | None] = {}
        if counterpart is not UNSET and counterpart != current["counterpart_id"]:
            self.pair_new = service.pair_changes(residency_id, counterpart)
            self.pair_old = {
                rid: current["counterpart_id"]
                if rid == residency_id
                else service.get(rid).counterpart_id
                for rid in self.pair_new
            }
        #: Checklist steps whose due dates follow the new dates: {item id: due date}.
        self.dues_new = dict(checklist or {})
        self.dues_old = {
            item_id: services.checklist.get(item_id).due_date for item_id in self.dues_new
        }
        #: The user chose to overwrite someone else's value (set before the push is repeated).
        self.overwrite = False
        self.label_of: Any = None
        #: The residency's own fields as stored after redo / after undo, and its version.
        self.written: dict[str, Any] | None = None
        self.restored: dict[str, Any] | None = None
        self.version_after: int | None = None

    def _own(self, fields: Mapping[str, Any], pairs: Mapping[int, int | None]) -> dict[str, Any]:
        own = dict(fields)
        if self.residency_id in pairs:
            own["counterpart_id"] = pairs[self.residency_id]
        return own

    def _require(self, pairs: Mapping[int, int | None], dues: Mapping[int, date | None]) -> None:
        """The other ends of the links and the checklist steps still hold ``pairs`` and
        ``dues`` (what this command left), or the step is refused."""
        for rid, counterpart in pairs.items():
            if rid != self.residency_id:
                self.services.residencies.require_unchanged(
                    rid, {"counterpart_id": counterpart}, undo=True
                )
        for item_id, due in dues.items():
            self.services.checklist.require_unchanged(item_id, {"due_date": due}, undo=True)

    def _apply(
        self,
        fields: Mapping[str, Any],
        pairs: Mapping[int, int | None],
        dues: Mapping[int, date | None],
        *,
        expected: Mapping[str, Any],
        base_version: int | None,
        undo: bool = False,
    ) -> dict[str, Any]:
        """Fields and this residency's own link first (checked together, so a new direction
        meets the new counterpart), then the other ends of the links; all or nothing.
        Returns the residency's own fields as stored."""
        service = self.services.residencies
        own = self._own(fields, pairs)
        current = service.get(self.residency_id)
        rollback = {name: getattr(current, name) for name in own}
        record = current
        if own:
            record = service.update_checked(
                self.residency_id,
                own,
                expected=expected,
                base_version=base_version,
                overwrite=self.overwrite and self.written is None,
                undo=undo,
            )
        if pairs:
            try:
                service.set_counterparts(pairs)
            except Exception:
                if own:
                    service.update(self.residency_id, **rollback)
                raise
        for item_id, due in dues.items():
            self.services.checklist.update(item_id, due_date=due)
        self.version_after = version_of(service.get(self.residency_id))
        return {name: getattr(record, name) for name in own}

    def redo(self) -> None:
        if self.written is None:  # the user's own edit, based on what the editor showed
            expected = self._own(self.old, self.pair_old)
            if self.overwrite:
                current = self.services.residencies.get(self.residency_id)
                self.old = {name: getattr(current, name) for name in self.new}
            self.written = self._apply(
                self.new,
                self.pair_new,
                self.dues_new,
                expected=expected,
                base_version=self.base_version,
            )
            return
        self._require(self.pair_old, self.dues_old)
        self.written = self._apply(
            self.new,
            self.pair_new,
            self.dues_new,
            expected=self.restored if self.restored is not None else self._own(self.old, {}),
            base_version=self.version_after,
        )

    def undo(self) -> None:
        self._require(self.pair_new, self.dues_new)
        assert self.written is not None
        self.restored = self._apply(
            self.old,
            self.pair_old,
            self.dues_old,
            expected=self.written,
            base_version=self.version_after,
            undo=True,
        )


class _PartOfResidency:
    """For commands on a checklist item or deliverable (the change feed announces the part;
    the residency tab refreshes its counts and warnings on it)."""

    def __init__(self, *args: Any, residency_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.residency_id = residency_id


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
        *,
        shown: Any,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.events = events
        self.exhibition_id = exhibition_id
        current = shown_values(shown)
        self.base_version: int | None = current.get("row_version")
        self.new = dict(changes)
        self.old = {name: current[name] for name in changes}
        old_links = services.exhibitions.links(exhibition_id)
        self.new_links = {kind: list(ids) for kind, ids in links.items()}
        self.old_links = {kind: old_links[kind] for kind in links}
        #: The user chose to overwrite someone else's value (set before the push is repeated).
        self.overwrite = False
        self.label_of: Any = None
        self.written: dict[str, Any] | None = None
        self.restored: dict[str, Any] | None = None
        self.version_after: int | None = None

    def _apply(
        self,
        fields: Mapping[str, Any],
        links: Mapping[str, list[int]],
        *,
        expected: Mapping[str, Any] | None = None,
        base_version: int | None = None,
        undo: bool = False,
    ) -> dict[str, Any]:
        service = self.services.exhibitions
        stored: dict[str, Any] = {}
        if fields:
            if expected is None:  # putting back after a refused link: unconditional
                record = service.update(self.exhibition_id, **fields)
            else:
                record = service.update_checked(
                    self.exhibition_id,
                    fields,
                    expected=expected,
                    base_version=base_version,
                    overwrite=self.overwrite and self.written is None,
                    undo=undo,
                )
            stored = {name: getattr(record, name) for name in fields}
        for kind, ids in links.items():
            service.set_links(self.exhibition_id, kind, ids)
        self.version_after = version_of(service.get(self.exhibition_id))
        return stored

    def redo(self) -> None:
        first = self.written is None
        if first and self.overwrite:
            current = self.services.exhibitions.get(self.exhibition_id)
            expected = {name: getattr(current, name) for name in self.new}
            self.old = dict(expected)
        elif first:
            expected = self.old
        else:
            expected = self.restored if self.restored is not None else self.old
        try:
            self.written = self._apply(
                self.new,
                self.new_links,
                expected=expected,
                base_version=self.base_version if first else self.version_after,
            )
        except ConflictError:
            raise  # nothing was written
        except Exception:
            # Links are checked after the fields; put everything back before reporting.
            self._apply(self.old, self.old_links)
            raise

    def undo(self) -> None:
        self.restored = self._apply(
            self.old,
            self.old_links,
            expected=self.written if self.written is not None else self.new,
            base_version=self.version_after,
            undo=True,
        )
