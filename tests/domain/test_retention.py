"""Retention of personal data: months counted from the end of a visit, checked settings."""

from __future__ import annotations

from datetime import date

import pytest

from exchange_planner.domain.enums import PrivacyCategory
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.retention import (
    DEFAULT_MONTHS,
    FIELDS,
    category_of,
    checked_months,
    due_since,
    holds_data,
    is_due,
)


def test_defaults_and_categories_as_the_contract_says() -> None:
    assert DEFAULT_MONTHS == {
        PrivacyCategory.CONTACT: 36,
        PrivacyCategory.TRAVEL: 6,
        PrivacyCategory.HEALTH: 3,
    }
    assert ("person", "email") in FIELDS[PrivacyCategory.CONTACT]
    assert ("visit_member", "mobile") in FIELDS[PrivacyCategory.CONTACT]
    assert ("visit_member", "hotel_id") in FIELDS[PrivacyCategory.TRAVEL]
    assert ("person", "notes_consent_on") in FIELDS[PrivacyCategory.HEALTH]
    # The official record is never a category's field.
    every = {name for fields in FIELDS.values() for _table, name in fields}
    assert not every & {"family_name", "given_name", "native_name", "title", "role"}


def test_due_counts_whole_months_from_the_end_clamped_to_the_month() -> None:
    assert due_since(date(2023, 7, 27), 3) == date(2023, 10, 27)
    assert due_since(date(2023, 11, 30), 3) == date(2024, 2, 29)
    assert not is_due(date(2023, 7, 27), 36, date(2026, 7, 26))
    assert is_due(date(2023, 7, 27), 36, date(2026, 7, 27))
    assert is_due(date(2026, 12, 3), 0, date(2026, 12, 3))


def test_bad_months_and_categories_are_refused_by_name() -> None:
    assert checked_months(PrivacyCategory.TRAVEL, " 12 ") == 12
    with pytest.raises(ValidationError, match="not a whole number"):
        checked_months(PrivacyCategory.TRAVEL, "six")
    with pytest.raises(ValidationError, match=r"outside 0\.\.1200"):
        checked_months(PrivacyCategory.HEALTH, -1)
    assert category_of("Health") is PrivacyCategory.HEALTH
    with pytest.raises(ValidationError, match="contact, travel, health"):
        category_of("passports")


def test_what_counts_as_data_still_there() -> None:
    assert not holds_data("") and not holds_data("  ") and not holds_data(None)
    assert not holds_data(False)
    assert holds_data("vegan") and holds_data(True) and holds_data(date(2023, 7, 1))
