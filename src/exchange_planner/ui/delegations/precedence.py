"""The visit's order of precedence in the Members section: the place of each participant
(with the marks "overridden", "no rank", "tie decided by the name"), the dialog that
overrides a place with a reason, and the list of the home city's hosts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import MemberRole
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.precedence import (
    FLAG_MARKS,
    OVERRIDDEN,
    TIE_ALPHABETICAL,
    UNRANKED,
)
from exchange_planner.ui.change_feed import remote_change
from exchange_planner.ui.conflicts import based_on, load_keeping_input
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import Call
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.models.record_table import Column, IdRole, RecordTableModel
from exchange_planner.ui.names import person_name
from exchange_planner.ui.plain import plain_label
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, UpdateRecord, push
from exchange_planner.ui.widgets.forms import Form, error_label, push_edit
from exchange_planner.ui.widgets.pickers import person_picker
from exchange_planner.ui.widgets.record_list import kept_scroll
from exchange_planner.ui.wording import validation_text

_CONTEXT = "Precedence"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# The marks the printed order of precedence uses too; the tooltip says them in words.
OVERRIDDEN_MARK = FLAG_MARKS[OVERRIDDEN]
UNRANKED_MARK = FLAG_MARKS[UNRANKED]
TIE_MARK = FLAG_MARKS[TIE_ALPHABETICAL]


def place_text(entry: Any) -> str:
    """The column text of a participant's place: "3", "2 ✎ (5) Guest of honour", "7 ∅"."""
    if entry is None:
        return ""
    parts = [str(entry.place)]
    if entry.overridden:
        parts.append(f"{OVERRIDDEN_MARK} ({entry.computed_place}) {entry.override_reason}")
    if UNRANKED in entry.flags:
        parts.append(UNRANKED_MARK)
    if TIE_ALPHABETICAL in entry.flags:
        parts.append(TIE_MARK)
    return " ".join(parts)


#: The widest the Precedence column grows to show an override's reason: a long reason is cut
#: off (its tooltip has it whole) rather than pushing the names out of sight.
PLACE_COLUMN_MAX = 180


def fit_place_column(view: QTableView, column: int) -> None:
    """Size the columns to their contents, the Precedence column at most PLACE_COLUMN_MAX."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    if header.sectionSize(column) > PLACE_COLUMN_MAX:
        header.resizeSection(column, PLACE_COLUMN_MAX)


def place_tooltip(entry: Any) -> str:
    """The participant's place in words, with the rank and why it is where it is."""
    if entry is None:
        return ""
    lines = [_tr("Place %1 in the order of precedence").replace("%1", str(entry.place))]
    if entry.rank_title:
        title = entry.rank_title
        rank = f"{title} ({entry.rank_table})" if entry.rank_table else title
        lines.append(_tr("Rank: %1").replace("%1", rank))
    if entry.overridden:
        lines.append(
            _tr("Overridden (computed place %1): %2")
            .replace("%1", str(entry.computed_place))
            .replace("%2", entry.override_reason)
        )
    if UNRANKED in entry.flags:
        lines.append(_tr("No rank: placed after everyone with a rank"))
    if TIE_ALPHABETICAL in entry.flags:
        lines.append(_tr("Equal rank and no tie-breaker data: placed alphabetically"))
    return "\n".join(lines)


def override_command(
    context: UiContext, visit_id: int, entry: Any, place: int | None, reason: str
) -> Call:
    """One undoable step setting (or clearing, ``place`` None) a participant's place;
    undo puts back the override as it was."""
    service = context.services.precedence
    person_id = entry.person_id
    old_place = entry.place if entry.overridden else None
    old_reason = entry.override_reason if entry.overridden else ""
    record = ("visit_member", entry.member_id) if entry.member_id else ("visit_host", entry.host_id)
    text = _tr("Override place") if place is not None else _tr("Clear override")
    return Call(
        text,
        context.events,
        lambda: service.set_override(visit_id, person_id, place, reason),
        lambda: service.set_override(visit_id, person_id, old_place, old_reason),
        [record],
        context.services.change_history,
    )


