"""The visit list as a lazy table model: pages are read from the service as the view scrolls.

Filtering, searching and sorting happen in SQL, so opening or filtering the list reads one
page whatever the number of visits in the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from exchange_planner.domain.enums import Direction, VisitStatus
from exchange_planner.services.visits import VisitFilter, VisitRow, VisitService
from exchange_planner.ui.labels import enum_label

IdRole = Qt.ItemDataRole.UserRole + 2

#: (sort key in the service, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("VisitListModel", "Title")),
    ("partnership", QT_TRANSLATE_NOOP("VisitListModel", "Partnership")),
    ("start_date", QT_TRANSLATE_NOOP("VisitListModel", "From")),
    ("end_date", QT_TRANSLATE_NOOP("VisitListModel", "To")),
    ("direction", QT_TRANSLATE_NOOP("VisitListModel", "Direction")),
    ("status", QT_TRANSLATE_NOOP("VisitListModel", "Status")),
)


def direction_text(direction: Direction) -> str:
    return enum_label(Direction(direction))


def status_text(status: VisitStatus) -> str:
    return enum_label(VisitStatus(status))


class VisitListModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, service: VisitService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.filter = VisitFilter()
        self.sort_key = "start_date"
        self.descending = True
        self._rows: list[VisitRow] = []
        self._total = 0
        self.pages_read = 0  # for tests and the benchmark: how much was fetched

    # --- content --------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.service.count_rows(self.filter)
        self._rows = self.service.rows(
            self.filter, sort=self.sort_key, descending=self.descending, limit=self.PAGE
        )
        self.pages_read = 1
        self.endResetModel()

    def set_filter(self, flt: VisitFilter) -> None:
        self.filter = flt
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    def visit_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, visit_id: int) -> int:
        for row, record in enumerate(self._rows):
            if record.id == visit_id:
                return row
        return -1

    def load_until(self, visit_id: int) -> int:
        """Fetch pages until the visit is loaded (it must match the filter); its row or -1."""
        row = self.row_of(visit_id)
        while row < 0 and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            row = next(
                (i for i in range(before, len(self._rows)) if self._rows[i].id == visit_id), -1
            )
        return row

    # --- Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.service.rows(
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            offset=len(self._rows),
            limit=self.PAGE,
        )
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.pages_read += 1
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VisitListModel", COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "title":
                return record.title
            if key == "partnership":
                return record.partnership
            if key == "start_date":
                return f"{record.start_date:%d.%m.%Y}"
            if key == "end_date":
                return f"{record.end_date:%d.%m.%Y}"
            if key == "direction":
                return direction_text(record.direction)
            return status_text(record.status)
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return record.title
        if role == IdRole:
            return record.id
        return None
