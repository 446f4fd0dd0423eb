"""The language of the program: chosen in Settings (or the system's), read at start-up."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

#: Where Settings stores the language of the program: "" (the system's), or one of
#: :data:`INTERFACE_LANGUAGES`. Read at start-up only: a change shows after a restart.
INTERFACE_LANGUAGE_KEY = "interface/language"
#: The languages the program speaks, each named in itself (the choice in Settings).
INTERFACE_LANGUAGES = {"de": "Deutsch", "en": "English", "ko": "한국어"}
_LOCALE_LANGUAGES = {
    "de": QLocale.Language.German,
    "en": QLocale.Language.English,
    "ko": QLocale.Language.Korean,
}


def chosen_language(settings: QSettings) -> str:
    """The language chosen in Settings, "" for the system's (also for a value it does not know)."""
    value = settings.value(INTERFACE_LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in INTERFACE_LANGUAGES else ""


def interface_locale(settings: QSettings) -> QLocale | None:
    """The locale of the chosen language, None to follow the system. The system's own
    locale is kept when it has that language (en_GB stays en_GB, de_AT stays de_AT)."""
    language = chosen_language(settings)
    if not language:
        return None
    system = QLocale.system()
    if system.language() == _LOCALE_LANGUAGES[language]:
        return system
    return QLocale(_LOCALE_LANGUAGES[language])
