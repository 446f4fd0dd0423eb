"""A small dialog to create a program item or a visit on the day (and time) double-clicked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import Direction, ProgramKind
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.widgets.date_field import DateField, DateTimeField, ui_date
from exchange_planner.ui.wording import validation_text


class NewEntryDialog(QDialog):
    """Choose "program item" (of a nearby visit) or "visit"; times are in ``zone``.

    ``submit(kind, values)`` creates the record (through the undo stack); a ValidationError it
    raises is shown in the dialog, which stays open with the user's input.
    """

    def __init__(
        self,
        day: date,
        hour: float,
        zone: str,
        visits: list[tuple[int, str, date, date]],
        partnerships: list[tuple[int, str]],
        submit: Callable[[str, dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New entry on %s") % ui_date(day))
        self.zone = zone
        self.submit = submit
        self.item_choice = QRadioButton(self.tr("&Program item of a visit"), self)
        self.visit_choice = QRadioButton(self.tr("&Visit"), self)
        group = QButtonGroup(self)
        group.addButton(self.item_choice)
        group.addButton(self.visit_choice)
        self.pages = QStackedWidget(self)

        # Program item page.
        item_page = QWidget(self)
        item_form = QFormLayout(item_page)
        self.visit_box = QComboBox(item_page)
        for visit_id, title, start, end in visits:
            self.visit_box.addItem(f"{title} ({ui_date(start)}–{ui_date(end)})", visit_id)
        self.item_title = QLineEdit(item_page)
        self.item_title.setPlaceholderText(self.tr("e.g. Meeting with the cultural office"))
        self.kind_box = QComboBox(item_page)
        for kind in ProgramKind:
            self.kind_box.addItem(enum_label(kind), kind.value)
        self.kind_box.setCurrentIndex(list(ProgramKind).index(ProgramKind.MEETING))
        start_hour = 9.0 if hour < 0 else hour
        start_time = time(int(start_hour), round((start_hour % 1) * 60) % 60)
        # Typed like every date of the application: 20.7.2027, 20072027, 2027-07-20 ...
        self.starts = DateTimeField(item_page)
        self.starts.set_value(datetime.combine(day, start_time))
        self.duration = QSpinBox(item_page)
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        item_form.addRow(self.tr("Visit"), self.visit_box)
        item_form.addRow(self.tr("Title"), self.item_title)
        item_form.addRow(self.tr("Kind"), self.kind_box)
        item_form.addRow(self.tr("Starts (%s)") % zone, self.starts)
        item_form.addRow(self.tr("Duration"), self.duration)

        # Visit page.
        visit_page = QWidget(self)
        visit_form = QFormLayout(visit_page)
        self.visit_title = QLineEdit(visit_page)
        self.partnership_box = QComboBox(visit_page)
        for partnership_id, label in partnerships:
            self.partnership_box.addItem(label, partnership_id)
        self.direction_box = QComboBox(visit_page)
        self.direction_box.addItem(self.tr("Incoming (they come here)"), Direction.INCOMING.value)
        self.direction_box.addItem(self.tr("Outgoing (we travel)"), Direction.OUTGOING.value)
        self.first_day = DateField(visit_page)
        self.first_day.set_value(day)
        self.last_day = DateField(visit_page)
        self.last_day.set_value(day + timedelta(days=2))
        self._labels = {
            "visit_id": self.tr("Visit"),
            "title": self.tr("Title"),
            "starts_at": self.tr("Starts (%s)") % zone,
            "ends_at": self.tr("Duration"),
            "partnership_id": self.tr("Partnership"),
            "start_date": self.tr("First day"),
            "end_date": self.tr("Last day"),
        }
        visit_form.addRow(self.tr("Title"), self.visit_title)
        visit_form.addRow(self.tr("Partnership"), self.partnership_box)
        visit_form.addRow(self.tr("Direction"), self.direction_box)
        visit_form.addRow(self.tr("First day"), self.first_day)
        visit_form.addRow(self.tr("Last day"), self.last_day)

        self.pages.addWidget(item_page)
        self.pages.addWidget(visit_page)
        self.item_choice.toggled.connect(lambda on: self.pages.setCurrentIndex(0 if on else 1))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.item_choice)
        layout.addWidget(self.visit_choice)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if visits:
            self.item_choice.setChecked(True)
            self.item_title.setFocus()
        else:
            self.item_choice.setEnabled(False)
            self.item_choice.setToolTip(self.tr("No visit near this day"))
            self.visit_choice.setChecked(True)
            self.pages.setCurrentIndex(1)
            self.visit_title.setFocus()
        if not partnerships:
            self.visit_choice.setEnabled(False)
            self.visit_choice.setToolTip(self.tr("No partnership yet"))
        if not visits and not partnerships:
            # Nothing can be created here yet: say what comes first instead of a dead form.
            self.pages.setEnabled(False)
            self.ok_button.setEnabled(False)
            self.error.setText(
                self.tr(
                    "A visit belongs to a partnership: add the partner city first "
                    "(People & Venues > Partnerships, or Start planning on the welcome page)."
                )
            )
            self.error.show()

    def values(self) -> tuple[str, dict[str, Any]]:
        """The record to create: ("program_item" | "visit", field values)."""
        if self.item_choice.isChecked():
            if self.visit_box.currentData() is None:
                raise ValidationError("visit_id", self.tr("choose a visit"))
            local = self._typed_start()
            starts = to_utc(local, self.zone)
            return "program_item", {
                "visit_id": self.visit_box.currentData(),
                "title": self.item_title.text(),
                "kind": self.kind_box.currentData(),
                "starts_at": starts,
                "ends_at": starts + timedelta(minutes=self.duration.value()),
                "timezone": self.zone,
            }
        if self.partnership_box.currentData() is None:
            raise ValidationError("partnership_id", self.tr("choose a partnership"))
        return "visit", {
            "title": self.visit_title.text(),
            "partnership_id": self.partnership_box.currentData(),
            "direction": self.direction_box.currentData(),
            "start_date": self._typed_day(self.first_day, "start_date"),
            "end_date": self._typed_day(self.last_day, "end_date"),
        }

    def _typed_start(self) -> datetime:
        """The start as typed; text that is no date or time is refused with its reason."""
        messages: list[str] = []
        self.starts.refused.connect(messages.append)
        try:
            self._typed_day(self.starts.date_edit, "starts_at")
            if not self.starts.time_edit.interpret():
                raise ValidationError("starts_at", messages[-1] if messages else "")
        finally:
            self.starts.refused.disconnect(messages.append)
        value = self.starts.value()
        if value is None:
            raise ValidationError("starts_at", self.tr("enter a date and a time"))
        return value

    def _typed_day(self, field: DateField, name: str) -> date:
        messages: list[str] = []
        field.refused.connect(messages.append)
        try:
            taken = field.interpret()
        finally:
            field.refused.disconnect(messages.append)
        value = field.value()
        if not taken or value is None:
            raise ValidationError(name, messages[-1] if messages else self.tr("enter a date"))
        return value

    def accept(self) -> None:
        try:
            kind, values = self.values()
            self.submit(kind, values)
        except ValidationError as error:
            label = self._labels.get(error.field, error.field)
            self.error.setText(f"{label}: {validation_text(error)}")
            self.error.show()
            return
        except ExchangePlannerError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
