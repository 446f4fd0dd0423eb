"""Opening databases: migrations from the first revision, backups, refusal of newer schemas."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from exchange_planner.domain.enums import Direction
from exchange_planner.domain.errors import ExchangePlannerError, SchemaTooNewError
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import (
    alembic_config,
    head_revision,
    open_database,
    resolve_url,
)
from exchange_planner.storage.tables import ProgramItem, Visit


def test_empty_database_is_migrated_to_head_and_reopens(db_path: Path) -> None:
    db = open_database(db_path)
    assert db.current_revision() == head_revision()
    tables = set(sa.inspect(db.engine).get_table_names())
    assert {"visit", "program_item", "gift", "residency", "exhibition"} <= tables
    db.dispose()
    again = open_database(db_path)
    assert again.current_revision() == head_revision()
    assert not (db_path.parent / "backups").exists(), (
        "opening an up-to-date database copies nothing"
    )
    again.dispose()


@pytest.mark.sqlite_only
def test_pragmas_foreign_keys_and_wal(db) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_database_refuses_rows_that_break_rules_even_without_services(db) -> None:
    """The CHECK constraints hold even for writes that bypass the services."""
    with pytest.raises(sa.exc.IntegrityError), db.session() as session:
        session.add(
            Visit(
                partnership_id=999,
                title="x",
                direction=Direction.INCOMING,
                start_date=date(2023, 7, 27),
                end_date=date(2023, 7, 26),
            )
        )
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO partnership (partner_city, country, city_native, timezone, languages, notes)"
            " VALUES ('X', 'Y', '', 'UTC', '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO visit (partnership_id, title, direction, start_date, end_date, status, notes)"
            " VALUES (1, 't', 'sideways', '2023-01-01', '2023-01-02', 'draft', '')"
        )


def test_instants_round_trip_as_aware_utc(services: Services, sample_ids) -> None:
    items = services.program.for_visit(sample_ids["visit"])
    reception = next(item for item in items if "Empfang" in item.title)
    # 10:00 in Leipzig in July (CEST) is 08:00 UTC
    assert reception.starts_at == datetime(2023, 7, 26, 8, 0, tzinfo=UTC)
    with services.db.session() as session:
        stored = session.get(ProgramItem, reception.id)
        assert stored is not None and stored.starts_at.tzinfo is not None


def test_upgrade_of_an_older_database_makes_a_backup_first(db_path: Path) -> None:
    db = open_database(db_path)
    Services.for_database(db).partnerships.create(
        partner_city="Gwangju", country="South Korea", timezone="Asia/Seoul"
    )
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    db.dispose()

    reopened = open_database(db_path)
    assert reopened.current_revision() == head_revision()
    backups = list((db_path.parent / "backups").glob("*before-upgrade-0001*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT partner_city FROM partnership").fetchall() == [("Gwangju",)]
    copy.close()
    assert [p.partner_city for p in Services.for_database(reopened).partnerships.list()] == [
        "Gwangju"
    ]
    reopened.dispose()


def test_tables_match_the_migrations(db) -> None:
    """A model change without a migration would make this comparison non-empty."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from exchange_planner.storage.tables import metadata

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_migrations_have_a_single_head() -> None:
    from alembic.script import ScriptDirectory

    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(ExchangePlannerError, match="not an Exchange Planner database"):
        open_database(path)


def test_text_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a database" * 100)
    with pytest.raises(ExchangePlannerError):
        open_database(path)


@pytest.mark.sqlite_only
def test_manual_backup_is_a_consistent_copy(services: Services, sample_ids) -> None:
    target = services.db.backup("manual")
    assert target is not None and target.exists()
    copy = open_database(target)
    assert len(Services.for_database(copy).visits.list()) == 1
    copy.dispose()


def test_locations_resolve_to_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url(tmp_path / "a.sqlite3") == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert resolve_url("postgresql+psycopg://user@host/db").startswith("postgresql")
    monkeypatch.setenv("EXCHANGE_PLANNER_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
