"""File > Import/Export exchange file: dialogs around the interchange service.

An import reads, checks and writes in the background (:class:`ExchangeImport`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services import interchange
from exchange_planner.storage.database import Database
from exchange_planner.ui import workers
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


class ExchangeImport(QObject):
    """One import of an exchange file, read, checked and written in the background.

    A progress dialog shows the steps; Cancel stops the import up to the moment the records
    are written, which happens in one transaction (all or nothing).
    """

    #: Emitted with the counts per section when the records are written.
    finished = Signal(object)
    #: Emitted with the message shown when the file was refused or could not be read.
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, context: UiContext, path: Path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.path = path
        self.writing = False
        self.progress = workers.progress_dialog(
            parent,
            QCoreApplication.translate("Interchange", "Import exchange file"),
            QCoreApplication.translate("Interchange", "Reading %s…") % path.name,
            QCoreApplication.translate("Interchange", "Cancel"),
            steps=len(STEPS),
            on_cancel=self.cancel,
        )
        self.task = workers.start(
            _import_in_background,
            context.services.db,
            path,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._on_progress,
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        """Stop before the writing starts; once it has, the import runs to its end."""
        if not self.writing:
            self.task.control.cancel()

    def _on_progress(self, done: int, _total: int, step: str) -> None:
        if self.progress is None:
            return
        self.writing = step == "write"
        if self.writing:
            button = self.progress.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)
        self.progress.setLabelText(QCoreApplication.translate("Interchange", STEPS[step]))
        self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            workers.close_progress_dialog(self.progress, self.cancel)
            self.progress = None

    def _done(self, counts: dict[str, int]) -> None:
        self._close_progress()
        summary = ", ".join(_count_text(name, count) for name, count in counts.items() if count)
        self.context.events.status.emit(
            QCoreApplication.translate("Interchange", "Imported %s")
            % (summary or QCoreApplication.translate("Interchange", "nothing"))
        )
        self.finished.emit(counts)
        self.deleteLater()

    def _cancelled(self) -> None:
        self._close_progress()
        self.context.events.status.emit(
            QCoreApplication.translate("Interchange", "Import cancelled; nothing was imported")
        )
        self.cancelled.emit()
        self.deleteLater()

    def _failed(self, error: Exception, _details: str) -> None:
        self._close_progress()
        if isinstance(error, ExchangePlannerError | OSError):
            reason = str(error)
        else:  # a defect: the traceback is in the log file (Help > Show log folder)
            reason = f"{type(error).__name__}: {error}"
        message = QCoreApplication.translate("Interchange", "Nothing was imported.\n\n%s") % reason
        self.failed.emit(message)
        fail(
            self.parent_widget,
            QCoreApplication.translate("Interchange", "Import refused"),
            message,
        )
        self.deleteLater()


#: The steps of an import as the progress dialog names them.
STEPS = {
    "read": QT_TRANSLATE_NOOP("Interchange", "Reading the file…"),
    "parse": QT_TRANSLATE_NOOP("Interchange", "Reading the JSON…"),
    "check": QT_TRANSLATE_NOOP("Interchange", "Checking every record…"),
    "write": QT_TRANSLATE_NOOP("Interchange", "Writing the records (all or nothing)…"),
}


def _import_in_background(control: workers.TaskControl, db: Database, path: Path) -> dict[str, int]:
    control.progress(0, len(STEPS), "read")
    raw = interchange.read_file(path)
    control.check()
    control.progress(1, len(STEPS), "parse")
    document = interchange.parse(raw)
    del raw
    control.check()
    control.progress(2, len(STEPS), "check")
    interchange.check_structure(document)
    control.check()
    control.progress(3, len(STEPS), "write")
    return interchange.import_document(db, document, checked=True)


def import_exchange_file(parent: QWidget, context: UiContext | None) -> ExchangeImport | None:
    """Ask for a file and import it into the open database (all or nothing) in the
    background; the returned run's ``finished`` says when something was imported."""
    if context is None:
        return None
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Interchange", "Import exchange file"),
        str(Path.home()),
        _filter(),
    )
    if not path:
        return None
    return ExchangeImport(parent, context, Path(path))
