"""Migration 0008 (visit logistics and records): rows written at 0007 keep their values and
gain the new fields' defaults, the new document kinds are admitted, the two travel modes of a
member have constraints of their own, and the span index of program items survives the
rebuild of the table on SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from exchange_planner.storage import database as storage
from exchange_planner.storage.database import alembic_config, open_database
from exchange_planner.storage.schema_revision import HEAD_REVISION

pytestmark = pytest.mark.sqlite_only


def _at_0007(path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    sa.event.listen(engine, "connect", storage._on_sqlite_connect)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0007")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        INSERT INTO partnership (partner_city, country, city_native, since_year, timezone,
            languages, notes, row_version, uuid)
            VALUES ('Gwangju', 'South Korea', '광주', 2011, 'Asia/Seoul', 'ko', '', 1, 'p-1');
        INSERT INTO visit (partnership_id, title, direction, start_date, end_date, status,
            notes, row_version, uuid) VALUES (1, 'Delegation', 'incoming', '2023-07-25',
            '2023-07-27', 'completed', '', 1, 'v-1');
        INSERT INTO person (family_name, given_name, native_name, name_order, title,
            organisation, country, email, phone, language, dietary_notes,
            accessibility_notes, row_version, uuid)
            VALUES ('Kang', 'Gi-jung', '강기정', 'family_first', 'Mayor', 'Gwangju',
            'South Korea', '', '', 'ko', 'no pork', '', 1, 'm-1');
        INSERT INTO visit_member (visit_id, person_id, role, precedence, room, row_version,
            override_reason, uuid) VALUES (1, 1, 'head', 1, '302', 1, '', 'vm-1');
        INSERT INTO program_item (visit_id, title, kind, starts_at, ends_at, timezone,
            all_members, dress_code, notes, internal_notes, row_version, uuid)
            VALUES (1, 'Reception', 'reception', '2023-07-26 08:00:00', '2023-07-26 09:00:00',
            'Europe/Berlin', 1, '', '', '', 1, 'pi-1');
        INSERT INTO gift (visit_id, direction, description, maker, value_amount,
            value_currency, valuation_basis, circumstances, disposition, inventory_number,
            row_version, uuid) VALUES (1, 'received', 'Plate', '', 120, 'EUR', '', '', '', '',
            1, 'g-1');
        """
    )
    connection.commit()
    connection.close()


def test_rows_of_0007_gain_the_new_fields_with_their_defaults(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    _at_0007(path)
    database = open_database(path)
    try:
        assert database.current_revision() == HEAD_REVISION == "0008"
        with database.engine.connect() as connection:
            member = connection.exec_driver_sql(
                "SELECT room, arrival_number, arrival_mode, room_type, hotel_id, mobile "
                "FROM visit_member"
            ).one()
            person = connection.exec_driver_sql(
                "SELECT dietary_notes, dietary_requirements, notes_consent, gift_jurisdiction "
                "FROM person"
            ).one()
            item = connection.exec_driver_sql(
                "SELECT title, responsible, from_venue_id FROM program_item"
            ).one()
            gift = connection.exec_driver_sql(
                "SELECT description, rate_units_per_eur, rate_source FROM gift"
            ).one()
            indexes = {
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = 'program_item'"
                )
            }
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        database.dispose()
    assert tuple(member) == ("302", "", None, None, None, "")
    assert tuple(person) == ("no pork", "", 0, "")
    assert tuple(item) == ("Reception", "", None)
    assert tuple(gift) == ("Plate", None, "")
    assert "ix_program_item_span" in indexes


def test_the_new_document_kinds_and_travel_modes_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    _at_0007(path)
    open_database(path).dispose()
    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "INSERT INTO document_print (kind, subject_key, content_hash, version, printed_at) "
            "VALUES ('rooming_list', 'visit:1', 'x', 1, '2026-12-03 06:00:00')"
        )
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO document_print (kind, subject_key, content_hash, version, "
                "printed_at) VALUES ('poster', 'visit:1', 'x', 1, '2026-12-03 06:00:00')"
            )
        connection.execute("UPDATE visit_member SET arrival_mode = 'flight'")
        for column in ("arrival_mode", "departure_mode"):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(f"UPDATE visit_member SET {column} = 'rocket'")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE visit_member SET room_type = 'dormitory'")
    finally:
        connection.close()


def test_the_upgrade_can_be_undone_and_done_again(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    _at_0007(path)
    open_database(path).dispose()
    # As the program upgrades: foreign keys off (SQLite's default) while tables are copied.
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0007")
        with engine.connect() as connection:
            names = {
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'index')"
                )
            }
            assert "vehicle" not in names and "gift_rule" not in names
            assert "ix_program_item_span" in names
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        engine.dispose()
