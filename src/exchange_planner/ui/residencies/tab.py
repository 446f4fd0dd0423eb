"""The Residencies tab: list and editor, studio timeline, partnership balance, history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import Direction, ResidencyStatus
from exchange_planner.domain.errors import ConflictError, ExchangePlannerError, NotFoundError
from exchange_planner.services.records import Residency
from exchange_planner.services.registry import Services
from exchange_planner.ui import wording
from exchange_planner.ui.change_feed import OncePerCommit, changed_by, remote_change
from exchange_planner.ui.conflicts import conflict_text, field_label
from exchange_planner.ui.content_language import shown, ui_language
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.models.paged_table import PagedTableModel
from exchange_planner.ui.plain import ask, plain_label
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.residencies.balance import BalanceView
from exchange_planner.ui.residencies.commands import EditResidency
from exchange_planner.ui.residencies.editor import (
    ResidencyEditor,
    default_new_values,
    status_label,
)
from exchange_planner.ui.residencies.history import HistoryView
from exchange_planner.ui.residencies.timeline import StudioTimeline, add_months, month_start
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, push
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.widgets.forms import (
    ERROR_STYLE,
    Confirm,
    error_label,
    field_caption,
    fill_combo,
    settle_edits,
)
from exchange_planner.ui.widgets.record_list import PagedList

#: Record kinds whose changes alter what this tab shows.
_WATCHED = {
    "*",
    "residency",
    "checklist_item",
    "residency_deliverable",
    "visit",
    "gift",
    "guestbook_entry",
    "exhibition",
    "partnership",
    "person",
    "venue",
}

#: (sort key in the service, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("ResidencyListModel", "Title")),
    ("artist", QT_TRANSLATE_NOOP("ResidencyListModel", "Artist")),
    ("direction", QT_TRANSLATE_NOOP("ResidencyListModel", "Direction")),
    ("status", QT_TRANSLATE_NOOP("ResidencyListModel", "Status")),
    ("start_date", QT_TRANSLATE_NOOP("ResidencyListModel", "From")),
    ("end_date", QT_TRANSLATE_NOOP("ResidencyListModel", "Until")),
    ("studio", QT_TRANSLATE_NOOP("ResidencyListModel", "Studio / host")),
)


class ResidencyListModel(PagedTableModel[Residency]):
    """The residency list read page by page as the view scrolls; filters, search and sorting
    happen in SQL, and names and studio conflicts are read for the loaded rows only."""

    COLUMNS = COLUMNS
    CONTEXT = "ResidencyListModel"

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent, sort_key="start_date", descending=True)
        self.services = services
        self.filters: dict[str, Any] = {}
        self._artists: dict[int, str] = {}
        self._studios: dict[int, str] = {}
        self._conflicted: dict[int, list[str]] = {}

    def count_rows(self) -> int:
        return self.services.residencies.count(**self.filters)

    def read_page(self, offset: int, limit: int) -> list[Residency]:
        return self.services.residencies.page(
            sort=self.sort_key,
            descending=self.descending,
            offset=offset,
            limit=limit,
            **self.filters,
        )

    def reset_lookups(self) -> None:
        self._artists, self._studios, self._conflicted = {}, {}, {}

    def rows_read(self, records: list[Residency]) -> None:
        service = self.services.residencies
        artists, studios = service.names_for(records, language=ui_language())
        self._artists.update(artists)
        self._studios.update(studios)
        self._conflicted.update(
            {
                rid: [wording.conflict_text(conflict) for conflict in found]
                for rid, found in service.conflicts_by_residency(records).items()
            }
        )

    def extra_data(self, record: Residency, key: str, role: int) -> Any:
        if key != "title":
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._conflicted.get(record.id, [])) or shown(record, "title")  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.DecorationRole and record.id in self._conflicted:
            return icon("warning", "#d32f2f")
        return None

    def display(self, r: Residency, key: str) -> str:
        if key == "title":
            return shown(r, "title") or QCoreApplication.translate("ResidenciesTab", "(untitled)")
        if key == "artist":
            if r.artist_id is None:
                return QCoreApplication.translate("ResidenciesTab", "to be named")
            return self._artists.get(r.artist_id, "")
        if key == "direction":
            return enum_label(Direction(r.direction))
        if key == "status":
            return status_label(r.status)
        if key == "start_date":
            return ui_date(r.start_date)
        if key == "end_date":
            return ui_date(r.end_date)
        return self._studios.get(r.studio_id, "") if r.studio_id else r.host_institution


class ResidenciesTab(TabPage):
    handles = ("residency",)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(context, parent)
        self.today = today
        #: Asks before a residency is deleted; replaced in tests.
        self.confirm: Confirm = ask
        self._stale: set[QWidget] = set()
        self._once = OncePerCommit()
        #: Who changed the residency shown, while someone else's change is being read.
        self._gone_by = ""
        #: The last residency sheet or balance asked for (its options dialog and preview).
        self.last_run: Any = None

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.list_page = self._build_list_page()
        self.timeline_page = self._build_timeline_page()
        self.balance = BalanceView(self.services, self)
        self.balance.navigate.connect(context.events.navigate.emit)
        self.balance.print_requested.connect(self.print_balance)
        self.history = HistoryView(self.services, self)
        self.history.navigate.connect(context.events.navigate.emit)
        self.pages.addTab(self.list_page, icon("residencies"), self.tr("Residencies"))
        self.pages.addTab(self.timeline_page, icon("calendar"), self.tr("Studio timeline"))
        self.pages.addTab(self.balance, icon("partnership"), self.tr("Partnership balance"))
        self.pages.addTab(self.history, icon("guestbook"), self.tr("Exchange history"))
        self.pages.currentChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._fill_filters()
        self.reload()
        self._init_timeline_window()
        self.reload_timeline()

    # --- list page ----------------------------------------------------------------------
    def _build_list_page(self) -> QWidget:
        page = QWidget(self)
        self.f_partnership = QComboBox(page)
        self.f_direction = QComboBox(page)
        self.f_status = QComboBox(page)
        self.f_year = QComboBox(page)
        self.f_direction.addItem(self.tr("All directions"), None)
        for d in Direction:
            self.f_direction.addItem(enum_label(d), d.value)
        self.f_status.addItem(self.tr("All statuses"), None)
        for s in ResidencyStatus:
            self.f_status.addItem(status_label(s), s.value)
        for combo in (self.f_partnership, self.f_direction, self.f_status, self.f_year):
            combo.currentIndexChanged.connect(self.reload)

        self.new_button = QPushButton(icon("new"), self.tr("Ne&w residency"), page)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_residency)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), page)
        self.delete_button.setToolTip(self.tr("Delete the selected residency (undo with Ctrl+Z)"))
        self.delete_button.clicked.connect(self.delete_residency)
        writes(self.new_button, self.delete_button)
        self.message = error_label(page)

        # Newest first (column "From", descending).
        self.list = PagedList(
            ResidencyListModel(self.services),
            page,
            placeholder=self.tr("Search title, artist, institution…"),
            sort_column=4,
            sort_order=Qt.SortOrder.DescendingOrder,
        )
        self.model = self.list.model
        self.view, self.search = self.list.view, self.list.search
        # Direction, status and dates take what they need; title, artist and studio share
        # the rest (elided), so the list never scrolls sideways.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, (key, _header) in enumerate(COLUMNS):
            stretch = key in ("title", "artist", "studio")
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.search_changed.connect(self.reload)
        self.list.current_changed.connect(self._row_changed)
        self.list.activated.connect(lambda _: self.editor.form.widgets["title"].setFocus())

        # Through the tab, so that a "today" set on the tab (tests, pictures) reaches the editor.
        self.editor = ResidencyEditor(self.context, page, today=lambda: self.today())
        self.editor.sheet_requested.connect(self.print_sheet)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        # Two filters a row: four in one row squeeze the combo boxes below their texts at
        # 1366 px (German "Alle Partnerschaften", "Alle Richtungen" ...).
        filters = QGridLayout()
        for number, (caption, widget) in enumerate(
            (
                (self.tr("Pa&rtnership:"), self.f_partnership),
                (self.tr("Direction:"), self.f_direction),
                (self.tr("Status:"), self.f_status),
                (self.tr("&Year:"), self.f_year),
            )
        ):
            label = QLabel(caption, page)
            label.setBuddy(widget)
            row, column = divmod(number, 2)
            filters.addWidget(label, row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
        filters.setColumnStretch(4, 1)
        self.list.box.insertLayout(0, filters)
        self.list.top.addWidget(self.new_button)
        self.list.top.addWidget(self.delete_button)
        self.list.box.insertWidget(2, self.message)
        splitter = QSplitter(page)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        # The list gets the larger part: its seven columns and filters need the room.
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([780, 560])
        box = QVBoxLayout(page)
        box.addWidget(splitter)
        new = QShortcut(QKeySequence.StandardKey.New, page, self.new_residency)
        QShortcut(QKeySequence("Ctrl+F"), page, self.search.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_residency)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        writes(new, delete)
        return page

    def _fill_filters(self) -> None:
        for combo, items in (
            (
                self.f_partnership,
                [(self.tr("All partnerships"), None)]
                + [(shown(p, "partner_city"), p.id) for p in self.services.partnerships.list()],
            ),
            (
                self.f_year,
                [(self.tr("All years"), None)]
                + [(str(y), y) for y in reversed(self.services.residencies.years())],
            ),
        ):
            fill_combo(combo, items)

    def filters(self) -> dict[str, Any]:
        return {
            "partnership_id": self.f_partnership.currentData(),
            "direction": self.f_direction.currentData(),
            "status": self.f_status.currentData(),
            "year": self.f_year.currentData(),
            "text": self.search.text(),
        }

    def reload(self) -> None:
        shown, gone_by = self.current_id(), self._gone_by
        self._gone_by = ""
        self.model.filters = self.filters()
        if self.list.reload(select_first=True):
            self.editor.load(self.current_id())
        elif self.current_id() is None:
            self.delete_button.setEnabled(False)
            self.editor.load(None)
        if shown is not None and gone_by and self.current_id() != shown:
            try:
                self.services.residencies.get(shown)
            except NotFoundError:  # someone else deleted the residency shown
                text = (
                    self.tr("The residency shown was deleted by %1.").replace("%1", gone_by)
                    if gone_by != "?"
                    else self.tr("The residency shown was deleted meanwhile.")
                )
                self._show_message(text)

    def current_id(self) -> int | None:
        return self.list.current_id()

    def select_id(self, record_id: int) -> bool:
        return self.list.select_id(record_id)

    def _row_changed(self, record_id: int | None) -> None:
        self.delete_button.setEnabled(record_id is not None)
        self.editor.load(record_id)
        self.context.events.current.emit("residency", record_id or 0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def new_residency(self) -> None:
        settle_edits(self.editor)
        partnership_id = self.f_partnership.currentData()
        if partnership_id is None:
            partnerships = self.services.partnerships.list()
            if not partnerships:
                self._show_message(
                    self.tr("Add a partnership first (Directory tab): a residency belongs to one.")
                )
                return
            partnership_id = partnerships[0].id
        values = default_new_values(partnership_id, self.today())
        values["title"] = self.tr("New residency")
        command = CreateRecord(
            self.tr("New residency"),
            self.services.residencies,
            "residency",
            self.context.events,
            values,
            after_create=lambda rid: self.services.residencies.ensure_checklist(rid, self.today()),
        )
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self._show_message(str(error))
            return
        self._show_message("")
        self.f_direction.setCurrentIndex(0)
        self.f_status.setCurrentIndex(0)
        self.f_year.setCurrentIndex(0)
        self.search.clear()
        self.reload()
        assert command.record_id is not None
        self.select_id(command.record_id)
        title = self.editor.form.widgets["title"]
        title.setFocus()
        title.selectAll()  # type: ignore[attr-defined]

    def delete_residency(self) -> bool:
        record_id = self.current_id()
        if record_id is None:
            return False
        record = self.services.residencies.get(record_id)
        if not self.confirm(
            self,
            self.tr("Delete residency"),
            self.tr(
                "Delete “%s” with its checklist and deliverables?\nYou can undo this with Ctrl+Z."
            )
            % (record.title or self.tr("Residency #%d") % record_id),
        ):
            return False
        try:
            push(
                self.context.undo_stack,
                _DeleteResidency(
                    self.tr("Delete residency"),
                    self.services.residencies,
                    "residency",
                    self.context.events,
                    record_id,
                ),
            )
        except ExchangePlannerError as error:
            self._show_message(str(error))
            return False
        self._show_message("")
        self.context.events.status.emit(self.tr("Residency deleted; Ctrl+Z brings it back"))
        return True

    # --- timeline page ------------------------------------------------------------------
    def _build_timeline_page(self) -> QWidget:
        page = QWidget(self)
        self.timeline = StudioTimeline(page)
        self.timeline.today = self.today()
        self.timeline.moved.connect(self.move_residency)
        self.timeline.opened.connect(self.open_in_editor)
        self.timeline.selected.connect(
            lambda rid: rid and self.context.events.current.emit("residency", rid)
        )
        self.span = QComboBox(page)
        for months in (12, 24, 36, 60):
            self.span.addItem(self.tr("%d months") % months, months)
        self.span.setCurrentIndex(1)
        self.span.currentIndexChanged.connect(self._span_changed)
        previous = QPushButton(icon("previous"), "", page)
        previous.setToolTip(self.tr("Earlier (six months)"))
        previous.clicked.connect(lambda: self.shift_window(-6))
        following = QPushButton(icon("next"), "", page)
        following.setToolTip(self.tr("Later (six months)"))
        following.clicked.connect(lambda: self.shift_window(6))
        today = QPushButton(icon("today"), self.tr("Today"), page)
        today.clicked.connect(self._window_today)
        self.window_label = QLabel(page)
        self.timeline_message = plain_label(parent=page)
        self.timeline_message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addWidget(today)
        bar.addWidget(self.span)
        bar.addWidget(self.window_label)
        bar.addStretch(1)
        hint = QLabel(
            self.tr(
                "Drag a bar (or Shift+←/→, Ctrl+Shift+←/→ for a week) to move a residency; "
                "double-click or Enter opens it."
            ),
            page,
        )
        hint.setEnabled(False)
        box = QVBoxLayout(page)
        box.addLayout(bar)
        box.addWidget(self.timeline, 1)
        box.addWidget(self.timeline_message)
        box.addWidget(hint)
        return page

    def _init_timeline_window(self) -> None:
        span = self.services.residencies.date_span()
        months = self.span.currentData()
        if span is None:
            first = add_months(month_start(self.today()), -6)
        else:
            # Show the latest residencies: the window ends with the last one.
            first = add_months(month_start(span[1]), 1 - months)
            first = max(first, month_start(span[0]))
        self.timeline.set_window(first, months)

    def _span_changed(self) -> None:
        self.timeline.set_window(self.timeline.first, self.span.currentData())
        self.reload_timeline()

    def shift_window(self, months: int) -> None:
        self.timeline.set_window(add_months(self.timeline.first, months), self.timeline.months)
        self.reload_timeline()

    def _window_today(self) -> None:
        self.timeline.set_window(add_months(month_start(self.today()), -6), self.timeline.months)
        self.reload_timeline()

    def reload_timeline(self) -> None:
        self.timeline.today = self.today()
        first, last = self.timeline.first, self.timeline.last
        service = self.services.residencies
        records = service.query(start=first, end=last)
        rows = service.studio_rows(records, language=ui_language())
        artists, _ = service.names_for(records)
        labels = {
            r.id: (artists.get(r.artist_id) if r.artist_id else "")
            or shown(r, "title")
            or f"#{r.id}"
            for r in records
        }
        conflicts: dict[int, list[str]] = {}
        for conflict in service.studio_conflicts(start=first, end=last):
            for rid in conflict.residency_ids:
                conflicts.setdefault(rid, []).append(wording.conflict_text(conflict))
        self.timeline.set_data(rows, records, labels, conflicts)  # type: ignore[arg-type]
        self.window_label.setText(f"{first:%m/%Y} – {last:%m/%Y}")
        count = len({rid for rid in conflicts})
        if count:
            self.timeline_message.setStyleSheet(ERROR_STYLE)
            self.timeline_message.setText(
                self.tr("%d residencies share a studio on the same days (hatched red).") % count
            )
        else:
            self.timeline_message.setStyleSheet("")
            self.timeline_message.setText("")

    def move_residency(self, residency_id: int, days: int) -> bool:
        """Shift a residency's dates by ``days`` as one undoable edit."""
        record = self.services.residencies.get(residency_id)
        try:
            changes = {
                "start_date": record.start_date + timedelta(days=days),
                "end_date": record.end_date + timedelta(days=days),
            }
        except OverflowError:
            self.timeline_message.setStyleSheet(ERROR_STYLE)
            self.timeline_message.setText(self.tr("The dates cannot move that far."))
            return False
        try:
            dues = self.services.residencies.checklist_following(
                residency_id, changes["start_date"], changes["end_date"], self.today()
            )
            push(
                self.context.undo_stack,
                EditResidency(
                    self.tr("Move residency"),
                    self.services,
                    self.context.events,
                    residency_id,
                    changes,
                    checklist=dues,
                    shown=record,
                ),
            )
        except ConflictError as error:  # someone else changed the residency meanwhile
            form = self.editor.form
            label = (
                field_caption(form, error.field)
                if error.field in form.widgets
                else field_label(error.field)
            )
            self.timeline_message.setStyleSheet(ERROR_STYLE)
            self.timeline_message.setText(conflict_text(error, label))
            self.reload_timeline()
            return False
        except ExchangePlannerError as error:
            self.timeline_message.setStyleSheet(ERROR_STYLE)
            self.timeline_message.setText(str(error))
            return False
        self.context.events.status.emit(
            self.tr("Moved to %s – %s (Ctrl+Z undoes)")
            % (ui_date(changes["start_date"]), ui_date(changes["end_date"]))
        )
        return True

    def open_in_editor(self, residency_id: int) -> None:
        self.show_record("residency", residency_id)
        self.editor.form.widgets["title"].setFocus()

    # --- printing -------------------------------------------------------------------------
    def print_sheet(self, residency_id: int) -> Any:
        from exchange_planner.ui.residencies.printing import print_residency_sheet

        return print_residency_sheet(self, residency_id)

    def print_balance(self, partnership_id: int) -> Any:
        from exchange_planner.ui.residencies.printing import print_balance

        return print_balance(self, partnership_id)

    # --- TabPage ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Residencies")

    def icon(self) -> QIcon:
        return icon("residencies")

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind == "residency" and record_id == self.current_id() and remote_change():
            self._gone_by = changed_by() or "?"  # if it was deleted: by whom
        if kind not in _WATCHED or not self._once.first():
            return  # not shown here, or read already for this commit
        # Refresh what is on screen now; the other pages (and a hidden tab) when shown.
        self._stale = {self.list_page, self.timeline_page, self.balance, self.history}
        if self.isVisible():
            self._refresh(self.pages.currentWidget())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh(self.pages.currentWidget())

    def _page_shown(self, _index: int) -> None:
        self._refresh(self.pages.currentWidget())

    def _refresh(self, page: QWidget) -> None:
        if page not in self._stale:
            return
        self._stale.discard(page)
        if page is self.list_page:
            self._fill_filters()
            self.reload()
        elif page is self.timeline_page:
            self.reload_timeline()
        elif page is self.balance:
            self.balance.reload_partnerships()
        elif page is self.history:
            self.history.reload_partnerships()

    def refresh_all(self) -> None:
        """Bring every page up to date (used before taking pictures and in tests)."""
        for page in (self.list_page, self.timeline_page, self.balance, self.history):
            self._stale.add(page)
            self._refresh(page)

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "residency":
            return False
        self.pages.setCurrentWidget(self.list_page)
        self._refresh(self.list_page)
        if self.select_id(record_id):
            return True
        # Hidden by a filter: clear the filters and try again.
        for combo in (self.f_partnership, self.f_direction, self.f_status, self.f_year):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()
        return self.select_id(record_id)


class _DeleteResidency(DeleteRecord):
    """Deleting one side of a pair also changes the other side (its link is cleared); the
    change feed announces both."""
