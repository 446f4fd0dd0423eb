"""Dates as people type them into the calendar's go-to-date field.

STOPGAP: a private copy until the shared, Qt-free ``parse_user_date(text, locale_name)`` in
``exchange_planner.domain.dates`` is available on this branch; the function below has the same
signature and contract (a ``date``, or ``ValueError``), so the calendar can switch to it by
changing one import.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale

_EARLIEST_YEAR = 1900
_LATEST_YEAR = 2200

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})")
_DIGITS = re.compile(r"\d{6}|\d{8}")


def _year(text: str) -> int:
    """Four digits as they are; two digits are this century (27 -> 2027)."""
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def _checked(year: int, month: int, day: int) -> date:
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        raise ValueError(f"year {year} out of range")
    return date(year, month, day)  # ValueError for 31.02. and month 13


def parse_user_date(text: str, locale_name: str) -> date:
    """A typed date: 20.7.2027, 20.07.27, 20072027, 200727, 2027-07-20 or the locale's format.

    Day and month come first in the dotted and the digits-only forms, in every locale; the
    locale's own short and long formats (7/20/27 in the US) are understood as well. Raises
    ``ValueError`` when the text is no date or names a day that does not exist.
    """
    value = text.strip()
    if not value:
        raise ValueError("empty")
    if match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
        return _checked(year, month, day)
    if match := _DOTTED.fullmatch(value.rstrip(".")) or _DOTTED.fullmatch(value):
        day_text, month_text, year_text = match.groups()
        return _checked(_year(year_text), int(month_text), int(day_text))
    if _DIGITS.fullmatch(value):
        return _checked(_year(value[4:]), int(value[2:4]), int(value[:2]))
    locale = QLocale(locale_name)
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        pattern = locale.dateFormat(kind)
        short_years = pattern.replace("yyyy", "yy")
        for candidate in dict.fromkeys((pattern, short_years, short_years.replace("yy", "yyyy"))):
            parsed = locale.toDate(value, candidate)
            if not parsed.isValid():
                continue
            year = parsed.year()
            if "yyyy" in candidate:
                if year < 100:
                    continue  # "27" read as the year 27: the two-digit pattern reads it
            elif year < 2000:
                year += 100  # Qt reads two-digit years as 19xx
            return _checked(year, parsed.month(), parsed.day())
    raise ValueError(f"not a date: {text!r}")
