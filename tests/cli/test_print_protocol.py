"""``exchange-planner print precedence|seating`` on the sample."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.seating import neighbours
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def _print(db: Path, out: Path, *args: str) -> int:
    return main(["print", *args, "--db", str(db), "-o", str(out)])


def _in_order(text: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order in {text!r}"
        position = found + len(piece)


def test_precedence_of_the_sample_visit(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "precedence.pdf"
    assert _print(sample_db_path, out, "precedence", "--visit", "1", "--lang", "de+ko") == 0
    assert "pages" in capsys.readouterr().out
    text = " ".join(_pages(out))
    _in_order(
        text,
        [
            "Protokollarische Rangfolge / 의전 서열",
            "Offizieller Besuch der Delegation aus Gwangju",
            # The Lord Mayor first; the mayor of Gwangju ranks with him and is the first guest.
            "1 Burkhard Jung",
            "Oberbürgermeister",
            "Leipzig (라이프치히)",
            "2 Kang Gi-jung 강기정",
            "Gwangju (광주)",
            "대한민국 — 지방자치단체",
        ],
    )
    assert "dolmetscht für Burkhard Jung" in text
    assert "Gi-jung Kang" not in text


def test_precedence_in_korean_names_the_guests_in_hangul_first(
    sample_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "precedence-ko.pdf"
    assert _print(sample_db_path, out, "precedence", "--visit", "1", "--lang", "ko") == 0
    text = " ".join(_pages(out))
    _in_order(text, ["의전 서열", "1 Burkhard Jung", "2 강기정 Kang Gi-jung", "광주"])


def test_seating_plan_of_the_welcome_dinner(sample_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "seating.pdf"
    assert _print(sample_db_path, out, "seating", "--visit", "1", "--lang", "de") == 0
    pages = _pages(out)
    _in_order(pages[0], ["Sitzordnung", "Begrüßungsabendessen", "Internationale Regel"])
    assert "◆ Burkhard Jung" in pages[0] and "★ Kang Gi-jung" in pages[0]
    text = " ".join(pages)
    entrance = text[text.index("Wer sitzt wo") :]
    # The entrance list is alphabetical: family names in capitals, Korean names family first.
    _in_order(entrance, ["BAEK Seo-yeon 백서연", "Burkhard JUNG", "KANG Gi-jung 강기정"])
    # Kang Gi-jung sits on the host's right, as the domain numbers the seats round a table.
    seats = _seats_in_list(entrance)
    db = open_database(sample_db_path)
    try:
        services = Services.for_database(db)
        view = next(
            v
            for v in (services.seating.view(i.id) for i in services.program.for_visit(1))
            if v is not None
        )
    finally:
        db.dispose()
    table = next(t for t in view.tables if t.label == seats["Burkhard JUNG"][0])
    jung_seat = int(seats["Burkhard JUNG"][1])
    _left, right = neighbours(table.shape, table.seats, jung_seat)
    assert seats["KANG Gi-jung"] == (table.label, str(right))


def _seats_in_list(entrance: str) -> dict[str, tuple[str, str]]:
    """Name → (table, seat) read from the entrance list's rows."""
    import re

    found: dict[str, tuple[str, str]] = {}
    for name in ("Burkhard JUNG", "KANG Gi-jung"):
        match = re.search(re.escape(name) + r".*? (\d+) (\d+)(?: |$)", entrance)
        assert match, name
        found[name] = (match.group(1), match.group(2))
    return found


def test_seating_of_a_named_item_and_one_without_a_plan(
    sample_db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "seating.pdf"
    assert _print(sample_db_path, out, "seating", "--visit", "1", "--item", "1") == 2
    assert "has no seating plan" in capsys.readouterr().err
    assert not out.exists()


def test_a_visit_without_any_seating_plan_says_so(
    sample_db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    db = open_database(sample_db_path)
    try:
        services = Services.for_database(db)
        for item in services.program.for_visit(1):
            plan = services.seating.plan_for(item.id)
            if plan is not None:
                services.seating.delete_plan(plan.id)
    finally:
        db.dispose()
    out = tmp_path / "seating.pdf"
    assert _print(sample_db_path, out, "seating", "--visit", "1") == 2
    assert "Visit #1 has no programme item with a seating plan" in capsys.readouterr().err
    assert not out.exists()


def test_the_home_side_s_head_is_the_host_not_a_head_of_delegation(
    sample_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "precedence-host.pdf"
    assert _print(sample_db_path, out, "precedence", "--visit", "1", "--lang", "de") == 0
    text = " ".join(_pages(out))
    _in_order(text, ["1 Burkhard Jung", "Gastgeber/in", "2 Kang Gi-jung", "Delegationsleitung"])
    assert text.count("Delegationsleitung") == 1  # Kang Gi-jung's alone
