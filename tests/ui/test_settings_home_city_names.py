"""Edit > Settings…: the home city's name per language, as documents in that language print it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from exchange_planner.ui.settings_dialog import SettingsDialog


def _open(window, qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_home_city_is_named_per_language(main_window, qtbot):
    services = main_window.context.services
    services.settings.set_home_city_names({})
    dialog = _open(main_window, qtbot)
    korean = dialog.home_city_names["ko"]
    assert korean.text() == "" and korean.placeholderText() == "Leipzig"
    korean.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("라이프치히")
    QApplication.sendEvent(korean, event)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert services.settings.home_city_in("ko") == "라이프치히"
    assert services.settings.home_city_in("en") == "Leipzig"

    dialog = _open(main_window, qtbot)
    assert dialog.home_city_names["ko"].text() == "라이프치히"
    english = dialog.home_city_names["en"]
    english.setFocus()
    qtbot.keyClicks(english, "x" * 300)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()  # refused, with the reason under the names
    assert "at most" in dialog.home_city_names_error.text()
    assert services.settings.home_city_names() == {"ko": "라이프치히"}
    dialog.reject()


def test_the_language_of_new_texts_is_chosen_in_settings(main_window, qtbot):
    services = main_window.context.services
    assert services.settings.office_language() == "de"
    dialog = _open(main_window, qtbot)
    combo = dialog.office_language
    assert combo.currentData() == "de"
    combo.setFocus()
    while combo.currentData() != "ko":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert services.settings.office_language() == "ko"
    venue = services.venues.create(name="광주시립미술관", timezone="Asia/Seoul")
    assert venue.original_language == "ko"
    assert _open(main_window, qtbot).office_language.currentData() == "ko"
    main_window.settings_dialog.reject()
