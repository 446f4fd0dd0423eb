"""Spoilt copies of the sample database, shared by the storage and CLI tests of hostile files."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from exchange_planner.domain.errors import (
    DatabaseDamagedError,
    NotADatabaseError,
    SchemaTooNewError,
)


def make_zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def make_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def make_corrupt(path: Path) -> None:
    """Random-looking bytes over the middle of a valid file (page structure kept, content not)."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = hashlib.sha512(b"noise").digest() * 128
    path.write_bytes(bytes(data))


def make_not_sqlite(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 50)


def make_newer(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()


def make_foreign_sqlite(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()


#: case name → (how to spoil the sample, error class, words the message must contain)
CASES: dict[str, tuple[Callable[[Path], None], type[Exception], str]] = {
    "zero-bytes": (make_zero_bytes, NotADatabaseError, "is empty (0 bytes)"),
    "truncated": (make_truncated, DatabaseDamagedError, "is damaged"),
    "corrupt": (make_corrupt, DatabaseDamagedError, "is damaged"),
    "not-sqlite": (make_not_sqlite, NotADatabaseError, "is not an Exchange Planner database"),
    "foreign-sqlite": (
        make_foreign_sqlite,
        NotADatabaseError,
        "is not an Exchange Planner database",
    ),
    "newer": (make_newer, SchemaTooNewError, "newer version of Exchange Planner"),
}


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the sha256 of its bytes.

    Only the existence of a -shm file counts: it is SQLite's shared-memory index, which every
    reader updates while another connection has the database open.
    """
    return {
        str(path.relative_to(folder)): (
            "exists"
            if path.name.endswith("-shm")
            else hashlib.sha256(path.read_bytes()).hexdigest()
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def record_connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The database names (URIs) of every ``sqlite3.connect`` from now on, in order."""
    uris: list[str] = []
    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        uris.append(str(database))
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    return uris
