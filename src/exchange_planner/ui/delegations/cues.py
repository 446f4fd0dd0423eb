"""The cues of the selected programme item: a small table of time, cue and responsible.

Each cell is edited in place (type, F2 or double-click; Enter saves). The time is typed as
HH:MM on the item's day, in the item's time zone. Insert (or "Add cue") adds a cue after the
last one, Delete (or "Remove cue") removes the selected one; every change is one step of
Edit > Undo. A refused input (an empty cue, a time that is no time or lies outside the item's
day) is explained below the table and changes nothing. The cues are printed only in the
run-of-show (Documents > Run of show…), never in the guests' itinerary.
"""

from __future__ import annotations

import re
from datetime import time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.timeutil import to_local
from exchange_planner.services.program_cues import cue_instant, item_days
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import CreateMany
from exchange_planner.ui.plain import plain_label
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import DeleteRecord, UpdateRecord, push

CueIdRole = Qt.ItemDataRole.UserRole + 11
#: The table's columns and the cue field each edits.
COLUMNS = ("at", "cue", "responsible")
_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*$")


def parse_clock(text: str) -> time | None:
    """ "10:05", "10.05", "1005", "9:30", "9" -> a time of day; anything else -> None."""
    match = _CLOCK.match(text or "")
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


class CueTable(QTableWidget):
    """The cues' table: Insert asks for a new cue, Delete for removing the selected one.

    Both keys are taken before the section's shortcuts see them (Delete there deletes the
    whole programme item), as a text field takes Delete for itself."""

    add_requested = Signal()
    remove_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and event.key() in (Qt.Key.Key_Insert, Qt.Key.Key_Delete)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert:
                self.add_requested.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.remove_requested.emit()
                return
        super().keyPressEvent(event)


