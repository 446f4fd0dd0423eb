"""Visit editor, section Transport: the visit's vehicles beside their form, and per transfer
the vehicles with their passengers, who is still without a seat, and the plan's problems.

Every change goes through ``services/transport.py`` (a change that would make the plan
impossible is refused with its reason, nothing changed) and onto the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import VehicleKind
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.transport import Problem
from exchange_planner.services.crud import RecordService
from exchange_planner.services.transport import TransportService, TransportView, problem_sentence
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.records import RecordSection
from exchange_planner.ui.models.record_table import Column
from exchange_planner.ui.plain import ask
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.forms import Form
from exchange_planner.ui.wording import validation_text

#: What the rows of the transfer tree hold (Qt.UserRole): ("vehicle", id) or ("person", id).
RowRole = Qt.ItemDataRole.UserRole


#: ``services.transport.PROBLEM_SENTENCES`` as the interface translates them.
_PROBLEM_SENTENCES = {
    "over_capacity": QT_TRANSLATE_NOOP(
        "TransportSection",
        "%vehicle has %seats seats but %people people are aboard on “%title”",
    ),
    "seat_out_of_range": QT_TRANSLATE_NOOP(
        "TransportSection", "%vehicle has seats 1 to %seats, not %seat (%names)"
    ),
    "seat_twice": QT_TRANSLATE_NOOP(
        "TransportSection", "Seat %seat of %vehicle is given twice on “%title”: %names"
    ),
    "two_vehicles": QT_TRANSLATE_NOOP(
        "TransportSection", "%names is in two vehicles on “%title”: %vehicles"
    ),
    "overlapping": QT_TRANSLATE_NOOP(
        "TransportSection",
        "%names is in vehicles of two transfers at the same time: “%other” and “%title”",
    ),
    "unseated": QT_TRANSLATE_NOOP("TransportSection", "Without a seat on “%title”: %names"),
    "not_attending": QT_TRANSLATE_NOOP(
        "TransportSection", "Aboard on “%title” without attending it: %names"
    ),
    "interpreter_apart": QT_TRANSLATE_NOOP(
        "TransportSection", "%names: the interpreter does not ride with the head on “%title”"
    ),
    "vehicle_double_booked": QT_TRANSLATE_NOOP(
        "TransportSection",
        "%vehicle is on two transfers at the same time: “%other” and “%title”",
    ),
}


def problem_text(problem: Problem, view: TransportView | None) -> str:
    """A finding in the interface's language, with the names of its vehicle and people."""
    template = _PROBLEM_SENTENCES.get(problem.kind)
    if template is None:
        return problem.message
    return problem_sentence(QCoreApplication.translate("TransportSection", template), problem, view)


def refusal_text(error: ValidationError, view: TransportView | None) -> str:
    """A refused change in the interface's language (the problem it would have made)."""
    values = dict(error.values)
    if "person_ids" in values:
        problem = Problem(
            error.reason,
            error.message,
            values.pop("item_id", None),  # type: ignore[arg-type]
            values.pop("vehicle_id", None),  # type: ignore[arg-type]
            tuple(values.pop("person_ids", ())),  # type: ignore[arg-type]
            values,
        )
        return problem_text(problem, view)
    return validation_text(error)


class TransferCommand(QUndoCommand):
    """One change of a transfer's vehicles or seats; undo puts back what was there before."""

    def __init__(
        self, text: str, transport: TransportService, item_id: int, change: Callable[[], Any]
    ) -> None:
        super().__init__(text)
        self.transport = transport
        self.item_id = item_id
        self.change = change
        self.before = transport.transfer_state(item_id)
        self.after: Any = None
        self.result: Any = None

    def redo(self) -> None:
        if self.after is None:
            self.result = self.change()
            self.after = self.transport.transfer_state(self.item_id)
        else:
            self.transport.restore_transfer(self.item_id, self.after)

    def undo(self) -> None:
        self.transport.restore_transfer(self.item_id, self.before)


