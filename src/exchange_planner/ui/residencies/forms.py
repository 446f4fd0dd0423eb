"""A small form with an inline error line under each field, shared by the residency and
exhibition editors. Values go in and come out as plain Python values (date, int, str, None)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ValidationError

#: The editors accept more than the rules allow, so that the rule's own message is shown.
EARLIEST_EDIT = QDate(1800, 1, 1)
LATEST_EDIT = QDate(2999, 12, 31)
ERROR_STYLE = "color: #c62828;"


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class FieldForm(QWidget):
    """Labelled fields; ``show_error`` puts a red message under the named field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._get: dict[str, Callable[[], Any]] = {}
        self._set: dict[str, Callable[[Any], None]] = {}
        self.general_error = error_label(self)
        self.form.addRow(self.general_error)

    # --- building ---------------------------------------------------------------------------
    def add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
        *,
        aliases: Sequence[str] = (),
    ) -> QWidget:
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = error_label(cell)
        error.setObjectName(f"error_{name}")
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, cell)
        self.widgets[name] = widget
        for key in (name, *aliases):
            self.errors[key] = error
        self._get[name] = getter
        self._set[name] = setter
        return widget

    def add_line(self, name: str, label: str, *, max_length: int = 300) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length + 1)  # one more, so the rule's message can show
        self.add(name, label, edit, edit.text, lambda v: edit.setText(v or ""))
        return edit

    def add_text(self, name: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        self.add(name, label, edit, edit.toPlainText, lambda v: edit.setPlainText(v or ""))
        return edit

    def add_date(self, name: str, label: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setDateRange(EARLIEST_EDIT, LATEST_EDIT)
        self.add(
            name, label, edit, lambda: from_qdate(edit.date()), lambda v: edit.setDate(to_qdate(v))
        )
        return edit

    def add_combo(self, name: str, label: str, *, aliases: Sequence[str] = ()) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)

        def set_value(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

        self.add(name, label, combo, combo.currentData, set_value, aliases=aliases)
        return combo

    @staticmethod
    def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]]) -> None:
        """Replace the items, keeping the chosen value when it is still offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- values -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: getter() for name, getter in self._get.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, setter in self._set.items():
            if name in values:
                setter(values[name])
        self.clear_errors()

    # --- messages ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in {*self.errors.values(), self.general_error}:
            label.clear()
            label.hide()

    def show_error(self, error: Exception) -> None:
        """A ValidationError goes under its field (focused); anything else on top."""
        self.clear_errors()
        if isinstance(error, ValidationError) and error.field in self.errors:
            label = self.errors[error.field]
            label.setText(error.message)
            label.show()
            widget = self.widgets.get(error.field)
            if widget is not None:
                widget.setFocus()
            return
        self.general_error.setText(str(error))
        self.general_error.show()

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisibleTo(self) else ""
