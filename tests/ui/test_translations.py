"""The shipped translations load and cover the main window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from exchange_planner.ui.app import TRANSLATIONS_DIR


def _translator(qapp, language: str) -> QTranslator:  # type: ignore[no-untyped-def]
    translator = QTranslator(qapp)
    assert translator.load(str(TRANSLATIONS_DIR / f"exchange-planner_{language}.qm"))
    return translator


def test_german_main_window_words(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = _translator(qapp, "de")
    qapp.installTranslator(translator)
    try:
        words = [
            QCoreApplication.translate("MainWindow", text)
            for text in ("&File", "&Edit", "&Help", "&Back up now")
        ]
        assert words[:3] == ["&Datei", "&Bearbeiten", "&Hilfe"]
        assert words[3] == "Jetzt &sichern"
    finally:
        qapp.removeTranslator(translator)


def test_english_plural_forms(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = _translator(qapp, "en")
    qapp.installTranslator(translator)
    try:
        one = QCoreApplication.translate("CalendarTab", "%n entries", "", 1)
        many = QCoreApplication.translate("CalendarTab", "%n entries", "", 14)
        assert (one, many) == ("1 entry", "14 entries")
    finally:
        qapp.removeTranslator(translator)


def test_german_translation_is_complete() -> None:
    """`./dev i18n` refreshes the file; every message must then carry a German text."""
    root = ET.parse(TRANSLATIONS_DIR / "exchange-planner_de.ts").getroot()
    unfinished = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_german_team_mode_words(qapp) -> None:  # type: ignore[no-untyped-def]
    """The history panel and the conflict question are in the catalogue (their texts are
    written where lupdate finds them) and read German."""
    translator = _translator(qapp, "de")
    qapp.installTranslator(translator)
    try:
        from exchange_planner.ui.widgets.change_history import ChangeHistoryModel

        model = ChangeHistoryModel()
        headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
        assert headings == ["Wann", "Wer", "Was"]
        assert QCoreApplication.translate("Conflicts", "&Overwrite") != "&Overwrite"
        assert QCoreApplication.translate("Conflicts", "&Reload") != "&Reload"
    finally:
        qapp.removeTranslator(translator)
