"""Gift rules: reporting thresholds for the recipient's public office.

Defaults: German officials report gifts from 200 EUR; Korean public officials must report
(and hand over) gifts from foreign governments from USD 100 or KRW 100,000. Amounts in other
currencies are converted with configurable rates (value of one unit in EUR).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher

from exchange_planner.domain.conflicts import Conflict, ConflictFacts, ConflictKind
from exchange_planner.domain.errors import ValidationError

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
    #: English, for the command line and logs; interfaces word the values themselves.
    message: str
    amount: Decimal = Decimal(0)
    currency: str = ""


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
            return ThresholdFlag(
                limit, currency, _message(amount, currency, limit, currency), amount, currency
            )
        return None
    amount_eur = thresholds.in_eur(amount, currency)
    if amount_eur is None:
        return None
    for limit_currency, limit in limits.items():
        limit_eur = thresholds.in_eur(limit, limit_currency)
        if limit_eur is not None and amount_eur >= limit_eur:
            return ThresholdFlag(
                limit,
                limit_currency,
                _message(amount, currency, limit, limit_currency),
                amount,
                currency,
            )
    return None


def _message(amount: Decimal, currency: str, limit: Decimal, limit_currency: str) -> str:
    return (
        f"{amount:,.2f} {currency} reaches the reporting threshold of "
        f"{limit:,.0f} {limit_currency} for the recipient's office"
    )


# --- configurable thresholds ----------------------------------------------------------------


class ThresholdValueError(ValidationError):
    """A typed threshold or exchange rate that cannot be stored. ``reason``: ``not_number``,
    ``negative`` (less than zero) or ``zero_rate`` (a rate of zero); ``values["text"]`` is what
    was typed. The message is English; interfaces word ``reason`` themselves."""

    _MESSAGES = {
        "negative": "must be zero or more",
        "zero_rate": "an exchange rate must be more than zero",
    }

    def __init__(self, key: str, reason: str, value: str) -> None:
        message = self._MESSAGES.get(reason) or f"'{value}' is not a number"
        super().__init__(key, message, reason=reason, values={"text": value})


#: Setting keys: ``gift_threshold_<COUNTRY>_<CURRENCY>`` (e.g. gift_threshold_DE_EUR = 200)
#: and ``gift_eur_rate_<CURRENCY>`` (value of one unit in EUR). An empty value removes a limit.
THRESHOLD_PREFIX = "gift_threshold_"
RATE_PREFIX = "gift_eur_rate_"


def default_threshold_settings() -> dict[str, str]:
    defaults = GiftThresholds()
    values = {
        f"{THRESHOLD_PREFIX}{country}_{currency}": str(limit)
        for country, limits in defaults.by_country.items()
        for currency, limit in limits.items()
    }
    values.update({f"{RATE_PREFIX}{cur}": str(rate) for cur, rate in defaults.eur_rates.items()})
    return values


def thresholds_from_settings(settings: Mapping[str, str]) -> GiftThresholds:
    """Thresholds from stored settings over the defaults; malformed values keep the default."""
    merged = {**default_threshold_settings(), **settings}
    by_country: dict[str, dict[str, Decimal]] = {}
    rates: dict[str, Decimal] = {}
    for key, raw in merged.items():
        if key.startswith(THRESHOLD_PREFIX):
            parts = key[len(THRESHOLD_PREFIX) :].split("_")
            target: dict[str, Decimal] | None = None
            if len(parts) == 2:
                target = by_country.setdefault(parts[0].upper(), {})
                name = parts[1].upper()
        elif key.startswith(RATE_PREFIX):
            target, name = rates, key[len(RATE_PREFIX) :].upper()
        else:
            continue
        if target is None or not str(raw).strip():
            continue
        try:
            amount = Decimal(str(raw).strip().replace(",", "."))
        except InvalidOperation:
            amount = Decimal(default_threshold_settings().get(key, "NaN"))
        if amount.is_finite() and amount >= 0:
            target[name] = amount
    return GiftThresholds(by_country=by_country, eur_rates=rates)


# --- repeated gifts -------------------------------------------------------------------------


@dataclass(frozen=True)
class GiftRecord:
    """A gift as the warning rules see it, with the names needed to explain a warning."""

    gift_id: int
    description: str
    maker: str = ""
    given: bool = True
    presented_on: date | None = None
    visit_id: int | None = None
    visit_title: str = ""
    partnership_id: int | None = None
    partnership_name: str = ""
    recipient_id: int | None = None
    recipient_name: str = ""
    recipient_country: str = ""
    value_amount: Decimal | None = None
    value_currency: str = "EUR"
    #: Sort key for gifts without a date (usually the visit's first day).
    fallback_date: date | None = None

    @property
    def when(self) -> date | None:
        return self.presented_on or self.fallback_date


_WORD = re.compile(r"\w+", re.UNICODE)


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(folded))


def same_maker(a: str, b: str) -> bool:
    """Makers match when their normalised names are equal or one contains the other."""
    left, right = _normalise(a), _normalise(b)
    if not left or not right:
        return False
    return left == right or left in right or right in left


def similar_description(a: str, b: str, *, threshold: float = 0.6) -> bool:
    """Word overlap or character similarity: 'Meissen pen tray' ~ 'Pen tray, Meissen porcelain'."""
    left, right = _normalise(a), _normalise(b)
    if not left or not right:
        return False
    if left == right:
        return True
    words_a, words_b = set(left.split()), set(right.split())
    overlap = len(words_a & words_b) / min(len(words_a), len(words_b))
    if overlap >= threshold and len(words_a & words_b) >= 1:
        return True
    return SequenceMatcher(None, left, right).ratio() >= 0.75


def find_repeated_gifts(
    gifts: Iterable[GiftRecord], *, check_ids: Iterable[int] | None = None
) -> list[Conflict]:
    """Given gifts whose maker and description match an earlier gift to the same partner.

    "The same partner" is the same partnership or the same recipient. Only gifts in
    ``check_ids`` are reported (all when None); earlier gifts come from the whole list.
    """
    given = [gift for gift in gifts if gift.given]
    wanted = None if check_ids is None else set(check_ids)

    def order(gift: GiftRecord) -> tuple[date, int]:
        return (gift.when or date.min, gift.gift_id)

    conflicts: list[Conflict] = []
    for gift in given:
        if wanted is not None and gift.gift_id not in wanted:
            continue
        for earlier in sorted(given, key=order):
            if order(earlier) >= order(gift):
                break
            same_partner = (
                gift.partnership_id is not None and gift.partnership_id == earlier.partnership_id
            ) or (gift.recipient_id is not None and gift.recipient_id == earlier.recipient_id)
            if not same_partner:
                continue
            if not same_maker(gift.maker, earlier.maker):
                continue
            if not similar_description(gift.description, earlier.description):
                continue
            when = f"{earlier.when:%d.%m.%Y}" if earlier.when else "at an earlier visit"
            to_whom = earlier.recipient_name or "the partner"
            if earlier.partnership_name:
                to_whom += f" ({earlier.partnership_name})"
            where = f" during “{earlier.visit_title}”" if earlier.visit_title else ""
            conflicts.append(
                Conflict(
                    ConflictKind.REPEATED_GIFT,
                    f"“{gift.description}” by {gift.maker}: a similar gift "
                    f"“{earlier.description}” was already given to {to_whom} on {when}{where}",
                    gift_ids=(gift.gift_id, earlier.gift_id),
                    visit_ids=tuple(
                        v for v in dict.fromkeys((gift.visit_id, earlier.visit_id)) if v
                    ),
                    extra={"earlier_gift_id": earlier.gift_id},
                    facts=ConflictFacts(
                        gift=gift.description,
                        maker=gift.maker,
                        earlier_gift=earlier.description,
                        earlier_recipient=earlier.recipient_name,
                        earlier_partnership=earlier.partnership_name,
                        earlier_on=earlier.when,
                        earlier_visit=earlier.visit_title,
                    ),
                )
            )
            break  # one earlier gift is enough to warn
    return conflicts


def find_threshold_warnings(
    gifts: Iterable[GiftRecord], thresholds: GiftThresholds | None = None
) -> list[Conflict]:
    """Gifts whose estimated value reaches the reporting threshold of the recipient's office."""
    conflicts: list[Conflict] = []
    for gift in gifts:
        flag = threshold_flag(
            gift.value_amount, gift.value_currency, gift.recipient_country, thresholds
        )
        if flag is None:
            continue
        recipient = gift.recipient_name or "the recipient"
        conflicts.append(
            Conflict(
                ConflictKind.GIFT_OVER_THRESHOLD,
                f"“{gift.description}” for {recipient}: {flag.message}",
                gift_ids=(gift.gift_id,),
                visit_ids=(gift.visit_id,) if gift.visit_id else (),
                extra={"limit": flag.limit, "limit_currency": flag.limit_currency},
                facts=ConflictFacts(
                    gift=gift.description,
                    recipient=gift.recipient_name,
                    amount=flag.amount,
                    currency=flag.currency,
                    limit=flag.limit,
                    limit_currency=flag.limit_currency,
                ),
            )
        )
    return conflicts
