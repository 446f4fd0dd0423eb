"""The visit list as a lazy table model: pages are read from the service as the view scrolls.

Filtering, searching and sorting happen in SQL, so opening or filtering the list reads one
page whatever the number of visits in the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from exchange_planner.domain.enums import Direction, VisitStatus
from exchange_planner.services.visits import VisitFilter, VisitRow, VisitService
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.models.paged_table import PagedTableModel
from exchange_planner.ui.widgets.date_field import ui_date

#: (sort key in the service, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("VisitListModel", "Title")),
    ("partnership", QT_TRANSLATE_NOOP("VisitListModel", "Partnership")),
    ("start_date", QT_TRANSLATE_NOOP("VisitListModel", "From")),
    ("end_date", QT_TRANSLATE_NOOP("VisitListModel", "To")),
    ("direction", QT_TRANSLATE_NOOP("VisitListModel", "Direction")),
    ("status", QT_TRANSLATE_NOOP("VisitListModel", "Status")),
)


DIRECTION_COLUMN = next(i for i, (key, _h) in enumerate(COLUMNS) if key == "direction")


def direction_text(direction: Direction) -> str:
    return enum_label(Direction(direction))


def status_text(status: VisitStatus) -> str:
    return enum_label(VisitStatus(status))


class VisitListModel(PagedTableModel[VisitRow]):
    COLUMNS = COLUMNS
    CONTEXT = "VisitListModel"

    def __init__(self, service: VisitService, parent: Any = None) -> None:
        super().__init__(parent, sort_key="start_date", descending=True)
        self.service = service
        self.filter = VisitFilter()
        self._direction_icons: dict[bool, Any] = {}
        #: Partner city names in the interface's language, by partnership id (set by the list).
        self.partner_names: dict[int, str] = {}

    def count_rows(self) -> int:
        return self.service.count_rows(self.filter)

    def read_page(self, offset: int, limit: int) -> list[VisitRow]:
        return self.service.rows(
            self.filter, sort=self.sort_key, descending=self.descending, offset=offset, limit=limit
        )

    def set_filter(self, flt: VisitFilter) -> None:
        self.filter = flt
        self.reload()

    def visit_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def display(self, record: VisitRow, key: str) -> str:
        if key == "title":
            return shown(record, "title")
        if key == "partnership":
            return self.partner_names.get(record.partnership_id) or record.partnership
        if key == "start_date":
            return ui_date(record.start_date)
        if key == "end_date":
            return ui_date(record.end_date)
        if key == "direction":
            return direction_text(record.direction)
        return status_text(record.status)

    def extra_data(self, record: VisitRow, key: str, role: int) -> Any:
        if key != "title":
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{shown(record, 'title')}\n{direction_text(record.direction)}"
        if role == Qt.ItemDataRole.DecorationRole:
            incoming = record.direction == Direction.INCOMING
            if incoming not in self._direction_icons:
                self._direction_icons[incoming] = icon("import" if incoming else "export")
            return self._direction_icons[incoming]
        return None
