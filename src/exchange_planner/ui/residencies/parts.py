"""Table models of a residency's preparation checklist and deliverables (editable in place).

Edits become undo commands through ``commit(service_name, record_id, changes)``, a callable the
editor hands in; the models only read from the services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from exchange_planner.domain.enums import ChecklistKind
from exchange_planner.services.records import ChecklistItem, ResidencyDeliverable
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.plain import plain_tooltip
from exchange_planner.ui.widgets.date_field import DateField, ui_date
from exchange_planner.ui.widgets.forms import from_qdate, to_qdate

Commit = Callable[[str, int, dict[str, Any]], bool]
OVERDUE = QColor("#fdecea")
OVERDUE_TEXT = QColor("#b71c1c")
DISPLAY, EDIT, CHECK = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.CheckStateRole,
)


class DueDateDelegate(QStyledItemDelegate):
    """Edits a "Due" cell with the typed-date field every editor uses ("20.7.2027",
    "20072027", "2027-07-20", ...); text that is no date changes nothing and says why."""

    #: The typed text is no date; the message says why (shown beside the table).
    refused = Signal(str)
    #: A date was taken: an earlier refusal no longer applies.
    accepted = Signal()

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        field = DateField(parent)
        field.setFrame(False)
        field.refused.connect(self.refused)
        return field

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, DateField)
        editor.set_value(index.data(EDIT))
        editor.selectAll()  # typing replaces the date shown

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, DateField)
        if not editor.interpret():
            return  # refused: the message is shown, the stored date stays
        self.accepted.emit()
        value = editor.value()
        if value is None or index.data(DISPLAY) == ui_date(value):
            return  # unchanged: no empty undo step
        # Stored once the cell editor is closed: the save reloads the rows, which must not
        # pull the editor away from under the view while it is still committing.
        target = QPersistentModelIndex(index)
        QTimer.singleShot(
            0, lambda: target.isValid() and model.setData(target, to_qdate(value), EDIT)
        )


def checklist_label(kind: ChecklistKind | str) -> str:
    return enum_label(ChecklistKind(kind))


def _day(value: date | None) -> str:
    return ui_date(value) if value else ""


def is_overdue(due: date | None, done: bool, today: date) -> bool:
    return due is not None and not done and due < today


class _PartsModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, commit: Commit, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self.commit = commit
        self.today = today
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None


class ChecklistModel(_PartsModel):
    """Step | Due | Done (tick) | Done on. Overdue steps are red with a warning icon."""

    SERVICE = "checklist"

    def __init__(self, commit: Commit, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(commit, today, parent)
        self.headers = (
            QCoreApplication.translate("ResidencyParts", "Step"),
            QCoreApplication.translate("ResidencyParts", "Due"),
            QCoreApplication.translate("ResidencyParts", "Done"),
            QCoreApplication.translate("ResidencyParts", "Done on"),
        )

    def item(self, row: int) -> ChecklistItem:
        return self.rows[row]

    def overdue(self, row: int) -> bool:
        item = self.rows[row]
        return is_overdue(item.due_date, item.done_on is not None, self.today())

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item: ChecklistItem = self.rows[index.row()]
        column = index.column()
        overdue = self.overdue(index.row())
        if role == DISPLAY:
            if column == 0:
                return checklist_label(item.kind)
            if column == 1:
                return _day(item.due_date)
            if column == 3:
                return _day(item.done_on)
        if role == EDIT and column == 1:
            return to_qdate(item.due_date or self.today())
        if role == CHECK and column == 2:
            return Qt.CheckState.Checked if item.done_on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if item.done_on:
                return icon("ok", "#2e7d32")
            if overdue:
                return icon("warning", "#c62828")
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return plain_tooltip(
                QCoreApplication.translate("ResidencyParts", "Overdue since %s")
                % _day(item.due_date)
            )
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT
    ) -> bool:
        if not index.isValid():
            return False
        item: ChecklistItem = self.rows[index.row()]
        if role == CHECK and index.column() == 2:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.commit(
                self.SERVICE,
                item.id,
                {"done_on": self.today() if done else None},  # type: ignore[arg-type]
            )
        if role == EDIT and index.column() == 1:
            return self.commit(self.SERVICE, item.id, {"due_date": from_qdate(value)})  # type: ignore[arg-type]
        return False


class DeliverablesModel(_PartsModel):
    """Deliverable | Due | Done (tick)."""

    SERVICE = "deliverables"

    def __init__(self, commit: Commit, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(commit, today, parent)
        self.headers = (
            QCoreApplication.translate("ResidencyParts", "Deliverable"),
            QCoreApplication.translate("ResidencyParts", "Due"),
            QCoreApplication.translate("ResidencyParts", "Done"),
        )

    def item(self, row: int) -> ResidencyDeliverable:
        return self.rows[row]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (0, 1):
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item: ResidencyDeliverable = self.rows[index.row()]
        column = index.column()
        overdue = is_overdue(item.due_date, item.done, self.today())
        if role == DISPLAY:
            if column == 0:
                return item.title
            if column == 1:
                return _day(item.due_date)
        if role == EDIT:
            if column == 0:
                return item.title
            if column == 1:
                return to_qdate(item.due_date or self.today())
        if role == CHECK and column == 2:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip(item.title) or None
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT
    ) -> bool:
        if not index.isValid():
            return False
        item: ResidencyDeliverable = self.rows[index.row()]
        if role == CHECK and index.column() == 2:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.commit(self.SERVICE, item.id, {"done": done})  # type: ignore[arg-type]
        if role == EDIT and index.column() == 0:
            return self.commit(self.SERVICE, item.id, {"title": str(value)})  # type: ignore[arg-type]
        if role == EDIT and index.column() == 1:
            return self.commit(self.SERVICE, item.id, {"due_date": from_qdate(value)})  # type: ignore[arg-type]
        return False
