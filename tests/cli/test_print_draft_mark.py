"""A draft or planned visit's itineraries carry "ENTWURF / 초안 / DRAFT" on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.enums import VisitStatus
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _set_status(path: Path, status: VisitStatus) -> None:
    db = open_database(str(path))
    try:
        Services.for_database(db).visits.update(1, status=status)
    finally:
        db.dispose()


def _marked_pages(path: Path) -> tuple[int, int]:
    """(pages with all three words of the mark, pages)."""
    pages = [page.extract_text() for page in PdfReader(str(path)).pages]
    marked = sum(all(word in text for word in ("ENTWURF", "초안", "DRAFT")) for text in pages)
    return marked, len(pages)


def _print(kind: str, path: Path, out: Path, *extra: str) -> None:
    args = ["print", kind, "--db", str(path), "--visit", "1", *extra, "-o", str(out)]
    assert main(args) == 0


@pytest.mark.parametrize("status", [VisitStatus.DRAFT, VisitStatus.PLANNED])
@pytest.mark.parametrize("lang", ["de", "ko", "en", "de+ko"])
def test_a_draft_or_planned_visit_s_itinerary_is_marked_on_every_page(
    sample_db_path: Path, tmp_path: Path, status: VisitStatus, lang: str
) -> None:
    _set_status(sample_db_path, status)
    out = tmp_path / "itinerary.pdf"
    _print("itinerary", sample_db_path, out, "--lang", lang)
    marked, pages = _marked_pages(out)
    assert pages > 1
    assert marked == pages


def test_personal_itineraries_of_a_draft_are_marked_on_every_page(
    sample_db_path: Path, tmp_path: Path
) -> None:
    _set_status(sample_db_path, VisitStatus.DRAFT)
    booklet = tmp_path / "booklet.pdf"
    _print("personal-itineraries", sample_db_path, booklet, "--booklet")
    marked, pages = _marked_pages(booklet)
    assert pages >= 20
    assert marked == pages
    db = open_database(str(sample_db_path))
    try:
        head = Services.for_database(db).documents.member_ids(1)[0]
    finally:
        db.dispose()
    single = tmp_path / "one.pdf"
    _print("itinerary", sample_db_path, single, "--person", str(head))
    marked, pages = _marked_pages(single)
    assert marked == pages


@pytest.mark.parametrize("status", [VisitStatus.CONFIRMED, VisitStatus.COMPLETED])
def test_a_confirmed_visit_s_itinerary_has_no_draft_mark(
    sample_db_path: Path, tmp_path: Path, status: VisitStatus
) -> None:
    _set_status(sample_db_path, status)
    out = tmp_path / "itinerary.pdf"
    _print("itinerary", sample_db_path, out)
    booklet = tmp_path / "booklet.pdf"
    _print("personal-itineraries", sample_db_path, booklet, "--booklet")
    assert _marked_pages(out)[0] == 0
    assert _marked_pages(booklet)[0] == 0
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "ENTWURF" not in text and "DRAFT" not in text


def test_confirming_a_draft_changes_the_itinerary_s_fingerprint(
    sample_db_path: Path,
) -> None:
    from exchange_planner.reports.data import content_hash

    db = open_database(str(sample_db_path))
    try:
        services = Services.for_database(db)
        documents = services.documents
        confirmed = content_hash(documents.itinerary(1, record=False))
        services.visits.update(1, status=VisitStatus.DRAFT)
        draft = documents.itinerary(1, record=False)
        assert draft.draft
        assert content_hash(draft) != confirmed
        services.visits.update(1, status=VisitStatus.CONFIRMED)
        assert content_hash(documents.itinerary(1, record=False)) == confirmed
    finally:
        db.dispose()
