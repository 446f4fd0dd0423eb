"""Edit > Settings…: home city and zone, your name and the language of the program, document
language per partnership, thresholds, font; on a page of its own, the letterhead.

Home city, home zone and the languages are stored with the data (``services.settings``) when
OK is pressed, all or nothing; a refused value is explained next to its field and the dialog
stays open. Your name and the language of the program are your own (QSettings); the language
is read at start-up, so a change shows after a restart. Gift thresholds and the document font
keep their own dialogs, opened from here.

The letterhead (office name and address per language, a logo) is stored with the data too, on
OK, as one step Edit > Undo takes back. A chosen logo is checked at once (PNG or SVG, at most
2 MB, an image that decodes); an SVG is drawn to a PNG here, with Qt, so the documents print
it without Qt or another SVG library.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStringListModel, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ConflictError, ValidationError
from exchange_planner.domain.texts import CONTENT_LANGUAGES
from exchange_planner.domain.timezones import timezone_names
from exchange_planner.reports.i18n import LANGUAGE_NAMES, LANGUAGES
from exchange_planner.services.settings import (
    MAX_ADDRESS_LINES,
    MAX_LOGO_BYTES,
    SVG_TYPE,
    LogoFile,
    checked_letterhead_texts,
    checked_office_email,
)
from exchange_planner.storage.database import default_user_name
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import Call
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
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.forms import error_label
from exchange_planner.ui.widgets.translations import language_name


def timezone_completer(parent: QWidget) -> QCompleter:
    """A completer over every IANA zone name: type "seoul" and pick Asia/Seoul."""
    completer = QCompleter(QStringListModel(list(timezone_names()), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


def ask_logo_path(parent: QWidget, title: str, file_filter: str) -> str:
    """The logo file the user picks ("" when cancelled); tests replace this hook."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return path


#: The longest side, in pixels, of the PNG an SVG logo is printed as (300 dpi at 45 mm).
SVG_RENDER_SIZE = 600


