"""The Calendar tab."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.widgets.record_list import RecordList, text_column


class CalendarTab(TabPage):
    """Until the painted calendar lands: program items in time order."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = RecordList(
            [
                text_column(
                    self.tr("Starts (UTC)"), lambda p: p.starts_at.strftime("%Y-%m-%d %H:%M")
                ),
                text_column(self.tr("Title"), lambda p: p.title),
            ],
            self,
        )
        QVBoxLayout(self).addWidget(self.list)
        self.reload()

    def title(self) -> str:
        return self.tr("Calendar")

    def icon(self) -> QIcon:
        return icon("calendar")

    def reload(self) -> None:
        rows = [
            item
            for visit in self.services.visits.list()
            for item in self.services.program.for_visit(visit.id)
        ]
        self.list.set_rows(rows)
