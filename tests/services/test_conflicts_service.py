from datetime import date, datetime, timedelta
from decimal import Decimal

from exchange_planner.domain.conflicts import ConflictKind
from exchange_planner.domain.enums import Direction, GiftDirection
from exchange_planner.domain.timeutil import to_utc

BERLIN = "Europe/Berlin"


def second_visit(services, sample_ids):
    return services.visits.create(
        partnership_id=sample_ids["partnership"],
        title="Press visit",
        direction=Direction.INCOMING,
        start_date=date(2023, 7, 26),
        end_date=date(2023, 7, 26),
    )


def test_sample_has_only_the_threshold_warning(services, sample_ids):
    """The gifts reaching a limit of the rule of their recipient's office (the Meissen tray
    for Kang Gi-jung: KR-PUBLIC; the plate and the celadon bowl for Leipzig's staff:
    DE-SN-KOMMUNAL, 60 EUR); the dollar book without a rate reaches none."""
    found = services.conflicts.for_visit(sample_ids["visit"])
    assert [c.kind for c in found] == [ConflictKind.GIFT_OVER_THRESHOLD] * 3
    assert all(c.is_warning for c in found)
    assert [c.extra["rule"] for c in found] == ["KR-PUBLIC", "DE-SN-KOMMUNAL", "DE-SN-KOMMUNAL"]


def test_venue_and_person_clash_across_visits(services, sample_ids):
    other = second_visit(services, sample_ids)
    venue = next(v for v in services.venues.list() if v.room == "Festsaal")
    services.program.create(
        visit_id=other.id,
        title="Press briefing",
        starts_at=to_utc(datetime(2023, 7, 26, 10, 15), BERLIN),
        ends_at=to_utc(datetime(2023, 7, 26, 11), BERLIN),
        timezone=BERLIN,
        venue_id=venue.id,
        host_id=sample_ids["lord_mayor"],
    )
    found = services.conflicts.for_visit(sample_ids["visit"])
    kinds = [c.kind for c in found]
    assert ConflictKind.VENUE_DOUBLE_BOOKED in kinds
    person = next(c for c in found if c.kind is ConflictKind.PERSON_DOUBLE_BOOKED)
    assert "Burkhard Jung" in person.message and "Press visit" in person.message
    assert services.conflicts.for_visit(other.id)  # seen from the other side too


def test_outside_dates_and_repeated_gift_and_configurable_threshold(services, sample_ids):
    visit_id = sample_ids["visit"]
    services.program.create(
        visit_id=visit_id,
        title="Farewell breakfast",
        starts_at=to_utc(datetime(2023, 7, 28, 8), BERLIN),
        ends_at=to_utc(datetime(2023, 7, 28, 9), BERLIN),
        timezone=BERLIN,
    )
    later = services.visits.create(
        partnership_id=sample_ids["partnership"],
        title="Return visit",
        direction=Direction.INCOMING,
        start_date=date(2025, 5, 1),
        end_date=date(2025, 5, 3),
    )
    gift = services.gifts.create(
        visit_id=later.id,
        direction=GiftDirection.GIVEN,
        description="Stiftablage, Meissener Porzellan",
        maker="Porzellan-Manufaktur Meissen",
        recipient_id=sample_ids["interpreter"],
        value_amount=Decimal("20"),
    )
    found = services.conflicts.for_visit(visit_id)
    assert any(c.kind is ConflictKind.OUTSIDE_VISIT_DATES for c in found)
    repeated = [
        c for c in services.conflicts.for_visit(later.id) if c.kind is ConflictKind.REPEATED_GIFT
    ]
    assert repeated and repeated[0].gift_ids[0] == gift.id
    assert "26.07.2023" in repeated[0].message and "Kang Gi-jung" in repeated[0].message
    # thresholds come from the settings table
    services.settings.set("gift_threshold_DE_EUR", "10")
    warned = services.conflicts.by_gift(services.conflicts.for_visit(later.id))
    assert any(c.kind is ConflictKind.GIFT_OVER_THRESHOLD for c in warned[gift.id])


def test_range_query_for_the_calendar(services, sample_ids):
    copy = services.visits.duplicate(sample_ids["visit"])
    start = to_utc(datetime(2023, 7, 26, 0), BERLIN)
    found = services.conflicts.for_range(start, start + timedelta(days=1))
    assert found and all(copy.id in c.visit_ids for c in found)


def test_threshold_settings_are_validated_and_stored(services, sample_ids):
    import pytest

    from exchange_planner.domain.errors import ValidationError

    assert services.conflicts.threshold_settings()["gift_threshold_DE_EUR"] == "200"
    assert services.conflicts.set_threshold_setting("gift_threshold_DE_EUR", " 150,5 ") == "150.5"
    assert services.conflicts.thresholds().by_country["DE"]["EUR"] == Decimal("150.5")
    assert services.conflicts.set_threshold_setting("gift_eur_rate_KRW", "0.00071") == "0.00071"
    for key, value in (
        ("gift_threshold_DE_EUR", "a lot"),
        ("gift_threshold_DE_EUR", "-1"),
        ("gift_eur_rate_USD", "0"),
        ("home_city", "1"),
    ):
        with pytest.raises(ValidationError) as error:
            services.conflicts.set_threshold_setting(key, value)
        assert error.value.field == key
    assert services.settings.get("gift_threshold_DE_EUR") == "150.5"
    services.conflicts.set_threshold_setting("gift_threshold_KR_USD", "")
    assert "USD" not in services.conflicts.thresholds().by_country["KR"]
