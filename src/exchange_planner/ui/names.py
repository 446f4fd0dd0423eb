"""People's names in the interface: the one rule of ``domain/names.py`` in the language of
the interface (the default ``QLocale``): '강기정' in Korean, 'Kang Gi-jung (강기정)' otherwise."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from exchange_planner.domain.names import Named, display_name


def ui_language() -> str:
    """The language code of the interface: "de", "en", "ko", ..."""
    return QLocale().name().split("_", 1)[0] or "en"


def person_name(person: Named) -> str:
    """How lists, pickers and messages of the interface name a person."""
    return display_name(person, ui_language())
