"""``print itinerary --changes-since N``: a page of what moved, was added or cancelled since
printed version N, in the document's language."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def _print(db: Path, out: Path, *extra: str) -> int:
    return main(["print", "itinerary", "--db", str(db), "--visit", "1", "-o", str(out), *extra])


def _move_one_add_one(path: Path) -> tuple[str, str]:
    db = open_database(path)
    db.user = "anna"
    try:
        services = Services.for_database(db)
        items = services.program.for_visit(1)
        moved = items[2]
        services.program.update(
            moved.id,
            starts_at=moved.starts_at + timedelta(hours=1),
            ends_at=moved.ends_at + timedelta(hours=1),
        )
        services.program.create(
            visit_id=1,
            title="Zoo <b>X</b> & Co",
            starts_at=items[3].starts_at + timedelta(hours=5),
            ends_at=items[3].starts_at + timedelta(hours=6),
            timezone="Europe/Berlin",
        )
        return moved.title, items[3].title
    finally:
        db.dispose()


def test_changes_since_version_1_in_german(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _print(sample_db_path, tmp_path / "v1.pdf", "--lang", "de") == 0
    moved, _other = _move_one_add_one(sample_db_path)
    out = tmp_path / "v2.pdf"
    assert _print(sample_db_path, out, "--lang", "de", "--changes-since", "1") == 0
    pages = _pages(out)
    page = pages[1]  # right after the cover
    assert "Änderungen seit Version 1" in page and "Version 1 gedruckt am" in page
    assert "Verlegt" in page and "Neu" in page and "Bisher" in page and "Jetzt" in page
    # Moved by one hour: 09:30–09:50 before, 10:30–10:50 now (Leipzig time).
    assert moved.split()[0] in page
    assert "26.07.2023 09:30–09:50" in page and "26.07.2023 10:30–10:50" in page
    assert "Zoo <b>X</b> & Co" in page  # escaped, printed as typed
    assert "Entfällt" not in page
    # The rest of the document follows; this print is version 2.
    assert "Version 2" in pages[0] and len(pages) == len(_pages(tmp_path / "v1.pdf")) + 1


def test_a_cancelled_item_and_english(sample_db_path: Path, tmp_path: Path) -> None:
    assert _print(sample_db_path, tmp_path / "v1.pdf", "--lang", "en") == 0
    db = open_database(sample_db_path)
    try:
        services = Services.for_database(db)
        cancelled = services.program.for_visit(1)[4]
        services.program.delete(cancelled.id)
    finally:
        db.dispose()
    out = tmp_path / "v2.pdf"
    assert _print(sample_db_path, out, "--lang", "en", "--changes-since", "1") == 0
    page = _pages(out)[1]
    assert "Changes since version 1" in page and "Cancelled" in page
    assert cancelled.title.split()[0] in page and "Moved" not in page


def test_no_changes_and_unknown_versions(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _print(sample_db_path, tmp_path / "none.pdf", "--changes-since", "1") == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(
        "version 1 of the itinerary of visit #1 is not known (it was never printed)"
    )
    assert not (tmp_path / "none.pdf").exists()
    assert _print(sample_db_path, tmp_path / "v1.pdf", "--lang", "ko") == 0
    out = tmp_path / "same.pdf"
    assert _print(sample_db_path, out, "--lang", "ko", "--changes-since", "1") == 0
    assert "버전 1 이후 일정 변경이 없습니다." in _pages(out)[1]
    capsys.readouterr()
    assert _print(sample_db_path, tmp_path / "x.pdf", "--changes-since", "3") == 2
    assert "(printed versions: 1)" in capsys.readouterr().err
    person = ["--person", "1", "--changes-since", "1"]
    assert _print(sample_db_path, tmp_path / "p.pdf", *person) == 2
    assert "visit's itinerary only" in capsys.readouterr().err
