from datetime import date
from decimal import Decimal

import pytest

from exchange_planner.domain.errors import NotFoundError


def test_sample_history_is_chronological_and_complete(services, sample_ids):
    entries = services.history.for_partnership(sample_ids["partnership"])
    assert [e.kind for e in entries] == [
        "partnership",
        "residency",
        "exhibition",
        "visit",
        "gift",
        "gift",
        "gift",
        "gift",
        "guestbook",
        "residency",
    ]
    assert entries[0].day == date(2011, 1, 1)
    days = [e.day for e in entries]
    assert days == sorted(days)
    guestbook = entries[8]
    assert "강기정" in guestbook.person
    assert guestbook.status == "city_guestbook"
    assert (guestbook.volume, guestbook.page) == ("XII", "87")  # worded by the view
    assert (guestbook.target_kind, guestbook.target_id) == ("visit", sample_ids["visit"])
    assert entries[-1].person == "" and entries[-1].status == "proposed"  # artist to be named
    assert entries[1].person == "Martin Reich"
    assert entries[0].title == "Gwangju"
    gifts = [e for e in entries if e.kind == "gift"]
    assert sorted((g.amount, g.currency) for g in gifts) == [
        (Decimal("45.00"), "USD"),
        (Decimal("120.00"), "EUR"),
        (Decimal("185.00"), "EUR"),
        (Decimal("150000.00"), "KRW"),
    ]


def test_unknown_partnership(services):
    with pytest.raises(NotFoundError):
        services.history.for_partnership(999)
