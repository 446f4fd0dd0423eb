"""A database opened read-only: what changes data is disabled, what only shows it still works.

Tabs mark what changes data with :func:`writes`: actions, buttons and shortcuts (New, Delete,
Duplicate, Import ...), and editor panels. Every :class:`Form` counts as an editor panel too.
When the database is read-only the main window calls :func:`lock` on each tab once it is
built: marked actions, buttons and shortcuts are disabled and stay disabled (whatever a tab
does on a selection change later), the fields of editor panels become read-only (texts can be
selected and copied, not changed; choices, dates and pickers are disabled), and lists inside
a marked panel no longer tick their check boxes or take drops. Lists, searches, filters,
printing and exporting are not marked and keep working. Things a tab builds later (a context
menu, a dialog) ask ``UiContext.read_only`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from exchange_planner.ui.widgets.forms import Form

#: The dynamic property that marks an object as one that changes data.
WRITES = "changesData"

_CLICKS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)


def writes(*targets: QObject) -> None:
    """Mark actions, buttons, shortcuts or editor panels as changing data."""
    for target in targets:
        target.setProperty(WRITES, True)


def changes_data(target: QObject) -> bool:
    return bool(target.property(WRITES))


class ReadOnlyLock(QObject):
    """Keeps the data-changing parts of one tab disabled; lives as long as the tab."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self._views: set[QObject] = set()

    def apply(self) -> None:
        root = self.root
        for action in root.findChildren(QAction):
            if changes_data(action):
                self._hold_action(action)
        for shortcut in root.findChildren(QShortcut):
            if changes_data(shortcut):
                shortcut.setEnabled(False)
        for button in root.findChildren(QAbstractButton):
            if changes_data(button):
                self._hold(button)
        panels = [root, *root.findChildren(QWidget)]
        for panel in panels:
            if isinstance(panel, Form) or changes_data(panel):
                self._lock_fields(panel)

    # --- what is locked how -----------------------------------------------------------------
    def _lock_fields(self, panel: QWidget) -> None:
        for widget in [panel, *panel.findChildren(QWidget)]:
            if type(widget) is QLineEdit or isinstance(widget, (QPlainTextEdit, QTextEdit)):
                widget.setReadOnly(True)  # type: ignore[attr-defined]
                for action in widget.actions():
                    self._hold_action(action)
            elif isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
                # Dates, times and record pickers have keys and pop-ups that set a value.
                self._hold(widget)
            elif isinstance(widget, QAbstractButton) and not isinstance(
                widget, (QPushButton, QToolButton)
            ):
                self._hold(widget)  # check boxes and radio buttons
            elif isinstance(widget, QAbstractItemView):
                self._lock_view(widget)

    def _lock_view(self, view: QAbstractItemView) -> None:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        view.setDragEnabled(False)
        view.setAcceptDrops(False)
        self._views.update((view, view.viewport()))
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def _hold(self, widget: QWidget) -> None:
        widget.setEnabled(False)
        widget.installEventFilter(self)

    def _hold_action(self, action: QAction) -> None:
        action.setEnabled(False)
        action.changed.connect(lambda a=action: a.isEnabled() and a.setEnabled(False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange:
            if isinstance(watched, QWidget) and watched.isEnabled() and watched not in self._views:
                watched.setEnabled(False)
            return False
        if watched in self._views:
            # Rows can still be selected; only their check boxes no longer tick.
            view = watched if isinstance(watched, QAbstractItemView) else watched.parent()
            assert isinstance(view, QAbstractItemView)
            if kind in _CLICKS and isinstance(event, QMouseEvent):
                return _checkable(view.indexAt(event.position().toPoint()))
            if isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Space,
                Qt.Key.Key_Select,
            ):
                return _checkable(view.currentIndex())
        return False


def _checkable(index: QModelIndex) -> bool:
    return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)


def lock(root: QWidget) -> ReadOnlyLock:
    """Disable everything marked under ``root`` that changes data, for as long as it lives."""
    guard = ReadOnlyLock(root)
    guard.apply()
    return guard
