"""The fingerprint (content hash) of itineraries with the members' travel and stay: unchanged
where nothing of it is entered; a member's travel changes their own personal itinerary only."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from exchange_planner.reports.data import (
    ItineraryData,
    MemberInfo,
    PersonInfo,
    StayInfo,
    TravelLeg,
    content_hash,
    personal,
)


def _data(
    *, kang_stay: StayInfo | None = None, hosts: tuple[MemberInfo, ...] = ()
) -> ItineraryData:
    kang = MemberInfo(PersonInfo(6, "Kang", "Gi-jung"), "head", 1, "302", kang_stay)
    park = MemberInfo(PersonInfo(7, "Park", "Ji-won"), "deputy", 2, "303")
    return ItineraryData(
        visit_id=1,
        title="Besuch",
        direction="incoming",
        start_date=date(2023, 7, 25),
        end_date=date(2023, 7, 27),
        home_city="Leipzig",
        partner_city="Gwangju",
        members=(kang, park),
        hosts=hosts,
    )


STAY = StayInfo(
    arrival=TravelLeg(datetime(2023, 7, 25, 15, 40, tzinfo=UTC), "flight", number="LH 162")
)
HOST = MemberInfo(PersonInfo(1, "Jung", "Burkhard"), "official", 1)


def test_without_travel_the_fingerprints_are_those_of_before() -> None:
    plain = _data()
    # The repr (what the fingerprint is made of) has no trace of the new fields.
    assert "stay" not in repr(plain) and "hosts" not in repr(plain)
    assert content_hash(_data(hosts=(HOST,))) == content_hash(plain)
    assert content_hash(personal(_data(hosts=(HOST,)), 6)) == content_hash(personal(plain, 6))


def test_a_members_travel_changes_their_own_itinerary_only() -> None:
    plain, travelling = _data(), _data(kang_stay=STAY)
    assert content_hash(travelling) == content_hash(plain)  # the visit's itinerary
    assert content_hash(personal(travelling, 7)) == content_hash(personal(plain, 7))
    assert content_hash(personal(travelling, 6)) != content_hash(personal(plain, 6))
    later = _data(kang_stay=dataclasses.replace(STAY, mobile="+82 10"))
    assert content_hash(personal(later, 6)) != content_hash(personal(travelling, 6))


def test_a_hosts_personal_itinerary() -> None:
    data = personal(_data(hosts=(HOST,)), 1)
    assert data.person == HOST.person and data.for_host and data.own_member() is None
