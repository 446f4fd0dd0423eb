"""Editor fields of the directory forms: one widget per record field, each with its own
inline error label, and a ``committed`` signal when the user finishes an edit."""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from exchange_planner.ui.widgets.date_field import DateField
from exchange_planner.ui.widgets.forms import CommitTextEdit, error_label

#: How a tri-state choice (yes / no / unknown) and a record choice store "not given" in
#: the combo box: Qt cannot find an item by a None.
_UNKNOWN = ""


@dataclass(frozen=True)
class FieldSpec:
    """How one record field is edited: ``kind`` is line, text, number, choice, timezone,
    date, tristate (yes / no / unknown: options are the three texts), record (a choice of
    record ids under group headings, set with ``Field.set_groups``; options[0] is the text
    of "none"), codes (check boxes, one per (code, text) option; stored comma-separated in
    the options' order) or check (one check box: options[0] is its text; True or False)."""

    name: str
    label: str
    kind: str = "line"
    placeholder: str = ""
    #: choice: (stored value, shown text); number: (minimum, maximum).
    options: Sequence[Any] = field(default_factory=tuple)
    tooltip: str = ""


class CodeChecks(QWidget):
    """One check box per code; the value is the checked codes, comma-separated, in the
    order offered ("" for none). Each click is a finished edit (``toggled_by_user``)."""

    toggled_by_user = Signal()

    def __init__(self, options: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(options) + 1) // 2
        for index, (code, text) in enumerate(options):
            box = QCheckBox(text, self)
            box.setObjectName(f"code_{code}")
            box.clicked.connect(lambda _checked=False: self.toggled_by_user.emit())
            grid.addWidget(box, index % rows, index // rows)
            self.boxes[code] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> str:
        return ",".join(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: object) -> None:
        codes = {part.strip() for part in str(value or "").split(",")}
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)


