"""``print place-cards`` and ``print badges``: layouts, languages, items; bad input refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main, printing
from exchange_planner.reports import layouts


def _reader(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in _reader(path).pages).replace("\n", "")


def _print(db: Path, *arguments: str) -> int:
    return main(["print", *arguments, "--db", str(db)])


def test_the_command_lines_layouts_are_the_reports(capsys) -> None:  # type: ignore[no-untyped-def]
    assert printing.PLACE_CARD_LAYOUTS == layouts.PLACE_CARD_KEYS
    assert printing.BADGE_LAYOUTS == layouts.BADGE_KEYS


@pytest.mark.parametrize(("layout", "per_page"), [("a4-2", 2), ("a4-4", 4)])
def test_place_cards_of_the_dinner(sample_db_path, tmp_path, capsys, layout, per_page):  # type: ignore[no-untyped-def]
    out = tmp_path / "cards.pdf"
    # The sample's visit is #1, its welcome dinner (with the seating plan) item #2.
    code = _print(
        sample_db_path,
        "place-cards",
        "--visit",
        "1",
        "--item",
        "2",
        "--layout",
        layout,
        "-o",
        str(out),
    )
    assert code == 0
    reader = _reader(out)
    text = _text(out)
    assert text.count("강기정") == 2 and text.count("Kang Gi-jung") == 2
    assert "Tisch 1 · Platz 1" in text
    seated = text.count("Tisch ")
    assert len(reader.pages) == -(-seated // per_page)
    assert f"{out}: {len(reader.pages)} pages" in capsys.readouterr().out
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == (595.28, 841.89)


def test_place_cards_without_an_item_in_korean(sample_db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cards.pdf"
    assert (
        _print(sample_db_path, "place-cards", "--visit", "1", "--lang", "ko", "-o", str(out)) == 0
    )
    text = _text(out)
    assert "강기정" in text and "광주광역시장" in text
    assert "Tisch" not in text and "테이블" not in text


@pytest.mark.parametrize(
    ("layout", "size"),
    [
        ("a6", (297.64, 419.53)),
        ("avery-l4785", (595.28, 841.89)),
        ("avery-l7414", (595.28, 841.89)),
    ],
)
def test_badges(sample_db_path, tmp_path, layout, size) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "badges.pdf"
    assert _print(sample_db_path, "badges", "--visit", "1", "--layout", layout, "-o", str(out)) == 0
    reader = _reader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == size
    text = _text(out)
    assert "Gwangju / 광주" in text and "Leipzig" in text
    assert "강기정" in text and "Burkhard Jung" in text
    per_page = 1 if layout == "a6" else 10
    people = text.count("Gwangju / 광주") + text.count("Leipzig / ")
    assert len(reader.pages) == -(-people // per_page)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["place-cards", "--visit", "99"], "There is no visit #99"),
        (["place-cards", "--visit", "1", "--item", "999"], "There is no program item #999"),
        (["place-cards", "--visit", "1", "--layout", "a3-8"], "invalid choice: 'a3-8'"),
        (["badges", "--visit", "1", "--layout", "a4-2"], "invalid choice: 'a4-2'"),
        (["badges", "--visit", "1", "--lang", "fr"], "invalid choice: 'fr'"),
    ],
)
def test_bad_input_is_told_and_nothing_is_written(  # type: ignore[no-untyped-def]
    sample_db_path, tmp_path, capsys, arguments, message
):
    out = tmp_path / "x.pdf"
    try:
        code = _print(sample_db_path, *arguments, "-o", str(out))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_badges_for_the_dinner_only(sample_db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    every, dinner = tmp_path / "every.pdf", tmp_path / "dinner.pdf"
    assert _print(sample_db_path, "badges", "--visit", "1", "-o", str(every)) == 0
    assert _print(sample_db_path, "badges", "--visit", "1", "--item", "2", "-o", str(dinner)) == 0
    assert 0 < len(_reader(dinner).pages) <= len(_reader(every).pages)
    assert "강기정" in _text(dinner)
