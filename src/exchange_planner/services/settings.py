"""Settings stored with the data (they travel with the database file).

The typed accessors below validate before anything is stored: a refused value raises
:class:`ValidationError` naming its field and leaves every setting as it was.
"""

from __future__ import annotations

import base64
import io
import json
import re
from collections.abc import Mapping

import sqlalchemy as sa
from sqlmodel import Session, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import MemberRole
from exchange_planner.domain.errors import ConflictError, ValidationError
from exchange_planner.reports.i18n import check_language
from exchange_planner.reports.letterhead import (
    LETTERHEAD_KEY,
    LETTERHEAD_LOGO_KEY,
    Letterhead,
    LogoFile,
    letterhead_from_settings,
)
from exchange_planner.reports.letterhead import letterhead_texts as _letterhead_texts
from exchange_planner.reports.letterhead import logo_file as _logo
from exchange_planner.services.crud import (
    OFFICE_LANGUAGE_KEY,
    last_change,
    office_language,
    retry_lost_races,
)
from exchange_planner.services.setting_defaults import DEFAULTS, HOME_CITY_NAMES_KEY
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Setting

#: Two first writes of one key at once: the later insert fails on the key; it is tried again.
_RACES = (sa.exc.IntegrityError,)

#: The stored key of a partnership's default document language ("" = the last one used).
DOCUMENT_LANGUAGE_KEY = "document_lang_partnership_{id}"
MAX_CITY_LENGTH = 100
#: The home city's name in other languages, as JSON {language: name}.

