"""Settings stored with the data (they travel with the database file).

The typed accessors below validate before anything is stored: a refused value raises
:class:`ValidationError` naming its field and leaves every setting as it was.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import sqlalchemy as sa
from sqlmodel import Session, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.errors import ConflictError, ValidationError
from exchange_planner.reports.i18n import check_language
from exchange_planner.services.crud import (
    OFFICE_LANGUAGE_KEY,
    last_change,
    office_language,
    retry_lost_races,
)
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Setting

#: Two first writes of one key at once: the later insert fails on the key; it is tried again.
_RACES = (sa.exc.IntegrityError,)

#: The stored key of a partnership's default document language ("" = the last one used).
DOCUMENT_LANGUAGE_KEY = "document_lang_partnership_{id}"
MAX_CITY_LENGTH = 100
#: The home city's name in other languages, as JSON {language: name}.
HOME_CITY_NAMES_KEY = "home_city_names"

DEFAULTS: dict[str, str] = {
    "home_city": "Leipzig",
    "home_country": "Germany",
    "home_timezone": "Europe/Berlin",
    "is_sample": "false",
}


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> str:
        with self.db.session() as session:
            row = session.get(Setting, key)
            return row.value if row is not None else DEFAULTS.get(key, "")

    def set(self, key: str, value: str) -> None:
        def attempt() -> None:
            with self.db.session() as session:
                _store(session, key, value)

        retry_lost_races(attempt, also=_RACES)

    def all(self) -> dict[str, str]:
        with self.db.session() as session:
            stored = {row.key: row.value for row in session.exec(select(Setting)).all()}
        return {**DEFAULTS, **stored}

    # --- typed settings ----------------------------------------------------------------------
    def home_city(self) -> str:
        return self.get("home_city") or DEFAULTS["home_city"]

    def home_timezone(self) -> str:
        return self.get("home_timezone") or DEFAULTS["home_timezone"]

    def set_home(
        self, *, city: str, timezone: str, expected: Mapping[str, str] | None = None
    ) -> None:
        """Store the home city and its time zone together; both are checked first.

        ``expected`` (key → value the caller showed): a value someone else stored meanwhile
        is not overwritten unseen: ``ConflictError`` names it, and nothing is stored.
        """
        cleaned_city = " ".join((city or "").split())
        if not cleaned_city:
            raise ValidationError("home_city", "must not be empty")
        if len(cleaned_city) > MAX_CITY_LENGTH:
            raise ValidationError("home_city", f"at most {MAX_CITY_LENGTH} characters")
        v.text_characters("home_city", cleaned_city)
        zone = v.timezone_name("home_timezone", timezone)
        values = {"home_city": cleaned_city, "home_timezone": zone}

        def attempt() -> None:
            with self.db.session() as session:
                for key, value in values.items():
                    if expected is not None and key in expected:
                        _check_unchanged(session, key, expected[key], value)
                for key, value in values.items():
                    _store(session, key, value)

        retry_lost_races(attempt, also=_RACES)

    def office_language(self) -> str:
        """The language the office writes in: new records are written in it."""
        with self.db.session() as session:
            return office_language(session)

    def set_office_language(self, language: str) -> None:
        self.set(OFFICE_LANGUAGE_KEY, v.content_language(OFFICE_LANGUAGE_KEY, language))

    def home_city_names(self) -> dict[str, str]:
        """The home city's name in other languages (language → name), e.g. {"ko": "라이프치히"}."""
        try:
            stored = json.loads(self.get(HOME_CITY_NAMES_KEY) or "{}")
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        return {str(k): str(name) for k, name in stored.items() if isinstance(name, str) and name}

    def home_city_in(self, language: str) -> str:
        """The home city's name in ``language`` ("Leipzig" where it has none)."""
        return self.home_city_names().get(language) or self.home_city()

    def set_home_city_names(self, names: Mapping[str, str]) -> None:
        """Store the home city's name per language (an empty name removes one)."""
        cleaned: dict[str, str] = {}
        for language, name in names.items():
            key = f"{HOME_CITY_NAMES_KEY}@{language}"
            code = v.content_language(key, language)
            text = " ".join((name or "").split())
            if len(text) > MAX_CITY_LENGTH:
                raise ValidationError(key, f"at most {MAX_CITY_LENGTH} characters")
            v.text_characters(key, text)
            if text:
                cleaned[code] = text
        self.set(HOME_CITY_NAMES_KEY, json.dumps(cleaned, ensure_ascii=False, sort_keys=True))

    def document_language(self, partnership_id: int) -> str:
        """The default document language of a partnership; "" when none is set."""
        return self.get(DOCUMENT_LANGUAGE_KEY.format(id=int(partnership_id)))

    def set_document_languages(self, languages: dict[int, str]) -> None:
        """Set several partnerships' default languages at once ("" removes a default)."""
        cleaned: dict[str, str] = {}
        for partnership_id, code in languages.items():
            key = DOCUMENT_LANGUAGE_KEY.format(id=int(partnership_id))
            if code:
                try:
                    cleaned[key] = check_language(code)
                except ValidationError as error:
                    raise ValidationError(key, error.message) from None
            else:
                cleaned[key] = ""
        with self.db.session() as session:
            for key, value in cleaned.items():
                row = session.get(Setting, key)
                if not value:
                    if row is not None:
                        session.delete(row)
                elif row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value


def _store(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
        session.flush()
    elif row.value != value:
        row.value = value


def _check_unchanged(session: Session, key: str, shown: str, value: str) -> None:
    row = session.get(Setting, key)
    # As the typed getters show it: an empty or missing value reads as the default.
    current = (row.value if row is not None else "") or DEFAULTS.get(key, "")
    if current in (shown, value):
        return
    change = last_change(session, "setting", 0, key)
    raise ConflictError(
        "setting", key, current, change.user if change else "", change.at if change else None
    )


def office_name(settings: Mapping[str, str], language: str = "en") -> str:
    """The office that issues the documents (their PDF author), from ``SettingsService.all()``:
    the letterhead's office name in ``language`` (else in any language), else the home city's
    international office (``reports.archive.default_office``)."""
    from exchange_planner.reports.archive import default_office

    try:
        names = json.loads(settings.get("letterhead") or "{}").get("name") or {}
    except (ValueError, AttributeError):
        names = {}
    if isinstance(names, dict):
        found = [names.get(language), *names.values()]
        for name in found:
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())
    return default_office(settings.get("home_city") or DEFAULTS["home_city"], language)
