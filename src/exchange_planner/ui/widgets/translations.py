"""The texts of a translatable field in every language, side by side, under the field.

Every editor of a translatable record (``domain/texts.py`` ``TRANSLATABLE``) shows the
original in its own field as before; beside the field a globe button (or Ctrl+Shift+L in
the field) opens the other languages beside the original, like a translation memory: the
original on the left (read-only: it is edited in the field itself), the translations
beside it, each saved when its edit is finished (Enter, or leaving it) as one undoable
step through the record's service. "Make original" makes another language the original
of the whole record. A small mark beside the field says which of the record's languages
(the partnership's and the office's) still lack a translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.texts import (
    CONTENT_LANGUAGES,
    DEFAULT_LANGUAGE,
    TRANSLATABLE,
    missing_languages,
    split_key,
    swap_original,
    texts_of,
    with_text,
)
from exchange_planner.services.crud import RecordService
from exchange_planner.ui.icons import icon
from exchange_planner.ui.plain import plain_tooltip
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.widgets.forms import ERROR_STYLE, CommitTextEdit, error_label

#: Opens (and closes) the translations of the field that has the focus.
SHORTCUT = "Ctrl+Shift+L"


def language_name(language: str) -> str:
    """A content language by name, in the UI language ("Korean"; the code if unknown)."""
    names = {
        "de": QCoreApplication.translate("Translations", "German"),
        "ko": QCoreApplication.translate("Translations", "Korean"),
        "en": QCoreApplication.translate("Translations", "English"),
    }
    return names.get(language, language)


def field_name(field: str) -> str:
    """A translatable field by name, in the UI language ("Dress code")."""
    names = {
        "title": QCoreApplication.translate("Translations", "Title"),
        "notes": QCoreApplication.translate("Translations", "Notes"),
        "dress_code": QCoreApplication.translate("Translations", "Dress code"),
        "name": QCoreApplication.translate("Translations", "Name"),
        "room": QCoreApplication.translate("Translations", "Room"),
        "address": QCoreApplication.translate("Translations", "Address"),
        "organisation": QCoreApplication.translate("Translations", "Organisation"),
        "partner_city": QCoreApplication.translate("Translations", "Partner city"),
        "description": QCoreApplication.translate("Translations", "Description"),
        "circumstances": QCoreApplication.translate("Translations", "Circumstances"),
    }
    if field in names:
        return names[field]
    text = field.replace("_", " ")
    return text[:1].upper() + text[1:]


def kind_name(kind: str) -> str:
    """A kind of translatable record by name, in the UI language ("Program item")."""
    names = {
        "visit": QCoreApplication.translate("Translations", "Visit"),
        "program_item": QCoreApplication.translate("Translations", "Program item"),
        "venue": QCoreApplication.translate("Translations", "Venue"),
        "person": QCoreApplication.translate("Translations", "Person"),
        "partnership": QCoreApplication.translate("Translations", "Partnership"),
        "gift": QCoreApplication.translate("Translations", "Gift"),
        "residency": QCoreApplication.translate("Translations", "Residency"),
        "exhibition": QCoreApplication.translate("Translations", "Exhibition"),
    }
    return names.get(kind, kind)


def translated_field_label(key: str, label_of: Callable[[str], str]) -> str | None:
    """``"title@ko"`` as "Title (Korean)" (``label_of`` names the field); None for a plain
    field name."""
    parts = split_key(key)
    if parts is None:
        return None
    field, language = parts
    return (
        QCoreApplication.translate("Translations", "%1 (%2)")
        .replace("%1", label_of(field))
        .replace("%2", language_name(language))
    )


def missing_text(languages: Sequence[str]) -> str:
    """ "No Korean translation" / "No Korean and English translation"."""
    names = [language_name(language) for language in languages]
    if len(names) == 1:
        return QCoreApplication.translate("Translations", "No %1 translation").replace(
            "%1", names[0]
        )
    return (
        QCoreApplication.translate("Translations", "No %1 and %2 translation")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


class _SubmitLine(QLineEdit):
    """A translation on one line: Enter or leaving the field saves it."""


class _SubmitText(CommitTextEdit):
    """A translation of several lines: Ctrl+Enter or leaving the field saves it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)


