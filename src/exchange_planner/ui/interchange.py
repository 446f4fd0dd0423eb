"""File > Import/Export exchange file: dialogs around the interchange service.

An import reads, checks and writes in the background (:class:`ExchangeImport`). A file
chosen for a database that already holds plans is merged instead: :class:`MergePreview`
lists what is new, changed (field by field, here → in the file) and conflicting, and Apply
writes it all at once as one undoable step (:class:`MergeCommand`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ConflictError, ExchangePlannerError, InUseError
from exchange_planner.services import interchange
from exchange_planner.storage.database import Database
from exchange_planner.ui import workers
from exchange_planner.ui.conflicts import field_label
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.plain import fail
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.date_field import ui_date

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
    background; the returned run's ``finished`` says when something was imported.

    When the database already holds plans, the file is merged: the merge preview opens
    (a child of ``parent``) and None is returned; the views follow the merge through the
    change feed."""
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
    from exchange_planner.services import exchange_merge

    if exchange_merge.database_holds_plans(context.services.db):
        open_merge_preview(parent, context, Path(path))
        return None
    return ExchangeImport(parent, context, Path(path))


# --- merging a partner's file -----------------------------------------------------------
#: Record kinds as the preview names them.
KIND_TEXTS = {
    "partnership": QT_TRANSLATE_NOOP("MergePreview", "Partnership"),
    "person": QT_TRANSLATE_NOOP("MergePreview", "Person"),
    "venue": QT_TRANSLATE_NOOP("MergePreview", "Venue"),
    "visit": QT_TRANSLATE_NOOP("MergePreview", "Visit"),
    "visit_member": QT_TRANSLATE_NOOP("MergePreview", "Delegation member"),
    "visit_host": QT_TRANSLATE_NOOP("MergePreview", "Host"),
    "rank_table": QT_TRANSLATE_NOOP("MergePreview", "Rank table"),
    "rank": QT_TRANSLATE_NOOP("MergePreview", "Rank"),
    "program_item": QT_TRANSLATE_NOOP("MergePreview", "Program item"),
}


def open_merge_preview(parent: QWidget, context: UiContext, path: Path) -> MergePreview | None:
    """Read and plan the merge of ``path``; show the preview, or say why the file is refused
    (nothing changed)."""
    from exchange_planner.services import exchange_merge

    title = QCoreApplication.translate("MergePreview", "Merge exchange file")
    try:
        plan = exchange_merge.plan_merge_file(context.services.db, path)
    except (ExchangePlannerError, OSError) as error:
        fail(
            parent,
            title,
            QCoreApplication.translate("MergePreview", "Nothing was merged.\n\n%s") % error,
        )
        return None
    dialog = MergePreview(parent, context, path, plan)
    dialog.open()
    return dialog


