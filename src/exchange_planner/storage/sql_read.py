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

import os
import sqlite3
import stat
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


#: The first bytes of every SQLite file (the header ``storage.database`` checks as well).
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _quick_uri(file: Path) -> str:
    """The read-only URI of a file that ``open_database`` would open without changing
    anything but its -wal/-shm files; otherwise :class:`NotQuicklyReadable` naming why.

    ``open_database`` switches a file to WAL mode (a write that waits for every other
    program), opens a file it cannot write read-only with a note, and gives the file and its
    -wal/-shm files to their owner only: such files take that path. A WAL file whose -wal and
    -shm files are both there (another program has it open) is read beside it (``mode=ro``);
    one without either holds all its content in the main file and is read as immutable, as
    a read-only connection would otherwise create both files (left behind after it closes).
    """
    try:
        with file.open("rb") as stream:
            header = stream.read(100)
    except OSError as error:
        raise NotQuicklyReadable(f"{file} cannot be read: {error}") from error
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise NotQuicklyReadable(f"{file} is not an SQLite file")
    if header[18] != 2 or header[19] != 2:
        raise NotQuicklyReadable(f"{file} is not in WAL mode")
    if not (writable(file.parent, folder=True) and writable(file)):
        raise NotQuicklyReadable(f"{file} or its folder is not writable")
    wal, shm = Path(f"{file}-wal"), Path(f"{file}-shm")
    for path in (file, wal, shm):
        if not _owner_only(path):
            raise NotQuicklyReadable(f"{path} is readable by others")
    if wal.exists() and shm.exists():
        return f"{file.as_uri()}?mode=ro"
    if wal.exists() or shm.exists():
        raise NotQuicklyReadable(f"{file} has only one of its -wal and -shm files")
    return f"{file.as_uri()}?immutable=1"


