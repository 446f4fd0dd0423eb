"""The Exhibitions tab: a filtered list and an editor with links to residencies, visits and
artists. Every edit is one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.domain.names import full_name
from exchange_planner.storage.tables import Exhibition
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import Column, RecordTableModel
from exchange_planner.ui.residencies.commands import SetLinks
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, push
from exchange_planner.ui.widgets.forms import (
    ERROR_STYLE,
    Form,
    error_label,
    fill_combo,
    push_form,
)
from exchange_planner.ui.widgets.pickers import add_picker, person_picker, venue_picker
from exchange_planner.ui.widgets.record_list import RecordList

_WATCHED = {"exhibition", "residency", "visit", "partnership", "person", "venue"}


def _checked_ids(widget: QListWidget) -> list[int]:
    return sorted(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class ExhibitionEditor(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.exhibition_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self._links: dict[str, list[int]] = {}

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        f = self.form = Form(self, general_error=True)
        f.text("title", self.tr("&Title"), cap=301)
        self.venue = add_picker(
            f,
            "venue_id",
            self.tr("&Venue"),
            venue_picker(self.services, optional=True, none_text=self.tr("— none —")),
        )
        f.date("start_date", self.tr("&From"), wide_range=True)
        f.date("end_date", self.tr("&Until"), wide_range=True)
        self.curator = add_picker(
            f,
            "curator_id",
            self.tr("&Curator"),
            person_picker(self.services, optional=True, none_text=self.tr("— none —")),
        )
        self.partnership = f.combo("partnership_id", self.tr("&Partnership"), min_contents=20)
        f.multiline("description", self.tr("&Description"), max_height=90)
        self.partnership.currentIndexChanged.connect(self._fill_link_choices)

        self.residencies = QListWidget(self)
        self.visits = QListWidget(self)
        self.artists = QListWidget(self)
        for widget in (self.residencies, self.visits, self.artists):
            widget.setMinimumHeight(70)
            widget.setMaximumHeight(130)
        # Linked artists already on the list are not offered again.
        self.artist_search = person_picker(
            self.services, self, exclude=lambda: set(self.artist_ids())
        )
        self.artist_search.setPlaceholderText(self.tr("Type a name to find an artist…"))
        self.artist_search.refused.connect(lambda _text: self._refuse_artist())
        self.artist_search.returnPressed.connect(self.add_artist)
        add_artist = QPushButton(icon("new"), self.tr("Add a&rtist"), self)
        add_artist.clicked.connect(self.add_artist)
        remove_artist = QPushButton(icon("delete"), self.tr("Remove"), self)
        remove_artist.clicked.connect(self.remove_artist)
        self.links_error = error_label(self)

        links = QGroupBox(self.tr("Linked records"), self)
        box = QVBoxLayout(links)
        for caption, widget in (
            (self.tr("Residencies (tick to link):"), self.residencies),
            (self.tr("Delegation visits (tick to link):"), self.visits),
            (self.tr("Artists:"), self.artists),
        ):
            label = QLabel(caption, links)
            label.setBuddy(widget)
            box.addWidget(label)
            box.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.artist_search, 1)
        row.addWidget(add_artist)
        row.addWidget(remove_artist)
        box.addLayout(row)
        box.addWidget(self.links_error)

        apply = QPushButton(icon("save"), self.tr("&Apply changes"), self)
        apply.setToolTip(self.tr("Save (Ctrl+S); undo with Ctrl+Z"))
        apply.clicked.connect(self.apply)
        revert = QPushButton(icon("undo"), self.tr("&Revert"), self)
        revert.clicked.connect(self.revert)
        QShortcut(QKeySequence.StandardKey.Save, self, self.apply)
        buttons = QHBoxLayout()
        buttons.addWidget(apply)
        buttons.addWidget(revert)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(links)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setEnabled(False)

    # --- loading ------------------------------------------------------------------------
    def load(self, exhibition_id: int | None) -> None:
        self.exhibition_id = exhibition_id
        self.setEnabled(exhibition_id is not None)
        if exhibition_id is None:
            self.heading.setText(self.tr("No exhibition selected"))
            self._loaded = {}
            return
        record = self.services.exhibitions.get(exhibition_id)
        links = self.services.exhibitions.links(exhibition_id)
        dump = record.model_dump()
        if dump == self._loaded and links == self._links:
            return
        s = self.services
        fill_combo(
            self.partnership,
            [(self.tr("— none —"), None)] + [(p.partner_city, p.id) for p in s.partnerships.list()],
        )
        self._links = links
        self.residencies.clear()
        self.visits.clear()
        self.form.load(dump)
        self._loaded = dump
        self._fill_link_choices()
        self.artists.clear()
        for person in sorted(s.exhibitions.people(links["artists"]), key=full_name):
            item = QListWidgetItem(icon("person"), full_name(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.artists.addItem(item)
        self.heading.setText(record.title)
        self.links_error.hide()

    def _fill_link_choices(self) -> None:
        partnership_id = self.partnership.currentData()
        service = self.services.exhibitions
        # Keep the user's ticks when the lists are filled again; a fresh load uses the links.
        checked = {
            name: set(_checked_ids(widget)) if widget.count() else set(self._links.get(name, []))
            for name, widget in (("residencies", self.residencies), ("visits", self.visits))
        }
        self.residencies.clear()
        for r in service.residency_choices(partnership_id):
            text = f"{r.title or f'#{r.id}'} ({r.start_date:%d.%m.%Y}–{r.end_date:%d.%m.%Y})"
            self._add_check(
                self.residencies, icon("residencies"), text, r.id, r.id in checked["residencies"]
            )  # type: ignore[arg-type]
        self.visits.clear()
        for v in service.visit_choices(partnership_id):
            text = f"{v.title} ({v.start_date:%d.%m.%Y}–{v.end_date:%d.%m.%Y})"
            self._add_check(self.visits, icon("delegations"), text, v.id, v.id in checked["visits"])  # type: ignore[arg-type]

    @staticmethod
    def _add_check(
        widget: QListWidget, item_icon: QIcon, text: str, data: int, checked: bool
    ) -> None:
        item = QListWidgetItem(item_icon, text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)

    # --- artists ------------------------------------------------------------------------
    def add_artist(self) -> None:
        picker = self.artist_search
        if picker.value() is None and not picker.resolve():
            return
        if picker.value() is None:
            self._refuse_artist()
            return
        self.add_artist_id(picker.value())  # type: ignore[arg-type]

    def _refuse_artist(self) -> None:
        self.links_error.setText(self.tr("Type a name and choose one person from the suggestions."))
        self.links_error.show()

    def add_artist_id(self, person_id: int) -> None:
        if person_id in self.artist_ids():
            return
        person = self.services.people.get(person_id)
        item = QListWidgetItem(icon("person"), full_name(person))
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.artists.addItem(item)
        self.artist_search.set_value(None)
        self.links_error.hide()

    def remove_artist(self) -> None:
        row = self.artists.currentRow()
        if row >= 0:
            self.artists.takeItem(row)

    def artist_ids(self) -> list[int]:
        return sorted(
            self.artists.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.artists.count())
        )

    # --- saving -------------------------------------------------------------------------
    def changes(self) -> tuple[dict[str, Any], dict[str, list[int]]]:
        values = self.form.values()
        changes = {
            name: value
            for name, value in values.items()
            if (value.strip() if isinstance(value, str) else value) != self._loaded.get(name)
        }
        links = {
            "residencies": _checked_ids(self.residencies),
            "visits": _checked_ids(self.visits),
            "artists": self.artist_ids(),
        }
        changed_links = {k: ids for k, ids in links.items() if ids != self._links.get(k)}
        return changes, changed_links

    def apply(self) -> bool:
        if self.exhibition_id is None:
            return False
        changes, links = self.changes()
        if not changes and not links:
            self.form.clear_errors()
            return True
        command = partial(
            SetLinks,
            self.tr("Edit exhibition"),
            self.services,
            self.context.events,
            self.exhibition_id,
            changes,
            links,
        )
        if not push_form(self.form, self.context.undo_stack, command):
            return False
        self.context.events.status.emit(self.tr("Exhibition saved"))
        return True

    def revert(self) -> None:
        self._loaded = {}
        self._links = {}
        self.residencies.clear()
        self.visits.clear()
        self.load(self.exhibition_id)


class ExhibitionsTab(TabPage):
    handles = ("exhibition",)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(context, parent)
        self.today = today
        self._venues: dict[int, str] = {}
        self._partners: dict[int, str] = {}
        self.f_partnership = QComboBox(self)
        self.f_year = QComboBox(self)
        for combo in (self.f_partnership, self.f_year):
            combo.currentIndexChanged.connect(self.reload)
        new = QPushButton(icon("new"), self.tr("&New exhibition"), self)
        new.setToolTip(self.tr("Ctrl+N"))
        new.clicked.connect(self.new_exhibition)
        delete = QPushButton(icon("delete"), self.tr("Delete"), self)
        delete.clicked.connect(self.delete_exhibition)
        self.message = error_label(self)

        self.list = RecordList(
            [
                Column(self.tr("Title"), lambda e: e.title, tooltip=lambda e: e.title),
                Column(
                    self.tr("Venue"),
                    lambda e: self._venues.get(e.venue_id, "") if e.venue_id else "",
                ),
                Column(
                    self.tr("From"),
                    lambda e: f"{e.start_date:%d.%m.%Y}",
                    sort_key=lambda e: e.start_date.isoformat(),
                ),
                Column(
                    self.tr("Until"),
                    lambda e: f"{e.end_date:%d.%m.%Y}",
                    sort_key=lambda e: e.end_date.isoformat(),
                ),
                Column(
                    self.tr("Partnership"),
                    lambda e: self._partners.get(e.partnership_id, "") if e.partnership_id else "",
                ),
            ],
            self,
            local_search=False,
            placeholder=self.tr("Search title and description…"),
        )
        self.model: RecordTableModel[Exhibition] = self.list.model
        self.proxy, self.view, self.search = self.list.proxy, self.list.view, self.list.search
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.list.search_changed.connect(self.reload)
        self.list.current_changed.connect(self._row_changed)
        self.list.activated.connect(lambda _: self.editor.form.widgets["title"].setFocus())

        self.editor = ExhibitionEditor(context, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        position = 0
        for caption, widget in (
            (self.tr("Pa&rtnership:"), self.f_partnership),
            (self.tr("&Year:"), self.f_year),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            self.list.top.insertWidget(position, label)
            self.list.top.insertWidget(position + 1, widget)
            position += 2
        self.list.top.addWidget(new)
        self.list.top.addWidget(delete)
        self.list.box.insertWidget(1, self.message)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setSizes([700, 640])
        QVBoxLayout(self).addWidget(splitter)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_exhibition)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_exhibition)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._fill_filters()
        self.reload()

    def title(self) -> str:
        return self.tr("Exhibitions")

    def icon(self) -> QIcon:
        return icon("exhibitions")

    def _fill_filters(self) -> None:
        partnerships = self.services.partnerships.list()
        self._partners = {p.id: p.partner_city for p in partnerships}  # type: ignore[misc]
        years = list(reversed(self.services.exhibitions.years()))
        for combo, items in (
            (
                self.f_partnership,
                [(self.tr("All partnerships"), None)]
                + [(p.partner_city, p.id) for p in partnerships],
            ),
            (self.f_year, [(self.tr("All years"), None)] + [(str(y), y) for y in years]),
        ):
            fill_combo(combo, items)

    def reload(self) -> None:
        records = self.services.exhibitions.query(
            partnership_id=self.f_partnership.currentData(),
            year=self.f_year.currentData(),
            text=self.search.text(),
        )
        venues = self.services.venues.by_ids(e.venue_id for e in records)
        self._venues = {venue_id: venue.name for venue_id, venue in venues.items()}
        if self.list.set_rows(records, select_first=True):
            self.editor.load(self.current_id())
        elif self.current_id() is None:
            self.editor.load(None)

    def current_id(self) -> int | None:
        return self.list.current_id()

    def select_id(self, record_id: int) -> bool:
        return self.list.select_id(record_id)

    def _row_changed(self, record_id: int | None) -> None:
        self.editor.load(record_id)
        self.context.events.current.emit("exhibition", record_id or 0)

    def new_exhibition(self) -> None:
        start = self.today()
        command = CreateRecord(
            self.tr("New exhibition"),
            self.services.exhibitions,
            "exhibition",
            self.context.events,
            {
                "title": self.tr("New exhibition"),
                "start_date": start,
                "end_date": start + timedelta(days=60),
                "partnership_id": self.f_partnership.currentData(),
            },
        )
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.hide()
        self.search.clear()
        self.f_year.setCurrentIndex(0)
        self.reload()
        assert command.record_id is not None
        self.select_id(command.record_id)
        title = self.editor.form.widgets["title"]
        title.setFocus()
        title.selectAll()  # type: ignore[attr-defined]

    def delete_exhibition(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        try:
            push(
                self.context.undo_stack,
                DeleteRecord(
                    self.tr("Delete exhibition"),
                    self.services.exhibitions,
                    "exhibition",
                    self.context.events,
                    record_id,
                ),
            )
        except ExchangePlannerError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.context.events.status.emit(self.tr("Exhibition deleted; Ctrl+Z brings it back"))

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind in _WATCHED:
            self._fill_filters()
            self.reload()

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "exhibition":
            return False
        if self.select_id(record_id):
            return True
        for combo in (self.f_partnership, self.f_year):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()
        return self.select_id(record_id)


__all__ = ["ERROR_STYLE", "ExhibitionEditor", "ExhibitionsTab"]
