"""File > Import/Export exchange file: dialogs around the interchange service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services import interchange
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.plain import fail

#: The sections the interchange service counts on import, as "name: count" texts.
COUNT_TEXTS = {
    "settings": QT_TRANSLATE_NOOP("Interchange", "settings: %1"),
    "partnerships": QT_TRANSLATE_NOOP("Interchange", "partnerships: %1"),
    "people": QT_TRANSLATE_NOOP("Interchange", "people: %1"),
    "venues": QT_TRANSLATE_NOOP("Interchange", "venues: %1"),
    "visits": QT_TRANSLATE_NOOP("Interchange", "visits: %1"),
    "delegation members": QT_TRANSLATE_NOOP("Interchange", "delegation members: %1"),
    "program items": QT_TRANSLATE_NOOP("Interchange", "program items: %1"),
    "gifts": QT_TRANSLATE_NOOP("Interchange", "gifts: %1"),
    "guestbook entries": QT_TRANSLATE_NOOP("Interchange", "guestbook entries: %1"),
    "residencies": QT_TRANSLATE_NOOP("Interchange", "residencies: %1"),
    "deliverables": QT_TRANSLATE_NOOP("Interchange", "deliverables: %1"),
    "checklist items": QT_TRANSLATE_NOOP("Interchange", "checklist items: %1"),
    "exhibitions": QT_TRANSLATE_NOOP("Interchange", "exhibitions: %1"),
    "printed documents": QT_TRANSLATE_NOOP("Interchange", "printed documents: %1"),
}


def _count_text(name: str, count: int) -> str:
    source = COUNT_TEXTS.get(name, f"{name}: %1")
    return QCoreApplication.translate("Interchange", source).replace("%1", str(count))


def _filter() -> str:
    return QCoreApplication.translate(
        "Interchange", "Exchange Planner files (*.json);;All files (*)"
    )


def export_exchange_file(parent: QWidget, context: UiContext | None) -> bool:
    if context is None:
        return False
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Interchange", "Export exchange file"),
        str(Path.home() / "exchange.json"),
        _filter(),
    )
    if not path:
        return False
    try:
        interchange.export_to_file(context.services.db, Path(path))
    except (ExchangePlannerError, OSError) as error:
        fail(parent, QCoreApplication.translate("Interchange", "Export failed"), str(error))
        return False
    context.events.status.emit(QCoreApplication.translate("Interchange", "Exported to %s") % path)
    return True


def import_exchange_file(parent: QWidget, context: UiContext | None) -> bool:
    """Import into the open database (all or nothing); True when something was imported."""
    if context is None:
        return False
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Interchange", "Import exchange file"),
        str(Path.home()),
        _filter(),
    )
    if not path:
        return False
    try:
        counts = interchange.import_from_file(context.services.db, Path(path))
    except (ExchangePlannerError, OSError) as error:
        fail(
            parent,
            QCoreApplication.translate("Interchange", "Import refused"),
            QCoreApplication.translate("Interchange", "Nothing was imported.\n\n%s") % error,
        )
        return False
    summary = ", ".join(_count_text(name, count) for name, count in counts.items() if count)
    context.events.status.emit(
        QCoreApplication.translate("Interchange", "Imported %s")
        % (summary or QCoreApplication.translate("Interchange", "nothing"))
    )
    return True
