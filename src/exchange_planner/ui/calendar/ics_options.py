"""The options of an iCalendar export: the language of its texts, whose calendar (a visit's
whole program or one member's part of it) and a reminder before each program item.

The choices are remembered (QSettings) for the next export. Whether the file is published
with the office as its organizer follows Settings > Letterhead > Office e-mail; the dialog
says so when none is set.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.reports.i18n import LANGUAGE_NAMES, LANGUAGES
from exchange_planner.ui.context import UiContext

#: QSettings keys of the remembered choices.
LANGUAGE_KEY = "ics/language"
ALARM_KEY = "ics/alarm_minutes"
#: The same limit as the export's (services/ics.py MAX_ALARM_MINUTES: a week).
MAX_ALARM_MINUTES = 7 * 24 * 60
DEFAULT_ALARM_MINUTES = 30


@dataclass(frozen=True)
class IcsChoice:
    """What the user chose for one export."""

    lang: str = "de"
    alarm_minutes: int | None = None
    person_id: int | None = None


class IcsOptionsDialog(QDialog):
    """Language, member (for a visit's program) and reminder of an .ics export."""

    def __init__(
        self,
        context: UiContext,
        *,
        members: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("ics_options")
        self.setWindowTitle(self.tr("Export as iCalendar"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        stored = context.settings

        self.language = QComboBox(self)
        self.language.setObjectName("ics_language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        wanted = str(stored.value(LANGUAGE_KEY, "") or "") or _ui_default()
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        self.language.setToolTip(self.tr("The language of the titles, places and descriptions"))
        form.addRow(self.tr("&Language:"), self.language)

        self.person: QComboBox | None = None
        if members is not None:
            self.person = QComboBox(self)
            self.person.setObjectName("ics_person")
            self.person.addItem(self.tr("The whole program"), None)
            for person_id, name in members:
                self.person.addItem(name, person_id)
            self.person.setToolTip(
                self.tr("A member's calendar holds only the items that member attends")
            )
            form.addRow(self.tr("Calendar &for:"), self.person)

        reminder = QHBoxLayout()
        self.remind = QCheckBox(self.tr("&Remind"), self)
        self.remind.setObjectName("ics_remind")
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("ics_alarm_minutes")
        self.minutes.setRange(0, MAX_ALARM_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes before each program item"))
        before = QLabel(self.tr("before each program item"), self)
        before.setTextFormat(Qt.TextFormat.PlainText)
        remembered = _int(stored.value(ALARM_KEY, -1))
        self.remind.setChecked(remembered >= 0)
        self.minutes.setValue(remembered if remembered >= 0 else DEFAULT_ALARM_MINUTES)
        self.minutes.setEnabled(self.remind.isChecked())
        self.remind.toggled.connect(self.minutes.setEnabled)
        reminder.addWidget(self.remind)
        reminder.addWidget(self.minutes)
        reminder.addWidget(before, 1)
        form.addRow(self.tr("Reminder:"), reminder)
        layout.addLayout(form)

        self.organizer_note = QLabel(self)
        self.organizer_note.setObjectName("ics_organizer_note")
        self.organizer_note.setTextFormat(Qt.TextFormat.PlainText)
        self.organizer_note.setWordWrap(True)
        if not context.services.settings.office_email():
            self.organizer_note.setText(
                self.tr(
                    "No office e-mail is set (Settings > Letterhead): the calendar is exported "
                    "without an organizer, as a plain calendar."
                )
            )
        else:
            self.organizer_note.hide()
        layout.addWidget(self.organizer_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choice(self) -> IcsChoice:
        person = self.person.currentData() if self.person is not None else None
        return IcsChoice(
            lang=str(self.language.currentData()),
            alarm_minutes=self.minutes.value() if self.remind.isChecked() else None,
            person_id=int(person) if person is not None else None,
        )

    def accept(self) -> None:
        choice = self.choice()
        self.context.settings.setValue(LANGUAGE_KEY, choice.lang)
        alarm = -1 if choice.alarm_minutes is None else choice.alarm_minutes
        self.context.settings.setValue(ALARM_KEY, alarm)
        super().accept()


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return -1


def _ui_default() -> str:
    """The interface language where the export has it, else German."""
    from exchange_planner.ui.content_language import ui_language

    language = ui_language()
    return language if language in LANGUAGES else "de"
