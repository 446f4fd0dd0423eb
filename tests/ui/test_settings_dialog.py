"""Edit > Settings…: typed into, OK stores through the services, Cancel and bad input change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.settings_dialog import SettingsDialog


def _open(window, qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    edit_actions = window.edit_menu.actions()
    action = next(a for a in edit_actions if a.text() == "&Settings…")
    assert action is window.settings_action
    action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def _button(dialog, which):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(which)


def _calendar_home_label(window) -> str:  # type: ignore[no-untyped-def]
    page = window.page(CalendarTab)
    return page.zone_box.itemText(0)


def test_settings_has_the_preferences_shortcut(main_window):
    shortcuts = main_window.settings_action.shortcuts()
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert shortcuts == (platform or [QKeySequence("Ctrl+,")])
    assert shortcuts[0].toString()


def test_calendar_names_the_home_zone_by_the_home_city(main_window):
    # The sample's home zone is Europe/Berlin; the city is Leipzig, not "Berlin".
    assert _calendar_home_label(main_window) == "Leipzig (home)"


def test_ok_stores_city_zone_and_languages(main_window, qtbot):
    services = main_window.context.services
    gwangju = next(p for p in services.partnerships.list() if p.partner_city == "Gwangju")
    dialog = _open(main_window, qtbot)
    assert dialog.home_city.text() == "Leipzig"
    assert dialog.home_timezone.text() == "Europe/Berlin"
    _retype(qtbot, dialog.home_city, "Halle (Saale)")
    _retype(qtbot, dialog.home_timezone, "Europe/Vienna")
    combo = dialog.languages[gwangju.id]
    combo.setCurrentIndex(combo.findData("de+ko"))
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.settings.home_city() == "Halle (Saale)"
    assert services.settings.home_timezone() == "Europe/Vienna"
    assert services.settings.document_language(gwangju.id) == "de+ko"
    # the calendar is rebuilt around the new home
    assert _calendar_home_label(main_window) == "Halle (Saale) (home)"
    page = main_window.page(CalendarTab)
    assert page.home_zone == "Europe/Vienna"


def test_the_zone_field_completes_iana_names(main_window, qtbot):
    dialog = _open(main_window, qtbot)
    _retype(qtbot, dialog.home_timezone, "seoul")
    completer = dialog.home_timezone.completer()
    assert completer.completionCount() >= 1
    completer.setCurrentRow(0)
    assert completer.currentCompletion() == "Asia/Seoul"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("home_timezone", "Mars/Olympus_Mons", "not a time zone"),
        ("home_timezone", "", "Choose a time zone"),
        ("home_city", "   ", "Enter the name of your city"),
    ],
)
def test_invalid_values_are_refused_next_to_the_field(main_window, qtbot, field, text, message):
    services = main_window.context.services
    dialog = _open(main_window, qtbot)
    _retype(qtbot, dialog.home_city, "Dresden")
    widget = getattr(dialog, field)
    _retype(qtbot, widget, text)
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = dialog.findChild(type(dialog.home_city_error), f"error_{field}")
    assert error.isVisible()
    assert message in error.text()
    assert services.settings.home_city() == "Leipzig"
    assert services.settings.home_timezone() == "Europe/Berlin"
    dialog.reject()


def test_cancel_changes_nothing(main_window, qtbot):
    services = main_window.context.services
    before = services.settings.all()
    gwangju = services.partnerships.list()[0]
    dialog = _open(main_window, qtbot)
    _retype(qtbot, dialog.home_city, "Dresden")
    _retype(qtbot, dialog.home_timezone, "Asia/Tokyo")
    combo = dialog.languages[gwangju.id]
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.mouseClick(
        _button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert services.settings.all() == before
    assert _calendar_home_label(main_window) == "Leipzig (home)"


def test_thresholds_and_font_open_their_own_dialogs(main_window, qtbot):
    from exchange_planner.ui.delegations.gift_rules import GiftRulesDialog
    from exchange_planner.ui.documents.font_settings import FontSettingsDialog

    dialog = _open(main_window, qtbot)
    qtbot.mouseClick(dialog.thresholds_button, Qt.MouseButton.LeftButton)
    assert isinstance(dialog.sub_dialog, GiftRulesDialog)
    assert dialog.sub_dialog.isVisible()
    dialog.sub_dialog.reject()
    qtbot.mouseClick(dialog.font_button, Qt.MouseButton.LeftButton)
    assert isinstance(dialog.sub_dialog, FontSettingsDialog)
    assert dialog.sub_dialog.isVisible()
    dialog.sub_dialog.reject()
    dialog.reject()


def test_the_partnership_language_is_preselected_when_printing(main_window, qtbot):
    services = main_window.context.services
    visit = services.visits.list()[0]
    services.settings.set_document_languages({visit.partnership_id: "de+ko"})
    main_window.events.current.emit("visit", visit.id)
    main_window.documents_menu.itinerary.trigger()
    run = main_window.documents_menu.last_run
    assert run.dialog.language.currentData() == "de+ko"
    run.dialog.reject()


def test_the_settings_service_refuses_bad_values(services):
    from exchange_planner.domain.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        services.settings.set_home(city="Leipzig", timezone="Nowhere/Atlantis")
    assert refused.value.field == "home_timezone"
    with pytest.raises(ValidationError):
        services.settings.set_document_languages({1: "fr"})
    assert services.settings.home_timezone() == "Europe/Berlin"
    assert services.settings.document_language(1) == ""


def test_the_itinerary_names_the_home_time_column_by_the_home_city(services, sample_ids, tmp_path):
    import dataclasses
    import io

    from pypdf import PdfReader

    from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary

    data = services.documents.itinerary(sample_ids["visit"], record=False)
    # The same visit seen as an outgoing one: items in Gwangju, the second column at home.
    outgoing = dataclasses.replace(
        data,
        direction="outgoing",
        delegation_timezone=data.home_timezone,
        program=type(data.program)(
            dataclasses.replace(item, timezone="Asia/Seoul") for item in data.program
        ),
    )
    target = tmp_path / "itinerary.pdf"
    build_itinerary(outgoing, target, ItineraryOptions("en", True))
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Leipzig time" in text
    assert "Berlin time" not in text


def test_the_shortcut_opens_the_settings(main_window, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    sequence = main_window.settings_action.shortcuts()[0]
    combination = sequence[0]
    qtbot.keyClick(main_window, combination.key(), combination.keyboardModifiers())
    assert isinstance(main_window.settings_dialog, SettingsDialog)
    assert main_window.settings_dialog.isVisible()
    main_window.settings_dialog.reject()
