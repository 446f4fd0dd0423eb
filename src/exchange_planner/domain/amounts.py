"""Amounts and numbers as a locale writes them (babel), for the interface and the documents.

One rule everywhere: an amount is written with the currency's symbol where the locale places
it and with the currency's own decimals (none for the won): "185,00 €" and "350.000 ₩" in
German, "€185.00" and "₩350,000" in English, "€185.00" and "₩350,000" in Korean (babel's
standard pattern for ko). A plain number gets the locale's grouping: "100.000" in German.
"""

from __future__ import annotations

from decimal import Decimal

from exchange_planner.domain.dates import babel_locale


def money(amount: Decimal | int, currency: str, locale: str) -> str:
    """'185,00 €' for (185, "EUR", "de_DE"); an unknown code is written after the number."""
    # Babel's locale data is loaded when an amount is first written, not at every start.
    from babel.numbers import format_currency, format_decimal

    where = babel_locale(locale)
    try:
        return format_currency(amount, currency, locale=where)
    except Exception:  # not a currency babel knows: the number and the code as given
        return f"{format_decimal(amount, locale=where)} {currency}".strip()


def number(value: Decimal | int, locale: str) -> str:
    """'100.000' for (100000, "de_DE"): the locale's digit grouping and decimal sign."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale(locale))
