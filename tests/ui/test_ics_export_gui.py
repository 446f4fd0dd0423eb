"""The calendar's .ics exports through the real actions: the options dialog (language, one
member's calendar, a reminder) filled with the keyboard and mouse, the file read back with
icalendar and vobject; an empty month gives a valid file and a message; the office e-mail
typed in Settings > Letterhead becomes the exports' organizer."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import vobject
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.ui.calendar.ics_options import IcsOptionsDialog
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.settings_dialog import SettingsDialog

JULY_26 = date(2023, 7, 26)


def calendar_tab(window, qtbot) -> CalendarTab:  # type: ignore[no-untyped-def]
    tab = next(p for p in window.pages if isinstance(p, CalendarTab))
    window.tabs.setCurrentWidget(tab)
    qtbot.waitExposed(tab)
    tab.set_view("month")
    return tab


def choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry of a combo box with the keyboard."""
    index = combo.findText(text)
    assert index >= 0, text
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def fill_options(qtbot, seen: list, *, language: str = "", person: str = "", minutes: str = ""):  # type: ignore[no-untyped-def]
    """When the options dialog opens (modal), fill it as a user would and press OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, IcsOptionsDialog):
            QTimer.singleShot(20, fill)
            return
        # What the dialog shows (it is deleted once closed).
        seen.append((dialog.organizer_note.isHidden(), dialog.organizer_note.text()))
        try:
            if language:
                choose(qtbot, dialog.language, language)
            if person:
                assert dialog.person is not None
                choose(qtbot, dialog.person, person)
            if minutes:
                qtbot.keyClick(dialog.remind, Qt.Key.Key_Space)
                assert dialog.remind.isChecked()
                assert dialog.minutes.isEnabled()
                dialog.minutes.selectAll()
                qtbot.keyClicks(dialog.minutes, minutes)
            qtbot.mouseClick(
                dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
            )

        except BaseException:
            dialog.reject()  # never leave the test waiting on the modal
            raise

    QTimer.singleShot(0, fill)


def test_a_members_calendar_with_reminders_in_korean_from_the_context_menu(
    main_window, qtbot, tmp_path: Path, sample_ids
) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab(main_window, qtbot)
    tab.set_focus_date(JULY_26)
    visit = next(e for e in tab.month_view.shown_entries() if e.kind is EntryKind.VISIT)
    menu = tab.build_context_menu(visit, JULY_26)
    action = next(a for a in menu.actions() if "visit's program" in a.text())
    target = tmp_path / "press.ics"
    offered: list[str] = []

    def save_path(title: str, suggested: str, filters: str) -> str:
        offered.append(suggested)
        return str(target)

    tab.ask_save_path = save_path
    seen: list[tuple[bool, str]] = []
    fill_options(qtbot, seen, language="한국어", person="Ahn Jae-hyun (안재현)", minutes="25")
    action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert seen and seen[0][0]  # the sample has an office e-mail: no note
    assert offered == [f"visit-{sample_ids['visit']}-person-24.ics"]
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 11  # the press member does not attend every item
    assert str(calendar["x-wr-calname"]).endswith("안재현 님")
    for event in events:
        assert str(event["description"]).startswith("방문: ")
        (alarm,) = event.walk("VALARM")
        assert alarm["trigger"].to_ical() == b"-PT25M"
        assert str(event["organizer"]) == "mailto:protocol@example.org"
    read = vobject.readOne(io.StringIO(target.read_text("utf-8")))
    assert len(read.vevent_list) == 11
    # The choices are remembered for the next export.
    again = IcsOptionsDialog(tab.context, members=[])
    assert again.language.currentData() == "ko" and again.minutes.value() == 25
    assert again.remind.isChecked()
    again.deleteLater()


def test_an_empty_month_gives_a_valid_calendar_and_a_message(
    main_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab(main_window, qtbot)
    tab.set_focus_date(date(2031, 1, 15))
    target = tmp_path / "january"
    tab.ask_save_path = lambda *args: str(target)
    seen: list[tuple[bool, str]] = []
    fill_options(qtbot, seen)
    tab.export_action.trigger()
    written = tmp_path / "january.ics"
    qtbot.waitUntil(lambda: tab.empty_export_message is not None, timeout=10000)
    message = tab.empty_export_message
    assert message is not None and message.isVisible()
    assert "without events" in message.text() and str(written) in message.text()
    calendar = Calendar.from_ical(written.read_bytes())
    assert calendar.walk("VEVENT") == [] and "method" not in calendar
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == [tab.zone]
    message.close()


def test_the_office_email_typed_in_settings_is_the_organizer(
    main_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services = main_window.context.services
    main_window.settings_action.trigger()
    dialog = main_window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    bar = dialog.pages.tabBar()
    qtbot.mouseClick(
        bar,
        Qt.MouseButton.LeftButton,
        pos=bar.tabRect(dialog.pages.indexOf(dialog.letterhead)).center(),
    )
    field = dialog.letterhead.office_email
    assert field.text() == "protocol@example.org"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "protocol at example")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    error = dialog.letterhead.email_error
    assert dialog.isVisible() and error.isVisible()
    assert "“protocol at example” is not an e-mail address" in error.text()
    assert services.settings.office_email() == "protocol@example.org"  # nothing stored
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "partnerschaften@leipzig.example.org")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.settings.office_email() == "partnerschaften@leipzig.example.org"

    tab = calendar_tab(main_window, qtbot)
    tab.set_focus_date(JULY_26)
    target = tmp_path / "july.ics"
    tab.ask_save_path = lambda *args: str(target)
    fill_options(qtbot, [])
    tab.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["method"]) == "PUBLISH"
    organizers = {str(e["organizer"]) for e in calendar.walk("VEVENT")}
    assert organizers == {"mailto:partnerschaften@leipzig.example.org"}

    # Emptied: no organizer, no METHOD, and the export options say so.
    services.settings.set_office_email("")
    seen: list[tuple[bool, str]] = []
    fill_options(qtbot, seen)
    target.unlink()
    tab.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert not seen[0][0] and "Settings > Letterhead" in seen[0][1]
    calendar = Calendar.from_ical(target.read_bytes())
    assert "method" not in calendar
    assert all("organizer" not in e for e in calendar.walk("VEVENT"))
