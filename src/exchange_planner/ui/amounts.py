"""Amounts and numbers in the interface, as the interface's locale (the default ``QLocale``)
writes them: the rule of ``domain/amounts.py`` ("185,00 €", "350.000 ₩" in German)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from exchange_planner.domain import amounts


def ui_money(amount: Decimal | int, currency: str) -> str:
    """'185,00 €' in German, '€185.00' in English, '₩350,000' in Korean."""
    return amounts.money(amount, currency, QLocale().name())


def ui_number(value: Decimal | int) -> str:
    """'100.000' in German, '100,000' in English."""
    return amounts.number(value, QLocale().name())


def amount_field_text(amount: Decimal | None) -> str:
    """An amount in an edit field: its digits with the locale's decimal sign, no grouping
    ("185,00" in German), which the services read back as typed."""
    if amount is None:
        return ""
    return str(amount).replace(".", QLocale().decimalPoint())
