"""``exchange-planner privacy`` on a copy of the sample, through the real ``main()``: the
report, the erasure of the 2023 visit's health data with its export written first, the
history showing ``[erased]``, the settings; a read-only database refused before any export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from exchange_planner.cli import main
from exchange_planner.domain.retention import ERASED
from exchange_planner.services import privacy as privacy_module
from exchange_planner.storage.database import open_database
from exchange_planner.storage.tables import Person, Visit, VisitMember
from hostile_files import snapshot
from read_only_files import KINDS, read_only

TODAY = "2026-12-03"
HEALTH = ("dietary_notes", "accessibility_notes", "dietary_requirements", "notes_consent_on")


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """``exchange-planner demo x.sqlite3`` in a folder of its own."""
    data = tmp_path / "data"
    data.mkdir()
    path = data / "x.sqlite3"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


def health_of_2023_members(path: Path) -> dict[int, dict[str, object]]:
    """The health fields of the members of the visit that ended 2023-07-27."""
    db = open_database(path)
    try:
        with db.session() as session:
            (visit,) = [v for v in session.query(Visit).all() if str(v.end_date) == "2023-07-27"]
            people = {}
            for member in session.query(VisitMember).filter_by(visit_id=visit.id).all():
                person = session.get(Person, member.person_id)
                assert person is not None
                people[person.id] = {
                    name: getattr(person, name) for name in (*HEALTH, "notes_consent")
                }
                people[person.id]["family_name"] = person.family_name
            return people
    finally:
        db.dispose()


def test_report_lists_what_is_due_without_the_values(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["privacy", "--db", str(demo), "report", "--as-of", TODAY]) == 0
    out = capsys.readouterr().out
    assert "health: kept 3 months after the last visit; due on 2026-12-03" in out
    assert "dietary notes" in out and "2023-10-27" in out
    assert "Kein Schweinefleisch" not in out  # what is due, not the data itself
    assert (
        main(["privacy", "report", "--db", str(demo), "--format", "csv", "--category", "health"])
        == 0
    )
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["category", "person", "field", "visit", "visit ended", "due since"]
    assert rows[1:] and {row[0] for row in rows[1:]} == {"health"}


def test_erase_health_of_the_2023_visit_export_first_history_redacted(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = health_of_2023_members(demo)
    noted = {pid: v for pid, v in before.items() if v["dietary_notes"]}
    assert noted, "the sample's 2023 visit has members with dietary notes"
    export = tmp_path / "archive.json"
    order: list[str] = []
    real_redact = privacy_module._redact

    def redact(*args):  # type: ignore[no-untyped-def]
        order.append("export there" if export.exists() else "no export yet")
        return real_redact(*args)

    monkeypatch.setattr(privacy_module, "_redact", redact)
    status = main(
        [
            "privacy",
            "--db",
            str(demo),
            "erase",
            "--category",
            "health",
            "--before",
            TODAY,
            "-o",
            str(export),
            "--yes",
        ]
    )
    out = capsys.readouterr()
    assert status == 0, out.err
    assert order == ["export there"]  # written before the data was removed
    assert f"Export written to {export}" in out.out and "Erased" in out.out
    document = json.loads(export.read_text("utf-8"))
    listed = {(i["person_id"], i["field"]): i["value"] for i in document["items"]}
    for person_id, values in noted.items():
        assert listed[(person_id, "dietary_notes")] == values["dietary_notes"]
    for person_id, values in before.items():  # the codes (no_pork, vegetarian, nut_allergy)
        for name in HEALTH:
            if values[name]:
                assert listed[(person_id, name)] == str(values[name]), (person_id, name)
    assert {i["visit"] for i in document["items"]} >= {
        "Offizieller Besuch der Delegation aus Gwangju"
    }
    after = health_of_2023_members(demo)
    for person_id, values in after.items():
        assert all(not values[name] for name in (*HEALTH, "notes_consent")), values
        assert values["family_name"] == before[person_id]["family_name"]  # names are kept
    # The history of a person shows the change, the removed value redacted.
    person_id = next(iter(noted))
    assert main(["history", "--db", str(demo), "--person", str(person_id)]) == 0
    history = capsys.readouterr().out
    assert ERASED in history and "dietary notes" in history
    assert str(noted[person_id]["dietary_notes"]) not in history
    assert main(["history", "--db", str(demo), "--person", str(person_id), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    (change,) = [r for r in rows if r["field"] == "dietary_notes"]
    assert (change["old"], change["new"], change["action"]) == (ERASED, "", "update")
    # The visit's own history (program, gifts, guestbook) is still there.
    assert main(["history", "--db", str(demo), "--visit", "1"]) == 0
    assert "program item" in capsys.readouterr().out
    # The erasure is on record: who, what, how much, where the export went.
    assert main(["privacy", "runs", "--db", str(demo)]) == 0
    runs = capsys.readouterr().out
    assert "health" in runs and str(export) in runs and TODAY in runs
    # Run again: nothing due any more, nothing written.
    again = tmp_path / "again.json"
    assert (
        main(
            [
                "privacy",
                "erase",
                "--db",
                str(demo),
                "--category",
                "health",
                "--before",
                TODAY,
                "-o",
                str(again),
                "--yes",
            ]
        )
        == 0
    )
    assert "nothing was exported or erased" in capsys.readouterr().out
    assert not again.exists()


def test_erase_without_yes_and_no_terminal_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "e.json"
    status = main(
        [
            "privacy",
            "erase",
            "--db",
            str(demo),
            "--category",
            "health",
            "--before",
            TODAY,
            "-o",
            str(export),
        ]
    )
    assert status == 2
    assert "give --yes" in capsys.readouterr().err
    assert not export.exists()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_refused_before_any_export(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, what: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    export = out / "export.json"
    before = snapshot(demo.parent)
    with read_only(demo if what == "file" else demo.parent, kind):
        status = main(
            [
                "privacy",
                "--db",
                str(demo),
                "erase",
                "--category",
                "health",
                "--before",
                TODAY,
                "-o",
                str(export),
                "--yes",
            ]
        )
    captured = capsys.readouterr()
    assert status == 2, captured
    assert "read-only" in captured.err and "nothing was exported or erased" in captured.err
    assert "Traceback" not in captured.err
    assert list(out.iterdir()) == []  # no export, not even a temporary file
    assert snapshot(demo.parent) == before


def test_bad_input_is_one_line_with_status_2(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "old.json"
    existing.write_text("{}", "utf-8")
    assert (
        main(
            [
                "privacy",
                "erase",
                "--db",
                str(demo),
                "--category",
                "health",
                "--before",
                TODAY,
                "-o",
                str(existing),
                "--yes",
            ]
        )
        == 2
    )
    assert "never overwritten" in capsys.readouterr().err
    assert existing.read_text("utf-8") == "{}"
    assert (
        main(
            [
                "privacy",
                "erase",
                "--db",
                str(demo),
                "--category",
                "health",
                "--before",
                "2999-01-01",
                "-o",
                str(tmp_path / "n.json"),
                "--yes",
            ]
        )
        == 2
    )
    assert "after today" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["privacy", "erase", "--db", str(demo), "--category", "passports", "--before", TODAY])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        main(["privacy", "report", "--db", str(demo), "--as-of", "3.12.2026"])
    assert "is not a date (YYYY-MM-DD)" in capsys.readouterr().err


def test_settings_show_and_set_the_retention(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["privacy", "--db", str(demo), "settings"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "contact: 36 months after the last visit",
        "travel: 6 months after the last visit",
        "health: 3 months after the last visit",
    ]
    assert (
        main(["privacy", "settings", "--db", str(demo), "--health", "48", "--contact", "60"]) == 0
    )
    assert "health: 48 months" in capsys.readouterr().out
    # 48 months after 2023-07-27 is in 2027: nothing of the health data is due today.
    assert (
        main(["privacy", "--db", str(demo), "report", "--as-of", TODAY, "--category", "health"])
        == 0
    )
    assert "nothing is due on 2026-12-03" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["privacy", "settings", "--db", str(demo), "--travel", "-3"])
