"""Forms with an inline red error line under each field, shared by every editor.

``Form`` builds labelled fields and reads/writes them as plain Python values (str, date,
datetime, bool, the combo's data, None). Every editor saves field by field: it listens to
``edited(name, value)`` and runs the change through ``push_edit``, which shows a refusal under
its field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QHelpEvent, QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.ui.change_feed import changed_by
from exchange_planner.ui.plain import plain_tooltip
from exchange_planner.ui.widgets.date_field import DateField, DateTimeField, localize_dates

ERROR_STYLE = "color: #c62828;"

#: Asks a yes/no question; replaced in tests. (parent, title, text) -> bool
Confirm = Callable[[QWidget, str, str], bool]


#: Room a title bar needs beside its text: the window icon and the minimise, maximise and
#: close buttons.
TITLE_BAR_EXTRA = 160


def title_width(window: QWidget) -> int:
    """The width ``window`` needs for its whole title in the title bar (whose font is often
    bold or larger than the window's own)."""
    title = window.windowTitle()
    bold = window.font()
    bold.setBold(True)
    text = max(
        QFontMetrics(font).horizontalAdvance(title)
        for font in (window.font(), bold, QApplication.font("QMdiSubWindowTitleBar"))
    )
    return text + TITLE_BAR_EXTRA


def fit_title(window: QWidget) -> None:
    """Make ``window`` at least as wide as its title needs in the title bar. Call it once the
    window's layout is filled: the width joins the layout's own minimum (a zero-height spacer
    across it), so the layout can still ask for more."""
    width = title_width(window)
    spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    layout = window.layout()
    if isinstance(layout, QGridLayout):
        layout.addItem(spacer, layout.rowCount(), 0, 1, max(layout.columnCount(), 1))
    elif isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    ):
        layout.addSpacerItem(spacer)
    else:
        window.setMinimumWidth(max(window.minimumSizeHint().width(), width))


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def error_label(parent: QWidget, name: str = "") -> QLabel:
    """A hidden red message line; ``name`` gives it the object name ``error_<name>``."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
    if name:
        label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def add_field_row(
    layout: QFormLayout, parent: QWidget, label: str, widget: QWidget, error: QLabel
) -> QLabel:
    """One form row: the caption (buddy of the widget), the widget and its error line below."""
    cell = QWidget(parent)
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    error.setParent(cell)
    box.addWidget(error)
    caption = QLabel(label, parent)
    caption.setBuddy(widget)
    layout.addRow(caption, cell)
    return caption


def fill_combo(
    combo: QComboBox, items: Sequence[tuple[str, Any]], item_icon: QIcon | None = None
) -> None:
    """Replace the items (each with ``item_icon`` if given), keeping the chosen value when it
    is still offered. No signals: the caller refreshes what depends on the choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        if item_icon is None:
            combo.addItem(text, data)
        else:
            combo.addItem(item_icon, text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
    combo.blockSignals(False)


class ElidingComboBox(QComboBox):
    """A combo box narrower than its longest choice: the current text ends in "…" instead of
    being cut off, and its tooltip shows it whole."""

    def _text_rect_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return (
            self.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                self,
            )
            .width()
        )

    def is_elided(self) -> bool:
        text = self.currentText()
        return bool(text) and self.fontMetrics().horizontalAdvance(text) > self._text_rect_width()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        width = self._text_rect_width() - 2
        if not option.currentIcon.isNull():
            width -= option.iconSize.width() + 4
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(width, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.is_elided():
            assert isinstance(event, QHelpEvent)
            # The choice is user text, shown as it is, never as markup.
            QToolTip.showText(event.globalPos(), plain_tooltip(self.currentText()), self)
            return True
        return super().event(event)


#: What a field with unsaved input does when the stored value changed under it
#: (``merge_typing``): take the stored value, keep the typing quietly, or ask the user.
TAKE, KEEP, ASK = "take", "keep", "ask"


def merge_typing(base: Any, mine: Any, theirs: Any, same: Callable[[Any, Any], bool]) -> str:
    """A field showed ``base``, holds the unsaved ``mine``, and now ``theirs`` is stored.

    No unsaved input, or the same value stored: ``TAKE`` it. The stored value did not move
    (another field of the record changed): ``KEEP`` the typing. Otherwise someone else changed
    this very field to another value: ``ASK`` (both are shown, the user chooses)."""
    if same(mine, base) or same(mine, theirs):
        return TAKE
    if same(theirs, base):
        return KEEP
    return ASK


def _equal(a: Any, b: Any) -> bool:
    return a == b


def shown_text(widget: QWidget, fallback: Any = None) -> str:
    """What a field widget shows, as one line of plain text."""
    if isinstance(widget, QComboBox):
        text = widget.currentText()
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
    elif isinstance(widget, QLineEdit | QAbstractSpinBox) or hasattr(widget, "text"):
        text = widget.text()  # type: ignore[attr-defined]
    else:
        text = "" if fallback is None else str(fallback)
    return " ".join(str(text).split())


class _Typing:
    """The unsaved input of a text field (text, cursor, modified flag), put back as it was
    after the field showed another value for a moment."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.text: str | None = None
        if isinstance(widget, QLineEdit):
            self.text, self.cursor = widget.text(), widget.cursorPosition()
            self.modified = widget.isModified()
        elif isinstance(widget, QPlainTextEdit):
            self.text, self.cursor = widget.toPlainText(), widget.textCursor().position()

    def restore(self, fallback: Callable[[], None]) -> None:
        widget = self.widget
        if self.text is None:
            fallback()
        elif isinstance(widget, QLineEdit):
            widget.setText(self.text)
            widget.setModified(self.modified)
            widget.setCursorPosition(self.cursor)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(self.text)
            cursor = widget.textCursor()
            cursor.setPosition(min(self.cursor, len(self.text)))
            widget.setTextCursor(cursor)


class TheirsNote(QWidget):
    """Under a field whose unsaved input someone else overtook: who changed the stored value
    to what, and the choice between theirs and the typed text (plain text, keyboard
    reachable: Tab from the field reaches both buttons)."""

    use_theirs = Signal()
    keep_mine = Signal()

    #: Longest stored value quoted in full; longer ones end in "…".
    QUOTE = 120

    def __init__(self, field: QWidget) -> None:
        cell = field.parentWidget()
        super().__init__(cell)
        self.setObjectName(f"theirs_{field.objectName()}")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes user text
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #8a5a00;")
        self.theirs_button = QPushButton(self.tr("Use theirs"), self)
        self.theirs_button.setObjectName("use_theirs")
        self.theirs_button.setToolTip(self.tr("Show the stored value; your typing is dropped"))
        self.mine_button = QPushButton(self.tr("Keep mine"), self)
        self.mine_button.setObjectName("keep_mine")
        self.mine_button.setToolTip(self.tr("Save your text over theirs (Ctrl+Z undoes it)"))
        self.theirs_button.clicked.connect(self.use_theirs)
        self.mine_button.clicked.connect(self.keep_mine)
        row = QGridLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 0, 0, 1, 3)
        row.addWidget(self.theirs_button, 1, 0)
        row.addWidget(self.mine_button, 1, 1)
        row.setColumnStretch(2, 1)
        layout = cell.layout() if cell is not None else None
        if layout is not None:
            layout.addWidget(self)
        QWidget.setTabOrder(field, self.theirs_button)
        QWidget.setTabOrder(self.theirs_button, self.mine_button)
        self.hide()

    def show_theirs(self, user: str, text: str) -> None:
        if len(text) > self.QUOTE:
            text = text[: self.QUOTE - 1] + "…"
        if user:
            message = self.tr("%1 changed this to “%2”").replace("%1", user).replace("%2", text)
        else:
            message = self.tr("This was changed meanwhile to “%1”").replace("%1", text)
        self.label.setText(message)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports ``editingFinished`` when it loses focus."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class Form(QWidget):
    """Fields in a form layout; ``edited(name, value)`` when the user finished changing one.

    With ``general_error`` a message line on top takes refusals that name no field here.
    """

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, *, general_error: bool = False) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._loaded: dict[str, Any] = {}
        #: Fields whose edit was refused and whose text is kept (see ``forget``).
        self._unsaved: set[str] = set()
        self._loading = False
        #: The record shown (its ``id`` as loaded): a load of the same record is a refresh.
        self._record_key: Any = None
        #: Fields whose unsaved input someone else overtook: the stored value, as loaded.
        self._theirs: dict[str, Any] = {}
        self.notes: dict[str, TheirsNote] = {}
        #: The fields being saved by "Keep mine" (``push_edit`` overwrites for them).
        self.overwriting: set[str] = set()
        #: Placeholders ("— to be named —") put aside while the form shows nothing.
        self._hidden_placeholders: dict[str, str] = {}
        self.general_error: QLabel | None = None
        if general_error:
            self.general_error = error_label(self)
            self.layout_.addRow(self.general_error)

    # --- building -------------------------------------------------------------------------
    def add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
        tooltip: str = "",
    ) -> QWidget:
        error = error_label(self, name)
        add_field_row(self.layout_, self, label, widget, error)
        if tooltip:
            widget.setToolTip(tooltip)
        widget.setObjectName(name)
        self.widgets[name] = widget
        self.errors[name] = error
        self._getters[name] = getter
        self._setters[name] = setter
        return widget

    def text(
        self,
        name: str,
        label: str,
        *,
        max_length: int = 0,
        tooltip: str = "",
        cap: int = 0,
    ) -> QLineEdit:
        """A line edit. ``max_length`` is the rule's limit and cuts nothing: an over-long
        value is refused with a message naming the limit. ``cap`` (if given) is the most
        the widget takes at all, in characters."""
        edit = QLineEdit(self)
        if cap:
            # Qt counts UTF-16 units: an emoji is two. Doubled, the cap never cuts a value the
            # rule accepts, and what it cuts is still too long, so it is refused, not shortened.
            edit.setMaxLength(2 * cap)
        edit.editingFinished.connect(lambda: self._finished(name))
        self.add(
            name,
            label,
            edit,
            edit.text,
            lambda v: (edit.setText("" if v is None else str(v)), edit.setCursorPosition(0)),
            tooltip,
        )
        return edit

    def multiline(
        self, name: str, label: str, *, height: int = 60, max_height: int = 0
    ) -> CommitTextEdit:
        """A multi-line field of fixed ``height``, or growing up to ``max_height`` if given."""
        edit = CommitTextEdit(self)
        edit.setTabChangesFocus(True)
        if max_height:
            edit.setMaximumHeight(max_height)
        else:
            edit.setFixedHeight(height)
        edit.editingFinished.connect(lambda: self._finished(name))
        self.add(name, label, edit, edit.toPlainText, lambda v: edit.setPlainText(v or ""))
        return edit

    def combo(
        self,
        name: str,
        label: str,
        choices: Sequence[tuple[str, Any]] = (),
        *,
        min_contents: int = 0,
    ) -> QComboBox:
        box = ElidingComboBox(self) if min_contents else QComboBox(self)
        if min_contents:
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(min_contents)
        box.activated.connect(lambda _index: self._finished(name))

        def setter(value: Any) -> None:
            index = box.findData(value)
            if index < 0 and value is not None and hasattr(value, "value"):
                index = box.findData(value.value)
            box.setCurrentIndex(max(index, 0) if box.count() else -1)

        self.add(name, label, box, box.currentData, setter)
        self.set_choices(name, choices)
        return box

    def set_choices(self, name: str, choices: Sequence[tuple[str, Any]]) -> None:
        box = self.widgets[name]
        assert isinstance(box, QComboBox)
        fill_combo(box, choices)

    def date(
        self, name: str, label: str, *, optional: bool = False, wide_range: bool = False
    ) -> DateField:
        """A date field that takes typed dates (20.7.2027, 20072027, 2027-07-20, the
        locale's short format) or a pick from its calendar. Any year is taken, so that the
        rule's own message is shown for one it refuses (``wide_range`` is kept for callers)."""
        edit = DateField(self, optional=optional)
        edit.committed.connect(lambda: self._finished(name))
        edit.refused.connect(lambda message: self._refused(name, message))
        self.add(name, label, edit, edit.typed_value, edit.set_value)
        return edit

    def datetime(self, name: str, label: str, *, optional: bool = False) -> DateTimeField:
        """A date field and a time field (``HH:mm``), read as one naive datetime."""
        edit = DateTimeField(self, optional=optional)
        edit.committed.connect(lambda: self._finished(name))
        edit.refused.connect(lambda message: self._refused(name, message))
        self.add(name, label, edit, edit.typed_value, edit.set_value)
        edit.date_edit.setObjectName(f"{name}_date")
        edit.time_edit.setObjectName(f"{name}_time")
        return edit

    def check(self, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.toggled.connect(lambda _on: self._finished(name))
        self.add(name, "", box, box.isChecked, lambda v: box.setChecked(bool(v)))
        return box

    # --- values ---------------------------------------------------------------------------
    def load(self, values: dict[str, Any]) -> None:
        """Show stored values (no ``edited`` signals) and clear the error lines.

        Loading the record already shown again (the same ``id``, or values without one) is a
        refresh: a field with unsaved input keeps it; when someone else changed that very
        field, a note under it shows their value and offers "Use theirs" / "Keep mine"."""
        for name, text in self._hidden_placeholders.items():
            self.widgets[name].setPlaceholderText(text)  # type: ignore[attr-defined]
        self._hidden_placeholders.clear()
        if "id" in values and values["id"] != self._record_key:
            self._record_key = values["id"]
            self._drop_notes()
            self._unsaved.clear()
            refresh = False
        else:
            refresh = True
        self._loading = True
        try:
            for name, value in values.items():
                if name not in self._setters:
                    continue
                if refresh and name in self._unsaved:
                    continue  # a refused edit's text stays until it is saved
                if refresh and name in self._loaded and self._pending(name):
                    self._merge(name, value)
                    continue
                self._setters[name](value)
                self._loaded[name] = self._getters[name]()
                self._hide_note(name)
        finally:
            self._loading = False
        self.clear_errors()

    def _pending(self, name: str) -> bool:
        """The field holds input not saved yet (it differs from what was loaded)."""
        return name in self._theirs or self._getters[name]() != self._loaded[name]

    def _merge(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        base, mine = self._loaded[name], self._getters[name]()
        typing = _Typing(widget)
        self._setters[name](value)
        theirs, text = self._getters[name](), shown_text(widget, value)
        choice = merge_typing(base, mine, theirs, _equal)
        if choice != TAKE or theirs == mine:  # the typing stays (its cursor too)
            typing.restore(lambda: self._setters[name](mine))
        if choice == TAKE:
            self._loaded[name] = theirs
            self._hide_note(name)
        elif choice == ASK:
            self._loaded[name] = theirs
            self._theirs[name] = value
            self._note(name).show_theirs(changed_by(), text)

    def _note(self, name: str) -> TheirsNote:
        note = self.notes.get(name)
        if note is None:
            note = self.notes[name] = TheirsNote(self.widgets[name])
            note.use_theirs.connect(lambda: self.use_theirs(name))
            note.keep_mine.connect(lambda: self.keep_mine(name))
        return note

    def _hide_note(self, name: str) -> None:
        self._theirs.pop(name, None)
        note = self.notes.get(name)
        if note is not None and not note.isHidden():
            focus = QApplication.focusWidget()
            focused = focus is not None and note.isAncestorOf(focus)
            note.hide()
            if focused:
                self.widgets[name].setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_notes(self) -> None:
        for name in list(self._theirs):
            self._hide_note(name)

    def note_text(self, name: str) -> str:
        """The note under a field about someone else's value ("" when none is shown)."""
        note = self.notes.get(name)
        return "" if note is None else note.text()

    def use_theirs(self, name: str) -> None:
        """The stored value replaces the unsaved input (nothing is written)."""
        if name not in self._theirs:
            return
        value = self._theirs[name]
        self._loading = True
        try:
            self._setters[name](value)
            self._loaded[name] = self._getters[name]()
        finally:
            self._loading = False
        self._hide_note(name)

    def keep_mine(self, name: str) -> None:
        """Save the unsaved input over the other person's value (one undoable edit)."""
        if name not in self._theirs:
            return
        self._hide_note(name)
        value = self._getters[name]()
        self._loaded[name] = value
        self.overwriting.add(name)
        try:
            self.edited.emit(name, value)
        finally:
            self.overwriting.discard(name)

    def values(self) -> dict[str, Any]:
        return {name: getter() for name, getter in self._getters.items()}

    def value(self, name: str) -> Any:
        return self._getters[name]()

    def set_value(self, name: str, value: Any) -> None:
        """Set a field as if the user had typed it (emits ``edited`` when it changes)."""
        self._setters[name](value)
        self._finished(name)

    def _finished(self, name: str) -> None:
        if self._loading or name in self._theirs:
            return  # a field showing someone else's value waits for "Use theirs"/"Keep mine"
        value = self._getters[name]()
        if name in self._loaded and self._loaded[name] == value:
            return
        self._loaded[name] = value
        self._unsaved.discard(name)
        self.edited.emit(name, value)

    def _refused(self, name: str, message: str) -> None:
        """Typed text that is no value: the message under the field, nothing is saved."""
        if not self._loading:
            self.show_error(name, message)

    def clear(self) -> None:
        """Show nothing (for a disabled editor without a record): empty texts, no choice,
        no date, unticked, no placeholder (``load`` brings them back); no ``edited`` signals,
        no error lines."""
        self._record_key = None
        self._drop_notes()
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(-1)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(False)
                elif isinstance(widget, QPlainTextEdit):
                    widget.clear()
                elif hasattr(widget, "set_value"):  # dates, times, record pickers
                    widget.set_value(None)  # type: ignore[attr-defined]
                    if isinstance(widget, QLineEdit):
                        widget.setText("")  # not even a picker's "(none)"
                elif isinstance(widget, QLineEdit):
                    widget.clear()
                if isinstance(widget, QLineEdit) and widget.placeholderText():
                    self._hidden_placeholders[name] = widget.placeholderText()
                    widget.setPlaceholderText("")  # not even a grey hint
                self._loaded.pop(name, None)
        finally:
            self._loading = False
        self.clear_errors()

    def forget(self, name: str, *, keep_typing: bool = False) -> None:
        """After a refused edit: the next finish reports the value again. ``keep_typing``:
        the refused text stays in the field through refreshes of the same record (e.g. the
        server was away), until it is saved or another record is shown."""
        self._loaded.pop(name, None)
        if keep_typing:
            self._unsaved.add(name)
        else:
            self._unsaved.discard(name)

    # --- errors ---------------------------------------------------------------------------
    def show_error(self, name: str, message: str) -> None:
        message = localize_dates(message)
        label = self.errors.get(name)
        if label is None:  # the field is not on this form: show it on top or under the first
            label = self.general_error or next(iter(self.errors.values()))
            if self.general_error is None:
                message = f"{name}: {message}"
        label.setText(message)
        label.show()

    def clear_errors(self, name: str | None = None) -> None:
        labels = [label for key, label in self.errors.items() if name is None or key == name]
        if name is None and self.general_error is not None:
            labels.append(self.general_error)
        for label in labels:
            label.clear()
            label.hide()

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return "" if label.isHidden() else label.text()


def mark_overwrite(command: Any) -> Any:
    """The user chose "Keep mine" over someone else's newer value: the edit is written even
    though the record moved on (``UpdateRecord`` then writes with ``overwrite=True``)."""
    command.overwrite = True
    return command


def push_edit(
    form: Form,
    stack: Any,
    command_factory: Callable[[], Any],
    name: str,
    *,
    reload: Callable[[], None] | None = None,
) -> bool:
    """Run an edit through the undo stack; a refusal shows up under the field, not in a box.
    An edit saved by "Keep mine" overwrites the other person's value.

    An edit refused because someone else changed the field meanwhile offers Reload /
    Overwrite (``ui/conflicts.py``); Reload calls ``reload`` to show what is stored."""
    from exchange_planner.ui.conflicts import field_label, push_checked
    from exchange_planner.ui.wording import validation_text

    def reread() -> None:
        form.forget(name)  # the field shows the stored value again, not the refused typing
        if reload is not None:
            reload()

    def label_of(field: str) -> str:
        return field_caption(form, field) if field in form.widgets else field_label(field)

    try:
        command = command_factory()
        if name in form.overwriting:
            mark_overwrite(command)
        if not push_checked(form, stack, command, reload=reread, label_of=label_of):
            return False
    except ValidationError as error:
        form.forget(name)
        form.show_error(error.field if error.field in form.errors else name, validation_text(error))
        return False
    except ExchangePlannerError as error:
        form.forget(name, keep_typing=True)  # e.g. the server was away: the text waits
        form.show_error(name, str(error))
        return False
    form.clear_errors()
    return True


def field_caption(form: Form, name: str) -> str:
    """The label of a field without its accelerator, for the undo text ("Change Title")."""
    widget = form.widgets[name]
    label = form.layout_.labelForField(widget.parentWidget())
    text = label.text() if label is not None else ""  # type: ignore[attr-defined]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&") or name


def settle_edits(editor: QWidget) -> None:
    """Let a field of ``editor`` that still has the focus finish its edit before the editor
    shows another record: fields save when they lose the focus, so the focus is taken away."""
    focus = QApplication.focusWidget()
    if focus is not None and editor.isAncestorOf(focus):
        focus.clearFocus()
