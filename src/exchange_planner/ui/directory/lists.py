"""The lists of the People & Venues tab: read page by page from the directory services.

Searching and sorting are the service's SQL; a list reads one page when it opens or is
searched, one more page each time it is scrolled to its end, and going to a record reads the
rows up to it in one step (its place in the list is counted in SQL).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from exchange_planner.services.directory import DirectoryPages
from exchange_planner.ui.amounts import ui_number
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.models.paged_table import PagedTableModel
from exchange_planner.ui.names import person_name
from exchange_planner.ui.widgets.record_list import PagedList

#: How many rows the columns are fitted to when a list first shows.
FITTED_ROWS = 50


class DirectoryModel(PagedTableModel[Any]):
    """One directory table as a paged list; ``text`` is the search.

    The rows read are a stretch of the whole list starting at ``start`` (0 unless the
    user went to a record far down): scrolling past its end reads the next page, scrolling
    to its top reads the page before (``fetch_before``).
    """

    CONTEXT = "DirectoryTab"
    #: Going to a record at most this many rows past the rows read reads the rows up to it;
    #: farther, the list is read afresh around the record.
    REACH: ClassVar[int] = 1_000

    def __init__(
        self, service: DirectoryPages[Any], parent: Any = None, *, read_now: bool = True
    ) -> None:
        super().__init__(parent, sort_key=self.COLUMNS[0][0], descending=False)
        self.service = service
        self.text = ""
        self.start = 0
        #: False until the first read: a list not on screen reads when it is first shown.
        self.read = read_now

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.read:
            super().sort(column, order)
            return
        self.sort_key = self.COLUMNS[column][0]  # read in this order when first shown
        self.descending = order == Qt.SortOrder.DescendingOrder

    # --- PagedTableModel hooks ------------------------------------------------------------
    def count_rows(self) -> int:
        return self.service.count(text=self.text)

    def read_page(self, offset: int, limit: int) -> list[Any]:
        # Further pages continue after the last row read: no OFFSET to skip through.
        after = self._rows[-1] if offset and offset == len(self._rows) else None
        return self._page(
            offset=0 if after is not None else self.start + offset, limit=limit, after=after
        )

    def _page(self, **where: Any) -> list[Any]:
        return self.service.page(
            text=self.text, sort=self.sort_key, descending=self.descending, **where
        )

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.start + len(self._rows) < self._total

    # --- content --------------------------------------------------------------------------
    def reload(self, *, keep_loaded: bool = False) -> None:
        """Read the list again from its start; ``keep_loaded`` reads the rows that were
        loaded again instead (a refresh leaves what the user scrolled to in place)."""
        self.read = True
        wanted = max(self.PAGE, len(self._rows)) if keep_loaded else self.PAGE
        if not keep_loaded:
            self.start = 0
        self.beginResetModel()
        self._total = self.count_rows()
        self.start = min(self.start, max(0, self._total - wanted))
        self._rows = []
        self.reset_lookups()
        self._append(self.read_page(0, wanted))
        self.pages_read = 1
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The rows loaded so far."""
        return list(self._rows)

    def can_fetch_before(self) -> bool:
        return self.start > 0 and bool(self._rows)

    def fetch_before(self) -> int:
        """Read the page before the first row read; how many rows came."""
        if not self.can_fetch_before():
            return 0
        earlier = self._page(before=self._rows[0], limit=self.PAGE)
        if not earlier:
            self.start = 0
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(earlier) - 1)
        self.rows_read(earlier)
        self._rows[:0] = earlier
        self.start = max(0, self.start - len(earlier))
        self.pages_read += 1
        self.endInsertRows()
        return len(earlier)

    def load_until(self, record_id: int) -> int:
        """Make the record one of the rows read, its row; -1 when it does not match the
        search or does not exist. Near the rows read, the rows up to it are read in one
        step; far from them, the list is read afresh around it."""
        if not self.read:
            self.reload()
        row = self.row_of(record_id)
        if row >= 0:
            return row
        place = self.service.position(
            record_id, text=self.text, sort=self.sort_key, descending=self.descending
        )
        if place is None:
            return -1
        end = self.start + len(self._rows)
        if end <= place < end + self.REACH:
            more = self.read_page(len(self._rows), place - end + self.PAGE)
            if more:
                self.beginInsertRows(
                    QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1
                )
                self._append(more)
                self.pages_read += 1
                self.endInsertRows()
                self._total = max(self._total, self.start + len(self._rows))
        elif not self.start <= place < end:
            self._read_around(record_id, place)
        row = self.row_of(record_id)
        if row < 0:  # added since the list was read: read it again
            self.reload(keep_loaded=True)
            row = self.row_of(record_id)
        return row

    def _read_around(self, record_id: int, place: int) -> None:
        """Read half a page before the record and the rest of a page from it on."""
        record = self.service.get(record_id)
        half = self.PAGE // 2
        self.beginResetModel()
        self._total = self.count_rows()
        earlier = self._page(before=record, limit=half)
        self._rows = []
        self.reset_lookups()
        self._append([*earlier, record, *self._page(after=record, limit=self.PAGE - half)])
        self.start = place - len(earlier)
        self.pages_read += 1
        self.endResetModel()