def writable(path: Path, *, folder: bool = False) -> bool:
    """Whether this user can write ``path`` (a folder: create files in it); what
    ``storage.database`` counts as writable too.

    The permission check also says no on a read-only file system; a file or folder without any
    write bit counts as read-only for root too, who could write it anyway.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & 0o222:
        return False
    return os.access(path, os.W_OK | os.X_OK if folder else os.W_OK)


def _owner_only(path: Path) -> bool:
    """False when ``open_database`` would take group and other permissions away
    (``storage.files.tighten_mode``): a file of this user with any of them."""
    if os.name == "nt" or not hasattr(os, "getuid"):
        return True
    try:
        info = path.stat()
    except OSError:
        return True  # missing
    return info.st_uid != os.getuid() or not stat.S_IMODE(info.st_mode) & 0o077


@contextmanager
def sqlite_file_reader(path: str | Path) -> Iterator[Execute]:
    """A read-only :class:`Execute` on the SQLite file ``path`` when reading it this way
    comes to what ``open_database`` and a session would read and leave behind: the file
    exists, is intact, is at the schema this program writes, is in WAL mode, is writable
    and private (see :func:`_quick_uri`). Otherwise :class:`NotQuicklyReadable` before
    anything is read. Nothing is created or changed (``mode=ro`` or ``immutable``,
    ``query_only``)."""
    file = Path(path)
    if not file.is_file():
        raise NotQuicklyReadable(f"{file} is not a file")
    file = file.resolve()
    uri = _quick_uri(file)
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5)
    except sqlite3.Error as error:
        raise NotQuicklyReadable(str(error)) from error
    try:
        try:
            connection.execute("PRAGMA query_only=ON")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != HEAD_REVISION:
                raise NotQuicklyReadable(f"schema {row[0] if row else None}, not {HEAD_REVISION}")
            # What open_database checks first: a damaged file is explained there.
            if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise NotQuicklyReadable(f"{file} does not pass the integrity check")
        except sqlite3.Error as error:
            raise NotQuicklyReadable(str(error)) from error

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


# --- writing a quickly readable file (the stamp of a print) --------------------------------
#: How long (seconds) the direct writer waits for another program's write lock before the
#: caller takes the full open instead, which waits longer and tells the user it waits.
WRITER_LOCK_WAIT = 0.5


#: Names the change log's author for this program instead of the OS user name.
USER_ENV_VAR = "EXCHANGE_PLANNER_USER"


def change_log_user() -> str:
    """The name the change log records: $EXCHANGE_PLANNER_USER or the OS user name (also
    ``storage.database.default_user_name``)."""
    import getpass

    name = os.environ.get(USER_ENV_VAR, "").strip()
    if name:
        return name[:200]
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):  # no passwd entry (containers)
        return "unknown"


class FileWriter:
    """A read-write sqlite3 connection on a quickly readable file (see
    :func:`sqlite_file_writer`): ``execute`` runs a statement, :meth:`reading` and
    :meth:`writing` make one transaction of the statements run inside them."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        #: Tells this writer's changes apart from everybody else's in the change log.
        self.origin = os.urandom(8).hex()
        self.user = change_log_user()

    def execute(self, sql: str, params: Mapping[str, Any] | None = None, /) -> list[Row]:
        return self._connection.execute(sql, dict(params or {})).fetchall()

    @contextmanager
    def reading(self) -> Iterator[Execute]:
        """Statements that read one state of the file (a deferred transaction)."""
        with self._transaction("BEGIN"):
            yield self.execute

    @contextmanager
    def writing(self) -> Iterator[Execute]:
        """A transaction that starts by taking the write lock (``BEGIN IMMEDIATE``) and
        commits when the block ends (rolls back on an error). Another program holding the lock
        for longer than ``WRITER_LOCK_WAIT``: :class:`NotQuicklyReadable` before anything is
        written."""
        with self._transaction("BEGIN IMMEDIATE"):
            yield self.execute

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        try:
            self._connection.execute(begin)
        except sqlite3.OperationalError as error:
            raise NotQuicklyReadable(f"cannot begin a transaction: {error}") from error
        try:
            yield
        except BaseException:
            self._connection.rollback()
            raise
        try:
            self._connection.commit()
        except sqlite3.OperationalError as error:
            self._connection.rollback()
            raise NotQuicklyReadable(f"cannot commit: {error}") from error


@contextmanager
def sqlite_file_writer(path: str | Path) -> Iterator[FileWriter]:
    """A :class:`FileWriter` on the SQLite file ``path`` under the checks of
    :func:`sqlite_file_reader` (at the current schema, in WAL mode, writable, private, intact):
    exactly the files that ``open_database`` would open without changing anything. The
    connection is set up as ``storage.database`` sets up its own (foreign keys on, synchronous
    FULL); the file stays in WAL mode. Otherwise :class:`NotQuicklyReadable` before anything
    is read or written."""
    file = Path(path)
    if not file.is_file():
        raise NotQuicklyReadable(f"{file} is not a file")
    file = file.resolve()
    _quick_uri(file)  # the same checks as the reader's
    try:
        connection = sqlite3.connect(
            f"{file.as_uri()}?mode=rw",
            uri=True,
            timeout=WRITER_LOCK_WAIT,
            isolation_level=None,
            check_same_thread=True,
        )
    except sqlite3.Error as error:
        raise NotQuicklyReadable(str(error)) from error
    try:
        try:
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA synchronous=FULL")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != HEAD_REVISION:
                raise NotQuicklyReadable(f"schema {row[0] if row else None}, not {HEAD_REVISION}")
            if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise NotQuicklyReadable(f"{file} does not pass the integrity check")
            if connection.execute("PRAGMA journal_mode").fetchone() != ("wal",):
                raise NotQuicklyReadable(f"{file} is not in WAL mode")
        except sqlite3.Error as error:
            raise NotQuicklyReadable(str(error)) from error
        yield FileWriter(connection)
    finally:
        connection.close()
