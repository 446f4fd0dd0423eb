"""The order of precedence and the seating plan as printable data, from the sample."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from exchange_planner.domain.enums import TableShape
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.names import latin_name
from exchange_planner.domain.seating import neighbours, seat_layout
from exchange_planner.services.protocol_documents import ProtocolDocumentService
from exchange_planner.services.registry import Services


def _person(services: Services, family: str, given: str):  # type: ignore[no-untyped-def]
    return next(
        p for p in services.people.list() if p.family_name == family and p.given_name == given
    )


def _dinner(services: Services, visit_id: int) -> int:
    return next(
        item.id
        for item in services.program.for_visit(visit_id)
        if services.seating.plan_for(item.id) is not None
    )


def test_precedence_rows_carry_ranks_overrides_and_principals(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    lee = _person(services, "Lee", "Seung-hoon")
    services.precedence.set_override(visit, lee.id, 3, "<i>Ratsvorsitz</i> & Partnerschaft")
    data = ProtocolDocumentService(services.db).precedence_list(visit)
    rows = {latin_name(row.person): row for row in data.rows}
    assert [latin_name(row.person) for row in data.rows[:3]] == [
        "Burkhard Jung",
        "Kang Gi-jung",
        "Lee Seung-hoon",
    ]
    moved = rows["Lee Seung-hoon"]
    assert moved.place == 3 and moved.computed_place > 3 and "overridden" in moved.flags
    assert moved.override_reason == "<i>Ratsvorsitz</i> & Partnerschaft"
    kang = rows["Kang Gi-jung"]
    assert kang.side == "delegation" and kang.rank is not None
    assert kang.rank.title == "광역시장 (차관급)" and kang.rank.original_language == "ko"
    assert kang.rank.table == "대한민국 — 지방자치단체"
    assert rows["Burkhard Jung"].side == "host"
    # The interpreters' principals, for "interprets for …".
    assert rows["Jiyoung Müller"].interprets_for == rows["Burkhard Jung"].person
    assert rows["Baek Seo-yeon"].interprets_for == kang.person
    assert data.visit.partner is not None and data.visit.partner.partner_city == "Gwangju"
    # And printed: the reason escaped, literally.
    out = io.BytesIO()
    ProtocolDocumentService(services.db).write_precedence_list(visit, out, lang="de")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Platz gesetzt" in text and "<i>Ratsvorsitz</i> & Partnerschaft" in text


def test_seating_plan_of_the_dinner(services: Services, sample_ids: dict[str, int]) -> None:
    visit = sample_ids["visit"]
    protocol = ProtocolDocumentService(services.db)
    item = _dinner(services, visit)
    assert protocol.seating_items(visit) == [(item, services.program.get(item).title)]
    assert protocol.default_seating_item(visit) == item
    data = protocol.seating_plan(item)
    jung = _person(services, "Jung", "Burkhard")
    kang = _person(services, "Kang", "Gi-jung")
    assert (data.host_id, data.guest_of_honour_id) == (jung.id, kang.id)
    assert data.rule == "international" and data.item.venue
    first = data.tables[0]
    shape = TableShape(first.shape)
    spots, (width, height) = seat_layout(shape, first.seats)
    assert [s.seat for s in first.spots] == [s.seat for s in spots]
    assert (first.width, first.height) == (width, height)
    seat_of = {entry.person.id: entry.seat for entry in first.people if not entry.behind}
    _left, right = neighbours(shape, first.seats, seat_of[jung.id])
    assert seat_of[kang.id] == right
    sides = {entry.person.id: entry.side for table in data.tables for entry in table.people}
    assert sides[jung.id] == "host" and sides[kang.id] == "delegation"
    seated = sum(len(table.people) for table in data.tables)
    assert seated + len(data.unseated) == len(services.seating.view(item).order.entries)


def test_seating_plan_refusals(services: Services, sample_ids: dict[str, int]) -> None:
    visit = sample_ids["visit"]
    protocol = ProtocolDocumentService(services.db)
    item = _dinner(services, visit)
    with pytest.raises(NotFoundError, match=f"belongs to visit #{visit}, not to visit #999"):
        protocol.seating_plan(item, visit_id=999)
    arrival = next(i.id for i in services.program.for_visit(visit) if i.id != item)
    with pytest.raises(NotFoundError, match="has no seating plan"):
        protocol.write_seating_plan(visit, io.BytesIO(), item_id=arrival)
    with pytest.raises(ValidationError, match="not a document language"):
        protocol.write_seating_plan(visit, io.BytesIO(), lang="fr")
    with pytest.raises(NotFoundError, match="no visit #999"):
        protocol.precedence_list(999)
    services.seating.delete_plan(services.seating.plan_for(item).id)
    with pytest.raises(NotFoundError, match="has no programme item with a seating plan"):
        protocol.default_seating_item(visit)


def test_the_rank_table_is_named_in_the_documents_language(
    services: Services, sample_ids: dict[str, int]
) -> None:
    """The Korean rank table has a German name: a German list shows it, not the Hangul
    original marked "(ko)"; a Korean list names the German table in Korean."""
    documents = ProtocolDocumentService(services.db)
    visit = sample_ids["visit"]
    korea = next(t for t in services.rank_tables.list() if t.country == "South Korea")
    germany = next(t for t in services.rank_tables.list() if t.country == "Germany")
    german_name = dict(korea.translations["name"])["de"]
    korean_name = dict(germany.translations["name"])["ko"]

    def text(lang: str) -> str:
        out = io.BytesIO()
        documents.write_precedence_list(visit, out, lang=lang)
        return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())

    german = text("de")
    assert german_name in german and korea.name not in german
    assert korean_name in text("ko")
