"""Helpers shared by the residency and exhibition editors, which save each field as it is
edited (like every editor of the application)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from exchange_planner.ui.widgets.forms import Form


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


def blank_form(form: Form) -> None:
    """Show nothing in a form whose record is gone: every field empty, errors cleared.

    The stored "no value" of each field is loaded first (so the form reports no edit), then
    what a widget would still show for it (a default date, the first choice) is cleared.
    """
    for name, widget in form.widgets.items():
        # A field without a "no value" of its own refuses None; its text is emptied below.
        with contextlib.suppress(TypeError, ValueError, AttributeError):
            form.load({name: None})
        _blank_widget(widget)


def unblank_form(form: Form) -> None:
    """Undo what ``blank_form`` did to the widgets, before a record is loaded again."""
    for widget in form.widgets.values():
        if isinstance(widget, QDateTimeEdit) and widget.property(_SPECIAL) is not None:
            widget.setSpecialValueText(str(widget.property(_SPECIAL)))
            widget.setProperty(_SPECIAL, None)


#: Where a date editor keeps its own "special value" text while it shows nothing.
_SPECIAL = "blank_special_value_text"
#: A date editor holds a date at all times; at its minimum it shows this (a space) instead.
_NOTHING = " "


def _blank_widget(widget: QWidget) -> None:
    widget.blockSignals(True)
    try:
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(-1)
        elif isinstance(widget, QDateTimeEdit):
            if widget.property(_SPECIAL) is None:
                widget.setProperty(_SPECIAL, widget.specialValueText())
            widget.setSpecialValueText(_NOTHING)
            widget.setDateTime(widget.minimumDateTime())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.clear()
        else:
            for child in widget.findChildren(QLineEdit):
                child.clear()
    finally:
        widget.blockSignals(False)
