"""The exchange history of a partnership: one chronological table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.services.history import HistoryEntry
from exchange_planner.ui.amounts import ui_money
from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import Column, RecordRole, RecordTableModel
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.widgets.forms import fill_combo

_ICONS = {
    "partnership": "partnership",
    "visit": "delegations",
    "residency": "residencies",
    "exhibition": "exhibitions",
    "gift": "gift",
    "guestbook": "guestbook",
}


class HistoryView(QWidget):
    navigate = Signal(str, int)

    def __init__(self, services, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services = services
        self.partnership = QComboBox(self)
        self.partnership.currentIndexChanged.connect(self.refresh)
        caption = QLabel(self.tr("&Partnership:"), self)
        caption.setBuddy(self.partnership)
        kinds = {
            "partnership": self.tr("Partnership"),
            "visit": self.tr("Visit"),
            "residency": self.tr("Residency"),
            "exhibition": self.tr("Exhibition"),
            "gift": self.tr("Gift"),
            "guestbook": self.tr("Guestbook"),
        }
        directions = {"incoming": self.tr("to us"), "outgoing": self.tr("from us"), "": ""}
        statuses = {
            "draft": self.tr("draft"),
            "planned": self.tr("planned"),
            "proposed": self.tr("proposed"),
            "confirmed": self.tr("confirmed"),
            "ongoing": self.tr("ongoing"),
            "completed": self.tr("completed"),
            "cancelled": self.tr("cancelled"),
            "city_guestbook": self.tr("city guestbook"),
            "golden_book": self.tr("Golden Book"),
        }

        def title(entry: HistoryEntry) -> str:
            if entry.kind == "partnership":
                return self.tr("Partnership with %s begins") % entry.title
            if entry.kind == "guestbook":
                return ": ".join(part for part in (entry.person, entry.title) if part)
            return entry.title or entry.person or self.tr("(untitled)")

        def detail(entry: HistoryEntry) -> str:
            person = entry.person
            if entry.kind == "residency" and not person:
                person = self.tr("artist to be named")
            if entry.kind == "guestbook":
                person = ""
            parts = [person, statuses.get(entry.status, entry.status), place_or_value(entry)]
            return " · ".join(part for part in parts if part)

        def place_or_value(entry: HistoryEntry) -> str:
            """A gift's value or where a signature is in the book, worded here."""
            if entry.amount is not None:
                return ui_money(entry.amount, entry.currency)
            if entry.volume and entry.page:
                return (
                    self.tr("vol. %1, p. %2").replace("%1", entry.volume).replace("%2", entry.page)
                )
            if entry.volume:
                return self.tr("vol. %1").replace("%1", entry.volume)
            if entry.page:
                return self.tr("p. %1").replace("%1", entry.page)
            return ""

        def when(entry: HistoryEntry) -> str:
            if entry.kind == "partnership":
                return str(entry.day.year)
            if entry.end_day and entry.end_day != entry.day:
                return f"{ui_date(entry.day)} – {ui_date(entry.end_day)}"
            return ui_date(entry.day)

        self.model: RecordTableModel[HistoryEntry] = RecordTableModel(
            [
                Column(self.tr("When"), when, sort_key=lambda e: e.day.isoformat()),
                Column(
                    self.tr("What"),
                    lambda e: kinds[e.kind],
                    icon=lambda e: icon(_ICONS[e.kind]),
                ),
                Column(self.tr("Direction"), lambda e: directions.get(e.direction, e.direction)),
                Column(self.tr("Title"), title, tooltip=title),
                Column(self.tr("Details"), detail),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.partnership, 1)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        hint = QLabel(self.tr("Enter or double-click opens the record."), self)
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.reload_partnerships()

    def reload_partnerships(self) -> None:
        partnerships = self.services.partnerships.list()
        fill_combo(
            self.partnership, [(p.partner_city, p.id) for p in partnerships], icon("partnership")
        )
        self.refresh()

    def refresh(self) -> None:
        partnership_id = self.partnership.currentData()
        entries = (
            self.services.history.for_partnership(partnership_id)
            if partnership_id is not None
            else []
        )
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        entry: HistoryEntry = index.data(RecordRole)
        if entry is not None and entry.target_kind != "partnership":
            self.navigate.emit(entry.target_kind, entry.target_id)
        elif entry is not None:
            self.navigate.emit("partnership", entry.target_id)


__all__ = ["HistoryView", "Qt"]
