"""Visit editor, sections Gifts and Guestbook: a list of records beside their form."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.conflicts import Conflict
from exchange_planner.domain.enums import GiftDirection, GuestbookKind
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.texts import TRANSLATABLE
from exchange_planner.services.crud import RecordService
from exchange_planner.ui.amounts import amount_field_text, ui_money
from exchange_planner.ui.conflicts import based_on, load_keeping_input
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import CreateMany
from exchange_planner.ui.delegations.conflict_marks import BackgroundConflicts
from exchange_planner.ui.delegations.overview import Section
from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import Column, IdRole, RecordTableModel
from exchange_planner.ui.names import person_name
from exchange_planner.ui.plain import ask
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import DeleteRecord, UpdateRecord, push
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.widgets.forms import Confirm, Form, push_edit
from exchange_planner.ui.widgets.record_list import kept_scroll
from exchange_planner.ui.widgets.side import scrolling_side
from exchange_planner.ui.widgets.translations import TranslatableFields
from exchange_planner.ui.wording import conflict_lines, validation_text


class RecordSection(Section):
    kind = ""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.confirm: Confirm = ask
        self.names: dict[int, str] = {}
        self._shown: dict[str, Any] | None = None
        self.model: RecordTableModel[Any] = RecordTableModel(self.columns(), self)
        self.view = QTableView(self)
        self.view.setObjectName(f"{self.kind}_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.view.activated.connect(
            lambda _index: next(iter(self.form.widgets.values())).setFocus()
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The tooltips name the kind of record, e.g. "Add gift (Ctrl+Shift+N)".
        self.texts = self.action_texts()
        self.add_action = self._action(
            self.tr("Add"),
            "new",
            self.add,
            "Ctrl+Shift+N",
            also_on=self.view,
            tooltip=self.texts["add"],
        )
        self.delete_action = self._action(
            self.tr("Delete"),
            "delete",
            self.delete,
            QKeySequence.StandardKey.Delete,
            also_on=self.view,
            tooltip=self.texts["delete"],
        )
        writes(self.add_action, self.delete_action)
        self.build_extra_actions()
        self.form = Form(self)
        self.build_form(self.form)
        self.form.edited.connect(self._save)
        self.translations: TranslatableFields | None = None
        if self.kind in TRANSLATABLE:
            self.translations = TranslatableFields(
                context,
                self.kind,
                lambda: (
                    (self.service(), self.current_id()) if self.current_id() is not None else None
                ),
                self,
                languages=lambda: self.services.translations.languages_for_visit(self.visit_id),
            )
            self.translations.attach_form(self.form)
        # A gift's form with its valuation and dispositions is taller than a 768-pixel screen
        # leaves: the editor scrolls, the list stays in view.
        self.editor_scroll = scrolling_side(self)
        side = self.editor_scroll.widget().layout()
        side.addWidget(self.form)
        self.build_side(side)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addWidget(self.editor_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(body)

    # --- to fill in -----------------------------------------------------------------------
    def service(self) -> RecordService[Any]:
        raise NotImplementedError

    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def build_form(self, form: Form) -> None:
        raise NotImplementedError

    def new_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def action_texts(self) -> dict[str, str]:
        """Whole sentences naming the kind of record: "add", "delete" and "change"."""
        raise NotImplementedError

    def build_extra_actions(self) -> None:
        """Section-specific toolbar actions."""

    def build_side(self, side: QVBoxLayout) -> None:
        """Section-specific widgets below the form."""

    def people(self) -> list[tuple[str, int | None]]:
        people = self.services.gifts.people_for_visit(self.visit_id)
        self.names = {p.id: person_name(p) for p in people}  # type: ignore[misc]
        return [(self.tr("(none)"), None)] + [(person_name(p), p.id) for p in people]

    # --- common ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.model.set_rows([])
        self._show()

    def reload(self) -> None:
        if not self.visit_id:
            self.clear()
            return
        keep = self.current_id()
        self.fill_choices()
        with kept_scroll(self.view):
            self.model.set_rows(self.service().for_visit(self.visit_id))  # type: ignore[attr-defined]
            self.view.resizeColumnsToContents()
            if keep:
                self.select(keep)
        self._show()

    def fill_choices(self) -> None:
        """Refresh combo choices before rows are shown."""

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _show(self) -> None:
        record_id = self.current_id()
        self.form.setEnabled(record_id is not None)
        self.delete_action.setEnabled(record_id is not None)
        if record_id is None:
            self.form.clear()
            if self.translations is not None:
                self.translations.load(None)
            self._shown = None
            return
        record = self.service().get(record_id)
        values = record.model_dump()
        same = self._shown is not None and self._shown.get("id") == record_id
        kept = load_keeping_input(
            self.form, {k: getattr(v, "value", v) for k, v in values.items()}, same_record=same
        )
        #: What the editor shows: the base of the next edit.
        self._shown = based_on(self._shown if same else None, values, kept)
        if self.translations is not None:
            self.translations.load(record)

    def _save(self, name: str, value: Any) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        shown = self._shown
        push_edit(
            self.form,
            self.context.undo_stack,
            lambda: UpdateRecord(
                self.texts["change"],
                self.service(),
                self.kind,
                self.context.events,
                record_id,
                {name: value},
                shown,
            ),
            name,
            reload=self._reread,
        )

    def _reread(self) -> None:
        """Show the stored record again (after a refused edit), typing elsewhere kept."""
        self._show()

    def add(self) -> int | None:
        if not self.visit_id:
            return None
        service = self.service()
        try:
            values = self.new_values()
            command = CreateMany(
                self.texts["add"],
                self.context.events,
                lambda: [(service, self.kind, service.create(**values).id)],
            )
            push(self.context.undo_stack, command)
        except ValidationError as error:
            self.form.setEnabled(True)
            self.form.show_error(error.field, validation_text(error))
            return None
        if command.first_id():
            self.select(command.first_id())  # type: ignore[arg-type]
            first = next(iter(self.form.widgets.values()))
            first.setFocus()
        return command.first_id()

    def delete(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        service = self.service()
        label = service.describe(service.get(record_id))
        if not self.confirm(self, self.tr("Delete"), self.tr("Delete %s?") % label):
            return
        push(
            self.context.undo_stack,
            DeleteRecord(self.texts["delete"], service, self.kind, self.context.events, record_id),
        )


class GiftsSection(RecordSection):
    kind = "gift"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        self.warnings: dict[int, list[Conflict]] = {}
        super().__init__(context, parent)
        # Warnings are computed in the background and applied when they arrive.
        self.checker = BackgroundConflicts(self.services, self)
        self.checker.ready.connect(self._conflicts_ready)
        self._marked_visit = 0

    @property
    def conflicts_pending(self) -> bool:
        return self.checker.pending

    def _conflicts_ready(self, visit_id: int, conflicts: list[Conflict]) -> None:
        if visit_id != self.visit_id:
            return  # another visit is shown by now
        self._marked_visit = visit_id
        self.warnings = self.services.conflicts.by_gift(conflicts)
        if self.model.rowCount():
            last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)
        self._show_warnings()

    def action_texts(self) -> dict[str, str]:
        return {
            "add": self.tr("Add gift"),
            "delete": self.tr("Delete gift"),
            "change": self.tr("Change gift"),
        }

    def service(self) -> RecordService[Any]:
        return self.services.gifts

    def build_extra_actions(self) -> None:
        self.rules_action = QAction(icon("warning"), self.tr("Gift rules…"), self)
        self.rules_action.setToolTip(
            self.tr("The gift rules of each office: limits, consequences, periods and sources")
        )
        self.rules_action.triggered.connect(self.open_rules)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.rules_action)
        # The earlier name, for callers of the thresholds dialog: it opens the rules now.
        self.thresholds_action = self.rules_action

    def open_rules(self) -> Any:
        from exchange_planner.ui.delegations.gift_rules import GiftRulesDialog

        dialog = GiftRulesDialog(self.context, self)
        dialog.open()
        return dialog

    open_thresholds = open_rules

    def build_side(self, side: QVBoxLayout) -> None:
        from exchange_planner.ui.delegations.gift_valuation import GiftValuationPanel

        self.valuation = GiftValuationPanel(self.context, self.current_id, self)
        side.addWidget(self.valuation)

    def columns(self) -> list[Column[Any]]:
        def warning_icon(gift: Any) -> Any:
            return icon("warning", "#c77700") if self.warnings.get(gift.id) else None

        def warning_tip(gift: Any) -> str:
            return conflict_lines(self.warnings.get(gift.id, []))

        def value(gift: Any) -> str:
            if gift.value_amount is None:
                return ""
            return ui_money(gift.value_amount, gift.value_currency)

        return [
            Column(
                self.tr("Direction"),
                lambda g: (
                    self.tr("Given") if g.direction == GiftDirection.GIVEN else self.tr("Received")
                ),
                icon=warning_icon,
                tooltip=warning_tip,
            ),
            Column(self.tr("Gift"), lambda g: g.description, tooltip=warning_tip),
            Column(self.tr("Maker"), lambda g: g.maker),
            Column(self.tr("Giver"), lambda g: self.names.get(g.giver_id, "")),
            Column(self.tr("Recipient"), lambda g: self.names.get(g.recipient_id, "")),
            Column(self.tr("Value"), value, alignment=Qt.AlignmentFlag.AlignRight),
        ]

    def build_form(self, form: Form) -> None:
        form.combo(
            "direction",
            self.tr("Direc&tion"),
            [
                (self.tr("Given"), GiftDirection.GIVEN.value),
                (self.tr("Received"), GiftDirection.RECEIVED.value),
            ],
        )
        form.text("description", self.tr("De&scription"), max_length=1000)
        form.text("maker", self.tr("&Maker"), max_length=300)
        form.combo("giver_id", self.tr("&Giver"))
        form.combo("recipient_id", self.tr("&Recipient"))
        form.date("presented_on", self.tr("&Presented on"), optional=True)
        form.text("value_amount", self.tr("Estimated va&lue"))
        form.text("value_currency", self.tr("C&urrency"), max_length=3)
        form.text("valuation_basis", self.tr("Valuation basis"), max_length=300)
        form.multiline("circumstances", self.tr("Circumstances"))
        form.text("rate_units_per_eur", self.tr("R&ate (units per 1 EUR)"))
        form.date("rate_date", self.tr("Date &of the rate"), optional=True)
        form.text("rate_source", self.tr("Rate sour&ce"), max_length=300)
        form.text("disposition", self.tr("Disposition"), max_length=500)
        form.text("inventory_number", self.tr("Inventory number"), max_length=100)

    def fill_choices(self) -> None:
        choices = self.people()
        self.form.set_choices("giver_id", choices)
        self.form.set_choices("recipient_id", choices)
        if self._marked_visit != self.visit_id:
            self.warnings = {}
        self.checker.request(self.visit_id)

    def _show(self) -> None:
        super()._show()
        record_id = self.current_id()
        if record_id is not None:
            amount = self.form.widgets["value_amount"]
            gift = self.services.gifts.get(record_id)
            amount.setText(amount_field_text(gift.value_amount))  # type: ignore[attr-defined]
            self.form.load({"value_amount": amount.text()})  # type: ignore[attr-defined]
            rate = getattr(gift, "rate_units_per_eur", None)
            self.form.load({"rate_units_per_eur": "" if rate is None else str(rate)})
            self._show_warnings()
        valuation = getattr(self, "valuation", None)
        if valuation is not None:
            valuation.reload()

    def _show_warnings(self) -> None:
        """The current gift's warnings under its description (the form is left as is)."""
        record_id = self.current_id()
        warnings = self.warnings.get(record_id, []) if record_id else []
        if warnings:
            self.form.show_error("description", conflict_lines(warnings, "⚠ "))
        elif self.form.error_text("description").startswith("⚠"):
            self.form.clear_errors("description")

    def new_values(self) -> dict[str, Any]:
        visit = self.services.visits.get(self.visit_id)
        return {
            "visit_id": self.visit_id,
            "direction": GiftDirection.GIVEN,
            "description": self.tr("New gift"),
            "presented_on": visit.start_date,
        }


