"""What every document's print shares: the language box of its options, the preview of the
written PDF, and the warning when it could not be written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.reports.i18n import LANGUAGE_NAMES, LANGUAGES
from exchange_planner.ui.plain import warn

if TYPE_CHECKING:
    from exchange_planner.ui.context import UiContext
    from exchange_planner.ui.documents.preview import PdfPreview

#: The document language chosen last, shared by every document's options.
LANG_KEY = "documents/lang"


def language_box(parent: QWidget, settings: QSettings) -> QComboBox:
    """The document languages, the one chosen last selected."""
    box = QComboBox(parent)
    for code in LANGUAGES:
        box.addItem(LANGUAGE_NAMES[code], code)
    stored = str(settings.value(LANG_KEY, "de") or "de")
    box.setCurrentIndex(max(0, box.findData(stored)))
    return box


def open_preview(
    context: UiContext,
    path: Path,
    title: str,
    suggested_name: str,
    parent: QWidget,
    owner: QObject | None = None,
) -> PdfPreview:
    """The written PDF in a preview window (Save as…, Print…), deleted when closed; the
    ``owner`` of the print goes with it."""
    from exchange_planner.ui.documents.preview import PdfPreview

    preview = PdfPreview(
        path, title, parent, suggested_name=suggested_name, settings=context.settings
    )
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if owner is not None:
        preview.destroyed.connect(owner.deleteLater)
    preview.show()
    return preview


def warn_failed(
    parent: QWidget, error: Exception, details: str, title: str | None = None
) -> tuple[QMessageBox, str]:
    """The warning that a document could not be written (the error's own words for a known
    refusal or a file problem; its type and the traceback under Details for anything else),
    and its message."""
    known = isinstance(error, ExchangePlannerError | OSError)
    message = str(error) if known else f"{type(error).__name__}: {error}"
    box = warn(
        parent,
        title or QCoreApplication.translate("DocumentRun", "The PDF could not be created"),
        message,
        details="" if known else details,
        wait=False,
    )
    return box, message
