"""Opening a current database, and reading through the services, imports only what it needs:
no Alembic (the schema check reads ``alembic_version``), no ReportLab, openpyxl, icalendar or
jsonschema (imported when something is printed, imported or exported)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from exchange_planner.storage.database import alembic_config, open_database
from exchange_planner.storage.schema_revision import HEAD_REVISION

HEAVY = ("alembic", "reportlab", "openpyxl", "icalendar", "jsonschema", "PySide6")

READ = """
import json, sys
from datetime import date
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
db = open_database(sys.argv[1])
services = Services.for_database(db)
entries = services.calendar.entries(date(2023, 7, 1), date(2023, 7, 31), "Europe/Berlin")
revision = db.current_revision()
db.dispose()
print(json.dumps({
    "entries": len(entries),
    "revision": revision,
    "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])),
}))
"""


def _open_in_new_process(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", READ, str(path), *HEAVY],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


def test_a_current_database_opens_and_reads_without_the_heavy_modules(
    sample_db_path: Path,
) -> None:
    seen = _open_in_new_process(sample_db_path)
    assert seen["entries"], "the sample's July 2023 has entries"
    assert seen["loaded"] == []


def test_an_older_database_is_still_upgraded_with_alembic(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "older.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
    database.dispose()
    seen = _open_in_new_process(path)
    assert "alembic" in seen["loaded"]
    assert seen["revision"] == HEAD_REVISION
