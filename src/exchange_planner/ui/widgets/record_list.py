"""Searchable, sortable lists of records: the common frame of the list tabs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.paged_table import PagedTableModel
from exchange_planner.ui.models.record_table import (
    Column,
    IdRole,
    RecordRole,
    RecordTableModel,
    SortRole,
)


class ListFrame(QWidget):
    """Search box above a table view; emits ``activated(id)`` on Enter or double-click.

    With ``server_search`` the owner runs the search itself (in the service, with its
    filters): ``search_changed`` fires shortly after typing stops. ``top`` is the row holding
    the search box (room for filters and buttons beside it) and ``box`` the whole column.
    """

    activated = Signal(int)
    selection_changed = Signal()
    #: The current row's record id, or None when no row is current.
    current_changed = Signal(object)
    search_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        placeholder: str,
        server_search: bool,
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder or self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        if server_search:
            self._search_timer = QTimer(self)
            self._search_timer.setSingleShot(True)
            self._search_timer.setInterval(200)
            self._search_timer.timeout.connect(self.search_changed)
            self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.view = QTableView(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(self._emit_activated)

        self.top = QHBoxLayout()
        self.top.addWidget(self.search, 1)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(self.top)
        self.box.addWidget(self.view)

    def _show_model(self, model: QAbstractItemModel) -> None:
        """Put ``model`` into the view; call once, before sorting is enabled."""
        self.view.setModel(model)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.selection_changed.emit())
        selection.currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(
                current.data(IdRole) if current.isValid() else None
            )
        )

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _emit_activated(self, index: Any) -> None:
        record_id = index.data(IdRole)
        if record_id is not None:
            self.activated.emit(record_id)


class RecordList(ListFrame):
    """A list of records handed over whole (``set_rows``); sorting and, by default, the
    search box work on the rows already loaded. With ``local_search=False`` the owner
    searches (see ``ListFrame``) and calls ``set_rows`` with the result."""

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        parent: QWidget | None = None,
        *,
        local_search: bool = True,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent, placeholder=placeholder, server_search=not local_search)
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        if local_search:
            self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self._show_model(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[Any], *, select_first: bool = False) -> bool:
        """Show ``rows``, keeping the selected record; True when it is shown again.
        Otherwise ``select_first`` makes the first row current."""
        selected = self.current_id()
        bar = self.view.verticalScrollBar()
        scrolled = bar.value()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if selected is not None and self.select_id(selected):
            bar.setValue(scrolled)  # a refresh leaves the list where the user scrolled it
            return True
        if select_first and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        return False

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


class PagedList(ListFrame):
    """A list over a ``PagedTableModel``: rows are read as the view scrolls, and searching,
    filtering and sorting are the service's work (the owner sets the model's filters)."""

    def __init__(
        self,
        model: PagedTableModel[Any],
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        super().__init__(parent, placeholder=placeholder, server_search=True)
        self.model = model
        model.setParent(self)
        self._show_model(model)
        # The indicator is set before sorting is enabled, which then sorts (reads) once.
        self.view.horizontalHeader().setSortIndicator(sort_column, sort_order)
        self.view.setSortingEnabled(True)
        self._sized = False

    def reload(self, *, select_first: bool = False) -> bool:
        """Read the first page again, keeping the selected record; True when it is shown
        again, otherwise ``select_first`` makes the first row current."""
        selected = self.current_id()
        bar = self.view.verticalScrollBar()
        scrolled = bar.value()
        self.model.reload()
        if not self._sized and self.model.rowCount():
            self.view.resizeColumnsToContents()  # once: the columns then keep the user's widths
            self._sized = True
        if selected is not None and self.select_id(selected):
            bar.setValue(scrolled)  # a refresh leaves the list where the user scrolled it
            return True
        if select_first and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        return False

    def select_id(self, record_id: int) -> bool:
        row = self.model.load_until(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True


def text_column(header: str, getter: Callable[[Any], object], **options: Any) -> Column[Any]:
    """A column showing ``str(getter(record))`` (empty for None)."""

    def text(record: Any) -> str:
        value = getter(record)
        return "" if value is None else str(value)

    return Column(header, text, **options)


@contextmanager
def kept_scroll(view: QAbstractScrollArea) -> Iterator[None]:
    """Read a list again without moving it: the scroll position is put back afterwards."""
    bars = (view.verticalScrollBar(), view.horizontalScrollBar())
    values = [bar.value() for bar in bars]
    try:
        yield
    finally:
        for bar, value in zip(bars, values, strict=True):
            bar.setValue(value)
