"""Undoable edits of records through their services (QUndoStack commands).

Each command does its work through a service, so undo and redo obey the same validation as
the first edit; a refused redo raises and leaves the database unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from exchange_planner.services.crud import RecordService
from exchange_planner.ui.events import EventHub


class _RecordCommand(QUndoCommand):
    def __init__(self, text: str, service: RecordService[Any], kind: str, events: EventHub) -> None:
        super().__init__(text)
        self.service = service
        self.kind = kind
        self.events = events

    def _announce(self, record_id: int) -> None:
        self.events.changed.emit(self.kind, record_id)


class UpdateRecord(_RecordCommand):
    """Change some fields of one record; undo puts the old values back.

    ``overwrite`` (set by ``forms.mark_overwrite`` when the user chose "Keep mine") writes
    the new values over someone else's newer ones."""

    overwrite = False

    def __init__(
        self,
        text: str,
        service: RecordService[Any],
        kind: str,
        events: EventHub,
        record_id: int,
        changes: Mapping[str, Any],
    ) -> None:
        super().__init__(text, service, kind, events)
        self.record_id = record_id
        current = service.get(record_id).model_dump()
        self.new = dict(changes)
        self.old = {name: current[name] for name in changes}

    def redo(self) -> None:
        if self.overwrite:
            self.service.update_checked(self.record_id, self.new, expected=self.old, overwrite=True)
        else:
            self.service.update(self.record_id, **self.new)
        self._announce(self.record_id)

    def undo(self) -> None:
        self.service.update(self.record_id, **self.old)
        self._announce(self.record_id)


class CreateRecord(_RecordCommand):
    """Create a record; undo deletes it, redo recreates it with the same id."""

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

    def redo(self) -> None:
        if self.snapshot is None:
            record = self.service.create(**self.values)
            self.record_id = record.id
            if self.after_create is not None:
                self.after_create(record.id)
            self.snapshot = self.service.snapshot(record.id)
        else:
            self.service.restore(self.snapshot)
        assert self.record_id is not None
        self._announce(self.record_id)

    def undo(self) -> None:
        assert self.record_id is not None
        self.snapshot = self.service.snapshot(self.record_id)
        self.service.delete(self.record_id)
        self._announce(self.record_id)


class DeleteRecord(_RecordCommand):
    """Delete a record (the service refuses records still in use); undo restores it."""

    def __init__(
        self, text: str, service: RecordService[Any], kind: str, events: EventHub, record_id: int
    ) -> None:
        super().__init__(text, service, kind, events)
        self.record_id = record_id
        self.snapshot = service.snapshot(record_id)

    def redo(self) -> None:
        self.snapshot = self.service.snapshot(self.record_id)
        self.service.delete(self.record_id)
        self._announce(self.record_id)

    def undo(self) -> None:
        self.service.restore(self.snapshot)
        self._announce(self.record_id)


def push(stack: Any, command: QUndoCommand) -> None:
    """Push a command; if its first redo fails (validation), it is not kept on the stack.

    QUndoStack.push runs redo() at once. A raised error propagates to the caller, who shows
    it next to the field; the stack is left as it was.
    """
    command.redo()
    stack.push(_AlreadyDone(command))


class _AlreadyDone(QUndoCommand):
    """Wraps a command whose first redo already ran, so the stack's push does not repeat it."""

    def __init__(self, inner: QUndoCommand) -> None:
        super().__init__(inner.text())
        self.inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.inner.redo()

    def undo(self) -> None:
        self.inner.undo()


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
