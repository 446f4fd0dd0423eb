"""The Exhibitions tab: a filtered list and an editor with links to residencies, visits and
artists. Every edit is saved at once as one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.dates import end_following_start
from exchange_planner.domain.errors import ExchangePlannerError, NotFoundError, ValidationError
from exchange_planner.domain.names import sort_key
from exchange_planner.services.records import Exhibition
from exchange_planner.ui import content_language
from exchange_planner.ui.change_feed import OncePerCommit, changed_by, remote_change
from exchange_planner.ui.conflicts import based_on, load_keeping_input
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import Column, RecordTableModel
from exchange_planner.ui.names import person_name
from exchange_planner.ui.plain import ask, plain_tooltip
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.residencies.commands import SetLinks
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, push
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.widgets.forms import (
    ERROR_STYLE,
    Confirm,
    Form,
    error_label,
    field_caption,
    fill_combo,
    push_edit,
    settle_edits,
)
from exchange_planner.ui.widgets.pickers import add_picker, person_picker, venue_picker
from exchange_planner.ui.widgets.record_list import RecordList
from exchange_planner.ui.widgets.translations import TranslatableFields
from exchange_planner.ui.wording import validation_text

#: Record kinds whose changes alter what this tab shows (links arrive as "exhibition";
#: "*" means re-read everything).
_WATCHED = {"*", "exhibition", "residency", "visit", "partnership", "person", "venue"}


def _checked_ids(widget: QListWidget) -> list[int]:
    return sorted(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class ExhibitionEditor(QWidget):
    """Edits one exhibition; each field, tick and artist is saved at once as one undoable
    step on the app-wide stack, and a refusal shows next to what was changed."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.exhibition_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self._shown: dict[str, Any] | None = None
        self._links: dict[str, list[int]] = {}
        self._filling = False

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = self.form = Form(self, general_error=True)
        f.text("title", self.tr("&Title"), cap=301)
        self.venue = add_picker(
            f,
            "venue_id",
            self.tr("Ve&nue"),
            venue_picker(self.services, optional=True, none_text=self.tr("— none —")),
        )
        f.date("start_date", self.tr("Fro&m"), wide_range=True)
        f.date("end_date", self.tr("&Until"), wide_range=True)
        self.curator = add_picker(
            f,
            "curator_id",
            self.tr("&Curator"),
            person_picker(self.services, optional=True, none_text=self.tr("— none —")),
        )
        self.partnership = f.combo("partnership_id", self.tr("&Partnership"), min_contents=20)
        f.multiline("description", self.tr("De&scription"), max_height=90)
        f.edited.connect(self._save)
        self.translations = TranslatableFields(
            context,
            "exhibition",
            lambda: (
                (self.services.exhibitions, self.exhibition_id)
                if self.exhibition_id is not None
                else None
            ),
            self,
            languages=lambda: self.services.translations.languages_for_partnership(
                self.partnership.currentData()
            ),
        )
        self.translations.attach_form(f)

        self.residencies = QListWidget(self)
        self.visits = QListWidget(self)
        self.artists = QListWidget(self)
        for widget in (self.residencies, self.visits, self.artists):
            widget.setMinimumHeight(70)
            widget.setMaximumHeight(130)
        self.residencies.itemChanged.connect(lambda _item: self._ticked("residencies"))
        self.visits.itemChanged.connect(lambda _item: self._ticked("visits"))
        # Linked artists already on the list are not offered again.
        self.artist_search = person_picker(
            self.services, self, exclude=lambda: set(self.artist_ids())
        )
        self.artist_search.setPlaceholderText(self.tr("Type a name to find an artist…"))
        self.artist_search.refused.connect(lambda _text: self._refuse_artist())
        self.artist_search.returnPressed.connect(self.add_artist)
        self.add_artist_button = QPushButton(icon("new"), self.tr("Add &artist"), self)
        writes(self)  # the editor: its fields and the artists' check boxes
        self.add_artist_button.clicked.connect(self.add_artist)
        self.remove_artist_button = QPushButton(icon("delete"), self.tr("Remove"), self)
        self.remove_artist_button.setToolTip(
            self.tr("Remove the selected artist (undo with Ctrl+Z)")
        )
        writes(self.add_artist_button, self.remove_artist_button)
        self.remove_artist_button.clicked.connect(self.remove_artist)
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
        row.addWidget(self.add_artist_button)
        row.addWidget(self.remove_artist_button)
        box.addLayout(row)
        box.addWidget(self.links_error)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(links)
        layout.addStretch(1)
        self.setEnabled(False)

    # --- loading ------------------------------------------------------------------------
    def load(self, exhibition_id: int | None) -> None:
        """Show an exhibition; None (nothing selected, or just deleted) empties every field.
        The fields are only filled again when the stored record or its links changed."""
        if exhibition_id != self.exhibition_id:
            settle_edits(self)  # a pending edit belongs to the exhibition shown until now
        self.exhibition_id = exhibition_id
        self.setEnabled(exhibition_id is not None)
        if exhibition_id is None:
            self.heading.setText(self.tr("No exhibition selected"))
            self._loaded, self._links = {}, {}
            self._shown = None
            self.form.clear()
            self.translations.load(None)
            self._filling = True
            try:
                for widget in (self.residencies, self.visits, self.artists):
                    widget.clear()
            finally:
                self._filling = False
            self.artist_search.set_value(None)
            self.links_error.hide()
            return
        record = self.services.exhibitions.get(exhibition_id)
        links = self.services.exhibitions.links(exhibition_id)
        dump = record.model_dump()
        if dump == self._loaded and links == self._links:
            return
        s = self.services
        fill_combo(
            self.partnership,
            [(self.tr("— none —"), None)]
            + [(content_language.shown(p, "partner_city"), p.id) for p in s.partnerships.list()],
        )
        same = self._shown is not None and self._shown.get("id") == exhibition_id
        kept = load_keeping_input(self.form, dump, same_record=same)
        #: What the editor shows: the base of the next edit.
        self._shown = based_on(self._shown if same else None, dump, kept)
        self.translations.load(record)
        self._loaded, self._links = dump, links
        self._fill_links(record.partnership_id)
        self.heading.setText(record.title)
        self.links_error.hide()

    def _fill_links(self, partnership_id: int | None) -> None:
        """The residencies and visits of the partnership (all without one), ticked where
        linked; a linked record of another partnership stays listed (and ticked)."""
        service = self.services.exhibitions
        residencies = service.residency_choices(partnership_id)
        visits = service.visit_choices(partnership_id)
        if partnership_id is not None:
            offered = {r.id for r in residencies}
            residencies += [
                r
                for r in service.residency_choices(None)
                if r.id in self._links["residencies"] and r.id not in offered
            ]
            offered = {v.id for v in visits}
            visits += [
                v
                for v in service.visit_choices(None)
                if v.id in self._links["visits"] and v.id not in offered
            ]
        self._filling = True
        try:
            self.residencies.clear()
            for r in residencies:
                when = f"{ui_date(r.start_date)}–{ui_date(r.end_date)}"
                text = f"{content_language.shown(r, 'title') or f'#{r.id}'} ({when})"
                linked = r.id in self._links["residencies"]
                self._add_check(self.residencies, icon("residencies"), text, r.id, linked)  # type: ignore[arg-type]
            self.visits.clear()
            for v in visits:
                title = content_language.shown(v, "title")
                text = f"{title} ({ui_date(v.start_date)}–{ui_date(v.end_date)})"
                linked = v.id in self._links["visits"]
                self._add_check(self.visits, icon("delegations"), text, v.id, linked)  # type: ignore[arg-type]
            self.artists.clear()
            for person in sorted(service.people(self._links["artists"]), key=sort_key):
                item = QListWidgetItem(icon("person"), person_name(person))
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.artists.addItem(item)
        finally:
            self._filling = False

    @staticmethod
    def _add_check(
        widget: QListWidget, item_icon: QIcon, text: str, data: int, checked: bool
    ) -> None:
        item = QListWidgetItem(item_icon, text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setToolTip(plain_tooltip(text))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)

    # --- saving -------------------------------------------------------------------------
    def _save(self, name: str, value: Any) -> bool:
        """One finished field edit, saved as one undoable step (a refusal changes nothing)."""
        if self.exhibition_id is None:
            return False
        record = self.services.exhibitions.get(self.exhibition_id)
        stored = getattr(record, name, None)
        if isinstance(value, str) and isinstance(stored, str) and value.strip() == stored:
            # Only spaces around the text changed: nothing to store or undo.
            self.form.clear_errors(name)
            self.form.load({name: stored})
            return True
        changes: dict[str, Any] = {name: value}
        if name == "start_date" and value is not None:
            try:
                end = end_following_start(record.start_date, record.end_date, value)
            except ValidationError as error:
                self.form.forget(name)
                self.form.show_error(name, validation_text(error))
                return False
            if end != record.end_date:
                changes["end_date"] = end
        caption = field_caption(self.form, name)
        shown = self._shown
        saved = push_edit(
            self.form,
            self.context.undo_stack,
            lambda: SetLinks(
                self.tr("Change %s") % caption,
                self.services,
                self.context.events,
                self.exhibition_id,  # type: ignore[arg-type]
                changes,
                {},
                shown=shown,
            ),
            name,
            reload=self._reread,
        )
        if saved and "end_date" in changes and name == "start_date":
            self.context.events.status.emit(
                self.tr("The end moved along to %s, keeping the duration")
                % ui_date(changes["end_date"])
            )
        return saved

    def _reread(self) -> None:
        """Show the stored exhibition again (after a refused edit)."""
        self._loaded = {}
        self.load(self.exhibition_id)

    def _save_links(self, kind: str, ids: list[int], text: str) -> bool:
        if self.exhibition_id is None:
            return False
        try:
            push(
                self.context.undo_stack,
                SetLinks(
                    text,
                    self.services,
                    self.context.events,
                    self.exhibition_id,
                    {},
                    {kind: ids},
                    shown=self._shown,
                ),
            )
        except ExchangePlannerError as error:
            self.links_error.setText(str(error))
            self.links_error.show()
            # Show the stored links again: the refused tick is not kept.
            self._links = {}
            self.load(self.exhibition_id)
            self.links_error.show()
            return False
        self.links_error.hide()
        return True

    def _ticked(self, kind: str) -> None:
        if self._filling or self.exhibition_id is None:
            return
        widget = self.residencies if kind == "residencies" else self.visits
        ids = _checked_ids(widget)
        before = self._links.get(kind, [])
        removed = len(ids) < len(before)
        if kind == "residencies":
            text = self.tr("Unlink residency") if removed else self.tr("Link residency")
        else:
            text = self.tr("Unlink visit") if removed else self.tr("Link visit")
        # Recorded first: the list is not rebuilt under the item that is being ticked.
        self._links = {**self._links, kind: ids}
        if self._save_links(kind, ids, text) and removed:
            self.context.events.status.emit(self.tr("Link removed; Ctrl+Z brings it back"))

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

    def add_artist_id(self, person_id: int) -> bool:
        if person_id in self.artist_ids():
            return False
        self.artist_search.set_value(None)
        return self._save_links(
            "artists", sorted([*self.artist_ids(), person_id]), self.tr("Add artist")
        )

    def remove_artist(self) -> bool:
        item = self.artists.currentItem()
        if item is None:
            return False
        person_id = item.data(Qt.ItemDataRole.UserRole)
        name = item.text()
        ids = [i for i in self.artist_ids() if i != person_id]
        if not self._save_links("artists", ids, self.tr("Remove artist")):
            return False
        self.context.events.status.emit(
            self.tr("%s is no longer linked; Ctrl+Z brings the link back") % name
        )
        return True

    def artist_ids(self) -> list[int]:
        return sorted(
            self.artists.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.artists.count())
        )


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
        #: Asks before an exhibition is deleted; replaced in tests.
        self.confirm: Confirm = ask
        self._venues: dict[int, str] = {}
        self._partners: dict[int, str] = {}
        self._once = OncePerCommit()
        self._stale = False
        #: Who changed the exhibition shown, while someone else's change is being read.
        self._gone_by = ""
        self.f_partnership = QComboBox(self)
        self.f_year = QComboBox(self)
        for combo in (self.f_partnership, self.f_year):
            combo.currentIndexChanged.connect(self.reload)
        new = QPushButton(icon("new"), self.tr("Ne&w exhibition"), self)
        new.setToolTip(self.tr("Ctrl+N"))
        new.clicked.connect(self.new_exhibition)
        self.new_button = new
        delete = self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), self)
        delete.setToolTip(self.tr("Delete the selected exhibition (undo with Ctrl+Z)"))
        delete.clicked.connect(self.delete_exhibition)
        writes(new, delete)
        self.message = error_label(self)

        self.list = RecordList(
            [
                Column(
                    self.tr("Title"),
                    lambda e: content_language.shown(e, "title"),
                    tooltip=lambda e: content_language.shown(e, "title"),
                ),
                Column(
                    self.tr("Venue"),
                    lambda e: self._venues.get(e.venue_id, "") if e.venue_id else "",
                ),
                Column(
                    self.tr("From"),
                    lambda e: ui_date(e.start_date),
                    sort_key=lambda e: e.start_date.isoformat(),
                ),
                Column(
                    self.tr("Until"),
                    lambda e: ui_date(e.end_date),
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
        # Dates and partnership take what they need; title and venue share the rest
        # (elided), so the list never scrolls sideways.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in (0, 1)
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.list.search_changed.connect(self.reload)
        self.list.current_changed.connect(self._row_changed)
        self.list.activated.connect(lambda _: self.editor.form.widgets["title"].setFocus())

        self.editor = ExhibitionEditor(context, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        # The filters have a row of their own, so the search box keeps its width.
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("Pa&rtnership:"), self.f_partnership),
            (self.tr("&Year:"), self.f_year),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.list.box.insertLayout(0, filters)
        self.list.top.addWidget(new)
        self.list.top.addWidget(delete)
        self.list.box.insertWidget(2, self.message)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setSizes([700, 640])
        QVBoxLayout(self).addWidget(splitter)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_exhibition)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_exhibition)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        writes(new_shortcut, shortcut)
        self._fill_filters()
        self.reload()

    def title(self) -> str:
        return self.tr("Exhibitions")

    def icon(self) -> QIcon:
        return icon("exhibitions")

    def _fill_filters(self) -> None:
        partnerships = self.services.partnerships.list()
        self._partners = {p.id: content_language.shown(p, "partner_city") for p in partnerships}  # type: ignore[misc]
        years = list(reversed(self.services.exhibitions.years()))
        for combo, items in (
            (
                self.f_partnership,
                [(self.tr("All partnerships"), None)]
                + [(content_language.shown(p, "partner_city"), p.id) for p in partnerships],
            ),
            (self.f_year, [(self.tr("All years"), None)] + [(str(y), y) for y in years]),
        ):
            fill_combo(combo, items)

    def reload(self) -> None:
        shown, gone_by = self.current_id(), self._gone_by
        self._gone_by = ""
        self._reload()
        if shown is not None and gone_by and self.current_id() != shown:
            try:
                self.services.exhibitions.get(shown)
            except NotFoundError:  # someone else deleted the exhibition shown
                text = (
                    self.tr("The exhibition shown was deleted by %1.").replace("%1", gone_by)
                    if gone_by != "?"
                    else self.tr("The exhibition shown was deleted meanwhile.")
                )
                self.message.setText(text)
                self.message.show()

    def _reload(self) -> None:
        records = self.services.exhibitions.query(
            partnership_id=self.f_partnership.currentData(),
            year=self.f_year.currentData(),
            text=self.search.text(),
        )
        venues = self.services.venues.by_ids(e.venue_id for e in records)
        self._venues = {
            venue_id: content_language.shown(venue, "name") for venue_id, venue in venues.items()
        }
        if self.list.set_rows(records, select_first=True):
            self.editor.load(self.current_id())
        elif self.current_id() is None:
            self.delete_button.setEnabled(False)
            self.editor.load(None)

    def current_id(self) -> int | None:
        return self.list.current_id()

    def select_id(self, record_id: int) -> bool:
        return self.list.select_id(record_id)

    def _row_changed(self, record_id: int | None) -> None:
        self.delete_button.setEnabled(record_id is not None)
        self.editor.load(record_id)
        self.context.events.current.emit("exhibition", record_id or 0)

    def new_exhibition(self) -> None:
        settle_edits(self.editor)
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

    def delete_exhibition(self) -> bool:
        record_id = self.current_id()
        if record_id is None:
            return False
        record = self.services.exhibitions.get(record_id)
        if not self.confirm(
            self,
            self.tr("Delete exhibition"),
            self.tr("Delete “%s” with its links?\nYou can undo this with Ctrl+Z.") % record.title,
        ):
            return False
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
            return False
        self.message.hide()
        self.context.events.status.emit(self.tr("Exhibition deleted; Ctrl+Z brings it back"))
        return True

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind == "exhibition" and record_id == self.current_id() and remote_change():
            self._gone_by = changed_by() or "?"  # if it was deleted: by whom
        if kind not in _WATCHED or not self._once.first():
            return  # not shown here, or read already for this commit
        self._stale = True
        self._catch_up()

    def _catch_up(self) -> None:
        """Read again what missed changes; a hidden tab waits until it is shown."""
        if self._stale and self.isVisible():
            self._stale = False
            self._fill_filters()
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "exhibition":
            return False
        if self._stale:  # hidden until now: the list may lack the record
            self._stale = False
            self._fill_filters()
            self.reload()
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
