"""Under the gift's form: its value in EUR by the rule of the recipient's office, a button to
take the stored rate of the gift's day, and the history of where the gift went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.gift_register import GiftRegisterService
from exchange_planner.ui.amounts import ui_money
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.gift_rules import DispositionsEditor
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import UpdateRecord, push
from exchange_planner.ui.widgets.date_field import ui_date


class GiftValuationPanel(QWidget):
    def __init__(
        self, context: UiContext, gift_id: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.gift_id = gift_id
        self.register = GiftRegisterService(context.services.db)
        self.summary = QLabel(self)
        self.summary.setObjectName("gift_valuation")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.use_rate = QPushButton(self)
        self.use_rate.setObjectName("use_stored_rate")
        self.use_rate.clicked.connect(self.apply_rate)
        writes(self.use_rate)
        heading = QLabel(self.tr("Where the gift went"), self)
        heading.setStyleSheet("font-weight: bold")
        self.dispositions = DispositionsEditor(context, gift_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.use_rate)
        layout.addWidget(heading)
        layout.addWidget(self.dispositions)
        context.events.changed.connect(self._changed)
        self.reload()

    def _changed(self, kind: str, _record_id: int) -> None:
        if kind in ("gift", "exchange_rate", "gift_rule", "gift_rule_limit", "person", "*"):
            self.reload()

    def reload(self) -> None:
        gift_id = self.gift_id()
        self.dispositions.reload()
        if gift_id is None:
            self.summary.setText("")
            self.use_rate.hide()
            return
        try:
            valuation = self.register.valuation(gift_id)
            suggestion = self.register.rate_suggestion(gift_id)
        except ExchangePlannerError:
            self.summary.setText("")
            self.use_rate.hide()
            return
        self.summary.setText(self.summary_text(valuation))
        self.summary.setStyleSheet("color: #9b1c1c" if valuation.rate_missing else "")
        gift = self.context.services.gifts.get(gift_id)
        stored = getattr(gift, "rate_units_per_eur", None)
        if suggestion is None or (
            stored == suggestion.units_per_eur
            and getattr(gift, "rate_date", None) == suggestion.rate_date
        ):
            self.use_rate.hide()
            return
        self.suggestion = suggestion
        self.use_rate.setText(
            self.tr("Use the rate of %1: 1 EUR = %2 %3 (%4)")
            .replace("%1", ui_date(suggestion.rate_date))
            .replace("%2", str(suggestion.units_per_eur.normalize()))
            .replace("%3", suggestion.currency)
            .replace("%4", suggestion.source)
        )
        self.use_rate.show()

    def summary_text(self, valuation: object) -> str:
        lines: list[str] = []
        if getattr(valuation, "rate_missing", False):
            lines.append(
                self.tr("⚠ Rate missing: this gift is left out of the register's EUR totals.")
            )
        value = getattr(valuation, "value_eur", None)
        if value is not None:
            lines.append(self.tr("Value in EUR: %s") % ui_money(value, "EUR"))
        rule = getattr(valuation, "rule", "")
        if rule:
            lines.append(self.tr("Rule: %s") % rule)
            crossed = getattr(valuation, "crossed_limit", "")
            if crossed:
                consequence = getattr(valuation, "consequence", "")
                lines.append(
                    self.tr("Limit reached: %1 — %2")
                    .replace("%1", crossed)
                    .replace("%2", consequence)
                )
            elif getattr(valuation, "undetermined", False):
                lines.append(self.tr("A limit cannot be checked: no rate for its currency."))
        return "\n".join(lines)

    def apply_rate(self) -> None:
        gift_id = self.gift_id()
        suggestion = getattr(self, "suggestion", None)
        if gift_id is None or suggestion is None:
            return
        service = self.context.services.gifts
        shown = service.get(gift_id)
        try:
            push(
                self.context.undo_stack,
                UpdateRecord(
                    self.tr("Use the stored rate"),
                    service,
                    "gift",
                    self.context.events,
                    gift_id,
                    {
                        "rate_units_per_eur": suggestion.units_per_eur,
                        "rate_date": suggestion.rate_date,
                        "rate_source": suggestion.source,
                    },
                    shown,
                ),
            )
        except ExchangePlannerError as error:
            self.summary.setText(str(error))
            return
        self.reload()
