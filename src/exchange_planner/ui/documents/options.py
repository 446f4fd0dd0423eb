"""The options asked before printing: language, personal, batch or booklet, second time
column, year, residency, partnership, calendar period and view, the seating plan's item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from exchange_planner.ui.documents.common import LANG_KEY, language_box
from exchange_planner.ui.plain import plain_label
from exchange_planner.ui.widgets.forms import fit_title


class DocumentKind(StrEnum):
    ITINERARY = "itinerary"
    PERSONAL = "personal"
    GIFTS = "gifts"
    GIFTS_YEAR = "gifts_year"
    RESIDENCY = "residency"
    BALANCE = "balance"
    CALENDAR = "calendar"
    PRECEDENCE = "precedence"
    SEATING = "seating"
    PLACE_CARDS = "place_cards"
    BADGES = "badges"
    GIFT_REGISTER = "gift_register"
    RUN_OF_SHOW = "run_of_show"


#: The calendar document's views (reports/calendar_sheet.py ``VIEWS``).
CALENDAR_VIEWS = ("month", "week", "agenda")


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
    #: Personal itineraries: all members in one booklet (for duplex printing).
    booklet: bool = False
    residency_id: int | None = None
    #: Balance: one partnership, or every partnership when None.
    partnership_id: int | None = None
    #: Calendar: the period and the view.
    first: date | None = None
    last: date | None = None
    view: str = "month"
    #: Seating plan: the programme item.
    item_id: int | None = None
    #: Place cards and badges: the layout (``reports.layouts``); place cards: the item whose
    #: seating plan gives the cards (None: everyone in the order of precedence).
    card_layout: str = ""
    card_item_id: int | None = None


#: The layouts the dialog offers (``reports.layouts`` PLACE_CARD_KEYS / BADGE_KEYS, whose
#: module loads ReportLab); tests check the two lists agree.
PLACE_CARD_LAYOUTS = ("a4-2", "a4-4")
BADGE_LAYOUTS = ("a6", "avery-l4785", "avery-c32011", "avery-l7414")

HOME_ZONE_KEY = "documents/home_zone_column"
VIEW_KEY = "documents/calendar_view"
PLACE_CARD_LAYOUT_KEY = "documents/place_card_layout"
BADGE_LAYOUT_KEY = "documents/badge_layout"


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
        residencies: list[tuple[int, str]] | None = None,
        residency_id: int | None = None,
        partnerships: list[tuple[int, str]] | None = None,
        partnership_id: int | None = None,
        period: tuple[date, date] | None = None,
        items: list[tuple[int, str]] | None = None,
        card_items: list[tuple[int, str]] | None = None,
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
                DocumentKind.RESIDENCY: self.tr("Residency sheet"),
                DocumentKind.BALANCE: self.tr("Partnership balance"),
                DocumentKind.CALENDAR: self.tr("Calendar"),
                DocumentKind.PRECEDENCE: self.tr("Order of precedence"),
                DocumentKind.SEATING: self.tr("Seating plan"),
                DocumentKind.PLACE_CARDS: self.tr("Place cards"),
                DocumentKind.BADGES: self.tr("Name badges"),
                DocumentKind.GIFT_REGISTER: self.tr("Gift register for a year"),
                DocumentKind.RUN_OF_SHOW: self.tr("Run of show (internal)"),
            }[kind]
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = language_box(self, settings)
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
        self.booklet = QRadioButton(
            self.tr("All members in one boo&klet (each part on a new sheet, for duplex printing)"),
            self,
        )
        group = QButtonGroup(self)
        group.addButton(self.one_member)
        group.addButton(self.all_members)
        group.addButton(self.booklet)
        self.all_members.setChecked(True)
        if kind is DocumentKind.PERSONAL:
            form.addRow(self.one_member, self.member)
            folder_row = QHBoxLayout()
            folder_row.addWidget(self.folder, 1)
            folder_row.addWidget(self.browse)
            form.addRow(self.all_members, folder_row)
            form.addRow(self.booklet)
            self.one_member.toggled.connect(self._update)
            self.booklet.toggled.connect(self._update)
            if not members:
                self.one_member.setEnabled(False)
                self.booklet.setEnabled(False)
        else:
            for widget in (self.one_member, self.all_members, self.member, self.folder):
                widget.hide()
            self.browse.hide()
            self.booklet.hide()

        # Residency sheet: which residency.
        self.residency = QComboBox(self)
        for record_id, title in residencies or []:
            self.residency.addItem(title, record_id)
        if residency_id is not None:
            self.residency.setCurrentIndex(max(0, self.residency.findData(residency_id)))
        if kind is DocumentKind.RESIDENCY:
            form.addRow(self.tr("&Residency:"), self.residency)
        else:
            self.residency.hide()

        # Balance: one partnership or all.
        self.partnership = QComboBox(self)
        self.partnership.addItem(self.tr("All partnerships"), None)
        for record_id, name in partnerships or []:
            self.partnership.addItem(name, record_id)
        if partnership_id is not None:
            self.partnership.setCurrentIndex(max(0, self.partnership.findData(partnership_id)))
        if kind is DocumentKind.BALANCE:
            form.addRow(self.tr("&Partnership:"), self.partnership)
        else:
            self.partnership.hide()

        # Calendar: the view and the period.
        today = date.today()
        first, last = period or (today.replace(day=1), _month_end(today))
        self.view = QComboBox(self)
        view_names = {
            "month": self.tr("Month"),
            "week": self.tr("Week"),
            "agenda": self.tr("Agenda"),
        }
        for view in CALENDAR_VIEWS:
            self.view.addItem(view_names[view], view)
        self.view.setCurrentIndex(
            max(0, self.view.findData(str(settings.value(VIEW_KEY, "month"))))
        )
        self.first = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.last = QDateEdit(QDate(last.year, last.month, last.day), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        if kind is DocumentKind.CALENDAR:
            form.addRow(self.tr("&View:"), self.view)
            form.addRow(self.tr("&From:"), self.first)
            form.addRow(self.tr("&To:"), self.last)
            self.first.dateChanged.connect(lambda _d: self.message.clear())
            self.last.dateChanged.connect(lambda _d: self.message.clear())
        else:
            for widget in (self.view, self.first, self.last):
                widget.hide()

        # Seating plan: which meal or reception (those with a plan).
        self.item = QComboBox(self)
        for record_id, title in items or []:
            self.item.addItem(title, record_id)
        if kind is DocumentKind.SEATING:
            form.addRow(self.tr("&Meal or reception:"), self.item)
        else:
            self.item.hide()
        self._card_options(form, kind, settings, card_items or [])

        self.year = QSpinBox(self)
        self.year.setRange(1900, 2200)
        self.year.setValue(year or (years[0] if years else date.today().year))
        if kind in (DocumentKind.GIFTS_YEAR, DocumentKind.GIFT_REGISTER):
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

    def _card_options(
        self,
        form: QFormLayout,
        kind: DocumentKind,
        settings: QSettings,
        items: list[tuple[int, str]],
    ) -> None:
        """Place cards and badges: the layout; place cards: whose cards (an item's seating
        plan or the whole visit). Hidden for every other document."""
        names = {
            "a4-2": self.tr("A4, two tent cards (190 × 135 mm)"),
            "a4-4": self.tr("A4, four tent cards (95 × 135 mm)"),
            "a6": self.tr("A6, one badge per sheet"),
            "avery-l4785": self.tr("Avery L4785 labels, 80 × 50 mm, 10 per A4"),
            "avery-c32011": self.tr("Avery Zweckform C32011 cards, 85 × 54 mm, 10 per A4"),
            "avery-l7414": self.tr("Avery L7414 cards, 90 × 52 mm, 10 per A4"),
        }
        self.card_layout = QComboBox(self)
        self.card_item = QComboBox(self)
        cards = kind is DocumentKind.PLACE_CARDS
        if kind not in (DocumentKind.PLACE_CARDS, DocumentKind.BADGES):
            self.card_layout.hide()
            self.card_item.hide()
            return
        keys = PLACE_CARD_LAYOUTS if cards else BADGE_LAYOUTS
        for key in keys:
            self.card_layout.addItem(names[key], key)
        stored = str(settings.value(PLACE_CARD_LAYOUT_KEY if cards else BADGE_LAYOUT_KEY, ""))
        self.card_layout.setCurrentIndex(max(0, self.card_layout.findData(stored)))
        form.addRow(self.tr("La&yout:"), self.card_layout)
        if not cards:
            self.card_item.hide()
            return
        for item_id, title in items:
            self.card_item.addItem(self.tr("Seating plan: %s") % title, item_id)
        self.card_item.addItem(self.tr("Everyone, in the order of precedence"), None)
        form.addRow(self.tr("Cards &for:"), self.card_item)

    def _update(self) -> None:
        one = self.one_member.isChecked()
        folder = self.all_members.isChecked()
        self.member.setEnabled(one)
        self.folder.setEnabled(folder)
        self.browse.setEnabled(folder)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the personal itineraries"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def options(self) -> DocumentOptions:
        personal = self.kind is DocumentKind.PERSONAL
        batch = personal and self.all_members.isChecked()
        calendar = self.kind is DocumentKind.CALENDAR
        return DocumentOptions(
            lang=str(self.language.currentData()),
            home_zone_column=self.home_zone.isChecked()
            and self.kind in (DocumentKind.ITINERARY, DocumentKind.PERSONAL),
            person_id=int(self.member.currentData())
            if personal and self.one_member.isChecked() and self.member.count()
            else None,
            batch=batch,
            folder=self.folder.text().strip() if batch else "",
            year=self.year.value()
            if self.kind in (DocumentKind.GIFTS_YEAR, DocumentKind.GIFT_REGISTER)
            else None,
            changes_since=self.changes_version.value()
            if self.kind is DocumentKind.ITINERARY and self.changes.isChecked()
            else None,
            booklet=personal and self.booklet.isChecked(),
            residency_id=int(self.residency.currentData())
            if self.kind is DocumentKind.RESIDENCY and self.residency.count()
            else None,
            partnership_id=self.partnership.currentData()
            if self.kind is DocumentKind.BALANCE
            else None,
            first=self.first.date().toPython() if calendar else None,
            last=self.last.date().toPython() if calendar else None,
            view=str(self.view.currentData()) if calendar else "month",
            item_id=int(self.item.currentData())
            if self.kind is DocumentKind.SEATING and self.item.count()
            else None,
            card_layout=str(self.card_layout.currentData() or "")
            if self.kind in (DocumentKind.PLACE_CARDS, DocumentKind.BADGES)
            else "",
            card_item_id=self.card_item.currentData()
            if self.kind is DocumentKind.PLACE_CARDS
            else None,
        )

    def accept(self) -> None:
        options = self.options()
        if self.kind is DocumentKind.RESIDENCY and options.residency_id is None:
            self.message.setText(self.tr("There is no residency to print."))
            return
        if self.kind is DocumentKind.SEATING and options.item_id is None:
            self.message.setText(
                self.tr(
                    "This visit has no seating plan yet: make one for a meal or a reception "
                    "in the visit's Seating section."
                )
            )
            self.adjustSize()  # the message's lines all shown
            return
        if options.first is not None and options.last is not None and options.last < options.first:
            self.message.setText(self.tr("The period ends before it starts."))
            self.last.setFocus()
            return
        if self.kind is DocumentKind.PERSONAL and not self.member.count():
            self.message.setText(
                self.tr(
                    "This visit has no members or hosts yet: add them in the visit's Members "
                    "section."
                )
            )
            self.adjustSize()
            return
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
        if self.kind is DocumentKind.CALENDAR:
            self.settings.setValue(VIEW_KEY, options.view)
        if self.kind is DocumentKind.PLACE_CARDS:
            self.settings.setValue(PLACE_CARD_LAYOUT_KEY, options.card_layout)
        elif self.kind is DocumentKind.BADGES:
            self.settings.setValue(BADGE_LAYOUT_KEY, options.card_layout)
        super().accept()


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def default_folder(name: str) -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(base or Path.home()) / name)
