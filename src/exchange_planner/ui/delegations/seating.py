"""Visit editor, section Seating: the seating plans of the visit's meals and receptions.

A picker of the meal and reception items; for an item without a plan its creation (rule,
alternation, interpreters, the first table); for a plan its settings, its tables, the
drawing of the tables with every seat's name (side by colour, host and guest of honour
marked, locked seats marked), the unseated attendees and the warnings. Guests are dragged
from seat to seat (swapping with the occupant), from the unseated list to a seat and back;
the same with the keys: select a seat (arrows), then "Move to seat…", "Lock seat",
"Unseat" (also in the seat's context menu). Every change is one step of Edit ▸ Undo; a step
is refused when someone else changed the seats meanwhile. Everything goes through
``services.seating``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import (
    InterpreterPlace,
    MemberRole,
    ProgramKind,
    SeatingRule,
    Side,
    TableShape,
)
from exchange_planner.domain.errors import ConflictError, ExchangePlannerError, ValidationError
from exchange_planner.domain.seating import SeatKey
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import CreateMany
from exchange_planner.ui.delegations.overview import Section
from exchange_planner.ui.delegations.seating_canvas import (
    HONOUR_MARK,
    HOST_MARK,
    SIDE_FILL,
    Legend,
    SeatingCanvas,
)
from exchange_planner.ui.events import EventHub
from exchange_planner.ui.names import person_name
from exchange_planner.ui.plain import plain_label, plain_tooltip
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.forms import ElidingComboBox
from exchange_planner.ui.wording import validation_text

#: The kinds of program items that can have a seating plan.
SEATED_KINDS = (ProgramKind.MEAL, ProgramKind.RECEPTION)
#: The warnings about where people sit (the others are about the order of precedence).
SEAT_WARNINGS = frozenset(
    {"interpreter_far", "same_side_neighbours", "seated_twice", "not_attending"}
)
PersonRole = Qt.ItemDataRole.UserRole + 20
WarningRole = Qt.ItemDataRole.UserRole + 21

Snapshot = Mapping[SeatKey, tuple[int, bool]]


def seat_text(key: SeatKey, table_label: str) -> str:
    """ "Table 1, seat 3" / "Table 1, behind seat 3" """
    text = (
        QCoreApplication.translate("SeatingSection", "Table %1, behind seat %2")
        if key.behind
        else QCoreApplication.translate("SeatingSection", "Table %1, seat %2")
    )
    return text.replace("%1", table_label).replace("%2", str(key.seat))


def shape_text(shape: TableShape) -> str:
    return {
        TableShape.ROUND: QCoreApplication.translate("SeatingSection", "Round"),
        TableShape.LONG: QCoreApplication.translate("SeatingSection", "Long, with head ends"),
        TableShape.U_SHAPE: QCoreApplication.translate("SeatingSection", "U-shape"),
    }[TableShape(shape)]


def rule_text(rule: SeatingRule) -> str:
    return {
        SeatingRule.INTERNATIONAL: QCoreApplication.translate("SeatingSection", "International"),
        SeatingRule.GERMAN: QCoreApplication.translate("SeatingSection", "German"),
    }[SeatingRule(rule)]


def interpreters_text(place: InterpreterPlace) -> str:
    return {
        InterpreterPlace.BESIDE: QCoreApplication.translate(
            "SeatingSection", "Beside their principal"
        ),
        InterpreterPlace.BEHIND: QCoreApplication.translate(
            "SeatingSection", "Behind their principal"
        ),
    }[InterpreterPlace(place)]


def warning_text(warning: Any, name: Callable[[int], str]) -> str:
    """One warning of a seating plan as a sentence of the interface, naming the people."""
    names = [name(pid) for pid in warning.person_ids]
    first = names[0] if names else "?"
    second = names[1] if len(names) > 1 else "?"
    texts = {
        "interpreter_far": QCoreApplication.translate(
            "SeatingSection", "%1 interprets for %2 but sits neither beside nor behind them"
        ),
        "same_side_neighbours": QCoreApplication.translate(
            "SeatingSection",
            "%1 and %2 sit side by side, both of one side (alternation was asked for)",
        ),
        "seated_twice": QCoreApplication.translate("SeatingSection", "%1 is seated twice"),
        "not_attending": QCoreApplication.translate(
            "SeatingSection", "%1 is seated but does not attend"
        ),
        "unseated": QCoreApplication.translate("SeatingSection", "No seat for %1"),
        "unranked": QCoreApplication.translate(
            "SeatingSection", "%1 has no rank: placed after everyone ranked"
        ),
        "tie_alphabetical": QCoreApplication.translate(
            "SeatingSection", "%1 and %2 rank equally; only their names decided the order"
        ),
    }
    text = texts.get(warning.kind)
    if text is None:  # a kind this interface does not know yet
        return f"{warning.kind}: {', '.join(names)}"
    if warning.kind == "unseated":
        first = ", ".join(names)
    elif warning.kind == "unranked" and len(names) > 1:
        # Everyone without a rank is named, not only the first of them.
        first = ", ".join(names)
        text = QCoreApplication.translate(
            "SeatingSection", "%1 have no rank: placed after everyone ranked"
        )
    elif warning.kind == "tie_alphabetical" and len(names) > 2:
        first, second = ", ".join(names[:-1]), names[-1]
    return text.replace("%1", first).replace("%2", second)


# --- undo ----------------------------------------------------------------------------------
class SeatsStep(QUndoCommand):
    """One change of who sits where (a move, an unseat, a lock, an automatic placement).

    The first redo runs ``do`` once, based on the seats the user saw (``shown``): when they
    are no longer what is stored (a colleague changed the plan meanwhile) nothing changes and
    ``ConflictError`` names a changed seat. Undo puts back the seats as they were before,
    redo as they were after; both refuse in the same way when the seats are no longer what
    this step left."""

    def __init__(
        self,
        text: str,
        events: EventHub,
        seating: Any,
        plan_id: int,
        do: Callable[[], Any],
        shown: Snapshot | None,
        describe: Callable[[SeatKey, int | None], tuple[str, str]],
    ) -> None:
        super().__init__(text)
        self.events = events
        self.seating = seating
        self.plan_id = plan_id
        self._do = do
        self.shown = dict(shown) if shown is not None else None
        self.describe = describe
        self.before: dict[SeatKey, tuple[int, bool]] | None = None
        self.after: dict[SeatKey, tuple[int, bool]] | None = None
        self.result: Any = None
        self._labels: dict[str, str] = {}
        #: The field label of a refusal (``ui/undo.py`` asks it for the message).
        self.label_of: Callable[[str], str] = lambda name: self._labels.get(name, name)

    def _require(self, expected: Mapping[SeatKey, tuple[int, bool]], *, undo: bool) -> None:
        current = dict(self.seating.assignments(self.plan_id))
        if current == dict(expected):
            return
        changed = sorted(
            {k for k in (*current, *expected) if current.get(k) != expected.get(k)},
            key=lambda k: (k.table_id, k.seat, k.behind),
        )
        key = changed[0]
        now = current.get(key)
        label, theirs = self.describe(key, now[0] if now else None)
        field = f"seat:{key.table_id}:{key.seat}:{int(key.behind)}"
        self._labels[field] = label
        raise ConflictError("seating plan", field, theirs, undo=undo)

    def redo(self) -> None:
        if self.before is None:
            if self.shown is not None:
                self._require(self.shown, undo=False)
            before = dict(self.seating.assignments(self.plan_id))
            self.result = self._do()
            self.before, self.after = before, dict(self.seating.assignments(self.plan_id))
            return
        assert self.after is not None
        self._require(self.before, undo=False)
        self.seating.restore_assignments(self.plan_id, self.after)

    def undo(self) -> None:
        assert self.before is not None and self.after is not None
        self._require(self.after, undo=True)
        self.seating.restore_assignments(self.plan_id, self.before)


class ValueStep(QUndoCommand):
    """A change of some values of a plan or a table through ``update(id, **values)``; undo
    writes the old values back. Both refuse when the values are no longer what the step
    expects (someone else changed them meanwhile)."""

    def __init__(
        self,
        text: str,
        events: EventHub,
        read: Callable[[], Any],
        update: Callable[..., Any],
        changes: Mapping[str, Any],
        old: Mapping[str, Any],
        noun: str,
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(text)
        self.events = events
        self.read = read
        self.update = update
        self.new = dict(changes)
        self.old = dict(old)
        self.noun = noun
        self.labels = dict(labels)
        self.label_of: Callable[[str], str] = lambda name: self.labels.get(name, name)

    def _require(self, expected: Mapping[str, Any], *, undo: bool) -> None:
        record = self.read()
        for name, value in expected.items():
            if getattr(record, name) != value:
                raise ConflictError(self.noun, name, str(getattr(record, name)), undo=undo)

    def redo(self) -> None:
        self._require(self.old, undo=False)
        self.update(**self.new)

    def undo(self) -> None:
        self._require(self.new, undo=True)
        self.update(**self.old)


class RemoveTable(QUndoCommand):
    """Remove a table with whoever sits at it; undo brings back the table (same id) and its
    seats."""

    def __init__(self, text: str, events: EventHub, services: Any, plan_id: int, table_id: int):
        super().__init__(text)
        self.events = events
        self.seating = services.seating
        self.tables = services.seating_tables
        self.plan_id = plan_id
        self.table_id = table_id
        self.snapshot: dict[str, Any] | None = None
        self.seats: dict[SeatKey, tuple[int, bool]] = {}

    def redo(self) -> None:
        self.snapshot = self.tables.snapshot(self.table_id)
        self.seats = dict(self.seating.assignments(self.plan_id))
        self.seating.remove_table(self.table_id)

    def undo(self) -> None:
        assert self.snapshot is not None
        self.tables.restore(self.snapshot)
        self.seating.restore_assignments(self.plan_id, self.seats)


# --- dragging ------------------------------------------------------------------------------
@dataclass
class SeatDrag:
    """A drag in progress: whom, from where (a seat, or None: the unseated list)."""

    person_id: int
    source: SeatKey | None
    press: QPoint  # global
    active: bool = False


class UnseatedList(QListWidget):
    """The attendees without a seat; a guest is dragged from here to a seat, and a seated
    guest dropped here loses his seat. The section's drag controller does the work."""

    def __init__(self, section: SeatingSection) -> None:
        super().__init__(section)
        self.section = section
        self.setObjectName("unseated")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self.section.drag_press(item.data(PersonRole), None, event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.section.drag is not None:
            self.section.drag_move(event)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.section.drag is not None:
            self.section.drag_release(event)


class MoveDialog(QDialog):
    """ "Move to seat…": the seats of the plan, each with who sits there now."""

    def __init__(self, parent: QWidget, title: str, seats: list[tuple[str, SeatKey]]) -> None:
        super().__init__(parent)
        self.setObjectName("move_to_seat")
        self.setWindowTitle(title)
        self.seats = QComboBox(self)
        self.seats.setObjectName("seat_choice")
        for text, key in seats:
            self.seats.addItem(text, key)
        label = QLabel(self.tr("&Seat:"), self)
        label.setBuddy(self.seats)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.seats)
        layout.addWidget(buttons)

    def chosen(self) -> SeatKey | None:
        return self.seats.currentData()