class MergePreview(QDialog):
    """What merging a file would do, before anything is written: Apply or Cancel."""

    def __init__(self, parent: QWidget, context: UiContext, path: Path, plan: Any) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        #: Instants are shown on the home city's clock, as the editors show them.
        self.zone = context.services.settings.home_timezone()
        self.path = path
        self.plan = plan
        self.setWindowTitle(self.tr("Merge %1").replace("%1", path.name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Record / field"), self.tr("Here"), self.tr("In the file")]
        )
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree, 1)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.resize(900, 560)

    def _fill(self) -> None:
        from exchange_planner.services import exchange_merge as merge

        plan = self.plan
        counts = (len(plan.new), len(plan.changed), len(plan.conflicts))
        text = (
            self.tr("%1 new, %2 changed, %3 conflicting records.")
            .replace("%1", str(counts[0]))
            .replace("%2", str(counts[1]))
            .replace("%3", str(counts[2]))
        )
        if plan.conflicts:
            text += " " + self.tr(
                "Conflicting records were changed here and in the file since the file was "
                "made; nothing can be merged until they agree (change them here or ask the "
                "partner office for a new file)."
            )
            self.apply_button.setEnabled(False)
        elif not plan.entries:
            text = self.tr("The file holds nothing that is not already here.")
            self.apply_button.setEnabled(False)
        if plan.skipped:
            text += " " + self.tr(
                "Not merged: %1 (a merge takes visits, partnerships, people and venues)."
            ).replace(
                "%1", ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in plan.skipped.items())
            )
        self.summary.setText(text)
        titles = {
            merge.CONFLICT: self.tr("Conflicts (%1)"),
            merge.CHANGED: self.tr("Changed (%1)"),
            merge.NEW: self.tr("New (%1)"),
        }
        for kind in (merge.CONFLICT, merge.CHANGED, merge.NEW):
            entries = [e for e in plan.entries if e.kind == kind]
            if not entries:
                continue
            group = QTreeWidgetItem(self.tree, [titles[kind].replace("%1", str(len(entries)))])
            group.setData(0, Qt.ItemDataRole.UserRole, kind)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.groups[kind] = group
            for entry in entries:
                record = QTreeWidgetItem(group, [self._record_text(entry)])
                record.setData(0, Qt.ItemDataRole.UserRole, entry.uuid)
                if kind == merge.CONFLICT:
                    reason = QTreeWidgetItem(record, [self._reason(entry)])
                    reason.setFirstColumnSpanned(True)
                    font = reason.font(0)
                    font.setItalic(True)
                    reason.setFont(0, font)
                for change in entry.changes:
                    QTreeWidgetItem(
                        record,
                        [
                            field_label(change.field),
                            _shown(change.old, self.zone),
                            _shown(change.new, self.zone),
                        ],
                    )
                record.setExpanded(kind != merge.NEW)
            group.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 360))
        self.tree.setColumnWidth(1, min(max(self.tree.columnWidth(1), 160), 260))

    def _record_text(self, entry: Any) -> str:
        kind = QCoreApplication.translate("MergePreview", KIND_TEXTS.get(entry.table, entry.table))
        return f"{kind}: {entry.label}"

    def _reason(self, entry: Any) -> str:
        when_text = local_instant(entry.at, self.zone) if entry.at is not None else ""
        if entry.deleted:
            return (
                self.tr("Deleted here by %1 at %2").replace("%1", entry.by).replace("%2", when_text)
            )
        if entry.by:
            return (
                self.tr("Changed here by %1 at %2").replace("%1", entry.by).replace("%2", when_text)
            )
        return self.tr("Changed here; no common base")

    def apply(self) -> None:
        """Write the merge (all or nothing) as one step on the undo stack."""
        command = MergeCommand(self.context, self.plan, self.path.name)
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self.error.setText(self.tr("Nothing was merged: %1").replace("%1", str(error)))
            self.error.show()
            return
        self.context.events.status.emit(
            self.tr("Merged %1: %2 new, %3 changed")
            .replace("%1", self.path.name)
            .replace("%2", str(len(self.plan.new)))
            .replace("%3", str(len(self.plan.changed)))
        )
        self.accept()


_INSTANT = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$")


def local_instant(moment: datetime, zone: str) -> str:
    """An instant on the home city's clock, dated as the interface dates:
    "25.07.2023 17:40 CEST" in German."""
    local = moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(ZoneInfo(zone))
    return f"{ui_date(local.date())} {local:%H:%M} {local.tzname()}"


def _shown(text: str, zone: str) -> str:
    """A value as the preview shows it: an instant on the home city's clock."""
    match = _INSTANT.match(text)
    if not match:
        return text
    moment = datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}:00+00:00")
    return local_instant(moment, zone)


class MergeCommand(QUndoCommand):
    """One merge as one undo step: undo reverts every record it added or changed."""

    def __init__(self, context: UiContext, plan: Any, name: str) -> None:
        super().__init__(QCoreApplication.translate("MergePreview", "Merge %1").replace("%1", name))
        self.context = context
        self.events = context.events
        self.plan = plan
        self.applied: Any = None

    def redo(self) -> None:
        from exchange_planner.services import exchange_merge as merge

        db = self.context.services.db
        if self.applied is not None:  # a redo after an undo: the file is planned afresh
            plan = merge.plan_merge(db, self.plan.document, checked=True)
            if plan.conflicts:  # someone changed the records since: refused, as any redo
                first = plan.conflicts[0]
                field = first.changes[0].field if first.changes else ""
                raise ConflictError(
                    first.table.replace("_", " "),
                    field,
                    first.changes[0].old if first.changes else "",
                    first.by,
                    first.at,
                    deleted=first.deleted,
                )
            self.plan = plan
        self.applied = merge.apply_merge(db, self.plan)

    def undo(self) -> None:
        from exchange_planner.services import exchange_merge as merge

        try:
            merge.undo_merge(self.context.services.db, self.applied)
        except InUseError as error:  # a record the merge added is used elsewhere by now
            raise ConflictError("record", "", str(error), undo=True) from None
