"""exchange-planner export-ics on the sample."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from exchange_planner.cli import main


def test_export_visit_range_and_residency(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "visit.ics"
    assert main(["export-ics", "--db", str(sample_db_path), "--visit", "1", "-o", str(out)]) == 0
    assert "12 event(s)" in capsys.readouterr().out
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 12

    out = tmp_path / "july.ics"
    args = ["export-ics", "--db", str(sample_db_path), "--from", "2023-07-01", "--to", "2023-07-31"]
    assert main([*args, "-o", str(out)]) == 0
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 14

    out = tmp_path / "res.ics"
    assert (
        main(["export-ics", "--db", str(sample_db_path), "--residency", "2", "-o", str(out)]) == 0
    )
    assert b"DTSTART;VALUE=DATE:20240901" in out.read_bytes()


def test_bad_input_names_the_field(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.ics"
    assert (
        main(["export-ics", "--db", str(sample_db_path), "--from", "2023-07-01", "-o", str(out)])
        == 2
    )
    assert "--to" in capsys.readouterr().err
    assert main(["export-ics", "--db", str(sample_db_path), "--visit", "999", "-o", str(out)]) == 2
    assert "visit #999" in capsys.readouterr().err
    args = ["export-ics", "--db", str(sample_db_path), "--from", "2023-07-31", "--to", "2023-07-01"]
    assert main([*args, "-o", str(out)]) == 2
    assert not out.exists()
