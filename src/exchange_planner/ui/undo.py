"""Undoable edits of records through their services (QUndoStack commands).

Each command does its work through a service, so undo and redo obey the same validation as
the first edit; a refused redo raises and leaves the database unchanged. Edits are checked
against what the user saw, and undo and redo against what the command wrote: a colleague's
change in between is never reverted unseen (the step is refused instead).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from exchange_planner.domain.errors import ConflictError
from exchange_planner.services.crud import RecordService
from exchange_planner.ui.events import EventHub


def shown_values(shown: Any) -> dict[str, Any]:
    """The values an editor showed: a record (ORM row or read model, with ``model_dump()``)
    or a mapping; ``row_version`` among them when known."""
    if shown is None:
        return {}
    if isinstance(shown, Mapping):
        return dict(shown)
    return dict(shown.model_dump())


def version_of(record: Any) -> int | None:
    """The ``row_version`` of a record (None for a record without one)."""
    return getattr(record, "row_version", None)


class _RecordCommand(QUndoCommand):
    """Changes reach the views through the change feed (``ui/change_feed.py``), which
    announces every commit once; commands announce nothing themselves."""

    def __init__(self, text: str, service: RecordService[Any], kind: str, events: EventHub) -> None:
        super().__init__(text)
        self.service = service
        self.kind = kind
        self.events = events
        #: The field label for a refusal message (set by the editor; see ui/conflicts.py).
        self.label_of: Callable[[str], str] | None = None


class UpdateRecord(_RecordCommand):
    """Change some fields of one record; undo puts the old values back.

    ``shown`` is what the editor showed when the user typed (the record it displays, or its
    values with ``row_version``): the edit is based on it, so a field someone else changed
    meanwhile is refused (``ConflictError``) instead of overwritten. Undo and redo check in
    the same way that the fields still hold what this command wrote.
    ``overwrite`` (set by ``forms.mark_overwrite`` when the user chose "Keep mine", or by
    the Reload / Overwrite choice) writes the new values over someone else's newer ones.
    """

    def __init__(
        self,
        text: str,
        service: RecordService[Any],
        kind: str,
        events: EventHub,
        record_id: int,
        changes: Mapping[str, Any],
        shown: Any,
    ) -> None:
        super().__init__(text, service, kind, events)
        self.record_id = record_id
        values = shown_values(shown)
        self.new = dict(changes)
        self.old = {name: values[name] for name in changes}
        self.base_version: int | None = values.get("row_version")
        #: The user chose to overwrite someone else's value (set before the push is repeated).
        self.overwrite = False
        #: What the fields hold after redo / after undo, as stored (cleaned), for the checks.
        self.written: dict[str, Any] | None = None
        self.restored: dict[str, Any] | None = None
        self.version_after: int | None = None

    def redo(self) -> None:
        if self.written is None:  # the user's own edit, based on what the editor showed
            if self.overwrite:
                current = self.service.get(self.record_id)
                self.old = {name: getattr(current, name) for name in self.new}
            record = self.service.update_checked(
                self.record_id,
                self.new,
                expected=self.old,
                base_version=self.base_version,
                overwrite=self.overwrite,
            )
        else:
            record = self.service.update_checked(
                self.record_id,
                self.new,
                expected=self.restored if self.restored is not None else self.old,
                base_version=self.version_after,
            )
        self.written = {name: getattr(record, name) for name in self.new}
        self.version_after = version_of(record)

    def undo(self) -> None:
        record = self.service.update_checked(
            self.record_id,
            self.old,
            expected=self.written if self.written is not None else self.new,
            base_version=self.version_after,
            undo=True,
        )
        self.restored = {name: getattr(record, name) for name in self.old}
        self.version_after = version_of(record)


class CreateRecord(_RecordCommand):
    """Create a record; undo deletes it, redo recreates it with the same id.

    Undo deletes only a record nobody else changed since it was made (this window's own
    later edits do not count); otherwise it is refused and the record stays.
    """

    def __init__(
        self,
        text: str,
        service: RecordService[Any],
        kind: str,
        events: EventHub,
        values: Mapping[str, Any],
        after_create: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(text, service, kind, events)
        self.values = dict(values)
        self.snapshot: dict[str, Any] | None = None
        self.record_id: int | None = None
        self.after_create = after_create
        self.version: int | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            record = self.service.create(**self.values)
            self.record_id = record.id
            if self.after_create is not None:
                self.after_create(record.id)
            self.snapshot = self.service.snapshot(record.id)
            self.version = version_of(self.service.get(record.id))
        else:
            self.version = version_of(self.service.restore(self.snapshot))
        assert self.record_id is not None

    def undo(self) -> None:
        assert self.record_id is not None
        self.snapshot = self.service.snapshot(self.record_id)
        if self.version is None:
            self.service.delete(self.record_id)
        else:
            self.service.delete_checked(
                self.record_id, base_version=self.version, undo=True, own=True
            )


class DeleteRecord(_RecordCommand):
    """Delete a record (the service refuses records still in use); undo restores it.

    Redo deletes only while nobody changed the record since it was shown or restored.
    """

    def __init__(
        self, text: str, service: RecordService[Any], kind: str, events: EventHub, record_id: int
    ) -> None:
        super().__init__(text, service, kind, events)
        self.record_id = record_id
        self.snapshot = service.snapshot(record_id)
        self.version: int | None = version_of(service.get(record_id))

    def redo(self) -> None:
        self.snapshot = self.service.snapshot(self.record_id)
        if self.version is None:
            self.service.delete(self.record_id)
        else:
            self.service.delete_checked(self.record_id, base_version=self.version, own=True)

    def undo(self) -> None:
        self.version = version_of(self.service.restore(self.snapshot))


def push(stack: Any, command: QUndoCommand) -> None:
    """Push a command; if its first redo fails (validation, a conflict), it is not kept on
    the stack.

    QUndoStack.push runs redo() at once. A raised error propagates to the caller, who shows
    it next to the field (or offers Reload / Overwrite, see ui/conflicts.py); the stack is
    left as it was.
    """
    command.redo()
    stack.push(_AlreadyDone(command))


class _AlreadyDone(QUndoCommand):
    """Wraps a command whose first redo already ran, so the stack's push does not repeat it.

    A later undo or redo that is refused because someone else changed the record meanwhile
    changes nothing: the user is told (``events.refused``) and the command leaves the stack,
    which stays consistent with what is stored.
    """

    def __init__(self, inner: QUndoCommand) -> None:
        super().__init__(inner.text())
        self.inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.inner.redo, "redo")

    def undo(self) -> None:
        self._guarded(self.inner.undo, "undo")

    def _guarded(self, step: Callable[[], None], action: str) -> None:
        try:
            step()
        except ConflictError as error:
            self.setObsolete(True)
            events = getattr(self.inner, "events", None)
            label_of = getattr(self.inner, "label_of", None)
            error.action = action  # type: ignore[attr-defined]
            error.label = label_of(error.field) if label_of and error.field else ""  # type: ignore[attr-defined]
            if events is not None:
                events.refused.emit(error)
            else:
                raise


class FieldUndoFallback(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a text field that has nothing of its own to undo reach the
    application's undo stack instead of being swallowed by the field.

    Installed on the application; a field with its own typing to undo keeps the key.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            own = _field_can(watched, undo=True)
        elif event.matches(QKeySequence.StandardKey.Redo):
            own = _field_can(watched, undo=False)
        else:
            return False
        if own is None or own:
            return False
        event.ignore()  # not an override: the window's Undo/Redo shortcut fires
        return True


def _field_can(widget: QObject, *, undo: bool) -> bool | None:
    """Whether a text field can undo (redo) typing of its own; None for other widgets."""
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return None