class TranslationPanel(QWidget):
    """One field's texts side by side: the original first (marked), then the others.

    ``submitted(language, text, base)`` when a translation's edit is finished with a
    changed text (``base``: the stored text the typing started from);
    ``make_original(language)`` when its "Make original" button is pressed."""

    submitted = Signal(str, str, str)
    make_original = Signal(str)

    def __init__(self, field: str, multiline: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"translations_{field}")
        self.setStyleSheet(
            f"#translations_{field} {{ border: 1px solid palette(mid); border-radius: 3px; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 6, 4)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.original_language = DEFAULT_LANGUAGE
        self.headers: dict[str, QLabel] = {}
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.make_buttons: dict[str, QPushButton] = {}
        self._loaded: dict[str, str] = {}
        #: The field the texts belong to: Tab goes from it through the open texts.
        self.anchor: QWidget | None = None
        for language in CONTENT_LANGUAGES:
            header = QLabel(self)
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setObjectName(f"header_{field}_{language}")
            editor: QLineEdit | QPlainTextEdit
            if multiline:
                editor = _SubmitText(self)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(54)
            else:
                editor = _SubmitLine(self)
            editor.setObjectName(f"{field}_{language}")
            editor.editingFinished.connect(lambda lang=language: self._finished(lang))
            header.setBuddy(editor)
            button = QPushButton(self.tr("Make original"), self)
            button.setObjectName(f"make_original_{field}_{language}")
            button.setToolTip(
                self.tr("Make this text the original; the others become its translations")
            )
            button.clicked.connect(
                lambda _checked=False, lang=language: self.make_original.emit(lang)
            )
            writes(editor, button)
            self.headers[language] = header
            self.editors[language] = editor
            self.make_buttons[language] = button
        self.error = error_label(self, f"translations_{field}")
        self.error.setStyleSheet(ERROR_STYLE)
        self._arrange()
        self.hide()

    def languages(self) -> list[str]:
        """The columns from left to right: the original, then the others."""
        return [self.original_language] + [
            language for language in CONTENT_LANGUAGES if language != self.original_language
        ]

    def _arrange(self) -> None:
        for column, language in enumerate(self.languages()):
            self.grid.addWidget(self.headers[language], 0, column)
            self.grid.addWidget(self.editors[language], 1, column)
            self.grid.addWidget(self.make_buttons[language], 2, column, Qt.AlignmentFlag.AlignLeft)
            self.grid.setColumnStretch(column, 1)
        self.grid.addWidget(self.error, 3, 0, 1, len(CONTENT_LANGUAGES))
        previous: QWidget | None = self.anchor
        for language in self.languages():
            for widget in (self.editors[language], self.make_buttons[language]):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def show_texts(
        self, original_language: str, texts: Mapping[str, str], *, fresh: bool = False
    ) -> None:
        """Show the texts (language → text); a translation being typed in keeps its typing,
        based on the text it started from, so that saving it over a colleague's new text is
        a conflict, not a silent overwrite (``fresh``: another record, nothing is kept)."""
        if fresh:
            self._loaded.clear()
            self.show_error("")
        if original_language != self.original_language:
            self.original_language = original_language
            self._arrange()
        for language, editor in self.editors.items():
            text = texts.get(language, "")
            original = language == original_language
            if original:
                self.headers[language].setText(
                    self.tr("%1 (original)").replace("%1", language_name(language))
                )
            else:
                self.headers[language].setText(language_name(language))
            editor.setReadOnly(original)
            # The original is edited in the field itself: here it is shown, greyed.
            editor.setStyleSheet("background: palette(window);" if original else "")
            editor.setToolTip(plain_tooltip(text) if original and text else "")
            self.make_buttons[language].setVisible(not original)
            loaded = self._loaded.get(language)
            typing = loaded is not None and self._text(editor) != loaded
            if typing and not original and self._text(editor) != text:
                continue
            self._set_text(editor, text)
            self._loaded[language] = text

    @staticmethod
    def _text(editor: QLineEdit | QPlainTextEdit) -> str:
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    @staticmethod
    def _set_text(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
        if isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
        else:
            editor.setText(text)
            editor.setCursorPosition(0)

    def text(self, language: str) -> str:
        return self._text(self.editors[language])

    def _finished(self, language: str) -> None:
        if language == self.original_language:
            return
        text = self._text(self.editors[language])
        base = self._loaded.get(language, "")
        if text == base:
            return
        self._loaded[language] = text
        self.submitted.emit(language, text, base)

    def forget(self, language: str) -> None:
        """After a refused save: the next finish submits the text again."""
        self._loaded.pop(language, None)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def first_translation(self) -> QWidget:
        return self.editors[self.languages()[1]]


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    """The box layout (inside ``layout``) that holds ``widget`` directly."""
    if layout is None:
        return None
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        found = _layout_holding(child, widget)
        if found is not None:
            return found
    return None


class TranslatedField(QObject):
    """The parts added to one field: the globe button, the missing mark and the panel."""

    def __init__(self, field: str, widget: QWidget, caption: str, owner: TranslatableFields):
        cell = widget.parentWidget()
        super().__init__(cell)
        self.field = field
        self.widget = widget
        self.caption = caption
        multiline = isinstance(widget, QPlainTextEdit)
        self.button = QToolButton(cell)
        self.button.setObjectName(f"translate_{field}")
        self.button.setIcon(icon("translate"))
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        # Tab goes from the field to the next one (or through its open texts); the
        # shortcut opens them from the keyboard.
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        tip = QCoreApplication.translate("Translations", "Other languages of %1").replace(
            "%1", caption
        )
        self.button.setToolTip(
            plain_tooltip(
                f"{tip} ({QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        )
        self.button.setAccessibleName(tip)
        self.mark = QLabel(cell)
        self.mark.setObjectName(f"missing_{field}")
        self.mark.setPixmap(icon("translate_missing", "#c77700").pixmap(16, 16))
        self.mark.hide()
        self.panel = TranslationPanel(field, multiline, cell)
        box = _layout_holding(cell.layout() if cell is not None else None, widget)
        if box is not None:
            index = box.indexOf(widget)
            box.removeWidget(widget)
            row = QHBoxLayout()
            row.setSpacing(2)
            row.addWidget(widget, 1)
            row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
            box.insertLayout(index, row)
            box.insertWidget(index + 1, self.panel)
        self.panel.anchor = widget
        self.panel._arrange()
        self.button.toggled.connect(self._toggled)
        shortcut = QShortcut(QKeySequence(SHORTCUT), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.toggle)
        self.panel.submitted.connect(
            lambda lang, text, base: owner.save_text(field, lang, text, base=base)
        )
        self.panel.make_original.connect(owner.make_original_for(field))

    def _toggled(self, on: bool) -> None:
        self.panel.setVisible(on)
        if on:
            self.panel.first_translation().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle(self) -> None:
        """Open the translations (the first translation gets the focus) or close them."""
        self.button.setChecked(not self.button.isChecked())
        if not self.button.isChecked():
            self.widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_missing(self, languages: Sequence[str]) -> None:
        if languages:
            self.mark.setToolTip(plain_tooltip(missing_text(languages)))
            self.mark.setAccessibleName(missing_text(languages))
        self.mark.setVisible(bool(languages))


class TranslatableFields(QObject):
    """The translations of one editor's record: attach its translatable fields, ``load``
    the record it shows (a read model), and the texts are edited beside each field.

    ``target()`` gives the service and the id of the record shown (None: nothing shown);
    ``languages()`` the languages the record's texts should exist in (for the marks)."""

    #: A translation or the original language was saved (field).
    saved = Signal(str)

    def __init__(
        self,
        context: Any,
        kind: str,
        target: Callable[[], tuple[RecordService[Any], int] | None],
        parent: QObject,
        *,
        languages: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.target = target
        self.languages = languages or (lambda: CONTENT_LANGUAGES)
        self.fields: dict[str, TranslatedField] = {}
        self.record: Any = None

    # --- building -------------------------------------------------------------------------
    def attach(self, field: str, widget: QWidget, caption: str) -> TranslatedField:
        assert field in TRANSLATABLE[self.kind], field
        part = self.fields[field] = TranslatedField(
            field, widget, caption.replace("&&", "\0").replace("&", "").replace("\0", "&"), self
        )
        return part

    def attach_form(self, form: Any, fields: Sequence[str] | None = None) -> None:
        """Attach the fields of a ``Form`` (``ui/widgets/forms.py``) that are translatable."""
        from exchange_planner.ui.widgets.forms import field_caption

        for field in fields or TRANSLATABLE[self.kind]:
            if field in form.widgets:
                self.attach(field, form.widgets[field], field_caption(form, field))

    # --- showing --------------------------------------------------------------------------
    def load(self, record: Any) -> None:
        """Show the texts of ``record`` (a read model; None: nothing is shown)."""
        fresh = record is None or self.record is None or record.id != self.record.id
        self.record = record
        if record is None:
            for part in self.fields.values():
                part.button.setChecked(False)
                part.panel.show_error("")
                part.show_missing(())
            return
        original = getattr(record, "original_language", "") or DEFAULT_LANGUAGE
        try:
            wanted = list(self.languages())
        except ExchangePlannerError:
            wanted = []
        for field, part in self.fields.items():
            part.panel.show_texts(original, texts_of(record, field), fresh=fresh)
            part.show_missing(missing_languages(record, field, wanted))

    def reread(self) -> None:
        target = self.target()
        if target is None:
            self.load(None)
            return
        service, record_id = target
        try:
            self.load(service.get(record_id))
        except ExchangePlannerError:
            self.load(None)

    def panel(self, field: str) -> TranslationPanel:
        return self.fields[field].panel

    def record_id(self) -> int | None:
        target = self.target()
        return None if target is None else target[1]

    def open(self, field: str, language: str = "") -> QWidget | None:
        """Open the field's translations and put the focus in ``language`` (the first
        translation if not given); returns the field that has the focus."""
        part = self.fields.get(field)
        if part is None:
            return None
        part.button.setChecked(True)
        panel = part.panel
        editor = panel.editors.get(language)
        if editor is None or language == panel.original_language:
            editor = panel.first_translation()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    # --- saving ---------------------------------------------------------------------------
    def _shown(self) -> dict[str, Any]:
        record = self.record
        values = {field: getattr(record, field) for field in TRANSLATABLE[self.kind]}
        values["translations"] = record.translations.to_dict()
        values["original_language"] = record.original_language
        values["row_version"] = getattr(record, "row_version", None)
        return values

    def save_text(self, field: str, language: str, text: str, *, base: str | None = None) -> bool:
        """Save one translation as an undoable edit, based on the text ``base`` the typing
        started from (by default the one shown); a refusal shows under the texts."""
        target = self.target()
        part = self.fields[field]
        if target is None or self.record is None:
            return False
        service, record_id = target
        shown = self._shown()
        if base is not None and base != self.record.translations.get_text(field, language):
            # typed over a text someone else has changed since: checked text by text
            shown["translations"] = with_text(shown["translations"], field, language, base)
            shown["row_version"] = None
        new = with_text(shown["translations"], field, language, text)
        label = translated_field_label(f"{field}@{language}", lambda _f: part.caption) or field
        return self._push(
            part,
            QCoreApplication.translate("Translations", "Change %1").replace("%1", label),
            service,
            record_id,
            {"translations": new},
            shown,
            language,
        )

    def make_original_for(self, field: str) -> Callable[[str], None]:
        return lambda language: self.make_original(field, language)

    def make_original(self, field: str, language: str) -> bool:
        """Make ``language`` the original of the record's texts; refused (with a message)
        while a text of the record has an original but nothing in that language."""
        target = self.target()
        part = self.fields[field]
        if target is None or self.record is None:
            return False
        service, record_id = target
        try:
            plain, translations = swap_original(self.record, TRANSLATABLE[self.kind], language)
        except ValueError as missing:
            name = str(missing)
            caption = self.fields[name].caption if name in self.fields else name
            part.panel.show_error(
                QCoreApplication.translate(
                    "Translations",
                    "%1 has no %2 text yet: write it before making %2 the original.",
                )
                .replace("%1", caption)
                .replace("%2", language_name(language))
            )
            return False
        changes: dict[str, Any] = {
            **plain,
            "translations": translations,
            "original_language": language,
        }
        text = QCoreApplication.translate("Translations", "Make %1 the original").replace(
            "%1", language_name(language)
        )
        return self._push(part, text, service, record_id, changes, self._shown(), "")

    def _push(
        self,
        part: TranslatedField,
        text: str,
        service: RecordService[Any],
        record_id: int,
        changes: dict[str, Any],
        shown: dict[str, Any],
        language: str,
    ) -> bool:
        from exchange_planner.ui.conflicts import field_label, push_checked
        from exchange_planner.ui.undo import UpdateRecord

        def label_of(name: str) -> str:
            def caption(field: str) -> str:
                return self.fields[field].caption if field in self.fields else field_label(field)

            return translated_field_label(name, caption) or caption(name)

        panel = part.panel
        try:
            command = UpdateRecord(
                text, service, self.kind, self.context.events, record_id, changes, shown
            )
            if not push_checked(
                panel, self.context.undo_stack, command, reload=self.reread, label_of=label_of
            ):
                return False
        except ValidationError as error:
            if language:
                panel.forget(language)
            panel.show_error(error.message)
            return False
        except ExchangePlannerError as error:
            if language:
                panel.forget(language)
            panel.show_error(str(error))
            return False
        panel.show_error("")
        self.reread()
        self.saved.emit(part.field)
        return True


def open_translation(
    root: QWidget, kind: str, record_id: int, field: str, language: str
) -> QWidget | None:
    """Open the translations of ``field`` in the editor under ``root`` that shows the
    record (and is on screen); returns the translation field that got the focus."""
    for binding in root.findChildren(TranslatableFields):
        part = binding.fields.get(field)
        if (
            binding.kind == kind
            and part is not None
            and binding.record_id() == record_id
            and part.widget.isVisible()
        ):
            return binding.open(field, language)
    return None
