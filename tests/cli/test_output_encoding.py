"""The command line prints any script whatever encoding its output stream had."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from exchange_planner.services.registry import Services
from exchange_planner.services.sample import write_sample
from exchange_planner.storage.database import open_database


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
@pytest.mark.parametrize(
    ("command", "expected"),
    [(["list", "people"], "강기정"), (["balance", "--format", "csv"], "Gwangju 광주")],
    ids=["list", "csv"],
)
def test_hangul_prints_into_a_non_utf8_stream(
    tmp_path: Path, encoding: str, command: list[str], expected: str
) -> None:
    """A redirect on Windows writes cp1252: Korean names stopped the command with exit 70."""
    database = write_sample(tmp_path / "sample.sqlite3")
    db = open_database(database)
    try:
        services = Services.for_database(db)
        partnership = services.partnerships.list()[0]
        services.partnerships.update(partnership.id, partner_city="Gwangju 광주")
    finally:
        db.dispose()
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    result = subprocess.run(
        [sys.executable, "-m", "exchange_planner", *command, "--db", str(database)],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr
    text = result.stdout.decode("utf-8")
    assert expected in text