class GuestbookSection(RecordSection):
    kind = "guestbook_entry"

    def action_texts(self) -> dict[str, str]:
        return {
            "add": self.tr("Add guestbook entry"),
            "delete": self.tr("Delete guestbook entry"),
            "change": self.tr("Change guestbook entry"),
        }

    def service(self) -> RecordService[Any]:
        return self.services.guestbook

    def columns(self) -> list[Column[Any]]:
        def book(entry: Any) -> str:
            if entry.book == GuestbookKind.GOLDEN_BOOK:
                return self.tr("Golden Book")
            return self.tr("City guestbook")

        return [
            Column(self.tr("Book"), book),
            Column(self.tr("Signed by"), lambda e: self.names.get(e.signer_id, "")),
            Column(self.tr("Date"), lambda e: ui_date(e.signed_on)),
            Column(self.tr("Occasion"), lambda e: e.occasion),
            Column(self.tr("Volume/page"), lambda e: "/".join(x for x in (e.volume, e.page) if x)),
        ]

    def build_form(self, form: Form) -> None:
        form.combo(
            "book",
            self.tr("&Book"),
            [
                (self.tr("City guestbook"), GuestbookKind.CITY_GUESTBOOK.value),
                (self.tr("Golden Book"), GuestbookKind.GOLDEN_BOOK.value),
            ],
        )
        form.combo("signer_id", self.tr("&Signed by"))
        form.date("signed_on", self.tr("Da&te"))
        form.text("occasion", self.tr("&Occasion"), max_length=500)
        form.text("volume", self.tr("Vo&lume"), max_length=50)
        form.text("page", self.tr("&Page"), max_length=50)

    def fill_choices(self) -> None:
        self.form.set_choices("signer_id", [c for c in self.people() if c[1] is not None])

    def new_values(self) -> dict[str, Any]:
        visit = self.services.visits.get(self.visit_id)
        head = visit.head_id
        if head is None:
            members = self.services.members.for_visit(self.visit_id)
            head = members[0].person_id if members else None
        if head is None:
            raise ValidationError("signer_id", "add a delegation member first, who can sign")
        return {
            "visit_id": self.visit_id,
            "book": GuestbookKind.GOLDEN_BOOK,
            "signer_id": head,
            "signed_on": max(visit.start_date, min(date.today(), visit.end_date)),
        }
