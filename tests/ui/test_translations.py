"""The shipped translations load and cover the main window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
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


# --- Korean ---------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%(?:\d+|n|s|d)")


def _messages(language: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) of every message of the .ts file; a
    plural message has one translation per form."""
    root = ET.parse(TRANSLATIONS_DIR / f"exchange-planner_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            unfinished = translation.get("type") == "unfinished"
            found.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    texts,
                    unfinished,
                )
            )
    return found


def _accelerator(text: str) -> str | None:
    """The letter after a single "&" (lower case); "&&" is a literal ampersand and "& " in a
    sentence ("People & Venues > …") marks nothing."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        following = text[index + 1]
        if following == "&":
            index += 2
            continue
        if following.isspace():
            index += 1
            continue
        return following.lower()
    return None


def test_korean_translation_is_complete() -> None:
    """Every message has its Korean text, plural messages their one form (Korean has one)."""
    messages = _messages("ko")
    # Every message the German file has (``./dev i18n`` refreshes both from the sources).
    missing = {(c, s) for c, s, texts, left in _messages("de")} - {(c, s) for c, s, *_ in messages}
    assert missing == set()
    unfinished = [f"{c}: {s}" for c, s, texts, left in messages if left or not all(texts)]
    assert unfinished == []
    plural_forms = {len(texts) for c, s, texts, left in messages}
    assert plural_forms == {1}


@pytest.mark.parametrize("language", ["ko", "de"])
def test_translations_keep_the_placeholders(language: str) -> None:
    """%1, %n, %s … of the source are all in the translation (%s and %d in their order: they
    are filled by position)."""
    wrong = []
    for context, source, texts, unfinished in _messages(language):
        wanted = PLACEHOLDER.findall(source)
        for text in texts:
            found = PLACEHOLDER.findall(text)
            ordered = [p for p in found if p in ("%s", "%d")] == [
                p for p in wanted if p in ("%s", "%d")
            ]
            if not unfinished and (sorted(found) != sorted(wanted) or not ordered):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


def test_korean_accelerators_follow_the_english_letters() -> None:
    """A Korean label keeps its accelerator as "파일(&F)": the letter of the English text, so
    the letters are as unique per menu and dialog as the English ones (test_accelerators)."""
    wrong = []
    for context, source, texts, _unfinished in _messages("ko"):
        for text in texts:
            if _accelerator(text) != _accelerator(source) or text.count("&") - 2 * text.count(
                "&&"
            ) > source.count("&") - 2 * source.count("&&"):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # nothing installed here


def test_korean_plural_form(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = _translator(qapp, "ko")
    qapp.installTranslator(translator)
    try:
        one = QCoreApplication.translate("CalendarTab", "%n entries", "", 1)
        many = QCoreApplication.translate("CalendarTab", "%n entries", "", 14)
        pages = QCoreApplication.translate("PdfPreview", "%n page(s)", "", 3)
        assert (one, many, pages) == ("항목 1개", "항목 14개", "3페이지")
    finally:
        qapp.removeTranslator(translator)
