"""The language the lists and tables show content in: the user interface's own.

A record's texts (titles, names, rooms…) can be held in several languages; the lists show the
one the interface speaks (German UI: "Empfang durch Oberbürgermeister Burkhard Jung", English
UI: "Reception by Lord Mayor Burkhard Jung"), and the original where that language has none.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from exchange_planner.domain.texts import CONTENT_LANGUAGES, text_in

#: Shown when the interface speaks none of the content languages (it is English then).
FALLBACK_LANGUAGE = "en"


def ui_language() -> str:
    """The content language of the user interface (``QLocale().name()``, e.g. "de_DE")."""
    code = QLocale().name()[:2].lower()
    return code if code in CONTENT_LANGUAGES else FALLBACK_LANGUAGE


def shown(record: Any, field: str) -> str:
    """The record's ``field`` in the interface's language, or its original ("" for None)."""
    if record is None:
        return ""
    return text_in(record, field, ui_language()).text
