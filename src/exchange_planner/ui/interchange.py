"""File > Import/Export exchange file: dialogs around the interchange service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services import interchange
from exchange_planner.ui.context import UiContext

FILTER = "Exchange Planner files (*.json);;All files (*)"


def export_exchange_file(parent: QWidget, context: UiContext | None) -> bool:
    if context is None:
        return False
    path, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Export exchange file"), str(Path.home() / "exchange.json"), FILTER
    )
    if not path:
        return False
    try:
        interchange.export_to_file(context.services.db, Path(path))
    except (ExchangePlannerError, OSError) as error:
        QMessageBox.critical(parent, parent.tr("Export failed"), str(error))
        return False
    context.events.status.emit(parent.tr("Exported to %s") % path)
    return True


def import_exchange_file(parent: QWidget, context: UiContext | None) -> bool:
    """Import into the open database (all or nothing); True when something was imported."""
    if context is None:
        return False
    path, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Import exchange file"), str(Path.home()), FILTER
    )
    if not path:
        return False
    try:
        counts = interchange.import_from_file(context.services.db, Path(path))
    except (ExchangePlannerError, OSError) as error:
        QMessageBox.critical(
            parent,
            parent.tr("Import refused"),
            parent.tr("Nothing was imported.\n\n%s") % error,
        )
        return False
    summary = ", ".join(f"{count} {name}" for name, count in counts.items() if count)
    context.events.status.emit(parent.tr("Imported %s") % (summary or parent.tr("nothing")))
    return True
