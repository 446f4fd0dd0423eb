"""One SQL text through SQLAlchemy and through stdlib sqlite3 (storage/sql_read.py)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from exchange_planner.storage.database import alembic_config, open_database
from exchange_planner.storage.schema_revision import HEAD_REVISION, KNOWN_REVISIONS
from exchange_planner.storage.sql_read import (
    NotQuicklyReadable,
    calendar_day,
    session_execute,
    sql_instant,
    sqlite_file_reader,
    utc_instant,
)

ITEMS = "SELECT id, starts_at FROM program_item WHERE starts_at >= :since ORDER BY starts_at, id"


def test_head_revision_is_the_migrations_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
    assert list(KNOWN_REVISIONS) == [
        rev.revision for rev in reversed(list(script.walk_revisions()))
    ]


def test_both_drivers_give_the_same_rows_and_values(sample_db_path: Path) -> None:
    since = sql_instant(datetime(2023, 7, 10, 8, 0, tzinfo=UTC))
    with sqlite_file_reader(sample_db_path) as execute:
        quick = execute(ITEMS, {"since": since})
    database = open_database(sample_db_path)
    try:
        with database.session() as session:
            through_sqlalchemy = session_execute(session)(ITEMS, {"since": since})
    finally:
        database.dispose()
    assert quick and quick == through_sqlalchemy
    first = utc_instant(quick[0][1])
    assert (
        first is not None and first.tzinfo is UTC and first >= datetime(2023, 7, 10, 8, tzinfo=UTC)
    )


def test_an_instant_parameter_matches_the_stored_text_exactly(sample_db_path: Path) -> None:
    with sqlite_file_reader(sample_db_path) as execute:
        (stored,) = execute("SELECT starts_at FROM program_item ORDER BY id LIMIT 1")[0]
        instant = utc_instant(stored)
        assert instant is not None
        rows = execute(
            "SELECT count(*) FROM program_item WHERE starts_at = :at", {"at": sql_instant(instant)}
        )
    assert rows[0][0] >= 1


def test_an_older_schema_or_a_stranger_is_not_read_quickly(
    sample_db_path: Path, tmp_path: Path
) -> None:
    connection = sqlite3.connect(sample_db_path)
    connection.execute("UPDATE alembic_version SET version_num = '0003'")
    connection.commit()
    connection.close()
    with pytest.raises(NotQuicklyReadable), sqlite_file_reader(sample_db_path):
        pass
    stranger = tmp_path / "notes.sqlite3"
    sqlite3.connect(stranger).execute("CREATE TABLE notes (x)").connection.commit()
    with pytest.raises(NotQuicklyReadable), sqlite_file_reader(stranger):
        pass
    with pytest.raises(NotQuicklyReadable), sqlite_file_reader(tmp_path / "missing.sqlite3"):
        pass
    assert not (tmp_path / "missing.sqlite3").exists()


def test_the_quick_reader_cannot_write(sample_db_path: Path) -> None:
    with sqlite_file_reader(sample_db_path) as execute, pytest.raises(sqlite3.Error):
        execute("DELETE FROM visit")


def test_values_of_both_drivers() -> None:
    assert utc_instant("2023-07-10 09:00:00.000000") == datetime(2023, 7, 10, 9, tzinfo=UTC)
    assert utc_instant(datetime(2023, 7, 10, 9)) == datetime(2023, 7, 10, 9, tzinfo=UTC)
    assert utc_instant(None) is None
    assert calendar_day("2023-07-10") == date(2023, 7, 10)
    assert calendar_day(date(2023, 7, 10)) == date(2023, 7, 10)
    assert calendar_day(datetime(2023, 7, 10, 9)) == date(2023, 7, 10)
