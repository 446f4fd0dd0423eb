"""Dates and times as people type and read them, in the locale of the user interface.

``parse_user_date`` takes what a person types into a date field: the locale's own short
format (20.07.27 in German, 7/20/27 in the US, 20/07/27 in Britain), the day and month with
dots in any locale (20.7.2027), the digits alone (20072027, 200727) and ISO (2027-07-20).
Two-digit years are read as years of the 2000s. A refusal raises :class:`DateInputError`, a
``ValueError`` whose ``reason`` says what was wrong so that the interface can say it in the
user's language.

``format_user_date`` shows a date back in the locale's short format with a four-digit year
(20.07.2027, 7/20/2027, 20/07/2027).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, time
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, get_date_format

from exchange_planner.domain.errors import ValidationError

#: Used when the interface's locale is unknown to babel (e.g. the "C" locale).
FALLBACK_LOCALE = "en_US"
#: The example date in messages ("type it like 20.07.2027").
EXAMPLE = date(2027, 7, 20)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{1,2}))?(?:\s*(am|pm|a\.m\.|p\.m\.))?$", re.I)
_COMPACT_TIME = re.compile(r"^(\d{3,4})$")


class DateInputError(ValueError):
    """Typed text that is not a date (or time). ``reason`` is one of ``empty``, ``format``,
    ``month`` (no such month), ``day`` (no such day in that month), ``time``; ``text`` is what
    was typed; ``year``/``month``/``day``/``days`` give the details of ``month``/``day``."""

    def __init__(
        self,
        reason: str,
        text: str,
        message: str,
        *,
        year: int = 0,
        month: int = 0,
        day: int = 0,
        days: int = 0,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.days = days


@lru_cache(maxsize=32)
def babel_locale(locale_name: str) -> Locale:
    """The babel locale for a Qt/POSIX name; "C", "POSIX" and unknown names fall back."""
    try:
        return Locale.parse(locale_name or FALLBACK_LOCALE)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(FALLBACK_LOCALE)


@lru_cache(maxsize=32)
def date_order(locale_name: str) -> str:
    """The order of day, month and year in the locale's short format: "dmy", "mdy" or "ymd"."""
    pattern = get_date_format("short", locale=babel_locale(locale_name)).pattern
    pattern = re.sub(r"'[^']*'", "", pattern)  # quoted literals
    positions = {}
    for letter, key in (("d", "d"), ("M", "m"), ("L", "m"), ("y", "y")):
        found = pattern.find(letter)
        if found >= 0 and key not in positions:
            positions[key] = found
    if len(positions) != 3:
        return "dmy"
    return "".join(sorted(positions, key=positions.__getitem__))


@lru_cache(maxsize=32)
def display_pattern(locale_name: str) -> str:
    """The locale's short date pattern with a four-digit year (dd.MM.y, M/d/y, dd/MM/y)."""
    pattern = get_date_format("short", locale=babel_locale(locale_name)).pattern
    return re.sub(r"y+", "y", pattern)


def format_user_date(value: date, locale_name: str) -> str:
    """``value`` as the interface shows it: 20.07.2027 (de), 7/20/2027 (en_US)."""
    return format_date(value, display_pattern(locale_name), locale=babel_locale(locale_name))


def format_user_time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _year(digits: str, text: str) -> int:
    if len(digits) <= 2:
        return 2000 + int(digits)
    if len(digits) == 4:
        return int(digits)
    raise _format_error(text)


def _format_error(text: str) -> DateInputError:
    return DateInputError(
        "format",
        text,
        f"“{text}” is not a date; type it like 20.07.2027, 20.7.27, 20072027 or 2027-07-20",
    )


