"""The visit list: filters by partnership, status and year, a search box, a lazy table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import VisitStatus
from exchange_planner.services.registry import Services
from exchange_planner.services.visits import VisitFilter
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.delegations.visit_model import (
    DIRECTION_COLUMN,
    VisitListModel,
    status_text,
)
from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import IdRole


class VisitList(QWidget):
    """Emits ``current_changed(id)`` (0 for none) and ``activated(id)`` on Enter/double-click."""

    current_changed = Signal(int)
    activated = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = VisitListModel(services.visits, self)

        self.partnership = QComboBox(self)
        self.partnership.setObjectName("filter_partnership")
        self.partnership.setToolTip(self.tr("Show the visits of one partnership"))
        self.status = QComboBox(self)
        self.status.setObjectName("filter_status")
        self.status.addItem(self.tr("All statuses"), None)
        for status in VisitStatus:
            self.status.addItem(status_text(status), status.value)
        self.year = QComboBox(self)
        self.year.setObjectName("filter_year")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search title, partner city, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for box in (self.partnership, self.status, self.year):
            box.activated.connect(lambda _i: self.apply_filter())

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.view = QTableView(self)
        self.view.setObjectName("visit_table")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        # The title takes the room the other columns leave, so that partnership, dates and
        # status are seen without scrolling sideways (1366 px wide screens included); the
        # direction is told by an arrow before the title instead of a column of its own.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnHidden(DIRECTION_COLUMN, True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_reset)

        filters = QHBoxLayout()
        filters.addWidget(self.partnership, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.year, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.setTabOrder(self.partnership, self.status)
        self.setTabOrder(self.status, self.year)
        self.setTabOrder(self.year, self.search)
        self.setTabOrder(self.search, self.view)

        self._last_id = 0
        self._reloading = False
        self.refresh_filters()
        self.model.reload()

    # --- filters --------------------------------------------------------------------------
    def refresh_filters(self) -> None:
        """Fill the partnership and year choices (kept as selected where possible)."""
        chosen = self.partnership.currentData()
        self.partnership.clear()
        self.partnership.addItem(self.tr("All partnerships"), None)
        names: dict[int, str] = {}
        for partnership in self.services.partnerships.list():
            label = names[partnership.id] = shown(partnership, "partner_city")
            if partnership.city_native and partnership.city_native != label:
                label += f" ({partnership.city_native})"
            self.partnership.addItem(icon("partnership"), label, partnership.id)
        self.model.partner_names = names
        self.partnership.setCurrentIndex(max(0, self.partnership.findData(chosen)))
        year = self.year.currentData()
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for value in self.services.visits.years():
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(0, self.year.findData(year)))

    def current_filter(self) -> VisitFilter:
        status = self.status.currentData()
        return VisitFilter(
            partnership_id=self.partnership.currentData(),
            status=VisitStatus(status) if status else None,
            year=self.year.currentData(),
            text=self.search.text(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for box in (self.partnership, self.status, self.year):
            box.setCurrentIndex(0)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    # --- selection ------------------------------------------------------------------------
    def current_id(self) -> int:
        index = self.view.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else 0

    def select_id(self, visit_id: int) -> bool:
        row = self.model.load_until(visit_id)
        if row < 0:
            self.clear_filters()
            row = self.model.load_until(visit_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def reload(self, keep: int | None = None) -> None:
        """Read the list again, keeping the selected visit and the scroll position; listeners
        hear of a change of the current visit only (not of the reset in between)."""
        keep = self.current_id() if keep is None else keep
        bar = self.view.verticalScrollBar()
        scrolled = bar.value()
        self._reloading = True
        try:
            self.refresh_filters()
            self.model.reload()
            if keep and self.model.load_until(keep) >= 0:
                self.select_id(keep)
        finally:
            self._reloading = False
        bar.setValue(scrolled)
        self._on_current()

    def _after_reset(self) -> None:
        # A reset drops the selection: tell listeners only if the visit really changed.
        if self.current_id() != self._last_id:
            self._on_current()

    def _on_current(self, *_args: object) -> None:
        if self._reloading:
            return
        visit_id = self.current_id()
        if visit_id != self._last_id:
            self._last_id = visit_id
            self.current_changed.emit(visit_id)

    def _on_activated(self, index: object) -> None:
        visit_id = self.current_id()
        if visit_id:
            self.activated.emit(visit_id)