# --- the section ---------------------------------------------------------------------------
class SeatingSection(Section):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.confirm: Any = None
        self.view: Any = None  # the SeatingView shown
        self._shown_seats: dict[SeatKey, tuple[int, bool]] = {}
        self._people: dict[int, Any] = {}
        self._labels: dict[int, str] = {}
        self.drag: SeatDrag | None = None
        #: Whom the seat actions act on: a seat, or a guest of the unseated list.
        self._subject: tuple[str, Any] | None = None
        self.move_dialog: MoveDialog | None = None

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.items = ElidingComboBox(self)
        self.items.setObjectName("seating_item")
        self.items.setMinimumContentsLength(28)
        self.items.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.items.currentIndexChanged.connect(lambda _i: self._show_plan())
        item_label = QLabel(self.tr("&Meal or reception:"), self)
        item_label.setBuddy(self.items)
        picker_row = QHBoxLayout()
        picker_row.addWidget(item_label)
        picker_row.addWidget(self.items, 1)
        self.place_action = self._action(
            self.tr("Place automatically"),
            "seating_auto",
            self.place_automatically,
            "Ctrl+Shift+A",
            tooltip=self.tr("Seat everyone by the order of precedence; locked seats stay"),
        )
        self.move_action = self._action(
            self.tr("Move to seat…"), "seating_move", self.ask_move, "Ctrl+M"
        )
        self.lock_action = self._action(
            self.tr("Lock seat"), "seating_lock", self.toggle_lock, "Ctrl+L"
        )
        self.lock_action.setCheckable(True)
        self.unseat_action = self._action(
            self.tr("Unseat"), "seating_unseat", self.unseat_selected, "Ctrl+U"
        )
        writes(self.place_action, self.move_action, self.lock_action, self.unseat_action)
        # The shortcuts work anywhere in the section (the drawing, the unseated list).
        self.addActions([self.place_action, self.move_action, self.lock_action, self.unseat_action])

        # Page 1: no meal or reception in this visit; page 2: an item without a plan.
        self.empty = plain_label(parent=self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.create_page = QWidget(self)
        self.new_rule = self._rule_combo()
        self.new_alternate = QCheckBox(self.tr("Alternate the two sides"), self)
        self.new_alternate.setChecked(True)
        self.new_interpreters = self._interpreters_combo()
        self.new_shape = self._shape_combo()
        self.new_seats = QSpinBox(self)
        self.new_seats.setRange(2, 80)
        self.new_seats.setValue(10)
        self.new_seats.setObjectName("new_seats")
        self.create_button = QPushButton(self.tr("&Create seating plan"), self)
        self.create_button.setObjectName("create_plan")
        self.create_button.clicked.connect(self.create_plan)
        writes(self.create_button, self.create_page)
        form = QFormLayout()
        form.addRow(self.tr("Rule:"), self.new_rule)
        form.addRow("", self.new_alternate)
        form.addRow(self.tr("Interpreters:"), self.new_interpreters)
        form.addRow(self.tr("First table:"), self.new_shape)
        form.addRow(self.tr("Seats:"), self.new_seats)
        self.create_note = plain_label(parent=self.create_page)
        self.create_note.setWordWrap(True)
        create_layout = QVBoxLayout(self.create_page)
        create_layout.addWidget(self.create_note)
        fields = QWidget(self.create_page)
        fields.setLayout(form)
        fields.setMaximumWidth(560)
        create_layout.addWidget(fields)
        create_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        create_layout.addStretch(1)

        # Page 3: the plan.
        self.plan_page = QWidget(self)
        self.canvas = SeatingCanvas(self)
        self.canvas.on_press = lambda event: self._canvas_press(event)
        self.canvas.on_move = self.drag_move
        self.canvas.on_release = self.drag_release
        self.canvas.selected_changed.connect(self._seat_selected)
        self.canvas.menu_requested.connect(self._seat_menu)
        self.canvas.tooltip_of = self.seat_tooltip
        self.canvas.setAccessibleName(self.tr("Seating plan"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Arrow keys choose a seat; Ctrl+M moves the guest, Ctrl+L locks, Ctrl+U unseats"
            )
        )
        self.legend = Legend(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)

        self.rule = self._rule_combo()
        self.rule.activated.connect(lambda _i: self._plan_edited("rule", self.rule.currentData()))
        self.alternate = QCheckBox(self.tr("Alternate the two sides"), self)
        self.alternate.clicked.connect(lambda on: self._plan_edited("alternate", bool(on)))
        self.interpreters = self._interpreters_combo()
        self.interpreters.activated.connect(
            lambda _i: self._plan_edited("interpreters", self.interpreters.currentData())
        )
        settings = QGroupBox(self.tr("Plan"), self)
        settings_form = QFormLayout(settings)
        settings_form.addRow(self.tr("Rule:"), self.rule)
        settings_form.addRow("", self.alternate)
        settings_form.addRow(self.tr("Interpreters:"), self.interpreters)
        writes(settings)

        tables = QGroupBox(self.tr("Tables"), self)
        self.tables = QListWidget(self)
        self.tables.setObjectName("seating_tables")
        self.tables.setMaximumHeight(78)
        self.tables.currentRowChanged.connect(lambda _r: self._show_table())
        self.table_label = QLineEdit(self)
        self.table_label.setObjectName("table_label")
        self.table_label.setMaxLength(100)
        self.table_label.setPlaceholderText(self.tr("Label"))
        self.table_label.editingFinished.connect(
            lambda: self._table_edited("label", self.table_label.text().strip())
        )
        self.table_shape = self._shape_combo()
        self.table_shape.activated.connect(
            lambda _i: self._table_edited("shape", self.table_shape.currentData())
        )
        self.table_seats = QSpinBox(self)
        self.table_seats.setObjectName("table_seats")
        self.table_seats.setRange(2, 80)
        self.table_seats.setKeyboardTracking(False)
        self.table_seats.editingFinished.connect(
            lambda: self._table_edited("seats", self.table_seats.value())
        )
        self.add_table_button = QPushButton(self.tr("Add &table"), self)
        self.add_table_button.setObjectName("add_table")
        self.add_table_button.clicked.connect(self.add_table)
        self.remove_table_button = QPushButton(self.tr("&Remove table"), self)
        self.remove_table_button.setObjectName("remove_table")
        self.remove_table_button.clicked.connect(self.remove_table)
        writes(self.add_table_button, self.remove_table_button)
        table_edit = QWidget(self)
        writes(table_edit)
        edit_row = QHBoxLayout(table_edit)
        edit_row.setContentsMargins(0, 0, 0, 0)
        edit_row.addWidget(self.table_label, 2)
        edit_row.addWidget(self.table_shape, 2)
        edit_row.addWidget(self.table_seats, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_table_button)
        buttons.addWidget(self.remove_table_button)
        table_layout = QVBoxLayout(tables)
        table_layout.addWidget(self.tables)
        table_layout.addWidget(table_edit)
        table_layout.addLayout(buttons)

        self.unseated_title = plain_label(parent=self)
        self.unseated = UnseatedList(self)
        self.unseated.currentItemChanged.connect(lambda *_: self._unseated_selected())
        self.warnings_title = plain_label(parent=self)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("seating_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.currentItemChanged.connect(lambda *_: self._warning_selected())
        self.message = plain_label(parent=self)
        self.message.setObjectName("seating_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a4b00;")

        side = QVBoxLayout()
        side.addWidget(settings)
        side.addWidget(tables)
        side.addWidget(self.unseated_title)
        side.addWidget(self.unseated, 1)
        side.addWidget(self.warnings_title)
        side.addWidget(self.warnings, 2)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(300)
        side.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.legend)
        left.addWidget(self.scroll, 1)
        left.addWidget(self.message)
        plan_layout = QHBoxLayout(self.plan_page)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addLayout(left, 1)
        plan_layout.addWidget(side_widget)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.create_page)
        self.pages.addWidget(self.plan_page)
        layout = QVBoxLayout(self)
        layout.addLayout(picker_row)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)

        self.menu_actions = [self.move_action, self.lock_action, self.unseat_action]
        self._update_actions()

    # --- little builders -------------------------------------------------------------------
    def _combo(self) -> QComboBox:
        """A choice that may be narrower than its longest text (the side panel is)."""
        combo = ElidingComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _rule_combo(self) -> QComboBox:
        combo = self._combo()
        for rule in SeatingRule:
            combo.addItem(rule_text(rule), rule)
        combo.setToolTip(
            self.tr(
                "International: the guest of honour sits on the host's right, the second guest "
                "on the host's left. German: the guest of honour on the host's left."
            )
        )
        return combo

    def _interpreters_combo(self) -> QComboBox:
        combo = self._combo()
        for place in InterpreterPlace:
            combo.addItem(interpreters_text(place), place)
        return combo

    def _shape_combo(self) -> QComboBox:
        combo = self._combo()
        for shape in TableShape:
            combo.addItem(shape_text(shape), shape)
        return combo

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- reading ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        self.items.blockSignals(False)
        self.view = None
        self.empty.setText(self.tr("Choose a visit."))
        self.pages.setCurrentWidget(self.empty)
        self._update_actions()

    def reload(self) -> None:
        if not self.visit_id:
            self.clear()
            return
        keep = self.current_item_id()
        items = [
            item
            for item in self.services.program.for_visit(self.visit_id)
            if ProgramKind(item.kind) in SEATED_KINDS
        ]
        self.items.blockSignals(True)
        self.items.clear()
        for item in items:
            self.items.addItem(shown(item, "title"), item.id)
            self.items.setItemData(
                self.items.count() - 1,
                plain_tooltip(shown(item, "title")),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.items.findData(keep) if keep is not None else -1
        self.items.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        self.items.blockSignals(False)
        self._show_plan()

    def current_item_id(self) -> int | None:
        data = self.items.currentData()
        return int(data) if data is not None else None

    def select_item(self, item_id: int) -> bool:
        index = self.items.findData(item_id)
        if index < 0:
            return False
        self.items.setCurrentIndex(index)
        return True

    @property
    def plan_id(self) -> int | None:
        return self.view.plan.id if self.view is not None else None

    def _show_plan(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            self.view = None
            self.empty.setText(
                self.tr(
                    "This visit has no meal or reception. Give a program item the kind "
                    "Meal or Reception to plan its seating."
                )
            )
            self.pages.setCurrentWidget(self.empty)
            self._update_actions()
            return
        self.view = self.services.seating.view(item_id)
        if self.view is None:
            self.create_note.setText(
                self.tr("“%1” has no seating plan yet.").replace("%1", self.items.currentText())
            )
            self.pages.setCurrentWidget(self.create_page)
            self._update_actions()
            return
        self.pages.setCurrentWidget(self.plan_page)
        self._fill(self.view)

    def _fill(self, view: Any) -> None:
        plan = view.plan
        self._choose(self.rule, SeatingRule(plan.rule))
        self._choose(self.interpreters, InterpreterPlace(plan.interpreters))
        self.alternate.setChecked(bool(plan.alternate))
        people: dict[int, Any] = {}
        for entry in view.order.entries:
            people[entry.person_id] = entry.person
        for table in view.tables:
            for seat in table.spots:
                if seat.person is not None:
                    people[seat.person.id] = seat.person
        for person in view.unseated:
            people[person.id] = person
        self._people = people
        self._labels = {table.id: table.label for table in view.tables}
        self._shown_seats = {
            seat.key: (seat.person_id, bool(seat.locked))
            for table in view.tables
            for seat in table.spots
            if seat.person_id is not None
        }
        host_id, honour_id = self._host_and_honour(view)
        # Seats a warning about the seating is about get a frame (not those about ranks).
        warned: set[SeatKey] = set()
        for warning in view.warnings:
            if warning.kind not in SEAT_WARNINGS:
                continue
            if warning.seat is not None:
                warned.add(warning.seat)
            for key, (pid, _locked) in self._shown_seats.items():
                if pid in warning.person_ids[:1]:
                    warned.add(key)
        self.legend.set_entries(
            [
                (SIDE_FILL[Side.DELEGATION].name(), self.tr("Delegation")),
                (SIDE_FILL[Side.HOST].name(), self.tr("Home city")),
                ("", f"{HOST_MARK} " + self.tr("Host")),
                ("", f"{HONOUR_MARK} " + self.tr("Guest of honour")),
                ("lock", self.tr("Locked")),
            ]
        )
        self.canvas.set_view(view, host_id=host_id, honour_id=honour_id, warned=warned)
        # tables
        keep = self._current_table_id()
        self.tables.blockSignals(True)
        self.tables.clear()
        for table in view.tables:
            entry = QListWidgetItem(
                self.tr("%1 · %2, %3 seats")
                .replace("%1", table.label)
                .replace("%2", shape_text(table.shape))
                .replace("%3", str(table.seats)),
                self.tables,
            )
            entry.setData(Qt.ItemDataRole.UserRole, table.id)
        rows = [t.id for t in view.tables]
        self.tables.setCurrentRow(rows.index(keep) if keep in rows else (0 if rows else -1))
        self.tables.blockSignals(False)
        self._show_table()
        # unseated
        self.unseated.blockSignals(True)
        kept = self._subject[1] if self._subject and self._subject[0] == "unseated" else None
        self.unseated.clear()
        for person in view.unseated:
            entry = QListWidgetItem(person_name(person), self.unseated)
            entry.setData(PersonRole, person.id)
            if person.id == kept:
                self.unseated.setCurrentItem(entry)
        self.unseated.blockSignals(False)
        count = len(view.unseated)
        self.unseated_title.setText(
            self.tr("Unseated: %1 (not enough seats)").replace("%1", str(count))
            if count and self._free_seats(view) == 0
            else self.tr("Unseated: %1").replace("%1", str(count))
        )
        # warnings
        self.warnings.blockSignals(True)
        self.warnings.clear()
        for warning in view.warnings:
            text = warning_text(warning, self.name_of)
            entry = QListWidgetItem("⚠ " + text, self.warnings)
            entry.setData(WarningRole, warning)
            entry.setToolTip(plain_tooltip(text))
        self.warnings.blockSignals(False)
        self.warnings_title.setText(self.tr("Warnings: %1").replace("%1", str(len(view.warnings))))
        self._update_actions()

    @staticmethod
    def _free_seats(view: Any) -> int:
        return sum(
            1 for t in view.tables for s in t.spots if s.person_id is None and not s.key.behind
        )

    @staticmethod
    def _host_and_honour(view: Any) -> tuple[int | None, int | None]:
        """The host (the plan's, or the first of the home city in the order) and the guest of
        honour (the first of the delegation), interpreters not counted."""
        host = view.plan.host_id or view.item.host_id
        honour = None
        for entry in view.order.entries:
            if MemberRole(entry.role) is MemberRole.INTERPRETER:
                continue
            if host is None and Side(entry.side) is Side.HOST:
                host = entry.person_id
            if honour is None and Side(entry.side) is Side.DELEGATION:
                honour = entry.person_id
        return host, honour

    def name_of(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        person = self._people.get(person_id)
        if person is None:
            try:
                person = self.services.people.get(person_id)
            except ExchangePlannerError:
                return "?"
            self._people[person_id] = person
        return person_name(person)

    def seat_label(self, key: SeatKey) -> str:
        return seat_text(key, self._labels.get(key.table_id, "?"))

    def seat_tooltip(self, key: SeatKey) -> str:
        """A seat's place and who sits there, with the marks spelt out (plain text)."""
        lines = [self.seat_label(key)]
        person = self.canvas.person_at(key)
        if person is None:
            lines.append(self.tr("(free)"))
            return "\n".join(lines)
        lines.append(self.name_of(person))
        if person == self.canvas.host_id:
            lines.append(f"{HOST_MARK} " + self.tr("Host"))
        if person == self.canvas.honour_id:
            lines.append(f"{HONOUR_MARK} " + self.tr("Guest of honour"))
        if self._shown_seats.get(key, (0, False))[1]:
            lines.append(self.tr("Locked"))
        for warning in self.view.warnings if self.view is not None else []:
            if person in warning.person_ids:
                lines.append("⚠ " + warning_text(warning, self.name_of))
        return "\n".join(lines)

    def _describe(self, key: SeatKey, person_id: int | None) -> tuple[str, str]:
        return self.seat_label(key), self.name_of(person_id)

    # --- selection -------------------------------------------------------------------------
    def _seat_selected(self, key: SeatKey | None) -> None:
        if key is not None:
            self._subject = ("seat", key)
            self.unseated.blockSignals(True)
            self.unseated.setCurrentItem(None)
            self.unseated.clearSelection()
            self.unseated.blockSignals(False)
        elif self._subject and self._subject[0] == "seat":
            self._subject = None
        self._update_actions()

    def _unseated_selected(self) -> None:
        item = self.unseated.currentItem()
        if item is not None:
            self._subject = ("unseated", item.data(PersonRole))
            self.canvas.blockSignals(True)
            self.canvas.select(None)
            self.canvas.blockSignals(False)
        self._update_actions()

    def _warning_selected(self) -> None:
        item = self.warnings.currentItem()
        if item is None:
            return
        warning = item.data(WarningRole)
        key = warning.seat
        if key is None:  # the first person named, where seated
            key = next(
                (k for k, (pid, _l) in self._shown_seats.items() if pid in warning.person_ids),
                None,
            )
        if key is not None and key in self.canvas.drawing.seats:
            self.canvas.select(key)
            rect = self.canvas.rect_of(key)
            self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 80, 40)

    def selected_person(self) -> tuple[int | None, SeatKey | None]:
        """Whom the seat actions act on, and the seat he has (None: unseated)."""
        if self._subject is None:
            return None, None
        kind, value = self._subject
        if kind == "seat":
            return self.canvas.person_at(value), value
        return value, None

    def _update_actions(self) -> None:
        plan = self.view is not None
        person, seat = self.selected_person() if plan else (None, None)
        key = self.canvas.selected if plan else None
        self.place_action.setEnabled(plan)
        self.move_action.setEnabled(person is not None)
        self.unseat_action.setEnabled(person is not None and seat is not None)
        self.lock_action.setEnabled(key is not None and self.canvas.person_at(key) is not None)
        locked = bool(key is not None and self._shown_seats.get(key, (0, False))[1])
        self.lock_action.blockSignals(True)
        self.lock_action.setChecked(locked)
        self.lock_action.blockSignals(False)
        self.lock_action.setText(self.tr("Unlock seat") if locked else self.tr("Lock seat"))

    def _seat_menu(self, key: SeatKey, where: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for action in self.menu_actions:
            menu.addAction(action)
        self.last_menu = menu
        menu.popup(where)

    # --- storing ---------------------------------------------------------------------------
    def _refused_read_only(self) -> bool:
        if self.context.read_only:
            self.context.events.status.emit(self.services.db.read_only_message)
            return True
        return False

    def _push(self, command: QUndoCommand, done: str = "") -> bool:
        """Push a step; a refusal is told beside the drawing and in the status bar."""
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            text = self.tr("Not changed: %1").replace("%1", self._reason(error, command))
            self.message.setStyleSheet("color: #8a4b00;")
            self.message.setText(text)
            if self.view is None:
                self.create_note.setText(text)
            self.context.events.status.emit(text)
            self._show_plan()  # what is stored now
            return False
        self.message.setStyleSheet("")
        self.message.setText(done)
        if done:
            self.context.events.status.emit(done)
        return True

    def _reason(self, error: ExchangePlannerError, command: Any) -> str:
        from exchange_planner.ui import conflicts

        if isinstance(error, ConflictError):
            label_of = getattr(command, "label_of", None)
            label = label_of(error.field) if label_of and error.field else error.field
            return conflicts.conflict_text(error, label)
        if isinstance(error, ValidationError):
            return validation_text(error)
        return str(error)

    def _seats_step(self, text: str, do: Callable[[], Any], done: str = "") -> SeatsStep | None:
        if self.view is None or self._refused_read_only():
            return None
        step = SeatsStep(
            text,
            self.context.events,
            self.services.seating,
            self.view.plan.id,
            do,
            self._shown_seats,
            self._describe,
        )
        return step if self._push(step, done) else None

    def move_person(self, person_id: int, to: SeatKey) -> bool:
        if self.view is None:
            return False
        seating, plan_id = self.services.seating, self.view.plan.id
        occupant = self.canvas.person_at(to)
        if occupant == person_id:
            return False
        name = self.name_of(person_id)
        if occupant is not None:
            text = (
                self.tr("Swap %1 and %2").replace("%1", name).replace("%2", self.name_of(occupant))
            )
        else:
            text = self.tr("Seat %1 at %2").replace("%1", name).replace("%2", self.seat_label(to))
        done = self._seats_step(text, lambda: seating.move(plan_id, person_id, to), text)
        if done is not None:
            self.canvas.select(to)
        return done is not None

    def unseat_person(self, person_id: int) -> bool:
        if self.view is None:
            return False
        seating, plan_id = self.services.seating, self.view.plan.id
        text = self.tr("Unseat %1").replace("%1", self.name_of(person_id))
        return self._seats_step(text, lambda: seating.unseat(plan_id, person_id), text) is not None

    def unseat_selected(self) -> None:
        person, seat = self.selected_person()
        if person is not None and seat is not None:
            self.unseat_person(person)

    def toggle_lock(self) -> None:
        key = self.canvas.selected
        if self.view is None or key is None or self.canvas.person_at(key) is None:
            return
        locked = not self._shown_seats.get(key, (0, False))[1]
        seating, plan_id = self.services.seating, self.view.plan.id
        text = (self.tr("Lock %1") if locked else self.tr("Unlock %1")).replace(
            "%1", self.seat_label(key)
        )
        self._seats_step(text, lambda: seating.set_locked(plan_id, key, locked), text)

    def place_automatically(self) -> None:
        if self.view is None:
            return
        seating, plan_id = self.services.seating, self.view.plan.id
        step = self._seats_step(self.tr("Place automatically"), lambda: seating.auto_place(plan_id))
        if step is None:
            return
        unseated = len(step.result.unseated) if step.result is not None else 0
        if unseated:
            text = self.tr(
                "Placed by the order of precedence; %1 without a seat: the tables have too "
                "few seats."
            ).replace("%1", str(unseated))
        else:
            text = self.tr("Placed by the order of precedence; everyone has a seat.")
        self.message.setText(text)
        self.context.events.status.emit(text)

    def ask_move(self) -> None:
        """ "Move to seat…": choose the seat in a dialog (not waited for)."""
        person, current = self.selected_person()
        if person is None or self.view is None or self._refused_read_only():
            return
        seats = []
        for table in self.view.tables:
            for seat in table.spots:
                if seat.key.behind or seat.key == current:
                    continue
                who = self.name_of(seat.person_id) if seat.person_id else self.tr("(free)")
                seats.append((f"{self.seat_label(seat.key)} — {who}", seat.key))
        dialog = MoveDialog(
            self, self.tr("Move %1 to seat").replace("%1", self.name_of(person)), seats
        )
        free = next((i for i, (_t, k) in enumerate(seats) if self.canvas.person_at(k) is None), 0)
        dialog.seats.setCurrentIndex(free)
        dialog.accepted.connect(lambda: self._moved_by_dialog(person, dialog))
        self.move_dialog = dialog
        dialog.open()

    def _moved_by_dialog(self, person_id: int, dialog: MoveDialog) -> None:
        key = dialog.chosen()
        if key is not None:
            self.move_person(person_id, key)
            self.canvas.setFocus()

    # plan and tables
    def create_plan(self) -> int | None:
        item_id = self.current_item_id()
        if item_id is None or self._refused_read_only():
            return None
        s = self.services
        rule = self.new_rule.currentData()
        alternate = self.new_alternate.isChecked()
        interpreters = self.new_interpreters.currentData()
        shape = self.new_shape.currentData()
        seats = self.new_seats.value()

        def make() -> list[Any]:
            plan = s.seating.create_plan(
                item_id,
                rule=rule,
                alternate=alternate,
                interpreters=interpreters,
                tables=((shape, seats, "1"),),
            )
            made: list[Any] = [(s.seating_plans, "seating_plan", plan.id)]
            view = s.seating.view(item_id)
            for table in view.tables if view is not None else []:
                made.append((s.seating_tables, "seating_table", table.id))
            return made

        command = CreateMany(self.tr("Create seating plan"), self.context.events, make)
        if not self._push(command):
            return None
        self._show_plan()
        return command.first_id()

    def _plan_edited(self, name: str, value: Any) -> None:
        if self.view is None or self._refused_read_only():
            return
        plan = self.view.plan
        if getattr(plan, name) == value:
            return
        seating, plan_id = self.services.seating, plan.id
        labels = {
            "rule": self.tr("Rule"),
            "alternate": self.tr("Alternate the two sides"),
            "interpreters": self.tr("Interpreters"),
        }
        command = ValueStep(
            self.tr("Change seating plan"),
            self.context.events,
            lambda: self.services.seating_plans.get(plan_id),
            lambda **values: seating.update_plan(plan_id, **values),
            {name: value},
            {name: getattr(plan, name)},
            "seating plan",
            labels,
        )
        self._push(command)

    def _current_table_id(self) -> int | None:
        item = self.tables.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _table(self, table_id: int | None) -> Any:
        if self.view is None or table_id is None:
            return None
        return next((t for t in self.view.tables if t.id == table_id), None)

    def _show_table(self) -> None:
        table = self._table(self._current_table_id())
        for widget in (self.table_label, self.table_shape, self.table_seats):
            widget.setEnabled(table is not None and not self.context.read_only)
        self.remove_table_button.setEnabled(table is not None and not self.context.read_only)
        if table is None:
            return
        self.table_label.setText(table.label)
        self._choose(self.table_shape, TableShape(table.shape))
        self.table_seats.blockSignals(True)
        self.table_seats.setValue(table.seats)
        self.table_seats.blockSignals(False)

    def _table_edited(self, name: str, value: Any) -> None:
        table = self._table(self._current_table_id())
        if table is None or self._refused_read_only():
            return
        if getattr(table, name) == value:
            return
        if name == "label" and not value:
            self.table_label.setText(table.label)
            self.message.setStyleSheet("color: #8a4b00;")
            self.message.setText(self.tr("A table needs a label, e.g. 1 or Ehrentisch."))
            return
        seating, table_id = self.services.seating, table.id
        labels = {"label": self.tr("Label"), "shape": self.tr("Shape"), "seats": self.tr("Seats")}
        command = ValueStep(
            self.tr("Change table %1").replace("%1", table.label),
            self.context.events,
            lambda: self.services.seating_tables.get(table_id),
            lambda **values: seating.update_table(table_id, **values),
            {name: value},
            {name: getattr(table, name)},
            "table",
            labels,
        )
        if not self._push(command):
            self._show_table()

    def add_table(self) -> int | None:
        if self.view is None or self._refused_read_only():
            return None
        s, plan_id = self.services, self.view.plan.id
        label = str(len(self.view.tables) + 1)
        labels = {t.label for t in self.view.tables}
        number = len(self.view.tables) + 1
        while label in labels:
            number += 1
            label = str(number)
        shape = TableShape.ROUND
        seats = 10

        def make() -> list[Any]:
            table = s.seating.add_table(plan_id, shape, seats, label)
            return [(s.seating_tables, "seating_table", table.id)]

        command = CreateMany(
            self.tr("Add table %1").replace("%1", label), self.context.events, make
        )
        if not self._push(command):
            return None
        new_id = command.first_id()
        self._show_plan()
        for row in range(self.tables.count()):
            if self.tables.item(row).data(Qt.ItemDataRole.UserRole) == new_id:
                self.tables.setCurrentRow(row)
        return new_id

    def remove_table(self) -> None:
        table = self._table(self._current_table_id())
        if table is None or self.view is None or self._refused_read_only():
            return
        command = RemoveTable(
            self.tr("Remove table %1").replace("%1", table.label),
            self.context.events,
            self.services,
            self.view.plan.id,
            table.id,
        )
        self._push(command)

    # --- dragging --------------------------------------------------------------------------
    def _canvas_press(self, event: QMouseEvent) -> None:
        key = self.canvas.seat_at(event.position())
        person = self.canvas.person_at(key)
        if event.button() == Qt.MouseButton.LeftButton and person is not None:
            self.drag_press(person, key, event)

    def drag_press(self, person_id: int, source: SeatKey | None, event: QMouseEvent) -> None:
        self.drag = None
        if self.context.read_only:  # shown, not changed: nothing is dragged
            return
        self.drag = SeatDrag(person_id, source, event.globalPosition().toPoint())

    def drag_move(self, event: QMouseEvent) -> None:
        drag = self.drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        where = event.globalPosition().toPoint()
        if not drag.active:
            if (where - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
            self.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.context.events.status.emit(
                self.tr(
                    "Drop on a seat to seat or swap, on the unseated list to unseat; Esc cancels"
                )
            )
        self._autoscroll(where)
        local = QPointF(self.canvas.mapFromGlobal(where))
        target = (
            self.canvas.seat_at(local) if self.canvas.rect().contains(local.toPoint()) else None
        )
        self.canvas.drop_target = target
        self.canvas.drag_text = self.name_of(drag.person_id)
        self.canvas.drag_point = local
        self.canvas.update()

    def _autoscroll(self, where: QPoint) -> None:
        """Near the upper or lower edge of the drawing a drag scrolls it (to another table)."""
        viewport = self.scroll.viewport()
        point = viewport.mapFromGlobal(where)
        if not 0 <= point.x() <= viewport.width():
            return
        bar = self.scroll.verticalScrollBar()
        if -20 <= point.y() < 24:
            bar.setValue(bar.value() - 24)
        elif viewport.height() - 24 < point.y() <= viewport.height() + 20:
            bar.setValue(bar.value() + 24)

    def _end_drag(self) -> SeatDrag | None:
        drag, self.drag = self.drag, None
        self.canvas.drop_target = None
        self.canvas.drag_point = None
        self.canvas.drag_text = ""
        self.canvas.unsetCursor()
        self.canvas.update()
        return drag

    def drag_release(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drag = self._end_drag()
        if drag is None or not drag.active:
            return
        where = event.globalPosition().toPoint()
        on_list = self.unseated.viewport()
        if on_list.rect().contains(on_list.mapFromGlobal(where)) and on_list.isVisible():
            if drag.source is not None:
                self.unseat_person(drag.person_id)
            return
        local = self.canvas.mapFromGlobal(where)
        if not self.scroll.viewport().rect().contains(self.scroll.viewport().mapFromGlobal(where)):
            return
        target = self.canvas.seat_at(QPointF(local))
        if target is not None and target != drag.source:
            self.move_person(drag.person_id, target)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.drag is not None:
            self._end_drag()
            self.context.events.status.emit(self.tr("Drag cancelled: nothing changed"))
            return
        super().keyPressEvent(event)
