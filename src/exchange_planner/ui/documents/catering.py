"""Documents ▸ Catering summary…: the options (language, one meal or all, every name), the
PDF written off the GUI thread, then the preview.

:func:`print_catering_summary` (parent, context, visit_id) returns the :class:`CateringRun`
that drives it (tests use it).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.timeutil import to_local
from exchange_planner.services.catering import CateredItem, CateringService
from exchange_planner.services.documents import safe_file_name
from exchange_planner.ui import workers
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.documents.common import LANG_KEY, language_box, open_preview, warn_failed
from exchange_planner.ui.plain import plain_label
from exchange_planner.ui.widgets.forms import fit_title

NAMES_KEY = "documents/catering_names"


class CateringDialog(QDialog):
    """The options of the catering summary; read ``lang``, ``item_id`` and ``names``."""

    def __init__(
        self, meals: list[CateredItem], settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.meals = meals
        self.setWindowTitle(self.tr("Catering summary"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.language = language_box(self, settings)
        form.addRow(self.tr("&Language:"), self.language)
        self.item = QComboBox(self)
        self.item.addItem(self.tr("All meals and receptions"), None)
        for meal in meals:
            start = to_local(meal.starts_at, meal.timezone)
            self.item.addItem(f"{start:%Y-%m-%d %H:%M} {meal.title}", meal.id)
        form.addRow(self.tr("&Meal or reception:"), self.item)
        self.names = QCheckBox(
            self.tr("&Name everyone with a requirement, not only allergies and notes"), self
        )
        self.names.setChecked(str(settings.value(NAMES_KEY, "false")) == "true")
        form.addRow("", self.names)
        self.message = plain_label(parent=self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c")
        layout.addWidget(self.message)
        if not meals:
            self.message.setText(
                self.tr("This visit has no meal or reception yet: add one to its programme.")
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create PDF"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_title(self)

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    @property
    def item_id(self) -> int | None:
        data = self.item.currentData()
        return int(data) if data is not None else None

    @property
    def with_names(self) -> bool:
        return self.names.isChecked()

    def accept(self) -> None:
        if not self.meals:
            return  # the message says why
        self.settings.setValue(LANG_KEY, self.lang)
        self.settings.setValue(NAMES_KEY, "true" if self.with_names else "false")
        super().accept()


class CateringRun(QObject):
    """One print of the catering summary: options, the PDF in the background, the preview."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, context: UiContext, visit_id: int) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.visit_id = visit_id
        self.service = CateringService(context.services.db)
        self.subject = context.services.visits.get(visit_id).title
        self.dialog = CateringDialog(self.service.meals(visit_id), context.settings, parent)
        self.dialog.accepted.connect(self._start)
        self.dialog.rejected.connect(self.deleteLater)
        self.task: workers.Task | None = None
        self.preview: QWidget | None = None
        self.error_box: QMessageBox | None = None
        self.result: Path | None = None

    def open(self) -> CateringRun:
        self.dialog.open()
        return self

    def _start(self) -> None:
        from exchange_planner.ui.documents.actions import font_path

        self.context.events.status.emit(self.tr("Creating PDF…"))
        self.task = workers.start(
            _write,
            self.service,
            self.visit_id,
            self.dialog.item_id,
            self.dialog.with_names,
            self.dialog.lang,
            font_path(self.context),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, path: Path) -> None:
        self.result = path
        self.context.events.status.emit(self.tr("PDF ready"))
        subject = self.subject if self.dialog.item_id is None else self.dialog.item.currentText()
        suggested = f"catering-{safe_file_name(subject, fallback='visit')}.pdf"
        self.preview = open_preview(
            self.context, path, self.dialog.windowTitle(), suggested, self.parent_widget, self
        )
        self.finished.emit(path)

    def _failed(self, error: Exception, details: str) -> None:
        self.error_box, message = warn_failed(self.parent_widget, error, details)
        self.failed.emit(message)


def _write(
    control: workers.TaskControl,
    service: CateringService,
    visit_id: int,
    item_id: int | None,
    names: bool,
    lang: str,
    font: str | None,
) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="exchange-planner-pdf-"))
    target = folder / "catering_summary.pdf"
    service.write_catering_summary(
        visit_id, target, item_id=item_id, names=names, lang=lang, font_path=font
    )
    control.check()
    return target


def print_catering_summary(parent: QWidget, context: UiContext, visit_id: int) -> CateringRun:
    return CateringRun(parent, context, visit_id).open()