class OverrideDialog(QDialog):
    """Asks for the place and the reason; ``apply(place, reason)`` stores them and raises
    ``ValidationError`` when refused: the message is shown here and the dialog stays."""

    def __init__(
        self,
        name: str,
        entry: Any,
        count: int,
        apply: Callable[[int, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override place"))
        self.setObjectName("override_dialog")
        self.setMinimumWidth(440)
        self.apply = apply
        intro = plain_label(
            self.tr("%1 is at place %2 (computed: %3).")
            .replace("%1", name)
            .replace("%2", str(entry.place))
            .replace("%3", str(entry.computed_place)),
            self,
        )
        intro.setWordWrap(True)
        self.place = QSpinBox(self)
        self.place.setObjectName("override_place")
        self.place.setRange(1, max(count, 1))
        self.place.setValue(entry.place)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        self.reason.setPlaceholderText(self.tr("e.g. guest of honour at this visit"))
        self.reason.setText(entry.override_reason if entry.overridden else "")
        self.error = error_label(self, "override")
        self.error.setObjectName("override_error")
        form = QFormLayout()
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        self.error.hide()
        try:
            self.apply(self.place.value(), self.reason.text().strip())
        except ValidationError as error:
            self.error.setText(validation_text(error))
            self._show_error()
            (self.reason if error.field == "override_reason" else self.place).setFocus()
            return
        except ExchangePlannerError as error:
            self.error.setText(str(error))
            self._show_error()
            return
        super().accept()

    def _show_error(self) -> None:
        """Show the message whole: the dialog grows by its lines instead of cutting them off."""
        self.error.show()
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))


@dataclass(frozen=True)
class HostRow:
    """A host of the visit as the list shows it (``id`` = the visit_host's id)."""

    id: int
    person_id: int
    entry: Any  # the PrecedenceEntry


class HostsPanel(QWidget):
    """The home city's hosts taking part in the visit: added from the directory, with a
    role and whom they interpret for; each change one undoable step."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.visit_id = 0
        self._rows: list[HostRow] = []
        self._shown: dict[str, Any] | None = None
        #: person id -> name, for the "interprets for" choices (set by the section).
        self.participants: list[tuple[str, int]] = []

        columns: list[Column[HostRow]] = [
            Column(
                self.tr("Precedence"),
                lambda r: place_text(r.entry),
                tooltip=lambda r: place_tooltip(r.entry),
            ),
            Column(self.tr("Name"), lambda r: person_name(r.entry.person)),
            Column(self.tr("Role"), lambda r: self.role_label(MemberRole(r.entry.role))),
            Column(self.tr("Title"), lambda r: shown(r.entry.person, "title")),
        ]
        self.model: RecordTableModel[HostRow] = RecordTableModel(columns, self)
        self.view = QTableView(self)
        self.view.setObjectName("host_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_host())

        self.picker = person_picker(
            self.services, self, exclude=lambda: {row.person_id for row in self._rows}
        )
        self.picker.setObjectName("host_picker")
        self.picker.setPlaceholderText(self.tr("Find a person by name…"))
        self.picker.refused.connect(lambda _text: self._refuse_pick())
        self.picker.returnPressed.connect(self.add_existing)
        self.add_button = QPushButton(icon("new"), self.tr("Add h&ost"), self)
        self.add_button.setObjectName("add_host")
        self.add_button.setToolTip(self.tr("Add the chosen person to the hosts of this visit"))
        self.add_button.clicked.connect(self.add_existing)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove host"), self)
        self.remove_button.setObjectName("remove_host")
        self.remove_button.clicked.connect(self.remove)
        writes(self.picker, self.add_button, self.remove_button)
        self.add_form = Form(self)
        self.add_form.text("person_id", "")
        self.add_form.widgets["person_id"].hide()
        # The picker gets the whole width (its German hint is long); the button goes below.
        adding = QVBoxLayout()
        adding.addWidget(self.picker)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        adding.addLayout(button_row)
        add_box = QGroupBox(self.tr("Add a host"), self)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(adding)
        add_layout.addWidget(self.add_form)

        self.detail = Form(self)
        self.detail.combo(
            "role", self.tr("&Role"), [(self.role_label(r), r.value) for r in MemberRole]
        )
        self.detail.combo("interprets_for_id", self.tr("In&terprets for"))
        self.detail.edited.connect(self._save_detail)
        detail_box = QGroupBox(self.tr("Selected host"), self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.detail)
        detail_layout.addWidget(self.remove_button)

        side = QVBoxLayout()
        side.addWidget(detail_box)
        side.addWidget(add_box)
        side.addStretch(1)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 4)
        body.addLayout(side, 3)

    # --- reading --------------------------------------------------------------------------

    def role_label(self, role: MemberRole) -> str:
        """A role as the hosts list names it: the home side's head is the host, not the head
        of a delegation."""
        if role is MemberRole.HEAD:
            return self.tr("Host")
        return enum_label(role)

    def show_order(self, visit_id: int, entries: list[Any]) -> None:
        self.visit_id = visit_id
        keep = self.current_host_id()
        self._rows = [HostRow(e.host_id, e.person_id, e) for e in entries if e.host_id is not None]
        with kept_scroll(self.view):
            self.model.set_rows(self._rows)
            fit_place_column(self.view, 0)
            if keep:
                self.select_host(keep)
        if not remote_change() and not self.picker.hasFocus():
            self.picker.set_value(None)
        self._show_host()

    def current_host_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def current_entry(self) -> Any:
        host_id = self.current_host_id()
        row = self.model.row_of(host_id) if host_id is not None else -1
        return self._rows[row].entry if row >= 0 else None

    def select_host(self, host_id: int) -> bool:
        row = self.model.row_of(host_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 1))
        return row >= 0

    def _show_host(self) -> None:
        host_id = self.current_host_id()
        self.detail.setEnabled(host_id is not None)
        self.remove_button.setEnabled(host_id is not None)
        if host_id is None:
            self.detail.clear()
            self._shown = None
            return
        host = self.services.hosts.get(host_id)
        choices: list[tuple[str, Any]] = [(self.tr("(nobody)"), None)]
        choices += [(name, pid) for name, pid in self.participants if pid != host.person_id]
        self.detail.set_choices("interprets_for_id", choices)
        stored = host.model_dump()
        values = dict(stored)
        values["role"] = MemberRole(host.role).value
        same = self._shown is not None and self._shown.get("id") == host_id
        kept = load_keeping_input(self.detail, values, same_record=same)
        self._shown = based_on(self._shown if same else None, stored, kept)

    # --- editing --------------------------------------------------------------------------
    def _save_detail(self, name: str, value: Any) -> None:
        host_id = self.current_host_id()
        if host_id is None:
            return
        shown_values = self._shown
        push_edit(
            self.detail,
            self.context.undo_stack,
            lambda: UpdateRecord(
                self.tr("Change host"),
                self.services.hosts,
                "visit_host",
                self.context.events,
                host_id,
                {name: value},
                shown_values,
            ),
            name,
            reload=self._show_host,
        )

    def _refuse_pick(self) -> None:
        self.add_form.show_error("person_id", self.tr("Choose a person from the list."))

    def add_existing(self) -> None:
        self.add_form.clear_errors()
        if self.picker.value() is None and not self.picker.resolve():
            return
        person_id = self.picker.value()
        if person_id is None:
            self._refuse_pick()
            return
        if self.add_host(person_id) is not None:
            self.picker.set_value(None)

    def add_host(self, person_id: int, role: MemberRole = MemberRole.OFFICIAL) -> int | None:
        command = CreateRecord(
            self.tr("Add host"),
            self.services.hosts,
            "visit_host",
            self.context.events,
            {
                "visit_id": self.visit_id,
                "person_id": person_id,
                "role": role,
                "position": len(self._rows) + 1,
            },
        )
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            message = validation_text(error) if isinstance(error, ValidationError) else str(error)
            self.add_form.show_error("person_id", message)
            return None
        self.select_host(command.record_id or 0)
        return command.record_id

    def remove(self) -> None:
        host_id = self.current_host_id()
        if host_id is None:
            return
        try:
            push(
                self.context.undo_stack,
                DeleteRecord(
                    self.tr("Remove host"),
                    self.services.hosts,
                    "visit_host",
                    self.context.events,
                    host_id,
                ),
            )
        except ExchangePlannerError as error:
            self.add_form.show_error("person_id", str(error))
