"""The sample is a bilingual case: every translatable text in German, Korean and English."""

from __future__ import annotations

from sqlmodel import select

from exchange_planner.domain.texts import (
    CONTENT_LANGUAGES,
    TRANSLATABLE,
    missing_languages,
    text_in,
)
from exchange_planner.services import records as read
from exchange_planner.services.registry import Services
from exchange_planner.storage.tables import GiftRule


def _records(services: Services) -> dict[str, list[object]]:
    s = services
    visits = s.visits.list()
    return {
        "visit": list(visits),
        "program_item": [item for visit in visits for item in s.program.for_visit(visit.id)],
        "venue": list(s.venues.list()),
        "person": list(s.people.list()),
        "partnership": list(s.partnerships.list()),
        "gift": [gift for visit in visits for gift in s.gifts.for_visit(visit.id)],
        "residency": list(s.residencies.list()),
        "exhibition": list(s.exhibitions.list()),
        "rank_table": list(s.rank_tables.list()),
        "rank": list(s.ranks.list()),
        "gift_rule": _gift_rules(s),
    }


def _gift_rules(services: Services) -> list[object]:
    with services.db.session() as session:
        return [read.GiftRule.of(row) for row in session.exec(select(GiftRule)).all()]


def test_every_translatable_text_of_the_sample_has_german_korean_and_english(
    services: Services, sample_ids: dict[str, int]
) -> None:
    records = _records(services)
    assert set(records) == set(TRANSLATABLE)
    lacking = [
        (table, record.id, field, missing)  # type: ignore[attr-defined]
        for table, rows in records.items()
        for record in rows
        for field in TRANSLATABLE[table]
        if (missing := missing_languages(record, field, CONTENT_LANGUAGES))
    ]
    assert lacking == []
    # Not vacuous: every table has records, and their titles/names are not empty.
    assert all(records.values())
    assert len(records["program_item"]) == 12
    assert len(records["person"]) == 28  # 20 of the delegation, 8 of Leipzig
    assert len(records["rank"]) == 12


def test_the_sample_is_written_in_german_by_leipzig_and_in_korean_by_gwangju(
    services: Services, sample_ids: dict[str, int]
) -> None:
    s = services
    visit = s.visits.get(sample_ids["visit"])
    assert visit.original_language == "de"
    assert visit.title == "Offizieller Besuch der Delegation aus Gwangju"
    titles = {item.title: item for item in s.program.for_visit(visit.id)}
    reception = titles["Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus"]
    assert reception.dress_code == "Dunkler Anzug"
    assert text_in(reception, "title", "en").text == "Reception by Lord Mayor Burkhard Jung"
    assert text_in(reception, "title", "ko").language == "ko"
    assert {"Mittagessen", "Freizeit", "Eintragung in das Goldene Buch der Stadt Leipzig"} <= set(
        titles
    )
    mayor = s.people.get(sample_ids["mayor"])
    assert (mayor.original_language, mayor.title, mayor.organisation) == (
        "ko",
        "광주광역시장",
        "광주광역시",
    )
    assert text_in(mayor, "title", "de").text == "Bürgermeister der Metropolstadt Gwangju"
    lord_mayor = s.people.get(sample_ids["lord_mayor"])
    assert lord_mayor.title == "Oberbürgermeister der Stadt Leipzig"
    studio = next(v for v in s.venues.list() if v.timezone == "Asia/Seoul")
    assert (studio.original_language, studio.address) == ("ko", "광주광역시 북구 하서로 52")
    partnership = s.partnerships.get(sample_ids["partnership"])
    assert text_in(partnership, "partner_city", "ko").text == "광주"
    assert s.settings.home_city_in("ko") == "라이프치히"
    assert s.settings.office_language() == "de"
