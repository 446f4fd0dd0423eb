"""Edit > Settings…: home city and zone, your name and the language of the program, document
language per partnership, thresholds, font.

Home city, home zone and the languages are stored with the data (``services.settings``) when
OK is pressed, all or nothing; a refused value is explained next to its field and the dialog
stays open. Your name and the language of the program are your own (QSettings); the language
is read at start-up, so a change shows after a restart. Gift thresholds and the document font
keep their own dialogs, opened from here.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ConflictError, ValidationError
from exchange_planner.domain.texts import CONTENT_LANGUAGES
from exchange_planner.domain.timezones import timezone_names
from exchange_planner.reports.i18n import LANGUAGE_NAMES, LANGUAGES
from exchange_planner.storage.database import default_user_name
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.identity import (
    MAX_USER_NAME,
    USER_NAME_KEY,
    apply_user_name,
    stored_user_name,
)
from exchange_planner.ui.language import (
    INTERFACE_LANGUAGE_KEY,
    INTERFACE_LANGUAGES,
    chosen_language,
)
from exchange_planner.ui.widgets.forms import error_label
from exchange_planner.ui.widgets.translations import language_name


def timezone_completer(parent: QWidget) -> QCompleter:
    """A completer over every IANA zone name: type "seoul" and pick Asia/Seoul."""
    completer = QCompleter(QStringListModel(list(timezone_names()), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class SettingsDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.services.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        home = QGroupBox(self.tr("Home"), self)
        form = QFormLayout(home)
        self.home_city = QLineEdit(self.settings.home_city(), home)
        self.home_city.setObjectName("field_home_city")
        self.home_city.setPlaceholderText(self.tr("e.g. Leipzig"))
        self.home_city.setToolTip(
            self.tr("The city shown for the home zone in the calendar and on documents")
        )
        self.home_city_error = error_label(home, "home_city")
        form.addRow(self.tr("Home &city:"), self.home_city)
        form.addRow("", self.home_city_error)
        # The city's name as documents in each language print it (라이프치히); empty: as above.
        names = self.settings.home_city_names()
        self.home_city_names: dict[str, QLineEdit] = {}
        row = QHBoxLayout()
        for language in CONTENT_LANGUAGES:
            edit = QLineEdit(names.get(language, ""), home)
            edit.setObjectName(f"field_home_city_{language}")
            edit.setPlaceholderText(self.settings.home_city())
            caption = QLabel(language_name(language), home)
            caption.setBuddy(edit)
            row.addWidget(caption)
            row.addWidget(edit, 1)
            self.home_city_names[language] = edit
        self.home_city_names_error = error_label(home, "home_city_names")
        form.addRow(self.tr("City name per language:"), row)
        form.addRow("", self.home_city_names_error)
        self.home_timezone = QLineEdit(self.settings.home_timezone(), home)
        self.home_timezone.setObjectName("field_home_timezone")
        self.home_timezone.setPlaceholderText("Europe/Berlin")
        self.home_timezone.setToolTip(
            self.tr("Type part of a name, e.g. Berlin, and pick from the list.")
        )
        self.home_timezone.setCompleter(timezone_completer(self.home_timezone))
        self.home_timezone_error = error_label(home, "home_timezone")
        form.addRow(self.tr("Home time &zone:"), self.home_timezone)
        form.addRow("", self.home_timezone_error)
        # New records are written in it (their original); translations go beside it.
        self.office_language = QComboBox(home)
        self.office_language.setObjectName("field_office_language")
        for language in CONTENT_LANGUAGES:
            self.office_language.addItem(language_name(language), language)
        self.office_language.setCurrentIndex(
            max(0, self.office_language.findData(self.settings.office_language()))
        )
        self.office_language.setToolTip(
            self.tr(
                "The language of the texts this office writes: a new record's texts are its "
                "original in this language, translations are added beside them"
            )
        )
        form.addRow(self.tr("Language of new te&xts:"), self.office_language)
        layout.addWidget(home)

        you = QGroupBox(self.tr("You"), self)
        you_form = QFormLayout(you)
        self.user_name = QLineEdit(stored_user_name(context.settings), you)
        self.user_name.setObjectName("field_user_name")
        self.user_name.setMaxLength(MAX_USER_NAME)
        self.user_name.setPlaceholderText(default_user_name())
        self.user_name.setToolTip(
            self.tr(
                "How your changes are signed in the change history that colleagues see; "
                "empty: your login name"
            )
        )
        you_form.addRow(self.tr("Your &name in the history:"), self.user_name)
        self.interface_language = QComboBox(you)
        self.interface_language.setObjectName("field_interface_language")
        self.interface_language.addItem(self.tr("System default"), "")
        for code, name in INTERFACE_LANGUAGES.items():
            self.interface_language.addItem(name, code)
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(chosen_language(context.settings)))
        )
        you_form.addRow(self.tr("Language of the &program:"), self.interface_language)
        self.restart_note = QLabel(
            self.tr("A change of language takes effect when the program is next started."), you
        )
        self.restart_note.setTextFormat(Qt.TextFormat.PlainText)
        self.restart_note.setWordWrap(True)
        you_form.addRow("", self.restart_note)
        layout.addWidget(you)

        languages = QGroupBox(self.tr("Document language per partnership"), self)
        language_form = QFormLayout(languages)
        self.languages: dict[int, QComboBox] = {}
        partnerships = context.services.partnerships.list()
        for partnership in partnerships:
            assert partnership.id is not None
            combo = QComboBox(languages)
            combo.setObjectName(f"language_{partnership.id}")
            combo.addItem(self.tr("As last printed"), "")
            for code in LANGUAGES:
                combo.addItem(LANGUAGE_NAMES[code], code)
            stored = self.settings.document_language(partnership.id)
            combo.setCurrentIndex(max(0, combo.findData(stored)))
            label = QLabel(partnership.partner_city.replace("&", "&&"), languages)
            label.setTextFormat(Qt.TextFormat.PlainText)
            language_form.addRow(label, combo)
            self.languages[partnership.id] = combo
        if not partnerships:
            empty = QLabel(self.tr("No partnerships yet."), languages)
            language_form.addRow(empty)
        self.languages_error = error_label(languages, "languages")
        language_form.addRow(self.languages_error)
        layout.addWidget(languages)

        more = QHBoxLayout()
        self.thresholds_button = QPushButton(self.tr("Gift &thresholds…"), self)
        self.thresholds_button.clicked.connect(self.open_thresholds)
        more.addWidget(self.thresholds_button)
        self.font_button = QPushButton(self.tr("Document &font…"), self)
        self.font_button.clicked.connect(self.open_font)
        more.addWidget(self.font_button)
        more.addStretch(1)
        layout.addLayout(more)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.sub_dialog: QDialog | None = None
        #: The stored values the fields started from: a colleague's later change to one of
        #: them is not overwritten unseen.
        self.shown = {
            "home_city": self.home_city.text(),
            "home_timezone": self.home_timezone.text(),
        }
        #: Whether OK changed the home city or zone (the calendar then rebuilds its zones).

    # --- sub-dialogs -----------------------------------------------------------------------
    def open_thresholds(self) -> None:
        from exchange_planner.ui.delegations.thresholds import ThresholdsDialog

        self.sub_dialog = ThresholdsDialog(self.context, self)
        self.sub_dialog.open()

    def open_font(self) -> None:
        from exchange_planner.ui.documents.font_settings import FontSettingsDialog

        self.sub_dialog = FontSettingsDialog(self.context.settings, self)
        self.sub_dialog.open()

    # --- saving ----------------------------------------------------------------------------
    def _show_error(self, field: str, message: str) -> None:
        targets = {
            "home_city": (self.home_city_error, self.home_city),
            "home_timezone": (self.home_timezone_error, self.home_timezone),
        }
        label, widget = targets.get(field, (self.languages_error, None))
        label.setText(message)
        label.setVisible(bool(message))
        if widget is not None:
            widget.setStyleSheet("border: 1px solid #c62828;" if message else "")
            if message:
                widget.setFocus()
                widget.selectAll()

    def _clear_errors(self) -> None:
        for field in ("home_city", "home_timezone", "languages"):
            self._show_error(field, "")

    def accept(self) -> None:
        self._clear_errors()
        # The user's own preference, not shared data: the changes below are signed with it.
        self.context.settings.setValue(USER_NAME_KEY, " ".join(self.user_name.text().split()))
        apply_user_name(self.context.services.db, self.context.settings)
        self.context.settings.setValue(
            INTERFACE_LANGUAGE_KEY, str(self.interface_language.currentData() or "")
        )
        city = self.home_city.text()
        zone = self.home_timezone.text().strip()
        if not zone:
            self._show_error("home_timezone", self.tr("Choose a time zone, e.g. Europe/Berlin."))
            return
        before = (self.settings.home_city(), self.settings.home_timezone())
        languages = {pid: str(combo.currentData() or "") for pid, combo in self.languages.items()}
        try:
            self.settings.set_home(city=city, timezone=zone, expected=self.shown)
        except ValidationError as error:
            self._show_error(error.field, self._message(error))
            return
        except ConflictError as error:
            self._show_conflict(error)
            return
        try:
            self.settings.set_document_languages(languages)
        except ValidationError as error:
            self.settings.set_home(city=before[0], timezone=before[1])
            self._show_error("languages", self._message(error))
            return
        names = {language: edit.text() for language, edit in self.home_city_names.items()}
        try:
            if {k: " ".join(v.split()) for k, v in names.items() if v.strip()} != (
                self.settings.home_city_names()
            ):
                self.settings.set_home_city_names(names)
        except ValidationError as error:
            self.home_city_names_error.setText(error.message)
            self.home_city_names_error.show()
            return
        office_language = str(self.office_language.currentData())
        if office_language != self.settings.office_language():
            self.settings.set_office_language(office_language)
        self.context.events.status.emit(self.tr("Settings saved"))
        super().accept()

    def _show_conflict(self, error: ConflictError) -> None:
        """Someone stored another value since the dialog opened: theirs is shown in the
        field, ours is not saved; OK again stores ours over theirs."""
        field = self.home_city if error.field == "home_city" else self.home_timezone
        mine = field.text()
        field.setText(error.theirs)
        when = error.at.astimezone().strftime("%H:%M") if isinstance(error.at, datetime) else "?"
        who = error.user or self.tr("someone")
        self._show_error(
            error.field,
            self.tr("%1 changed this to “%2” at %3; yours (“%4”) was not saved.")
            .replace("%1", who)
            .replace("%2", error.theirs)
            .replace("%3", when)
            .replace("%4", mine),
        )
        self.shown[error.field] = error.theirs

    def _message(self, error: ValidationError) -> str:
        if error.field == "home_city":
            if "empty" in error.message:
                return self.tr("Enter the name of your city.")
            return self.tr("The city name is too long.")
        if error.field == "home_timezone":
            return self.tr("“%s” is not a time zone; pick one from the list.") % (
                self.home_timezone.text().strip()
            )
        return error.message
