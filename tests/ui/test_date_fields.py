"""Typing dates into the visit editor, as a user does, in German and English locales."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

JULY_20 = date(2027, 7, 20)
TYPED = ["20.7.2027", "20.07.27", "20072027", "2027-07-20"]


@pytest.fixture
def ui_locale():  # type: ignore[no-untyped-def]
    """Set the interface's locale for one test, and put the previous one back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _delegations(qtbot, window):  # type: ignore[no-untyped-def]
    tab = next(page for page in window.pages if page.title() == "Delegations")
    window.tabs.setCurrentWidget(tab)
    _activate(qtbot, window)
    assert tab.visit_id
    return tab


def _type_date(qtbot, field, text: str, leave=Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """Click into the field, select what is there, type, leave with Return or Tab."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, leave)


@pytest.mark.parametrize(
    ("locale_name", "shown"),
    [("de_DE", "20.07.2027"), ("en_US", "7/20/2027"), ("en_GB", "20/07/2027")],
)
def test_typed_dates_are_read_and_shown_in_the_locale(
    qtbot, main_window, ui_locale, locale_name, shown
):  # type: ignore[no-untyped-def]
    ui_locale(locale_name)
    tab = _delegations(qtbot, main_window)
    visits = main_window.context.services.visits
    form = tab.sections["overview"].form
    field = form.widgets["end_date"]
    own_short = {"de_DE": "20.07.27", "en_US": "7/20/27", "en_GB": "20/07/27"}[locale_name]
    for number, text in enumerate([*TYPED, own_short]):
        visits.update(tab.visit_id, end_date=date(2023, 7, 27))  # as in the sample
        tab.sections["overview"].reload()
        leave = Qt.Key.Key_Tab if number % 2 else Qt.Key.Key_Return
        _type_date(qtbot, field, text, leave)
        assert field.text() == shown, text
        assert form.error_text("end_date") == "", text
        assert visits.get(tab.visit_id).end_date == JULY_20, text


def test_an_impossible_date_says_so_and_changes_nothing(qtbot, main_window, ui_locale):  # type: ignore[no-untyped-def]
    ui_locale("de_DE")
    tab = _delegations(qtbot, main_window)
    visits = main_window.context.services.visits
    form = tab.sections["overview"].form
    before = visits.get(tab.visit_id).model_dump()
    depth = main_window.undo_stack.count()
    field = form.widgets["end_date"]
    _type_date(qtbot, field, "31.02.2027")
    assert form.error_text("end_date") == "“31.02.2027”: Februar 2027 has 28 days, not 31."
    assert visits.get(tab.visit_id).model_dump() == before
    assert main_window.undo_stack.count() == depth
    _type_date(qtbot, field, "Montag", Qt.Key.Key_Tab)
    assert "“Montag” is not a date; type it like 20.07.2027" in form.error_text("end_date")
    assert visits.get(tab.visit_id).model_dump() == before
    _type_date(qtbot, field, "")  # a visit needs its last day
    assert form.error_text("end_date") == "Enter a date, e.g. 20.07.2027."
    assert visits.get(tab.visit_id).model_dump() == before
    _type_date(qtbot, field, "20.7.23")  # a date the rules refuse: dates as the UI shows them
    assert "ends on 20.07.2023, before it starts on 25.07.2023" in form.error_text("end_date")
    assert visits.get(tab.visit_id).model_dump() == before
    _type_date(qtbot, field, "28.7.23")  # corrected: the message goes
    assert form.error_text("end_date") == ""
    assert visits.get(tab.visit_id).end_date == date(2023, 7, 28)
    assert field.text() == "28.07.2023"


def test_program_times_are_typed_too(qtbot, main_window, ui_locale):  # type: ignore[no-untyped-def]
    ui_locale("de_DE")
    tab = _delegations(qtbot, main_window)
    tab.editor.setCurrentWidget(tab.sections["program"])
    program = tab.sections["program"]
    items = main_window.context.services.program.for_visit(tab.visit_id)
    last = items[-1]
    assert program.select_item(last.id)
    ends = program.form.widgets["ends_at"]
    assert ends.text() == "27.07.2023 09:15"
    _type_date(qtbot, ends.time_edit, "0945")
    assert ends.time_edit.text() == "09:45"
    assert program.form.value("ends_at") == datetime(2023, 7, 27, 9, 45)
    stored = main_window.context.services.program.get(last.id)
    assert (stored.ends_at - stored.starts_at).total_seconds() == 105 * 60
    _type_date(qtbot, ends.time_edit, "25:00")
    assert "“25:00” is not a time" in program.form.error_text("ends_at")
    assert main_window.context.services.program.get(last.id).ends_at == stored.ends_at


def test_the_calendar_button_picks_a_day(qtbot, main_window, ui_locale):  # type: ignore[no-untyped-def]
    ui_locale("de_DE")
    tab = _delegations(qtbot, main_window)
    field = tab.sections["overview"].form.widgets["end_date"]
    calendar = field.show_calendar()
    assert calendar.isVisible() and calendar.selectedDate().toPython() == date(2023, 7, 27)
    calendar.clicked.emit(calendar.selectedDate().addDays(1))
    assert QApplication.activePopupWidget() is None
    assert field.text() == "28.07.2023"
    assert main_window.context.services.visits.get(tab.visit_id).end_date == date(2023, 7, 28)


def test_the_templates_day_is_typed_too(qtbot, main_window, ui_locale):  # type: ignore[no-untyped-def]
    ui_locale("de_DE")
    tab = _delegations(qtbot, main_window)
    tab.editor.setCurrentWidget(tab.sections["program"])
    program = tab.sections["program"]
    services = main_window.context.services
    count = len(services.program.for_visit(tab.visit_id))
    button = program.template_bar.widgetForAction(program.template_action)
    _type_date(qtbot, program.template_day, "32.7.23")
    assert "has 31 days, not 32" in program.conflict_label.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(services.program.for_visit(tab.visit_id)) == count  # nothing was created
    _type_date(qtbot, program.template_day, "27072023")
    assert program.template_day.text() == "27.07.2023"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    items = services.program.for_visit(tab.visit_id)
    assert len(items) == count + 4
    new = [i for i in items if i.title == "Eintragung in das Goldene Buch"]
    assert [i.starts_at.date() for i in new] == [date(2023, 7, 27)]


def test_a_date_still_being_typed_is_read_by_apply_editors(qtbot):  # type: ignore[no-untyped-def]
    from exchange_planner.ui.widgets.forms import Form

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        form = Form()
        qtbot.addWidget(form)
        field = form.date("start_date", "From")
        form.load({"start_date": date(2023, 7, 25)})
        field.selectAll()
        qtbot.keyClicks(field, "20.7.27")  # not left yet: Apply by its shortcut reads it
        assert form.values() == {"start_date": JULY_20}
        field.selectAll()
        qtbot.keyClicks(field, "31.2.27")  # no date: the stored one stays
        assert form.values() == {"start_date": date(2023, 7, 25)}
    finally:
        QLocale.setDefault(before)


def test_arrow_keys_step_a_day_and_alt_down_opens_the_calendar(qtbot, main_window, ui_locale):  # type: ignore[no-untyped-def]
    ui_locale("de_DE")
    tab = _delegations(qtbot, main_window)
    visits = main_window.context.services.visits
    field = tab.sections["overview"].form.widgets["end_date"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "28.07.2023"
    assert visits.get(tab.visit_id).end_date == date(2023, 7, 28)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert visits.get(tab.visit_id).end_date == date(2023, 7, 26)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.objectName() == "date_popup"
    popup.close()


def test_a_members_arrival_without_a_time_starts_the_day(qtbot, main_window, ui_locale):  # type: ignore[no-untyped-def]
    ui_locale("de_DE")
    tab = _delegations(qtbot, main_window)
    tab.editor.setCurrentWidget(tab.sections["members"])
    members = tab.sections["members"]
    services = main_window.context.services
    member = members.model.record(3)
    assert members.select_member(member.id)
    arrival = members.detail.widgets["arrival"]
    _type_date(qtbot, arrival.date_edit, "")  # optional: emptied means no arrival
    assert services.members.get(member.id).arrival is None
    assert arrival.text() == ""
    _type_date(qtbot, arrival.date_edit, "24.7.23")
    assert arrival.text() == "24.07.2023 00:00"
    stored = services.members.get(member.id).arrival
    assert stored is not None and stored.date() in (date(2023, 7, 23), date(2023, 7, 24))
    _type_date(qtbot, arrival.time_edit, "14:05")
    assert members.detail.value("arrival") == datetime(2023, 7, 24, 14, 5)
