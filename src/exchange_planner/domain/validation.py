"""Field rules shared by the services, the importer and the editors.

Every function either returns the cleaned value or raises ``ValidationError`` naming the field,
so a refused edit never reaches the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.texts import CONTENT_LANGUAGES, translation_key

E = TypeVar("E", bound=StrEnum)

#: Generous limit for single-line fields; free text (notes) may be longer.
MAX_LINE = 500
MAX_TEXT = 20_000
_CURRENCY = re.compile(r"^[A-Z]{3}$")
#: The longest IANA zone name is 32 characters; the columns hold 64.
MAX_ZONE = 64
#: Amounts have at most 12 digits before the point (the columns hold 14 with 2 decimals).
_MONEY_LIMIT = Decimal("1e12")
_EARLIEST = date(1900, 1, 1)
_LATEST = date(2200, 12, 31)


#: Control characters (Unicode category Cc) other than tab, line feed and carriage return, and
#: lone UTF-16 surrogates (not characters at all; they cannot be encoded or stored).
FORBIDDEN_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def text_characters(field: str, value: str) -> str:
    """Refuse NUL and other control characters (tab and line breaks aside) and lone surrogates.

    Such characters cannot be typed, are invisible in every output and break some of them
    (PDF, ICS, terminals), so a text holding one is refused with the field's name rather than
    silently changed.
    """
    found = FORBIDDEN_CHARACTERS.search(value)
    if found is None:
        return value
    char = found.group()
    position = found.start() + 1
    if "\ud800" <= char <= "\udfff":
        raise ValidationError(
            field,
            f"contains the lone surrogate \\u{ord(char):04x} (character {position}), "
            "half of a UTF-16 pair that is not a character",
            reason="surrogate",
            values={"code": f"\\u{ord(char):04x}", "position": position},
        )
    name = " (NUL)" if char == "\x00" else ""
    raise ValidationError(
        field,
        f"contains the control character U+{ord(char):04X}{name} (character {position}); "
        "only tab and line breaks are allowed",
        reason="control_character",
        values={"code": f"U+{ord(char):04X}{name}", "position": position},
    )


def shown(value: object, limit: int = 60) -> str:
    """A value quoted for a message: printable, and shortened when long."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in str(value))
    if len(text) > limit:
        text = f"{text[: limit - 11]}…{text[-10:]}"
    return f"'{text}'"


def _typed(value: object) -> dict[str, object]:
    """The refused value for an interface's own message (as ``shown`` gives it, unquoted)."""
    return {"text": shown(value)[1:-1]}


def _line_ends(value: str) -> str:
    """Windows and old Mac line ends become line feeds."""
    return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value


def required_text(field: str, value: str | None, *, max_length: int = MAX_LINE) -> str:
    """A name or title: must contain something other than white space."""
    cleaned = _line_ends(value or "").strip()
    if not cleaned:
        raise ValidationError(field, "must not be empty", reason="empty")
    return _limit(field, cleaned, max_length)


def optional_text(field: str, value: str | None, *, max_length: int = MAX_TEXT) -> str:
    """Optional text: surrounding white space removed, empty allowed."""
    return _limit(field, _line_ends(value or "").strip(), max_length)


def _limit(field: str, value: str, max_length: int) -> str:
    if len(value) > max_length:
        raise ValidationError(
            field,
            f"is {len(value)} characters long; at most {max_length}",
            reason="too_long",
            values={"length": len(value), "max": max_length},
        )
    return text_characters(field, value)


def enum_value(field: str, enum_type: type[E], value: object) -> E:
    """Accept an enum member or its stored value; anything else names the allowed values."""
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        raise ValidationError(
            field,
            f"{shown(value)} is not one of: {allowed}",
            reason="not_one_of",
            values={**_typed(value), "allowed": allowed},
        ) from None


def date_range(start: date, end: date, *, end_field: str = "end_date") -> None:
    """The last day may equal the first day but not come before it."""
    for field, value in (("start_date", start), (end_field, end)):
        if not (_EARLIEST <= value <= _LATEST):
            raise ValidationError(
                field,
                f"{value.isoformat()} is outside {_EARLIEST.year}–{_LATEST.year}",
                reason="date_outside",
                values={"date": value, "first": _EARLIEST.year, "last": _LATEST.year},
            )
    if end < start:
        raise ValidationError(
            end_field,
            f"ends on {end.isoformat()}, before it starts on {start.isoformat()}",
            reason="ends_before_start",
            values={"start": start, "end": end},
        )


