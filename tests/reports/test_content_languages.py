"""Documents print their content in the document's language, read back from the PDFs.

A small visit is built through the services with German originals and Korean and English
translations (some missing on purpose), so the tests do not depend on the sample's texts.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.enums import Direction, GiftDirection, NameOrder
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services

BERLIN = "Europe/Berlin"
DAY = date(2024, 5, 2)


def _text(pdf: bytes | Path) -> str:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf)
    pages = [page.extract_text() for page in PdfReader(source).pages]
    # The fallback mark follows its text after a no-break space; lines may break anywhere.
    return "\n".join(pages).replace("\u00a0", " ")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return to_utc(datetime.combine(day, time(hour, minute)), BERLIN)


@pytest.fixture
def visit(services: Services) -> dict[str, int]:
    """A Gwangju delegation in Leipzig: German originals, Korean and English translations."""
    s = services
    s.settings.set_home_city_names({"ko": "라이프치히"})
    partnership = s.partnerships.create(
        partner_city="Gwangju",
        country="South Korea",
        timezone="Asia/Seoul",
        languages="ko,en",
        original_language="en",
        translations={"partner_city": {"ko": "광주"}},
    )
    town_hall = s.venues.create(
        name="Neues Rathaus",
        room="200",
        address="Martin-Luther-Ring 4–6, 04109 Leipzig",
        city="Leipzig",
        timezone=BERLIN,
        original_language="de",
        translations={
            "name": {"ko": "신시청사", "en": "New Town Hall"},
            "address": {"ko": "라이프치히 마르틴 루터 링 4–6"},
        },
    )
    museum = s.venues.create(
        name="Museum of Fine Arts",
        room="Room 12",
        city="Leipzig",
        timezone=BERLIN,
        original_language="en",
        translations={"name": {"de": "Museum der bildenden Künste", "ko": "라이프치히 미술관"}},
    )
    hotel = s.venues.create(
        name="Hotel am Ring", city="Leipzig", timezone=BERLIN, address="Richard-Wagner-Str. 1"
    )
    mayor = s.people.create(
        family_name="Jung",
        given_name="Burkhard",
        title="Oberbürgermeister",
        country="Germany",
        original_language="de",
        translations={"title": {"ko": "라이프치히 시장", "en": "Lord Mayor"}},
    )
    kang = s.people.create(
        family_name="Kang",
        given_name="Gi-jung",
        native_name="강기정",
        name_order=NameOrder.FAMILY_FIRST,
        title="Bürgermeister von Gwangju",
        country="South Korea",
        original_language="de",
        translations={"title": {"ko": "광주광역시장"}},
    )
    visit = s.visits.create(
        partnership_id=partnership.id,
        title="Offizieller Besuch der Delegation aus Gwangju",
        direction=Direction.INCOMING,
        start_date=DAY,
        end_date=date(2024, 5, 3),
        head_id=kang.id,
        hotel_id=hotel.id,
        original_language="de",
        translations={"title": {"ko": "광주 대표단 공식 방문"}},
    )
    s.members.create(visit_id=visit.id, person_id=kang.id, room="312")
    reception = s.program.create(
        visit_id=visit.id,
        title="Empfang durch den Oberbürgermeister",
        kind="reception",
        starts_at=_at(10),
        ends_at=_at(10, 30),
        timezone=BERLIN,
        venue_id=town_hall.id,
        host_id=mayor.id,
        dress_code="Dunkler Anzug",
        original_language="de",
        translations={
            "title": {"ko": "시장 주최 환영 리셉션", "en": "Reception by the Lord Mayor"},
            "dress_code": {"ko": "정장", "en": "Dark suit"},
        },
    )
    s.program.create(  # no Korean title: the German one stands in, marked
        visit_id=visit.id,
        title="Mittagessen im Ratskeller",
        kind="meal",
        starts_at=_at(12),
        ends_at=_at(13),
        timezone=BERLIN,
        original_language="de",
        translations={"title": {"en": "Lunch at the Ratskeller"}},
    )
    s.program.create(
        visit_id=visit.id,
        title="Führung durch das Museum",
        kind="tour",
        starts_at=_at(15),
        ends_at=_at(16),
        timezone=BERLIN,
        venue_id=museum.id,
        original_language="de",
        translations={"title": {"ko": "미술관 관람", "en": "Museum tour"}},
    )
    s.program.create(  # ends past midnight
        visit_id=visit.id,
        title="Konzert im Gewandhaus",
        kind="free_time",
        starts_at=_at(23),
        ends_at=_at(0, 30, date(2024, 5, 3)),
        timezone=BERLIN,
        original_language="de",
        translations={"title": {"ko": "게반트하우스 음악회", "en": "Concert at the Gewandhaus"}},
    )
    return {
        "visit": visit.id,
        "kang": kang.id,
        "mayor": mayor.id,
        "reception": reception.id,
        "partnership": partnership.id,
    }


def _itinerary(services: Services, visit_id: int, lang: str, **options: object) -> str:
    out = io.BytesIO()
    services.documents.write_itinerary(visit_id, out, lang=lang, home_zone_column=True, **options)  # type: ignore[arg-type]
    return _text(out.getvalue())


def test_cli_korean_itinerary_has_korean_titles_venues_and_zone_names(
    services: Services, visit: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "ko.pdf"
    # The database the services use (a SQLite file, or the PostgreSQL one of a server run).
    args = ["print", "itinerary", "--db", services.db.url, "--visit", str(visit["visit"])]
    assert main([*args, "--lang", "ko", "--home-zone", "-o", str(out)]) == 0
    text = _text(out)
    flat = _flat(text)
    for korean in (
        "시장 주최 환영 리셉션",
        "미술관 관람",
        "게반트하우스 음악회",
        "광주 대표단 공식 방문",
    ):
        assert korean in flat
    assert "Empfang durch" not in flat and "Reception by" not in flat
    # Venues, rooms, addresses, host titles and dress codes in Korean.
    assert "신시청사, 200호실" in flat
    assert "라이프치히 미술관, Room 12" in flat  # a room that names itself is not prefixed
    assert "라이프치히 마르틴 루터 링" in flat
    assert "라이프치히 시장" in flat and "정장" in flat
    assert "회의실" not in flat
    # The item without a Korean title shows the German one, marked as German.
    assert "Mittagessen im Ratskeller (de)" in flat
    # Zones named by city in Korean: the home zone by the home city, not by "Berlin".
    assert "라이프치히 시간" in flat and "서울 시간" in flat
    assert "Seoul 시간" not in flat and "Berlin" not in flat and "베를린" not in flat
    # Cities of the cover in Korean.
    assert "광주 → 라이프치히" in flat


def test_german_itinerary_has_german_content_only(
    services: Services, visit: dict[str, int]
) -> None:
    flat = _flat(_itinerary(services, visit["visit"], "de"))
    assert "Empfang durch den Oberbürgermeister" in flat
    assert "Museum der bildenden Künste" in flat and "Dunkler Anzug" in flat
    for english in ("Reception by", "Lunch", "Museum tour", "Concert at", "Dark suit"):
        assert english not in flat
    assert "(de)" not in flat  # every German text is in the asked language
    assert "Neues Rathaus, Raum 200" in flat
    assert "Zeit Leipzig" in flat and "Zeit Seoul" in flat and "Berlin" not in flat
    # The museum's room was written in English: shown as written, marked, never "Raum Room".
    assert "Room 12 (en)" in flat and "Raum Room" not in flat


def test_english_itinerary_never_doubles_the_room_word(
    services: Services, visit: dict[str, int]
) -> None:
    flat = _flat(_itinerary(services, visit["visit"], "en"))
    assert "Reception by the Lord Mayor" in flat and "Lord Mayor" in flat
    assert "New Town Hall, Room 200" in flat and "Museum of Fine Arts, Room 12" in flat
    assert "Room Room" not in flat
    assert "Leipzig time" in flat and "Seoul time" in flat
    # The visit title has no English text: the German one, marked.
    assert "Offizieller Besuch der Delegation aus Gwangju (de)" in flat


def test_bilingual_itinerary_shows_both_texts_of_each_field(
    services: Services, visit: dict[str, int]
) -> None:
    text = _itinerary(services, visit["visit"], "de+ko")
    flat = _flat(text)
    assert "Empfang durch den Oberbürgermeister" in flat and "시장 주최 환영 리셉션" in flat
    assert flat.index("Empfang durch den Oberbürgermeister") < flat.index("시장 주최 환영 리셉션")
    assert "Führung durch das Museum" in flat and "미술관 관람" in flat
    assert "Neues Rathaus, Raum 200 / 신시청사, 200호실" in flat
    assert "Dunkler Anzug / 정장" in flat
    # German stands for the missing Korean title once, unmarked: it is a language of the page.
    assert flat.count("Mittagessen im Ratskeller") == 1 and "(de)" not in flat
    assert "Zeit Leipzig" in flat and "라이프치히 시간" in flat
    assert "Zeit Seoul" in flat and "서울 시간" in flat
    assert "Gwangju (광주) → Leipzig (라이프치히)" in flat
    assert "Room Room" not in flat and "Raum Room" not in flat


def test_item_past_midnight_is_marked_in_its_own_time_column(
    services: Services, visit: dict[str, int]
) -> None:
    flat = _flat(_itinerary(services, visit["visit"], "de"))
    assert "23:00–00:30 (+1)" in flat
    # The delegation's column: 06:00–07:30 on the next day there.
    assert "06:00 (+1)–07:30 (+1)" not in flat and "06:00–07:30 (+1)" in flat


def test_personal_itinerary_names_the_hotel_room(services: Services, visit: dict[str, int]) -> None:
    korean = _flat(_itinerary(services, visit["visit"], "ko", person_id=visit["kang"]))
    assert "객실 312" in korean or "객실312" in korean.replace(" ", "")
    german = _flat(_itinerary(services, visit["visit"], "de", person_id=visit["kang"]))
    assert "Zimmer 312" in german
    assert "광주광역시장" in korean and "Bürgermeister von Gwangju" in german


def test_gift_protocol_prints_translated_texts_and_country_names(
    services: Services, visit: dict[str, int]
) -> None:
    services.gifts.create(
        visit_id=visit["visit"],
        direction=GiftDirection.GIVEN,
        description="Porzellanvase aus Meissen",
        giver_id=visit["mayor"],
        recipient_id=visit["kang"],
        presented_on=DAY,
        circumstances="Beim Empfang überreicht",
        original_language="de",
        translations={"description": {"ko": "마이센 도자기 꽃병"}},
    )

    def protocol(lang: str) -> str:
        out = io.BytesIO()
        services.documents.write_gift_protocol(out, visit_id=visit["visit"], lang=lang)
        return _flat(_text(out.getvalue()))

    korean = protocol("ko")
    assert "마이센 도자기 꽃병" in korean and "Porzellanvase" not in korean
    assert "Beim Empfang überreicht (de)" in korean  # no Korean text: marked
    assert "대한민국" in korean and "독일" in korean and "South Korea" not in korean
    assert "광주 대표단 공식 방문" in korean and "라이프치히" in korean
    german = protocol("de")
    assert "Porzellanvase aus Meissen" in german and "Südkorea" in german
    assert "Deutschland" in german and "(de)" not in german
    bilingual = protocol("de+ko")
    assert "Südkorea / 대한민국" in bilingual
    assert "Porzellanvase aus Meissen" in bilingual and "마이센 도자기 꽃병" in bilingual


def test_official_reception_template_writes_every_language_of_the_partnership(
    services: Services, visit: dict[str, int]
) -> None:
    ids = services.program.apply_template(visit["visit"], DAY, time(9), timezone=BERLIN)
    items = [services.program.get(i) for i in ids]
    assert [i.title for i in items] == [
        "Empfang durch den Oberbürgermeister",
        "Eintragung in das Goldene Buch",
        "Austausch der Gastgeschenke",
        "Besichtigung des Ratssaals",
    ]
    assert {i.original_language for i in items} == {"de"}
    assert items[0].translations.get_text("title", "ko") == "시장 주최 환영 리셉션"
    assert items[1].translations.get_text("title", "en") == "Signing of the Golden Book"
    flat = _flat(_itinerary(services, visit["visit"], "ko"))
    assert "골든북 서명" in flat and "시의회 회의장 견학" in flat


def test_template_follows_the_office_language(services: Services, visit: dict[str, int]) -> None:
    services.settings.set_office_language("en")
    services.partnerships.update(visit["partnership"], languages="ko")
    items = [
        services.program.get(i)
        for i in services.program.apply_template(visit["visit"], DAY, time(9), timezone=BERLIN)
    ]
    assert items[0].title == "Reception by the Lord Mayor"
    assert items[0].original_language == "en"
    assert dict(items[0].translations) == {"title": {"ko": "시장 주최 환영 리셉션"}}


def test_residency_sheet_and_balance_in_the_document_language(
    services: Services, sample_ids: dict[str, int], tmp_path: Path
) -> None:
    from exchange_planner.reports.balance import build_balance_pdf
    from exchange_planner.reports.residency_sheet import build_residency_sheet

    services.settings.set_home_city_names({"ko": "라이프치히"})
    services.partnerships.update(
        sample_ids["partnership"], translations={"partner_city": {"ko": "광주"}}
    )
    residency_id = sample_ids["residency_incoming"]
    residency = services.residencies.get(residency_id)
    services.residencies.update(residency_id, translations={"title": {"ko": "광주 작가 레지던시"}})
    assert residency.title and residency.original_language != "ko"
    target = tmp_path / "sheet.pdf"
    build_residency_sheet(services.residencies.sheet_data(residency_id, DAY), target, lang="ko")
    sheet = _flat(_text(target))
    assert "광주 작가 레지던시" in sheet and residency.title not in sheet
    assert "라이프치히 – 광주" in sheet
    assert "초청 (라이프치히로)" in sheet  # the particle fits the Korean name

    services.visits.update(sample_ids["visit"], translations={"title": {"ko": "광주 대표단 방문"}})
    target = tmp_path / "balance.pdf"
    data = services.balance.report_data(sample_ids["partnership"], DAY)
    build_balance_pdf(data, target, lang="de+ko")
    balance = _flat(_text(target))
    assert "Leipzig (라이프치히) – Gwangju (광주)" in balance
    visit_title = services.visits.get(sample_ids["visit"]).title
    assert f"{visit_title} / 광주 대표단 방문" in balance


def test_changes_page_names_items_in_the_document_language(
    services: Services, visit: dict[str, int]
) -> None:
    services.documents.write_itinerary(visit["visit"], io.BytesIO(), lang="de")  # version 1
    services.program.update(visit["reception"], starts_at=_at(11), ends_at=_at(11, 30))
    out = io.BytesIO()
    services.documents.write_itinerary(visit["visit"], out, lang="ko", changes_since=1)
    changes = _flat(PdfReader(io.BytesIO(out.getvalue())).pages[1].extract_text())
    assert "버전 1 이후 변경 사항" in changes
    assert "시장 주최 환영 리셉션" in changes and "Empfang durch" not in changes
