"""Reading commands on a file they cannot use: exit status 2, one line, nothing changed.

(A read-only file or folder is usable: it opens read-only, see test_read_only_cli.py.)
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_planner.cli import main
from exchange_planner.storage import database as database_module
from hostile_files import CASES, snapshot

#: Each reading command, its arguments after ``--db PATH``; outputs go to the folder OUT.
COMMANDS: dict[str, list[str]] = {
    "list": ["list", "visits"],
    "print": ["print", "itinerary", "--visit", "1", "-o", "OUT/itinerary.pdf"],
    "export": ["export", "-o", "OUT/plans.json"],
    "export-ics": ["export-ics", "--visit", "1", "-o", "OUT/visit.ics"],
    "conflicts": ["conflicts"],
    "balance": ["balance"],
}

#: case → words of its message (the file cases of the storage tests, plus two made here)
MESSAGES = {name: words for name, (_, _, words) in CASES.items()}
MESSAGES["locked"] = "is locked by another program; try again"


def arguments(command: str, db: Path, out: Path) -> list[str]:
    return [
        "--db",
        str(db),
        *(argument.replace("OUT", str(out)) for argument in COMMANDS[command]),
    ]


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs wait 0.1 s for a lock instead of 5 s; the outcome is the same."""
    original = database_module._on_sqlite_connect

    def connect(dbapi_connection: sqlite3.Connection, record: object) -> None:
        original(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA busy_timeout=100")

    monkeypatch.setattr(database_module, "_on_sqlite_connect", connect)


def lock(path: Path) -> sqlite3.Connection:
    """Another writer: a rollback-journal database with BEGIN IMMEDIATE held."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


@pytest.fixture
def spoil(request: pytest.FixtureRequest, folders: tuple[Path, Path]) -> Iterator[str]:
    case = request.param
    path, _ = folders
    holder = None
    if case == "locked":
        holder = lock(path)
    else:
        CASES[case][0](path)
    yield case  # (snapshots in this process do not matter to SQLite's own lock bookkeeping)
    if holder is not None:
        holder.rollback()
        holder.close()


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("spoil", list(MESSAGES), indirect=True)
def test_reading_command_refuses_an_unusable_database(
    spoil: str, command: str, folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = folders
    before = snapshot(path.parent)
    status = main(arguments(command, path, out))
    err = capsys.readouterr().err
    assert status == 2, err
    assert MESSAGES[spoil] in err
    assert str(path) in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert snapshot(path.parent) == before  # bytes, -wal/-shm and backups as they were
    assert list(out.iterdir()) == []  # no output written either


#: A representative subset as real processes (each start takes seconds), commands rotating.
SUBPROCESS_RUNS = [
    ("zero-bytes", "list"),
    ("corrupt", "print"),
    ("newer", "export"),
    ("foreign-sqlite", "conflicts"),
    ("locked", "balance"),
]


@pytest.mark.parametrize(("case", "command"), SUBPROCESS_RUNS)
def test_reading_command_as_a_process(case: str, command: str, folders: tuple[Path, Path]) -> None:
    path, out = folders
    holder = None
    if case != "locked":
        CASES[case][0](path)
    if case == "locked":
        lock(path).close()  # switch to a rollback journal first, then snapshot, then lock
    # Taken before the lock: reading the file in this process would drop its POSIX locks.
    before = snapshot(path.parent)
    if case == "locked":
        holder = lock(path)
    line = [sys.executable, "-m", "exchange_planner"]
    try:
        result = subprocess.run(
            [*line, *arguments(command, path, out)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
    finally:
        if holder is not None:
            holder.rollback()
            holder.close()
    assert result.returncode == 2, result.stderr
    assert MESSAGES[case] in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert snapshot(path.parent) == before
    assert list(out.iterdir()) == []


def test_reading_commands_read_a_wal_database_while_another_program_writes(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """WAL lets readers go on beside a writer: listing works and changes nothing."""
    path, out = folders
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = snapshot(path.parent)
        assert main(arguments("list", path, out)) == 0
        assert "Gwangju" in capsys.readouterr().out
        assert snapshot(path.parent) == before
    finally:
        holder.rollback()
        holder.close()
