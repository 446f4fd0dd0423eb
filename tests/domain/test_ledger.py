from datetime import date
from decimal import Decimal

from exchange_planner.domain.enums import Direction, GiftDirection, ResidencyStatus, VisitStatus
from exchange_planner.domain.ledger import (
    GiftEntry,
    OpenKind,
    ResidencyEntry,
    VisitEntry,
    build_ledger,
)

IN, OUT = Direction.INCOMING, Direction.OUTGOING


def res(rid, direction, start, status=ResidencyStatus.CONFIRMED, counterpart=None):
    return ResidencyEntry(rid, f"R{rid}", direction, status, start, counterpart)


def visit(vid, direction, start, status=VisitStatus.COMPLETED):
    return VisitEntry(vid, f"V{vid}", direction, status, start)


def test_sample_shape_counts_per_year_and_open_visit():
    ledger = build_ledger(
        [
            res(1, OUT, date(2023, 3, 1), ResidencyStatus.COMPLETED, counterpart=2),
            res(2, IN, date(2024, 9, 1), ResidencyStatus.PROPOSED, counterpart=1),
        ],
        [visit(10, IN, date(2023, 7, 25))],
        [
            GiftEntry(20, "pen tray", GiftDirection.GIVEN, date(2023, 7, 26), Decimal("185")),
            GiftEntry(21, "plate", GiftDirection.RECEIVED, date(2023, 7, 26), Decimal("120")),
        ],
    )
    y23, y24 = ledger.year(2023), ledger.year(2024)
    assert (y23.residencies_sent, y23.residencies_received) == (1, 0)
    assert (y23.visits_hosted, y23.visits_made) == (1, 0)
    assert (y23.gifts_given, y23.gifts_received) == (1, 1)
    assert y23.value_given == {"EUR": Decimal("185")}
    assert y23.value_received == {"EUR": Decimal("120")}
    assert (y24.residencies_sent, y24.residencies_received) == (0, 1)
    assert y24.residencies_received_pending == 1
    assert [(o.kind, o.record_id) for o in ledger.open] == [(OpenKind.VISIT_NOT_RETURNED, 10)]


def test_residency_without_counterpart_is_open_until_answered():
    alone = build_ledger([res(1, OUT, date(2023, 1, 1))], [], [])
    assert [(o.kind, o.record_id) for o in alone.open] == [
        (OpenKind.RESIDENCY_WITHOUT_COUNTERPART, 1)
    ]
    # One link is enough to answer both sides.
    paired = build_ledger(
        [res(1, OUT, date(2023, 1, 1)), res(2, IN, date(2024, 1, 1), counterpart=1)], [], []
    )
    assert paired.open == []


def test_cancelled_are_not_counted_and_do_not_answer():
    ledger = build_ledger(
        [
            res(1, OUT, date(2023, 1, 1), counterpart=2),
            res(2, IN, date(2024, 1, 1), ResidencyStatus.CANCELLED, counterpart=1),
        ],
        [visit(3, OUT, date(2023, 5, 1), VisitStatus.CANCELLED)],
        [],
    )
    assert ledger.year(2024).residencies_received == 0
    assert ledger.year(2023).visits_made == 0
    assert [o.record_id for o in ledger.open] == [1]


def test_visits_are_returned_by_a_later_visit_the_other_way():
    ledger = build_ledger(
        [],
        [
            visit(1, IN, date(2019, 5, 1)),
            visit(2, IN, date(2020, 5, 1)),
            visit(3, OUT, date(2021, 5, 1)),  # returns visit 1, the oldest waiting
            visit(4, OUT, date(2019, 5, 1)),  # same day as 1: does not return it ...
            visit(5, IN, date(2022, 5, 1)),
        ],
        [],
    )
    # ... but visit 2 (2020) returns visit 4; visit 5 is still waiting.
    assert [(o.record_id, o.direction) for o in ledger.open] == [(5, IN)]
    assert "not been returned" in ledger.open[0].message
    assert ledger.totals().visits_hosted == 3
    assert ledger.totals().visits_made == 2


def test_values_add_up_per_currency_and_gifts_without_value_count():
    ledger = build_ledger(
        [],
        [],
        [
            GiftEntry(1, "a", GiftDirection.GIVEN, date(2022, 1, 1), Decimal("10.50"), "EUR"),
            GiftEntry(2, "b", GiftDirection.GIVEN, date(2022, 2, 1), Decimal("5.25"), "EUR"),
            GiftEntry(3, "c", GiftDirection.GIVEN, date(2022, 3, 1), Decimal("50000"), "KRW"),
            GiftEntry(4, "d", GiftDirection.RECEIVED, date(2022, 3, 1), None, "EUR"),
        ],
    )
    year = ledger.year(2022)
    assert year.gifts_given == 3 and year.gifts_received == 1
    assert year.value_given == {"EUR": Decimal("15.75"), "KRW": Decimal("50000")}
    assert year.value_received == {}


def test_empty_ledger_and_missing_year():
    ledger = build_ledger([], [], [])
    assert ledger.years == [] and ledger.open == []
    assert ledger.year(1999).is_empty()
    assert ledger.totals().residency_balance == 0
