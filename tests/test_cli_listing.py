"""``list`` through an opened database (a URL: SQLite or, in the postgres run, PostgreSQL)
prints what the services' records give, and a file named by $EXCHANGE_PLANNER_DB is read
directly like one given with ``--db``."""

from __future__ import annotations

from pathlib import Path

import pytest

from exchange_planner.cli import main
from exchange_planner.cli.core import _print_table
from exchange_planner.domain.names import latin_name, own_script_name
from exchange_planner.services import listing
from exchange_planner.services.registry import Services

HEADERS = {
    "visits": ("id", "title", "dates", "status"),
    "residencies": ("id", "title", "dates", "status"),
    "exhibitions": ("id", "title", "dates", ""),
    "people": ("id", "name", "own script", "title"),
}


def expected(services: Services, kind: str) -> list[tuple[object, ...]]:
    """The rows ``list KIND`` printed when it read the services' records."""
    if kind == "visits":
        return [
            (v.id, v.title, f"{v.start_date}–{v.end_date}", v.status.value)
            for v in services.visits.list()
        ]
    if kind == "residencies":
        return [
            (r.id, r.title, f"{r.start_date}–{r.end_date}", r.status.value)
            for r in services.residencies.list()
        ]
    if kind == "exhibitions":
        return [
            (e.id, e.title, f"{e.start_date}–{e.end_date}", "") for e in services.exhibitions.list()
        ]
    return [(p.id, latin_name(p), own_script_name(p), p.title) for p in services.people.list()]


@pytest.mark.parametrize("kind", listing.KINDS)
def test_list_of_a_database_url_prints_the_services_records(
    kind: str, services: Services, sample_ids: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url = services.db.url  # sqlite:///... or postgresql+psycopg://...
    assert main(["list", kind, "--db", url]) == 0
    out = capsys.readouterr().out
    rows = expected(services, kind)
    assert rows
    _print_table(HEADERS[kind], rows)
    assert out == capsys.readouterr().out


@pytest.mark.sqlite_only
def test_a_file_named_by_the_environment_is_read_directly(
    sample_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EXCHANGE_PLANNER_DB", str(sample_db_path))
    monkeypatch.setattr("exchange_planner.cli.common.open_db", None)  # opening would fail
    assert main(["list", "visits"]) == 0
    assert "Offizieller Besuch der Delegation aus Gwangju" in capsys.readouterr().out
