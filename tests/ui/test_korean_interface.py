"""The Korean user interface: chosen in Settings (or by the system locale), installed at
start-up, shown on the real main window in Korean words, dates and numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.storage.database import open_database
from exchange_planner.ui import app as app_module
from exchange_planner.ui.app import create_application
from exchange_planner.ui.calendar import render
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.language import INTERFACE_LANGUAGE_KEY, interface_locale
from exchange_planner.ui.main_window import MainWindow
from exchange_planner.ui.settings import application_settings
from exchange_planner.ui.settings_dialog import SettingsDialog
from exchange_planner.ui.widgets.date_field import ui_month_year

KOREAN_TABS = ("캘린더", "대표단", "레지던시", "전시", "인물 및 장소")
KOREAN_MENUS = ("파일(&F)", "편집(&E)", "보기(&V)", "문서(&D)", "도움말(&H)")
GERMAN_MENUS = ("&Datei", "&Bearbeiten", "&Hilfe", "D&okumente")


@pytest.fixture
def start_up(qapp, qt_settings) -> Iterator[QSettings]:  # type: ignore[no-untyped-def]
    """The settings the real start reads (``application_settings()``, a temporary file here); the
    translators and the default locale are put back as they were after the test."""
    previous_locale = QLocale()
    installed = getattr(app_module, "INSTALLED", {})
    previous = dict(installed)
    create_application()
    yield application_settings()
    for translator in installed.values():
        qapp.removeTranslator(translator)
    installed.clear()
    for name, translator in previous.items():
        qapp.installTranslator(translator)
        installed[name] = translator
    QLocale.setDefault(previous_locale)


def _window(qtbot, sample_db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    # As run_gui builds it: on the settings the start-up read.
    window = MainWindow(open_database(sample_db_path), application_settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&&", "&") for i in range(window.tabs.count())]


def test_the_main_window_speaks_korean(qtbot, start_up, sample_db_path) -> None:  # type: ignore[no-untyped-def]
    start_up.setValue(INTERFACE_LANGUAGE_KEY, "ko")
    create_application()
    assert QLocale().language() == QLocale.Language.Korean
    window = _window(qtbot, sample_db_path)
    assert set(KOREAN_TABS) <= set(_tab_titles(window))
    assert set(KOREAN_MENUS) <= set(_menu_titles(window))
    edit = [action.text() for action in window.edit_menu.actions()]
    assert "설정(&S)…" in edit
    assert window.settings_action.text() == "설정(&S)…"
    # Dates follow the locale: the calendar's month reads "2026년 12월", its count "항목 …개".
    calendar = window.page(CalendarTab)
    assert calendar is not None
    window.tabs.setCurrentWidget(calendar)
    shown = calendar.focus_date
    assert calendar.period_label.text().startswith(f"{shown.year}년 {shown.month}월  ·  ")
    assert calendar.count_label.text().startswith("항목 ")


def test_korean_dates_in_the_calendar(start_up) -> None:  # type: ignore[no-untyped-def]
    """The month view's first day reads "7월 1일" (not "년 7월 1일"), an empty month
    "2023년 7월"."""
    start_up.setValue(INTERFACE_LANGUAGE_KEY, "ko")
    create_application()
    assert render._day_month(date(2023, 7, 1)) == "7월 1일"
    assert ui_month_year(2023, 7) == "2023년 7월"
    assert QCoreApplication.translate("Calendar", "Nothing planned in %s") == "%s 예정된 일정 없음"


def test_the_system_locale_chooses_korean_when_settings_leave_it(start_up) -> None:  # type: ignore[no-untyped-def]
    """No choice stored: the translators follow the system locale (ko_KR → Korean)."""
    assert interface_locale(start_up) is None
    installed = app_module.install_translators(
        QCoreApplication.instance(), QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    )
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "파일(&F)"
        assert QCoreApplication.translate("DelegationsTab", "Delegations") == "대표단"
    finally:
        for translator in installed.values():
            QCoreApplication.removeTranslator(translator)


def _choose_language(qtbot, window: MainWindow, name: str) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Edit > Settings…, the language picked with the keyboard, OK clicked."""
    assert window.settings_action in window.edit_menu.actions()
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    combo = dialog.interface_language
    note = dialog.restart_note
    assert note.isVisible() and note.text()
    index = combo.findText(name)
    assert index >= 0
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == name
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    return dialog


@pytest.mark.parametrize(
    ("name", "code", "menus", "language"),
    [
        ("한국어", "ko", KOREAN_MENUS, QLocale.Language.Korean),
        ("Deutsch", "de", GERMAN_MENUS, QLocale.Language.German),
    ],
)
def test_the_language_chosen_in_settings_is_used_at_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, start_up, sample_db_path, name, code, menus, language
) -> None:
    window = _window(qtbot, sample_db_path)
    assert "&File" in _menu_titles(window)
    _choose_language(qtbot, window, name)
    assert application_settings().value(INTERFACE_LANGUAGE_KEY) == code
    # Takes effect on restart: the open window keeps its words ...
    assert "&File" in _menu_titles(window)
    # ... the next start installs the chosen language, words and locale.
    create_application()
    assert QLocale().language() == language
    again = _window(qtbot, sample_db_path)
    assert set(menus) <= set(_menu_titles(again))
    reopened = _choose_language(qtbot, again, name)
    assert reopened.interface_language.currentData() == code


def test_system_default_is_stored_as_no_choice(qtbot, start_up, sample_db_path) -> None:  # type: ignore[no-untyped-def]
    start_up.setValue(INTERFACE_LANGUAGE_KEY, "ko")
    window = _window(qtbot, sample_db_path)
    dialog = _choose_language(qtbot, window, "System default")
    assert application_settings().value(INTERFACE_LANGUAGE_KEY) == ""
    assert dialog.interface_language.currentData() == ""
    create_application()
    assert QLocale().name() == QLocale.system().name()
    assert QCoreApplication.translate("MainWindow", "&File") != "파일(&F)"
