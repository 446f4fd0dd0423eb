"""Document data from the database: versions, personal filtering, year selection, thresholds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from exchange_planner.domain.enums import GiftDirection
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.services.registry import Services

T0 = datetime(2023, 7, 20, 8, 0, tzinfo=UTC)


def test_version_rises_only_when_the_printed_content_changes(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    docs = services.documents
    first = docs.itinerary(visit, now=T0)
    assert (first.stamp.version, first.stamp.as_of) == (1, T0)
    again = docs.itinerary(visit, now=T0 + timedelta(hours=5))
    assert (again.stamp.version, again.stamp.as_of) == (1, T0)  # unchanged: same stamp
    # Internal notes and attendance are not printed: no new version.
    item = services.program.for_visit(visit)[0]
    services.program.update(item.id, internal_notes="changed, but never printed")
    services.program.set_attendees(item.id, [sample_ids["mayor"]])
    assert docs.itinerary(visit, now=T0 + timedelta(hours=6)).stamp.version == 1
    # A printed field changes: version 2, as of now.
    services.program.update(item.id, notes="Bus waits at exit C.")
    peek = docs.itinerary(visit, now=T0 + timedelta(days=1), record=False)
    assert peek.stamp.version == 2
    assert docs.itinerary(visit, now=T0 + timedelta(days=1, hours=1)).stamp.version == 2
    third = docs.itinerary(visit, now=T0 + timedelta(days=2))
    assert (third.stamp.version, third.stamp.as_of) == (2, T0 + timedelta(days=1, hours=1))
    # Personal itineraries and gift protocols count their own versions.
    personal = docs.itinerary(visit, person_id=sample_ids["mayor"], now=T0)
    assert personal.stamp.version == 1
    assert docs.gift_protocol(visit_id=visit, now=T0).stamp.version == 1


def test_itinerary_data_has_no_internal_notes(
    services: Services, sample_ids: dict[str, int]
) -> None:
    data = services.documents.itinerary(sample_ids["visit"], now=T0)
    assert "Polizeibegleitung" not in repr(data)
    assert data.head is not None and data.head.native_name == "강기정"
    assert [m.precedence for m in data.members] == list(range(1, 21))
    assert data.delegation_timezone == "Asia/Seoul"
    assert data.hotel is not None and data.hotel.name.startswith("Hotel am Ring")
    starts = [item.starts_at for item in data.program]
    assert starts == sorted(starts) and len(starts) == 12


def test_personal_itinerary_keeps_only_attended_items(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    deputy = services.members.for_visit(visit)[1].person_id
    mine = services.documents.itinerary(visit, person_id=deputy, now=T0)
    titles = [item.title for item in mine.program]
    assert "Pressefoto auf der Museumstreppe" not in titles and len(titles) == 11
    assert mine.person is not None and mine.person.id == deputy
    # The Lord Mayor hosts the visit: a host's personal itinerary has the items they attend.
    host = services.documents.itinerary(visit, person_id=sample_ids["lord_mayor"], now=T0)
    assert host.person is not None and host.person.id == sample_ids["lord_mayor"]
    assert host.program and host.for_host
    with pytest.raises(ValidationError) as info:
        services.documents.itinerary(visit, person_id=9999)
    assert info.value.field == "person"
    with pytest.raises(NotFoundError):
        services.documents.itinerary(9999)


def test_gift_protocol_by_year_and_thresholds_from_settings(
    services: Services, sample_ids: dict[str, int]
) -> None:
    docs = services.documents
    services.gifts.create(
        visit_id=sample_ids["visit"],
        direction=GiftDirection.RECEIVED,
        description="Undated gift of 2023",
        recipient_id=sample_ids["lord_mayor"],
        value_amount=Decimal("250"),
        value_currency="EUR",
    )
    year = docs.gift_protocol(year=2023, now=T0)
    assert [g.description for g in year.gifts][-1] == "Undated gift of 2023"
    assert all(g.visit_title for g in year.gifts)
    assert docs.gift_protocol(year=2024, now=T0).gifts == ()
    assert docs.gift_years() == [2023]
    flags = {g.description: g.flag for g in year.gifts}
    assert flags["Undated gift of 2023"] is not None  # 250 EUR >= the German 200 EUR
    assert flags["Porzellanteller mit einem Stadtmotiv von Gwangju"] is None
    services.settings.set("gift_threshold_DE_EUR", "100")
    raised = docs.gift_protocol(year=2023, now=T0)
    assert {g.description: g.flag for g in raised.gifts}[
        "Porzellanteller mit einem Stadtmotiv von Gwangju"
    ] is not None
    assert raised.stamp.version == 2  # the printed flags changed
    with pytest.raises(ValidationError):
        docs.gift_protocol()
    with pytest.raises(ValidationError):
        docs.gift_protocol(visit_id=1, year=2023)
    with pytest.raises(ValidationError) as info:
        docs.gift_protocol(year=99)
    assert info.value.field == "year"


def test_write_personal_batch_and_cancel(
    services: Services, sample_ids: dict[str, int], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int, str]] = []
    paths = services.documents.write_personal_itineraries(
        sample_ids["visit"],
        tmp_path / "out",
        progress=lambda *a: seen.append(a),
        cancelled=lambda: len(seen) >= 3,
    )
    # The delegation's 20 members, then the home city's hosts.
    hosts = len(services.hosts.for_visit(sample_ids["visit"]))
    assert hosts and len(paths) == 3 and seen[-1][:2] == (3, 20 + hosts)
    assert paths[0].name == "01-Kang-Gi-jung.pdf" and paths[0].read_bytes().startswith(b"%PDF")


def test_unknown_language_changes_nothing(
    services: Services, sample_ids: dict[str, int], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.documents.write_itinerary(sample_ids["visit"], tmp_path / "x.pdf", lang="fr")
    assert info.value.field == "lang"
    assert not (tmp_path / "x.pdf").exists()
    # Nothing was recorded: the first real print is version 1.
    assert services.documents.itinerary(sample_ids["visit"], now=T0).stamp.version == 1
    assert date(2023, 7, 25) == services.documents.itinerary(sample_ids["visit"]).start_date


def test_zones_of_outgoing_visits_and_bad_settings(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    services.visits.update(visit, direction="outgoing")
    services.settings.set("home_timezone", "Not/AZone")
    data = services.documents.itinerary(visit, now=T0)
    # Our delegation travels: its home zone is ours; a broken setting falls back to Berlin.
    assert data.delegation_timezone == "Europe/Berlin"
    assert data.home_timezone == "Europe/Berlin"
