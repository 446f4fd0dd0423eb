"""The Delegations tab: the visit list beside the visit editor (Overview, Members, Program,
Gifts, Guestbook). Every edit is saved at once and goes through the app-wide undo stack."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import Direction
from exchange_planner.domain.errors import ExchangePlannerError, NotFoundError
from exchange_planner.ui.change_feed import OncePerCommit, changed_by, remote_change
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.change_history import HistorySection
from exchange_planner.ui.delegations.commands import CreateMany
from exchange_planner.ui.delegations.members import MembersSection
from exchange_planner.ui.delegations.missing import MissingSection
from exchange_planner.ui.delegations.overview import OverviewSection
from exchange_planner.ui.delegations.program import ProgramSection
from exchange_planner.ui.delegations.records import GiftsSection, GuestbookSection
from exchange_planner.ui.delegations.seating import SeatingSection
from exchange_planner.ui.delegations.transport import TransportSection
from exchange_planner.ui.delegations.visit_list import VisitList
from exchange_planner.ui.icons import icon
from exchange_planner.ui.plain import ask
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.undo import DeleteRecord, push
from exchange_planner.ui.widgets.forms import Confirm, settle_edits
from exchange_planner.ui.widgets.translations import open_translation

#: Which editor section shows each kind of change ("*": everything).
_SECTION_OF = {
    "visit": ("overview", "members", "program", "gifts", "guestbook", "translations", "seating"),
    "visit_member": (
        "members",
        "program",
        "gifts",
        "guestbook",
        "overview",
        "translations",
        "seating",
    ),
    "person": (
        "members",
        "program",
        "gifts",
        "guestbook",
        "overview",
        "translations",
        "seating",
    ),
    "program_item": ("program", "gifts", "translations", "seating"),
    "program_cue": ("program",),
    # who sits where, and what decides the order of precedence
    "seating_plan": ("seating",),
    "seating_table": ("seating",),
    "seat_assignment": ("seating",),
    "gift": ("gifts", "translations"),
    "guestbook_entry": ("guestbook",),
    # the order of precedence: the hosts, the ranks and their equivalences
    "visit_host": ("members", "seating", "translations"),
    "rank": ("members", "seating"),
    "rank_table": ("members", "seating"),
    "venue": ("overview", "program", "translations"),
    "partnership": ("overview", "translations"),
    # the reporting thresholds; the home zone; the office language
    "settings": ("gifts", "program", "translations"),
    "*": ("overview", "members", "program", "gifts", "guestbook", "translations", "seating"),
}
# The transport plan: its own records, and who attends which transfer where from and to.
_SECTION_OF["vehicle"] = _SECTION_OF["transfer_vehicle"] = _SECTION_OF["transfer_seat"] = (
    "transport",
)
for _kind in ("visit", "visit_member", "visit_host", "person", "program_item", "venue", "*"):
    _SECTION_OF[_kind] = (*_SECTION_OF[_kind], "transport")

#: Kinds the visit list shows (titles, dates, status, the partner city).
_LIST_KINDS = frozenset({"visit", "partnership", "*"})


class DelegationsTab(TabPage):
    handles = ("visit", "program_item")

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.confirm: Confirm = ask
        self.visits = VisitList(self.services, self)
        self.visits.current_changed.connect(self._visit_changed)
        self.visits.activated.connect(self._open_editor)

        self.sections: dict[str, Any] = {
            "overview": OverviewSection(context, self),
            "members": MembersSection(context, self),
            "program": ProgramSection(context, self),
            "seating": SeatingSection(context, self),
            "transport": TransportSection(context, self),
            "gifts": GiftsSection(context, self),
            "guestbook": GuestbookSection(context, self),
            "history": HistorySection(context, self),
            "translations": MissingSection(context, self),
        }
        self.editor = QTabWidget(self)
        self.editor.setObjectName("visit_editor")
        for key, title, icon_name in (
            ("overview", self.tr("Overview"), "edit"),
            ("members", self.tr("Members"), "person"),
            ("program", self.tr("Program"), "program"),
            ("seating", self.tr("Seating"), "seating"),
            ("transport", self.tr("Transport"), "venue"),
            ("gifts", self.tr("Gifts"), "gift"),
            ("guestbook", self.tr("Guestbook"), "guestbook"),
            ("history", self.tr("History"), "history"),
            ("translations", self.tr("Translations"), "translate"),
        ):
            self.editor.addTab(self.sections[key], icon(icon_name), title)
        self.editor.currentChanged.connect(lambda _i: self._refresh_current_section())
        self.sections["translations"].go_to.connect(self.go_to_translation)
        # Importing a member list works wherever the focus is in the tab, whichever section of
        # the visit editor is shown.
        self.import_action = self.sections["members"].import_action  # marked there
        self.addAction(self.import_action)
        self._stale: set[str] = set()
        #: True while a field still being typed in is saved to the visit shown until now.
        self._settling = False
        self._reloading = False
        #: The list missed changes while the tab was hidden.
        self._list_stale = False
        #: Who changed the visit shown (set while a change of someone else's is read).
        self._gone_by = ""
        self._once = OncePerCommit()
        self._choose_text = self.tr("Choose a visit on the left, or create one (Ctrl+Shift+V).")
        self.empty = QLabel(self._choose_text)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it may name a user
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)

        self._build_actions()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.visits)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # The list wide enough for title, partnership, dates and status at 1366 px.
        splitter.setSizes([540, 826])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.visit_id = 0
        if self.visits.model.rowCount():
            self.visits.view.setCurrentIndex(self.visits.model.index(0, 0))

    def _build_actions(self) -> None:
        def add(text: str, icon_name: str, slot: Any, shortcut: Any = None) -> QAction:
            action = QAction(icon(icon_name), text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                # Whenever the tab is shown, also with the focus on the main tab bar (after a
                # click on "Delegations"); a hidden tab's shortcuts never fire.
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setToolTip(f"{text} ({action.shortcut().toString()})")
                # Anywhere in the tab, e.g. from the filters that take the focus first.
                self.addAction(action)
            action.triggered.connect(slot)
            self.visits.toolbar.addAction(action)
            self.visits.view.addAction(action)
            return action

        self.new_action = add(self.tr("New visit"), "new", self.new_visit, "Ctrl+Shift+V")
        self.new_action.setIconText(self.tr("New"))
        self.duplicate_action = add(
            self.tr("Duplicate visit"), "duplicate", self.duplicate_visit, "Ctrl+Shift+D"
        )
        self.duplicate_action.setIconText(self.tr("Duplicate"))
        self.delete_action = add(self.tr("Delete visit"), "delete", self.delete_visit)
        self.delete_action.setIconText(self.tr("Delete"))
        # Delete in the list removes the visit; inside the editor it removes the selected row.
        delete_shortcut = QAction(self)
        delete_shortcut.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.triggered.connect(self.delete_visit)
        self.visits.view.addAction(delete_shortcut)
        writes(self.new_action, self.duplicate_action, self.delete_action, delete_shortcut)
        self.delete_action.setToolTip(self.tr("Delete visit (Del in the list)"))
        try:
            import exchange_planner.ui.documents.actions  # noqa: F401
        except ImportError:
            return
        # The printouts sit in one drop-down button and in the list's context menu; their
        # shortcuts (Ctrl+P, Ctrl+Alt+P, Ctrl+Alt+G) belong to the Documents menu of the window.
        menu = QMenu(self.tr("Print"), self)
        menu.setIcon(icon("print"))
        self.print_actions: list[QAction] = []
        for text, icon_name, name in (
            (self.tr("Print itinerary…"), "print", "print_itinerary"),
            (self.tr("Personal itineraries…"), "person", "print_personal_itineraries"),
            (self.tr("Gift protocol…"), "gift", "print_gift_protocol"),
        ):
            action = QAction(icon(icon_name), text, self)
            action.triggered.connect(lambda _=False, n=name: self._print(n))
            menu.addAction(action)
            self.visits.view.addAction(action)
            self.print_actions.append(action)
        menu.addSeparator()
        self.missing_action = QAction(icon("translate"), self.tr("Missing translations…"), self)
        self.missing_action.setToolTip(
            self.tr("What a print in the partner's languages shows untranslated")
        )
        self.missing_action.triggered.connect(self.show_missing_translations)
        menu.addAction(self.missing_action)
        self.visits.view.addAction(self.missing_action)
        button = QToolButton(self)
        button.setObjectName("print_button")
        button.setMenu(menu)
        button.setIcon(icon("print"))
        button.setText(self.tr("Print"))
        button.setToolTip(
            self.tr("Itinerary (Ctrl+P), personal itineraries, gift protocol (Documents menu)")
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.visits.toolbar.addSeparator()
        self.visits.toolbar.addWidget(button)

    def show_missing_translations(self) -> None:
        """Show the visit's missing translations (section Translations)."""
        if self.visit_id:
            self.editor.setCurrentWidget(self.sections["translations"])
            self.sections["translations"].list.setFocus()

    def go_to_translation(self, entry: Any, language: str) -> QWidget | None:
        """Open the translations of a missing text where it is edited: the visit editor for
        the visit, its program items and gifts; the directory for people, venues and the
        partnership. Returns the translation field that got the focus."""
        kind, record_id = entry.kind, entry.record_id
        if kind == "visit":
            self.editor.setCurrentWidget(self.sections["overview"])
        elif kind == "program_item":
            self.editor.setCurrentWidget(self.sections["program"])
            self.sections["program"].select_item(record_id)
        elif kind == "gift":
            self.editor.setCurrentWidget(self.sections["gifts"])
            self.sections["gifts"].select(record_id)
        else:
            self.context.events.navigate.emit(kind, record_id)
        return open_translation(self.window(), kind, record_id, entry.field, language)

    def _print(self, name: str) -> None:
        if not self.visit_id:
            return
        from exchange_planner.ui.documents import actions

        # Kept so the running document job is not collected while it works.
        self._document_run = getattr(actions, name)(self, self.context, self.visit_id)

    # --- TabPage --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Delegations")

    def icon(self) -> QIcon:
        return icon("delegations")

    def show_record(self, kind: str, record_id: int) -> bool:
        if self._list_stale:  # hidden until now: the list may lack the record
            self._list_stale = False
            self.visits.reload(keep=self.visit_id)
        if kind == "visit":
            return self.visits.select_id(record_id)
        if kind == "program_item":
            try:
                item = self.services.program.get(record_id)
            except ExchangePlannerError:
                return False
            if not self.visits.select_id(item.visit_id):
                return False
            self.editor.setCurrentWidget(self.sections["program"])
            return self.sections["program"].select_item(record_id)
        return False

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if self._settling:  # the visit being left is saved; the editor shows another next
            if kind in ("visit", "partnership", "*"):
                self._reload_visits(self.visits.current_id())
            return
        if kind == "visit" and record_id == self.visit_id and remote_change():
            self._gone_by = changed_by() or "?"  # if it was deleted: by whom
        if kind not in _SECTION_OF or not self._once.first(kind):
            return  # not shown here, or read already for this commit
        if kind in _LIST_KINDS:
            self._list_stale = True
        self._stale.update(_SECTION_OF[kind])
        self._catch_up()

    def _catch_up(self) -> None:
        """Read again what is on screen and missed changes; a hidden tab waits until shown."""
        if not self.isVisible():
            return
        if self._list_stale:
            self._list_stale = False
            shown = self.visit_id
            self._reload_visits(self.visit_id)
            if self.visit_id and self.visits.current_id() != self.visit_id:
                self._visit_changed(self.visits.current_id())
            if shown and self.visits.model.row_of(shown) < 0 and self._gone_by:
                self._say_deleted(shown, self._gone_by)
        self._gone_by = ""
        if self.visit_id:
            self._refresh_current_section()

    def _say_deleted(self, visit_id: int, user: str) -> None:
        try:
            self.services.visits.get(visit_id)
            return  # only filtered out of the list
        except NotFoundError:
            pass
        text = (
            self.tr("The visit shown was deleted by %1.").replace("%1", user)
            if user != "?"
            else self.tr("The visit shown was deleted meanwhile.")
        )
        self.empty.setText(text + "\n" + self._choose_text)
        self.context.events.status.emit(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def _reload_visits(self, keep: int | None) -> None:
        """Re-read the list; the selection it drops and restores on the way is no change of
        the visit shown (the editor keeps what is being typed)."""
        self._reloading = True
        try:
            self.visits.reload(keep=keep)
        finally:
            self._reloading = False

    def _refresh_current_section(self) -> None:
        # Only the visible section is re-read; the others when they are shown.
        for key, section in self.sections.items():
            if key in self._stale and section is self.editor.currentWidget():
                self._stale.discard(key)
                section.reload()

    # --- visits ---------------------------------------------------------------------------
    def _visit_changed(self, visit_id: int) -> None:
        if self._reloading:
            return
        if visit_id != self.visit_id and not self._settling:
            # A field still being typed in belongs to the visit shown until now.
            self._settling = True
            try:
                settle_edits(self.editor)
            finally:
                self._settling = False
        self.visit_id = visit_id
        self.right.setCurrentWidget(self.editor if visit_id else self.empty)
        self.duplicate_action.setEnabled(bool(visit_id))
        self.delete_action.setEnabled(bool(visit_id))
        self.import_action.setEnabled(bool(visit_id))
        for section in self.sections.values():
            section.visit_id = visit_id
        if visit_id:
            self.empty.setText(self._choose_text)
            self._stale = set(self.sections)
            self._refresh_current_section()
        else:  # nothing selected, or the visit was just deleted: the editor shows nothing
            self._stale.clear()
            for section in self.sections.values():
                section.clear()
        self.context.events.current.emit("visit", visit_id)

    def _open_editor(self, visit_id: int) -> None:
        self.editor.setCurrentWidget(self.sections["overview"])
        title = self.sections["overview"].form.widgets["title"]
        title.setFocus()
        title.selectAll()  # type: ignore[attr-defined]  # typing replaces "New visit"

    def new_visit(self) -> int | None:
        partnerships = self.services.partnerships.list()
        if not partnerships:
            self.context.events.status.emit(
                self.tr("Add a partnership in the Directory before planning a visit.")
            )
            return None
        chosen = self.visits.partnership.currentData() or partnerships[0].id
        start = date.today() + timedelta(days=30)
        values = {
            "partnership_id": chosen,
            "title": self.tr("New visit"),
            "direction": Direction.INCOMING,
            "start_date": start,
            "end_date": start + timedelta(days=2),
        }
        visits = self.services.visits
        command = CreateMany(
            self.tr("New visit"),
            self.context.events,
            lambda: [(visits, "visit", visits.create(**values).id)],
        )
        push(self.context.undo_stack, command)
        new_id = command.first_id()
        if new_id:
            self.visits.clear_filters()
            self.visits.select_id(new_id)
            self._open_editor(new_id)
        return new_id

    def duplicate_visit(self) -> int | None:
        if not self.visit_id:
            return None
        visits, source = self.services.visits, self.visit_id
        command = CreateMany(
            self.tr("Duplicate visit"),
            self.context.events,
            lambda: [(visits, "visit", visits.duplicate(source).id)],
        )
        push(self.context.undo_stack, command)
        if command.first_id():
            self.visits.select_id(command.first_id())  # type: ignore[arg-type]
        return command.first_id()

    def delete_visit(self) -> bool:
        if not self.visit_id:
            return False
        visit = self.services.visits.get(self.visit_id)
        if not self.confirm(
            self,
            self.tr("Delete visit"),
            self.tr(
                "Delete “%s” with its members, program, gifts and guestbook entries?\n"
                "You can undo this with Ctrl+Z."
            )
            % visit.title,
        ):
            return False
        push(
            self.context.undo_stack,
            DeleteRecord(
                self.tr("Delete visit"),
                self.services.visits,
                "visit",
                self.context.events,
                visit.id,
            ),
        )
        return True
