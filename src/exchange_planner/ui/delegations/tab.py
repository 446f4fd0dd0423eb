"""The Delegations tab."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.widgets.record_list import RecordList, text_column


class DelegationsTab(TabPage):
    handles = ("visit",)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = RecordList(
            [
                text_column(self.tr("Title"), lambda v: v.title),
                text_column(self.tr("From"), lambda v: v.start_date.isoformat()),
                text_column(self.tr("To"), lambda v: v.end_date.isoformat()),
                text_column(self.tr("Direction"), lambda v: v.direction.value),
                text_column(self.tr("Status"), lambda v: v.status.value),
            ],
            self,
        )
        QVBoxLayout(self).addWidget(self.list)
        self.reload()

    def title(self) -> str:
        return self.tr("Delegations")

    def icon(self) -> QIcon:
        return icon("delegations")

    def reload(self) -> None:
        self.list.set_rows(self.services.visits.list())

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind == "visit":
            self.reload()

    def show_record(self, kind: str, record_id: int) -> bool:
        return kind == "visit" and self.list.select_id(record_id)
