"""Documents ▸ Transport plan… and Driver sheets…: a small options dialog (language; which
vehicle), the PDF written off the GUI thread, then the same preview as every document.

- :func:`print_transport_plan` (parent, context, visit_id)
- :func:`print_driver_sheets` (parent, context, visit_id) — every vehicle or one, each sheet
  in its driver's language (the dialog's language where the driver has none of de/en/ko)
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.services.documents import safe_file_name
from exchange_planner.services.transport import TransportService
from exchange_planner.ui import workers
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.documents.actions import font_path
from exchange_planner.ui.documents.common import LANG_KEY, language_box, open_preview, warn_failed
from exchange_planner.ui.documents.preview import PdfPreview


class TransportOptionsDialog(QDialog):
    def __init__(
        self, drivers: bool, vehicles: list[tuple[int, str]], settings: Any, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.drivers = drivers
        self.setWindowTitle(self.tr("Driver sheets") if drivers else self.tr("Transport plan"))
        form = QFormLayout()
        self.language = language_box(self, settings)
        label = QLabel(self.tr("&Language:") if not drivers else self.tr("&Language otherwise:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.vehicle = QComboBox(self)
        self.vehicle.addItem(self.tr("Every vehicle"), None)
        for vehicle_id, name in vehicles:
            self.vehicle.addItem(name, vehicle_id)
        if drivers:
            which = QLabel(self.tr("&Vehicle:"))
            which.setBuddy(self.vehicle)
            form.addRow(which, self.vehicle)
            note = QLabel(self.tr("Each sheet is printed in its driver's language (de, en or ko)."))
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            form.addRow(note)
        else:
            self.vehicle.hide()
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c")
        if drivers and not vehicles:
            self.message.setText(
                self.tr("This visit has no vehicles yet: add them in its Transport section.")
            )
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create PDF"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.vehicles = vehicles

    def accept(self) -> None:
        if self.drivers and not self.vehicles:
            return  # the message says why
        super().accept()


def _write(
    control: workers.TaskControl,
    db: Any,
    visit_id: int,
    drivers: bool,
    vehicle_id: int | None,
    lang: str,
    font: str | None,
) -> Path:
    from exchange_planner.services.transport_documents import TransportDocumentService

    folder = Path(tempfile.mkdtemp(prefix="exchange-planner-pdf-"))
    target = folder / ("driver_sheets.pdf" if drivers else "transport_plan.pdf")
    documents = TransportDocumentService(db)
    if drivers:
        documents.write_driver_sheets(
            visit_id, target, vehicle_id=vehicle_id, lang=lang, font_path=font
        )
    else:
        documents.write_transport_plan(visit_id, target, lang=lang, font_path=font)
    control.check()
    return target


class TransportRun(QObject):
    """One print of the transport plan or the drivers' sheets (tests hold on to it)."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, context: UiContext, visit_id: int, drivers: bool) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.visit_id = visit_id
        self.drivers = drivers
        self.preview: PdfPreview | None = None
        self.task: workers.Task | None = None
        self.result: Path | None = None
        self.error_box: QMessageBox | None = None
        visit = context.services.visits.get(visit_id)
        self.subject = visit.title
        vehicles = [
            (v.id, v.label)
            for v in TransportService(context.services.db).vehicles.for_visit(visit_id)
        ]
        self.dialog = TransportOptionsDialog(drivers, vehicles, context.settings, parent)
        self.dialog.accepted.connect(self._start)
        self.dialog.rejected.connect(self.deleteLater)

    def open(self) -> TransportRun:
        self.dialog.open()
        return self

    def _start(self) -> None:
        self.context.settings.setValue(LANG_KEY, self.dialog.language.currentData())
        self.context.events.status.emit(self.tr("Creating PDF…"))
        self.task = workers.start(
            _write,
            self.context.services.db,
            self.visit_id,
            self.drivers,
            self.dialog.vehicle.currentData() if self.drivers else None,
            self.dialog.language.currentData(),
            font_path(self.context),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, path: Path) -> None:
        self.result = path
        self.context.events.status.emit(self.tr("PDF ready"))
        kind = "driver-sheets" if self.drivers else "transport-plan"
        name = f"{kind}-{safe_file_name(self.subject, fallback='visit')}.pdf"
        self.preview = open_preview(
            self.context, path, self.dialog.windowTitle(), name, self.parent_widget, self
        )
        self.finished.emit(path)

    def _failed(self, error: Exception, details: str) -> None:
        self.error_box, message = warn_failed(self.parent_widget, error, details)
        self.failed.emit(message)


def print_transport_plan(parent: QWidget, context: UiContext, visit_id: int) -> TransportRun:
    return TransportRun(parent, context, visit_id, drivers=False).open()


def print_driver_sheets(parent: QWidget, context: UiContext, visit_id: int) -> TransportRun:
    return TransportRun(parent, context, visit_id, drivers=True).open()