def date_value(field: str, value: object) -> date:
    """A date given as a date (or datetime) or as ISO text (YYYY-MM-DD)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(
        field, f"{shown(value)} is not a date (YYYY-MM-DD)", reason="not_date", values=_typed(value)
    )


def instant_value(field: str, value: object) -> datetime:
    """An instant given as an aware datetime or as ISO text with an offset."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                field,
                f"{shown(value)} is not a date and time",
                reason="not_date_time",
                values=_typed(value),
            ) from None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(
            field, "must be a date and time with a time zone", reason="no_time_zone"
        )
    return value


def instant_range(start: datetime, end: datetime, *, end_field: str = "ends_at") -> None:
    """Timed items: the end may equal the start (a moment) but not precede it."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError(end_field, "times must carry a time zone", reason="no_time_zone")
    if end < start:
        raise ValidationError(
            end_field,
            "ends before it starts",
            reason="ends_before_start",
            values={"start": start, "end": end},
        )


def timezone_name(field: str, value: str | None) -> str:
    """An IANA zone such as Europe/Berlin or Asia/Seoul."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(
            field, "must name a time zone such as Europe/Berlin", reason="zone_empty"
        )
    if len(cleaned) > MAX_ZONE or FORBIDDEN_CHARACTERS.search(cleaned):
        raise ValidationError(
            field,
            f"{shown(cleaned)} is not a known time zone",
            reason="unknown_zone",
            values=_typed(cleaned),
        )
    try:
        ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a region folder such as "Europe" is no zone; neither is a name too long
        # for the file system.
        raise ValidationError(
            field,
            f"{shown(cleaned)} is not a known time zone",
            reason="unknown_zone",
            values=_typed(cleaned),
        ) from None
    return cleaned


def currency_code(field: str, value: str | None) -> str:
    cleaned = (value or "").strip().upper()
    if not _CURRENCY.match(cleaned):
        raise ValidationError(
            field,
            f"{shown(value)} is not a three-letter currency code like EUR",
            reason="not_currency",
            values=_typed(value),
        )
    return cleaned


def money(field: str, value: object) -> Decimal | None:
    """An optional non-negative amount with at most two decimals."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(
            field, f"{shown(value)} is not an amount", reason="not_amount", values=_typed(value)
        ) from None
    if not amount.is_finite() or amount < 0:
        raise ValidationError(field, "must be zero or more", reason="negative")
    # Bounded after rounding: 999999999999.995 rounds to 13 digits before the point.
    if amount >= _MONEY_LIMIT or amount.quantize(Decimal("0.01")) >= _MONEY_LIMIT:
        raise ValidationError(field, "is implausibly large", reason="too_large")
    return amount.quantize(Decimal("0.01"))


def content_language(field: str, value: object) -> str:
    """A language content is written in (one of ``CONTENT_LANGUAGES``)."""
    code = str(value or "").strip().lower()
    if code not in CONTENT_LANGUAGES:
        raise ValidationError(
            field,
            f"'{shown(value)}' is not a content language; choose one of "
            + ", ".join(CONTENT_LANGUAGES),
        )
    return code


def translations(
    value: object,
    *,
    fields: Mapping[str, int],
    original_language: str,
) -> dict[str, dict[str, str]]:
    """A record's translations ``{field: {language: text}}``, each text checked like the
    field itself (``fields``: translatable field → its maximum length). A translation into
    the original's own language is refused: the original is that text."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError("translations", "must map fields to their texts per language")
    cleaned: dict[str, dict[str, str]] = {}
    for field_name, texts in value.items():
        if field_name not in fields:
            raise ValidationError("translations", f"'{shown(field_name)}' cannot be translated")
        if not isinstance(texts, Mapping):
            raise ValidationError(field_name, "translations must map languages to texts")
        for language, text in texts.items():
            key = translation_key(field_name, str(language))
            code = content_language(key, language)
            if code == original_language and text:
                raise ValidationError(
                    key, f"is the original's language ({code}); edit the original instead"
                )
            if text is not None and not isinstance(text, str):
                raise ValidationError(key, "must be text")
            checked = optional_text(key, text, max_length=fields[field_name])
            if checked:
                cleaned.setdefault(field_name, {})[code] = checked
    return cleaned
