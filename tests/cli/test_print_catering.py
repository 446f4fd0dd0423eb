"""``exchange-planner print catering`` read back with pypdf: the counts per meal, names only
where the kitchen needs them, nothing health- or religion-related without consent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.names import latin_name
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database

NOTE = "Erdnüsse <b>&amp;</b> Cashews"


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _print(db: Path, out: Path, *args: str) -> int:
    return main(["print", "catering", "--db", str(db), "--visit", "1", *args, "-o", str(out)])


def _prepare(db_path: Path, *, nut_consent: bool = False) -> dict[str, str]:
    """Everyone's dietary data cleared, then: no pork and vegetarian with consent, a nut
    allergy (with a note holding markup) with or without it. Returns role -> printed name."""
    db = open_database(db_path)
    services = Services.for_database(db)
    members = services.members.for_visit(1)
    for person in services.people.list():
        if person.dietary_requirements or person.dietary_notes or person.accessibility_notes:
            services.people.update(
                person.id, dietary_requirements="", dietary_notes="", accessibility_notes=""
            )
    ids = {"pork": members[2].person_id, "veg": members[3].person_id, "nut": members[4].person_id}
    services.people.update(ids["pork"], dietary_requirements="no_pork", notes_consent=True)
    services.people.update(ids["veg"], dietary_requirements="vegetarian", notes_consent=True)
    services.people.update(
        ids["nut"],
        dietary_requirements="nut_allergy",
        dietary_notes=NOTE,
        notes_consent=nut_consent,
    )
    return {role: latin_name(services.people.get(pid)) for role, pid in ids.items()}


def _catered(db_path: Path) -> list[str]:
    services = Services.for_database(open_database(db_path))
    return [i.title for i in services.program.for_visit(1) if i.kind in ("meal", "reception")]


def test_counts_per_meal_and_the_allergy_without_consent_is_withheld(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = _prepare(sample_db_path)
    out = tmp_path / "catering.pdf"
    assert _print(sample_db_path, out, "--lang", "de") == 0
    assert f"{out}: " in capsys.readouterr().out
    pages = _pages(out)
    meals = _catered(sample_db_path)
    assert len(pages) == len(meals) >= 2  # a page per meal or reception
    for page, title in zip(pages, meals, strict=True):
        assert title in page
        assert "Personenzahl 26 (Delegation 20, Gastgeber 6)" in page
        assert "kein Schweinefleisch 1" in page and "vegetarisch 1" in page
        assert "Ohne besondere Vorgaben 23" in page
        assert (
            "1 Teilnehmende/r mit nicht gedrucktem Hinweis: bitte beim Protokoll nachfragen" in page
        )
        # Without consent: neither the allergy nor the note nor the name.
        assert "Nussallergie" not in page and "Erdnüsse" not in page
        assert names["nut"] not in page
        # Counted, not named: no pork and vegetarian need no names.
        assert names["pork"] not in page and names["veg"] not in page
        assert "Namentlich" not in page
    assert "Verpflegungsübersicht" in pages[0] and "Version 1" in pages[0]


def test_with_consent_the_allergy_is_named_with_its_note_as_written(
    sample_db_path: Path, tmp_path: Path
) -> None:
    names = _prepare(sample_db_path, nut_consent=True)
    out = tmp_path / "catering.pdf"
    assert _print(sample_db_path, out, "--lang", "en") == 0
    page = _pages(out)[0]
    assert "nut allergy 1" in page and "withheld" not in page
    named = page[page.index("By name") :]
    assert names["nut"] in named and "nut allergy" in named
    assert NOTE in page  # markup printed literally, not interpreted
    assert names["pork"] not in page


def test_names_option_lists_everyone_with_a_requirement(
    sample_db_path: Path, tmp_path: Path
) -> None:
    names = _prepare(sample_db_path)
    out = tmp_path / "catering.pdf"
    assert _print(sample_db_path, out, "--names", "--lang", "de") == 0
    page = _pages(out)[0]
    named = page[page.index("Alle Vorgaben namentlich") :]
    assert names["pork"] in named and names["veg"] in named
    assert names["nut"] not in page  # still not without consent


def test_one_meal_in_korean_and_bilingual(sample_db_path: Path, tmp_path: Path) -> None:
    _prepare(sample_db_path)
    services = Services.for_database(open_database(sample_db_path))
    meal = next(i for i in services.program.for_visit(1) if i.kind == "meal")
    out = tmp_path / "ko.pdf"
    assert _print(sample_db_path, out, "--item", str(meal.id), "--lang", "ko") == 0
    pages = _pages(out)
    assert len(pages) == 1
    flat = _flat(pages[0])
    assert _flat("케이터링 요약") in flat and _flat("돼지고기 제외") in flat
    assert _flat("비공개 참고 사항이 있는 참석자 1명") in flat
    out = tmp_path / "de-ko.pdf"
    assert _print(sample_db_path, out, "--item", str(meal.id), "--lang", "de+ko") == 0
    flat = _flat(_pages(out)[0])
    assert _flat("Verpflegungsübersicht / 케이터링 요약") in flat


def test_the_version_rises_only_when_the_content_changed(
    sample_db_path: Path, tmp_path: Path
) -> None:
    _prepare(sample_db_path)
    out = tmp_path / "catering.pdf"
    assert _print(sample_db_path, out) == 0
    assert _print(sample_db_path, out) == 0
    assert "Version 1" in _pages(out)[0]
    services = Services.for_database(open_database(sample_db_path))
    someone = services.members.for_visit(1)[6].person_id
    services.people.update(someone, dietary_requirements="vegan")
    assert _print(sample_db_path, out) == 0
    page = _pages(out)[0]
    assert "Version 2" in page and "vegan 1" in page


def test_bad_input_is_told_and_nothing_is_written(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.for_database(open_database(sample_db_path))
    tour = next(i for i in services.program.for_visit(1) if i.kind == "tour")
    out = tmp_path / "catering.pdf"
    assert _print(sample_db_path, out, "--item", str(tour.id)) == 2
    assert "not a meal or reception" in capsys.readouterr().err
    assert _print(sample_db_path, out, "--item", "9999") == 2
    assert "There is no programme item #9999" in capsys.readouterr().err
    assert (
        main(["print", "catering", "--db", str(sample_db_path), "--visit", "99", "-o", str(out)])
        == 2
    )
    assert "There is no visit #99" in capsys.readouterr().err
    assert not out.exists()


def test_the_sample_as_shipped_withholds_the_allergy_without_consent(
    sample_db_path: Path, tmp_path: Path
) -> None:
    services = Services.for_database(open_database(sample_db_path))
    people = services.people.list()
    allergic = next(p for p in people if p.dietary_requirements == "nut_allergy")
    assert not allergic.notes_consent
    assert {p.dietary_requirements for p in people if p.notes_consent} >= {"no_pork", "vegetarian"}
    out = tmp_path / "sample.pdf"
    assert _print(sample_db_path, out, "--lang", "de") == 0
    for page in _pages(out):
        assert "vegetarisch 1" in page and "kein Schweinefleisch 1" in page
        assert "Ohne besondere Vorgaben 23" in page
        assert "1 Teilnehmende/r mit nicht gedrucktem Hinweis" in page
        assert "Nussallergie" not in page and "Erdnussallergie" not in page
        assert latin_name(allergic) not in page
        assert "Namentlich" not in page  # no pork and vegetarian: counted, not named

    # The consent recorded: the allergy is counted and the kitchen told who it is.
    services.people.update(allergic.id, notes_consent=True)
    assert _print(sample_db_path, out, "--lang", "de") == 0
    page = _pages(out)[0]
    assert "Nussallergie 1" in page and "nicht gedrucktem" not in page
    named = page[page.index("Namentlich") :]
    assert latin_name(allergic) in named and "Erdnussallergie" in named
    assert "Version 2" in page
