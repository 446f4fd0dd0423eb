"""Documents ▸ Rooming list…: options (language, PDF or XLSX, which hotel), the list made off
the GUI thread, then the PDF preview (Save as…, Print…) or the workbook saved where asked.

:func:`print_rooming_list` (parent, context, visit_id) returns the :class:`RoomingRun` that
drives it (tests use it); ``RoomingRun.ask_path`` asks where the workbook goes (tests replace
it).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.services.documents import safe_file_name
from exchange_planner.services.rooming import RoomingResult, RoomingService
from exchange_planner.ui import workers
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.documents.common import LANG_KEY, language_box, open_preview, warn_failed
from exchange_planner.ui.documents.preview import PdfPreview
from exchange_planner.ui.plain import plain_label
from exchange_planner.ui.widgets.forms import fit_title

FORMAT_KEY = "documents/rooming_format"


class RoomingOptionsDialog(QDialog):
    """Language, format (PDF or XLSX) and hotel of the rooming list."""

    def __init__(
        self,
        settings: QSettings,
        hotels: list[tuple[int | None, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Rooming list"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = language_box(self, settings)
        form.addRow(self.tr("&Language:"), self.language)

        self.pdf = QRadioButton(self.tr("&PDF (preview, print)"), self)
        self.xlsx = QRadioButton(self.tr("&XLSX workbook (for the hotel)"), self)
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.xlsx)
        (self.xlsx if str(settings.value(FORMAT_KEY, "pdf")) == "xlsx" else self.pdf).setChecked(
            True
        )
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        formats.addStretch(1)
        form.addRow(self.tr("Format:"), formats)

        self.hotel = QComboBox(self)
        self.hotel.addItem(self.tr("All hotels"), None)
        for venue_id, name in hotels:
            if venue_id is not None:  # members without a hotel come with "All hotels"
                self.hotel.addItem(name, venue_id)
        form.addRow(self.tr("&Hotel:"), self.hotel)
        if self.hotel.count() <= 2:
            self.hotel.setEnabled(self.hotel.count() == 2)

        self.note = plain_label(
            self.tr(
                "Only what the hotel needs: names with titles, rooms, arrival and departure, "
                "sharing and special requests."
            ),
            self,
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_title(self)

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    @property
    def fmt(self) -> str:
        return "xlsx" if self.xlsx.isChecked() else "pdf"

    @property
    def hotel_id(self) -> int | None:
        value = self.hotel.currentData()
        return int(value) if value is not None else None

    def accept(self) -> None:
        self.settings.setValue(LANG_KEY, self.lang)
        self.settings.setValue(FORMAT_KEY, self.fmt)
        super().accept()


class RoomingRun(QObject):
    """One rooming list: options, the file made in the background, preview or saved file."""

    #: Emitted with the written path.
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, context: UiContext, visit_id: int) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.visit_id = visit_id
        self.service = RoomingService(context.services.db)
        self.subject = context.services.visits.get(visit_id).title
        self.task: workers.Task | None = None
        self.preview: PdfPreview | None = None
        self.error_box: QMessageBox | None = None
        self.result: RoomingResult | None = None
        self.path: Path | None = None
        #: Asks where the workbook goes (title, suggested path, filter) -> path or "".
        self.ask_path: Callable[[str, str, str], str] = self._ask_path
        self.dialog = RoomingOptionsDialog(context.settings, self.service.hotels(visit_id), parent)
        self.dialog.accepted.connect(self._start)
        self.dialog.rejected.connect(self._dropped)

    def open(self) -> RoomingRun:
        self.dialog.open()
        return self

    def _dropped(self) -> None:
        self.cancelled.emit()
        self.deleteLater()

    def suggested_name(self, fmt: str) -> str:
        subject = safe_file_name(self.subject, fallback="") if self.subject else ""
        return "-".join(part for part in ("rooming-list", subject) if part) + f".{fmt}"

    def _ask_path(self, title: str, suggested: str, filters: str) -> str:
        target, _ = QFileDialog.getSaveFileName(self.parent_widget, title, suggested, filters)
        return target

    def _start(self) -> None:
        dialog = self.dialog
        fmt = dialog.fmt
        if fmt == "xlsx":
            chosen = self.ask_path(
                self.tr("Save rooming list"),
                str(Path.home() / self.suggested_name("xlsx")),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                self._dropped()
                return
            target = Path(chosen)
            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
        else:
            target = Path(tempfile.mkdtemp(prefix="exchange-planner-pdf-")) / "rooming-list.pdf"
        self.path = target
        self.context.events.status.emit(self.tr("Creating the rooming list…"))
        font = _font(self.context) if fmt == "pdf" else None
        self.task = workers.start(
            _write,
            self.service,
            self.visit_id,
            target,
            dialog.hotel_id,
            dialog.lang,
            font,
            fmt,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: RoomingResult) -> None:
        self.result = result
        assert self.path is not None
        overfull = len(result.problems)
        if result.format == "xlsx":
            message = self.tr("Rooming list saved to %1").replace("%1", str(self.path))
        else:
            message = self.tr("PDF ready")
            self.preview = open_preview(
                self.context,
                self.path,
                self.dialog.windowTitle(),
                self.suggested_name("pdf"),
                self.parent_widget,
                self,
            )
        if overfull:
            message += " · " + self.tr("Rooms with more people than their type allows: %1").replace(
                "%1", str(overfull)
            )
        self.context.events.status.emit(message)
        self.finished.emit(self.path)

    def _failed(self, error: Exception, details: str) -> None:
        self.error_box, message = warn_failed(
            self.parent_widget, error, details, self.tr("The rooming list could not be created")
        )
        self.failed.emit(message)


def _font(context: UiContext) -> str | None:
    from exchange_planner.ui.documents.actions import font_path

    return font_path(context)


# --- run on the worker pool (no widgets here) ----------------------------------------------
def _write(
    control: workers.TaskControl,
    service: RoomingService,
    visit_id: int,
    target: Path,
    hotel_id: int | None,
    lang: str,
    font: str | None,
    fmt: str,
) -> RoomingResult:
    result = service.write_rooming_list(
        visit_id, target, hotel_id=hotel_id, lang=lang, font_path=font, fmt=fmt
    )
    control.check()
    return result


def print_rooming_list(parent: QWidget, context: UiContext, visit_id: int) -> Any:
    return RoomingRun(parent, context, visit_id).open()
