"""What every tab is handed when it is built: services, event hub, undo stack, settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from exchange_planner.ui.events import EventHub

if TYPE_CHECKING:  # the window's first screen is built before the services are loaded
    from exchange_planner.services.registry import Services


@dataclass
class UiContext:
    services: Services
    events: EventHub
    undo_stack: QUndoStack
    settings: QSettings

    @property
    def read_only(self) -> bool:
        """The database was opened read-only: offer nothing that changes data."""
        return self.services.db.read_only