class CuesEditor(QWidget):
    """Edits the cues of one programme item (``load(item)``; None shows nothing)."""

    #: Emitted with a message after an edit was refused ("" after a good one).
    refused = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.item: Any = None  # the read model of the item shown
        #: The cues shown and the item's start and zone they are shown for.
        self._shown: tuple[Any, Any] = ((), None)
        self._loading = False

        self.caption = QLabel(self.tr("Cues (run of sho&w only):"), self)
        self.table = CueTable(0, len(COLUMNS), self)
        self.table.setObjectName("cues_table")
        self.caption.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Cue"), self.tr("Responsible")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.setToolTip(
            self.tr(
                "Type to edit a cell (the time as HH:MM on the item's day). Insert adds a cue, "
                "Delete removes the selected one."
            )
        )

        self.table.add_requested.connect(self.add_cue)
        self.table.remove_requested.connect(self.remove_cue)
        self.add_button = QPushButton(self.tr("&Add cue"), self)
        self.add_button.setObjectName("add_cue")
        self.add_button.clicked.connect(self.add_cue)
        self.remove_button = QPushButton(self.tr("Remove &cue"), self)
        self.remove_button.setObjectName("remove_cue")
        self.remove_button.clicked.connect(self.remove_cue)
        writes(self.add_button, self.remove_button)
        writes(self.table)
        self.table.currentCellChanged.connect(lambda *_: self._enable())

        self.message = plain_label(parent=self)
        self.message.setObjectName("cue_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._enable()

    # --- reading --------------------------------------------------------------------------
    def load(self, item: Any) -> None:
        """Show the cues of ``item`` (a program item read model), or nothing for None."""
        changed_item = item is None or self.item is None or item.id != self.item.id
        self.item = item
        keep = self.current_cue_id()
        column = max(0, self.table.currentColumn())
        if changed_item:
            self.message.clear()
            keep = None
        stored = tuple(self.services.program.cues.for_item(item.id)) if item is not None else ()
        shown_item = (item.starts_at, item.timezone) if item is not None else None
        if not changed_item and (stored, shown_item) == self._shown:
            # The change feed's echo of what is shown already: a cell being typed in stays.
            self._enable()
            return
        self._shown = (stored, shown_item)
        self._loading = True
        try:
            self.table.setRowCount(0)
            if item is not None:
                first, _last = item_days(item)
                for cue in stored:
                    self._append(cue, first)
        finally:
            self._loading = False
        if keep is not None:
            self.select_cue(keep, column)
        self._enable()

    def _append(self, cue: Any, first_day: Any) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        local = to_local(cue.at, self.item.timezone)
        clock = f"{local:%H:%M}"
        if local.date() != first_day:
            clock += f" (+{(local.date() - first_day).days})"
        for column, text in enumerate((clock, cue.cue, cue.responsible)):
            cell = QTableWidgetItem(text)
            cell.setData(CueIdRole, cue.id)
            self.table.setItem(row, column, cell)

    def _enable(self) -> None:
        has_item = self.item is not None
        self.setEnabled(has_item)
        self.remove_button.setEnabled(has_item and self.current_cue_id() is not None)

    def current_cue_id(self) -> int | None:
        cell = self.table.item(self.table.currentRow(), 0)
        return cell.data(CueIdRole) if cell is not None else None

    def select_cue(self, cue_id: int, column: int = 1) -> bool:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(CueIdRole) == cue_id:
                self.table.setCurrentCell(row, column)
                return True
        return False

    def cue_rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (time, cue, responsible)."""
        return [
            tuple(self.table.item(row, column).text() for column in range(len(COLUMNS)))  # type: ignore[misc]
            for row in range(self.table.rowCount())
        ]

    # --- editing --------------------------------------------------------------------------
    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.refused.emit(text)
        self._shown = ((), None)
        self.load(self.item)  # the table shows what is stored again

    def _explain(self, error: ExchangePlannerError) -> str:
        from exchange_planner.ui.wording import validation_text

        if isinstance(error, ValidationError):
            if error.reason == "cue_outside_day":
                first, last = error.values.get("first"), error.values.get("last")
                day = f"{first:%d.%m.%Y}" if first == last else f"{first:%d.%m.}–{last:%d.%m.%Y}"
                return self.tr("Time: the cue must lie on the item's day (%s).") % day
            names = {
                "at": self.tr("Time"),
                "cue": self.tr("Cue"),
                "responsible": self.tr("Responsible"),
            }
            return f"{names.get(error.field, error.field)}: {validation_text(error)}"
        return str(error)

    def _push(self, command: Any) -> bool:
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self._refuse(self._explain(error))
            return False
        self.message.clear()
        self.refused.emit("")
        return True

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading or self.item is None:
            return
        cue_id = cell.data(CueIdRole)
        if cue_id is None:
            return
        column = cell.column()
        text = cell.text()  # the cell is gone once the table shows the stored cues again
        field = COLUMNS[column]
        cues = self.services.program.cues
        shown = cues.get(cue_id)
        value: Any = text
        if field == "at":
            clock = parse_clock(text.split("(")[0])
            if clock is None:
                self._refuse(
                    self.tr("Time: “%s” is not a time; type it as HH:MM, e.g. 10:05.")
                    % text.strip()
                )
                return
            value = cue_instant(self.item, clock)
        if getattr(shown, field) == value:
            return
        self._push(
            UpdateRecord(
                self.tr("Change cue"),
                cues,
                "program_cue",
                self.context.events,
                cue_id,
                {field: value},
                shown,
            )
        )
        self.load(self.item)
        self.select_cue(cue_id, column)

    def _next_time(self) -> Any:
        """A new cue's time: five minutes after the last cue, or the item's start; never past
        the item's last day."""
        item = self.item
        cues = self.services.program.cues.for_item(item.id)
        at = max(c.at for c in cues) + timedelta(minutes=5) if cues else item.starts_at
        _first, last = item_days(item)
        if to_local(at, item.timezone).date() > last:
            at = max(c.at for c in cues) if cues else item.starts_at
        return at

    def add_cue(self) -> int | None:
        if self.item is None:
            return None
        cues, item_id, at = self.services.program.cues, self.item.id, self._next_time()
        text = self.tr("New cue")

        def make() -> list[Any]:
            return [(cues, "program_cue", cues.add(item_id, at, text).id)]

        command = CreateMany(self.tr("Add cue"), self.context.events, make)
        if not self._push(command):
            return None
        new_id = command.first_id()
        self.load(self.item)
        if new_id is not None and self.select_cue(new_id, 1):
            self.table.setFocus()
            self.table.editItem(self.table.currentItem())  # typing replaces "New cue"
        return new_id

    def remove_cue(self) -> None:
        cue_id = self.current_cue_id()
        if cue_id is None or self.item is None:
            return
        row = self.table.currentRow()
        cues = self.services.program.cues
        if self._push(
            DeleteRecord(self.tr("Remove cue"), cues, "program_cue", self.context.events, cue_id)
        ):
            self.load(self.item)
            if self.table.rowCount():
                self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 1)
