"""Visit editor, section Members: delegation list in order of precedence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.conflicts import Conflict
from exchange_planner.domain.enums import MemberRole
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.timeutil import to_local, to_utc
from exchange_planner.services.visits import MemberRow
from exchange_planner.ui.change_feed import remote_change
from exchange_planner.ui.conflicts import based_on, load_keeping_input
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import Call, CreateMany, HeadUpdate
from exchange_planner.ui.delegations.conflict_marks import BackgroundConflicts
from exchange_planner.ui.delegations.member_travel import (
    TravelForm,
    leg_text,
    leg_tooltip,
    room_text,
    stay_tooltip,
)
from exchange_planner.ui.delegations.overview import Section
from exchange_planner.ui.delegations.precedence import (
    HostsPanel,
    OverrideDialog,
    fit_place_column,
    override_command,
    place_text,
    place_tooltip,
)
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.models.record_table import Column, IdRole, RecordTableModel
from exchange_planner.ui.names import person_name
from exchange_planner.ui.plain import ask, plain_label
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, UpdateRecord, push
from exchange_planner.ui.widgets.forms import Confirm, Form, push_edit
from exchange_planner.ui.widgets.pickers import person_picker
from exchange_planner.ui.widgets.record_list import kept_scroll
from exchange_planner.ui.wording import conflict_lines, validation_text


def role_text(role: MemberRole) -> str:
    return enum_label(MemberRole(role))


_ROW_MIME = "application/x-exchange-planner-member-row"


class MemberTableModel(RecordTableModel[MemberRow]):
    """Members in precedence order; rows can be dragged to a new place."""

    dropped = Signal(int, int)  # member id, target row

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(_ROW_MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not data.hasFormat(_ROW_MIME):
            return False
        source = int(bytes(data.data(_ROW_MIME).data()).decode())
        target = parent.row() if row < 0 else row
        if target < 0:
            target = self.rowCount()
        if target > source:
            target -= 1  # the dragged row leaves its old place first
        if target != source:
            self.dropped.emit(self.record(source).id, target)
        return False  # the database is changed, and the list re-read, by the section


class MembersSection(Section):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.confirm: Confirm = ask
        self.zone = "Europe/Berlin"
        self._shown: dict[str, Any] | None = None
        #: The planning checks naming each member (by person), computed in the background.
        self.warnings: dict[int, list[Conflict]] = {}
        self._marked_visit = 0
        self.checker = BackgroundConflicts(self.services, self)
        self.checker.ready.connect(self._conflicts_ready)

        def when(value: datetime | None) -> str:
            return "" if value is None else f"{to_local(value, self.zone):%d.%m. %H:%M}"

        columns: list[Column[MemberRow]] = [
            Column("#", lambda r: str(r.precedence), alignment=Qt.AlignmentFlag.AlignRight),
            Column(
                self.tr("Name"),
                lambda r: r.latin_name,
                tooltip=self._name_tooltip,
                icon=self._mark,
            ),
            Column(
                self.tr("Precedence"),
                lambda r: place_text(self.places.get(r.id)),
                tooltip=lambda r: place_tooltip(self.places.get(r.id)),
            ),
            Column(self.tr("Own script"), lambda r: r.native_name),
            Column(self.tr("Role"), lambda r: role_text(r.role)),
            Column(
                self.tr("Title"),
                lambda r: shown(r, "title"),
                tooltip=lambda r: shown(r, "organisation"),
            ),
            Column(
                self.tr("Arrival"),
                lambda r: leg_text(r.stay.arrival, when) or when(r.arrival),
                tooltip=lambda r: leg_tooltip(r.stay.arrival, when),
            ),
            Column(
                self.tr("Departure"),
                lambda r: leg_text(r.stay.departure, when) or when(r.departure),
                tooltip=lambda r: leg_tooltip(r.stay.departure, when),
            ),
            Column(
                self.tr("Room"),
                lambda r: room_text(r.stay) or r.room,
                tooltip=lambda r: stay_tooltip(r.stay),
            ),
            Column(self.tr("Mobile"), lambda r: r.stay.mobile),
        ]
        self.model = MemberTableModel(columns, self)
        self.model.dropped.connect(self.move_to)
        self.view = QTableView(self)
        self.view.setObjectName("member_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setDropIndicatorShown(True)
        self.view.setToolTip(
            self.tr("Drag a member, or use Ctrl+Up / Ctrl+Down, to change the order")
        )
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_member())
        # Enter on a member goes to its details
        self.view.activated.connect(lambda _index: self.detail.widgets["role"].setFocus())

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.up_action = self._action(
            self.tr("Move up"), "up", self.move_up, "Ctrl+Up", also_on=self.view
        )
        self.down_action = self._action(
            self.tr("Move down"), "down", self.move_down, "Ctrl+Down", also_on=self.view
        )
        self.remove_action = self._action(
            self.tr("Remove from delegation"),
            "delete",
            self.remove,
            QKeySequence.StandardKey.Delete,
            also_on=self.view,
        )
        self.import_action = self._action(
            self.tr("Import list…"), "import", self.open_import, "Ctrl+Shift+I"
        )
        self.toolbar.addSeparator()
        self.override_action = self._action(
            self.tr("Override place…"),
            "edit",
            self.open_override,
            "Ctrl+Shift+O",
            also_on=self.view,
            tooltip=self.tr("Put the selected participant at another place, with a reason"),
        )
        self.clear_override_action = self._action(
            self.tr("Clear override"),
            "undo",
            self.clear_override,
            "Ctrl+Alt+O",
            also_on=self.view,
            tooltip=self.tr("Put the selected participant back at the computed place"),
        )
        writes(
            self.up_action,
            self.down_action,
            self.remove_action,
            self.import_action,
            self.override_action,
            self.clear_override_action,
        )
        # The toolbar is full in German: this one shows its icon (its tooltip says it).
        clear_button = self.toolbar.widgetForAction(self.clear_override_action)
        if isinstance(clear_button, QToolButton):
            clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        #: member id -> its entry in the visit's computed order of precedence.
        self.places: dict[int, Any] = {}
        self.order_error = plain_label(parent=self)  # a rank cycle's message names ranks
        self.order_error.setObjectName("precedence_error")
        self.order_error.setWordWrap(True)
        self.order_error.setStyleSheet("color: #b00020;")
        self.order_error.hide()
        self.override_dialog: OverrideDialog | None = None
        self.order: Any = None
        writes(self.view)  # no dragging members into another order

        # adding: an existing person, or a new one
        # Searches the directory as one types; people already in the delegation are left out.
        self.picker = person_picker(
            self.services, self, exclude=lambda: {row.person_id for row in self._rows}
        )
        self.picker.setObjectName("person_picker")
        self.picker.setPlaceholderText(self.tr("Find a person by name…"))
        self.picker.refused.connect(lambda _text: self._refuse_pick())
        self.picker.returnPressed.connect(self.add_existing)
        self.add_button = QPushButton(icon("new"), self.tr("&Add"), self)
        self.add_button.setToolTip(self.tr("Add the chosen person to the delegation"))
        self.add_button.clicked.connect(self.add_existing)
        self.add_form = Form(self)
        self.add_form.text("person_id", "")  # only its error line is shown, under the picker
        self.add_form.widgets["person_id"].hide()
        existing = QHBoxLayout()
        existing.addWidget(self.picker, 1)
        existing.addWidget(self.add_button)

        self.new_form = Form(self)
        self.new_form.text("family_name", self.tr("Family name"), max_length=200)
        self.new_form.text("given_name", self.tr("Given name"), max_length=200)
        self.new_form.text("native_name", self.tr("Own script"), max_length=200)
        self.new_button = QPushButton(icon("person"), self.tr("Add &new person"), self)
        self.new_button.clicked.connect(self.add_new)
        writes(self.picker, self.add_button, self.new_button)
        for name in ("family_name", "given_name", "native_name"):  # Return adds, as the button
            self.new_form.widgets[name].returnPressed.connect(self.add_new)  # type: ignore[attr-defined]

        add_box = QGroupBox(self.tr("Add a member"), self)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(existing)
        add_layout.addWidget(self.add_form)
        add_layout.addWidget(self.new_form)
        add_layout.addWidget(self.new_button)

        self.detail = Form(self)
        self.detail.combo("role", self.tr("&Role"), [(role_text(r), r.value) for r in MemberRole])
        self.detail.datetime("arrival", self.tr("Arr&ival"), optional=True)
        self.detail.datetime("departure", self.tr("De&parture"), optional=True)
        self.detail.text("room", self.tr("Room"), max_length=100)
        self.detail.combo("interprets_for_id", self.tr("In&terprets for"))
        self.detail.edited.connect(self._save_detail)
        #: Travel and stay: how the member arrives and departs, the hotel, the mobile number.
        self.travel = TravelForm(self.services, self)
        self.travel.edited.connect(
            lambda name, value: self._save_detail(name, value, form=self.travel)
        )
        self.conflict_label = plain_label(parent=self)  # the checks name people and items
        self.conflict_label.setObjectName("member_conflicts")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #8a4b00;")
        detail_box = QGroupBox(self.tr("Selected member"), self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.conflict_label)
        detail_layout.addWidget(self.detail)
        self.travel_box = QGroupBox(self.tr("Travel and stay"), self)
        self.travel_box.setObjectName("member_travel")
        travel_layout = QVBoxLayout(self.travel_box)
        travel_layout.addWidget(self.travel)
        # The travel fields make the editor tall: it scrolls, the member list stays in view.
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Long captions (German) put their field on the next line rather than cutting it off;
        # the travel captions ("Anreise: Flughafen / Bahnhof") stand above their fields, which
        # get the panel's whole width for "Flughafen Leipzig/Halle" or "Hotel, Lobby 08:15".
        self.detail.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.travel.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        details = QWidget(self.detail_scroll)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(detail_box)
        details_layout.addWidget(self.travel_box)
        details_layout.addWidget(add_box)
        details_layout.addStretch(1)
        self.detail_scroll.setWidget(details)

        side = QVBoxLayout()
        side.addWidget(self.detail_scroll)
        delegation = QWidget(self)
        body = QHBoxLayout(delegation)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 4)
        body.addLayout(side, 3)
        self.hosts = HostsPanel(context, self)
        self.hosts.view.addAction(self.override_action)
        self.hosts.view.addAction(self.clear_override_action)
        self.hosts.view.activated.connect(lambda _index: self.open_override())
        #: The delegation and the home city's hosts: one order of precedence, two lists.
        self.participants = QTabWidget(self)
        self.participants.setObjectName("participant_lists")
        self.participants.setDocumentMode(True)
        self.participants.addTab(delegation, icon("person"), self.tr("Delegation"))
        self.participants.addTab(self.hosts, icon("person"), self.tr("Hosts (home city)"))
        # Moving and removing act on the delegation list only: not offered beside the hosts.
        self.participants.currentChanged.connect(lambda _index: self._offer_list_actions())
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.order_error)
        layout.addWidget(self.participants)
        self._rows: list[MemberRow] = []

    # --- reading --------------------------------------------------------------------------
    def clear(self) -> None:
        self._rows = []
        self.warnings = {}
        self.places = {}
        self.order_error.hide()
        self.model.set_rows([])
        self.hosts.show_order(0, [])
        self.picker.set_value(None)
        self.add_form.clear()
        self.new_form.clear()
        self._show_member()

    def reload(self) -> None:
        if not self.visit_id:
            self.clear()
            return
        keep = self.current_member_id()
        if self._marked_visit != self.visit_id:
            self.warnings = {}  # another visit's marks must not show while this one's run
        self.checker.request(self.visit_id)
        self.zone = self.services.visits.local_timezone(self.visit_id)
        self._rows = self.services.members.rows(self.visit_id)
        self._read_order()
        with kept_scroll(self.view):
            self.model.set_rows(self._rows)
            fit_place_column(self.view, 2)
            if keep:
                self.select_member(keep)
        # A name being typed to add stays, whether others' changes or our own caused this.
        if not remote_change() and not self.picker.hasFocus():
            self.picker.set_value(None)
        self._show_member()

    def _read_order(self) -> None:
        """The visit's computed order of precedence: the places in both lists, a rank
        cycle's message above them, the people one can interpret for."""
        order = self.services.precedence.order(self.visit_id)
        self.order = order
        self.places = {e.member_id: e for e in order.entries if e.member_id is not None}
        self.order_error.setText(order.error)
        self.order_error.setVisible(bool(order.error))
        names = [(person_name(e.person), e.person_id) for e in order.entries]
        self.hosts.participants = names
        self.hosts.show_order(self.visit_id, order.entries)

    @property
    def conflicts_pending(self) -> bool:
        return self.checker.pending

    def _mark(self, row: MemberRow) -> Any:
        return icon("warning", "#c77700") if self.warnings.get(row.person_id) else None

    def _name_tooltip(self, row: MemberRow) -> str:
        found = self.warnings.get(row.person_id, [])
        if not found:
            return person_name(row)
        return f"{person_name(row)}\n{conflict_lines(found, '⚠ ')}"

    def _conflicts_ready(self, visit_id: int, conflicts: list[Conflict]) -> None:
        if visit_id != self.visit_id:
            return  # another visit is shown by now
        self._marked_visit = visit_id
        self.warnings = self.services.conflicts.by_person(conflicts)
        if self.model.rowCount():
            last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)
            self.view.resizeColumnToContents(1)  # the names with their marks
        self._show_warnings()

    def _show_warnings(self) -> None:
        """The checks naming the selected member, above their details."""
        member_id = self.current_member_id()
        row = self._rows[self.model.row_of(member_id)] if member_id is not None else None
        found = self.warnings.get(row.person_id, []) if row is not None else []
        self.conflict_label.setText(conflict_lines(found, "⚠ "))
        self.conflict_label.setVisible(bool(found))

    def current_member_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 1))
        return row >= 0

    def _show_member(self) -> None:
        member_id = self.current_member_id()
        self._show_warnings()
        self.detail.setEnabled(member_id is not None)
        self.travel.setEnabled(member_id is not None)
        if member_id is None:
            self.detail.clear()
            self.travel.clear()
            self._shown = None
            return
        member = self.services.members.get(member_id)
        choices: list[tuple[str, Any]] = [(self.tr("(nobody)"), None)]
        choices += [(name, pid) for name, pid in self.hosts.participants if pid != member.person_id]
        self.detail.set_choices("interprets_for_id", choices)
        values = member.model_dump()
        stored = dict(values)
        values["role"] = member.role.value
        for name in ("arrival", "departure"):
            value = values[name]
            values[name] = to_local(value, self.zone).replace(tzinfo=None) if value else None
        for name in ("arrival_mode", "departure_mode", "room_type"):
            value = values.get(name)
            values[name] = value.value if hasattr(value, "value") else value
        same = self._shown is not None and self._shown.get("id") == member_id
        kept = load_keeping_input(self.detail, values, same_record=same)
        kept |= load_keeping_input(self.travel, values, same_record=same)
        #: What the editor shows: the base of the next edit.
        self._shown = based_on(self._shown if same else None, stored, kept)

    # --- editing --------------------------------------------------------------------------
    def _save_detail(self, name: str, value: Any, form: Form | None = None) -> None:
        form = form or self.detail
        member_id = self.current_member_id()
        if member_id is None:
            return
        if name in ("arrival", "departure") and value is not None:
            value = to_utc(value, self.zone)
        shown = self._shown
        services, visit_id = self.services, self.visit_id

        def command() -> UpdateRecord:
            if name == "role":  # the head of delegation follows, undone with it as one step
                return HeadUpdate(
                    self.tr("Change member"),
                    services.members,
                    "visit_member",
                    self.context.events,
                    member_id,
                    {name: value},
                    shown,
                    visits=services.visits,
                    visit_id=visit_id,
                )
            return UpdateRecord(
                self.tr("Change member"),
                services.members,
                "visit_member",
                self.context.events,
                member_id,
                {name: value},
                shown,
            )

        push_edit(form, self.context.undo_stack, command, name, reload=self._show_member)

    def add_existing(self) -> None:
        self.add_form.clear_errors()
        if self.picker.value() is None and not self.picker.resolve():
            return
        person_id = self.picker.value()
        if person_id is None:
            self._refuse_pick()
            return
        if self.add_member(person_id) is not None:
            self.picker.set_value(None)

    def _refuse_pick(self) -> None:
        self.add_form.show_error(
            "person_id",
            self.tr("Choose a person from the list, or enter a new person below."),
        )

    def add_member(self, person_id: int, role: MemberRole = MemberRole.OFFICIAL) -> int | None:
        command = CreateRecord(
            self.tr("Add member"),
            self.services.members,
            "visit_member",
            self.context.events,
            {
                "visit_id": self.visit_id,
                "person_id": person_id,
                "role": role,
                "precedence": self.services.members.next_precedence(self.visit_id),
            },
        )
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            message = validation_text(error) if isinstance(error, ValidationError) else str(error)
            self.add_form.show_error("person_id", message)
            return None
        self.select_member(command.record_id or 0)
        return command.record_id

    def add_new(self) -> None:
        self.new_form.clear_errors()
        values = {
            name: self.new_form.value(name) for name in ("family_name", "given_name", "native_name")
        }
        native = values["native_name"] or ""
        if any("\uac00" <= ch <= "\ud7a3" for ch in native):
            values["name_order"] = "family_first"
        services, visit_id = self.services, self.visit_id

        def make() -> list[Any]:
            person = services.people.create(**values)
            try:
                member = services.members.create(
                    visit_id=visit_id,
                    person_id=person.id,
                    precedence=services.members.next_precedence(visit_id),
                )
            except ExchangePlannerError:
                services.people.delete(person.id)  # keep the directory as it was
                raise
            return [
                (services.people, "person", person.id),
                (services.members, "visit_member", member.id),
            ]

        command = CreateMany(self.tr("Add new person"), self.context.events, make)
        try:
            push(self.context.undo_stack, command)
        except ValidationError as error:
            self.new_form.show_error(error.field, validation_text(error))
            return
        for name in values:
            if name in self.new_form.widgets:
                self.new_form.widgets[name].clear()  # type: ignore[attr-defined]
        if command.made:
            self.select_member(command.made[1][2])

    def move_to(self, member_id: int, row: int) -> None:
        """Put a member at ``row`` (0 = first in precedence)."""
        order = self.services.members.order(self.visit_id)
        self._move(row - order.index(member_id), member_id)

    def _move(self, steps: int, member_id: int | None = None) -> None:
        member_id = member_id or self.current_member_id()
        if member_id is None:
            return
        old = self.services.members.order(self.visit_id)
        new = self.services.members.moved(self.visit_id, member_id, steps)
        if old == new:
            return
        visit_id, members = self.visit_id, self.services.members
        push(
            self.context.undo_stack,
            Call(
                self.tr("Change precedence"),
                self.context.events,
                lambda: members.reorder(visit_id, new),
                lambda: members.reorder(visit_id, old),
                [("visit_member", mid) for mid in old],
                self.services.change_history,
            ),
        )
        self.select_member(member_id)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def remove(self) -> None:
        member_id = self.current_member_id()
        if member_id is None:
            return
        row = self._rows[self.model.row_of(member_id)]
        if not self.confirm(
            self,
            self.tr("Remove member"),
            self.tr("Remove %s from this delegation?") % person_name(row),
        ):
            return
        try:
            push(
                self.context.undo_stack,
                DeleteRecord(
                    self.tr("Remove member"),
                    self.services.members,
                    "visit_member",
                    self.context.events,
                    member_id,
                ),
            )
        except ExchangePlannerError as error:
            self.add_form.show_error("person_id", str(error))

    def _offer_list_actions(self) -> None:
        on_delegation = self.participants.currentWidget() is not self.hosts
        for action in (self.up_action, self.down_action, self.remove_action):
            action.setVisible(on_delegation)

    # --- order of precedence --------------------------------------------------------------
    def current_entry(self) -> Any:
        """The selected participant's entry in the order (of the list on screen)."""
        if self.participants.currentWidget() is self.hosts:
            return self.hosts.current_entry()
        member_id = self.current_member_id()
        return self.places.get(member_id) if member_id is not None else None

    def open_override(self) -> OverrideDialog | None:
        """Ask for the place and the reason of the selected participant (one undo step)."""
        entry = self.current_entry()
        if entry is None or not self.visit_id:
            return None
        visit_id, context = self.visit_id, self.context

        def apply(place: int, reason: str) -> None:
            push(context.undo_stack, override_command(context, visit_id, entry, place, reason))

        count = len(self.order.entries) if self.order is not None else 1
        dialog = OverrideDialog(person_name(entry.person), entry, count, apply, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def clear_override(self) -> None:
        entry = self.current_entry()
        if entry is None or not entry.overridden:
            return
        try:
            push(
                self.context.undo_stack,
                override_command(self.context, self.visit_id, entry, None, ""),
            )
        except ExchangePlannerError as error:
            self.context.events.status.emit(str(error))

    def open_import(self) -> Any:
        """Import a member list into the visit (also by Ctrl+Shift+I from any section)."""
        if not self.visit_id:
            return None
        from exchange_planner.ui.delegations.member_import_dialog import MemberImportDialog

        editor = self.parentWidget()
        while editor is not None and not isinstance(editor, QTabWidget):
            editor = editor.parentWidget()
        if editor is not None:
            editor.setCurrentWidget(self)  # the imported members show up here
        self.zone = self.services.visits.local_timezone(self.visit_id)
        dialog = MemberImportDialog(self.context, self.visit_id, self.zone, self)
        dialog.choose_file()
        dialog.open()
        return dialog
