"""Gift rules by jurisdiction (domain.gift_rules) and rate files (domain.exchange_rates)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from exchange_planner.domain.exchange_rates import RateFileError, parse_rates_csv, rate_on
from exchange_planner.domain.gift_rules import (
    RuleInfo,
    RuleLimit,
    eur_value,
    judge,
    limit_text,
    overlapping,
    rule_in_force,
)

SAXONY_OLD = RuleInfo(
    1,
    "DE-SN-KOMMUNAL",
    "VwV Annahme von Belohnungen (alt)",
    date(2010, 1, 1),
    date(2019, 12, 31),
    limits=(RuleLimit(1, Decimal("10"), "EUR", "approval"),),
)
SAXONY = RuleInfo(
    2,
    "DE-SN-KOMMUNAL",
    "VwV Annahme von Belohnungen",
    date(2020, 1, 1),
    None,
    limits=(
        RuleLimit(1, Decimal("20"), "EUR", "deemed approved"),
        RuleLimit(2, Decimal("60"), "EUR", "written approval"),
    ),
)
KOREA = RuleInfo(
    3,
    "KR-PUBLIC",
    "Public Service Ethics Act art. 15",
    date(2009, 2, 3),
    limits=(
        RuleLimit(1, Decimal("100"), "USD", "report and hand over"),
        RuleLimit(1, Decimal("100000"), "KRW", "report and hand over"),
    ),
)
RULES = [SAXONY_OLD, SAXONY, KOREA]


def test_the_rule_in_force_depends_on_the_day() -> None:
    assert rule_in_force(RULES, "DE-SN-KOMMUNAL", date(2019, 12, 31)) == SAXONY_OLD
    assert rule_in_force(RULES, "de-sn-kommunal ", date(2020, 1, 1)) == SAXONY
    assert rule_in_force(RULES, "DE-SN-KOMMUNAL", date(2009, 12, 31)) is None
    assert rule_in_force(RULES, "KR-PUBLIC", date(2023, 7, 26)) == KOREA
    assert rule_in_force(RULES, "", date(2023, 7, 26)) is None
    assert rule_in_force(RULES, "US-FEDERAL", date(2023, 7, 26)) is None
    assert overlapping(RULES) == []
    clash = RuleInfo(9, "DE-SN-KOMMUNAL", "x", date(2019, 6, 1))
    assert overlapping([*RULES, clash]) == [(SAXONY_OLD, clash), (clash, SAXONY)]


def test_eur_value_is_amount_over_units_per_euro() -> None:
    assert eur_value(Decimal("150000"), "KRW", Decimal("1412.5")) == Decimal("106.19")
    assert eur_value(Decimal("45"), "EUR", None) == Decimal("45.00")
    assert eur_value(Decimal("300"), "USD", None) is None
    assert eur_value(None, "USD", Decimal("1.1")) is None


def test_tiers_crossed_and_their_consequences() -> None:
    judged = judge(SAXONY, Decimal("45"), "EUR", Decimal("45"))
    assert [tier.tier for tier in judged.crossed] == [1]
    assert judged.highest is not None and judged.highest.crossed_by is not None
    assert judged.highest.crossed_by.consequence == "deemed approved"
    assert judge(SAXONY, Decimal("60"), "EUR", Decimal("60")).highest.tier == 2  # type: ignore[union-attr]
    assert judge(SAXONY, Decimal("19.99"), "EUR", Decimal("19.99")).crossed == ()
    # The gift's own currency is compared directly, others through EUR at the day's rates.
    krw = judge(KOREA, Decimal("150000"), "KRW", Decimal("106.19"))
    assert krw.highest is not None and krw.highest.crossed_by.currency == "KRW"  # type: ignore[union-attr]
    eur = judge(KOREA, Decimal("95"), "EUR", Decimal("95"), {"USD": Decimal("1.1")})
    assert eur.highest is not None  # 100 USD = 90.91 EUR
    unknown = judge(KOREA, Decimal("50"), "EUR", Decimal("50"))
    assert unknown.crossed == () and unknown.undetermined
    assert limit_text(KOREA.limits) == "USD 100 / KRW 100,000"


ECB = "Date,USD,JPY,KRW,\n2023-07-26,1.1059,156.24,1412.50,\n2023-07-25,1.1052,N/A,1410.10,\n"


def test_the_ecb_layout_and_the_long_layout() -> None:
    rates = parse_rates_csv(ECB, source="ECB")
    assert len(rates) == 5
    assert rate_on(rates, "KRW", date(2023, 7, 27)) == (
        date(2023, 7, 26),
        Decimal("1412.500000"),
        "ECB",
    )
    daily = parse_rates_csv("Date, USD, \n26 July 2023, 1.1059, \n", source="ECB")
    assert daily[0].rate_date == date(2023, 7, 26)
    long = parse_rates_csv("currency,date,units_per_eur,source\nkrw,2023-07-26,1412.5,Bank\n")
    assert long[0].currency == "KRW" and long[0].source == "Bank"


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        ("", "empty", 0),
        ("Day,USD\n2023-07-26,1.1\n", "header", 1),
        ("Date,USD\n2023-13-26,1.1\n", "date", 2),
        ("Date,USD\n2023-07-26,1.1\n2023-07-27,abc\n", "rate", 3),
        ("Date,USD\n2023-07-26,-1\n", "rate", 2),
        ("Date,US\n2023-07-26,1.1\n", "currency", 1),
        ("Date,USD\n2023-07-26,1.1\n2023-07-26,1.2\n", "duplicate", 3),
        ("currency,date,units_per_eur\nUSD,2023-07-26\n", "columns", 2),
        ("currency,date,units_per_eur\nEUR,2023-07-26,1\n", "currency", 2),
    ],
)
def test_a_bad_line_refuses_the_file(text: str, reason: str, line: int) -> None:
    with pytest.raises(RateFileError) as refused:
        parse_rates_csv(text, source="x")
    assert refused.value.reason == reason
    assert refused.value.line == line
    assert "nothing was imported" in str(refused.value)
