"""The residency editor: fields, counterpart, studio conflicts, checklist and deliverables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from exchange_planner.domain.enums import Direction, ResidencyStatus
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.storage.tables import Residency
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.residencies.commands import (
    CreatePart,
    DeletePart,
    EditResidency,
    UpdatePart,
)
from exchange_planner.ui.residencies.parts import ChecklistModel, DeliverablesModel
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.forms import (
    ERROR_STYLE,
    Form,
    error_label,
    fill_combo,
    push_form,
)
from exchange_planner.ui.widgets.pickers import add_picker, person_picker, venue_picker

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
    when = f"{record.start_date:%d.%m.%Y}–{record.end_date:%d.%m.%Y}"
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

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)

        f = self.form = Form(self, general_error=True)
        f.text("title", self.tr("&Title"), cap=301)
        self.artist = add_picker(
            f,
            "artist_id",
            self.tr("&Artist"),
            person_picker(self.services, optional=True, none_text=self.tr("— to be named —")),
        )
        self.partnership = f.combo("partnership_id", self.tr("&Partnership"), min_contents=20)
        self.direction = f.combo("direction", self.tr("&Direction"), min_contents=20)
        self.status = f.combo("status", self.tr("&Status"), min_contents=20)
        f.text("home_institution", self.tr("&Home institution"), cap=301)
        f.text("host_institution", self.tr("H&ost institution"), cap=301)
        self.studio = add_picker(
            f,
            "studio_id",
            self.tr("Stu&dio"),
            venue_picker(
                self.services, optional=True, none_text=self.tr("— none (host institution) —")
            ),
        )
        f.date("start_date", self.tr("&From"), wide_range=True)
        f.date("end_date", self.tr("&Until"), wide_range=True)
        f.text("budget_amount", self.tr("&Budget"), cap=21)
        f.text("budget_currency", self.tr("&Currency"), cap=4)
        self.counterpart = f.combo("counterpart_id", self.tr("Cou&nterpart"), min_contents=20)
        f.multiline("notes", self.tr("No&tes"), max_height=90)
        for direction in Direction:
            self.direction.addItem(direction_label(direction), direction.value)
        for status in ResidencyStatus:
            self.status.addItem(status_label(status), status.value)
        self.partnership.currentIndexChanged.connect(self._fill_counterparts)
        self.direction.currentIndexChanged.connect(self._fill_counterparts)

        self.conflicts = QLabel(self)
        self.conflicts.setStyleSheet(WARNING_STYLE)
        self.conflicts.setWordWrap(True)
        self.conflicts.hide()

        self.apply_button = QPushButton(icon("save"), self.tr("&Apply changes"), self)
        self.apply_button.setToolTip(self.tr("Save the fields above (Ctrl+S); undo with Ctrl+Z"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(icon("undo"), self.tr("&Revert"), self)
        self.revert_button.clicked.connect(self.revert)
        self.sheet_button = QPushButton(icon("pdf"), self.tr("Residency &sheet (PDF)…"), self)
        self.sheet_button.clicked.connect(
            lambda: self.residency_id and self.sheet_requested.emit(self.residency_id)
        )
        QShortcut(QKeySequence.StandardKey.Save, self, self.apply)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)

        # --- checklist and deliverables ---------------------------------------------------
        self.checklist_model = ChecklistModel(self._commit_part, today, self)
        self.checklist_view = self._table(self.checklist_model)
        self.checklist_view.setMinimumHeight(290)
        self.deliverables_model = DeliverablesModel(self._commit_part, today, self)
        self.deliverables_view = self._table(self.deliverables_model)
        self.parts_error = error_label(self)
        self.add_deliverable_button = QPushButton(icon("new"), self.tr("Add deli&verable"), self)
        self.add_deliverable_button.clicked.connect(self.add_deliverable)
        self.remove_deliverable_button = QPushButton(icon("delete"), self.tr("Remove"), self)
        self.remove_deliverable_button.clicked.connect(self.remove_deliverable)
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.conflicts)
        layout.addLayout(buttons)
        layout.addWidget(checklist_box)
        layout.addWidget(self.parts_error)
        layout.addWidget(deliverables_box)
        layout.addStretch(1)
        self.setEnabled(False)

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
        """Show a residency (None: nothing). Field edits are kept unless the record changed."""
        self.residency_id = residency_id
        self.setEnabled(residency_id is not None)
        if residency_id is None:
            self.heading.setText(self.tr("No residency selected"))
            self._loaded = {}
            self.checklist_model.set_rows([])
            self.deliverables_model.set_rows([])
            self.conflicts.hide()
            return
        record = self.services.residencies.get(residency_id)
        dump = record.model_dump()
        if dump != self._loaded:
            self._fill_choices(record)
            self.form.load(self._form_values(record))
            self._fill_counterparts()
            self.form.load({"counterpart_id": record.counterpart_id})
            self._loaded = dump
        self.heading.setText(record.title or self.tr("Residency #%d") % residency_id)
        self.reload_parts()
        self._show_conflicts()

    def _form_values(self, record: Residency) -> dict[str, Any]:
        values = record.model_dump()
        values["direction"] = record.direction.value
        values["status"] = record.status.value
        values["budget_amount"] = "" if record.budget_amount is None else str(record.budget_amount)
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
            self.conflicts.setText(
                self.tr("Studio conflict: ") + "\n".join(c.message for c in conflicts)
            )
            self.conflicts.show()
        else:
            self.conflicts.hide()

    # --- editing ------------------------------------------------------------------------
    def changes(self) -> tuple[dict[str, Any], Any]:
        """Field changes against the stored record, and the counterpart chosen."""
        values = self.form.values()
        counterpart = values.pop("counterpart_id")
        changes: dict[str, Any] = {}
        for name, value in values.items():
            old = self._loaded.get(name)
            if name == "budget_amount":
                try:
                    same = v.money(name, value) == old
                except ValidationError:
                    same = False
                if not same:
                    changes[name] = value
            elif name == "budget_currency":
                if (value or "").strip().upper() != old:
                    changes[name] = value
            elif isinstance(value, str) and isinstance(old, str):
                if value.strip() != old:
                    changes[name] = value
            elif value != old:
                changes[name] = value
        return changes, counterpart

    def is_dirty(self) -> bool:
        changes, counterpart = self.changes()
        return bool(changes) or counterpart != self._loaded.get("counterpart_id")

    def apply(self) -> bool:
        """Save the form as one undoable edit; a refused edit changes nothing."""
        if self.residency_id is None:
            return False
        changes, counterpart = self.changes()
        if not changes and counterpart == self._loaded.get("counterpart_id"):
            self.form.clear_errors()
            return True
        command = partial(
            EditResidency,
            self.tr("Edit residency"),
            self.services,
            self.context.events,
            self.residency_id,
            changes,
            counterpart,
        )
        if not push_form(self.form, self.context.undo_stack, command):
            return False
        self.context.events.status.emit(self.tr("Residency saved"))
        return True

    def revert(self) -> None:
        self._loaded = {}
        self.load(self.residency_id)

    def _commit_part(self, service_name: str, record_id: int, changes: dict[str, Any]) -> bool:
        assert self.residency_id is not None
        kind = "checklist" if service_name == "checklist" else "deliverable"
        try:
            push(
                self.context.undo_stack,
                UpdatePart(
                    self.tr("Edit checklist")
                    if kind == "checklist"
                    else self.tr("Edit deliverable"),
                    getattr(self.services, service_name),
                    kind,
                    self.context.events,
                    record_id,
                    changes,
                    residency_id=self.residency_id,
                ),
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
                    "deliverable",
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
                "deliverable",
                self.context.events,
                item.id,  # type: ignore[arg-type]
                residency_id=self.residency_id,
            ),
        )


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
