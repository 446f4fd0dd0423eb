"""Gift rules by jurisdiction: which rule is in force, a gift's value in EUR, the limits it
crosses.

A *rule* belongs to the office a recipient holds (``Person.gift_jurisdiction``, e.g.
``DE-SN-KOMMUNAL`` for the staff of a Saxon municipality, ``DE-BT`` for members of the
Bundestag, ``KR-PUBLIC`` for Korean public officials, ``US-FEDERAL`` for U.S. federal
employees). A jurisdiction may have several rules one after the other: each is in force from
``effective_from`` up to and including ``effective_to`` (open when None). A rule has limit
*tiers* (Saxony: 20 EUR, then 60 EUR), each with its consequence; one tier may name the same
limit in several currencies (Korea: USD 100 or KRW 100,000), and crossing any of them crosses
the tier. Reaching a limit counts ("from 200 EUR").

Values: ``eur = amount / units_per_eur`` (the ECB publishes how many units of a currency one
euro buys). A limit in the gift's own currency is compared directly; any other through EUR,
with the rate of the limit's currency on the gift's date (``rates``). A limit that cannot be
compared (no rate) is *undetermined*, never silently passed.

Nothing here reads the database or Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from exchange_planner.domain.texts import joined_in

CENT = Decimal("0.01")
EUR = "EUR"


@dataclass(frozen=True)
class RuleLimit:
    tier: int
    amount: Decimal
    currency: str
    consequence: str = ""


@dataclass(frozen=True)
class RuleInfo:
    """A gift rule with its limits, as the register and the dialog see it."""

    id: int
    jurisdiction: str
    name: str
    effective_from: date
    effective_to: date | None = None
    applies_to: str = ""
    source: str = ""
    source_url: str = ""
    valuation: str = ""
    notes: str = ""
    limits: tuple[RuleLimit, ...] = field(default=())
    #: The name in every language it has (the original among them).
    names: Mapping[str, str] = field(default_factory=dict)

    def name_in(self, languages: Iterable[str]) -> str:
        """The name in each of ``languages`` (else as stored)."""
        return joined_in(self.names, self.name, languages)

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    def tiers(self) -> list[tuple[int, tuple[RuleLimit, ...]]]:
        """The limits grouped by tier, lowest tier first."""
        grouped: dict[int, list[RuleLimit]] = {}
        for limit in sorted(self.limits, key=lambda lim: (lim.tier, lim.currency)):
            grouped.setdefault(limit.tier, []).append(limit)
        return [(tier, tuple(limits)) for tier, limits in sorted(grouped.items())]


def normal_jurisdiction(code: str | None) -> str:
    """``" de-sn-kommunal "`` -> ``"DE-SN-KOMMUNAL"``; empty for none."""
    return (code or "").strip().upper()


def rule_in_force(rules: Iterable[RuleInfo], jurisdiction: str | None, on: date) -> RuleInfo | None:
    """The rule of ``jurisdiction`` in force on ``on`` (the latest to start when periods
    overlap), or None."""
    wanted = normal_jurisdiction(jurisdiction)
    if not wanted:
        return None
    candidates = [
        rule
        for rule in rules
        if normal_jurisdiction(rule.jurisdiction) == wanted and rule.in_force(on)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda rule: (rule.effective_from, rule.id))


def overlapping(rules: Iterable[RuleInfo]) -> list[tuple[RuleInfo, RuleInfo]]:
    """Pairs of rules of the same jurisdiction whose periods overlap (a data problem the
    rules dialog names)."""
    found: list[tuple[RuleInfo, RuleInfo]] = []
    by_code: dict[str, list[RuleInfo]] = {}
    for rule in rules:
        by_code.setdefault(normal_jurisdiction(rule.jurisdiction), []).append(rule)
    for group in by_code.values():
        group.sort(key=lambda rule: (rule.effective_from, rule.id))
        for earlier, later in itertools.pairwise(group):
            if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
                found.append((earlier, later))
    return found


def eur_value(
    amount: Decimal | None, currency: str, units_per_eur: Decimal | None
) -> Decimal | None:
    """The value in EUR (to the cent): EUR as it is, other currencies divided by the units
    one euro buys; None without an amount, or without a (positive) rate for another currency."""
    if amount is None:
        return None
    if (currency or EUR).upper() == EUR:
        return Decimal(amount).quantize(CENT, ROUND_HALF_UP)
    if units_per_eur is None or units_per_eur <= 0:
        return None
    return (Decimal(amount) / Decimal(units_per_eur)).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class TierResult:
    """One tier as judged for a gift: crossed (with the limit that was reached), not
    crossed, or undetermined (a limit could not be compared for want of a rate)."""

    tier: int
    limits: tuple[RuleLimit, ...]
    crossed_by: RuleLimit | None = None
    undetermined: tuple[str, ...] = ()  # currencies without a rate

    @property
    def crossed(self) -> bool:
        return self.crossed_by is not None


@dataclass(frozen=True)
class GiftJudgement:
    """What a rule says about one gift."""

    rule: RuleInfo | None
    value_eur: Decimal | None
    tiers: tuple[TierResult, ...] = ()

    @property
    def crossed(self) -> tuple[TierResult, ...]:
        return tuple(tier for tier in self.tiers if tier.crossed)

    @property
    def highest(self) -> TierResult | None:
        """The highest tier crossed (its consequence is what applies), or None."""
        crossed = self.crossed
        return crossed[-1] if crossed else None

    @property
    def undetermined(self) -> bool:
        return any(tier.undetermined and not tier.crossed for tier in self.tiers)


def limit_in_eur(limit: RuleLimit, rates: Mapping[str, Decimal]) -> Decimal | None:
    return eur_value(limit.amount, limit.currency, rates.get(limit.currency.upper()))


def judge(
    rule: RuleInfo | None,
    amount: Decimal | None,
    currency: str,
    value_eur: Decimal | None,
    rates: Mapping[str, Decimal] | None = None,
) -> GiftJudgement:
    """The tiers of ``rule`` a gift of ``amount`` ``currency`` (worth ``value_eur``) crosses.

    ``rates``: units per EUR of the limits' currencies on the gift's date, for limits in a
    currency other than the gift's (and other than EUR).
    """
    if rule is None or amount is None:
        return GiftJudgement(rule, value_eur)
    rates = {key.upper(): value for key, value in (rates or {}).items()}
    currency = (currency or EUR).upper()
    results: list[TierResult] = []
    for tier, limits in rule.tiers():
        crossed: RuleLimit | None = None
        missing: list[str] = []
        for limit in limits:
            if limit.currency.upper() == currency:
                if Decimal(amount) >= limit.amount:
                    crossed = limit
                    break
                continue
            limit_eur = limit_in_eur(limit, rates)
            if limit_eur is None or value_eur is None:
                missing.append(limit.currency.upper())
                continue
            if value_eur >= limit_eur:
                crossed = limit
                break
        results.append(TierResult(tier, limits, crossed, () if crossed else tuple(missing)))
    return GiftJudgement(rule, value_eur, tuple(results))


def limit_text(limits: Iterable[RuleLimit], money: object = None) -> str:
    """``"USD 100 / KRW 100,000"``: the limits of a tier, for lists and messages."""
    shown = []
    for limit in limits:
        if callable(money):
            shown.append(str(money(limit.amount, limit.currency)))
        else:
            amount = limit.amount.normalize()
            text = f"{amount:,.2f}" if amount != amount.to_integral() else f"{amount:,.0f}"
            shown.append(f"{limit.currency} {text}")
    return " / ".join(shown)