class TransportSection(RecordSection):
    """The vehicles (list and form, from ``RecordSection``) and the transfers below."""

    kind = "vehicle"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        self.transport = TransportService(context.services.db)
        self.current_view: TransportView | None = None
        super().__init__(context, parent)
        self.view.setObjectName("vehicle_table")
        self._build_transfers()
        layout = self.layout()
        layout.addWidget(self.transfers_box, 3)  # type: ignore[union-attr]
        layout.setStretch(1, 2)  # type: ignore[union-attr]  # the vehicles above: less room

    # --- RecordSection ---------------------------------------------------------------------
    def service(self) -> RecordService[Any]:
        return self.transport.vehicles

    def action_texts(self) -> dict[str, str]:
        return {
            "add": self.tr("Add vehicle"),
            "delete": self.tr("Delete vehicle"),
            "change": self.tr("Change vehicle"),
        }

    def kinds(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Car"), VehicleKind.CAR.value),
            (self.tr("Van"), VehicleKind.VAN.value),
            (self.tr("Minibus"), VehicleKind.MINIBUS.value),
            (self.tr("Bus"), VehicleKind.BUS.value),
        ]

    def columns(self) -> list[Column[Any]]:
        kinds = dict((value, text) for text, value in self.kinds())
        return [
            Column(self.tr("Vehicle"), lambda v: v.label),
            Column(self.tr("Kind"), lambda v: kinds.get(str(v.kind), str(v.kind))),
            Column(self.tr("Seats"), lambda v: str(v.seats), alignment=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Driver"), lambda v: v.driver_name),
            Column(self.tr("Language"), lambda v: v.driver_language),
            Column(self.tr("Plate"), lambda v: v.plate),
        ]

    def build_form(self, form: Form) -> None:
        form.text("label", self.tr("&Label"), max_length=100)
        form.combo("kind", self.tr("&Kind"), self.kinds())
        form.text("seats", self.tr("Se&ats"))
        form.text("driver_name", self.tr("D&river"), max_length=200)
        form.text("driver_phone", self.tr("Driver's &phone"), max_length=100)
        form.text("driver_language", self.tr("Driver's lan&guage (de, en, ko)"), max_length=20)
        form.text("plate", self.tr("Num&ber plate"), max_length=30)
        form.text("company", self.tr("Co&mpany"), max_length=300)
        form.multiline("notes", self.tr("Notes"))

    def new_values(self) -> dict[str, Any]:
        count = len(self.transport.vehicles.for_visit(self.visit_id))
        return {
            "visit_id": self.visit_id,
            "label": self.tr("Vehicle %1").replace("%1", str(count + 1)),
            "kind": VehicleKind.CAR,
            "seats": 4,
        }

    def _show(self) -> None:
        super()._show()
        if hasattr(self, "seat_vehicle"):
            self._enable()

    # --- the transfers ---------------------------------------------------------------------
    def _build_transfers(self) -> None:
        box = QGroupBox(self.tr("Transfers"), self)
        self.transfers_box = box
        self.transfer = QComboBox(box)
        self.transfer.setObjectName("transfer_choice")
        self.transfer.currentIndexChanged.connect(lambda _i: self._show_transfer())
        choose = QLabel(self.tr("&Transfer:"), box)
        choose.setBuddy(self.transfer)
        self.route = QLabel(box)
        self.route.setTextFormat(Qt.TextFormat.PlainText)
        self.route.setWordWrap(True)
        self.tree = QTreeWidget(box)
        self.tree.setObjectName("transfer_tree")
        self.tree.setHeaderLabels(
            [self.tr("Vehicle / passenger"), self.tr("Seat", "seat number column")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.problems = QLabel(box)
        self.problems.setObjectName("transport_problems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_to_transfer = QPushButton(self.tr("&Use selected vehicle"), box)
        self.add_to_transfer.setToolTip(self.tr("Put the vehicle selected above on this transfer"))
        self.add_to_transfer.clicked.connect(self.assign_current_vehicle)
        self.remove_from_transfer = QPushButton(self.tr("Take vehi&cle off"), box)
        self.remove_from_transfer.clicked.connect(self.remove_selected_vehicle)
        self.auto_button = QPushButton(self.tr("Seat ever&yone automatically"), box)
        self.auto_button.setToolTip(
            self.tr(
                "Everyone attending, in the order of precedence, vehicle after vehicle; "
                "the head of delegation with the interpreter (Ctrl+Shift+E)"
            )
        )
        self.auto_button.clicked.connect(self.seat_everyone)
        #: Asks (title, text) before seats already given are replaced (tests answer it).
        self.confirm_reseat: Callable[[str, str], bool] = lambda title, text: ask(self, title, text)
        self.seat_vehicle = QComboBox(box)
        self.seat_vehicle.setObjectName("seat_vehicle")
        self.seat_number = QSpinBox(box)
        self.seat_number.setObjectName("seat_number")
        self.seat_number.setRange(0, 80)
        self.seat_number.setSpecialValueText(self.tr("any seat"))
        self.seat_button = QPushButton(self.tr("&Seat"), box)
        self.seat_button.setToolTip(self.tr("Seat the selected person in the chosen vehicle"))
        self.seat_button.clicked.connect(self.seat_selected)
        self.unseat_button = QPushButton(self.tr("U&nseat"), box)
        self.unseat_button.clicked.connect(self.unseat_selected)
        writes(
            self.add_to_transfer,
            self.remove_from_transfer,
            self.auto_button,
            self.seat_button,
            self.unseat_button,
        )
        auto = QAction(self)
        auto.setShortcut(QKeySequence("Ctrl+Shift+E"))
        auto.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        auto.triggered.connect(self.seat_everyone)
        self.addAction(auto)
        unseat = QAction(self)
        unseat.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        unseat.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        unseat.triggered.connect(self.unseat_selected)
        self.tree.addAction(unseat)

        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.transfer, 1)
        vehicles = QHBoxLayout()
        vehicles.addWidget(self.add_to_transfer)
        vehicles.addWidget(self.remove_from_transfer)
        vehicles.addWidget(self.auto_button)
        vehicles.addStretch(1)
        seat_row = QFormLayout()
        seating = QHBoxLayout()
        seating.addWidget(self.seat_vehicle, 1)
        seating.addWidget(self.seat_number)
        seating.addWidget(self.seat_button)
        seating.addWidget(self.unseat_button)
        into = QLabel(self.tr("Seat &in:"), box)
        into.setBuddy(self.seat_vehicle)
        seat_row.addRow(into, seating)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.route)
        layout.addLayout(vehicles)
        layout.addWidget(self.tree, 1)
        layout.addLayout(seat_row)
        layout.addWidget(self.problems)

    def clear(self) -> None:
        super().clear()
        if hasattr(self, "transfer"):
            self.current_view = None
            self.transfer.clear()
            self.tree.clear()
            self.problems.clear()
            self.route.clear()

    def reload(self) -> None:
        super().reload()
        if not self.visit_id:
            return
        try:
            self.current_view = self.transport.view(self.visit_id)
        except ExchangePlannerError as error:
            self.problems.setText(str(error))
            return
        keep = self.transfer.currentData()
        self.transfer.blockSignals(True)
        self.transfer.clear()
        for transfer in self.current_view.transfers:
            self.transfer.addItem(transfer.title, transfer.item_id)
        index = self.transfer.findData(keep)
        self.transfer.setCurrentIndex(max(index, 0) if self.transfer.count() else -1)
        self.transfer.blockSignals(False)
        self._show_transfer()

    def current_transfer(self) -> Any:
        item_id = self.transfer.currentData()
        if self.current_view is None or item_id is None:
            return None
        return next((t for t in self.current_view.transfers if t.item_id == item_id), None)

    def _show_transfer(self) -> None:
        transfer = self.current_transfer()
        selected = self._selected()
        self.tree.clear()
        self.seat_vehicle.clear()
        if transfer is None:
            self.route.setText(
                self.tr("This visit has no transfers; add program items of kind Transfer.")
                if self.visit_id
                else ""
            )
            self._show_problems()
            self._enable()
            return
        origin = transfer.origin or self.tr("(start not set)")
        destination = transfer.destination or self.tr("(destination not set)")
        self.route.setText(f"{origin} → {destination}")
        select: QTreeWidgetItem | None = None
        for ride in transfer.rides:
            vehicle = ride.vehicle
            top = QTreeWidgetItem(
                [
                    self.tr("%1 (%2 of %3 seats)")
                    .replace("%1", vehicle.label)
                    .replace("%2", str(len(ride.passengers)))
                    .replace("%3", str(vehicle.seats)),
                    "",
                ]
            )
            top.setData(0, RowRole, ("vehicle", vehicle.id))
            for passenger in ride.passengers:
                child = QTreeWidgetItem(
                    [passenger.name, "" if passenger.seat is None else str(passenger.seat)]
                )
                child.setData(0, RowRole, ("person", passenger.person_id))
                top.addChild(child)
                if selected == ("person", passenger.person_id):
                    select = child
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if selected == ("vehicle", vehicle.id):
                select = top
            self.seat_vehicle.addItem(vehicle.label, vehicle.id)
        if transfer.unseated:
            top = QTreeWidgetItem(
                [self.tr("Without a seat (%1)").replace("%1", str(len(transfer.unseated))), ""]
            )
            top.setData(0, RowRole, ("unseated", 0))
            for passenger in transfer.unseated:
                child = QTreeWidgetItem([passenger.name, ""])
                child.setData(0, RowRole, ("person", passenger.person_id))
                top.addChild(child)
                if selected == ("person", passenger.person_id):
                    select = child
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        if select is not None:
            self.tree.setCurrentItem(select)
        self._show_problems()
        self._enable()

    def _show_problems(self) -> None:
        view = self.current_view
        if view is None or not view.problems:
            self.problems.setText(self.tr("✓ The transport plan has no problems.") if view else "")
            return
        lines = [("⛔ " if p.refusal else "⚠ ") + problem_text(p, view) for p in view.problems]
        self.problems.setText("\n".join(lines))

    def _selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        data = item.data(0, RowRole) if item is not None else None
        return tuple(data) if data else None  # type: ignore[return-value]

    def _enable(self) -> None:
        transfer = self.current_transfer() if hasattr(self, "tree") else None
        selected = self._selected() if transfer is not None else None
        has_rides = bool(transfer and transfer.rides)
        self.add_to_transfer.setEnabled(transfer is not None and self.current_id() is not None)
        self.remove_from_transfer.setEnabled(bool(selected and selected[0] == "vehicle"))
        self.auto_button.setEnabled(has_rides)
        person = bool(selected and selected[0] == "person")
        self.seat_button.setEnabled(person and has_rides)
        seated = person and any(
            p.person_id == selected[1]  # type: ignore[index]
            for r in (transfer.rides if transfer else ())
            for p in r.passengers
        )
        self.unseat_button.setEnabled(seated)

    # --- actions -----------------------------------------------------------------------------
    def _run(self, text: str, change: Callable[[], Any]) -> Any:
        """Do ``change`` to the current transfer as one undo step; a refusal is shown."""
        transfer = self.current_transfer()
        if transfer is None:
            return None
        command = TransferCommand(text, self.transport, transfer.item_id, change)
        try:
            push(self.context.undo_stack, command)
        except ValidationError as error:
            message = refusal_text(error, self.current_view)
            self.problems.setText("⛔ " + message)
            self.context.events.status.emit(message)
            return None
        except ExchangePlannerError as error:
            self.problems.setText("⛔ " + str(error))
            return None
        self.reload()
        return command.result if command.result is not None else True

    def assign_current_vehicle(self) -> Any:
        transfer, vehicle_id = self.current_transfer(), self.current_id()
        if transfer is None or vehicle_id is None:
            return None
        return self._run(
            self.tr("Use vehicle on transfer"),
            lambda: self.transport.assign_vehicle(transfer.item_id, vehicle_id),
        )

    def remove_selected_vehicle(self) -> Any:
        transfer, selected = self.current_transfer(), self._selected()
        if transfer is None or not selected or selected[0] != "vehicle":
            return None
        return self._run(
            self.tr("Take vehicle off transfer"),
            lambda: self.transport.remove_vehicle(transfer.item_id, selected[1]),
        )

    def seat_everyone(self) -> Any:
        transfer = self.current_transfer()
        if transfer is None or not transfer.rides:
            return None
        seated = sum(len(ride.passengers) for ride in transfer.rides)
        if seated and not self.confirm_reseat(
            self.tr("Seat everyone automatically"),
            self.tr(
                "%1 people already have a seat on “%2”. Seat everyone again in the order of "
                "precedence? Seats given by hand are replaced (Undo brings them back)."
            )
            .replace("%1", str(seated))
            .replace("%2", transfer.title),
        ):
            return None
        result = self._run(
            self.tr("Seat everyone automatically"),
            lambda: self.transport.auto_assign(transfer.item_id),
        )
        unplaced = getattr(result, "unplaced", ())
        if unplaced:
            self.context.events.status.emit(
                self.tr("%1 found no seat: add a vehicle or seats.").replace(
                    "%1", str(len(unplaced))
                )
            )
        return result

    def seat_selected(self) -> Any:
        transfer, selected = self.current_transfer(), self._selected()
        vehicle_id = self.seat_vehicle.currentData()
        if transfer is None or not selected or selected[0] != "person" or vehicle_id is None:
            return None
        number = self.seat_number.value() or None
        return self._run(
            self.tr("Seat"),
            lambda: self.transport.seat(transfer.item_id, selected[1], vehicle_id, number),
        )

    def unseat_selected(self) -> Any:
        transfer, selected = self.current_transfer(), self._selected()
        if transfer is None or not selected or selected[0] != "person":
            return None
        return self._run(
            self.tr("Unseat"),
            lambda: self.transport.unseat(transfer.item_id, selected[1]),
        )
