"""Values found by the output fuzzing (tests/fuzz_pipeline.py), pinned one by one: each is
refused with a ValidationError naming the field, never with another exception."""

from __future__ import annotations

from decimal import Decimal

import pytest

from exchange_planner.domain import validation as v
from exchange_planner.domain.errors import ValidationError


@pytest.mark.parametrize(
    "zone",
    [
        "Europe",  # a folder of the zone database: IsADirectoryError
        "America",
        "Asia/",
        "x" * 300,  # longer than a file name may be: OSError
        "Europe/" + "x" * 300,
        "Europe/Berlin\x00",
        "\ud800",
        "Europe/Berlin\u202e",
    ],
    ids=[
        "folder",
        "folder-america",
        "folder-slash",
        "long",
        "long-path",
        "nul",
        "surrogate",
        "bidi",
    ],
)
def test_a_time_zone_that_is_no_zone_is_refused_naming_the_field(zone: str) -> None:
    with pytest.raises(ValidationError) as refused:
        v.timezone_name("timezone", zone)
    assert refused.value.field == "timezone"
    assert "is not a known time zone" in refused.value.message
    assert len(refused.value.message) < 120  # the value is shortened
    refused.value.message.encode("utf-8")  # printable anywhere: no lone surrogate


def test_real_zones_are_still_accepted() -> None:
    for zone in ("Europe/Berlin", "Asia/Seoul", "UTC", " America/St_Johns "):
        assert v.timezone_name("timezone", zone) == zone.strip()


@pytest.mark.parametrize("amount", ["999999999999.995", "999999999999.999", "1e12"])
def test_an_amount_that_rounds_to_thirteen_digits_is_refused(amount: str) -> None:
    """Stored, it would not fit the column (NUMERIC(14, 2)) nor the exchange file's pattern."""
    with pytest.raises(ValidationError, match="implausibly large") as refused:
        v.money("value_amount", amount)
    assert refused.value.field == "value_amount"


def test_the_largest_amount_is_kept() -> None:
    assert v.money("value_amount", "999999999999.994") == Decimal("999999999999.99")


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (v.date_value, "2025-03-04\ud800" + "x" * 500),
        (v.instant_value, "\x00" * 1000),
        (v.currency_code, "\udfff" * 100),
        (v.money, "1\ud8002"),
    ],
    ids=["date", "instant", "currency", "amount"],
)
def test_messages_show_a_hostile_value_shortened_and_printable(check, value) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        check("field", value)
    assert refused.value.field == "field"
    assert len(refused.value.message) < 140
    assert refused.value.message.isprintable()
    refused.value.message.encode("utf-8")
