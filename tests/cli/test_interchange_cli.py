"""``exchange-planner export`` and ``import``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from exchange_planner.cli import main


def _export(db: Path, target: Path) -> str:
    assert main(["export", "--db", str(db), "-o", str(target)]) == 0
    return target.read_text(encoding="utf-8")


def test_export_then_import_into_a_new_database_round_trips(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _export(sample_db_path, tmp_path / "a.json")
    assert json.loads(first)["format"] == "exchange-planner"
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["import", "--db", str(fresh), str(tmp_path / "a.json")]) == 0
    assert "28 people" in capsys.readouterr().out
    again = json.loads(_export(fresh, tmp_path / "b.json"))
    assert {**again, "origin": None, "base": None} == {**json.loads(first), "origin": None}


def test_export_to_stdout(sample_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_db_path), "export", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["partnerships"][0]["city_native"] == "광주"


def test_import_into_a_database_with_records_is_refused(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _export(sample_db_path, tmp_path / "before.json")
    capsys.readouterr()
    assert main(["import", "--db", str(sample_db_path), str(tmp_path / "before.json")]) == 2
    assert "already holds records" in capsys.readouterr().err
    assert _export(sample_db_path, tmp_path / "after.json") == before


def test_bad_file_names_the_path_exits_2_and_leaves_no_database(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(_export(sample_db_path, tmp_path / "a.json"))
    document["visits"][0]["program"][1]["kind"] = "picnic"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "new.sqlite3"
    capsys.readouterr()
    assert main(["import", "--db", str(target), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "$.visits[0].program[1].kind: 'picnic' is not one of" in err
    assert "Nothing was imported" in err
    assert not target.exists()


def test_malformed_json_and_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["import", "--db", str(tmp_path / "x.sqlite3"), str(bad)]) == 2
    assert "$: not valid JSON" in capsys.readouterr().err
    assert main(["import", "--db", str(tmp_path / "x.sqlite3"), str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite3").exists()


def test_the_installed_command_knows_both_subcommands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "exchange_planner", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "export" in result.stdout and "import" in result.stdout