class NumberBox(QSpinBox):
    """A number field whose lowest value means "not given" (shown as a dash); blank, it
    shows nothing at all (no record)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blank = False
        self.setSpecialValueText("—")

    def set_blank(self, blank: bool) -> None:
        self._blank = blank
        if blank:
            self.setValue(self.minimum())
        # Without a special text the lowest value is shown through textFromValue: nothing.
        self.setSpecialValueText("" if blank else "—")

    def textFromValue(self, value: int) -> str:
        return "" if self._blank else super().textFromValue(value)


@cache
def timezone_names() -> list[str]:
    return sorted(zoneinfo.available_timezones())


class Field(QObject):
    """A field widget, its error label, reading and showing the value."""

    committed = Signal(str)  # the field's name

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self._none_text = spec.options[0] if spec.kind == "record" and spec.options else ""
        self.widget = self._make_widget(parent)
        if spec.kind == "record":
            self.set_groups([])
        self.widget.setObjectName(f"field_{spec.name}")
        if spec.tooltip:
            self.widget.setToolTip(spec.tooltip)
        self.error = error_label(parent, spec.name)

    # --- widgets ---------------------------------------------------------------------------
    def _make_widget(self, parent: QWidget) -> QWidget:
        spec = self.spec
        if spec.kind == "codes":
            codes = CodeChecks(spec.options, parent)
            codes.toggled_by_user.connect(self._emit)
            return codes
        if spec.kind == "check":
            check = QCheckBox(spec.options[0] if spec.options else "", parent)
            check.clicked.connect(self._emit)
            return check
        if spec.kind == "text":
            text = CommitTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setPlaceholderText(spec.placeholder)
            text.setFixedHeight(64)
            text.editingFinished.connect(self._emit)
            return text
        if spec.kind == "number":
            low, high = spec.options or (0, 1_000_000)
            spin = NumberBox(parent)
            # One below the minimum stands for "not given" and shows a dash.
            spin.setRange(low - 1, high)
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(self._emit)
            return spin
        if spec.kind == "choice":
            combo = QComboBox(parent)
            for value, text in spec.options:
                combo.addItem(text, value)
            combo.activated.connect(self._emit)
            return combo
        if spec.kind == "tristate":
            combo = QComboBox(parent)
            yes, no, unknown = spec.options
            for value, text in (("yes", yes), ("no", no), (_UNKNOWN, unknown)):
                combo.addItem(text, value)
            combo.activated.connect(self._emit)
            return combo
        if spec.kind == "record":
            combo = QComboBox(parent)
            combo.setModel(QStandardItemModel(combo))
            combo.activated.connect(self._emit)
            return combo
        if spec.kind == "date":
            field = DateField(parent, optional=True)
            field.setPlaceholderText(spec.placeholder)
            field.committed.connect(self._emit)
            field.refused.connect(self.show_error)
            return field
        line = QLineEdit(parent)
        line.setPlaceholderText(spec.placeholder)
        line.setClearButtonEnabled(spec.kind == "line")
        if spec.kind == "timezone":
            completer = QCompleter(QStringListModel(timezone_names(), line), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(12)
            line.setCompleter(completer)
            # Choosing from the list ends the edit as well.
            completer.activated.connect(lambda _text: self._emit())
        line.editingFinished.connect(self._emit)
        return line

    def _emit(self, *_: object) -> None:
        self.committed.emit(self.spec.name)

    def set_groups(self, groups: Sequence[tuple[str, Sequence[tuple[int, str]]]]) -> None:
        """The choices of a record field: (heading, [(id, text)]) per group; the headings
        cannot be chosen. The value shown stays when it is still offered."""
        combo = self.widget
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        combo.blockSignals(True)
        model.clear()
        none = QStandardItem(self._none_text)
        none.setData(_UNKNOWN, Qt.ItemDataRole.UserRole)
        model.appendRow(none)
        for heading, choices in groups:
            head = QStandardItem(heading)
            head.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            model.appendRow(head)
            for record_id, text in choices:
                item = QStandardItem(text)  # under its bold heading
                item.setData(str(record_id), Qt.ItemDataRole.UserRole)
                item.setToolTip(f"{text} — {heading}")
                model.appendRow(item)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- values ----------------------------------------------------------------------------
    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, CodeChecks):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QSpinBox):
            return None if widget.value() == widget.minimum() else widget.value()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            if self.spec.kind == "tristate":
                return None if data in (_UNKNOWN, None) else data == "yes"
            if self.spec.kind == "record":
                return None if data in (_UNKNOWN, None) else int(data)
            return data
        if isinstance(widget, DateField):
            return widget.value()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, value: Any) -> None:
        widget = self.widget
        widget.blockSignals(True)
        try:
            if isinstance(widget, CodeChecks):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            if isinstance(widget, QPlainTextEdit | QLineEdit):
                widget.setPlaceholderText(self.spec.placeholder)
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, NumberBox):
                widget.set_blank(False)
                widget.setValue(widget.minimum() if value is None else int(value))
            elif isinstance(widget, QComboBox) and self.spec.kind == "tristate":
                data = _UNKNOWN if value is None else ("yes" if value else "no")
                widget.setCurrentIndex(max(widget.findData(data), 0))
            elif isinstance(widget, QComboBox) and self.spec.kind == "record":
                data = _UNKNOWN if value is None else str(value)
                widget.setCurrentIndex(max(widget.findData(data), 0))
            elif isinstance(widget, QComboBox):
                index = widget.findData(str(value) if value is not None else None)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, DateField):
                widget.set_value(value)
            elif isinstance(widget, QLineEdit) and widget.text() != (value or ""):
                widget.setText("" if value is None else str(value))
                widget.setCursorPosition(0)
        finally:
            widget.blockSignals(False)

    def clear(self) -> None:
        """Show nothing: no value, no example text (the form has no record to show)."""
        widget = self.widget
        widget.blockSignals(True)
        try:
            if isinstance(widget, CodeChecks):
                widget.set_value("")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlaceholderText("")
                widget.clear()
            elif isinstance(widget, NumberBox):
                widget.set_blank(True)  # not even the dash of "not given"
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(-1)
            elif isinstance(widget, DateField):
                widget.set_value(None)
                widget.setText("")
            elif isinstance(widget, QLineEdit):
                widget.setPlaceholderText("")
                widget.clear()
        finally:
            widget.blockSignals(False)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.widget.setProperty("invalid", bool(message))
        if isinstance(self.widget, CodeChecks):
            return  # a frame round each of its boxes would say nothing more than the line
        self.widget.setStyleSheet("border: 1px solid #c62828;" if message else "")
