"""A searchable, sortable list of records: the common frame of the list tabs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import (
    Column,
    IdRole,
    RecordRole,
    RecordTableModel,
    SortRole,
)


class RecordList(QWidget):
    """Search box above a table view; emits ``activated(id)`` on Enter or double-click."""

    activated = Signal(int)
    selection_changed = Signal()

    def __init__(self, columns: Sequence[Column[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(self._emit_activated)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def set_rows(self, rows: Sequence[Any]) -> None:
        selected = self.current_id()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if selected is not None:
            self.select_id(selected)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def current_record(self) -> Any:
        index = self.view.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _emit_activated(self, index: Any) -> None:
        record_id = index.data(IdRole)
        if record_id is not None:
            self.activated.emit(record_id)


def text_column(header: str, getter: Callable[[Any], object], **options: Any) -> Column[Any]:
    """A column showing ``str(getter(record))`` (empty for None)."""

    def text(record: Any) -> str:
        value = getter(record)
        return "" if value is None else str(value)

    return Column(header, text, **options)
