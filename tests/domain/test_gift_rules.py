from datetime import date
from decimal import Decimal

from exchange_planner.domain.conflicts import ConflictKind
from exchange_planner.domain.gifts import (
    GiftRecord,
    find_repeated_gifts,
    find_threshold_warnings,
    same_maker,
    similar_description,
    thresholds_from_settings,
)


def gift(gift_id: int, description: str, maker: str, when: date, **extra: object) -> GiftRecord:
    values: dict[str, object] = {
        "partnership_id": 1,
        "partnership_name": "Gwangju",
        "recipient_id": 10,
        "recipient_name": "Kang Gi-jung",
        "visit_title": f"Visit {gift_id}",
    }
    values.update(extra)
    return GiftRecord(gift_id, description, maker, presented_on=when, **values)  # type: ignore[arg-type]


def test_similarity_rules():
    assert same_maker("Staatliche Porzellan-Manufaktur Meissen", "porzellan-manufaktur meissen")
    assert not same_maker("", "Meissen")
    assert similar_description("Meissen porcelain pen tray", "Pen tray, Meissen porcelain")
    assert similar_description("도자기 접시", "도자기 접시")
    assert not similar_description("Porcelain pen tray", "Book about Leipzig")


def test_repeated_gift_to_same_partnership_says_when_and_to_whom():
    earlier = gift(1, "Meissen porcelain pen tray", "Meissen", date(2019, 5, 2))
    later = gift(2, "Pen tray, Meissen porcelain", "Meissen", date(2023, 7, 26), recipient_id=11)
    found = find_repeated_gifts([later, earlier])
    assert len(found) == 1
    assert found[0].kind is ConflictKind.REPEATED_GIFT
    assert found[0].gift_ids == (2, 1)
    assert "02.05.2019" in found[0].message and "Kang Gi-jung" in found[0].message


def test_repeated_gift_to_same_recipient_in_another_partnership():
    earlier = gift(1, "Leipzig city book", "Verlag A", date(2020, 1, 1), partnership_id=2)
    later = gift(2, "Leipzig city book", "Verlag A", date(2023, 1, 1))
    assert len(find_repeated_gifts([earlier, later])) == 1


def test_no_warning_for_other_maker_other_partner_received_or_first_gift():
    first = gift(1, "Pen tray", "Meissen", date(2020, 1, 1))
    assert find_repeated_gifts([first]) == []
    other_maker = gift(2, "Pen tray", "KPM Berlin", date(2023, 1, 1))
    other_partner = gift(
        3, "Pen tray", "Meissen", date(2023, 1, 1), partnership_id=9, recipient_id=99
    )
    received = gift(4, "Pen tray", "Meissen", date(2023, 1, 1), given=False)
    assert find_repeated_gifts([first, other_maker, other_partner, received]) == []


def test_thresholds_are_read_from_settings_with_defaults():
    defaults = thresholds_from_settings({})
    assert defaults.by_country["DE"]["EUR"] == Decimal("200")
    strict = thresholds_from_settings({"gift_threshold_DE_EUR": "50", "gift_threshold_KR_USD": ""})
    assert strict.by_country["DE"]["EUR"] == Decimal("50")
    assert "USD" not in strict.by_country["KR"]
    broken = thresholds_from_settings({"gift_threshold_DE_EUR": "lots"})
    assert broken.by_country["DE"]["EUR"] == Decimal("200")


def test_threshold_warning_names_gift_and_recipient():
    g = gift(
        1,
        "Vase",
        "Maker",
        date(2023, 1, 1),
        value_amount=Decimal("250"),
        value_currency="EUR",
        recipient_country="Germany",
        recipient_name="Burkhard Jung",
    )
    found = find_threshold_warnings([g])
    assert found and "Burkhard Jung" in found[0].message and "200" in found[0].message
    strict = thresholds_from_settings({"gift_threshold_DE_EUR": "300"})
    assert find_threshold_warnings([g], strict) == []