MAX_OFFICE_NAME_LENGTH = 200
MAX_ADDRESS_LINES = 6
MAX_ADDRESS_LENGTH = 500
#: The largest logo file taken (and the largest PNG rendering of an SVG).
MAX_LOGO_BYTES = 2 * 1024 * 1024
#: The largest width or height of a logo in pixels (600 pixels print it at 300 dpi).
MAX_LOGO_PIXELS = 4000
PNG_TYPE = "image/png"
SVG_TYPE = "image/svg+xml"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_ROOT = re.compile(rb"<svg[\s>]")


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

    def office_email(self) -> str:
        """The office's e-mail address ("" when none is set): the ORGANIZER of exported
        calendars (services/ics.py)."""
        return self.get(OFFICE_EMAIL_KEY).strip()

    def set_office_email(self, address: str) -> None:
        """Store the office's e-mail address ("" removes it); refused unless it is one
        address such as protocol@example.org."""
        self.set(OFFICE_EMAIL_KEY, checked_office_email(address))

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

    # --- letterhead ------------------------------------------------------------------------
    def letterhead_texts(self) -> dict[str, dict[str, str]]:
        """The office name and address per language: {"name": {...}, "address": {...}}."""
        return _letterhead_texts(self.get(LETTERHEAD_KEY))

    def set_letterhead_texts(self, names: Mapping[str, str], addresses: Mapping[str, str]) -> None:
        """Store the office name and address lines per language (empty texts are dropped);
        everything is checked first."""
        stored = checked_letterhead_texts(names, addresses)
        self.set(
            LETTERHEAD_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True) if stored else ""
        )

    def check_letterhead_logo(
        self, file_name: str, data: bytes, png: bytes | None = None
    ) -> LogoFile:
        """The logo as it would be stored, checked (see :meth:`set_letterhead_logo`);
        nothing is stored."""
        logo = _logo(logo_value(file_name, data, png))
        assert logo is not None
        return logo

    def letterhead_logo(self) -> LogoFile | None:
        return _logo(self.get(LETTERHEAD_LOGO_KEY))

    def set_letterhead_logo(self, file_name: str, data: bytes, png: bytes | None = None) -> None:
        """Store a logo: a PNG, or an SVG with ``png``, the PNG it is printed as (rendered
        where the SVG was chosen). Refused with ``ValidationError("letterhead_logo", ...)``,
        nothing stored, for another type, a file over the size limit or an image that does not
        decode."""
        self.set(LETTERHEAD_LOGO_KEY, logo_value(file_name, data, png))

    def remove_letterhead_logo(self) -> None:
        self.set(LETTERHEAD_LOGO_KEY, "")

    def letterhead_values(self) -> dict[str, str]:
        """The letterhead's stored values as they are (to put them back on undo)."""
        return {key: self.get(key) for key in (LETTERHEAD_KEY, LETTERHEAD_LOGO_KEY)}

    def restore_letterhead_values(self, values: Mapping[str, str]) -> None:
        """Put back values from :meth:`letterhead_values` (only the letterhead's keys)."""

        def attempt() -> None:
            with self.db.session() as session:
                for key in (LETTERHEAD_KEY, LETTERHEAD_LOGO_KEY):
                    if key in values:
                        _store(session, key, values[key])

        retry_lost_races(attempt, also=_RACES)

    def letterhead(self) -> Letterhead | None:
        """The letterhead as documents print it; None when none is set."""
        return letterhead_from_settings(
            self.letterhead_values() | {OFFICE_LANGUAGE_KEY: self.office_language()}
        )

    # --- member lists: the role table per partnership --------------------------------------
    def member_roles(self, partnership_id: int) -> dict[str, MemberRole]:
        """The role table last used to import a member list of the partnership (a value of
        the list, case folded -> role); {} when none was kept or what is stored is damaged."""
        try:
            stored = json.loads(self.get(MEMBER_ROLES_KEY.format(id=int(partnership_id))) or "{}")
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        roles: dict[str, MemberRole] = {}
        for value, role in stored.items():
            try:
                roles[str(value)] = MemberRole(role)
            except ValueError:
                continue
        return roles

    def set_member_roles(self, partnership_id: int, roles: Mapping[str, str]) -> None:
        """Store a partnership's role table (value -> role); every entry is checked first.
        An empty table removes it."""
        key = MEMBER_ROLES_KEY.format(id=int(partnership_id))
        if len(roles) > MAX_MEMBER_ROLES:
            raise ValidationError(key, f"at most {MAX_MEMBER_ROLES} role values")
        cleaned: dict[str, str] = {}
        for value, role in roles.items():
            text = " ".join(str(value).split()).casefold()
            if not text:
                raise ValidationError(key, "a role value must not be empty")
            if len(text) > MAX_ROLE_VALUE_LENGTH:
                raise ValidationError(key, f"at most {MAX_ROLE_VALUE_LENGTH} characters")
            v.text_characters(key, text)
            cleaned[text] = v.enum_value(key, MemberRole, role).value
        self.set(key, json.dumps(cleaned, ensure_ascii=False, sort_keys=True) if cleaned else "")


#: The office's e-mail address, the ORGANIZER of exported calendars.
OFFICE_EMAIL_KEY = "office_email"
MAX_EMAIL_LENGTH = 254
#: One plain address: a local part of the characters an unquoted address may use and a
#: domain of dot-separated labels (the address becomes a ``mailto:`` URI in every export).
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def checked_office_email(address: str) -> str:
    """The office e-mail as stored (trimmed; "" for none), or ``ValidationError`` naming the
    field ``office_email`` (reason ``too_long`` or ``not_email``)."""
    text = (address or "").strip()
    if not text:
        return ""
    if len(text) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            OFFICE_EMAIL_KEY, f"at most {MAX_EMAIL_LENGTH} characters", reason="too_long"
        )
    if _EMAIL.fullmatch(text) is None:
        raise ValidationError(
            OFFICE_EMAIL_KEY,
            f"{v.shown(text)} is not an e-mail address such as protocol@example.org",
            reason="not_email",
            values={"text": text},
        )
    return text