def _build(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise DateInputError(
            "month", text, f"“{text}”: there is no month {month}", year=year, month=month, day=day
        )
    if not 1 <= year <= 9999:
        raise _format_error(text)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise DateInputError(
            "day",
            text,
            f"“{text}”: {calendar.month_name[month]} {year} has {days} days, not {day}",
            year=year,
            month=month,
            day=day,
            days=days,
        )
    return date(year, month, day)


def _arrange(order: str, parts: list[str], text: str) -> tuple[int, int, int]:
    """(year, month, day) from three digit groups in ``order`` ("dmy", "mdy", "ymd")."""
    values = dict(zip(order, parts, strict=True))
    return _year(values["y"], text), int(values["m"]), int(values["d"])


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def parse_user_date(text: str, locale_name: str, *, today: date | None = None) -> date:
    """The date meant by ``text`` in the locale ``locale_name`` (e.g. "de_DE", "en_US").

    Raises :class:`DateInputError` (a ``ValueError``) with a specific message."""
    typed = (text or "").strip()
    if not typed:
        raise DateInputError("empty", typed, "enter a date, e.g. 20.07.2027")
    iso = _ISO.match(typed)
    if iso:
        return _build(int(iso[1]), int(iso[2]), int(iso[3]), typed)
    order = date_order(locale_name)
    if typed.isdigit():
        return _parse_digits(typed, order, today or date.today())
    if "." in typed:
        # Day and month with dots is how dates are written in German, whatever the locale.
        order = "dmy" if order != "ymd" or not re.match(r"^\d{4}\.", typed) else "ymd"
    parts = [part for part in re.split(r"[./\-\s,]+", typed) if part]
    if not all(part.isdigit() for part in parts) or not 2 <= len(parts) <= 3:
        raise _format_error(typed)
    if len(parts) == 2:  # day and month of the current year
        year = (today or date.today()).year
        first, second = (int(part) for part in parts)
        if order.index("d") < order.index("m"):
            return _build(year, second, first, typed)
        return _build(year, first, second, typed)
    if any(len(part) > 4 for part in parts):
        raise _format_error(typed)
    if len(parts[0]) == 4 and order != "ymd":
        order = "ymd"  # 2027/07/20
    year, month, day = _arrange(order, parts, typed)
    return _build(year, month, day, typed)


def _parse_digits(typed: str, order: str, today: date) -> date:
    """Digits without separators: ddmmyyyy (mmddyyyy in the US), ddmmyy, yyyymmdd, ddmm."""
    if len(typed) == 4:
        first, second = int(typed[:2]), int(typed[2:])
        if order.index("d") < order.index("m"):
            return _build(today.year, second, first, typed)
        return _build(today.year, first, second, typed)
    if len(typed) not in (6, 8):
        raise _format_error(typed)
    short = len(typed) == 6
    year_width = 2 if short else 4

    def split(arrangement: str) -> list[str]:
        parts, at = [], 0
        for key in arrangement:
            width = year_width if key == "y" else 2
            parts.append(typed[at : at + width])
            at += width
        return parts

    candidates = [order, "dmy", "mdy"] if short else [order, "dmy", "ymd", "mdy"]
    first_error: DateInputError | None = None
    for arrangement in dict.fromkeys(candidates):
        try:
            year, month, day = _arrange(arrangement, split(arrangement), typed)
            if _valid(year, month, day):
                return date(year, month, day)
            _build(year, month, day, typed)
        except DateInputError as error:
            first_error = first_error or error
    assert first_error is not None
    raise first_error


def parse_user_time(text: str) -> time:
    """A time of day as typed: 10:30, 10.30, 10h30, 1030, 930, 10, 2:30 pm."""
    typed = (text or "").strip()
    if not typed:
        raise DateInputError("empty", typed, "enter a time, e.g. 10:30")
    compact = _COMPACT_TIME.match(typed)
    if compact:
        digits = compact[1]
        hour, minute = int(digits[:-2]), int(digits[-2:])
        suffix = None
    else:
        match = _TIME.match(typed)
        if not match:
            raise DateInputError("time", typed, f"“{typed}” is not a time; type it like 10:30")
        hour, minute = int(match[1]), int(match[2] or 0)
        suffix = (match[3] or "").lower().replace(".", "")
        if suffix:
            if not 1 <= hour <= 12:
                raise DateInputError("time", typed, f"“{typed}” is not a time; type it like 10:30")
            hour = hour % 12 + (12 if suffix == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise DateInputError("time", typed, f"“{typed}” is not a time; type it like 10:30")
    return time(hour, minute)


def end_following_start(start: date, end: date, new_start: date) -> date:
    """The last day after the first day moved to ``new_start``: unchanged while it still comes
    after the start, else moved along so that the duration stays (as calendars do)."""
    if new_start <= end:
        return end
    try:
        return new_start + (end - start)
    except OverflowError:
        raise ValidationError(
            "start_date", "is too late: the end would move past the last possible day"
        ) from None
