"""Gift rules: reporting thresholds for the recipient's public office.

Defaults: German officials report gifts from 200 EUR; Korean public officials must report
(and hand over) gifts from foreign governments from USD 100 or KRW 100,000. Amounts in other
currencies are converted with configurable rates (value of one unit in EUR).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

_COUNTRY_ALIASES = {
    "DE": ("de", "deu", "germany", "deutschland", "federal republic of germany"),
    "KR": (
        "kr",
        "kor",
        "korea",
        "south korea",
        "republic of korea",
        "korea, republic of",
        "südkorea",
        "대한민국",
        "한국",
    ),
}


def country_code(country: str | None) -> str | None:
    """'South Korea', 'Südkorea', '대한민국' -> 'KR'; unknown -> None."""
    cleaned = (country or "").strip().casefold()
    for code, aliases in _COUNTRY_ALIASES.items():
        if cleaned in aliases:
            return code
    return None


@dataclass(frozen=True)
class GiftThresholds:
    """Reporting thresholds per recipient country, each in one or more currencies."""

    by_country: dict[str, dict[str, Decimal]] = field(
        default_factory=lambda: {
            "DE": {"EUR": Decimal("200")},
            "KR": {"KRW": Decimal("100000"), "USD": Decimal("100")},
        }
    )
    #: Value of one unit of a currency in EUR, for comparing across currencies.
    eur_rates: dict[str, Decimal] = field(
        default_factory=lambda: {
            "EUR": Decimal("1"),
            "USD": Decimal("0.92"),
            "KRW": Decimal("0.00069"),
        }
    )

    def limits_for(self, recipient_country: str | None) -> dict[str, Decimal]:
        code = country_code(recipient_country)
        return self.by_country.get(code, {}) if code else {}

    def in_eur(self, amount: Decimal, currency: str) -> Decimal | None:
        rate = self.eur_rates.get(currency.upper())
        return None if rate is None else amount * rate


@dataclass(frozen=True)
class ThresholdFlag:
    limit: Decimal
    limit_currency: str
    message: str


def threshold_flag(
    amount: Decimal | None,
    currency: str,
    recipient_country: str | None,
    thresholds: GiftThresholds | None = None,
) -> ThresholdFlag | None:
    """The threshold the gift reaches for its recipient's office, or None.

    A threshold in the gift's own currency is compared directly; others through EUR rates.
    Reaching the limit counts ("from 200 EUR").
    """
    if amount is None:
        return None
    thresholds = thresholds or GiftThresholds()
    limits = thresholds.limits_for(recipient_country)
    currency = currency.upper()
    if currency in limits:
        limit = limits[currency]
        if amount >= limit:
            return ThresholdFlag(limit, currency, _message(amount, currency, limit, currency))
        return None
    amount_eur = thresholds.in_eur(amount, currency)
    if amount_eur is None:
        return None
    for limit_currency, limit in limits.items():
        limit_eur = thresholds.in_eur(limit, limit_currency)
        if limit_eur is not None and amount_eur >= limit_eur:
            return ThresholdFlag(
                limit, limit_currency, _message(amount, currency, limit, limit_currency)
            )
    return None


def _message(amount: Decimal, currency: str, limit: Decimal, limit_currency: str) -> str:
    return (
        f"{amount:,.2f} {currency} reaches the reporting threshold of "
        f"{limit:,.0f} {limit_currency} for the recipient's office"
    )
