"""The options asked before printing: language, personal or batch, second time column, year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.reports.i18n import LANGUAGE_NAMES, LANGUAGES
from exchange_planner.ui.plain import plain_label
from exchange_planner.ui.widgets.forms import fit_title


class DocumentKind(StrEnum):
    ITINERARY = "itinerary"
    PERSONAL = "personal"
    GIFTS = "gifts"
    GIFTS_YEAR = "gifts_year"


@dataclass(frozen=True)
class DocumentOptions:
    lang: str = "de"
    home_zone_column: bool = False
    #: Personal itineraries: one member (``person_id``) or all into ``folder``.
    person_id: int | None = None
    batch: bool = False
    folder: str = ""
    year: int | None = None
    #: Itinerary: add a page of changes since this printed version.
    changes_since: int | None = None


LANG_KEY = "documents/lang"
HOME_ZONE_KEY = "documents/home_zone_column"


class DocumentOptionsDialog(QDialog):
    """Options for one kind of document; read them with :meth:`options` after accepting."""

    def __init__(
        self,
        kind: DocumentKind,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        members: list[tuple[int, str]] | None = None,
        years: list[int] | None = None,
        year: int | None = None,
        default_folder: str = "",
        printed_versions: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.settings = settings
        self.setWindowTitle(
            {
                DocumentKind.ITINERARY: self.tr("Print itinerary"),
                DocumentKind.PERSONAL: self.tr("Personal itineraries"),
                DocumentKind.GIFTS: self.tr("Gift protocol"),
                DocumentKind.GIFTS_YEAR: self.tr("Gift protocol for a year"),
            }[kind]
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        stored = str(settings.value(LANG_KEY, "de") or "de")
        self.language.setCurrentIndex(max(0, self.language.findData(stored)))
        form.addRow(self.tr("&Language:"), self.language)

        self.home_zone = QCheckBox(
            self.tr("Second time column in the delegation's home time zone"), self
        )
        self.home_zone.setChecked(str(settings.value(HOME_ZONE_KEY, "false")) == "true")
        if kind in (DocumentKind.ITINERARY, DocumentKind.PERSONAL):
            form.addRow("", self.home_zone)
        else:
            self.home_zone.hide()

        # Itinerary: a page of what moved, was added or cancelled since a printed version.
        versions = sorted(printed_versions or [])
        self.changes = QCheckBox(self.tr("Add a page of c&hanges since version:"), self)
        self.changes_version = QSpinBox(self)
        first, last = (versions[0], versions[-1]) if versions else (1, 1)
        self.changes_version.setRange(first, last)
        self.changes_version.setValue(last)
        self.changes_version.setEnabled(False)
        self.changes.toggled.connect(self.changes_version.setEnabled)
        if kind is DocumentKind.ITINERARY:
            form.addRow(self.changes, self.changes_version)
            if not versions:
                self.changes.setEnabled(False)
                self.changes.setToolTip(self.tr("This itinerary has not been printed yet."))
        else:
            self.changes.hide()
            self.changes_version.hide()

        self.one_member = QRadioButton(self.tr("&One member:"), self)
        self.all_members = QRadioButton(self.tr("&All members, one file each, into:"), self)
        self.member = QComboBox(self)
        for person_id, name in members or []:
            self.member.addItem(name, person_id)
        self.folder = QLineEdit(default_folder, self)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        group = QButtonGroup(self)
        group.addButton(self.one_member)
        group.addButton(self.all_members)
        self.all_members.setChecked(True)
        if kind is DocumentKind.PERSONAL:
            form.addRow(self.one_member, self.member)
            folder_row = QHBoxLayout()
            folder_row.addWidget(self.folder, 1)
            folder_row.addWidget(self.browse)
            form.addRow(self.all_members, folder_row)
            self.one_member.toggled.connect(self._update)
            if not members:
                self.one_member.setEnabled(False)
        else:
            for widget in (self.one_member, self.all_members, self.member, self.folder):
                widget.hide()
            self.browse.hide()

        self.year = QSpinBox(self)
        self.year.setRange(1900, 2200)
        self.year.setValue(year or (years[0] if years else date.today().year))
        if kind is DocumentKind.GIFTS_YEAR:
            form.addRow(self.tr("&Year:"), self.year)
            if years:
                hint = QLabel(
                    self.tr("Years with gifts: %s") % ", ".join(str(y) for y in years), self
                )
                hint.setWordWrap(True)
                form.addRow("", hint)
        else:
            self.year.hide()

        self.message = plain_label(parent=self)  # names a folder
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create PDF"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_title(self)
        self._update()

    def _update(self) -> None:
        one = self.one_member.isChecked()
        self.member.setEnabled(one)
        self.folder.setEnabled(not one)
        self.browse.setEnabled(not one)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the personal itineraries"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def options(self) -> DocumentOptions:
        personal = self.kind is DocumentKind.PERSONAL
        batch = personal and self.all_members.isChecked()
        return DocumentOptions(
            lang=str(self.language.currentData()),
            home_zone_column=self.home_zone.isChecked()
            and self.kind in (DocumentKind.ITINERARY, DocumentKind.PERSONAL),
            person_id=int(self.member.currentData())
            if personal and not batch and self.member.count()
            else None,
            batch=batch,
            folder=self.folder.text().strip() if batch else "",
            year=self.year.value() if self.kind is DocumentKind.GIFTS_YEAR else None,
            changes_since=self.changes_version.value()
            if self.kind is DocumentKind.ITINERARY and self.changes.isChecked()
            else None,
        )

    def accept(self) -> None:
        options = self.options()
        if options.batch and not options.folder:
            self.message.setText(self.tr("Choose a folder for the personal itineraries."))
            self.folder.setFocus()
            return
        if options.batch and Path(options.folder).exists() and not Path(options.folder).is_dir():
            self.message.setText(self.tr("%s is a file, not a folder.") % options.folder)
            self.folder.setFocus()
            return
        self.settings.setValue(LANG_KEY, options.lang)
        if self.kind in (DocumentKind.ITINERARY, DocumentKind.PERSONAL):
            self.settings.setValue(HOME_ZONE_KEY, "true" if options.home_zone_column else "false")
        super().accept()


def default_folder(name: str) -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(base or Path.home()) / name)
