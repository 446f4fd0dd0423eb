import csv
import io

import pytest

from exchange_planner.cli import main


def test_balance_table_on_the_sample(sample_db_path, capsys):
    assert main(["balance", "--db", str(sample_db_path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Partnership with Gwangju (since 2011)"
    row_2023 = next(line.split() for line in lines if line.startswith("2023"))
    # year, sent, received, pending, hosted, made, given, received, values
    assert row_2023[:8] == ["2023", "1", "0", "0", "1", "0", "1", "3"]
    row_2024 = next(line.split() for line in lines if line.startswith("2024"))
    assert row_2024 == ["2024", "0", "1", "1", "0", "0", "0", "0"]
    assert "Offizieller Besuch der Delegation aus Gwangju" in out.split("Open exchanges:")[1]
    assert "Martin Reich" not in out.split("Open exchanges:")[1]


def test_balance_csv_and_partnership_filter(sample_db_path, capsys):
    assert (
        main(["balance", "--db", str(sample_db_path), "--partnership", "1", "--format", "csv"]) == 0
    )
    text = capsys.readouterr().out
    years, opens = text.split("\r\n\r\n")
    rows = list(csv.DictReader(io.StringIO(years)))
    assert [r["year"] for r in rows] == ["2023", "2024", "total"]
    assert rows[0]["value_given"] == "185.00 EUR"
    assert rows[1]["residencies_received"] == "1" and rows[1]["residencies_pending"] == "1"
    open_rows = list(csv.DictReader(io.StringIO(opens)))
    assert [(r["kind"], r["date"]) for r in open_rows] == [("visit_not_returned", "2023-07-25")]


def test_unknown_partnership_is_a_clear_error(sample_db_path, capsys):
    assert main(["balance", "--db", str(sample_db_path), "--partnership", "42"]) == 2
    assert "no partnership #42" in capsys.readouterr().err


def test_bad_format_is_refused(sample_db_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["balance", "--db", str(sample_db_path), "--format", "xml"])
    assert exit.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
