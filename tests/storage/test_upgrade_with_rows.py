"""Upgrading a database an older version wrote, with rows in it: table rebuilds with other
rows referring to the table, one transaction for the whole upgrade, leftovers of an
interrupted rebuild."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.storage import database as storage
from exchange_planner.storage.database import alembic_config, open_database
from exchange_planner.storage.schema_revision import HEAD_REVISION

pytestmark = pytest.mark.sqlite_only


def older_database(path: Path, revision: str = "0003") -> None:
    """A file as the version at ``revision`` left it: a partnership and a visit of it."""
    engine = sa.create_engine(f"sqlite:///{path}")
    sa.event.listen(engine, "connect", storage._on_sqlite_connect)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO partnership (partner_city, country, city_native, since_year, timezone, "
        "languages, notes, row_version) "
        "VALUES ('Gwangju', 'South Korea', '광주', 2011, 'Asia/Seoul', 'ko', '', 1)"
    )
    connection.execute(
        "INSERT INTO visit (partnership_id, title, direction, start_date, end_date, status, "
        "notes, row_version) VALUES (1, 'Delegation from Gwangju', 'incoming', '2023-07-10', "
        "'2023-07-12', 'confirmed', '', 1)"
    )
    connection.commit()
    connection.close()


def tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    finally:
        connection.close()


def test_a_database_with_visits_of_a_partnership_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    older_database(path)
    database = open_database(path)
    try:
        assert database.current_revision() == HEAD_REVISION
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            rows = connection.exec_driver_sql(
                "SELECT v.title, p.partner_city, p.translations FROM visit v "
                "JOIN partnership p ON p.id = v.partnership_id"
            ).all()
    finally:
        database.dispose()
    ((title, city, translations),) = rows
    assert (title, city, json.loads(translations)) == (
        "Delegation from Gwangju",
        "Gwangju",
        {"partner_city": {"ko": "광주"}},
    )
    assert list((tmp_path / "backups").glob("plans-*-before-upgrade-0003.sqlite3"))


def test_a_failed_upgrade_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plans.sqlite3"
    older_database(path)
    real_upgrade = command.upgrade

    def upgrade_then_fail(config, revision):  # type: ignore[no-untyped-def]
        real_upgrade(config, revision)
        raise ExchangePlannerError("the disk went away")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(ExchangePlannerError, match="the disk went away"):
        open_database(path)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0003",)
        ]
        columns = {row[1] for row in connection.execute("PRAGMA table_info(partnership)")}
        assert "translations" not in columns
        assert connection.execute("SELECT count(*) FROM visit").fetchall() == [(1,)]
    finally:
        connection.close()
    assert not {name for name in tables(path) if name.startswith("_alembic_tmp_")}


def test_the_leftover_copy_of_an_interrupted_rebuild_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    older_database(path)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE _alembic_tmp_partnership AS SELECT * FROM partnership")
    connection.commit()
    connection.close()
    database = open_database(path)
    database.dispose()
    assert database.current_revision() == HEAD_REVISION
    assert "_alembic_tmp_partnership" not in tables(path)
