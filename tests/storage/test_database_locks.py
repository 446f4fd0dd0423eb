"""A database another program keeps locked: writes wait a bounded time, telling the user and
naming the holder, then give up with ``DatabaseLockedError``, changing nothing; WAL readers do
not wait at all. The bound is ``$EXCHANGE_PLANNER_LOCK_TIMEOUT`` (a few seconds here)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_planner.domain.errors import DatabaseLockedError
from exchange_planner.services import interchange
from exchange_planner.services.registry import Services
from exchange_planner.storage import database as database_module
from exchange_planner.storage.database import (
    LOCK_TIMEOUT_ENV,
    Database,
    LockWait,
    lock_holder,
    open_database,
    set_lock_wait_handler,
)
from full_disk import run_cli
from lock_holder import LockHolder, hold_lock

pytestmark = pytest.mark.sqlite_only

BOUND = 1.5


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[LockWait]]:
    """The reports of the waiting handler; a short bound."""
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, str(BOUND))
    seen: list[LockWait] = []
    previous = set_lock_wait_handler(seen.append)
    yield seen
    set_lock_wait_handler(previous)


@pytest.fixture
def sample(sample_db_path: Path) -> Iterator[Database]:
    db = open_database(sample_db_path)
    yield db
    db.dispose()


def _title(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT title FROM visit WHERE id = 1").fetchone()[0]
    finally:
        connection.close()


def _locked(db: Database, mode: str, journal: str) -> LockHolder:
    """The lock of another program; for a rollback journal the file is switched first (this
    process's pooled connections are closed for that, as another program would need)."""
    assert db.path is not None
    if journal == "DELETE":
        db.engine.dispose()
    return hold_lock(db.path, mode, journal)


CASES = [
    ("IMMEDIATE", "keep"),
    ("EXCLUSIVE", "keep"),
    ("IMMEDIATE", "DELETE"),
    ("EXCLUSIVE", "DELETE"),
]
IDS = ["wal-immediate", "wal-exclusive", "rollback-immediate", "rollback-exclusive"]


@pytest.mark.parametrize(("mode", "journal"), CASES, ids=IDS)
def test_a_save_waits_then_names_the_holder_and_changes_nothing(
    mode: str, journal: str, sample: Database, waits: list[LockWait]
) -> None:
    assert sample.path is not None
    services = Services.for_database(sample)
    before = _title(sample.path)
    holder = _locked(sample, mode, journal)
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            services.visits.update(1, title="Renamed while locked")
        message = str(caught.value)
        assert "\n" not in message and str(sample.path) in message
        assert "is locked by another program" in message
        assert f"pid {holder.pid}, locker.py" in message
        assert "nothing was changed" in message
        # The wait was told: first, then steps, then its end; the holder named while waiting.
        assert waits and waits[0].first and waits[-1].done
        assert waits[0].holder == f"pid {holder.pid}, locker.py"
        assert waits[-1].waited >= BOUND
        assert not any(wait.waited > BOUND + 5 for wait in waits)
    finally:
        holder.release()
    assert _title(sample.path) == before
    # Once the other program is done, the same edit goes through.
    services.visits.update(1, title="Renamed after the lock")
    assert _title(sample.path) == "Renamed after the lock"


def test_a_lock_released_during_the_wait_lets_the_save_through(
    sample: Database, waits: list[LockWait], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "60")
    assert sample.path is not None
    holder = hold_lock(sample.path, "IMMEDIATE")

    def release_after_first_report(wait: LockWait) -> None:
        waits.append(wait)
        if wait.first:
            holder.release()

    set_lock_wait_handler(release_after_first_report)
    try:
        Services.for_database(sample).visits.update(1, title="Saved after waiting")
    finally:
        holder.release()
    assert _title(sample.path) == "Saved after waiting"
    assert waits[0].first and waits[-1].done


def test_an_import_is_rolled_back_whole_when_the_lock_stays(
    tmp_path: Path, sample: Database, waits: list[LockWait]
) -> None:
    """Many rows in one transaction: none of them is written when the lock is not released."""
    document = interchange.export_document(sample)
    empty = open_database(tmp_path / "empty.sqlite3")
    try:
        assert empty.path is not None
        holder = hold_lock(empty.path, "IMMEDIATE")
        try:
            with pytest.raises(DatabaseLockedError):
                interchange.import_document(empty, document)
        finally:
            holder.release()
        assert Services.for_database(empty).visits.list() == []
    finally:
        empty.dispose()


@pytest.mark.parametrize("mode", ["IMMEDIATE", "EXCLUSIVE"])
def test_reading_in_wal_mode_does_not_wait(
    mode: str, sample: Database, waits: list[LockWait]
) -> None:
    assert sample.path is not None
    holder = hold_lock(sample.path, mode)
    try:
        services = Services.for_database(sample)
        assert services.visits.get(1).title
        assert services.people.list()
        again = open_database(sample.path, create=False)
        again.dispose()
    finally:
        holder.release()
    assert waits == []


def test_the_holder_is_found_in_proc_locks(sample: Database) -> None:
    if not Path("/proc/locks").exists():
        pytest.skip("/proc/locks is Linux only")
    assert sample.path is not None
    assert lock_holder(sample.path) is None
    holder = hold_lock(sample.path, "IMMEDIATE")
    try:
        assert lock_holder(sample.path) == f"pid {holder.pid}, locker.py"
    finally:
        holder.release()
    assert lock_holder(sample.path) is None


def test_the_bound_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "2.5")
    assert database_module.lock_timeout() == 2.5
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "soon")
    assert database_module.lock_timeout() == database_module.LOCK_TIMEOUT
    monkeypatch.delenv(LOCK_TIMEOUT_ENV)
    assert database_module.lock_timeout() == database_module.LOCK_TIMEOUT == 10.0


def _run_cli(*args: str, bound: float) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={LOCK_TIMEOUT_ENV: str(bound)})


def test_a_writing_command_says_it_waits_then_exits_2(sample: Database, tmp_path: Path) -> None:
    exchange = tmp_path / "exchange.json"
    exchange.write_text(json.dumps(interchange.export_document(sample)), encoding="utf-8")
    target = tmp_path / "empty.sqlite3"
    open_database(target).dispose()
    holder = hold_lock(target, "IMMEDIATE")
    try:
        result = _run_cli("import", "--db", str(target), str(exchange), bound=2)
    finally:
        holder.release()
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, lines
    assert lines[0] == (
        f"exchange-planner: Waiting for {target}: locked by another program "
        f"(pid {holder.pid}, locker.py); giving up after 2 s…"
    )
    assert lines[1].startswith(f"exchange-planner: {target} is locked by another program")
    assert f"pid {holder.pid}, locker.py" in lines[1] and "nothing was changed" in lines[1]
    empty = open_database(target)
    try:
        assert Services.for_database(empty).visits.list() == []
    finally:
        empty.dispose()
    # Without the lock the same command imports everything.
    result = _run_cli("import", "--db", str(target), str(exchange), bound=2)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