def render_svg(data: bytes) -> bytes | None:
    """The SVG drawn to PNG bytes (longest side :data:`SVG_RENDER_SIZE`); None when Qt cannot
    draw it."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.width() <= 0 or size.height() <= 0:
        return None
    scale = SVG_RENDER_SIZE / max(size.width(), size.height())
    image = QImage(
        max(1, round(size.width() * scale)),
        max(1, round(size.height() * scale)),
        QImage.Format.Format_ARGB32,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        return None
    return bytes(buffer.data().data())


class LetterheadPage(QWidget):
    """The office name and address lines per language, and the logo with its preview."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = context.services.settings
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Printed at the top of the first page of every document, in the document's "
                "languages. Empty: documents have no letterhead."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        texts = self.settings.letterhead_texts()
        office = QGroupBox(self.tr("Office"), self)
        grid = QGridLayout(office)
        grid.addWidget(QLabel(self.tr("Office name"), office), 0, 1)
        grid.addWidget(QLabel(self.tr("Address lines"), office), 0, 2)
        self.names: dict[str, QLineEdit] = {}
        self.addresses: dict[str, QPlainTextEdit] = {}
        for row, language in enumerate(CONTENT_LANGUAGES, start=1):
            caption = QLabel(language_name(language), office)
            name = QLineEdit(texts["name"].get(language, ""), office)
            name.setObjectName(f"field_letterhead_name_{language}")
            name.setCursorPosition(0)  # a long name shows its beginning
            address = QPlainTextEdit(texts["address"].get(language, ""), office)
            address.setObjectName(f"field_letterhead_address_{language}")
            address.setTabChangesFocus(True)
            address.setFixedHeight(address.fontMetrics().lineSpacing() * 4 + 12)
            caption.setBuddy(name)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(address, row, 2)
            self.names[language] = name
            self.addresses[language] = address
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.texts_error = error_label(office, "letterhead_texts")
        grid.addWidget(self.texts_error, len(CONTENT_LANGUAGES) + 1, 0, 1, 3)
        # The organizer of exported calendars (METHOD:PUBLISH needs one; see services/ics.py).
        self.office_email = QLineEdit(self.settings.office_email(), office)
        self.office_email.setObjectName("field_office_email")
        self.office_email.setPlaceholderText("protocol@example.org")
        self.office_email.setToolTip(
            self.tr(
                "Exported calendars name the office as their organizer with this address; "
                "empty: calendars are exported without an organizer"
            )
        )
        email_caption = QLabel(self.tr("Office e-ma&il:"), office)
        email_caption.setBuddy(self.office_email)
        grid.addWidget(email_caption, len(CONTENT_LANGUAGES) + 2, 0)
        grid.addWidget(self.office_email, len(CONTENT_LANGUAGES) + 2, 1, 1, 2)
        self.email_error = error_label(office, "office_email")
        grid.addWidget(self.email_error, len(CONTENT_LANGUAGES) + 3, 0, 1, 3)
        layout.addWidget(office)

        logo_box = QGroupBox(self.tr("Logo"), self)
        logo_row = QHBoxLayout(logo_box)
        self.preview = QLabel(logo_box)
        self.preview.setObjectName("letterhead_logo_preview")
        self.preview.setFixedSize(180, 90)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #b0b0b0; background: white;")
        logo_row.addWidget(self.preview)
        side = QVBoxLayout()
        self.logo_name = QLabel(logo_box)
        self.logo_name.setObjectName("letterhead_logo_name")
        self.logo_name.setTextFormat(Qt.TextFormat.PlainText)  # a file name
        self.logo_name.setWordWrap(True)
        side.addWidget(self.logo_name)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose l&ogo…"), logo_box)
        self.choose_button.setObjectName("letterhead_choose_logo")
        self.choose_button.setToolTip(self.tr("A PNG or SVG file of at most 2 MB"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Re&move logo"), logo_box)
        self.remove_button.setObjectName("letterhead_remove_logo")
        self.remove_button.clicked.connect(self.remove_logo)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        self.logo_error = error_label(logo_box, "letterhead_logo")
        side.addWidget(self.logo_error)
        side.addStretch(1)
        logo_row.addLayout(side, 1)
        layout.addWidget(logo_box)
        layout.addStretch(1)
        #: The logo shown (None: none); stored on OK.
        self.stored_logo = self.settings.letterhead_logo()
        self.logo: LogoFile | None = self.stored_logo
        self._show_logo()

    def _show_logo(self) -> None:
        logo = self.logo
        self.remove_button.setEnabled(logo is not None)
        if logo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            self.logo_name.setText("")
            return
        image = QImage.fromData(logo.png)
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size() - self.preview.size() / 10,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setText("")
        self.preview.setPixmap(pixmap)
        kind = "SVG" if logo.media_type == SVG_TYPE else "PNG"
        self.logo_name.setText(f"{logo.file_name} ({kind}, {_size_text(len(logo.data))})")

    def _logo_error(self, message: str) -> None:
        self.logo_error.setText(message)
        self.logo_error.setVisible(bool(message))

    def choose_logo(self) -> None:
        path = ask_logo_path(
            self,
            self.tr("Choose a logo"),
            self.tr("Logos (*.png *.svg);;All files (*)"),
        )
        if not path:
            return
        self._logo_error("")
        file = Path(path)
        try:
            if file.stat().st_size > MAX_LOGO_BYTES:
                self._logo_error(self._too_large(file.name))
                return
            data = file.read_bytes()
        except OSError as error:
            self._logo_error(
                self.tr("“%1” could not be opened: %2")
                .replace("%1", file.name)
                .replace("%2", error.strerror or str(error))
            )
            return
        png = render_svg(data) if file.suffix.lower() == ".svg" or b"<svg" in data[:4096] else None
        try:
            logo = self.settings.check_letterhead_logo(file.name, data, png)
        except ValidationError as error:
            self._logo_error(self._logo_message(error, file.name))
            return
        self.logo = logo
        self._show_logo()

    def remove_logo(self) -> None:
        self._logo_error("")
        self.logo = None
        self._show_logo()

    def _too_large(self, name: str) -> str:
        return (
            self.tr("“%1” is larger than %2 MB; choose a smaller file.")
            .replace("%1", name)
            .replace("%2", str(MAX_LOGO_BYTES // (1024 * 1024)))
        )

    def _logo_message(self, error: ValidationError, name: str) -> str:
        if error.reason == "too_large":
            return self._too_large(name)
        if error.reason == "not_png_svg":
            return self.tr("“%1” is neither a PNG nor an SVG file.").replace("%1", name)
        if error.reason == "not_image":
            return self.tr("“%1” could not be read as an image.").replace("%1", name)
        if error.reason == "too_many_pixels":
            return (
                self.tr("“%1” is larger than %2 pixels on a side; choose a smaller image.")
                .replace("%1", name)
                .replace("%2", str(error.values.get("limit", "")))
            )
        return error.message

    # --- saving ----------------------------------------------------------------------------
    def values(self) -> tuple[dict[str, str], dict[str, str]]:
        names = {language: edit.text() for language, edit in self.names.items()}
        addresses = {language: edit.toPlainText() for language, edit in self.addresses.items()}
        return names, addresses

    def show_text_error(self, error: ValidationError) -> None:
        """A refused name or address: the message under the fields, the field marked."""
        field, _, language = error.field.partition("@")
        widget: QWidget | None = (
            self.names.get(language) if field == "letterhead_name" else self.addresses.get(language)
        )
        which = language_name(language)
        if error.reason == "too_long":
            message = (
                self.tr("The office name in %1 is too long.")
                if field == "letterhead_name"
                else self.tr("The address in %1 is too long.")
            ).replace("%1", which)
        elif error.reason == "too_many_lines":
            message = (
                self.tr("The address in %1 has more than %2 lines.")
                .replace("%1", which)
                .replace("%2", str(MAX_ADDRESS_LINES))
            )
        else:
            message = error.message
        self.texts_error.setText(message)
        self.texts_error.show()
        if widget is not None:
            widget.setStyleSheet("border: 1px solid #c62828;")
            widget.setFocus()

    def clear_errors(self) -> None:
        self.texts_error.hide()
        self.email_error.hide()
        for edit in [*self.names.values(), *self.addresses.values(), self.office_email]:
            edit.setStyleSheet("")

    def checked_email(self) -> str | None:
        """The office e-mail as it will be stored, or None with the message under the field."""
        try:
            return checked_office_email(self.office_email.text())
        except ValidationError as error:
            if error.reason == "too_long":
                message = self.tr("The e-mail address is too long.")
            else:
                message = self.tr(
                    "“%1” is not an e-mail address; write it like protocol@example.org."
                ).replace("%1", self.office_email.text().strip())
            self.email_error.setText(message)
            self.email_error.show()
            self.office_email.setStyleSheet("border: 1px solid #c62828;")
            self.office_email.setFocus()
            return None


def _size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class SettingsDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.services.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        self.pages = QTabWidget(self)
        general = QWidget(self.pages)
        layout = QVBoxLayout(general)
        self.pages.addTab(general, self.tr("&General"))
        self.letterhead = LetterheadPage(context, self.pages)
        self.pages.addTab(self.letterhead, self.tr("L&etterhead"))
        outer.addWidget(self.pages)

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
        self.thresholds_button = QPushButton(self.tr("Gift &rules…"), self)
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
        outer.addWidget(self.buttons)
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
        """The gift rules per jurisdiction (they replace the per-country thresholds)."""
        from exchange_planner.ui.delegations.gift_rules import GiftRulesDialog

        self.sub_dialog = GiftRulesDialog(self.context, self)
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
        self.letterhead.clear_errors()
        # The letterhead's texts are checked before anything is stored (all or nothing).
        office_names, addresses = self.letterhead.values()
        try:
            checked_letterhead = checked_letterhead_texts(office_names, addresses)
        except ValidationError as error:
            self.pages.setCurrentWidget(self.letterhead)
            self.letterhead.show_text_error(error)
            return
        office_email = self.letterhead.checked_email()
        if office_email is None:
            self.pages.setCurrentWidget(self.letterhead)
            return
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
        self._save_letterhead(office_names, addresses, checked_letterhead)
        if office_email != self.settings.office_email():
            self.settings.set_office_email(office_email)
        self.context.events.status.emit(self.tr("Settings saved"))
        super().accept()

    def _save_letterhead(
        self,
        names: dict[str, str],
        addresses: dict[str, str],
        checked: dict[str, dict[str, str]],
    ) -> None:
        """Store the letterhead as one undoable step, when it changed."""
        page = self.letterhead
        settings = self.settings
        logo = page.logo
        texts_changed = {f: checked.get(f, {}) for f in ("name", "address")} != (
            settings.letterhead_texts()
        )
        logo_changed = logo != page.stored_logo
        if not texts_changed and not logo_changed:
            return
        before = settings.letterhead_values()

        def do() -> None:
            if texts_changed:
                settings.set_letterhead_texts(names, addresses)
            if logo_changed:
                if logo is None:
                    settings.remove_letterhead_logo()
                else:
                    png = logo.png if logo.media_type == SVG_TYPE else None
                    settings.set_letterhead_logo(logo.file_name, logo.data, png)

        def undo() -> None:
            settings.restore_letterhead_values(before)

        push(
            self.context.undo_stack,
            Call(
                self.tr("Change letterhead"),
                self.context.events,
                do,
                undo,
                # Undo refuses if anyone else changed a setting since (all settings are
                # logged as the one settings record).
                [("settings", 0)],
                self.context.services.change_history,
            ),
        )

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
