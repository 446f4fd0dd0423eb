"""Exchange rates from a CSV file: units of a currency per euro, by date.

Two layouts are read (never anything from the network):

- **The ECB's reference rates** (``eurofxref.csv`` / ``eurofxref-hist.csv``): a header
  ``Date, USD, JPY, …`` and one line per day, ``2023-07-26, 1.1059, 157.08, …`` (the daily
  file writes the date ``26 July 2023``); ``N/A`` and empty cells are days without a rate
  for that currency and are skipped, as is the trailing empty column the ECB writes.
- **One rate a line**: a header ``currency, date, units_per_eur[, source]``.

A file with any bad line is refused whole (``RateFileError`` naming the line and what is
wrong), so an import is all or nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from exchange_planner.domain.errors import ExchangePlannerError

_CURRENCY = re.compile(r"[A-Z]{3}")
_MISSING = {"", "N/A", "NA", "-"}
#: Rates above this (units per euro) are refused as typing errors (the largest real ones,
#: e.g. IDR or VND, are in the tens of thousands).
MAX_UNITS = Decimal("1000000")


@dataclass(frozen=True)
class RateLine:
    currency: str
    rate_date: date
    units_per_eur: Decimal
    source: str = ""
    line: int = 0


class RateFileError(ExchangePlannerError):
    """A rate file that cannot be imported; nothing was imported. ``line`` is 1-based (0:
    the file as a whole); ``reason``: ``empty``, ``header``, ``columns``, ``date``,
    ``currency``, ``rate``, ``duplicate``."""

    def __init__(self, line: int, reason: str, message: str) -> None:
        where = f"line {line}: " if line else ""
        super().__init__(f"{where}{message}; nothing was imported")
        self.line = line
        self.reason = reason
        self.message = message


def parse_rate_date(text: str) -> date:
    """``2023-07-26``, ``26 July 2023`` (the ECB's daily file) or ``26.07.2023``."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_units(text: str) -> Decimal:
    """A rate as typed: ``1.1059`` or ``1,1059``; more than zero and at most MAX_UNITS."""
    raw = text.strip().replace(" ", "")
    if raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    value = Decimal(raw)  # InvalidOperation for text
    if not value.is_finite() or value <= 0 or value > MAX_UNITS:
        raise InvalidOperation(text)
    return value.quantize(Decimal("0.000001"))


def parse_rates_csv(text: str, *, source: str = "") -> list[RateLine]:
    """The rates of a CSV file (either layout); ``source`` is stored with each rate that
    does not name its own."""
    text = text.lstrip("\ufeff")
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not rows:
        raise RateFileError(0, "empty", "the file holds no rates")
    header = [cell.strip() for cell in rows[0]]
    first = header[0].casefold() if header else ""
    if first == "date":
        lines = _wide(rows, header, source)
    elif first == "currency":
        lines = _long(rows, header, source)
    else:
        raise RateFileError(
            1,
            "header",
            f"the first line must be the header “Date, USD, …” (the ECB's layout) or "
            f"“currency, date, units_per_eur”, not “{', '.join(header)[:60]}”",
        )
    seen: dict[tuple[str, date], int] = {}
    for rate in lines:
        key = (rate.currency, rate.rate_date)
        if key in seen:
            raise RateFileError(
                rate.line,
                "duplicate",
                f"{rate.currency} on {rate.rate_date:%Y-%m-%d} is given twice "
                f"(also on line {seen[key]})",
            )
        seen[key] = rate.line
    if not lines:
        raise RateFileError(0, "empty", "the file holds no rates")
    return lines


def _date(cell: str, line: int) -> date:
    try:
        return parse_rate_date(cell)
    except ValueError:
        raise RateFileError(
            line, "date", f"“{cell.strip()[:40]}” is not a date (YYYY-MM-DD)"
        ) from None


def _units(cell: str, line: int, currency: str) -> Decimal:
    try:
        return parse_units(cell)
    except (InvalidOperation, ValueError):
        raise RateFileError(
            line,
            "rate",
            f"“{cell.strip()[:40]}” is not a rate for {currency} (units per euro, more than 0)",
        ) from None


def _currency(cell: str, line: int) -> str:
    code = cell.strip().upper()
    if not _CURRENCY.fullmatch(code):
        raise RateFileError(
            line, "currency", f"“{cell.strip()[:20]}” is not a three-letter currency code"
        )
    if code == "EUR":
        raise RateFileError(line, "currency", "EUR needs no rate (one euro is one euro)")
    return code


def _wide(rows: list[list[str]], header: list[str], source: str) -> list[RateLine]:
    currencies: list[str | None] = []
    for cell in header[1:]:
        currencies.append(_currency(cell, 1) if cell else None)
    lines: list[RateLine] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row]
        while len(cells) > len(header) and not cells[-1]:
            cells.pop()
        if len(cells) > len(header):
            raise RateFileError(
                number, "columns", f"{len(cells)} columns where the header has {len(header)}"
            )
        day = _date(cells[0], number)
        for currency, cell in zip(currencies, cells[1:], strict=False):
            if currency is None or cell.upper() in _MISSING:
                continue
            lines.append(RateLine(currency, day, _units(cell, number, currency), source, number))
    return lines


def _long(rows: list[list[str]], header: list[str], source: str) -> list[RateLine]:
    names = [cell.casefold() for cell in header]
    expected = ["currency", "date", "units_per_eur"]
    if names[:3] != expected or len(names) > 4 or (len(names) == 4 and names[3] != "source"):
        raise RateFileError(
            1, "header", "the header must be “currency, date, units_per_eur” (and “source”)"
        )
    lines: list[RateLine] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row]
        if len(cells) < 3 or len(cells) > len(header):
            raise RateFileError(
                number, "columns", f"{len(cells)} columns where the header has {len(header)}"
            )
        currency = _currency(cells[0], number)
        own_source = cells[3] if len(cells) > 3 and cells[3] else source
        if len(own_source) > 300:
            raise RateFileError(number, "columns", "the source is longer than 300 characters")
        lines.append(
            RateLine(
                currency,
                _date(cells[1], number),
                _units(cells[2], number, currency),
                own_source,
                number,
            )
        )
    return lines


def rate_on(
    rates: list[RateLine] | list[tuple[str, date, Decimal, str]],
    currency: str,
    on: date,
) -> tuple[date, Decimal, str] | None:
    """The latest rate of ``currency`` on or before ``on``: (date, units, source)."""
    best: tuple[date, Decimal, str] | None = None
    for item in rates:
        if isinstance(item, RateLine):
            code, day, units, source = (
                item.currency,
                item.rate_date,
                item.units_per_eur,
                item.source,
            )
        else:
            code, day, units, source = item
        if code.upper() != currency.upper() or day > on:
            continue
        if best is None or day > best[0]:
            best = (day, units, source)
    return best
