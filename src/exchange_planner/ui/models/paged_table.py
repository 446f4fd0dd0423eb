"""A table model that reads its rows page by page from a service as the view scrolls.

Filtering, searching and sorting are the service's (SQL) work, so opening or filtering a list
reads one page whatever the size of the database.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from exchange_planner.ui.models.record_table import IdRole
from exchange_planner.ui.plain import plain_tooltip

R = TypeVar("R")


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses declare ``COLUMNS`` ((sort key, header), headers marked with
    QT_TRANSLATE_NOOP in ``CONTEXT``) and implement ``count_rows``, ``read_page`` and
    ``display``; ``rows_read`` may look up what the loaded rows need (names, marks)."""

    PAGE: ClassVar[int] = 200
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = ()
    CONTEXT: ClassVar[str] = ""

    def __init__(self, parent: Any = None, *, sort_key: str, descending: bool = True) -> None:
        super().__init__(parent)
        self.sort_key = sort_key
        self.descending = descending
        self._rows: list[R] = []
        self._total = 0
        self.pages_read = 0  # for tests and benchmarks: how much was fetched

    # --- hooks ----------------------------------------------------------------------------
    def count_rows(self) -> int:
        raise NotImplementedError

    def read_page(self, offset: int, limit: int) -> list[R]:
        raise NotImplementedError

    def display(self, record: R, key: str) -> str:
        raise NotImplementedError

    def extra_data(self, record: R, key: str, role: int) -> Any:
        """Tooltips, icons and other roles beyond the text."""
        return None

    def reset_lookups(self) -> None:
        """Forget what ``rows_read`` collected (called on reload)."""

    def rows_read(self, records: list[R]) -> None:
        """Collect what the newly read rows need for display."""

    # --- content --------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.count_rows()
        self._rows = []
        self.reset_lookups()
        self._append(self.read_page(0, self.PAGE))
        self.pages_read = 1
        self.endResetModel()

    def _append(self, records: list[R]) -> None:
        self.rows_read(records)
        self._rows.extend(records)

    @property
    def total(self) -> int:
        return self._total

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        for row, record in enumerate(self._rows):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    def load_until(self, record_id: int) -> int:
        """Fetch pages until the record is loaded (if it matches the filters); its row or -1."""
        row = self.row_of(record_id)
        while row < 0 and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            row = next(
                (
                    i
                    for i in range(before, len(self._rows))
                    if getattr(self._rows[i], "id", None) == record_id
                ),
                -1,
            )
        return row

    # --- Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.read_page(len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._append(more)
        self.pages_read += 1
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == IdRole:
            return getattr(record, "id", None)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, key)
        value = self.extra_data(record, key, role)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return plain_tooltip(value) or None  # titles and names are user text
        return value
