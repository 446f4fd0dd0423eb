"""Searchable pickers for a record out of a large directory (people, venues).

A ``RecordPicker`` never loads the directory: it shows the current record's label (one
lookup by id) and, while the user types, asks a search function for at most ``limit``
matches (debounced) and offers them in a completer popup. Keyboard: type, Up/Down to move
(Down on a closed picker opens the first matches), Enter or Tab to take the highlighted
match, Escape to go back to the stored choice. Leaving the field with text that names no
single record keeps the stored choice and reports ``refused(text)``; an empty text means
"none" where the field is optional.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from exchange_planner.domain.errors import NotFoundError
from exchange_planner.services.registry import Services
from exchange_planner.ui.icons import icon
from exchange_planner.ui.names import person_name
from exchange_planner.ui.plain import plain_tooltip
from exchange_planner.ui.widgets.forms import Form

#: One search result: (label shown in the field, record id, detail shown beside it).
Match = tuple[str, int, str]
#: (text, limit) -> matches, best first.
SearchFn = Callable[[str, int], Sequence[Match]]

IdRole = Qt.ItemDataRole.UserRole + 1
LabelRole = Qt.ItemDataRole.UserRole + 2
#: Stands for "none" in the popup (None cannot travel through an item's data reliably).
_NONE = -1


class RecordPicker(QLineEdit):
    """A line edit choosing one record id; ``picked(id or None)`` when the user chose."""

    picked = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        search: SearchFn,
        label: Callable[[int], str],
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        none_text: str = "",
        limit: int = 50,
        delay_ms: int = 150,
        refusal: str = "",
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._label = label
        self.optional = optional
        self.none_text = none_text or QCoreApplication.translate("RecordPicker", "(none)")
        self.limit = limit
        #: The message for a text that names no single record ("%s" is the text).
        self.refusal = refusal or QCoreApplication.translate(
            "RecordPicker", "Nothing matches “%s”: choose one of the suggestions."
        )
        self._value: int | None = None
        self._shown = ""
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.setPlaceholderText(
            self.none_text
            if optional
            else QCoreApplication.translate("RecordPicker", "Type to search…")
        )
        browse = self.addAction(icon("search"), QLineEdit.ActionPosition.TrailingPosition)
        browse.setToolTip(QCoreApplication.translate("RecordPicker", "Show matches (Down)"))
        browse.triggered.connect(self.open_popup)
        self.setClearButtonEnabled(optional)

    # --- value ----------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, record_id: int | None) -> None:
        """Show a stored choice (no ``picked``): looks up this one label only."""
        if record_id == self._value and self.text() == self._shown:
            return
        self._value = record_id
        self._shown = self._label_of(record_id)
        self._timer.stop()
        self.completer_.popup().hide()
        self.setText(self._shown)
        self.setCursorPosition(0)

    def choose(self, record_id: int | None) -> None:
        """Take a record as if the user had picked it (emits ``picked`` when it changes)."""
        if record_id is None and not self.optional:
            self.revert()
            return
        changed = record_id != self._value
        self.set_value(record_id)
        if changed:
            self.picked.emit(record_id)

    def revert(self) -> None:
        self._timer.stop()
        self.completer_.popup().hide()
        self.setText(self._shown)

    # Names shared with QComboBox, so callers reading a choice need not care which it is.
    def currentData(self) -> int | None:
        return self._value

    def currentText(self) -> str:
        return self.text()

    def _label_of(self, record_id: int | None) -> str:
        if record_id is None:
            return ""
        try:
            return self._label(record_id)
        except NotFoundError:
            return f"#{record_id}"

    # --- searching ------------------------------------------------------------------------
    def refresh(self) -> list[Match]:
        """Ask for the matches of the typed text now and offer them (if the field has focus
        or ``show`` is forced by ``open_popup``)."""
        self._timer.stop()
        text = self.text().strip()
        matches = list(self._search(text, self.limit))
        self.model.clear()
        if self.optional and not text:
            item = QStandardItem(self.none_text)
            item.setData(_NONE, IdRole)
            item.setData("", LabelRole)
            self.model.appendRow(item)
        for label, record_id, detail in matches:
            item = QStandardItem(f"{label}  ·  {detail}" if detail else label)
            item.setData(record_id, IdRole)
            item.setData(label, LabelRole)
            item.setToolTip(plain_tooltip(item.text()))
            self.model.appendRow(item)
        if self.model.rowCount() and (self.hasFocus() or self.completer_.popup().isVisible()):
            self._show_popup()
        elif not self.model.rowCount():
            self.completer_.popup().hide()
        return matches

    def open_popup(self) -> None:
        self.setFocus()
        self.refresh()
        if self.model.rowCount():
            self._show_popup()

    def _show_popup(self) -> None:
        self.completer_.setCompletionPrefix("")
        self.completer_.complete()
        popup = self.completer_.popup()
        popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))

    def suggestions(self) -> list[tuple[str, int | None]]:
        """What the popup offers now: (label, id or None)."""
        rows = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            record_id = item.data(IdRole)
            rows.append((item.data(LabelRole), None if record_id == _NONE else record_id))
        return rows

    def type_text(self, text: str) -> list[Match]:
        """Put ``text`` in the field as if typed and search at once (for scripts and tests)."""
        self.setText(text)
        return self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(IdRole)
        self.choose(None if record_id == _NONE else record_id)

    def resolve(self) -> bool:
        """Turn the typed text into a choice: empty is "none" (if optional), an exact label
        or a single match is taken; anything else keeps the stored choice and is refused."""
        self._timer.stop()
        text = self.text().strip()
        if text == self._shown.strip():
            self.setText(self._shown)
            return True
        if not text:
            if self.optional:
                self.choose(None)
                return True
            self.revert()
            self.refused.emit("")
            return False
        matches = list(self._search(text, self.limit))
        exact = [m for m in matches if m[0].casefold() == text.casefold()]
        chosen = exact if len(exact) == 1 else matches if len(matches) == 1 else []
        if chosen:
            self.choose(chosen[0][1])
            return True
        self.revert()
        self.refused.emit(text)
        return False

    # --- keyboard and focus ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup_open = self.completer_.popup().isVisible()
        key = event.key()
        if not popup_open and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.open_popup()
            return
        if not popup_open and key == Qt.Key.Key_Escape and self.text() != self._shown:
            self.revert()
            return
        if not popup_open and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.resolve()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason and not (
            self.completer_.popup().isVisible()
        ):
            self.resolve()


# --- the pickers the editors use ----------------------------------------------------------
def _people_search(services: Services, exclude: Callable[[], Collection[int]] | None) -> SearchFn:
    def search(text: str, limit: int) -> list[Match]:
        skip = set(exclude()) if exclude is not None else set()
        # Ask for a few more so that leaving out the excluded still fills the popup.
        people = services.people.search(text, limit=limit + len(skip))
        return [
            (person_name(p), p.id, p.organisation)  # type: ignore[misc]
            for p in people
            if p.id not in skip
        ][:limit]

    return search


def person_picker(
    services: Services,
    parent: QWidget | None = None,
    *,
    optional: bool = False,
    none_text: str = "",
    exclude: Callable[[], Collection[int]] | None = None,
) -> RecordPicker:
    """A picker over the people in the directory (``exclude``: ids not to offer)."""
    return RecordPicker(
        _people_search(services, exclude),
        lambda person_id: person_name(services.people.get(person_id)),
        parent,
        optional=optional,
        none_text=none_text,
        refusal=QCoreApplication.translate(
            "RecordPicker", "No single person matches “%s”: choose one of the suggestions."
        ),
    )


def venue_detail(venue: Any) -> str:
    """What tells venues of the same name apart in the popup: city and room."""
    return ", ".join(part for part in (venue.city, venue.room) if part)


def venue_picker(
    services: Services,
    parent: QWidget | None = None,
    *,
    optional: bool = False,
    none_text: str = "",
) -> RecordPicker:
    """A picker over the venues in the directory."""

    def search(text: str, limit: int) -> list[Match]:
        return [
            (v.name, v.id, venue_detail(v))  # type: ignore[misc]
            for v in services.venues.search(text, limit=limit)
        ]

    return RecordPicker(
        search,
        lambda venue_id: services.venues.get(venue_id).name,
        parent,
        optional=optional,
        none_text=none_text,
        refusal=QCoreApplication.translate(
            "RecordPicker", "No single venue matches “%s”: choose one of the suggestions."
        ),
    )


def add_picker(form: Form, name: str, label: str, picker: RecordPicker) -> RecordPicker:
    """Put a picker on a form as field ``name``: its value is the chosen id, a choice is
    reported like any finished edit, a refused text shows under the field."""
    picker.setParent(form)
    form.add(name, label, picker, picker.value, picker.set_value)

    def picked(_record_id: object) -> None:
        form.clear_errors(name)
        form.set_value(name, picker.value())

    def refused(text: str) -> None:
        if text:
            form.show_error(name, picker.refusal.replace("%s", text))
        else:
            form.show_error(
                name, QCoreApplication.translate("RecordPicker", "Choose one of the suggestions.")
            )

    picker.picked.connect(picked)
    picker.refused.connect(refused)
    return picker
