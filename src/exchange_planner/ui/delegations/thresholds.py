"""Gift reporting thresholds and exchange rates, stored with the data (setting table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from exchange_planner.domain.errors import ValidationError
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import Call
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.forms import Form
from exchange_planner.ui.wording import validation_text

#: (setting key, label; translated in the dialog's context)
FIELDS: tuple[tuple[str, str], ...] = (
    ("gift_threshold_DE_EUR", QT_TRANSLATE_NOOP("ThresholdsDialog", "German officials, EUR")),
    (
        "gift_threshold_KR_KRW",
        QT_TRANSLATE_NOOP("ThresholdsDialog", "Korean public officials, KRW"),
    ),
    (
        "gift_threshold_KR_USD",
        QT_TRANSLATE_NOOP("ThresholdsDialog", "Korean public officials, USD"),
    ),
    ("gift_eur_rate_USD", QT_TRANSLATE_NOOP("ThresholdsDialog", "1 USD in EUR")),
    ("gift_eur_rate_KRW", QT_TRANSLATE_NOOP("ThresholdsDialog", "1 KRW in EUR")),
)


class ThresholdsDialog(QDialog):
    """Each value is saved when its field is left; an empty field removes that limit."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gift reporting thresholds"))
        self.context = context
        self.service = context.services.conflicts
        intro = QLabel(
            self.tr(
                "A gift is flagged when its estimated value reaches the threshold of the "
                "recipient's office. Other currencies are compared through the rates."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = Form(self)
        for key, label in FIELDS:
            self.form.text(key, self.tr(label))
        self.form.edited.connect(self._save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        values = self.service.threshold_settings()
        self.form.load({key: values.get(key, "") for key, _label in FIELDS})

    def _save(self, key: str, value: Any) -> None:
        old = self.service.threshold_settings().get(key, "")
        service = self.service

        def do() -> None:
            service.set_threshold_setting(key, value)

        def undo() -> None:
            service.set_threshold_setting(key, old)

        try:
            push(
                self.context.undo_stack,
                Call(
                    self.tr("Change gift threshold"),
                    self.context.events,
                    do,
                    undo,
                    # Undo refuses if anyone else changed a setting since (the thresholds
                    # are settings, all logged as the one settings record).
                    [("settings", 0)],
                    self.context.services.change_history,
                ),
            )
        except ValidationError as error:
            self.form.forget(key)
            self.form.show_error(key, validation_text(error))
            return
        self.form.clear_errors(key)
