"""One SQL text, read through SQLAlchemy or through the standard library's sqlite3.

The commands that must answer at once (``list``, ``conflicts``) read a SQLite file with
:func:`sqlite_file_reader`, which needs neither SQLAlchemy nor the table classes; the services
run the very same statements through :func:`session_execute`. A query is written once, as text
with ``:name`` parameters, against an :class:`Execute`.

Raw values are what the driver returns without column types: on SQLite a datetime column
gives text (``2023-07-10 09:00:00.000000``, naive UTC), on PostgreSQL a ``datetime``.
:func:`utc_instant` and :func:`calendar_day` turn both into the domain's values.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from exchange_planner.storage.schema_revision import HEAD_REVISION

Row = tuple[Any, ...]


class Execute(Protocol):
    """Runs one statement with named parameters and returns all its rows as tuples."""

    def __call__(self, sql: str, params: Mapping[str, Any] | None = None, /) -> list[Row]: ...


class NotQuicklyReadable(Exception):
    """The file cannot be read this way (missing, not at the current schema, locked, not a
    database...): the caller opens it with ``storage.database.open_database`` instead, which
    upgrades it or says exactly why it cannot."""


def session_execute(session: Any) -> Execute:
    """An :class:`Execute` on a SQLAlchemy ``Session`` or ``Connection``."""
    from sqlalchemy import text

    def execute(sql: str, params: Mapping[str, Any] | None = None, /) -> list[Row]:
        return [tuple(row) for row in session.execute(text(sql), dict(params or {}))]

    return execute


@contextmanager
def sqlite_file_reader(path: str | Path) -> Iterator[Execute]:
    """A read-only :class:`Execute` on the SQLite file ``path`` when it exists and is at the
    schema this program writes; otherwise :class:`NotQuicklyReadable` before anything is read.
    Nothing is created or changed (``mode=ro``, ``query_only``)."""
    file = Path(path)
    if not file.is_file():
        raise NotQuicklyReadable(f"{file} is not a file")
    try:
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as error:
        raise NotQuicklyReadable(str(error)) from error
    try:
        try:
            connection.execute("PRAGMA query_only=ON")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error as error:
            raise NotQuicklyReadable(str(error)) from error
        if row is None or row[0] != HEAD_REVISION:
            raise NotQuicklyReadable(f"schema {row[0] if row else None}, not {HEAD_REVISION}")

        def execute(sql: str, params: Mapping[str, Any] | None = None, /) -> list[Row]:
            return connection.execute(sql, dict(params or {})).fetchall()

        yield execute
    finally:
        connection.close()


def utc_instant(value: Any) -> datetime | None:
    """A stored instant (naive UTC text or datetime) as an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def calendar_day(value: Any) -> date | None:
    """A stored date (ISO text or date) as a date."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def sql_instant(value: datetime) -> str:
    """An aware instant as the parameter both drivers compare with stored instants."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
