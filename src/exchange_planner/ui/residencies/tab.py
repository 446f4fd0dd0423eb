"""The Residencies tab."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.widgets.record_list import RecordList, text_column


class ResidenciesTab(TabPage):
    handles = ("residency",)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = RecordList(
            [
                text_column(self.tr("Title"), lambda r: r.title),
                text_column(self.tr("From"), lambda r: r.start_date.isoformat()),
                text_column(self.tr("To"), lambda r: r.end_date.isoformat()),
                text_column(self.tr("Direction"), lambda r: r.direction.value),
                text_column(self.tr("Status"), lambda r: r.status.value),
            ],
            self,
        )
        QVBoxLayout(self).addWidget(self.list)
        self.reload()

    def title(self) -> str:
        return self.tr("Residencies")

    def icon(self) -> QIcon:
        return icon("residencies")

    def reload(self) -> None:
        self.list.set_rows(self.services.residencies.list())

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind == "residency":
            self.reload()

    def show_record(self, kind: str, record_id: int) -> bool:
        return kind == "residency" and self.list.select_id(record_id)
