"""Small form helpers for the visit editor: fields with an inline error line under each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.ui.undo import push

_NO_DATE = QDate(1900, 1, 1)

#: Asks a yes/no question; replaced in tests. (parent, title, text) -> bool
Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class PlainTextEdit(QPlainTextEdit):
    """A multi-line field that reports ``editingFinished`` when it loses focus."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class Form(QWidget):
    """Fields in a form layout; ``edited(name, value)`` when the user finished changing one."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._loaded: dict[str, Any] = {}
        self._loading = False

    # --- building -------------------------------------------------------------------------
    def _add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
        tooltip: str = "",
    ) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, holder)
        if tooltip:
            widget.setToolTip(tooltip)
        widget.setObjectName(name)
        self.widgets[name] = widget
        self.errors[name] = error
        self._getters[name] = getter
        self._setters[name] = setter
        return widget

    def text(self, name: str, label: str, *, max_length: int = 0, tooltip: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        # No input mask or max length: an over-long value is refused with a message naming
        # the limit instead of being cut silently.
        edit.editingFinished.connect(lambda: self._finished(name))
        self._add(
            name,
            label,
            edit,
            edit.text,
            lambda v: edit.setText("" if v is None else str(v)),
            tooltip,
        )
        return edit

    def multiline(self, name: str, label: str, *, height: int = 60) -> PlainTextEdit:
        edit = PlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.editingFinished.connect(lambda: self._finished(name))
        self._add(name, label, edit, edit.toPlainText, lambda v: edit.setPlainText(v or ""))
        return edit

    def combo(self, name: str, label: str, choices: Sequence[tuple[str, Any]] = ()) -> QComboBox:
        box = QComboBox(self)
        box.activated.connect(lambda _index: self._finished(name))

        def setter(value: Any) -> None:
            index = box.findData(value)
            if index < 0 and value is not None and hasattr(value, "value"):
                index = box.findData(value.value)
            box.setCurrentIndex(max(index, 0) if box.count() else -1)

        self._add(name, label, box, box.currentData, setter)
        self.set_choices(name, choices)
        return box

    def set_choices(self, name: str, choices: Sequence[tuple[str, Any]]) -> None:
        box = self.widgets[name]
        assert isinstance(box, QComboBox)
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, value in choices:
            box.addItem(text, value)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0) if box.count() else -1)
        box.blockSignals(False)

    def date(self, name: str, label: str, *, optional: bool = False) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setKeyboardTracking(False)
        if optional:
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText("—")
        edit.editingFinished.connect(lambda: self._finished(name))

        def getter() -> date | None:
            value = edit.date()
            if optional and value == _NO_DATE:
                return None
            return value.toPython()  # type: ignore[return-value]

        def setter(value: date | None) -> None:
            edit.setDate(QDate(value) if value is not None else _NO_DATE)

        self._add(name, label, edit, getter, setter)
        return edit

    def datetime(self, name: str, label: str, *, optional: bool = False) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        edit.setKeyboardTracking(False)
        minimum = QDateTime(_NO_DATE, QTime(0, 0))
        if optional:
            edit.setMinimumDateTime(minimum)
            edit.setSpecialValueText("—")
        edit.editingFinished.connect(lambda: self._finished(name))

        def getter() -> datetime | None:
            value = edit.dateTime()
            if optional and value.date() == _NO_DATE:
                return None
            return value.toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]

        def setter(value: datetime | None) -> None:
            edit.setDateTime(QDateTime(value) if value is not None else minimum)

        self._add(name, label, edit, getter, setter)
        return edit

    def check(self, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.toggled.connect(lambda _on: self._finished(name))
        self._add(name, "", box, box.isChecked, lambda v: box.setChecked(bool(v)))
        return box

    # --- values ---------------------------------------------------------------------------
    def load(self, values: dict[str, Any]) -> None:
        """Show stored values (no ``edited`` signals) and clear the error lines."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self._setters:
                    self._setters[name](value)
                    self._loaded[name] = self._getters[name]()
        finally:
            self._loading = False
        self.clear_errors()

    def value(self, name: str) -> Any:
        return self._getters[name]()

    def set_value(self, name: str, value: Any) -> None:
        """Set a field as if the user had typed it (emits ``edited`` when it changes)."""
        self._setters[name](value)
        self._finished(name)

    def _finished(self, name: str) -> None:
        if self._loading:
            return
        value = self._getters[name]()
        if name in self._loaded and self._loaded[name] == value:
            return
        self._loaded[name] = value
        self.edited.emit(name, value)

    def forget(self, name: str) -> None:
        """After a refused edit: the next finish reports the value again."""
        self._loaded.pop(name, None)

    # --- errors ---------------------------------------------------------------------------
    def show_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is None:  # the field is not on this form: show it under the first one
            label = next(iter(self.errors.values()))
            message = f"{name}: {message}"
        label.setText(message)
        label.show()

    def clear_errors(self, name: str | None = None) -> None:
        for key, label in self.errors.items():
            if name is None or key == name:
                label.clear()
                label.hide()

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisible() or label.text() else ""


def push_edit(form: Form, stack: Any, command_factory: Callable[[], Any], name: str) -> bool:
    """Run an edit through the undo stack; a refusal shows up under the field, not in a box."""
    try:
        push(stack, command_factory())
    except ValidationError as error:
        form.forget(name)
        form.show_error(error.field if error.field in form.errors else name, error.message)
        return False
    except ExchangePlannerError as error:
        form.forget(name)
        form.show_error(name, str(error))
        return False
    form.clear_errors()
    return True
