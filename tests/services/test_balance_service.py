from datetime import date
from decimal import Decimal

from exchange_planner.domain.enums import Direction, GiftDirection, VisitStatus
from exchange_planner.domain.ledger import OpenKind


def test_sample_ledger_for_gwangju(services, sample_ids):
    ledger = services.balance.ledger(sample_ids["partnership"])
    y23 = ledger.year(2023)
    assert (y23.residencies_sent, y23.residencies_received) == (1, 0)
    assert (y23.visits_hosted, y23.visits_made) == (1, 0)
    # Received: the plate, the tea bowl (in won) and the photo book (in dollars).
    assert (y23.gifts_given, y23.gifts_received) == (1, 3)
    assert y23.value_given == {"EUR": Decimal("185.00")}
    assert y23.value_received == {
        "EUR": Decimal("120.00"),
        "KRW": Decimal("150000.00"),
        "USD": Decimal("45.00"),
    }
    y24 = ledger.year(2024)
    assert (y24.residencies_sent, y24.residencies_received) == (0, 1)
    assert y24.residencies_received_pending == 1  # proposed, not yet confirmed
    assert (y24.visits_hosted, y24.visits_made, y24.gifts_given) == (0, 0, 0)
    # Open: the July 2023 visit; the outgoing residency has its counterpart, so it is not.
    assert [(o.kind, o.record_id) for o in ledger.open] == [
        (OpenKind.VISIT_NOT_RETURNED, sample_ids["visit"])
    ]


def test_a_return_visit_closes_the_open_exchange(services, sample_ids):
    visit = services.visits.create(
        partnership_id=sample_ids["partnership"],
        title="Leipzig delegation to Gwangju",
        direction=Direction.OUTGOING,
        start_date=date(2025, 10, 1),
        end_date=date(2025, 10, 5),
        status=VisitStatus.PLANNED,
    )
    services.gifts.create(
        visit_id=visit.id,
        direction=GiftDirection.GIVEN,
        description="Book",
        value_amount="30000",
        value_currency="KRW",
    )
    ledger = services.balance.ledger(sample_ids["partnership"])
    assert ledger.open == []
    y25 = ledger.year(2025)
    assert y25.visits_made == 1 and y25.gifts_given == 1
    assert y25.value_given == {"KRW": Decimal("30000.00")}


def test_ledgers_of_all_partnerships(services, sample_ids):
    services.partnerships.create(
        partner_city="Addis Ababa", country="Ethiopia", timezone="Africa/Addis_Ababa"
    )
    rows = services.balance.ledgers()
    assert [p.partner_city for p, _ in rows] == ["Addis Ababa", "Gwangju"]
    assert rows[0][1].years == [] and rows[0][1].open == []
    assert [p.partner_city for p, _ in services.balance.ledgers(sample_ids["partnership"])] == [
        "Gwangju"
    ]
