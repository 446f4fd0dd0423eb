"""What a person does in tests of the editors: pick a menu action, click a list row, type over
a field; and what a field shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit


def view_action(window, title):  # type: ignore[no-untyped-def]
    return next(a for a in window.view_menu.actions() if a.text() == title)


def undo_action(window):  # type: ignore[no-untyped-def]
    return next(a for a in window.edit_menu.actions() if a.shortcut().toString() == "Ctrl+Z")


def click_row(qtbot, view, record_id):  # type: ignore[no-untyped-def]
    model = view.model()
    row = model.row_of(record_id)
    assert row >= 0
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_over(qtbot, field, text):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.setFocus()
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def shown(widget) -> str:  # type: ignore[no-untyped-def]
    """What a field shows, placeholder included."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() + widget.placeholderText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return "".join(child.text() for child in widget.findChildren(QLineEdit))