class PartnershipListModel(DirectoryModel):
    COLUMNS = (
        ("partner_city", QT_TRANSLATE_NOOP("DirectoryTab", "Partner city")),
        ("city_native", QT_TRANSLATE_NOOP("DirectoryTab", "Own script")),
        ("country", QT_TRANSLATE_NOOP("DirectoryTab", "Country")),
        ("since_year", QT_TRANSLATE_NOOP("DirectoryTab", "Since")),
        ("timezone", QT_TRANSLATE_NOOP("DirectoryTab", "Time zone")),
    )

    def display(self, record: Any, key: str) -> str:
        if key == "partner_city":
            return shown(record, "partner_city")
        if key == "since_year":
            return "" if record.since_year is None else str(record.since_year)
        return str(getattr(record, key) or "")


class PersonListModel(DirectoryModel):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("DirectoryTab", "Name")),
        ("title", QT_TRANSLATE_NOOP("DirectoryTab", "Title")),
        ("organisation", QT_TRANSLATE_NOOP("DirectoryTab", "Organisation")),
        ("country", QT_TRANSLATE_NOOP("DirectoryTab", "Country")),
    )

    def display(self, record: Any, key: str) -> str:
        if key == "name":
            return person_name(record)
        if key in ("title", "organisation"):
            return shown(record, key)
        return str(record.country or "")


class VenueListModel(DirectoryModel):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("DirectoryTab", "Name")),
        ("room", QT_TRANSLATE_NOOP("DirectoryTab", "Room")),
        ("city", QT_TRANSLATE_NOOP("DirectoryTab", "City")),
        ("timezone", QT_TRANSLATE_NOOP("DirectoryTab", "Time zone")),
        ("capacity", QT_TRANSLATE_NOOP("DirectoryTab", "Capacity")),
    )

    def display(self, record: Any, key: str) -> str:
        if key in ("name", "room"):
            return shown(record, key)
        if key == "capacity":
            return "" if record.capacity is None else ui_number(record.capacity)
        return str(getattr(record, key) or "")


class DirectoryList(PagedList):
    """The search field above a paged directory list. The search runs shortly after typing
    stops (or on Enter); a record stays selected through searching and sorting while it is
    among the rows read, and a refresh keeps the selection and the scroll position."""

    model: DirectoryModel

    def __init__(
        self, model: DirectoryModel, parent: QWidget | None = None, *, placeholder: str = ""
    ) -> None:
        super().__init__(model, parent, placeholder=placeholder)
        self.search.setObjectName("directory_search")
        self.search_changed.connect(self.apply_search)
        self.search.returnPressed.connect(self.apply_search)
        self._reloading = False
        self._was: int | None = None
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        # Columns fit the first rows (two screens), not all 200 of a page: measuring every
        # cell of a page would cost more than reading it.
        self.view.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
        self._size_columns()  # the first page was read when sorting was enabled

    def _size_columns(self) -> None:
        """Fit the columns to the first rows read, once: they then keep the user's widths."""
        if not self._sized and self.model.rowCount():
            self.view.resizeColumnsToContents()
            self._sized = True

    # --- reading --------------------------------------------------------------------------
    def apply_search(self) -> None:
        """Show the records matching the search field (read from the first page)."""
        self._search_timer.stop()
        text = self.search.text().strip()
        if text == self.model.text:
            return
        self.model.text = text
        self.model.reload()

    def clear_search(self) -> None:
        """Empty the search field and show every record."""
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self.model.text:
            self.model.text = ""
            self.model.reload()

    def reload(self, *, select_first: bool = False) -> bool:
        """Read the rows loaded so far again, keeping the selected record (True when it is
        shown again) and the scroll position; ``select_first`` otherwise makes the first
        row current."""
        selected = self.current_id()
        bar = self.view.verticalScrollBar()
        scrolled = bar.value()
        self._reloading = True
        try:
            self.model.reload(keep_loaded=True)
        finally:
            self._reloading = False
        self._size_columns()
        if selected is not None and self.select_id(selected, clear_search=False):
            bar.setValue(scrolled)
            return True
        bar.setValue(scrolled)
        if select_first and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        return False

    def _scrolled(self, value: int) -> None:
        """Scrolled to the top of rows read from further down: read the page before, the
        rows on screen staying where they are."""
        if value != self.view.verticalScrollBar().minimum() or not self.model.can_fetch_before():
            return
        came = self.model.fetch_before()
        if came:
            self.view.scrollTo(
                self.model.index(came, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _before_reset(self) -> None:
        self._was = self.current_id()

    def _after_reset(self) -> None:
        """After a search or a sort: keep the record selected if it was read again."""
        self._size_columns()
        was, self._was = self._was, None
        if self._reloading or was is None:
            return
        row = self.model.row_of(was)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.selection_changed.emit()  # nothing selected any more: the form says so

    # --- selection ------------------------------------------------------------------------
    def current_record(self) -> Any:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_id(self, record_id: int, *, clear_search: bool = True) -> bool:
        """Make the record current (its rows read first); a search that hides it is
        cleared unless ``clear_search`` is False."""
        row = self.model.load_until(record_id)
        if row < 0 and clear_search and self.model.text:
            self.clear_search()
            row = self.model.load_until(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True
