"""The History panel: who changed what in a visit or a residency, newest first.

A read-only table over the entries of ``services/change_history.py``. It re-reads when the
change feed announces a change to one of the record kinds its subject is made of (a commit
of this window or another person's); while hidden it only notes that it is out of date and
re-reads when shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.change_history import ChangeEntry
from exchange_planner.storage.audit import Changes
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.plain import plain_label, plain_tooltip
from exchange_planner.ui.widgets.translations import field_name, translated_field_label

Loader = Callable[[], Sequence[ChangeEntry]]

#: Record kinds whose names appear in a history (a renamed person or venue re-reads it).
_NAMED_KINDS = frozenset({"person", "venue", "partnership"})


def kind_text(kind: str) -> str:
    return {
        "visit": QCoreApplication.translate("ChangeHistory", "Visit"),
        "visit_member": QCoreApplication.translate("ChangeHistory", "Member"),
        "program_item": QCoreApplication.translate("ChangeHistory", "Program item"),
        "gift": QCoreApplication.translate("ChangeHistory", "Gift"),
        "guestbook_entry": QCoreApplication.translate("ChangeHistory", "Guestbook entry"),
        "exhibition": QCoreApplication.translate("ChangeHistory", "Exhibition"),
        "residency": QCoreApplication.translate("ChangeHistory", "Residency"),
        "residency_deliverable": QCoreApplication.translate("ChangeHistory", "Deliverable"),
        "checklist_item": QCoreApplication.translate("ChangeHistory", "Checklist step"),
    }.get(kind, kind.replace("_", " "))


def action_text(action: str) -> str:
    return {
        "create": QCoreApplication.translate("ChangeHistory", "created"),
        "update": QCoreApplication.translate("ChangeHistory", "changed"),
        "delete": QCoreApplication.translate("ChangeHistory", "deleted"),
    }.get(action, action)


def when_text(at: datetime) -> str:
    """The instant in the computer's local time."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ChangeHistoryModel(QAbstractTableModel):
    """Entries newest first; every cell plain text, long values in full in the tooltip."""

    COLUMNS = ("when", "who", "what", "action", "field", "old", "new")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ChangeEntry] = []

    def set_entries(self, entries: Sequence[ChangeEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.id, reverse=True)
        self.endResetModel()

    def entry(self, row: int) -> ChangeEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ChangeHistory", "When"),
            QCoreApplication.translate("ChangeHistory", "Who"),
            QCoreApplication.translate("ChangeHistory", "What"),
            QCoreApplication.translate("ChangeHistory", "Action"),
            QCoreApplication.translate("ChangeHistory", "Field"),
            QCoreApplication.translate("ChangeHistory", "From"),
            QCoreApplication.translate("ChangeHistory", "To"),
        )[section]

    def text(self, entry: ChangeEntry, column: str) -> str:
        if column == "when":
            return when_text(entry.at)
        if column == "who":
            return entry.user
        if column == "what":
            return f"{kind_text(entry.kind)}: {entry.record}"
        if column == "action":
            return action_text(entry.action)
        if column == "field":
            return translated_field_label(entry.field, field_name) or entry.field_label
        return entry.old if column == "old" else entry.new

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(self.text(entry, column))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("what", "old", "new"):
            return plain_tooltip(self.text(entry, column)) or None
        return None


class ChangeHistoryPanel(QWidget):
    """The history of one subject (set with ``show_history``), refreshed from the feed."""

    def __init__(
        self, context: UiContext, kinds: frozenset[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kinds = kinds | _NAMED_KINDS
        self._loader: Loader | None = None
        self._stale = False
        self.model = ChangeHistoryModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("change_history")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        # One line a row: many rows in view.
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Column widths from the newest rows only: a long history opens as fast as a short one.
        header.setResizeContentsPrecision(50)
        self.view.setAccessibleName(QCoreApplication.translate("ChangeHistory", "Change history"))
        self.message = plain_label("", self)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        context.events.changes.connect(self._changes)

    def show_history(self, loader: Loader | None) -> None:
        """Show the history ``loader`` reads (None: nothing); read now if shown."""
        self._loader = loader
        if loader is None:
            self._stale = False
            self.model.set_entries([])
            self.message.hide()
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        if self._loader is None:
            return
        try:
            entries = self._loader()
        except ExchangePlannerError as error:  # the subject was deleted meanwhile
            self.model.set_entries([])
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.setVisible(not entries)
        if not entries:
            self.message.setText(
                QCoreApplication.translate("ChangeHistory", "No changes recorded.")
            )
        self.model.set_entries(entries)
        if entries:
            self.view.resizeColumnsToContents()
            # Long titles and values do not push the later columns out of view (the whole
            # text is in the tooltip).
            limit = max(160, self.fontMetrics().averageCharWidth() * 36)
            for column in range(self.model.columnCount()):
                if self.view.columnWidth(column) > limit:
                    self.view.setColumnWidth(column, limit)

    def _changes(self, changes: Changes) -> None:
        if self._loader is None:
            return
        if not (changes.everything or changes.kinds() & self.kinds):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
