"""No room on the disk, or a disk error, while creating, opening or saving to a database: one
plain message (``explain_sqlite_error``), the previous database intact, nothing half-made.

The real cases run on a small tmpfs (root on Linux only); a disk I/O error is simulated."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from exchange_planner.domain.errors import DatabaseWriteError
from exchange_planner.services.registry import Services
from exchange_planner.storage import database as database_module
from exchange_planner.storage.database import explain_sqlite_error, open_database
from full_disk import fill, run_cli

pytestmark = pytest.mark.sqlite_only

NO_ROOM = "There is no room left on the disk for {path} ("
NO_ROOM_END = " free); free some space and try again; nothing was changed"


def _no_room(message: str, path: Path) -> bool:
    return (
        message.startswith(NO_ROOM.format(path=path))
        and message.endswith(NO_ROOM_END)
        and "\n" not in message
    )


def _notes(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT notes FROM visit WHERE id = 1").fetchone()[0]
    finally:
        connection.close()


# --- (a) creating a new database ----------------------------------------------------------------
def test_creating_a_database_on_a_full_disk_leaves_no_file(
    small_disk: Callable[[str], Path],
) -> None:
    disk = small_disk("2m")
    fill(disk)
    target = disk / "new.sqlite3"
    with pytest.raises(DatabaseWriteError) as caught:
        open_database(target)
    assert _no_room(str(caught.value), target), str(caught.value)
    assert sorted(os.listdir(disk)) == ["filler"]


def test_the_demo_command_on_a_full_disk(small_disk: Callable[[str], Path]) -> None:
    disk = small_disk("2m")
    fill(disk)
    target = disk / "sample.sqlite3"
    result = run_cli("demo", str(target))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and _no_room(lines[0].removeprefix("exchange-planner: "), target)
    assert sorted(os.listdir(disk)) == ["filler"]


def test_a_database_that_runs_out_of_room_while_being_made_is_not_left(
    small_disk: Callable[[str], Path],
) -> None:
    """Room for the first tables, not for all: no half-migrated file under the name."""
    disk = small_disk("160k")
    target = disk / "new.sqlite3"
    with pytest.raises(DatabaseWriteError) as caught:
        open_database(target)
    assert _no_room(str(caught.value), target), str(caught.value)
    assert os.listdir(disk) == []


# --- (b) opening an existing database: no room for its WAL and SHM files ------------------------
def test_opening_on_a_full_disk_says_so_and_keeps_the_file(
    small_disk: Callable[[str], Path],
    sample_template: Path,
) -> None:
    disk = small_disk("2m")
    path = disk / "plans.sqlite3"
    path.write_bytes(sample_template.read_bytes())
    before = path.read_bytes()
    fill(disk)
    result = run_cli("list", "visits", "--db", str(path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and _no_room(lines[0].removeprefix("exchange-planner: "), path)
    with pytest.raises(DatabaseWriteError) as caught:
        open_database(path)
    assert _no_room(str(caught.value), path)
    assert path.read_bytes() == before


# --- (c) saving an edit -------------------------------------------------------------------------
def test_saving_on_a_full_disk_changes_nothing_and_works_once_there_is_room(
    small_disk: Callable[[str], Path],
    sample_template: Path,
) -> None:
    disk = small_disk("2m")
    path = disk / "plans.sqlite3"
    path.write_bytes(sample_template.read_bytes())
    db = open_database(path)
    try:
        services = Services.for_database(db)
        before = services.visits.get(1).notes
        filler = fill(disk)
        long_notes = ("Seating plan for the reception. " * 300).strip()
        with pytest.raises(DatabaseWriteError) as caught:
            services.visits.update(1, notes=long_notes)
        assert _no_room(str(caught.value), path), str(caught.value)
        assert services.visits.get(1).notes == before
        assert _notes(path) == before
        filler.unlink()
        services.visits.update(1, notes=long_notes)
        assert services.visits.get(1).notes == long_notes
    finally:
        db.dispose()
    assert _notes(path) == long_notes


def test_a_writing_command_on_a_full_disk(
    small_disk: Callable[[str], Path],
    sample_db_path: Path,
    tmp_path: Path,
) -> None:
    exchange = tmp_path / "exchange.json"
    assert run_cli("export", "--db", str(sample_db_path), "-o", str(exchange)).returncode == 0
    disk = small_disk("2m")
    target = disk / "plans.sqlite3"
    open_database(target).dispose()
    before = target.read_bytes()
    fill(disk)
    result = run_cli("import", "--db", str(target), str(exchange))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and _no_room(lines[0].removeprefix("exchange-planner: "), target)
    (disk / "filler").unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    assert target.read_bytes() == before


# --- (d) a disk I/O error (simulated) and the mapping itself ------------------------------------
def _failing_writes(monkeypatch: pytest.MonkeyPatch, message: str, code: int) -> None:
    real = database_module._WaitingCursor._run

    def run(self, method, sql, parameters):  # type: ignore[no-untyped-def]
        if sql.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
            error = sqlite3.OperationalError(message)
            error.sqlite_errorcode = code  # type: ignore[attr-defined]
            raise error
        return real(self, method, sql, parameters)

    monkeypatch.setattr(database_module._WaitingCursor, "_run", run)


def test_a_disk_error_while_saving_is_named_and_changes_nothing(
    sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(sample_db_path)
    try:
        services = Services.for_database(db)
        before = services.visits.get(1).title
        _failing_writes(monkeypatch, "disk I/O error", 778)  # SQLITE_IOERR_WRITE
        with pytest.raises(DatabaseWriteError) as caught:
            services.visits.update(1, title="Not saved")
        message = str(caught.value)
        assert message.startswith(
            f"The disk reported an error while reading or writing {sample_db_path}"
        )
        assert "nothing was changed" in message and "\n" not in message
        monkeypatch.undo()
        assert services.visits.get(1).title == before
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("message", "code", "expected"),
    [
        ("database or disk is full", 13, "There is no room left on the disk"),
        ("disk I/O error", 4874, "The disk reported an error"),  # SQLITE_IOERR_SHMSIZE
        ("database is locked", 5, "is locked by another program"),
    ],
)
def test_write_problems_are_explained_in_one_place(
    message: str, code: int, expected: str, tmp_path: Path
) -> None:
    import sqlalchemy as sa

    original = sqlite3.OperationalError(message)
    original.sqlite_errorcode = code  # type: ignore[attr-defined]
    error = sa.exc.OperationalError("UPDATE visit", {}, original)
    explained = explain_sqlite_error(error, tmp_path / "plans.sqlite3")
    assert explained is not None and expected in str(explained)
    assert str(tmp_path / "plans.sqlite3") in str(explained)
