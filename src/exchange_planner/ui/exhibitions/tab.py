"""The Exhibitions tab."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.widgets.record_list import RecordList, text_column


class ExhibitionsTab(TabPage):
    handles = ("exhibition",)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = RecordList(
            [
                text_column(self.tr("Title"), lambda r: r.title),
                text_column(self.tr("From"), lambda r: r.start_date.isoformat()),
                text_column(self.tr("To"), lambda r: r.end_date.isoformat()),
            ],
            self,
        )
        QVBoxLayout(self).addWidget(self.list)
        self.reload()

    def title(self) -> str:
        return self.tr("Exhibitions")

    def icon(self) -> QIcon:
        return icon("exhibitions")

    def reload(self) -> None:
        self.list.set_rows(self.services.exhibitions.list())

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind == "exhibition":
            self.reload()

    def show_record(self, kind: str, record_id: int) -> bool:
        return kind == "exhibition" and self.list.select_id(record_id)
