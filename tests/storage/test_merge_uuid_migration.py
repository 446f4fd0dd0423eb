"""Migration 0006 gives every existing record a UUID of its own (what a merge matches by),
keeps the program items' expression index, and new rows get one on insert."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from exchange_planner.services.registry import Services
from exchange_planner.storage import database as storage
from exchange_planner.storage.database import alembic_config, open_database

pytestmark = pytest.mark.sqlite_only


def _at_revision(path: Path, revision: str) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    sa.event.listen(engine, "connect", storage._on_sqlite_connect)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_existing_rows_get_distinct_uuids_and_new_rows_one_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    _at_revision(path, "0005")
    connection = sqlite3.connect(path)
    for city in ("Gwangju", "Kraków", "Houston"):
        connection.execute(
            "INSERT INTO partnership (partner_city, country, city_native, timezone, languages, "
            "notes, row_version, original_language, translations) "
            f"VALUES ('{city}', 'X', '', 'UTC', '', '', 1, 'de', '{{}}')"
        )
    connection.commit()
    connection.close()

    db = open_database(path)
    try:
        service = Services.for_database(db).partnerships
        uuids = [p.uuid for p in service.list()]
        assert len(set(uuids)) == 3 and all(len(u) == 36 and u.count("-") == 4 for u in uuids)
        assert all(p.row_version == 1 for p in service.list())  # the fill is no edit
        created = service.create(partner_city="Lyon", country="France", timezone="Europe/Paris")
        assert created.uuid not in uuids and len(created.uuid) == 36
    finally:
        db.dispose()
    connection = sqlite3.connect(path)
    try:
        indexes = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert {"ix_partnership_uuid", "ix_program_item_uuid", "ix_program_item_span"} <= indexes
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE partnership SET uuid = ? WHERE id = 2", (uuids[0],))
    finally:
        connection.close()


def test_the_downgrade_keeps_the_program_items_span_index(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    _at_revision(path, "0006")
    engine = sa.create_engine(f"sqlite:///{path}")
    sa.event.listen(engine, "connect", storage._on_sqlite_connect)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0005")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(program_item)")}
        indexes = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
    finally:
        connection.close()
    assert "uuid" not in columns and "ix_program_item_span" in indexes
