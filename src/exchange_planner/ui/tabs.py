"""The base class of the main window's tabs."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from exchange_planner.ui.context import UiContext


class TabPage(QWidget):
    """A tab: built with the context, refreshed when data changes, able to show a record.

    ``handles`` lists the record kinds (``"visit"``, ``"residency"`` ...) that this tab can
    open when the user navigates to one from elsewhere (e.g. a double-click in the calendar).
    """

    handles: tuple[str, ...] = ()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        context.events.changed.connect(self.on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        raise NotImplementedError

    def on_data_changed(self, kind: str, record_id: int) -> None:
        """Called for every change announced on the hub; reload what is shown if affected."""

    def show_record(self, kind: str, record_id: int) -> bool:
        """Select the record; return False when this tab cannot show it."""
        return False
