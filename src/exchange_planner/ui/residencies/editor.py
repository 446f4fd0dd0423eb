"""The residency editor: fields, counterpart, studio conflicts, checklist and deliverables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain import validation as v
from exchange_planner.domain.dates import end_following_start
from exchange_planner.domain.enums import Direction, ResidencyStatus
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.services.change_history import RESIDENCY_KINDS
from exchange_planner.services.records import Residency
from exchange_planner.ui.amounts import amount_field_text
from exchange_planner.ui.conflicts import (
    based_on,
    field_label,
    load_keeping_input,
    push_checked,
)
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.residencies.commands import (
    UNSET,
    CreatePart,
    DeletePart,
    EditResidency,
    UpdatePart,
)
from exchange_planner.ui.residencies.parts import (
    ChecklistModel,
    DeliverablesModel,
    DueDateDelegate,
)
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.change_history import ChangeHistoryPanel
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.widgets.forms import (
    ERROR_STYLE,
    Form,
    error_label,
    field_caption,
    fill_combo,
    push_edit,
    settle_edits,
)
from exchange_planner.ui.widgets.pickers import add_picker, person_picker, venue_picker
from exchange_planner.ui.widgets.translations import TranslatableFields
from exchange_planner.ui.wording import conflict_lines, validation_text

WARNING_STYLE = "color: #e65100;"


def direction_label(value: Direction | str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Direction.OUTGOING: QCoreApplication.translate("Residencies", "Outgoing (sent)"),
        Direction.INCOMING: QCoreApplication.translate("Residencies", "Incoming (received)"),
    }[Direction(value)]


def status_label(value: ResidencyStatus | str) -> str:
    return enum_label(ResidencyStatus(value))


def residency_label(record: Residency, artist: str = "") -> str:
    when = f"{ui_date(record.start_date)}–{ui_date(record.end_date)}"
    name = record.title or artist or f"#{record.id}"
    return f"{name} ({when})"


class ResidencyEditor(QWidget):
    """Edits one residency; every change is one undoable command on the app-wide stack."""

    #: The user wants a PDF sheet of the residency shown (id).
    sheet_requested = Signal(int)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.today = today
        self.residency_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self._shown: dict[str, Any] | None = None

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        f = self.form = Form(self, general_error=True)
        f.text("title", self.tr("&Title"), cap=301)
        self.artist = add_picker(
            f,
            "artist_id",
            self.tr("&Artist"),
            person_picker(self.services, optional=True, none_text=self.tr("— to be named —")),
        )
        self.partnership = f.combo("partnership_id", self.tr("&Partnership"), min_contents=20)
        self.direction = f.combo("direction", self.tr("Direction"), min_contents=20)
        self.status = f.combo("status", self.tr("&Status"), min_contents=20)
        f.text("home_institution", self.tr("H&ome institution"), cap=301)
        f.text("host_institution", self.tr("Host institution"), cap=301)
        self.studio = add_picker(
            f,
            "studio_id",
            self.tr("Stud&io"),
            venue_picker(
                self.services, optional=True, none_text=self.tr("— none (host institution) —")
            ),
        )
        f.date("start_date", self.tr("Fro&m"), wide_range=True)
        f.date("end_date", self.tr("&Until"), wide_range=True)
        f.text("budget_amount", self.tr("&Budget"), cap=21)
        f.text("budget_currency", self.tr("&Currency"), cap=4)
        self.counterpart = f.combo("counterpart_id", self.tr("Counterpart"), min_contents=20)
        f.multiline("notes", self.tr("&Notes"), max_height=90)
        self.translations = TranslatableFields(
            context,
            "residency",
            lambda: (
                (self.services.residencies, self.residency_id)
                if self.residency_id is not None
                else None
            ),
            self,
            languages=lambda: self.services.translations.languages_for_partnership(
                self.partnership.currentData()
            ),
        )
        self.translations.attach_form(f)
        for direction in Direction:
            self.direction.addItem(direction_label(direction), direction.value)
        for status in ResidencyStatus:
            self.status.addItem(status_label(status), status.value)
        self.partnership.currentIndexChanged.connect(self._fill_counterparts)
        self.direction.currentIndexChanged.connect(self._fill_counterparts)

        self.conflicts = QLabel(self)
        self.conflicts.setStyleSheet(WARNING_STYLE)
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts.hide()

        self.sheet_button = QPushButton(icon("pdf"), self.tr("Residency sheet (PDF)…"), self)
        self.sheet_button.clicked.connect(self._request_sheet)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        self.form.edited.connect(self._save)

        # --- checklist and deliverables ---------------------------------------------------
        self.checklist_model = ChecklistModel(self._commit_part, today, self)
        self.checklist_view = self._table(self.checklist_model)
        self.checklist_view.setMinimumHeight(290)
        self.deliverables_model = DeliverablesModel(self._commit_part, today, self)
        self.deliverables_view = self._table(self.deliverables_model)
        self.parts_error = error_label(self)
        # "Due" is typed like every other date of the application.
        for view in (self.checklist_view, self.deliverables_view):
            delegate = DueDateDelegate(view)
            delegate.refused.connect(self._show_part_refusal)
            delegate.accepted.connect(self.parts_error.hide)
            view.setItemDelegateForColumn(1, delegate)
        self.add_deliverable_button = QPushButton(icon("new"), self.tr("Add de&liverable"), self)
        self.add_deliverable_button.clicked.connect(self.add_deliverable)
        self.remove_deliverable_button = QPushButton(icon("delete"), self.tr("Remove"), self)
        self.remove_deliverable_button.clicked.connect(self.remove_deliverable)
        # The editor: its fields, deliverables and checklist (the sheet button only prints).
        writes(self, self.add_deliverable_button, self.remove_deliverable_button)
        checklist_box = QGroupBox(self.tr("Preparation checklist"), self)
        QVBoxLayout(checklist_box).addWidget(self.checklist_view)
        deliverables_box = QGroupBox(self.tr("Deliverables"), self)
        dbox = QVBoxLayout(deliverables_box)
        dbox.addWidget(self.deliverables_view)
        drow = QHBoxLayout()
        drow.addWidget(self.add_deliverable_button)
        drow.addWidget(self.remove_deliverable_button)
        drow.addStretch(1)
        dbox.addLayout(drow)

        # Who changed what in this residency, newest first (refreshed by the change feed).
        history_box = QGroupBox(self.tr("History"), self)
        self.change_history = ChangeHistoryPanel(context, RESIDENCY_KINDS, history_box)
        self.change_history.setMinimumHeight(200)
        QVBoxLayout(history_box).addWidget(self.change_history)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.conflicts)
        layout.addLayout(buttons)
        layout.addWidget(checklist_box)
        layout.addWidget(self.parts_error)
        layout.addWidget(deliverables_box)
        layout.addWidget(history_box)
        layout.addStretch(1)
        self.setEnabled(False)

    def _request_sheet(self) -> None:
        if self.residency_id is not None:
            self.sheet_requested.emit(self.residency_id)

    def _table(self, model: Any) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setMinimumHeight(120)
        view.setWordWrap(False)
        return view

    # --- loading ------------------------------------------------------------------------
    def load(self, residency_id: int | None) -> None:
        """Show a residency; None (nothing selected, or just deleted) leaves every field empty.
        The fields are only filled again when the stored record changed, so a refused value
        stays in its field beside its message."""
        if residency_id != self.residency_id:
            settle_edits(self)  # a pending edit belongs to the residency shown until now
            history = self.services.change_history
            self.change_history.show_history(
                None if residency_id is None else lambda: history.for_residency(residency_id)
            )
        self.residency_id = residency_id
        self.setEnabled(residency_id is not None)
        if residency_id is None:
            self.heading.setText(self.tr("No residency selected"))
            self._loaded = {}
            self._shown = None
            self.form.clear()  # no default date, no first partnership, no stale values
            self.translations.load(None)
            self.checklist_model.set_rows([])
            self.deliverables_model.set_rows([])
            self.conflicts.hide()
            self.parts_error.hide()
            return
        record = self.services.residencies.get(residency_id)
        dump = record.model_dump()
        if dump != self._loaded:
            same = self._shown is not None and self._shown.get("id") == residency_id
            self._fill_choices(record)
            kept = load_keeping_input(self.form, self._form_values(record), same_record=same)
            self._fill_counterparts()
            if "counterpart_id" not in kept:
                self.form.load({"counterpart_id": record.counterpart_id})
            self._loaded = dump
            #: What the editor shows: the base of the next edit.
            self._shown = based_on(self._shown if same else None, dump, kept)
            self.translations.load(record)
        self.heading.setText(record.title or self.tr("Residency #%d") % residency_id)
        self.reload_parts()
        self._show_conflicts()

    def _form_values(self, record: Residency) -> dict[str, Any]:
        values = record.model_dump()
        values["direction"] = record.direction.value
        values["status"] = record.status.value
        values["budget_amount"] = amount_field_text(record.budget_amount)
        return values

    def _fill_choices(self, record: Residency) -> None:
        s = self.services
        # Artist and studio are searchable pickers: only the partnerships are listed here.
        fill_combo(self.partnership, [(p.partner_city, p.id) for p in s.partnerships.list()])

    def _fill_counterparts(self) -> None:
        partnership_id = self.partnership.currentData()
        direction = self.direction.currentData()
        items: list[tuple[str, Any]] = [(self.tr("— none —"), None)]
        if partnership_id is not None and direction:
            candidates = self.services.residencies.counterpart_candidates(
                self.residency_id, partnership_id, direction
            )
            items += [(residency_label(c), c.id) for c in candidates]
        # The stored counterpart stays visible even when it is no longer a valid choice
        # (e.g. cancelled), so saving other fields does not silently unlink it.
        if self.residency_id is not None and partnership_id is not None:
            stored = self.services.residencies.get(self.residency_id)
            offered = {data for _, data in items}
            if stored.counterpart_id is not None and stored.counterpart_id not in offered:
                other = self.services.residencies.get(stored.counterpart_id)
                if other.partnership_id == partnership_id:
                    items.append((residency_label(other), other.id))
        fill_combo(self.counterpart, items)

    def reload_parts(self) -> None:
        if self.residency_id is None:
            return
        self.checklist_model.set_rows(self.services.checklist.for_residency(self.residency_id))
        self.deliverables_model.set_rows(
            self.services.deliverables.for_residency(self.residency_id)
        )

    def _show_conflicts(self) -> None:
        assert self.residency_id is not None
        conflicts = self.services.residencies.conflicts_for(self.residency_id)
        if conflicts:
            self.conflicts.setText(self.tr("Studio conflict: ") + conflict_lines(conflicts))
            self.conflicts.show()
        else:
            self.conflicts.hide()

    # --- editing ------------------------------------------------------------------------
    def _save(self, name: str, value: Any) -> bool:
        """Save one finished field edit as one undoable step; a refusal shows under the field
        and changes nothing."""
        if self.residency_id is None:
            return False
        record = self.services.residencies.get(self.residency_id)
        if _same_as_stored(name, value, record):
            # E.g. spaces around a title or "9000" for 9000.00: nothing to store or undo.
            self.form.clear_errors(name)
            self.form.load({name: self._form_values(record)[name]})
            return True
        changes: dict[str, Any] = {}
        counterpart: Any = UNSET
        unlinked = False
        try:
            if name == "counterpart_id":
                counterpart = value
            else:
                changes[name] = value
            if name == "start_date" and value is not None:
                end = end_following_start(record.start_date, record.end_date, value)
                if end != record.end_date:
                    changes["end_date"] = end
            if name in ("direction", "partnership_id") and record.counterpart_id is not None:
                # A counterpart goes the other way within the same partnership: a change that
                # breaks the pair unlinks it in the same step.
                other = self.services.residencies.get(record.counterpart_id)
                if (name == "direction" and other.direction == value) or (
                    name == "partnership_id" and other.partnership_id != value
                ):
                    counterpart = None
                    unlinked = True
        except ValidationError as error:
            self.form.forget(name)
            self.form.show_error(name, validation_text(error))
            return False
        dues: dict[int, date | None] = {}
        if {"start_date", "end_date"} & set(changes):
            start = changes.get("start_date", record.start_date)
            end = changes.get("end_date", record.end_date)
            if start is not None and end is not None and start <= end:
                # The preparation steps derived from the dates move with them.
                dues = self.services.residencies.checklist_following(
                    self.residency_id, start, end, self.today()
                )
        caption = field_caption(self.form, name)
        shown = self._shown if self._shown is not None else record
        saved = push_edit(
            self.form,
            self.context.undo_stack,
            lambda: EditResidency(
                self.tr("Change %s") % caption,
                self.services,
                self.context.events,
                self.residency_id,  # type: ignore[arg-type]
                changes,
                counterpart,
                dues,
                shown=shown,
            ),
            name,
            reload=self._reread,
        )
        if saved and unlinked:
            self.context.events.status.emit(
                self.tr("The counterpart no longer fits and was unlinked; Ctrl+Z brings it back")
            )
        elif saved and "end_date" in changes and name == "start_date":
            self.context.events.status.emit(
                self.tr("The end moved along to %s, keeping the duration")
                % ui_date(changes["end_date"])
            )
        return saved

    def _reread(self) -> None:
        """Show the stored residency again (after a refused edit)."""
        self._loaded = {}
        self.load(self.residency_id)

    def _show_part_refusal(self, message: str) -> None:
        self.parts_error.setText(message)
        self.parts_error.show()
        # The line under the table may be scrolled out of sight: the status bar says it too.
        self.context.events.status.emit(message)

    def _commit_part(self, service_name: str, record_id: int, changes: dict[str, Any]) -> bool:
        assert self.residency_id is not None
        checklist = service_name == "checklist"
        kind = "checklist_item" if checklist else "residency_deliverable"
        model = self.checklist_model if checklist else self.deliverables_model
        #: The row as the table shows it: the base of the edit.
        shown = next((row for row in model.rows if row.id == record_id), None)
        if shown is None:
            shown = getattr(self.services, service_name).get(record_id)
        headers = dict(zip(("title", "due_date", "done"), model.headers, strict=False))
        headers["done_on"] = headers["done"]
        try:
            push_checked(
                self,
                self.context.undo_stack,
                UpdatePart(
                    self.tr("Edit checklist") if checklist else self.tr("Edit deliverable"),
                    getattr(self.services, service_name),
                    kind,
                    self.context.events,
                    record_id,
                    changes,
                    shown,
                    residency_id=self.residency_id,
                ),
                reload=self.reload_parts,
                label_of=lambda field: headers.get(field) or field_label(field),
            )
        except ExchangePlannerError as error:
            self.parts_error.setText(str(error))
            self.parts_error.show()
            return False
        self.parts_error.hide()
        return True

    def add_deliverable(self) -> None:
        if self.residency_id is None:
            return
        record = self.services.residencies.get(self.residency_id)
        rid = self.residency_id
        try:
            push(
                self.context.undo_stack,
                CreatePart(
                    self.tr("Add deliverable"),
                    self.services.deliverables,
                    "residency_deliverable",
                    self.context.events,
                    {
                        "residency_id": rid,
                        "title": self.tr("New deliverable"),
                        "due_date": record.end_date,
                    },
                    residency_id=rid,
                ),
            )
        except ExchangePlannerError as error:
            self.parts_error.setText(str(error))
            self.parts_error.show()
            return
        self.reload_parts()
        row = self.deliverables_model.rowCount() - 1
        for index in range(self.deliverables_model.rowCount()):
            if self.deliverables_model.item(index).title == self.tr("New deliverable"):
                row = index
        if row >= 0:
            self.deliverables_view.setFocus()
            index = self.deliverables_model.index(row, 0)
            self.deliverables_view.setCurrentIndex(index)
            self.deliverables_view.edit(index)

    def remove_deliverable(self) -> None:
        index = self.deliverables_view.currentIndex()
        if self.residency_id is None or not index.isValid():
            return
        item = self.deliverables_model.item(index.row())
        push(
            self.context.undo_stack,
            DeletePart(
                self.tr("Remove deliverable"),
                self.services.deliverables,
                "residency_deliverable",
                self.context.events,
                item.id,  # type: ignore[arg-type]
                residency_id=self.residency_id,
            ),
        )
        self.context.events.status.emit(
            self.tr("Deliverable “%s” removed; Ctrl+Z brings it back") % item.title
        )


def _same_as_stored(name: str, value: Any, record: Residency) -> bool:
    """Whether a field's new text means what is stored (the service would store the same)."""
    stored = getattr(record, name, None)
    if name == "budget_amount":
        try:
            return v.money(name, value) == stored
        except ValidationError:
            return False
    if name == "budget_currency" and isinstance(value, str):
        return value.strip().upper() == stored
    if isinstance(value, str) and isinstance(stored, str):
        return value.strip() == stored
    return False


def default_new_values(partnership_id: int, today: date) -> dict[str, Any]:
    """A new residency starts as a proposal three months ahead, for three months."""
    start = today + timedelta(days=90)
    return {
        "title": "",
        "partnership_id": partnership_id,
        "direction": Direction.OUTGOING,
        "status": ResidencyStatus.PROPOSED,
        "start_date": start,
        "end_date": start + timedelta(days=90),
    }


__all__ = ["ERROR_STYLE", "ResidencyEditor", "default_new_values"]
