"""Every document in every language names people by one rule and writes amounts as its
language does; read back from the PDFs.

- Korean names family name first in Latin script too: "Kang Gi-jung", never "Gi-jung Kang".
- Korean documents give the Hangul name in running text ("강기정 님" on a personal itinerary).
- Family names in capitals only in a delegation list where Korean and German names mix.
- Amounts: "185,00 €" in German, "€185.00" in English, babel's "₩350,000" in Korean.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from exchange_planner.domain.enums import GiftDirection, MemberRole
from exchange_planner.reports.gifts import GiftProtocolOptions, build_gift_protocol
from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary
from exchange_planner.reports.residency_sheet import build_residency_sheet
from exchange_planner.services.registry import Services

AS_OF = datetime(2023, 7, 20, 8, 30, tzinfo=UTC)
LANGUAGES = ("de", "en", "ko", "de+ko", "de+en")


def _text(pdf: bytes | io.BytesIO) -> str:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    text = "\n".join(page.extract_text() for page in PdfReader(source).pages)
    return text.replace("\xa0", " ")  # babel's no-break space before a currency sign


def _itinerary(services: Services, visit_id: int, lang: str, person_id: int | None = None) -> str:
    data = services.documents.itinerary(visit_id, person_id=person_id, now=AS_OF)
    out = io.BytesIO()
    build_itinerary(data, out, ItineraryOptions(lang=lang))
    return _text(out.getvalue())


def _gifts(services: Services, visit_id: int, lang: str) -> str:
    data = services.documents.gift_protocol(visit_id=visit_id, now=AS_OF)
    out = io.BytesIO()
    build_gift_protocol(data, out, GiftProtocolOptions(lang))
    return _text(out.getvalue())


def _flat(text: str) -> str:
    """Lines joined: a name a table cell wraps is read whole."""
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_korean_names_family_name_first_in_every_document(
    services: Services, sample_ids: dict[str, int], lang: str
) -> None:
    visit = sample_ids["visit"]
    for text in (
        _itinerary(services, visit, lang),
        _itinerary(services, visit, lang, person_id=sample_ids["mayor"]),
        _gifts(services, visit, lang),
    ):
        flat = _flat(text)
        assert "Gi-jung Kang" not in flat and "Ji-won Park" not in flat
        if lang == "ko":
            assert "강기정" in flat
        else:
            assert "Kang Gi-jung (강기정)" in flat
    full = _flat(_itinerary(services, visit, lang))
    # The delegation list: Latin in the person's order, own script beside it.
    for name in ("Kang Gi-jung", "Park Ji-won", "Ryu Hyun-woo"):
        assert name in full
    assert "KANG" not in full  # all names of this list are Korean: no capitals needed


def test_personal_itinerary_honorific_in_korean(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit, mayor = sample_ids["visit"], sample_ids["mayor"]
    korean = _flat(_itinerary(services, visit, "ko", person_id=mayor))
    assert "강기정 님" in korean
    assert "Kang (강기정) 님" not in korean and "Gi-jung" not in korean.split("님")[0][-40:]
    both = _flat(_itinerary(services, visit, "de+ko", person_id=mayor))
    assert "für Kang Gi-jung (강기정) / 강기정 님" in both
    german = _flat(_itinerary(services, visit, "de", person_id=mayor))
    assert "für Kang Gi-jung (강기정)" in german and "님" not in german


def test_capitals_where_korean_and_german_names_mix(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    # A German on the delegation list (not Jiyoung Müller: she is one of the hosts).
    guide = next(p for p in services.people.list() if p.family_name == "Krüger")
    services.members.create(
        visit_id=visit, person_id=guide.id, role=MemberRole.INTERPRETER, precedence=21
    )
    for lang in ("de", "de+ko", "ko"):
        text = _flat(_itinerary(services, visit, lang))
        assert "KANG Gi-jung" in text and "PARK Ji-won" in text
        assert "Thomas KRÜGER" in text  # the German name keeps its order
        assert "Gi-jung KANG" not in text
    # Running text is never in capitals.
    assert "Kang Gi-jung (강기정)" in _flat(_itinerary(services, visit, "de"))


def test_hangul_of_a_korean_name_is_printed_without_a_space(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit, mayor = sample_ids["visit"], sample_ids["mayor"]
    services.people.update(mayor, native_name="강 기정")
    assert "강기정 님" in _flat(_itinerary(services, visit, "ko", person_id=mayor))
    assert "Kang Gi-jung (강기정)" in _flat(_itinerary(services, visit, "de"))


@pytest.mark.parametrize(
    ("lang", "euro", "won"),
    [
        ("de", "185,00 €", "350.000 ₩"),
        ("en", "€185.00", "₩350,000"),
        ("ko", "€185.00", "₩350,000"),
        ("de+ko", "185,00 €", "350.000 ₩"),
    ],
)
def test_amounts_in_the_gift_protocol_follow_the_language(
    services: Services, sample_ids: dict[str, int], lang: str, euro: str, won: str
) -> None:
    visit = sample_ids["visit"]
    services.gifts.create(
        visit_id=visit,
        direction=GiftDirection.RECEIVED,
        description="Celadon vase",
        value_amount=Decimal("350000"),
        value_currency="KRW",
    )
    text = _gifts(services, visit, lang)
    assert euro in text and won in text
    assert "185.00 EUR" not in text and "350000" not in text


def test_residency_budget_in_german_and_english(
    services: Services, sample_ids: dict[str, int], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    data = services.residencies.sheet_data(sample_ids["residency_incoming"], AS_OF.date())
    for lang, budget in (("de", "9.000,00 €"), ("en", "€9,000.00")):
        target = tmp_path / f"sheet-{lang}.pdf"
        build_residency_sheet(data, target, lang=lang)
        assert budget in _text(target.read_bytes())