def checked_letterhead_texts(
    names: Mapping[str, str], addresses: Mapping[str, str]
) -> dict[str, dict[str, str]]:
    """The letterhead's texts as stored ({"name": {...}, "address": {...}}, empty left out);
    ``ValidationError`` names the field (``letterhead_name@ko``) of a refused text."""
    cleaned: dict[str, dict[str, str]] = {"name": {}, "address": {}}
    for language, name in names.items():
        key = f"letterhead_name@{language}"
        code = v.content_language(key, language)
        text = " ".join((name or "").split())
        if len(text) > MAX_OFFICE_NAME_LENGTH:
            raise ValidationError(
                key, f"at most {MAX_OFFICE_NAME_LENGTH} characters", reason="too_long"
            )
        v.text_characters(key, text)
        if text:
            cleaned["name"][code] = text
    for language, address in addresses.items():
        key = f"letterhead_address@{language}"
        code = v.content_language(key, language)
        lines = [" ".join(line.split()) for line in (address or "").splitlines()]
        text = "\n".join(line for line in lines if line)
        if text.count("\n") >= MAX_ADDRESS_LINES:
            raise ValidationError(
                key, f"at most {MAX_ADDRESS_LINES} lines", reason="too_many_lines"
            )
        if len(text) > MAX_ADDRESS_LENGTH:
            raise ValidationError(
                key, f"at most {MAX_ADDRESS_LENGTH} characters", reason="too_long"
            )
        v.text_characters(key, text)
        if text:
            cleaned["address"][code] = text
    return {field: texts for field, texts in cleaned.items() if texts}


def logo_value(file_name: str, data: bytes, png: bytes | None = None) -> str:
    """The stored value of a logo (see :data:`LETTERHEAD_LOGO_KEY`), checked."""
    field = "letterhead_logo"
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(
            field,
            f"the file is larger than {MAX_LOGO_BYTES // (1024 * 1024)} MB",
            reason="too_large",
            values={"limit_mb": MAX_LOGO_BYTES // (1024 * 1024)},
        )
    if data.startswith(_PNG_SIGNATURE):
        media_type = PNG_TYPE
        png = data
    elif _is_svg(data):
        media_type = SVG_TYPE
        if not png:
            raise ValidationError(field, "the SVG could not be drawn", reason="not_image")
        if len(png) > MAX_LOGO_BYTES:
            raise ValidationError(field, "the drawn SVG is too large", reason="too_large")
    else:
        raise ValidationError(field, "only PNG and SVG files can be used", reason="not_png_svg")
    size = _png_size(png)
    if size is None:
        raise ValidationError(field, "the image does not decode", reason="not_image")
    if max(size) > MAX_LOGO_PIXELS:
        raise ValidationError(
            field,
            f"the image is larger than {MAX_LOGO_PIXELS} pixels on a side",
            reason="too_many_pixels",
            values={"limit": MAX_LOGO_PIXELS},
        )
    name = " ".join((file_name or "").split())[:200]
    v.text_characters(field, name)
    return json.dumps(
        {
            "file_name": name,
            "type": media_type,
            "data": base64.b64encode(data).decode("ascii"),
            "png": "" if png is data else base64.b64encode(png).decode("ascii"),
        },
        sort_keys=True,
    )


def png_decodes(png: bytes) -> bool:
    """Whether ``png`` is a PNG whose pixels decode (not only a valid signature)."""
    return _png_size(png) is not None


def _png_size(png: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG whose pixels decode; None otherwise. Refuses before decoding
    a picture over :data:`MAX_LOGO_PIXELS` (a small file may unpack to gigabytes)."""
    if not png.startswith(_PNG_SIGNATURE):
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(png))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        if max(width, height) > MAX_LOGO_PIXELS:
            return (width, height)
        reader.getRGBData()
    except Exception:  # whatever the decoder raises for a broken file
        return None
    return (int(width), int(height))


def _is_svg(data: bytes) -> bool:
    """An SVG document: XML (UTF-8, no entity declarations) whose root element is ``svg``."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<") or b"<!ENTITY" in data:
        return False
    import xml.etree.ElementTree as ElementTree

    if _SVG_ROOT.search(data) is None:
        return False
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return False
    return root.tag in ("svg", "{http://www.w3.org/2000/svg}svg")


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


#: The stored key of a partnership's member-list role table (JSON {value: role}).
MEMBER_ROLES_KEY = "member_roles_partnership_{id}"
MAX_MEMBER_ROLES = 500
MAX_ROLE_VALUE_LENGTH = 100
