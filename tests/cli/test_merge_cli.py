"""``exchange-planner import --merge`` and ``export --visit``: the partner office's file on the
command line, with its preview lines, --dry-run and the refusal on conflicts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exchange_planner.cli import main
from exchange_planner.services import interchange
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _services_of(path: Path) -> Services:
    return Services.for_database(open_database(path))


def _partner_file(original: Path, tmp_path: Path, *, notes: str = "") -> Path:
    """Export everything, make the partner's database of it, edit there, export the visit."""
    assert main(["export", "--db", str(original), "-o", str(tmp_path / "all.json")]) == 0
    partner = tmp_path / "gwangju.sqlite3"
    assert main(["import", "--db", str(partner), str(tmp_path / "all.json")]) == 0
    s = _services_of(partner)
    try:
        visit = s.visits.list()[0]
        person = s.people.create(family_name="Park", given_name="Ji-woo")
        s.members.create(visit_id=visit.id, person_id=person.id, role="staff")
        member = s.members.list_where(s.members.model.visit_id, visit.id)[1]
        s.members.update(member.id, arrival=datetime(2023, 7, 9, 23, 15, tzinfo=UTC))
        assert visit.hotel_id is not None
        s.venues.update(visit.hotel_id, name="Hotel am Ring")
        if notes:
            s.visits.update(visit.id, notes=notes)
        visit_id = visit.id
    finally:
        s.db.dispose()
    target = tmp_path / "visit.json"
    assert main(["export", "--db", str(partner), "--visit", str(visit_id), "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["scope"] == "visit"
    return target


def _plan(path: Path) -> dict[str, object]:
    db = open_database(path)
    try:
        return interchange.plan_of(interchange.export_document(db))
    finally:
        db.dispose()


def test_dry_run_prints_the_preview_and_changes_nothing(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent = _partner_file(sample_db_path, tmp_path)
    before = _plan(sample_db_path)
    capsys.readouterr()
    args = ["import", "--merge", "--db", str(sample_db_path), str(sent), "--dry-run"]
    assert main(args) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert any(
        line.startswith("new") and "person Park Ji-woo: family_name: Park" in line for line in lines
    )
    assert any(
        line.startswith("new") and "visit_member Park Ji-woo" in line and "role: staff" in line
        for line in lines
    )
    assert any(
        line.startswith("changed") and "arrival:" in line and "→ 2023-07-09T23:15:00Z" in line
        for line in lines
    )
    assert any("name: Hotel am Ring (Beispiel) → Hotel am Ring" in line for line in lines)
    assert "2 new, 2 changed, 0 conflicting; nothing was merged (--dry-run)" in err
    assert _plan(sample_db_path) == before


def test_merge_applies_the_file(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent = _partner_file(sample_db_path, tmp_path)
    assert main(["import", "--merge", "--db", str(sample_db_path), str(sent)]) == 0
    assert "Merged 2 new, 2 changed" in capsys.readouterr().err
    s = _services_of(sample_db_path)
    try:
        assert any(p.family_name == "Park" for p in s.people.list())
        assert any(v.name == "Hotel am Ring" for v in s.venues.list())
    finally:
        s.db.dispose()
    # Merged again: nothing left to do.
    assert main(["import", "--merge", "--db", str(sample_db_path), str(sent)]) == 0
    assert "0 new, 0 changed, 0 conflicting" in capsys.readouterr().err


def test_conflicts_exit_1_and_nothing_is_applied(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent = _partner_file(sample_db_path, tmp_path, notes="Gwangju: two more staff")
    s = _services_of(sample_db_path)
    try:
        s.visits.update(s.visits.list()[0].id, notes="Leipzig: bus booked")
    finally:
        s.db.dispose()
    before = _plan(sample_db_path)
    capsys.readouterr()
    assert main(["import", "--merge", "--db", str(sample_db_path), str(sent)]) == 1
    out, err = capsys.readouterr()
    (line,) = [line for line in out.splitlines() if line.startswith("conflict")]
    assert "notes: Leipzig: bus booked → Gwangju: two more staff" in line
    assert "changed here by" in line
    assert "Nothing was merged" in err
    assert _plan(sample_db_path) == before


def test_an_older_file_is_refused_for_a_merge(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = Path(__file__).parents[1] / "services" / "exchange_v1.json"
    assert main(["import", "--merge", "--db", str(sample_db_path), str(old)]) == 2
    assert "format version 1, which has no record identities" in capsys.readouterr().err


def test_export_of_a_missing_visit_is_refused(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "--db", str(sample_db_path), "--visit", "999", "-o", str(tmp_path / "x")]
    assert main(args) == 2
    assert "no visit #999" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
