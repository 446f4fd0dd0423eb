"""Screen-reader access to painted widgets: their entries as accessible children.

A painted view (the calendar's month, week and agenda, the studio timeline, the balance chart)
draws its entries itself, so Qt sees one blank widget. A widget that offers

- ``accessible_items() -> list[AccessibleItem]``: its entries in reading order, and
- ``accessible_focus_key() -> Hashable | None``: the entry in keyboard focus,

gets an accessible interface from the factory installed here: each entry is a child with a
name (its title), a description (date, time, kind), a role and its rectangle; the entry in
focus is the interface's focus child and is announced through :func:`announce_focus`.

Qt's accessibility cache deletes the interfaces it holds (a widget's when the widget goes, all
of them when the application ends). The Python objects behind them are therefore kept alive
here until Qt has deleted them, and the children of a view are handed back to Qt for deletion
(never dropped by Python) when they are no longer shown or the view goes.
"""

from __future__ import annotations

import atexit
from collections.abc import Hashable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget


@dataclass(frozen=True)
class AccessibleItem:
    """One painted entry as a screen reader is told about it."""

    key: Hashable
    name: str
    description: str
    #: Where the entry is drawn, in the widget's coordinates.
    rect: QRect
    role: QAccessible.Role = QAccessible.Role.ListItem
    #: False when the entry lies outside the part of the widget that is shown (scrolled away).
    visible: bool = True


def _items(widget: QWidget) -> list[AccessibleItem]:
    return list(widget.accessible_items())  # type: ignore[attr-defined]


class _EntryInterface(QAccessibleInterface):
    """An entry of a painted view: no object of its own, it asks the view for its texts."""

    def __init__(self, view: _ViewInterface, key: Hashable) -> None:
        super().__init__()
        self._view = view
        self.key = key

    def _item(self) -> AccessibleItem | None:
        if not shiboken6.isValid(self._view) or not self._view.isValid():
            return None
        return self._view.item(self.key)

    def isValid(self) -> bool:
        return self._item() is not None

    def object(self) -> QObject | None:
        return None

    def parent(self) -> QAccessibleInterface | None:
        return self._view if shiboken6.isValid(self._view) else None

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.name
        if kind == QAccessible.Text.Description:
            return item.description
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass  # read only

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        widget = self._view.widget()
        return QRect(widget.mapToGlobal(item.rect.topLeft()), item.rect.size())

    def role(self) -> QAccessible.Role:
        item = self._item()
        return item.role if item is not None else QAccessible.Role.NoRole

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        state.focusable = True
        state.selectable = True
        state.readOnly = True
        if not item.visible:
            state.invisible = True
            state.offscreen = True
        if self._view.focus_key() == self.key:
            state.selected = True
            state.focused = self._view.widget().hasFocus()
        return state


class _ViewInterface(QAccessibleWidget):
    """A painted widget: its entries first, then its child widgets (a scroll bar)."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._children: dict[Hashable, _EntryInterface] = {}
        self._items: list[AccessibleItem] = []
        self._index: dict[Hashable, int] = {}

    # --- the entries ---------------------------------------------------------------------
    def _refresh(self) -> list[AccessibleItem]:
        widget = self.widget()
        items = _items(widget)
        if items is not self._items:
            self._items = items
            self._index = {item.key: i for i, item in enumerate(items)}
            gone = [key for key in self._children if key not in self._index]
            for key in gone:
                _dispose(self._children.pop(key))
        return self._items

    def item(self, key: Hashable) -> AccessibleItem | None:
        items = self._refresh()
        index = self._index.get(key)
        return items[index] if index is not None else None

    def focus_key(self) -> Hashable | None:
        return self.widget().accessible_focus_key()  # type: ignore[attr-defined]

    def entry(self, index: int) -> _EntryInterface | None:
        items = self._refresh()
        if not 0 <= index < len(items):
            return None
        key = items[index].key
        child = self._children.get(key)
        if child is None:
            child = _EntryInterface(self, key)
            self._children[key] = child
        return child

    def dispose_children(self) -> None:
        _dispose_all(self._children)

    # --- QAccessibleInterface ------------------------------------------------------------
    def childCount(self) -> int:
        return len(self._refresh()) + super().childCount()

    def child(self, index: int) -> QAccessibleInterface | None:
        count = len(self._refresh())
        if index < count:
            return self.entry(index)
        return super().child(index - count)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, _EntryInterface):
            self._refresh()
            return self._index.get(child.key, -1)
        index = super().indexOfChild(child)
        return index + len(self._refresh()) if index >= 0 else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        widget = self.widget()
        point = widget.mapFromGlobal(QRect(x, y, 1, 1).topLeft())
        for index, item in reversed(list(enumerate(self._refresh()))):
            if item.visible and item.rect.contains(point):
                return self.entry(index)
        return super().childAt(x, y)

    def focusChild(self) -> QAccessibleInterface | None:
        key = self.focus_key()
        self._refresh()
        if key is not None and key in self._index and self.widget().hasFocus():
            return self.entry(self._index[key])
        return super().focusChild()


#: Every interface handed to Qt, kept alive until Qt has deleted it (see the module's text).
_LIVE: list[_ViewInterface] = []
_installed = False


def _dispose(child: QAccessibleInterface) -> None:
    """Let Qt's cache delete ``child`` (registering it first if nobody asked for it yet)."""
    if shiboken6.isValid(child):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(child))


def _dispose_all(children: dict[Hashable, _EntryInterface]) -> None:
    for child in children.values():
        _dispose(child)
    children.clear()


def _role(widget: QObject) -> QAccessible.Role:
    return getattr(widget, "accessible_role", QAccessible.Role.List)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget) or not hasattr(obj, "accessible_items"):
        return None
    interface = _ViewInterface(obj, _role(obj))
    for live in _LIVE:
        if not shiboken6.isValid(live):
            _dispose_all(live._children)
    _LIVE[:] = [live for live in _LIVE if shiboken6.isValid(live)]
    _LIVE.append(interface)
    children = interface._children
    obj.destroyed.connect(lambda *_args: _dispose_all(children))
    return interface


def _release_all() -> None:
    """At exit, before Python lets go of the objects: Qt deletes the interfaces still held."""
    for interface in _LIVE:
        if shiboken6.isValid(interface):
            interface.dispose_children()
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    _LIVE.clear()


def install() -> None:
    """Install the factory once (the painted widgets call this when they are built)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        atexit.register(_release_all)
        _installed = True


def announce_focus(widget: QWidget, key: Hashable) -> None:
    """Tell screen readers that the entry ``key`` of ``widget`` now has the focus."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if not isinstance(interface, _ViewInterface):
        return
    interface.item(key)
    index = interface._index.get(key)
    child = interface.entry(index) if index is not None else None
    if child is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))
