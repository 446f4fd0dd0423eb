"""A database the user cannot write opens read-only: reading works, nothing is changed."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from exchange_planner.domain.errors import DatabaseReadOnlyError
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import alembic_config, head_revision, open_database
from hostile_files import record_connections, snapshot
from read_only_files import KINDS, read_only

pytestmark = pytest.mark.sqlite_only

MESSAGE = "was opened read-only ({}); changes cannot be saved. Make it writable"


@pytest.fixture
def sample_copy(sample_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "plans.sqlite3"
    shutil.copy(sample_template, target)
    return target


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["file", "folder"])
def unwritable(request: pytest.FixtureRequest, sample_copy: Path, kind: str) -> Iterator[str]:
    """The database file, or the folder it lies in, made read-only (yields the reason)."""
    target = sample_copy if request.param == "file" else sample_copy.parent
    with read_only(target, kind):
        yield f"the {request.param} is not writable"


def test_unwritable_database_opens_read_only_and_reads(sample_copy: Path, unwritable: str) -> None:
    before = snapshot(sample_copy.parent)
    database = open_database(sample_copy, create=False)
    try:
        assert database.read_only
        assert database.read_only_reason == unwritable
        services = Services.for_database(database)
        assert [visit.title for visit in services.visits.list()]
        assert services.settings.home_city() == "Leipzig"
        assert database.current_revision() == head_revision()
    finally:
        database.dispose()
    assert snapshot(sample_copy.parent) == before  # same bytes, no -wal/-shm, no backup


def test_writes_through_a_read_only_database_are_refused_with_one_message(
    sample_copy: Path, unwritable: str
) -> None:
    before = snapshot(sample_copy.parent)
    database = open_database(sample_copy)
    try:
        services = Services.for_database(database)
        with pytest.raises(DatabaseReadOnlyError) as caught:
            services.settings.set("home_city", "Halle")
        assert str(caught.value) == (
            f"{sample_copy} {MESSAGE.format(unwritable)} or open a writable copy."
        )
        assert services.settings.home_city() == "Leipzig"
        with pytest.raises(DatabaseReadOnlyError, match="no backup is written"):
            database.backup()
    finally:
        database.dispose()
    assert snapshot(sample_copy.parent) == before


def test_read_only_connections_refuse_writes_themselves(sample_copy: Path) -> None:
    """query_only on every connection: even a raw statement cannot write."""
    with read_only(sample_copy, "chmod"):
        database = open_database(sample_copy)
        try:
            with database.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA query_only").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with (
                pytest.raises(DatabaseReadOnlyError, match="was opened read-only"),
                database.engine.begin() as connection,
            ):
                connection.exec_driver_sql("DELETE FROM visit")
        finally:
            database.dispose()


def test_every_connection_to_an_unwritable_file_is_read_only(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uris = record_connections(monkeypatch)
    with read_only(sample_copy.parent, "chmod"):
        database = open_database(sample_copy)
        try:
            Services.for_database(database).visits.list()
        finally:
            database.dispose()
    assert len(uris) >= 2  # the checks, then the engine
    # A WAL file without -wal/-shm in a read-only folder: immutable (a reader would create -shm).
    assert all(uri.endswith("?immutable=1") for uri in uris)


def test_wal_files_present_are_read_with_mode_ro(sample_copy: Path, kind: str) -> None:
    """With -wal/-shm beside it (another program has it open), the latest commits are read."""
    holder = sqlite3.connect(sample_copy, isolation_level=None)
    try:
        holder.execute("PRAGMA wal_autocheckpoint=0")
        holder.execute("UPDATE setting SET value = 'Halle' WHERE key = 'home_city'")
        assert Path(f"{sample_copy}-wal").stat().st_size > 0
        with read_only(sample_copy.parent, kind):
            before = snapshot(sample_copy.parent)
            database = open_database(sample_copy)
            try:
                assert database.read_only
                assert Services.for_database(database).settings.home_city() == "Halle"
            finally:
                database.dispose()
            assert snapshot(sample_copy.parent) == before
    finally:
        holder.close()


def test_read_only_database_behind_the_schema_is_refused(sample_copy: Path, kind: str) -> None:
    """It would need an upgrade, which cannot be written: a message, the file as it was."""
    script = ScriptDirectory.from_config(alembic_config())
    previous = script.get_revision(head_revision()).down_revision
    assert isinstance(previous, str)
    with sqlite3.connect(sample_copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (previous,))
    connection.close()
    with read_only(sample_copy, kind):
        before = snapshot(sample_copy.parent)
        with pytest.raises(DatabaseReadOnlyError) as caught:
            open_database(sample_copy)
        message = str(caught.value)
        assert f"{sample_copy} was written by an older version" in message
        assert "must be upgraded, but the file is not writable" in message
        assert "\n" not in message
        assert snapshot(sample_copy.parent) == before


def test_writable_database_is_not_read_only(sample_copy: Path) -> None:
    database = open_database(sample_copy)
    try:
        assert not database.read_only
        Services.for_database(database).settings.set("home_city", "Halle")
    finally:
        database.dispose()
