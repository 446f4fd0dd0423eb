"""The office's letterhead on the first page of every document kind, read back with pypdf:
name and address in the document's language(s), the logo an image on page 1 only; no
letterhead set: none of it."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from exchange_planner.reports.balance import build_balance_pdf
from exchange_planner.reports.residency_sheet import build_residency_sheet
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
AS_OF = date(2026, 12, 1)

NAMES = {
    "de": "Büro für internationale Partnerschaften (Beispiel)",
    "ko": "국제 자매결연 사무소 (예시)",
    "en": "Office for International Partnerships (sample)",
}
#: A line of each language's address that no other language's address has.
ADDRESS = {"de": "Musterstraße 1", "ko": "무스터 거리 1", "en": "Musterstrasse 1"}


Build = Callable[[Services, dict[str, int], str], bytes]


@pytest.fixture
def services(sample_db_path):  # type: ignore[no-untyped-def]
    """The sample (a copy of the one written per session), with its letterhead."""
    db = open_database(sample_db_path)
    yield Services.for_database(db)
    db.dispose()


@pytest.fixture
def sample_ids(services: Services) -> dict[str, int]:
    visit = services.visits.list()[0]
    return {
        "visit": int(visit.id),
        "member": services.documents.member_ids(int(visit.id))[0],
        "partnership": int(visit.partnership_id),
        "residency": int(services.residencies.list()[0].id),
    }


def _itinerary(services: Services, ids: dict[str, int], lang: str) -> bytes:
    out = io.BytesIO()
    services.documents.write_itinerary(ids["visit"], out, lang=lang, now=NOW)
    return out.getvalue()


def _personal(services: Services, ids: dict[str, int], lang: str) -> bytes:
    out = io.BytesIO()
    services.documents.write_itinerary(
        ids["visit"], out, lang=lang, now=NOW, person_id=ids["member"]
    )
    return out.getvalue()


def _gift_protocol(services: Services, ids: dict[str, int], lang: str) -> bytes:
    out = io.BytesIO()
    services.documents.write_gift_protocol(out, visit_id=ids["visit"], lang=lang, now=NOW)
    return out.getvalue()


def _gift_register(services: Services, ids: dict[str, int], lang: str) -> bytes:
    out = io.BytesIO()
    year = services.visits.get(ids["visit"]).start_date.year
    services.documents.write_gift_protocol(out, year=year, lang=lang, now=NOW)
    return out.getvalue()


def _residency_sheet(services: Services, ids: dict[str, int], lang: str) -> bytes:
    out = io.BytesIO()
    data = services.residencies.sheet_data(ids["residency"], AS_OF)
    build_residency_sheet(data, out, lang=lang)
    return out.getvalue()


def _balance(services: Services, ids: dict[str, int], lang: str) -> bytes:
    out = io.BytesIO()
    build_balance_pdf(services.balance.report_data(ids["partnership"], AS_OF), out, lang=lang)
    return out.getvalue()


def _calendar(services: Services, ids: dict[str, int], lang: str) -> bytes:
    out = io.BytesIO()
    # July 2023 is the sample's busiest month: with the letterhead it still fits its page.
    pages = services.documents.write_calendar(
        out, date(2023, 7, 1), date(2023, 8, 31), view="month", lang=lang, today=date(2023, 7, 1)
    )
    assert pages == 2, "one page per month"
    return out.getvalue()


KINDS: dict[str, Build] = {
    "itinerary": _itinerary,
    "personal_itinerary": _personal,
    "gift_protocol": _gift_protocol,
    "gift_register": _gift_register,
    "residency_sheet": _residency_sheet,
    "balance": _balance,
    "calendar": _calendar,
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _images(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The image XObjects a page draws (directly or in a form XObject)."""
    found: list[str] = []

    def walk(resources) -> None:  # type: ignore[no-untyped-def]
        if isinstance(resources, IndirectObject):
            resources = resources.get_object()
        xobjects = (resources or {}).get("/XObject")
        if xobjects is None:
            return
        for name, ref in xobjects.get_object().items():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                found.append(name)
            elif xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    walk(page.get("/Resources"))
    return found


