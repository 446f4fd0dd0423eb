"""A searchable, sortable list of records: the common frame of the list tabs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
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
    """Search box above a table view; emits ``activated(id)`` on Enter or double-click.

    By default the search box filters the rows already loaded. With ``local_search=False``
    the owner runs the search itself (in the service, together with its filters):
    ``search_changed`` fires shortly after typing stops, and the owner calls ``set_rows``.
    ``top`` is the row holding the search box (room for filters and buttons beside it) and
    ``box`` the whole column (room for rows above the search or between it and the table).
    """

    activated = Signal(int)
    selection_changed = Signal()
    #: The current row's record id, or None when no row is current.
    current_changed = Signal(object)
    search_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        parent: QWidget | None = None,
        *,
        local_search: bool = True,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder or self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        if local_search:
            self.search.textChanged.connect(self.proxy.setFilterFixedString)
        else:
            self._search_timer = QTimer(self)
            self._search_timer.setSingleShot(True)
            self._search_timer.setInterval(200)
            self._search_timer.timeout.connect(self.search_changed)
            self.search.textChanged.connect(lambda _: self._search_timer.start())

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
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(
                current.data(IdRole) if current.isValid() else None
            )
        )

        self.top = QHBoxLayout()
        self.top.addWidget(self.search, 1)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(self.top)
        self.box.addWidget(self.view)

    def set_rows(self, rows: Sequence[Any], *, select_first: bool = False) -> bool:
        """Show ``rows``, keeping the selected record; True when it is shown again.
        Otherwise ``select_first`` makes the first row current."""
        selected = self.current_id()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if selected is not None and self.select_id(selected):
            return True
        if select_first and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        return False

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
