"""``print run-of-show``: the staff's minute-by-minute plan with internal notes, responsible
staff, cues and cars, marked internal on every page (and draft while the visit is one); the
guests' itinerary still prints none of it. Bad input is refused and writes nothing."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.enums import VisitStatus
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database

INTERNAL_NOTE = "Seiteneingang offen halten <b>nicht</b> & Presse erst 10:15"
CUE = "Fanfare <img src='x'/> aus"


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _bare(text: str) -> str:
    """Without any white space (pypdf breaks lines where the font changes)."""
    return re.sub(r"\s+", "", text)


INTERNAL = "INTERN/내부용/INTERNAL"
DRAFT = "ENTWURF/초안/DRAFT"


def _prepare(path: Path, *, status: VisitStatus | None = None) -> dict[str, object]:
    """Internal notes, a responsible person, a cue and a transfer with a start on visit 1."""
    db = open_database(str(path))
    try:
        services = Services.for_database(db)
        items = services.program.for_visit(1)
        item = items[0]
        services.program.update(
            item.id, internal_notes=INTERNAL_NOTE, responsible="Frau Schulz (Protokoll)"
        )
        services.program.cues.add(
            item.id, item.starts_at + timedelta(minutes=2), CUE, "Technik Hr. Lange"
        )
        services.program.cues.add(item.id, item.starts_at, "Türen öffnen", "Hausmeister")
        venues = [v for v in services.venues.list() if v.original_language == "de"]
        transfer = items[1]
        services.program.update(
            transfer.id, kind="transfer", from_venue_id=venues[0].id, venue_id=venues[1].id
        )
        if status is not None:
            services.visits.update(1, status=status)
        return {"from": venues[0].name, "to": venues[1].name, "title": item.title}
    finally:
        db.dispose()


def _print(path: Path, out: Path, *extra: str) -> int:
    return main(["print", "run-of-show", "--db", str(path), "--visit", "1", *extra, "-o", str(out)])


def test_the_run_of_show_prints_internal_notes_cues_and_routes_the_itinerary_does_not(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = _prepare(sample_db_path)
    out = tmp_path / "ablauf.pdf"
    assert _print(sample_db_path, out) == 0
    assert f"{out}:" in capsys.readouterr().out
    pages = _pages(out)
    text = _flat("\n".join(pages))
    # Internal notes and cues print literally (escaped), the cues in time order.
    assert _flat(INTERNAL_NOTE) in text
    assert CUE in text and "Technik Hr. Lange" in text
    assert text.index("Türen öffnen") < text.index(CUE)
    assert "Frau Schulz (Protokoll)" in text
    assert f"{facts['from']} → {facts['to']}" in text
    assert "Ablaufplan (intern)" in text and "Verantwortlich" in text
    # Every page is marked internal; the sample visit is completed: no draft mark.
    assert all(INTERNAL in _bare(page) for page in pages)
    assert not any("ENTWURF" in page for page in pages)

    itinerary = tmp_path / "itinerary.pdf"
    assert (
        main(
            [
                "print",
                "itinerary",
                "--db",
                str(sample_db_path),
                "--visit",
                "1",
                "-o",
                str(itinerary),
            ]
        )
        == 0
    )
    guests = _flat("\n".join(_pages(itinerary)))
    assert "Seiteneingang" not in guests and "Fanfare" not in guests
    assert "Frau Schulz" not in guests and "INTERN" not in guests


@pytest.mark.parametrize("status", [VisitStatus.DRAFT, VisitStatus.PLANNED])
def test_a_draft_s_run_of_show_carries_both_marks_on_every_page(
    sample_db_path: Path, tmp_path: Path, status: VisitStatus
) -> None:
    _prepare(sample_db_path, status=status)
    out = tmp_path / "ablauf.pdf"
    assert _print(sample_db_path, out) == 0
    pages = _pages(out)
    assert pages
    for page in pages:
        assert INTERNAL in _bare(page) and DRAFT in _bare(page)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("de", ["Ablaufplan (intern)", "Verantwortlich", "Seite 1 von"]),
        ("en", ["Run of show (internal)", "Responsible", "Page 1 of"]),
        ("ko", ["세부 진행 계획 (내부용)", "담당", "쪽 중 1쪽"]),
        ("de+ko", ["Ablaufplan (intern) / 세부 진행 계획 (내부용)", "Verantwortlich"]),
        ("de+en", ["Ablaufplan (intern) / Run of show (internal)", "Responsible"]),
    ],
)
def test_the_run_of_show_in_each_language(
    sample_db_path: Path, tmp_path: Path, lang: str, words: list[str]
) -> None:
    _prepare(sample_db_path)
    out = tmp_path / "ablauf.pdf"
    assert _print(sample_db_path, out, "--lang", lang) == 0
    text = _bare("\n".join(_pages(out)))
    for word in words:
        assert _bare(word) in text
    assert _bare(CUE) in text


def test_the_version_rises_when_what_it_prints_changes(
    sample_db_path: Path, tmp_path: Path
) -> None:
    _prepare(sample_db_path)
    first, again, changed = (tmp_path / f"{n}.pdf" for n in ("first", "again", "changed"))
    assert _print(sample_db_path, first) == 0
    assert _print(sample_db_path, again) == 0
    assert "Version 1" in _pages(first)[0] and "Version 1" in _pages(again)[0]
    db = open_database(str(sample_db_path))
    try:
        services = Services.for_database(db)
        item = services.program.for_visit(1)[0]
        services.program.update(item.id, internal_notes="Anders")  # printed here: a change
    finally:
        db.dispose()
    assert _print(sample_db_path, changed) == 0
    assert "Version 2" in _pages(changed)[0]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--visit", "999"], "no visit #999"),
        (["--visit", "1", "--lang", "fr"], "fr"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(
    sample_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "ablauf.pdf"
    try:
        code = main(
            ["print", "run-of-show", "--db", str(sample_db_path), *arguments, "-o", str(out)]
        )
    except SystemExit as exit_:  # refused by the argument parser
        code = int(exit_.code or 0)
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_an_output_folder_that_does_not_exist_is_refused(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "ablauf.pdf"
    assert _print(sample_db_path, out) != 0
    assert "--output" in capsys.readouterr().err
    assert not out.exists()


def test_the_sample_s_run_of_show_has_the_reception_s_cues_and_the_transfers_cars(
    sample_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ablauf.pdf"
    assert _print(sample_db_path, out, "--lang", "de+ko") == 0
    text = _flat("\n".join(_pages(out)))
    cues = [
        "OBM erwartet die Delegation am Haupteingang",
        "Einzug in den Festsaal; Presse bleibt hinten links",
        "Begrüßung durch OBM Jung",
        "Erwiderung durch Bürgermeister Kang, konsekutiv gedolmetscht",
        "Hinweis an die Gäste: weiter zum Goldenen Buch",
    ]
    places = [text.index(_flat(cue)) for cue in cues]
    assert places == sorted(places)
    assert "Anna Schreiber (Protokoll)" in text
    assert "Van 1 (L-EP 202)" in text and "Uwe Schneider (Beispiel), +49 170 000-101" in text
    assert text.index("Van 1") < text.index("Bus 1")  # in their order on the transfer
    assert "Flughafen Leipzig/Halle" in text and " → " in text
    itinerary = tmp_path / "itinerary.pdf"
    assert (
        main(
            [
                "print",
                "itinerary",
                "--db",
                str(sample_db_path),
                "--visit",
                "1",
                "-o",
                str(itinerary),
            ]
        )
        == 0
    )
    guests = _flat("\n".join(_pages(itinerary)))
    assert not any(_flat(cue) in guests for cue in cues)
    assert "Uwe Schneider" not in guests and "Anna Schreiber (Protokoll)" not in guests