def _pages(pdf: bytes) -> list:  # type: ignore[type-arg]
    return list(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("lang", ["de", "ko", "en"])
def test_one_language_documents_carry_that_language_s_letterhead(
    services: Services, sample_ids: dict[str, int], kind: str, lang: str
) -> None:
    pages = _pages(KINDS[kind](services, sample_ids, lang))
    first = _flat(pages[0].extract_text())
    assert _flat(NAMES[lang]) in first
    assert ADDRESS[lang] in first
    for other in set(NAMES) - {lang}:
        assert _flat(NAMES[other]) not in first
        assert ADDRESS[other] not in first
    assert len(pages) > 1
    assert _images(pages[0]), "the logo is drawn on page 1"
    assert not _images(pages[1]), "and only there"
    later = _flat(" ".join(page.extract_text() for page in pages[1:]))
    assert _flat(NAMES[lang]) not in later


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_bilingual_document_shows_the_letterhead_in_both_languages(
    services: Services, sample_ids: dict[str, int], kind: str
) -> None:
    first = _flat(_pages(KINDS[kind](services, sample_ids, "de+ko"))[0].extract_text())
    for lang in ("de", "ko"):
        assert _flat(NAMES[lang]) in first
        assert ADDRESS[lang] in first
    assert _flat(NAMES["en"]) not in first


@pytest.mark.parametrize("kind", list(KINDS))
def test_without_a_letterhead_documents_have_none(
    services: Services, sample_ids: dict[str, int], kind: str
) -> None:
    services.settings.set_letterhead_texts({}, {})
    services.settings.remove_letterhead_logo()
    assert services.settings.letterhead() is None
    pages = _pages(KINDS[kind](services, sample_ids, "de"))
    text = _flat(" ".join(page.extract_text() for page in pages))
    assert "Partnerschaften (Beispiel)" not in text
    assert ADDRESS["de"] not in text
    assert not _images(pages[0])


def test_a_missing_translation_falls_back_to_the_office_s_own_and_is_marked(
    services: Services, sample_ids: dict[str, int]
) -> None:
    services.settings.set_letterhead_texts({"de": "Amt für Partnerschaften"}, {"de": "Markt 1"})
    services.settings.remove_letterhead_logo()
    first = _flat(_pages(_itinerary(services, sample_ids, "ko"))[0].extract_text())
    assert "Amt für Partnerschaften (de)" in first
    assert "Markt 1" in first
    assert not _images(_pages(_itinerary(services, sample_ids, "ko"))[0])


def test_letterhead_text_is_printed_literally(
    services: Services, sample_ids: dict[str, int]
) -> None:
    services.settings.set_letterhead_texts(
        {"en": '<b>Town & Gown</b> <img src="x"/>'}, {"en": "<font size=40>1 High St</font>"}
    )
    first = _flat(_pages(_gift_protocol(services, sample_ids, "en"))[0].extract_text())
    assert '<b>Town & Gown</b> <img src="x"/>' in first
    assert "<font size=40>1 High St</font>" in first


def test_a_changed_letterhead_is_a_new_version_of_the_printed_document(
    services: Services, sample_ids: dict[str, int]
) -> None:
    """The letterhead is part of what a document prints: printing after a change of it
    counts as a changed document, not as the same one again."""
    first = _flat(_pages(_itinerary(services, sample_ids, "de"))[0].extract_text())
    again = _flat(_pages(_itinerary(services, sample_ids, "de"))[0].extract_text())
    assert "Version 1" in first and "Version 1" in again
    services.settings.set_letterhead_texts({"de": "Neues Amt"}, {})
    changed = _flat(_pages(_itinerary(services, sample_ids, "de"))[0].extract_text())
    assert "Neues Amt" in changed
    assert "Version 2" in changed


@pytest.mark.parametrize("lang", ["de", "ko", "de+ko"])
def test_the_sample_s_busiest_week_still_fits_its_page_under_the_letterhead(
    services: Services, lang: str
) -> None:
    out = io.BytesIO()
    pages = services.documents.write_calendar(
        out, date(2023, 7, 24), date(2023, 7, 30), view="week", lang=lang, today=date(2023, 7, 1)
    )
    assert pages == 1
    first = _flat(_pages(out.getvalue())[0].extract_text())
    assert _flat(NAMES[lang.split("+")[0]]) in first
    assert "09:30" in first and "08:00" in first, "the busiest days are on the page"
