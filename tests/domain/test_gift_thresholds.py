from decimal import Decimal

from exchange_planner.domain.gifts import GiftThresholds, country_code, threshold_flag


def test_country_names_in_several_languages():
    assert country_code("South Korea") == country_code("대한민국") == "KR"
    assert country_code("Deutschland") == "DE"
    assert country_code("France") is None


def test_german_official_from_200_eur():
    assert threshold_flag(Decimal("199.99"), "EUR", "Germany") is None
    flag = threshold_flag(Decimal("200"), "EUR", "Germany")
    assert flag is not None and flag.limit_currency == "EUR"


def test_korean_official_in_krw_and_converted_from_eur():
    assert threshold_flag(Decimal("99999"), "KRW", "South Korea") is None
    assert threshold_flag(Decimal("100000"), "KRW", "South Korea") is not None
    # 185 EUR is about 200 USD: above the 100 USD line for Korean public officials
    flag = threshold_flag(Decimal("185"), "EUR", "South Korea")
    assert flag is not None and "threshold" in flag.message


def test_unknown_country_or_currency_is_not_flagged_and_rates_are_configurable():
    assert threshold_flag(Decimal("10000"), "EUR", "France") is None
    assert threshold_flag(Decimal("10000"), "XYZ", "Germany") is None
    strict = GiftThresholds(by_country={"DE": {"EUR": Decimal("25")}})
    assert threshold_flag(Decimal("30"), "EUR", "Germany", strict) is not None
