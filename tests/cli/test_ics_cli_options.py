"""export-ics on the sample: one member's calendar, reminders, the language, an empty range."""

from __future__ import annotations

import io
from pathlib import Path

import vobject
from icalendar import Calendar

from exchange_planner.cli import main


def export(db: Path, *args: str) -> int:
    """The exit status (argparse's own refusals exit through SystemExit)."""
    try:
        return main(["export-ics", "--db", str(db), *args])
    except SystemExit as stop:
        return int(stop.code or 0)


def test_member_calendar_with_reminders_in_korean(
    sample_db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    whole = tmp_path / "visit.ics"
    assert export(sample_db_path, "--visit", "1", "-o", str(whole)) == 0
    assert "12 event(s)" in capsys.readouterr().out
    out = tmp_path / "press.ics"
    args = ["--visit", "1", "--person", "24", "--alarm-minutes", "20", "--lang", "ko"]
    assert export(sample_db_path, *args, "-o", str(out)) == 0
    assert "11 event(s)" in capsys.readouterr().out
    calendar = Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 11
    assert str(calendar["x-wr-calname"]).endswith("안재현 님")
    assert str(calendar["method"]) == "PUBLISH"
    assert {str(e["uid"]) for e in events} < {
        str(e["uid"]) for e in Calendar.from_ical(whole.read_bytes()).walk("VEVENT")
    }
    for event in events:
        assert str(event["description"]).startswith("방문: ")
        (alarm,) = event.walk("VALARM")
        assert alarm["trigger"].to_ical() == b"-PT20M"
        assert str(event["organizer"]) == "mailto:protocol@example.org"
    read = vobject.readOne(io.StringIO(out.read_text("utf-8")))
    assert len(read.vevent_list) == 11


def test_an_empty_range_writes_a_valid_calendar_and_says_so(
    sample_db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "empty.ics"
    args = ["--from", "2031-01-01", "--to", "2031-01-31", "-o", str(out)]
    assert export(sample_db_path, *args) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("0 event(s) written to")
    assert "nothing is planned from 2031-01-01 to 2031-01-31" in captured.err
    assert "empty calendar" in captured.err
    calendar = Calendar.from_ical(out.read_bytes())
    assert calendar.walk("VEVENT") == [] and "method" not in calendar
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    # A range with events says nothing on stderr.
    assert export(sample_db_path, "--from", "2023-07-01", "--to", "2023-07-31", "-o", str(out)) == 0
    assert capsys.readouterr().err == ""


def test_help_names_the_options_and_the_empty_case(capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        main(["export-ics", "--help"])
    except SystemExit as stop:
        assert stop.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for option in ("--person", "--alarm-minutes", "--lang"):
        assert option in text
    assert "valid calendar file" in text and "exits with status 0" in text


def test_bad_options_are_refused_and_write_nothing(
    sample_db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.ics"
    cases = [
        (["--visit", "1", "--alarm-minutes", "-5"], "--alarm-minutes"),
        (["--visit", "1", "--alarm-minutes", "soon"], "--alarm-minutes"),
        (["--visit", "1", "--alarm-minutes", "20000"], "--alarm-minutes"),
        (["--residency", "2", "--person", "24"], "--person"),
        (["--visit", "1", "--person", "1"], "--person"),  # the Lord Mayor is no member
        (["--visit", "1", "--person", "9999"], "person #9999"),
        (["--visit", "1", "--lang", "fr"], "--lang"),
    ]
    for args, named in cases:
        assert export(sample_db_path, *args, "-o", str(out)) == 2, args
        assert named in capsys.readouterr().err, args
        assert not out.exists()
