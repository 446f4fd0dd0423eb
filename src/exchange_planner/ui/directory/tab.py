"""The People & Venues tab."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from exchange_planner.domain.names import full_name
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.widgets.record_list import RecordList, text_column


class DirectoryTab(TabPage):
    handles = ("partnership", "person", "venue")

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sections = QTabWidget(self)
        self.partnerships = RecordList(
            [
                text_column(self.tr("Partner city"), lambda p: p.partner_city),
                text_column(self.tr("Own script"), lambda p: p.city_native),
                text_column(self.tr("Country"), lambda p: p.country),
                text_column(self.tr("Since"), lambda p: p.since_year),
                text_column(self.tr("Time zone"), lambda p: p.timezone),
            ]
        )
        self.people = RecordList(
            [
                text_column(self.tr("Name"), full_name),
                text_column(self.tr("Title"), lambda p: p.title),
                text_column(self.tr("Organisation"), lambda p: p.organisation),
                text_column(self.tr("Country"), lambda p: p.country),
            ]
        )
        self.venues = RecordList(
            [
                text_column(self.tr("Name"), lambda v: v.name),
                text_column(self.tr("Room"), lambda v: v.room),
                text_column(self.tr("City"), lambda v: v.city),
                text_column(self.tr("Time zone"), lambda v: v.timezone),
            ]
        )
        self.sections.addTab(self.partnerships, icon("partnership"), self.tr("Partnerships"))
        self.sections.addTab(self.people, icon("person"), self.tr("People"))
        self.sections.addTab(self.venues, icon("venue"), self.tr("Venues"))
        QVBoxLayout(self).addWidget(self.sections)
        self.reload()

    def title(self) -> str:
        return self.tr("People && Venues")

    def icon(self) -> QIcon:
        return icon("directory")

    def reload(self) -> None:
        self.partnerships.set_rows(self.services.partnerships.list())
        self.people.set_rows(self.services.people.list())
        self.venues.set_rows(self.services.venues.list())

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind in self.handles:
            self.reload()

    def show_record(self, kind: str, record_id: int) -> bool:
        lists = {"partnership": self.partnerships, "person": self.people, "venue": self.venues}
        target = lists.get(kind)
        if target is None or not target.select_id(record_id):
            return False
        self.sections.setCurrentWidget(target)
        return True
