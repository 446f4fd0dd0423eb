"""User text reaches the screen as it was typed, never as markup.

Left to itself Qt guesses: a ``QLabel`` or ``QMessageBox`` in its default ``AutoText`` format,
and every tooltip, shows a text that looks like HTML (``Qt::mightBeRichText``) as rich text.
A visit titled ``<b>Gala</b>`` would then turn bold, and ``<img src="file:///...">`` would
load a local file. So every widget that shows user text goes through one of these:

- labels: :func:`plain_label` builds one, :func:`make_plain` switches an existing one;
- tooltips: :func:`plain_tooltip` (tooltips have no plain-text switch: the text is escaped
  and shown as rich text of its literal characters, line breaks kept);
- message boxes: :func:`warn`, :func:`fail`, :func:`inform` and :func:`ask`, or
  :func:`message_box` for a box with buttons of its own; the text, the informative text and
  the details are plain text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def make_plain(label: QLabel) -> QLabel:
    """``label`` shows its text as plain text from now on; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and whatever is set later) as plain text."""
    label = make_plain(QLabel(parent))
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: escaped, its line breaks and spaces kept.

    An empty text stays empty (no tooltip)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
    *,
    details: str = "",
) -> QMessageBox:
    """A message box whose text (and informative text) is plain text; ``details`` go into
    the box's "Show details" field, which Qt always shows as plain text. Not shown yet."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    return box


def _show(box: QMessageBox, wait: bool) -> QMessageBox:
    if wait:
        try:
            box.exec()
        finally:
            box.deleteLater()
    else:
        box.open()
    return box


def warn(
    parent: QWidget | None, title: str, text: str, *, details: str = "", wait: bool = True
) -> QMessageBox:
    """A warning: something the user asked for could not be done. ``wait=False`` shows the
    box without waiting for it to be closed."""
    return _show(message_box(parent, Icon.Warning, title, text, details=details), wait)


def fail(
    parent: QWidget | None, title: str, text: str, *, details: str = "", wait: bool = True
) -> QMessageBox:
    """A failure that stopped an operation (a refused file, a backup that was not written)."""
    return _show(message_box(parent, Icon.Critical, title, text, details=details), wait)


def inform(
    parent: QWidget | None, title: str, text: str, *, details: str = "", wait: bool = True
) -> QMessageBox:
    """Information the user should read before going on."""
    return _show(message_box(parent, Icon.Information, title, text, details=details), wait)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No (the default, also on Escape); the box is wide enough for its title."""
    from exchange_planner.ui.widgets.forms import fit_title  # forms uses this module

    box = message_box(parent, Icon.Question, title, text, Button.Yes | Button.No)
    box.setDefaultButton(Button.No)
    box.setEscapeButton(Button.No)
    # A message box sizes itself to its layout each time it shows, ignoring a minimum width.
    fit_title(box)
    try:
        return box.exec() == Button.Yes
    finally:
        box.deleteLater()
