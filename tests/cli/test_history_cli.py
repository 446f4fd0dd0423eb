"""``exchange-planner history``: the change history of a visit or a residency."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from full_disk import run_cli


def _two_users_edit(path):  # type: ignore[no-untyped-def]
    """anna renames the visit, then ben moves its first programme item (and names a formula)."""
    anna_db, ben_db = open_database(path), open_database(path)
    anna_db.user, ben_db.user = "anna", "ben"
    try:
        anna, ben = Services.for_database(anna_db), Services.for_database(ben_db)
        visit = anna.visits.list()[0]
        anna.visits.update(visit.id, title="=HYPERLINK(1)")
        item = ben.program.for_visit(visit.id)[0]
        ben.program.update(item.id, starts_at=item.starts_at + timedelta(minutes=30))
        return visit.id, item.title
    finally:
        anna_db.dispose()
        ben_db.dispose()


def test_history_shows_both_users_in_order(folders):
    path, _out = folders
    visit_id, item_title = _two_users_edit(path)
    result = run_cli("history", "--db", str(path), "--visit", str(visit_id))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["when", "(UTC)", "who", "what"]
    anna = next(i for i, line in enumerate(lines) if "  anna  " in line)
    ben = next(i for i, line in enumerate(lines) if "  ben  " in line)
    assert anna < ben == len(lines) - 1
    assert "visit: =HYPERLINK(1)" in lines[anna] and "changed  title" in lines[anna]
    assert "Offizieller Besuch der Delegation aus Gwangju" in lines[anna]
    assert f"program item: {item_title}" in lines[ben]
    assert "2023-07-25 17:40 CEST" in lines[ben] and "2023-07-25 18:10 CEST" in lines[ben]


def test_history_as_csv_is_guarded_and_in_order(folders):
    path, _out = folders
    visit_id, _title = _two_users_edit(path)
    result = run_cli("history", "--db", str(path), "--visit", str(visit_id), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0] == ["at", "user", "kind", "record_id", "record", "action", "field", "old", "new"]
    assert [row[1] for row in rows[-2:]] == ["anna", "ben"]
    assert rows[-2][2:] == [
        "visit",
        str(visit_id),
        "'=HYPERLINK(1)",
        "update",
        "title",
        "Offizieller Besuch der Delegation aus Gwangju",
        "'=HYPERLINK(1)",
    ]
    assert rows[-1][2] == "program_item" and rows[-1][6] == "starts_at"
    assert [row[0] for row in rows[1:]] == sorted(row[0] for row in rows[1:])


def test_history_of_a_residency(folders):
    path, _out = folders
    result = run_cli("history", "--db", str(path), "--residency", "1")
    assert result.returncode == 0, result.stderr
    assert "residency: Martin Reich im Gwangju Museum of Art" in result.stdout
    assert "program item" not in result.stdout


def test_history_errors_are_one_line_with_status_2(folders):
    path, _out = folders
    missing = run_cli("history", "--db", str(path), "--visit", "999")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "exchange-planner: There is no visit #999"
    neither = run_cli("history", "--db", str(path))
    assert neither.returncode == 2
    assert neither.stderr.strip() == (
        "exchange-planner: history: give --visit ID, --residency ID or --person ID"
    )
    both = run_cli("history", "--db", str(path), "--visit", "1", "--residency", "1")
    assert both.returncode == 2
    assert both.stderr.strip().endswith(
        "give one of --visit ID, --residency ID or --person ID, not several"
    )
    assert "Traceback" not in missing.stderr + neither.stderr + both.stderr
