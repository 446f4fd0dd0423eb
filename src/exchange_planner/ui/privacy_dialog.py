"""File > Personal data…: the retention per category, what is due, and its erasure.

The dialog holds plain read models (``domain.retention.DueItem``) from the privacy service.
Erasing asks where the export for the city archive goes (a save dialog), asks once more with
the counts, then runs off the GUI thread (``ui/workers.py``) with a progress dialog: the
service writes the export first, then removes the data in one transaction. At the end a
message says what was exported where and what was erased; a refusal (a read-only database,
an export that cannot be written) says why, and nothing was changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import PrivacyCategory
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.domain.retention import MAX_MONTHS, CategoryReport, ErasureResult
from exchange_planner.ui import workers
from exchange_planner.ui.plain import ask, fail, inform, plain_label
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.widgets.date_field import DateField, ui_date

if TYPE_CHECKING:
    from exchange_planner.ui.context import UiContext


def _erase_in_background(
    control: workers.TaskControl, db: Any, category: str, before: date, path: Path
) -> ErasureResult:
    from exchange_planner.services.privacy import STEPS, PrivacyService

    def progress(done: int, _total: int, step: str) -> None:
        control.progress(done, len(STEPS), step)

    return PrivacyService(db).erase(
        category, before, path, progress=progress, cancelled=lambda: control.cancelled
    )


class PrivacyDialog(QDialog):
    """Retention settings, the list of what is due, and the erase button."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from exchange_planner.services.privacy import PrivacyService

        self.context = context
        self.service = PrivacyService(context.services.db)
        self.reports: list[CategoryReport] = []
        self.task: workers.Task | None = None
        self.progress: Any = None
        #: The message shown when an erasure ended (kept for whoever looks, e.g. tests).
        self.result_message: Any = None
        self.last_result: ErasureResult | None = None
        #: Where the export goes (replaceable, e.g. in tests): (title, suggested) -> path or "".
        self.ask_save_path = self._ask_save_path
        #: The last question before erasing (replaceable): (title, text) -> yes.
        self.confirm = lambda title, text: ask(self, title, text)
        self.setWindowTitle(self.tr("Personal data"))
        self.setObjectName("privacy_dialog")

        intro = plain_label(
            self.tr(
                "Personal data of the people on visits is kept for the months below after "
                "the end of their last visit, then erased. Before it is erased, an export is "
                "written to be offered to the city archive. The official record of a visit "
                "(program, gifts, guestbook, names) is kept."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.months: dict[PrivacyCategory, QSpinBox] = {}
        settings_box = QGroupBox(self.tr("Retention (months after the last visit)"), self)
        form = QFormLayout(settings_box)
        for category in PrivacyCategory:
            spin = QSpinBox(settings_box)
            spin.setRange(0, MAX_MONTHS)
            spin.setObjectName(f"months_{category.value}")
            spin.setAccessibleName(self.category_label(category))
            self.months[category] = spin
            form.addRow(self.category_label(category) + ":", spin)
        self.save_button = QPushButton(self.tr("&Save retention"), settings_box)
        self.save_button.clicked.connect(self.save_retention)
        form.addRow("", self.save_button)

        # Typed or picked like every date of the program (a day after today shows what will be
        # due then; erasing refuses it).
        self.as_of = DateField(self)
        self.as_of.set_value(date.today())
        self.as_of.setAccessibleName(self.tr("Due on"))
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        self.as_of.committed.connect(self.refresh)
        self.as_of.refused.connect(self.summary.setText)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Person"),
                self.tr("Field"),
                self.tr("Visit"),
                self.tr("Visit ended"),
                self.tr("Due since"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category to erase"))
        for category in PrivacyCategory:
            self.category.addItem(self.category_label(category), category.value)
        self.erase_button = QPushButton(self.tr("&Erase…"), self)
        self.erase_button.setObjectName("erase_button")
        self.erase_button.clicked.connect(self.erase)
        writes(self.save_button, self.erase_button)
        self.read_only_note = plain_label(
            self.tr("The database is read-only: nothing can be changed or erased."), self
        )
        self.read_only_note.setVisible(context.read_only)

        due_row = QHBoxLayout()
        due_row.addWidget(plain_label(self.tr("Due on:"), self))
        due_row.addWidget(self.as_of)
        due_row.addStretch(1)
        erase_row = QHBoxLayout()
        erase_row.addWidget(plain_label(self.tr("Erase the data of:"), self))
        erase_row.addWidget(self.category)
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(settings_box)
        layout.addLayout(due_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(erase_row)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        if context.read_only:
            self.save_button.setEnabled(False)
            self.erase_button.setEnabled(False)
            for spin in self.months.values():
                spin.setReadOnly(True)
        self.load_retention()
        self.refresh()

    # --- words ------------------------------------------------------------------------------
    def category_label(self, category: PrivacyCategory) -> str:
        return {
            PrivacyCategory.CONTACT: self.tr("Contact data (e-mail, phone, mobile)"),
            PrivacyCategory.TRAVEL: self.tr("Travel data (arrival, departure, hotel, room)"),
            PrivacyCategory.HEALTH: self.tr("Dietary, accessibility notes and consent"),
        }[category]

    def field_label(self, field: str) -> str:
        """A stored field as the list names it."""
        labels = {
            "email": self.tr("e-mail"),
            "phone": self.tr("phone"),
            "mobile": self.tr("mobile"),
            "arrival": self.tr("arrival"),
            "arrival_mode": self.tr("arrival: travel mode"),
            "arrival_carrier": self.tr("arrival: carrier"),
            "arrival_number": self.tr("arrival: flight or train number"),
            "arrival_place": self.tr("arrival: place"),
            "arrival_terminal": self.tr("arrival: terminal"),
            "arrival_pickup": self.tr("arrival: pick-up"),
            "departure": self.tr("departure"),
            "departure_mode": self.tr("departure: travel mode"),
            "departure_carrier": self.tr("departure: carrier"),
            "departure_number": self.tr("departure: flight or train number"),
            "departure_place": self.tr("departure: place"),
            "departure_terminal": self.tr("departure: terminal"),
            "departure_pickup": self.tr("departure: pick-up"),
            "hotel_id": self.tr("hotel"),
            "room": self.tr("room"),
            "room_type": self.tr("room type"),
            "special_requests": self.tr("special requests"),
            "dietary_notes": self.tr("dietary notes"),
            "accessibility_notes": self.tr("accessibility notes"),
            "dietary_requirements": self.tr("dietary requirements"),
            "notes_consent": self.tr("consent to the notes"),
            "notes_consent_on": self.tr("consent given on"),
        }
        return labels.get(field, field.replace("_", " "))

    def values_text(self, count: int) -> str:
        """ "1 value", "5 values" (the plural forms of the interface's language)."""
        return self.tr("%n value(s)", "", count)

    def people_text(self, count: int) -> str:
        return self.tr("%n person(s)", "", count)

    def short_label(self, category: PrivacyCategory) -> str:
        return {
            PrivacyCategory.CONTACT: self.tr("contact"),
            PrivacyCategory.TRAVEL: self.tr("travel"),
            PrivacyCategory.HEALTH: self.tr("health"),
        }[category]

    # --- settings ---------------------------------------------------------------------------
    def load_retention(self) -> None:
        for category, months in self.service.retention().items():
            self.months[category].setValue(months)

    def save_retention(self) -> None:
        try:
            self.service.set_retention({c: spin.value() for c, spin in self.months.items()})
        except ExchangePlannerError as error:
            fail(self, self.tr("Retention not saved"), str(error))
            return
        self.context.events.status.emit(self.tr("Retention saved"))
        self.refresh()

    # --- the due list -----------------------------------------------------------------------
    def chosen_day(self) -> date:
        return self.as_of.value() or date.today()  # type: ignore[no-any-return]

    def refresh(self) -> None:
        self.reports = self.service.report(self.chosen_day())
        items = [item for report in self.reports for item in report.items]
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                self.short_label(item.category),
                item.person,
                self.field_label(item.field),
                item.visit,
                ui_date(item.ended),
                ui_date(item.due_since),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
        parts = [
            self.tr("%1: %2 of %3")
            .replace("%1", self.short_label(report.category))
            .replace("%2", self.values_text(len(report.items)))
            .replace("%3", self.people_text(report.people))
            for report in self.reports
        ]
        self.summary.setText("; ".join(parts))

    # --- erasing ----------------------------------------------------------------------------
    def _ask_save_path(self, title: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, title, suggested, self.tr("JSON files (*.json);;All files (*)")
        )
        return path

    def chosen_category(self) -> PrivacyCategory:
        return PrivacyCategory(self.category.currentData())

    def erase(self) -> None:
        title = self.tr("Erase personal data")
        if self.context.read_only:
            fail(self, title, self.context.services.db.read_only_message)
            return
        category = self.chosen_category()
        day = self.chosen_day()
        report, redactions = self.service.preview(category, day)
        if not report.items and not redactions:
            inform(
                self,
                title,
                self.tr("Nothing of the %1 data is due on %2; nothing was exported or erased.")
                .replace("%1", self.short_label(category))
                .replace("%2", ui_date(day)),
            )
            return
        suggested = str(Path.home() / f"erasure-{category.value}-{day.isoformat()}.json")
        path = self.ask_save_path(self.tr("Export for the city archive"), suggested)
        if not path:
            return
        text = (
            self.tr(
                "First the export %1 is written, to be offered to the city archive. Then %2 "
                "of %3 (%4 data) are erased and %5 entries of the change history show "
                "[erased] instead of them. This cannot be undone. Go on?"
            )
            .replace("%1", path)
            .replace("%2", self.values_text(len(report.items)))
            .replace("%3", self.people_text(report.people))
            .replace("%4", self.short_label(category))
            .replace("%5", str(redactions))
        )
        if not self.confirm(title, text):
            return
        self.erase_button.setEnabled(False)
        self.progress = workers.progress_dialog(
            self,
            title,
            self.tr("Writing the export…"),
            self.tr("Cancel"),
            steps=4,
            on_cancel=self._cancel,
        )
        self.task = workers.start(
            _erase_in_background,
            self.context.services.db,
            category.value,
            day,
            Path(path),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._on_progress,
            on_cancelled=self._end_progress,
        )

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.control.cancel()

    def _on_progress(self, done: int, total: int, step: str) -> None:
        if self.progress is None:
            return
        texts = {
            "read": self.tr("Reading what is due…"),
            "export": self.tr("Writing the export…"),
            "erase": self.tr("Erasing and redacting the change history…"),
            "done": self.tr("Done"),
        }
        dialog = self.progress
        dialog.setLabelText(texts.get(step, step))
        dialog.setMaximum(total)
        # A modal progress dialog processes events here: the task may end meanwhile.
        dialog.setValue(done)

    def _end_progress(self) -> None:
        if self.progress is not None:
            workers.close_progress_dialog(self.progress, self._cancel)
            self.progress = None
        self.task = None
        self.erase_button.setEnabled(not self.context.read_only)

    def _done(self, result: ErasureResult) -> None:
        self._end_progress()
        self.last_result = result
        self.refresh()
        title = self.tr("Erase personal data")
        if not result.export_file:
            text = self.tr("Nothing was due any more; nothing was exported or erased.")
        else:
            text = (
                self.tr(
                    "The export %1 was written: offer it to the city archive. %2 of %3 were "
                    "erased; %4 entries of the change history were redacted."
                )
                .replace("%1", result.export_file)
                .replace("%2", self.values_text(result.removed))
                .replace("%3", self.people_text(result.people))
                .replace("%4", str(result.redacted))
            )
        self.result_message = inform(self, title, text, wait=False)

    def _failed(self, error: Exception, _trace: str) -> None:
        self._end_progress()
        self.refresh()
        self.result_message = fail(
            self,
            self.tr("Erase personal data"),
            self.tr("Nothing was erased: %1").replace("%1", str(error)),
            wait=False,
        )


def open_privacy_dialog(parent: QWidget, context: UiContext | None) -> PrivacyDialog | None:
    if context is None:
        return None
    dialog = PrivacyDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
