"""Durability against a killed process: every edit reported as committed is still there after
kill -9 (the write-ahead log with ``synchronous=FULL``; a power loss cannot be tested here)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only

WRITER = """
import sys
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
visits = Services.for_database(open_database(sys.argv[1])).visits
i = 0
while True:
    i += 1
    visits.update(1, title=f"edit {i}")
    print(i, flush=True)
"""


def test_committed_edits_survive_kill_9(sample_db_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(sample_db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    last = 0
    try:
        for line in process.stdout:
            last = int(line)
            if last >= 40:
                break
        process.send_signal(signal.SIGKILL)
        for line in process.stdout:  # commits reported before the kill took effect
            last = int(line)
    finally:
        process.kill()
        process.wait(timeout=30)
    assert last >= 40
    connection = sqlite3.connect(sample_db_path)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        title = connection.execute("SELECT title FROM visit WHERE id = 1").fetchone()[0]
    finally:
        connection.close()
    # The stored edit is the last one reported, or one that committed just before the kill.
    assert title.startswith("edit ")
    assert int(title.removeprefix("edit ")) >= last


def test_commits_are_synced_for_power_loss(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
