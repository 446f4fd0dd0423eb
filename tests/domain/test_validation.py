from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import VisitStatus
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.names import full_name, latin_name, usual_name_order


@pytest.mark.parametrize("value", ["", "   ", "\t\n", None])
def test_required_text_refuses_blank(value):
    with pytest.raises(ValidationError) as error:
        v.required_text("family_name", value)
    assert error.value.field == "family_name"
    assert "empty" in error.value.message


def test_required_text_keeps_hangul_emoji_and_rtl():
    for text in ("강기정", "Kang 🎉", "שלום", "Müller-Lüdenscheidt"):
        assert v.required_text("title", f"  {text} ") == text


def test_overlong_text_names_the_limit():
    with pytest.raises(ValidationError, match="at most 300"):
        v.required_text("title", "x" * 5000, max_length=300)
    assert len(v.optional_text("notes", "y" * 5000)) == 5000


def test_date_range_refuses_end_before_start_and_implausible_years():
    v.date_range(date(2023, 7, 26), date(2023, 7, 26))
    with pytest.raises(ValidationError, match="before it starts") as error:
        v.date_range(date(2023, 7, 27), date(2023, 7, 26))
    assert error.value.field == "end_date"
    with pytest.raises(ValidationError, match="outside"):
        v.date_range(date(1066, 1, 1), date(2023, 1, 1))


def test_instant_range_needs_zones_and_order():
    start = datetime(2023, 7, 26, 8, tzinfo=UTC)
    v.instant_range(start, start)
    with pytest.raises(ValidationError, match="ends before"):
        v.instant_range(start, datetime(2023, 7, 26, 7, tzinfo=UTC))
    with pytest.raises(ValidationError, match="time zone"):
        v.instant_range(datetime(2023, 7, 26, 8), datetime(2023, 7, 26, 9))


def test_enum_value_lists_allowed_values():
    assert v.enum_value("status", VisitStatus, "planned") is VisitStatus.PLANNED
    with pytest.raises(ValidationError, match="draft, planned"):
        v.enum_value("status", VisitStatus, "maybe")


def test_timezone_currency_and_money():
    assert v.timezone_name("timezone", "Asia/Seoul") == "Asia/Seoul"
    with pytest.raises(ValidationError, match="not a known time zone"):
        v.timezone_name("timezone", "Mars/Olympus")
    assert v.currency_code("currency", "krw") == "KRW"
    with pytest.raises(ValidationError):
        v.currency_code("currency", "EURO")
    assert v.money("value", "185,5") == Decimal("185.50")
    assert v.money("value", "") is None
    for bad in ("-1", "abc", "NaN"):
        with pytest.raises(ValidationError):
            v.money("value", bad)


class _Person:
    def __init__(self, family, given, native="", order="given_first"):
        self.family_name, self.given_name, self.native_name, self.name_order = (
            family,
            given,
            native,
            order,
        )


def test_names_in_latin_and_own_script():
    kang = _Person("Kang", "Gi-jung", "강기정", "family_first")
    assert latin_name(kang) == "Kang Gi-jung"
    assert latin_name(kang, family_first=False) == "Gi-jung Kang"
    assert full_name(kang) == "Kang Gi-jung (강기정)"
    assert full_name(_Person("Jung", "Burkhard")) == "Burkhard Jung"


def test_hangul_suggests_family_name_first():
    assert usual_name_order("강기정") == "family_first"
    assert usual_name_order("Müller") is None
    assert usual_name_order("") is None
