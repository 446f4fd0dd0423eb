"""Gift rules per jurisdiction (dialog "Gift rules…") and the disposition history of a gift.

Both are lists of records beside their form, edited through the services on the undo stack
(``ui/undo.py``): each field is saved when it is left, a refused value is explained under
it. The rules dialog replaces the earlier per-country thresholds; thresholds stored by an
earlier version are shown and can be made into rules once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import DispositionKind
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.texts import TRANSLATABLE
from exchange_planner.services.crud import RecordService
from exchange_planner.services.gift_register import GiftRegisterService
from exchange_planner.ui.amounts import amount_field_text, ui_money
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import CreateMany
from exchange_planner.ui.models.record_table import Column, IdRole, RecordTableModel
from exchange_planner.ui.plain import ask
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import DeleteRecord, UpdateRecord, push
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.widgets.forms import Form, push_edit
from exchange_planner.ui.widgets.translations import TranslatableFields
from exchange_planner.ui.wording import validation_text

#: The disposition kinds as the interface names them (context "GiftDispositions").
DISPOSITION_NAMES: dict[DispositionKind, str] = {
    DispositionKind.KEPT: QT_TRANSLATE_NOOP("GiftDispositions", "Kept"),
    DispositionKind.HANDED_OVER: QT_TRANSLATE_NOOP("GiftDispositions", "Handed over"),
    DispositionKind.DISPLAYED: QT_TRANSLATE_NOOP("GiftDispositions", "Displayed"),
    DispositionKind.STORED: QT_TRANSLATE_NOOP("GiftDispositions", "Stored"),
    DispositionKind.LOANED: QT_TRANSLATE_NOOP("GiftDispositions", "Loaned"),
    DispositionKind.RETURNED: QT_TRANSLATE_NOOP("GiftDispositions", "Returned"),
    DispositionKind.DISPOSED: QT_TRANSLATE_NOOP("GiftDispositions", "Disposed of"),
}


def disposition_name(kind: Any) -> str:
    try:
        source = DISPOSITION_NAMES[DispositionKind(kind)]
    except ValueError:
        return str(kind)
    return QCoreApplication.translate("GiftDispositions", source)


class ListEditor(QWidget):
    """A table of records with Add / Delete and the current record's form.

    ``rows()`` gives the records to show; ``new_values()`` those of a new one (None: nothing
    to add to); ``build_form(form)`` the fields. Reloads when the change feed names ``kind``.
    """

    def __init__(
        self,
        context: UiContext,
        service: RecordService[Any],
        kind: str,
        columns: list[Column[Any]],
        build_form: Callable[[Form], None],
        rows: Callable[[], list[Any]],
        new_values: Callable[[], dict[str, Any] | None],
        texts: dict[str, str],
        parent: QWidget | None = None,
        *,
        form_beside: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = service
        self.kind = kind
        self.rows = rows
        self.new_values = new_values
        self.texts = texts
        self.confirm = ask
        self._shown: dict[str, Any] | None = None
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.view = QTableView(self)
        self.view.setObjectName(f"{kind}_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.add_button = QPushButton(texts["add"], self)
        self.add_button.setObjectName(f"{kind}_add")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(texts["delete"], self)
        self.delete_button.setObjectName(f"{kind}_delete")
        self.delete_button.clicked.connect(self.delete)
        writes(self.add_button, self.delete_button)
        self.form = Form(self)
        build_form(self.form)
        self.form.edited.connect(self._save)
        # A gift rule's name is kept in several languages, like the other translatable texts.
        self.translations: TranslatableFields | None = None
        if kind in TRANSLATABLE:
            self.translations = TranslatableFields(
                context,
                kind,
                lambda: (
                    (self.service, self.current_id()) if self.current_id() is not None else None
                ),
                self,
            )
            self.translations.attach_form(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        table = QVBoxLayout()
        table.addWidget(self.view)
        table.addLayout(buttons)
        layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(self) if form_beside else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(table, 3)
        layout.addWidget(self.form, 2)
        context.events.changed.connect(self._changed)
        self.reload()

    def _changed(self, kind: str, _record_id: int) -> None:
        if kind in (self.kind, "*"):
            self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        self.model.set_rows(self.rows())
        self.view.resizeColumnsToContents()
        if keep is not None:
            self.select(keep)
        self._show()

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
        self.delete_button.setEnabled(record_id is not None)
        self.add_button.setEnabled(self.new_values_possible())
        if record_id is None:
            self.form.clear()
            if self.translations is not None:
                self.translations.load(None)
            self._shown = None
            return
        record = self.service.get(record_id)
        values = record.model_dump()
        self._shown = values
        self.form.load(self.form_values(values))
        if self.translations is not None:
            self.translations.load(record)

    def new_values_possible(self) -> bool:
        return True

    def form_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """What the form shows of a record's values (amounts as typed text)."""
        shown = {k: getattr(v, "value", v) for k, v in values.items() if k in self.form.widgets}
        for name, value in shown.items():
            if isinstance(value, int | float) or type(value).__name__ == "Decimal":
                shown[name] = amount_field_text(value) if name != "tier" else str(value)
        return shown

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
                self.service,
                self.kind,
                self.context.events,
                record_id,
                {name: value},
                shown,
            ),
            name,
            reload=self._show,
        )

    def add(self) -> int | None:
        values = self.new_values()
        if values is None:
            return None
        service = self.service
        command = CreateMany(
            self.texts["add"],
            self.context.events,
            lambda: [(service, self.kind, service.create(**values).id)],
        )
        try:
            push(self.context.undo_stack, command)
        except ValidationError as error:
            self.form.setEnabled(True)
            self.form.show_error(error.field, validation_text(error))
            return None
        self.reload()
        made = command.first_id()
        if made is not None:
            self.select(made)
        return made

    def delete(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        label = self.service.describe(self.service.get(record_id))
        question = QCoreApplication.translate("ListEditor", "Delete %s?") % label
        if not self.confirm(self, self.texts["delete"], question):
            return
        try:
            push(
                self.context.undo_stack,
                DeleteRecord(
                    self.texts["delete"], self.service, self.kind, self.context.events, record_id
                ),
            )
        except ExchangePlannerError as error:
            self.form.show_error(next(iter(self.form.widgets)), str(error))
            return
        self.reload()


class GiftRulesDialog(QDialog):
    """The gift rules of each jurisdiction with their periods and sources (left), the
    limits of the rule chosen (right)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gift rules"))
        self.context = context
        self.register = GiftRegisterService(context.services.db)
        intro = QLabel(
            self.tr(
                "A gift is judged by the rule of its recipient's office (the person's gift "
                "jurisdiction, e.g. DE-SN-KOMMUNAL) in force on the gift's day. Each rule has "
                "its limits in tiers, each with its consequence, and its source."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rules = ListEditor(
            context,
            self.register.rules,
            "gift_rule",
            [
                Column(self.tr("Jurisdiction"), lambda r: r.jurisdiction),
                Column(self.tr("Rule"), lambda r: r.name),
                Column(self.tr("From"), lambda r: ui_date(r.effective_from)),
                Column(
                    self.tr("Until"), lambda r: ui_date(r.effective_to) if r.effective_to else ""
                ),
                Column(self.tr("Source"), lambda r: r.source),
            ],
            self._rule_form,
            self.register.rules.list,
            self._new_rule,
            {
                "add": self.tr("Add rule"),
                "delete": self.tr("Delete rule"),
                "change": self.tr("Change gift rule"),
            },
            self,
        )
        self.limits = ListEditor(
            context,
            self.register.limits,
            "gift_rule_limit",
            [
                Column(self.tr("Tier"), lambda r: str(r.tier)),
                Column(
                    self.tr("Limit"),
                    lambda r: ui_money(r.amount, r.currency),
                    alignment=Qt.AlignmentFlag.AlignRight,
                ),
                Column(self.tr("Consequence"), lambda r: r.consequence),
            ],
            self._limit_form,
            self._limits_of_rule,
            self._new_limit,
            {
                "add": self.tr("Add limit"),
                "delete": self.tr("Delete limit"),
                "change": self.tr("Change limit"),
            },
            self,
        )
        self.limits.new_values_possible = lambda: self.rules.current_id() is not None  # type: ignore[method-assign]
        self.rules.view.selectionModel().currentRowChanged.connect(lambda *_: self.limits.reload())
        body = QHBoxLayout()
        body.addWidget(self.rules, 3)
        body.addWidget(self.limits, 2)
        self.old_note = QLabel(self)
        self.old_note.setWordWrap(True)
        self.old_note.setTextFormat(Qt.TextFormat.PlainText)
        self.migrate_button = QPushButton(self.tr("Make rules of the earlier thresholds"), self)
        self.migrate_button.setObjectName("migrate_thresholds")
        self.migrate_button.clicked.connect(self.migrate)
        writes(self.migrate_button)
        old = QHBoxLayout()
        old.addWidget(self.old_note, 1)
        old.addWidget(self.migrate_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addLayout(old)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        # Enter in a field saves that field; it must not press "Add rule" or Close.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._show_old()
        if self.rules.model.rowCount():
            self.rules.view.setCurrentIndex(self.rules.model.index(0, 0))

    def _rule_form(self, form: Form) -> None:
        form.text("jurisdiction", self.tr("&Jurisdiction"), max_length=40)
        form.text("name", self.tr("&Name"), max_length=300)
        form.text("applies_to", self.tr("Applies &to"), max_length=500)
        form.date("effective_from", self.tr("In force &from"))
        form.date("effective_to", self.tr("In force &until"), optional=True)
        form.text("source", self.tr("&Source"), max_length=500)
        form.text("source_url", self.tr("Source add&ress"), max_length=500)
        form.text("valuation", self.tr("&Valuation"), max_length=500)
        form.multiline("notes", self.tr("Notes"))

    def _limit_form(self, form: Form) -> None:
        form.text("tier", self.tr("T&ier"))
        form.text("amount", self.tr("&Amount"))
        form.text("currency", self.tr("&Currency"), max_length=3)
        form.text("consequence", self.tr("C&onsequence"), max_length=500)

    def _new_rule(self) -> dict[str, Any]:
        return {
            "jurisdiction": "NEW",
            "name": self.tr("New rule"),
            "effective_from": date(date.today().year, 1, 1),
        }

    def _limits_of_rule(self) -> list[Any]:
        rule_id = self.rules.current_id() if hasattr(self, "rules") else None
        return self.register.limits.for_rule(rule_id) if rule_id is not None else []

    def _new_limit(self) -> dict[str, Any] | None:
        rule_id = self.rules.current_id()
        if rule_id is None:
            return None
        tiers = [limit.tier for limit in self.register.limits.for_rule(rule_id)]
        return {
            "rule_id": rule_id,
            "tier": min(max(tiers, default=0) + 1, 9),
            "amount": "100",
            "currency": "EUR",
        }

    def _show_old(self) -> None:
        old = self.register.old_thresholds()
        if not old:
            self.old_note.hide()
            self.migrate_button.hide()
            return
        shown = ", ".join(
            f"{key[len('gift_threshold_') :]} = {value}" for key, value in old.items()
        )
        self.old_note.setText(
            self.tr("Thresholds set in an earlier version (per country): %s") % shown
        )
        self.old_note.show()
        self.migrate_button.show()

    def migrate(self) -> list[int]:
        try:
            made = self.register.rules_from_old_thresholds()
        except ExchangePlannerError as error:
            self.old_note.setText(str(error))
            return []
        self.rules.reload()
        self.migrate_button.setEnabled(False)
        return made


class DispositionsEditor(ListEditor):
    """Where a gift went, step by step (the last is where it is now)."""

    def __init__(
        self, context: UiContext, gift_id: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        self.gift_id = gift_id
        self.register = GiftRegisterService(context.services.db)
        super().__init__(
            context,
            self.register.dispositions,
            "gift_disposition",
            [
                Column(self.tr("Date"), lambda d: ui_date(d.dated_on)),
                Column(self.tr("Disposition"), lambda d: disposition_name(d.kind)),
                Column(self.tr("Place"), lambda d: d.place),
                Column(self.tr("Inventory number"), lambda d: d.inventory_number),
            ],
            self._form,
            self._rows,
            self._new,
            {
                "add": self.tr("Add disposition"),
                "delete": self.tr("Delete disposition"),
                "change": self.tr("Change disposition"),
            },
            parent,
        )

    def _form(self, form: Form) -> None:
        form.date("dated_on", self.tr("Date"))
        form.combo(
            "kind",
            self.tr("Dispos&ition"),
            [(disposition_name(kind), kind.value) for kind in DispositionKind],
        )
        form.text("place", self.tr("Place"), max_length=300)
        form.text("inventory_number", self.tr("I&nventory number"), max_length=100)
        form.multiline("note", self.tr("Note"), height=44)

    def _rows(self) -> list[Any]:
        gift_id = self.gift_id()
        return self.register.dispositions.for_gift(gift_id) if gift_id else []

    def new_values_possible(self) -> bool:
        return self.gift_id() is not None

    def _new(self) -> dict[str, Any] | None:
        gift_id = self.gift_id()
        if gift_id is None:
            return None
        return {"gift_id": gift_id, "dated_on": date.today(), "kind": DispositionKind.KEPT}
