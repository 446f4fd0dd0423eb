"""Who gets a place card or a badge, in which order, from the sample's visit and dinner."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from exchange_planner.domain.errors import ValidationError
from exchange_planner.reports.layouts import LayoutError
from exchange_planner.services.card_documents import CardDocumentService
from exchange_planner.services.registry import Services


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(
        "\n", ""
    )


@pytest.fixture
def cards(services: Services) -> CardDocumentService:
    return CardDocumentService(services.db)


def test_place_cards_of_the_dinner_follow_its_tables_and_seats(  # type: ignore[no-untyped-def]
    services: Services, sample_ids, cards
) -> None:
    dinner = sample_ids["dinner"]
    assert cards.seated_items(sample_ids["visit"]) == [(dinner, "Begrüßungsabendessen")]
    view = services.seating.view(dinner)
    expected = [
        (table.label, spot.key.seat, spot.person_id)
        for table in sorted(view.tables, key=lambda t: t.position)
        for spot in sorted(table.spots, key=lambda s: (s.key.seat, s.key.behind))
        if spot.person_id is not None
    ]
    data = cards.place_cards(sample_ids["visit"], dinner)
    assert [(c.table, c.seat, c.person.id) for c in data.people] == expected
    assert len({c.table for c in data.people}) == 2  # both round tables
    # The host sits at seat 1 of the first table: his card comes first.
    first = data.people[0]
    assert (first.person.id, first.table, first.seat, first.side) == (
        sample_ids["lord_mayor"],
        "1",
        1,
        "host",
    )
    assert data.occasion == "Begrüßungsabendessen"


def test_without_an_item_everyone_in_the_order_of_precedence(  # type: ignore[no-untyped-def]
    services: Services, sample_ids, cards
) -> None:
    order = services.precedence.order(sample_ids["visit"])
    data = cards.place_cards(sample_ids["visit"])
    assert [c.person.id for c in data.people] == [e.person_id for e in order.entries]
    assert all(c.table == "" and c.seat is None for c in data.people)
    badges = cards.badges(sample_ids["visit"])
    assert [c.person.id for c in badges.people] == [e.person_id for e in order.entries]
    sides = {c.side for c in badges.people}
    assert sides == {"delegation", "host"}
    hosts = {h.person_id for h in services.hosts.for_visit(sample_ids["visit"])}
    members = {m.person_id for m in services.members.for_visit(sample_ids["visit"])}
    assert {c.person.id for c in badges.people} == hosts | members


def test_each_side_names_its_city_in_every_language(sample_ids, cards) -> None:  # type: ignore[no-untyped-def]
    badges = {c.person.id: c for c in cards.badges(sample_ids["visit"]).people}
    kang, jung = badges[sample_ids["mayor"]], badges[sample_ids["lord_mayor"]]
    assert kang.side == "delegation" and dict(kang.delegation_names)["ko"] == "광주"
    assert dict(kang.delegation_names)["de"] == "Gwangju"
    assert jung.side == "host" and dict(jung.delegation_names)["de"] == "Leipzig"
    assert kang.person.native_name == "강기정"


def test_an_item_without_a_plan_gives_cards_to_those_attending(  # type: ignore[no-untyped-def]
    services: Services, sample_ids, cards
) -> None:
    item = next(i for i in services.program.for_visit(sample_ids["visit"]) if not i.all_members)
    present = set(services.program.attendees(item.id)) | ({item.host_id} - {None})
    order = [e.person_id for e in services.precedence.order(sample_ids["visit"]).entries]
    data = cards.place_cards(sample_ids["visit"], item.id)
    assert [c.person.id for c in data.people] == [p for p in order if p in present]
    assert 0 < len(data.people) < len(order)


def test_an_item_of_another_visit_is_refused(services: Services, sample_ids, cards) -> None:  # type: ignore[no-untyped-def]
    other = services.visits.duplicate(sample_ids["visit"], title="Zweiter Besuch")
    with pytest.raises(ValidationError) as caught:
        cards.place_cards(other.id, sample_ids["dinner"])
    assert caught.value.field == "item" and "belongs to another visit" in caught.value.message


def test_the_dinners_cards_print_names_in_both_scripts_and_seats(  # type: ignore[no-untyped-def]
    services: Services, sample_ids, cards
) -> None:
    out = io.BytesIO()
    pages = cards.write_place_cards(sample_ids["visit"], out, item_id=sample_ids["dinner"])
    seated = len(cards.place_cards(sample_ids["visit"], sample_ids["dinner"]).people)
    assert pages == -(-seated // 2)
    text = _text(out.getvalue())
    assert text.count("강기정") == 2 and text.count("Kang Gi-jung") == 2
    assert "Gi-jung Kang" not in text
    view = services.seating.view(sample_ids["dinner"])
    seat = next(
        (t.label, s.key.seat)
        for t in view.tables
        for s in t.spots
        if s.person_id == sample_ids["mayor"]
    )
    assert f"Tisch {seat[0]} · Platz {seat[1]}" in text


def test_badges_on_a_label_sheet(sample_ids, cards) -> None:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    pages = cards.write_badges(sample_ids["visit"], out, layout="avery-l4785", lang="de+en")
    people = len(cards.badges(sample_ids["visit"]).people)
    assert pages == -(-people // 10)
    text = _text(out.getvalue())
    assert "Kang Gi-jung" in text and "Burkhard Jung" in text and "Leipzig" in text


def test_an_unknown_layout_or_language_is_refused(sample_ids, cards) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LayoutError, match="'a5' is not a badge layout"):
        cards.write_badges(sample_ids["visit"], io.BytesIO(), layout="a5")
    with pytest.raises(ValidationError) as caught:
        cards.write_place_cards(sample_ids["visit"], io.BytesIO(), lang="fr")
    assert caught.value.field == "lang"


def test_a_visit_with_nobody_prints_nothing(services: Services, sample_ids, cards) -> None:  # type: ignore[no-untyped-def]
    empty = services.visits.create(
        partnership_id=sample_ids["partnership"],
        title="Leerer Besuch",
        direction="incoming",
        start_date=date(2024, 5, 1),
        end_date=date(2024, 5, 3),
    )
    with pytest.raises(ValidationError, match="nobody to print name badges for"):
        cards.write_badges(empty.id, io.BytesIO())
