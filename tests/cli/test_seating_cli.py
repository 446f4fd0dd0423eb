"""``exchange-planner seating --item ID --format csv`` on the sample's welcome dinner."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from exchange_planner.cli import main
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _items(path: Path) -> dict[str, int]:
    db = open_database(path)
    try:
        services = Services.for_database(db)
        visit = services.visits.list()[0]
        return {item.title: item.id for item in services.program.for_visit(visit.id)}
    finally:
        db.dispose()


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_dinner_csv_shows_kang_as_jungs_right_neighbour(sample_db_path: Path, capsys) -> None:
    dinner = _items(sample_db_path)["Begrüßungsabendessen"]
    code = main(["seating", "--db", str(sample_db_path), "--item", str(dinner), "--format", "csv"])
    assert code == 0
    out = capsys.readouterr().out
    assert out.startswith("table,seat,person,left_neighbour,right_neighbour\r\n")
    rows = _rows(out)
    assert len(rows) == 28  # two round tables of 14
    jung = next(row for row in rows if row["person"] == "Burkhard Jung")
    assert (jung["table"], jung["seat"]) == ("1", "1")
    assert jung["right_neighbour"] == "Kang Gi-jung (강기정)"
    kang = next(row for row in rows if row["person"] == "Kang Gi-jung (강기정)")
    assert kang["left_neighbour"] == "Burkhard Jung"
    # The interpreters sit beside their principals.
    assert jung["left_neighbour"] == "Jiyoung Müller (뮐러 지영)"
    assert kang["right_neighbour"] == "Baek Seo-yeon (백서연)"
    # An empty seat has no person and no neighbours.
    assert [row for row in rows if not row["person"]] == [
        row for row in rows if not row["person"] and not row["left_neighbour"]
    ]


def test_names_follow_the_language(sample_db_path: Path, capsys) -> None:
    dinner = _items(sample_db_path)["Begrüßungsabendessen"]
    assert main(["seating", "--db", str(sample_db_path), "--item", str(dinner), "--lang", "ko"]) == 0
    jung = next(row for row in _rows(capsys.readouterr().out) if row["person"] == "Burkhard Jung")
    assert jung["right_neighbour"] == "강기정"


def test_an_unknown_item_or_one_without_a_plan_is_a_clear_error(
    sample_db_path: Path, capsys
) -> None:
    assert main(["seating", "--db", str(sample_db_path), "--item", "999"]) == 2
    assert capsys.readouterr().err.strip() == (
        "exchange-planner: seating: There is no program item #999."
    )
    lunch = _items(sample_db_path)["Mittagessen"]
    assert main(["seating", "--db", str(sample_db_path), "--item", str(lunch)]) == 2
    err = capsys.readouterr()
    assert err.out == ""
    assert err.err.strip() == (
        f"exchange-planner: seating: Program item #{lunch} “Mittagessen” has no seating plan."
    )
