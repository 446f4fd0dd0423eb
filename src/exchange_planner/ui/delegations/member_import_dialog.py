"""Importing a member list: choose a file, map its columns, see every problem, then import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.services.member_import import (
    FIELDS,
    REQUIRED,
    ImportPreview,
    RawTable,
    guess_mapping,
    read_table,
)
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import CreateMany
from exchange_planner.ui.icons import icon
from exchange_planner.ui.undo import push

PREVIEW_COLUMNS = ("family_name", "given_name", "native_name", "title", "role", "arrival")


class MemberImportDialog(QDialog):
    def __init__(
        self, context: UiContext, visit_id: int, timezone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import delegation members"))
        self.resize(900, 600)
        self.context = context
        self.services = context.services
        self.visit_id = visit_id
        self.timezone = timezone
        self.table: RawTable | None = None
        self.preview: ImportPreview | None = None
        self.imported: list[int] = []

        self.file_label = QLabel(self.tr("No file chosen (CSV or XLSX)."), self)
        choose = QPushButton(icon("open"), self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        mapping_box = QGroupBox(self.tr("Columns"), self)
        grid = QGridLayout(mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for index, (name, label) in enumerate(FIELDS.items()):
            box = QComboBox(mapping_box)
            box.setObjectName(f"map_{name}")
            box.activated.connect(lambda _i: self.refresh_preview())
            self.mapping[name] = box
            caption = QLabel(label + (" *" if name in REQUIRED else ""), mapping_box)
            caption.setBuddy(box)
            grid.addWidget(caption, index // 3, (index % 3) * 2)
            grid.addWidget(box, index // 3, (index % 3) * 2 + 1)

        self.preview_table = QTableWidget(self)
        self.preview_table.setObjectName("preview_table")
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(120)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setIcon(icon("import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    # --- steps ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Member list"),
            str(Path.home()),
            self.tr("Member lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> bool:
        self.problems.clear()
        try:
            self.table = read_table(path)
        except ExchangePlannerError as error:
            self.table = None
            self.preview = None
            self.import_button.setEnabled(False)
            self.summary.setText(self.tr("Cannot read the file."))
            self.problems.addItem(str(error))
            return False
        self.file_label.setText(
            self.tr("%s — %d rows, %s")
            % (Path(path).name, len(self.table.rows), self.table.encoding)
        )
        guessed = guess_mapping(self.table.headers)
        for name, box in self.mapping.items():
            box.clear()
            box.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(self.table.headers):
                box.addItem(header or self.tr("column %d") % (index + 1), index)
            box.setCurrentIndex(box.findData(guessed.get(name, -1)))
        self.refresh_preview()
        return True

    def set_mapping(self, name: str, column: int) -> None:
        box = self.mapping[name]
        box.setCurrentIndex(box.findData(column))
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.problems.clear()
        self.preview = None
        self.import_button.setEnabled(False)
        if self.table is None:
            return
        mapping = {name: box.currentData() for name, box in self.mapping.items()}
        try:
            self.preview = self.services.member_import.preview(
                self.table, mapping, self.visit_id, timezone=self.timezone
            )
        except ValidationError as error:
            self.summary.setText(self.tr("The columns need attention."))
            self.problems.addItem(f"{FIELDS.get(error.field, error.field)}: {error.message}")
            self._fill_table([])
            return
        except ExchangePlannerError as error:
            self.summary.setText(self.tr("Nothing to import."))
            self.problems.addItem(str(error))
            self._fill_table([])
            return
        self._fill_table(self.preview.rows)
        for message in self.preview.errors:
            QListWidgetItem(icon("error"), message, self.problems)
        bad = sum(1 for row in self.preview.rows if not row.ok)
        if bad:
            self.summary.setText(
                self.tr("%d of %d rows have problems; nothing is imported until all are fixed.")
                % (bad, len(self.preview.rows))
            )
        else:
            existing = sum(1 for row in self.preview.rows if row.existing_person_id)
            self.summary.setText(
                self.tr("%d members ready to import (%d already in the directory).")
                % (len(self.preview.rows), existing)
            )
        self.import_button.setEnabled(self.preview.ok)

    def _fill_table(self, rows: list[Any]) -> None:
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(PREVIEW_COLUMNS) + 1)
        table.setHorizontalHeaderLabels(
            [self.tr("Row")] + [FIELDS[name] for name in PREVIEW_COLUMNS]
        )
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = QTableWidgetItem(icon("ok" if row.ok else "error"), str(row.number))
            status.setToolTip("\n".join(row.errors) or self.tr("OK"))
            table.setItem(r, 0, status)
            for c, name in enumerate(PREVIEW_COLUMNS, start=1):
                value = row.values.get(name, "")
                text = "" if value is None else getattr(value, "value", str(value))
                table.setItem(r, c, QTableWidgetItem(str(text)))
        table.resizeColumnsToContents()

    def do_import(self) -> bool:
        if self.preview is None or not self.preview.ok:
            return False
        preview, services = self.preview, self.services

        def make() -> list[Any]:
            result = services.member_import.commit(preview)
            return [(services.people, "person", pid) for pid in result.created_person_ids] + [
                (services.members, "visit_member", mid) for mid in result.member_ids
            ]

        command = CreateMany(
            self.tr("Import %d members") % len(preview.rows), self.context.events, make
        )
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self.problems.addItem(str(error))
            return False
        self.imported = [
            record_id for _s, kind, record_id in command.made if kind == "visit_member"
        ]
        self.accept()
        return True
