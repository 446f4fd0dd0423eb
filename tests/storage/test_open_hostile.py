"""Opening a file the program cannot use refuses it with a message and changes nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from exchange_planner.domain.errors import (
    DatabaseDamagedError,
    DatabaseLockedError,
    NotADatabaseError,
    SchemaTooNewError,
)
from exchange_planner.storage.database import open_database
from hostile_files import (
    CASES,
    make_corrupt,
    make_newer,
    make_zero_bytes,
    record_connections,
    snapshot,
)


@pytest.fixture
def sample_copy(sample_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "plans.sqlite3"
    shutil.copy(sample_template, target)
    return target


@pytest.mark.parametrize("case", list(CASES))
def test_unusable_file_is_refused_and_left_as_it_was(case: str, sample_copy: Path) -> None:
    spoil, error_class, words = CASES[case]
    spoil(sample_copy)
    before = snapshot(sample_copy.parent)
    with pytest.raises(error_class) as caught:
        open_database(sample_copy, create=False)
    message = str(caught.value)
    assert words in message
    assert str(sample_copy) in message
    assert "\n" not in message
    assert snapshot(sample_copy.parent) == before  # same bytes, no -wal/-shm, no backup


@pytest.mark.parametrize("case", ["truncated", "corrupt"])
def test_damaged_file_names_the_newest_good_backup(case: str, sample_copy: Path) -> None:
    backups = sample_copy.parent / "backups"
    backups.mkdir()
    older = backups / "plans-20261101-080000-000000-manual.sqlite3"
    newer = backups / "plans-20261120-080000-000000-manual.sqlite3"
    broken = backups / "plans-20261130-080000-000000-manual.sqlite3"
    for index, copy in enumerate([older, newer, broken]):
        shutil.copy(sample_copy, copy)
        os.utime(copy, (1_800_000_000 + index, 1_800_000_000 + index))
    make_corrupt(broken)  # the newest copy is damaged too: not the one to restore
    CASES[case][0](sample_copy)
    before = snapshot(sample_copy.parent)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(sample_copy)
    assert f"restore from {newer}" in str(caught.value)
    assert caught.value.backup == newer
    assert snapshot(sample_copy.parent) == before


def test_damaged_file_without_backups_says_none_was_found(sample_copy: Path) -> None:
    make_corrupt(sample_copy)
    with pytest.raises(DatabaseDamagedError, match="no backup found in"):
        open_database(sample_copy)


def test_zero_byte_file_is_not_turned_into_a_database_by_the_gui_open_path(
    sample_copy: Path,
) -> None:
    """Even with ``create`` (what the window uses) an existing empty file stays empty."""
    make_zero_bytes(sample_copy)
    with pytest.raises(NotADatabaseError):
        open_database(sample_copy, create=True)
    assert sample_copy.read_bytes() == b""
    assert sorted(p.name for p in sample_copy.parent.iterdir()) == ["plans.sqlite3"]


def test_newer_database_is_refused_before_its_journal_mode_is_touched(sample_copy: Path) -> None:
    """A rollback-journal file of a newer version is not switched to WAL by the refusal."""
    with sqlite3.connect(sample_copy) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()
    before = snapshot(sample_copy.parent)
    with pytest.raises(SchemaTooNewError):
        open_database(sample_copy)
    assert snapshot(sample_copy.parent) == before


def test_checks_read_through_a_read_only_connection(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every connection made before the file is accepted is read-only (mode=ro or immutable)."""
    make_newer(sample_copy)
    uris = record_connections(monkeypatch)
    with pytest.raises(SchemaTooNewError):
        open_database(sample_copy)
    assert uris
    assert all("immutable=1" in uri or "mode=ro" in uri for uri in uris)


def test_locked_database_is_refused_with_a_message(sample_copy: Path) -> None:
    """A rollback-journal database with another writer's lock: no traceback, no change."""
    with sqlite3.connect(sample_copy) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    holder = sqlite3.connect(sample_copy, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = snapshot(sample_copy.parent)
        with pytest.raises(DatabaseLockedError, match="is locked by another program; try again"):
            open_database(sample_copy)
        assert snapshot(sample_copy.parent) == before
    finally:
        holder.rollback()
        holder.close()


def test_wal_database_locked_by_a_writer_can_still_be_read(sample_copy: Path) -> None:
    """In WAL mode readers do not wait for a writer: opening and reading work, nothing changes."""
    holder = sqlite3.connect(sample_copy, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = snapshot(sample_copy.parent)
        database = open_database(sample_copy, create=False)
        try:
            assert database.current_revision() is not None
        finally:
            database.dispose()
        assert snapshot(sample_copy.parent) == before
    finally:
        holder.rollback()
        holder.close()


def test_a_good_database_still_opens(sample_copy: Path) -> None:
    database = open_database(sample_copy, create=False)
    database.dispose()
