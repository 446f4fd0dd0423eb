"""Date and time fields that take what people type, with a calendar to pick from.

``DateField`` is a line edit: "20.7.2027", "20.07.27", "20072027", "2027-07-20" and the
locale's own short format (7/20/27 in the US) all give 20 July 2027; once the edit is
finished (Return, Tab, a click elsewhere) the date is shown back in the locale's format.
Text that is no date is kept for correcting, ``refused`` carries the message and the value
stays what it was. The button at the end (or Alt+Down) opens a calendar; Up and Down move
by a day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from babel.dates import format_skeleton
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.dates import (
    EXAMPLE,
    DateInputError,
    babel_locale,
    format_user_date,
    format_user_time,
    parse_user_date,
    parse_user_time,
)
from exchange_planner.ui.icons import icon


def ui_locale_name() -> str:
    """The locale of the interface for babel ("de_DE", "en_US")."""
    return QLocale().name()


def ui_date(value: date) -> str:
    """A date as the interface shows it: 20.07.2027 in German, 7/20/2027 in the US."""
    return format_user_date(value, ui_locale_name())


def ui_month_year(year: int, month: int, locale_name: str | None = None) -> str:
    """A month of a year as the interface names it (``locale_name``, by default the
    interface's): "Juli 2027", "July 2027", "2027년 7월"."""
    locale = babel_locale(locale_name or ui_locale_name())
    return format_skeleton("yMMMM", date(year, month, 1), locale=locale)


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b(?!T|:)")


def localize_dates(message: str) -> str:
    """A message from the rules with its ISO dates (2023-07-20) shown as the interface
    shows dates (20.07.2023 in German)."""

    def shown(match: re.Match[str]) -> str:
        try:
            return ui_date(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return match[0]

    return _ISO_DATE.sub(shown, message)


def _as_date(value: QDate | date | datetime | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, datetime):
        return value.date()
    return value


class _TypedField(QLineEdit):
    """A line edit whose text is read as a value when the edit is finished: ``value()`` is the
    last value taken; text that is no value is kept for correcting and ``refused`` says why."""

    #: A valid value (or, if optional, nothing) was entered and is shown.
    committed = Signal()
    #: The typed text is no value; the message says why. The value is unchanged.
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self._value: Any = None
        self.editingFinished.connect(self.interpret)

    def parse(self, text: str) -> Any:
        """The value of ``text``; raises ``DateInputError``."""
        raise NotImplementedError

    def message(self, error: DateInputError) -> str:
        """The refusal in the user's language."""
        raise NotImplementedError

    def value(self) -> Any:
        return self._value

    def typed_value(self) -> Any:
        """The value as typed so far (e.g. for an action run by its shortcut before the field
        was left); the last taken value while the text is none."""
        if not self.isModified():
            return self._value
        text = self.text().strip()
        if not text and self.optional:
            return None
        try:
            return self.parse(text)
        except DateInputError:
            return self._value

    def interpret(self) -> bool:
        """Read the typed text; True if it was taken (``committed``), else ``refused``."""
        text = self.text().strip()
        if not text and self.optional:
            self._value = None
            self.setText("")
            self.committed.emit()
            return True
        try:
            value = self.parse(text)
        except DateInputError as error:
            self.refused.emit(self.message(error))
            return False
        self.set_value(value)
        self.committed.emit()
        return True

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class DateField(_TypedField):
    """A date typed freely or picked from a calendar; ``value()`` is a ``date`` or None."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent, optional=optional)
        self._popup: QWidget | None = None
        self.calendar_action = self.addAction(
            icon("calendar"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.setToolTip(
            self.tr("Type a date, e.g. %1, 20.7.27, 20072027 or 2027-07-20").replace(
                "%1", ui_date(EXAMPLE)
            )
        )

    # --- value ----------------------------------------------------------------------------
    def parse(self, text: str) -> date:
        return parse_user_date(text, ui_locale_name())

    def set_value(self, value: QDate | date | datetime | None) -> None:
        """Show ``value`` (None: empty) without signals."""
        self._value = _as_date(value)
        self.setText(ui_date(self._value) if self._value is not None else "")
        self.setModified(False)

    # QDateEdit's names, for code that sets or reads the date directly.
    def date(self) -> QDate:
        return QDate(self._value) if self._value is not None else QDate()

    def setDate(self, value: QDate | date | datetime | None) -> None:
        self.set_value(value)

    def message(self, error: DateInputError) -> str:
        """The refusal in the user's language."""
        if error.reason == "empty":
            return self.tr("Enter a date, e.g. %1.").replace("%1", ui_date(EXAMPLE))
        if error.reason == "month":
            return (
                self.tr("“%1”: there is no month %2.")
                .replace("%1", error.text)
                .replace("%2", str(error.month))
            )
        if error.reason == "day":
            month = ui_month_year(error.year, error.month)
            return (
                self.tr("“%1”: %2 has %3 days, not %4.")
                .replace("%1", error.text)
                .replace("%2", month)
                .replace("%3", str(error.days))
                .replace("%4", str(error.day))
            )
        return (
            self.tr("“%1” is not a date; type it like %2.")
            .replace("%1", error.text)
            .replace("%2", ui_date(EXAMPLE))
        )

    # --- keys and calendar ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            if self.isModified() and not self.interpret():
                return
            base = self._value or date.today()
            self.set_value(base + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> QCalendarWidget:
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setObjectName("date_popup")
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        if self._value is not None:
            calendar.setSelectedDate(QDate(self._value))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        QVBoxLayout(popup).addWidget(calendar)
        popup.layout().setContentsMargins(0, 0, 0, 0)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup = popup
        popup.show()
        calendar.setFocus()
        return calendar

    def _picked(self, value: QDate) -> None:
        if self._popup is not None:
            self._popup.close()
            self._popup.deleteLater()
            self._popup = None
        self.set_value(value)
        self.setFocus()
        self.committed.emit()


class TimeField(_TypedField):
    """A time of day typed freely: 10:30, 10.30, 1030, 930, 2:30 pm; shown as 10:30."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent, optional=optional)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00 pm") + 24)
        self.setToolTip(self.tr("Type a time, e.g. 10:30, 1030 or 10.30"))

    def parse(self, text: str) -> time:
        return parse_user_time(text)

    def set_value(self, value: time | QTime | None) -> None:
        if isinstance(value, QTime):
            value = time(value.hour(), value.minute()) if value.isValid() else None
        self._value = value
        self.setText(format_user_time(value) if value is not None else "")
        self.setModified(False)

    def message(self, error: DateInputError) -> str:
        if error.reason == "empty":
            return self.tr("Enter a time, e.g. 10:30.")
        return self.tr("“%1” is not a time; type it like 10:30.").replace("%1", error.text)


class DateTimeField(QWidget):
    """A date field and a time field side by side; ``value()`` is a naive datetime or None."""

    committed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.date_edit = DateField(self, optional=optional)
        self.time_edit = TimeField(self, optional=optional)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.time_edit)
        self.setFocusProxy(self.date_edit)
        self.date_edit.committed.connect(self._date_committed)
        self.time_edit.committed.connect(self._time_committed)
        for part in (self.date_edit, self.time_edit):
            part.refused.connect(self.refused)

    def _date_committed(self) -> None:
        if self.date_edit.value() is None:  # emptied (optional): no date, no time
            self.time_edit.set_value(None)
        elif self.time_edit.value() is None:
            if self.time_edit.text().strip():
                return  # the time's own refusal is shown
            self.time_edit.set_value(time(0, 0))  # a day without a time: its start
        self.committed.emit()

    def _time_committed(self) -> None:
        if self.date_edit.value() is None:
            if self.time_edit.value() is not None:
                self.refused.emit(self.tr("Enter the day as well."))
            return
        if self.time_edit.value() is None:  # emptied: the start of the day
            self.time_edit.set_value(time(0, 0))
        self.committed.emit()

    def value(self) -> datetime | None:
        day, clock = self.date_edit.value(), self.time_edit.value()
        if day is None:
            return None
        return datetime.combine(day, clock or time(0, 0))

    def typed_value(self) -> datetime | None:
        day, clock = self.date_edit.typed_value(), self.time_edit.typed_value()
        if day is None:
            return None
        return datetime.combine(day, clock or time(0, 0))

    def set_value(self, value: datetime | None) -> None:
        self.date_edit.set_value(value.date() if value is not None else None)
        self.time_edit.set_value(value.time() if value is not None else None)

    def text(self) -> str:
        """What is shown, e.g. "20.07.2027 10:30" (empty when nothing is)."""
        return " ".join(t for t in (self.date_edit.text(), self.time_edit.text()) if t)
