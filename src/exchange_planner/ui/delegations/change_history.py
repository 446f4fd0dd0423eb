"""Visit editor, section History: who changed what in the visit and its parts, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from exchange_planner.services.change_history import VISIT_KINDS
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.overview import Section
from exchange_planner.ui.widgets.change_history import ChangeHistoryPanel


class HistorySection(Section):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.panel = ChangeHistoryPanel(context, VISIT_KINDS, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def clear(self) -> None:
        self.panel.show_history(None)

    def reload(self) -> None:
        if not self.visit_id:
            self.clear()
            return
        history, visit_id = self.services.change_history, self.visit_id
        # Read now when shown, else when shown next.
        self.panel.show_history(lambda: history.for_visit(visit_id))
