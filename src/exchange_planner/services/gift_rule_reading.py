"""The gift warnings by the rules of the recipient's office, read with plain SQL.

``services.conflict_reading`` runs this for the gifts it checks (in a session, or on a SQLite
file through sqlite3): a gift whose recipient has a gift jurisdiction with a rule in force on
the gift's day is judged by that rule (``domain.gift_rules``) — a warning when it reaches a
limit — and is no longer judged by the per-country thresholds of earlier versions, which
still apply to everyone else.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from exchange_planner.domain.conflicts import Conflict, ConflictFacts, ConflictKind
from exchange_planner.domain.gift_rules import (
    EUR,
    RuleInfo,
    RuleLimit,
    eur_value,
    judge,
    limit_text,
    rule_in_force,
)
from exchange_planner.domain.gifts import GiftRecord
from exchange_planner.storage.sql_read import Execute, calendar_day

RULES = (
    "SELECT id, jurisdiction, name, effective_from, effective_to, source FROM gift_rule "
    "ORDER BY jurisdiction, effective_from, id"
)
LIMITS = "SELECT rule_id, tier, amount, currency, consequence FROM gift_rule_limit ORDER BY tier"
JURISDICTIONS = "SELECT id, gift_jurisdiction FROM person WHERE id IN ({ids})"
GIFT_RATES = "SELECT id, rate_units_per_eur FROM gift WHERE id IN ({ids})"
DAY_RATES = "SELECT currency, rate_date, units_per_eur FROM exchange_rate WHERE currency IN ({ids})"


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def _by_ids(execute: Execute, template: str, ids: Iterable[Any]) -> list[Any]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    names = ", ".join(f":id{index}" for index in range(len(wanted)))
    return list(
        execute(template.format(ids=names), {f"id{i}": value for i, value in enumerate(wanted)})
    )


def read_rules(execute: Execute) -> list[RuleInfo]:
    limits: dict[int, list[RuleLimit]] = {}
    for rule_id, tier, amount, currency, consequence in execute(LIMITS):
        limits.setdefault(rule_id, []).append(
            RuleLimit(int(tier), _decimal(amount) or Decimal(0), currency, consequence)
        )
    return [
        RuleInfo(
            id=row[0],
            jurisdiction=row[1],
            name=row[2],
            effective_from=calendar_day(row[3]),  # type: ignore[arg-type]
            effective_to=calendar_day(row[4]),
            source=row[5],
            limits=tuple(limits.get(row[0], ())),
        )
        for row in execute(RULES)
    ]


def rule_warnings(execute: Execute, records: list[GiftRecord]) -> tuple[list[Conflict], set[int]]:
    """The warnings of the gifts judged by a rule, and the ids of those gifts (the rest is
    left to the thresholds)."""
    rules = read_rules(execute)
    if not rules:
        return [], set()
    jurisdictions = {
        row[0]: row[1]
        for row in _by_ids(
            execute, JURISDICTIONS, {r.recipient_id for r in records if r.recipient_id}
        )
        if row[1]
    }
    judged: list[tuple[GiftRecord, RuleInfo]] = []
    for record in records:
        code = jurisdictions.get(record.recipient_id) if record.recipient_id else None
        rule = rule_in_force(rules, code, record.when) if code and record.when else None
        if rule is not None:
            judged.append((record, rule))
    if not judged:
        return [], set()
    rates = {
        row[0]: _decimal(row[1])
        for row in _by_ids(execute, GIFT_RATES, {record.gift_id for record, _rule in judged})
    }
    wanted = {lim.currency.upper() for _r, rule in judged for lim in rule.limits} - {EUR}
    day_rates: dict[str, list[tuple[Any, Decimal]]] = {}
    for currency, day, units in _by_ids(execute, DAY_RATES, wanted):
        day_rates.setdefault(currency, []).append((calendar_day(day), _decimal(units)))  # type: ignore[arg-type]
    conflicts: list[Conflict] = []
    for record, rule in judged:
        currency = (record.value_currency or EUR).upper()
        value = eur_value(record.value_amount, currency, rates.get(record.gift_id))
        on = record.when
        limit_rates = {}
        for code, days in day_rates.items():
            usable = [
                (day, units) for day, units in days if on and day <= on and (on - day).days <= 7
            ]
            if usable:
                limit_rates[code] = max(usable)[1]
        judgement = judge(rule, record.value_amount, currency, value, limit_rates)
        highest = judgement.highest
        if highest is None or highest.crossed_by is None:
            continue
        limit = highest.crossed_by
        recipient = record.recipient_name or "the recipient"
        consequence = f" ({limit.consequence})" if limit.consequence else ""
        conflicts.append(
            Conflict(
                ConflictKind.GIFT_OVER_THRESHOLD,
                f"“{record.description}” for {recipient}: {record.value_amount:,.2f} {currency} "
                f"reaches the limit of {limit_text([limit])} of the rule {rule.jurisdiction} "
                f"“{rule.name}”{consequence}",
                gift_ids=(record.gift_id,),
                visit_ids=(record.visit_id,) if record.visit_id else (),
                extra={
                    "limit": limit.amount,
                    "limit_currency": limit.currency,
                    "rule": rule.jurisdiction,
                    "tier": highest.tier,
                    "consequence": limit.consequence,
                },
                facts=ConflictFacts(
                    gift=record.description,
                    recipient=record.recipient_name,
                    amount=record.value_amount,
                    currency=currency,
                    limit=limit.amount,
                    limit_currency=limit.currency,
                ),
            )
        )
    return conflicts, {record.gift_id for record, _rule in judged}
