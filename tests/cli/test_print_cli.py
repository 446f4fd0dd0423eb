"""``exchange-planner print itinerary|gifts``."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from exchange_planner.cli import main


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_print_itinerary_and_gifts(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "it.pdf"
    code = main(
        [
            "print",
            "itinerary",
            "--db",
            str(sample_db_path),
            "--visit",
            "1",
            "--lang",
            "de+ko",
            "--home-zone",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert "pages" in capsys.readouterr().out
    text = _text(out)
    assert "강기정" in text and "Kang Gi-jung" in text and "Seoul" in text

    gifts = tmp_path / "gifts.pdf"
    assert (
        main(
            [
                "print",
                "gifts",
                "--db",
                str(sample_db_path),
                "--year",
                "2023",
                "--lang",
                "en",
                "-o",
                str(gifts),
            ]
        )
        == 0
    )
    assert "Gift protocol 2023" in _text(gifts)


def test_reprint_of_unchanged_plan_is_identical(sample_db_path: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        assert (
            main(
                ["print", "itinerary", "--db", str(sample_db_path), "--visit", "1", "-o", str(out)]
            )
            == 0
        )
    assert first.read_bytes() == second.read_bytes()


def test_personal_itinerary_of_a_member(sample_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    # Person 6 is the Mayor of Gwangju in the sample.
    assert (
        main(
            [
                "print",
                "itinerary",
                "--db",
                str(sample_db_path),
                "--visit",
                "1",
                "--person",
                "6",
                "--lang",
                "ko",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    text = _text(out)
    # His own travel and stay, not the delegation's list (which named him in Latin letters).
    assert "개인 일정" in text and "강기정" in text and "도착·출발 및 숙소" in text


def test_bad_input_names_the_field(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    assert (
        main(["print", "gifts", "--db", str(sample_db_path), "--visit", "99", "-o", str(out)]) == 2
    )
    assert "no visit #99" in capsys.readouterr().err
    assert (
        main(
            [
                "print",
                "itinerary",
                "--db",
                str(sample_db_path),
                "--visit",
                "1",
                "--person",
                "9999",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "person" in capsys.readouterr().err
    assert (
        main(
            [
                "print",
                "gifts",
                "--db",
                str(sample_db_path),
                "--visit",
                "1",
                "-o",
                str(tmp_path / "missing" / "x.pdf"),
            ]
        )
        == 2
    )
    assert "--output" in capsys.readouterr().err
    assert not out.exists()
