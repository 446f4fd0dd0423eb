"""The sample's itinerary in every document language, as ``exchange-planner print`` makes it:
content in the document's language, both in bilingual ones, names by one rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.texts import text_in
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _squeezed(text: str) -> str:
    # Table cells wrap long titles; compare without any white space.
    return re.sub(r"\s+", "", text)


def _print(db_path: Path, tmp_path: Path, lang: str) -> str:
    out = tmp_path / f"itinerary-{lang}.pdf"
    argv = ["print", "itinerary", "--db", str(db_path), "--visit", "1", "--lang", lang]
    assert main([*argv, "-o", str(out)]) == 0
    pages = PdfReader(str(out)).pages
    return _squeezed("\n".join(page.extract_text() for page in pages))


@pytest.fixture
def sample_content(sample_db_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(sample_db_path)
    services = Services.for_database(db)
    program = services.program.list_where(services.program.model.visit_id, 1)
    venues = {v.id: v for v in services.venues.list()}
    db.dispose()
    return program, venues


def test_korean_itinerary_has_korean_titles_and_venues(
    sample_db_path: Path, tmp_path: Path, sample_content
) -> None:
    program, venues = sample_content
    text = _print(sample_db_path, tmp_path, "ko")
    for item in program:
        korean = text_in(item, "title", "ko")
        assert not korean.fallback, item.title
        assert _squeezed(korean.text) in text, korean.text
        if item.venue_id is not None:
            venue = text_in(venues[item.venue_id], "name", "ko")
            assert not venue.fallback
            assert _squeezed(venue.text) in text, venue.text
    assert "(de)" not in text


def test_german_itinerary_has_german_titles_and_no_english_ones(
    sample_db_path: Path, tmp_path: Path, sample_content
) -> None:
    program, _venues = sample_content
    text = _print(sample_db_path, tmp_path, "de")
    assert _squeezed("Empfang durch Oberbürgermeister Burkhard Jung") in text
    for item in program:
        assert _squeezed(item.title) in text
        english = text_in(item, "title", "en").text
        assert _squeezed(english) not in text, english


def test_bilingual_itinerary_has_both_texts(
    sample_db_path: Path, tmp_path: Path, sample_content
) -> None:
    program, _venues = sample_content
    text = _print(sample_db_path, tmp_path, "de+ko")
    for item in program:
        assert _squeezed(item.title) in text
        assert _squeezed(text_in(item, "title", "ko").text) in text


@pytest.mark.parametrize("lang", ["de", "en", "de+ko", "de+en"])
def test_korean_names_are_family_name_first_in_every_language(
    sample_db_path: Path, tmp_path: Path, lang: str
) -> None:
    text = _print(sample_db_path, tmp_path, lang)
    assert "KangGi-jung" in text
    assert "Gi-jungKang" not in text
    assert "RoomRoom" not in text and "RaumRaum" not in text
