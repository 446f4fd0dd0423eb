"""Opening a database: where it lives, engine settings, migrations with a backup first."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import sqlalchemy as sa
from platformdirs import user_data_path
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from exchange_planner import APP_ID
from exchange_planner.domain.errors import (
    DatabaseConnectionError,
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseWriteError,
    ExchangePlannerError,
    NotADatabaseError,
    SchemaTooNewError,
)
from exchange_planner.storage.audit import AuditedSession, Changes, discard_changes, take_changes
from exchange_planner.storage.files import FileWriteError, atomic_path, private_dir, tighten_mode
from exchange_planner.storage.network import network_file_system
from exchange_planner.storage.schema_revision import HEAD_REVISION, KNOWN_REVISIONS
from exchange_planner.storage.sql_read import change_log_user
from exchange_planner.storage.sql_read import writable as _writable

if TYPE_CHECKING:
    from alembic.config import Config

#: Alembic's table of the schema revision.
VERSION_TABLE = "alembic_version"

DB_ENV_VAR = "EXCHANGE_PLANNER_DB"
#: The PostgreSQL channel on which every commit announces what it changed.
NOTIFY_CHANNEL = "exchange_planner_changes"
#: PostgreSQL refuses NOTIFY payloads from 8000 bytes; a bigger change says "everything".
_NOTIFY_LIMIT = 7000

ChangeListener = Callable[[Changes], None]


#: The name the change log records: $EXCHANGE_PLANNER_USER or the OS user name.
default_user_name = change_log_user


MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def default_database_path() -> Path:
    """The embedded database in the user's data directory (created on first use)."""
    return user_data_path(APP_ID, appauthor=False) / "exchange-planner.sqlite3"


def resolve_url(location: str | os.PathLike[str] | None = None) -> str:
    """A file path or any SQLAlchemy URL; None means $EXCHANGE_PLANNER_DB or the default file."""
    if location is None:
        location = os.environ.get(DB_ENV_VAR) or default_database_path()
    text = os.fspath(location)
    if "://" in text:
        try:
            make_url(text)
        except sa.exc.ArgumentError as error:
            raise ExchangePlannerError(f"'{text}' is not a database URL: {error}") from error
        return text
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


#: ``PRAGMA synchronous`` of every SQLite connection. FULL syncs the write-ahead log at each
#: commit, so a committed edit survives a power loss or an OS crash, not only a killed
#: process (NORMAL); the cost is measured by ``benchmarks/bench_commit_durability.py``.
SQLITE_SYNCHRONOUS = "FULL"

#: How long (seconds) a statement waits for a lock held by another program before giving up
#: with ``DatabaseLockedError``; the environment variable overrides it (tests use a short one).
LOCK_TIMEOUT = 10.0
LOCK_TIMEOUT_ENV = "EXCHANGE_PLANNER_LOCK_TIMEOUT"
#: SQLite's own busy wait per attempt; between attempts the waiting handler is told.
LOCK_POLL = 0.2
#: A wait shorter than this is not reported to the waiting handler.
LOCK_NOTICE_AFTER = 0.5
#: PostgreSQL: a statement waiting longer than this for a row or table lock fails (55P03).
PG_LOCK_TIMEOUT_MS = 10_000
#: PostgreSQL: how long (seconds) a COMMIT whose answer was lost with the connection is
#: looked up on the server again before the change is reported as of unknown fate.
COMMIT_CHECK_TIMEOUT = 3.0

SQLITE_BUSY = 5
SQLITE_FULL = 13
SQLITE_IOERR = 10
#: Below this much free space an I/O error is taken for a full disk.
_NEARLY_FULL = 1024 * 1024


def lock_timeout() -> float:
    """The bound of a wait for a lock: ``$EXCHANGE_PLANNER_LOCK_TIMEOUT`` or ``LOCK_TIMEOUT``."""
    text = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    try:
        return max(0.0, float(text)) if text else LOCK_TIMEOUT
    except ValueError:
        return LOCK_TIMEOUT


@dataclass(frozen=True)
class LockWait:
    """A wait for another program's lock, as told to the waiting handler.

    ``first`` is the first report of a wait, ``done`` its end (locked or not); ``holder``
    describes the program holding the lock ("pid 1234, sqlite3") when it is known.
    """

    path: Path
    waited: float
    timeout: float
    holder: str | None
    first: bool = False
    done: bool = False


LockWaitHandler = Callable[[LockWait], None]
_lock_wait_handler: LockWaitHandler | None = None


def set_lock_wait_handler(handler: LockWaitHandler | None) -> LockWaitHandler | None:
    """Install the function told about waits for locks (the CLI prints, the GUI shows a busy
    status); returns the previous one. It is called on the thread that waits."""
    global _lock_wait_handler
    previous, _lock_wait_handler = _lock_wait_handler, handler
    return previous


def _tell(wait: LockWait) -> None:
    handler = _lock_wait_handler
    if handler is not None:
        handler(wait)


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == SQLITE_BUSY
    return "database is locked" in str(error)


def _file_of(database: object) -> Path:
    text = os.fsdecode(database)  # type: ignore[arg-type]
    if text.startswith("file:"):
        text = text[len("file:") :].split("?", 1)[0]
        text = text[2:] if text.startswith("//") else text
    return Path(text)


def _wait_for_lock(
    connection: _WaitingConnection, attempt: Callable[[], object], *, restart: bool
) -> object:
    """Run ``attempt`` until it gets past another program's lock or ``lock_timeout()`` ends.

    SQLite waits ``LOCK_POLL`` inside each attempt; between attempts the waiting handler hears
    how long it has been. ``restart``: the statement began the transaction (an implicit
    BEGIN), which is rolled back before the next attempt, so nothing half-done is retried.
    """
    started = time.monotonic()
    bound = lock_timeout()
    told = False
    holder: str | None = None
    try:
        while True:
            tried = time.monotonic()
            try:
                return attempt()
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
                if restart and connection.in_transaction:
                    connection.rollback()
                waited = time.monotonic() - started
                if waited >= bound:
                    error.lock_holder = holder if told else lock_holder(connection.path)  # type: ignore[attr-defined]
                    error.lock_waited = waited  # type: ignore[attr-defined]
                    raise
                if waited >= LOCK_NOTICE_AFTER:
                    if not told:
                        holder = lock_holder(connection.path)
                    _tell(LockWait(connection.path, waited, bound, holder, first=not told))
                    told = True
                if time.monotonic() - tried < LOCK_POLL / 2:  # busy without SQLite's wait
                    time.sleep(LOCK_POLL / 2)
    finally:
        if told:
            _tell(LockWait(connection.path, time.monotonic() - started, bound, holder, done=True))


class _WaitingCursor(sqlite3.Cursor):
    """Statements outside a transaction wait for locks in steps the user is told about."""

    def execute(self, sql: str, parameters: object = (), /) -> _WaitingCursor:  # type: ignore[override]
        return self._run(sqlite3.Cursor.execute, sql, parameters)

    def executemany(self, sql: str, parameters: object, /) -> _WaitingCursor:  # type: ignore[override]
        return self._run(sqlite3.Cursor.executemany, sql, parameters)

    def _run(self, method: Callable[..., object], sql: str, parameters: object) -> _WaitingCursor:
        connection = self.connection
        if not isinstance(connection, _WaitingConnection) or connection.in_transaction:
            # Inside a transaction a statement cannot be retried alone: SQLite waits the whole
            # bound itself (rare: the write lock is taken by the transaction's first write).
            if isinstance(connection, _WaitingConnection):
                connection.busy_timeout(lock_timeout())
            method(self, sql, parameters)
            return self
        connection.busy_timeout(LOCK_POLL)
        _wait_for_lock(connection, lambda: method(self, sql, parameters), restart=True)
        return self


class _WaitingConnection(sqlite3.Connection):
    """A SQLite connection whose waits for other programs' locks are bounded and reported."""

    def __init__(self, database: object, *args: object, **kwargs: object) -> None:
        super().__init__(database, *args, **kwargs)  # type: ignore[arg-type]
        self.path = _file_of(database)
        self._busy_ms: int | None = None

    def cursor(self, factory: type[sqlite3.Cursor] | None = None) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory or _WaitingCursor)

    def commit(self) -> None:
        if not self.in_transaction:
            return super().commit()
        # A rollback-journal commit may wait for readers; a failed COMMIT can be retried.
        self.busy_timeout(LOCK_POLL)
        _wait_for_lock(self, lambda: sqlite3.Connection.commit(self), restart=False)
        return None

    def busy_timeout(self, seconds: float) -> None:
        milliseconds = int(seconds * 1000)
        if milliseconds != self._busy_ms:
            cursor = sqlite3.Cursor(self)
            try:
                cursor.execute(f"PRAGMA busy_timeout={milliseconds}")
            finally:
                cursor.close()
            self._busy_ms = milliseconds


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}")
    cursor.close()


def _postgres_lock_timeout(
    _dialect: object, _record: object, _args: object, parameters: dict[str, object]
) -> None:
    """A statement waiting for a locked row fails after ``PG_LOCK_TIMEOUT_MS`` (libpq option)."""
    options = str(parameters.get("options") or "")
    parameters["options"] = f"{options} -c lock_timeout={PG_LOCK_TIMEOUT_MS}".strip()


#: libpq options of every PostgreSQL connection, unless the URL sets them: a server that
#: cannot be reached fails a connection attempt after ``connect_timeout`` seconds instead of
#: hanging, and TCP keepalives notice a connection whose server vanished (a network cut).
PG_CONNECTION_OPTIONS = {
    "connect_timeout": 10,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def _postgres_connection_options(
    _dialect: object, _record: object, _args: object, parameters: dict[str, object]
) -> None:
    for name, value in PG_CONNECTION_OPTIONS.items():
        parameters.setdefault(name, value)


def create_engine(url: str) -> Engine:
    """An engine whose lock waits are bounded and whose write problems (locked, full disk, disk
    I/O error) reach the caller as messages for the user (see :func:`explain_sqlite_error`)."""
    parsed = make_url(url)
    options: dict[str, object] = {}
    if parsed.get_backend_name() == "sqlite":
        options["connect_args"] = {"factory": _WaitingConnection}
    elif parsed.get_backend_name() == "postgresql":
        # A pooled connection the server has closed (a restart) is noticed and replaced
        # before use instead of failing the next statement.
        options["pool_pre_ping"] = True
    engine = sa.create_engine(url, **options)
    path = sqlite_path(url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _on_sqlite_connect)
    elif parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "pg8000":
        sa.event.listen(engine, "do_connect", _postgres_lock_timeout)
        sa.event.listen(engine, "do_connect", _postgres_connection_options)

    def explain(context: sa.engine.ExceptionContext) -> BaseException | None:
        return _explain_write_problem(context.original_exception, path)

    sa.event.listen(engine, "handle_error", explain)
    return engine


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """Alembic's configuration for our migrations (imports Alembic: only to create, upgrade
    or inspect the migrations, never to open a database that is current)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this program writes (a test checks it is the migrations' head)."""
    return HEAD_REVISION


def upgrade_to_head(connection: sa.Connection) -> None:
    """Runs the migrations up to the head on ``connection`` (the one place Alembic runs)."""
    from alembic import command

    if connection.dialect.name != "sqlite":
        command.upgrade(alembic_config(connection), "head")
        return
    # A batch migration rebuilds a table (copy, drop, rename). With foreign keys on, dropping
    # a table other rows refer to fails, so the rebuild runs with them off, as SQLite's
    # procedure for altering tables says, and the keys are checked before the commit. The
    # whole upgrade is one transaction, DDL included (the driver would commit each CREATE and
    # DROP at once): a failure leaves the file as it was. The connection then leaves the pool
    # (closed at the end), never reused with keys off.
    connection.detach()
    driver = connection.connection.dbapi_connection
    driver.isolation_level = None  # type: ignore[union-attr]  # BEGIN and COMMIT are ours
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.exec_driver_sql("BEGIN IMMEDIATE")
    _drop_leftover_copies(connection)
    command.upgrade(alembic_config(connection), "head")
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, row, parent, _key = broken[0]
        raise ExchangePlannerError(
            f"The database could not be upgraded: row {row} of {table} refers to a missing "
            f"row of {parent}; the database was left as it was."
        )


@dataclass
class Database:
    """An open database: the engine and a factory for short sessions (one per unit of work).

    ``read_only`` is True for a SQLite file that this user cannot write, or that lies in a
    folder this user cannot write (``read_only_reason`` says which): it was opened through a
    read-only connection and every write is refused with ``DatabaseReadOnlyError``.
    """

    url: str
    engine: Engine
    read_only: bool = False
    read_only_reason: str = ""
    #: The author of this database's changes in the change log (Settings may rename it).
    user: str = field(default_factory=default_user_name)
    #: The network file system a SQLite file lies on (``nfs4``, ``cifs``...), None if local:
    #: SQLite's write-ahead log is unsafe there, so the window warns (PostgreSQL for teams).
    network_file_system: str | None = None
    #: Tells this open database's own changes apart from everybody else's in the feed.
    origin: str = field(default_factory=lambda: os.urandom(8).hex())
    _listeners: list[ChangeListener] = field(default_factory=list, repr=False)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Call ``listener`` with the ``Changes`` of every commit through this database, in
        the committing thread, after the commit. Returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, changes: Changes) -> None:
        """Hand ``changes`` to every listener (remote watchers publish here too)."""
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        """Where the database is, as it may be shown: the file, or the URL without password."""
        path = self.path
        return str(path) if path is not None else _safe(self.url)

    @property
    def read_only_message(self) -> str:
        """What a write attempt on a read-only database tells the user."""
        return (
            f"{self.path} was opened read-only ({self.read_only_reason}); changes cannot be "
            "saved. Make it writable or open a writable copy."
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        A lock held by another program and a damaged file become messages for the user; so
        does a lost connection to a PostgreSQL server (``DatabaseConnectionError``). A COMMIT
        whose answer is lost with the connection is resolved by asking the server, once it
        answers again, whether that transaction committed: if it did, the change counts as
        saved; if not, the error says it was not saved. Nothing is written twice.
        """
        info = {"audit": {"user": self.user, "origin": self.origin}}
        with AuditedSession(self.engine, expire_on_commit=False, info=info) as session:
            transaction_id: str | None = None
            try:
                yield session
                session.flush()
                records = take_changes(session)
                if records and self.is_postgresql:
                    transaction_id = self._notify(session, records)
                session.commit()
            except sa.exc.OperationalError as error:
                if transaction_id is not None and self._lost_connection(error):
                    # The COMMIT was sent but its answer was lost: it may have committed.
                    saved = self._committed(transaction_id)
                    if saved is not True:
                        discard_changes(session)
                        session.rollback()
                        raise self._connection_error(saved) from error
                    # Saved: no rollback (it would expire the records the caller returns).
                else:
                    discard_changes(session)
                    session.rollback()
                    explained = explain_sqlite_error(error, self.path)
                    if explained is None and self._lost_connection(error):
                        explained = self._connection_error(False)
                    if explained is None:
                        raise
                    raise explained from error
            except BaseException:
                discard_changes(session)
                session.rollback()
                raise
        self.publish(Changes(records, user=self.user, origin=self.origin))

    def _notify(self, session: Session, records: frozenset[tuple[str, int]]) -> str:
        """Send the notification of this transaction's changes; return its transaction id.

        Sent with the transaction: listeners hear of it only once it is committed. The id
        (``pg_current_xact_id``) lets a COMMIT whose answer was lost be looked up afterwards.
        """
        payload = json.dumps({"o": self.origin, "u": self.user, "r": sorted(records)})
        if len(payload.encode()) > _NOTIFY_LIMIT:
            payload = json.dumps({"o": self.origin, "u": self.user, "all": True})
        current = "pg_current_xact_id()" if self._xid8 else "txid_current()"
        return str(
            session.connection()
            .execute(
                sa.text(f"SELECT pg_notify(:channel, :payload), {current}::text"),
                {"channel": NOTIFY_CHANNEL, "payload": payload},
            )
            .one()[1]
        )

    @property
    def _xid8(self) -> bool:
        """PostgreSQL 13 and later name transaction ids ``xid8`` (older ones: ``txid``)."""
        version = self.engine.dialect.server_version_info or (13,)
        return version >= (13,)

    def _lost_connection(self, error: sa.exc.DBAPIError) -> bool:
        """The PostgreSQL server went away, closed this connection or cannot be reached."""
        if not self.is_postgresql:
            return False
        if error.connection_invalidated:
            return True
        state = getattr(error.orig, "sqlstate", None)
        if state is None:  # the driver's own errors: connection refused, closed, timed out
            return isinstance(error, sa.exc.OperationalError)
        # connection_exception (08…), admin/crash shutdown, cannot connect now (57P01-03)
        return state.startswith("08") or state in ("57P01", "57P02", "57P03")

    def _committed(self, transaction_id: str) -> bool | None:
        """Whether the transaction committed: True, False (aborted), None when the server does
        not answer within ``COMMIT_CHECK_TIMEOUT`` seconds."""
        if self._xid8:
            status, key = "pg_xact_status(CAST(CAST(:id AS text) AS xid8))", transaction_id
        else:
            status, key = "txid_status(:id)", int(transaction_id)  # type: ignore[assignment]
        deadline = time.monotonic() + COMMIT_CHECK_TIMEOUT
        pause = 0.1
        while True:
            try:
                with self.engine.connect() as connection:
                    answer = connection.execute(sa.text(f"SELECT {status}"), {"id": key}).scalar()
            except sa.exc.DBAPIError as error:
                if not self._lost_connection(error):
                    raise
                answer = None
            if answer == "committed":
                return True
            if answer == "aborted":
                return False
            # In progress (the old connection's end not yet processed), or no server yet.
            if time.monotonic() + pause > deadline:
                return None
            time.sleep(pause)
            pause = min(pause * 2, 1.0)

    def _connection_error(self, saved: bool | None) -> DatabaseConnectionError:
        if saved is None:
            return DatabaseConnectionError(
                "The connection to the database server was lost while your change was being "
                "saved; whether it was saved is not known until the server answers again. "
                "The window shows what is stored once it has reconnected.",
                saved=None,
            )
        return DatabaseConnectionError(
            "The connection to the database server was lost; your change was not saved. "
            "Try again when the window has reconnected.",
            saved=False,
        )

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not sa.inspect(connection).has_table(VERSION_TABLE):
                return None
            rows = connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
        # Alembic's rule: no row is no revision; several rows are branches, which ours never have.
        return str(rows[0][0]) if rows else None

    def backup(self, reason: str = "manual") -> Path | None:
        """Copy a SQLite database (consistently, WAL included) to a timestamped file beside it."""
        source = self.path
        if source is None or not source.exists():
            return None
        if self.read_only:
            raise DatabaseReadOnlyError(
                f"{source} was opened read-only ({self.read_only_reason}); no backup is "
                "written beside it. Copy the file elsewhere to keep a copy."
            )
        folder = private_dir(source.parent / "backups")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{source.stem}-{stamp}-{reason}{source.suffix or '.sqlite3'}"
        # Complete or absent (0600): copied under a temporary name, renamed when whole.
        with atomic_path(target) as temporary:
            _copy_database(source, temporary, target)
        return target

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    location: str | os.PathLike[str] | None = None, *, migrate: bool = True, create: bool = True
) -> Database:
    """Open (creating if need be, unless ``create`` is False) and bring the schema up to date.

    An existing database that is behind is copied to ``backups/`` before it is upgraded. A
    database written by a newer version is refused with ``SchemaTooNewError`` and not touched.
    """
    url = resolve_url(location)
    path = sqlite_path(url)
    read_only: ReadOnlyOpen | None = None
    if path is not None:
        if path.is_dir():
            raise ExchangePlannerError(f"{path} is a folder, not a database file")
        if not create and not path.exists():
            raise ExchangePlannerError(f"There is no database at {path}")
        if not path.exists() and path.parent.exists() and unwritable_reason(path):
            raise DatabaseReadOnlyError(
                f"Cannot create the database {path}: the folder is not writable; "
                "choose a writable folder and try again"
            )
        if path.exists():
            # Everything that can refuse the file happens before the engine first connects,
            # so a refused file gets no WAL/SHM files, no journal-mode change, no migration.
            read_only = check_sqlite_file(path)
        default_folder = default_database_path().parent
        if read_only is None and (not path.parent.exists() or path.parent == default_folder):
            private_dir(path.parent, tighten=path.parent == default_folder)
        if migrate and not path.exists():
            create_new_database(path)
    if read_only is not None:
        # Not writable: read through a read-only connection; nothing is created or changed.
        database = Database(
            url=url,
            engine=_read_only_engine(url, read_only),
            read_only=True,
            read_only_reason=read_only.reason,
        )
        _refuse_writes(database)
        return database
    try:
        engine = create_engine(url)
    except (sa.exc.ArgumentError, ImportError) as error:
        raise ExchangePlannerError(
            f"Cannot use the database URL {_safe(url)}: {error} "
            "(is the driver for this kind of database installed?)"
        ) from error
    database = Database(url=url, engine=engine)
    if path is not None:
        database.network_file_system = network_file_system(path)
    try:
        _check_and_upgrade(database, migrate=migrate)
    except BaseException:
        database.dispose()
        raise
    if path is not None:
        _owner_only(path)
    return database


def create_new_database(path: Path) -> None:
    """Make a new, fully migrated database at ``path``, whole or not at all.

    It is built under a temporary name beside ``path`` (WAL checkpointed into the file, synced)
    and renamed into place, so a full disk or a disk error leaves no empty or half-made file.
    """
    temporary: Path | None = None
    try:
        with atomic_path(path) as temporary:
            engine = sa.create_engine(
                f"sqlite:///{temporary}", connect_args={"factory": _WaitingConnection}
            )
            sa.event.listen(engine, "connect", _on_sqlite_connect)
            try:
                with engine.begin() as connection:
                    upgrade_to_head(connection)
                with engine.connect() as connection:
                    busy, frames, copied = connection.exec_driver_sql(
                        "PRAGMA wal_checkpoint(TRUNCATE)"
                    ).one()
                if busy or frames != copied:
                    raise ExchangePlannerError(f"Cannot finish the new database {path}; try again")
            finally:
                engine.dispose()
    except sa.exc.OperationalError as error:
        explained = explain_sqlite_error(error, path)
        if explained is None:
            raise
        raise explained from error
    except FileWriteError as error:
        if error.errno != errno.ENOSPC:
            raise
        raise _explain_sqlite_message("database or disk is full", path) from error
    finally:
        if temporary is not None:
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{temporary}{suffix}").unlink(missing_ok=True)


@dataclass(frozen=True)
class ReadOnlyOpen:
    """How a database this user cannot write is opened: why, and the read-only SQLite URI."""

    reason: str
    uri: str


def _read_only_engine(url: str, how: ReadOnlyOpen) -> Engine:
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(how.uri, uri=True, check_same_thread=False)

    engine = sa.create_engine(url, creator=connect)
    sa.event.listen(engine, "connect", _on_read_only_connect)
    return engine


def _on_read_only_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # No journal-mode change: that would be a write. query_only refuses writes up front.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _refuse_writes(database: Database) -> None:
    """Every write through a read-only database becomes one ``DatabaseReadOnlyError``."""

    def handle_error(context: sa.engine.ExceptionContext) -> None:
        error = context.original_exception
        if isinstance(error, sqlite3.Error) and "readonly" in str(error):
            raise DatabaseReadOnlyError(database.read_only_message) from error

    sa.event.listen(database.engine, "handle_error", handle_error)


def _owner_only(path: Path) -> None:
    """The database and its WAL/SHM files: 0600 (SQLite gives new WAL/SHM files its mode)."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        tighten_mode(path.with_name(name))


def _copy_database(source: Path, temporary: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as error:
        reason = "the disk is full" if "full" in str(error) else str(error)
        raise ExchangePlannerError(
            f"Cannot write the backup {target}: {reason}; the database was left as it was."
        ) from error
    finally:
        src.close()


def _drop_leftover_copies(connection: sa.Connection) -> None:
    """Drops the half-made copies an interrupted table rebuild of an older version left
    (``_alembic_tmp_<table>`` beside a whole ``<table>``); they would stop the rebuild."""
    names = {
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    for name in sorted(names):
        original = name.removeprefix("_alembic_tmp_")
        if original != name and original in names:
            connection.exec_driver_sql(f'DROP TABLE "{name}"')


def _check_and_upgrade(database: Database, *, migrate: bool) -> None:
    head = HEAD_REVISION
    try:
        current = database.current_revision()
    except sa.exc.DatabaseError as error:
        explained = explain_sqlite_error(error, database.path)
        if explained is not None:
            raise explained from error
        if database.path is None and isinstance(error, sa.exc.OperationalError):
            raise ExchangePlannerError(
                f"Cannot connect to the database at {_safe(database.url)}: {error.orig}"
            ) from error
        where = database.path or _safe(database.url)
        raise ExchangePlannerError(
            f"{where} is not a database this program can read: {error.orig}"
        ) from error
    if current is not None and current not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            f"This database (schema {current}) was written by a newer version of "
            f"Exchange Planner than this one (schema {head}). Please update the program; "
            "the database was left untouched."
        )
    if current == head or not migrate:
        return
    if current is None and _has_user_tables(database):
        raise ExchangePlannerError(
            f"{_safe(database.url)} contains tables but no Exchange Planner schema version; "
            "it is not an Exchange Planner database."
        )
    if current is not None:
        database.backup(reason=f"before-upgrade-{current}")
    with database.engine.begin() as connection:
        upgrade_to_head(connection)


def _safe(url: str) -> str:
    """The URL as it may be shown: without its password."""
    return make_url(url).render_as_string(hide_password=True)


def _has_user_tables(database: Database) -> bool:
    names = sa.inspect(database.engine).get_table_names()
    return any(name != "alembic_version" for name in names)


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> ReadOnlyOpen | None:
    """Refuse a file this program cannot use, reading it only (never creating -wal/-shm).

    Checked in order: empty, not SQLite, truncated, ``PRAGMA quick_check``, written by a newer
    version, SQLite but not ours, read-only and behind the schema. Raises a
    ``DatabaseFileError`` subclass (or ``SchemaTooNewError``) whose message says what is wrong
    and what to do. Returns how to open a file that is usable but not writable (or lies in a
    folder that is not writable), None for a writable one.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as error:
        raise DatabaseReadOnlyError(
            f"{path} cannot be read ({error.strerror}); check its permissions and try again"
        ) from error
    if size == 0:
        raise NotADatabaseError(
            f"{path} is empty (0 bytes), not an Exchange Planner database; "
            + _restore_advice(path, otherwise="open another file")
        )
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"{path} is not an Exchange Planner database (it is not an SQLite file); "
            "open the .sqlite3 file that holds your plans"
        )
    if len(header) < 100:
        _damaged(path, f"the file is cut off after {size} bytes")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is only valid when written by SQLite >= 3.7.0 (counters match).
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        _damaged(path, f"the file is cut off: {size} of {pages * page_size} bytes")
    wal_mode = header[18] == 2
    revision, tables = _read_only_inspection(path, wal_mode=wal_mode)
    if revision is not None and revision not in _known_revisions():
        raise SchemaTooNewError(
            f"{path} was written by a newer version of Exchange Planner (schema {revision}; "
            f"this version knows up to {head_revision()}); update the program to open it. "
            "The database was left untouched."
        )
    if revision is None and tables - {"alembic_version"}:
        raise NotADatabaseError(
            f"{path} is not an Exchange Planner database (it is an SQLite database of another "
            "program); open the .sqlite3 file that holds your plans"
        )
    reason = unwritable_reason(path)
    if reason is None:
        return None
    if revision != head_revision():
        where = f"schema {revision}" if revision is not None else "no schema yet"
        raise DatabaseReadOnlyError(
            f"{path} was written by an older version of Exchange Planner ({where}) and must be "
            f"upgraded, but {reason}; make it writable (or open a writable copy) and try again. "
            "The database was left untouched."
        )
    return ReadOnlyOpen(reason=reason, uri=_read_only_uri(path, wal_mode=wal_mode))


def unwritable_reason(path: Path) -> str | None:
    """Why the database file ``path`` cannot be written (or created), None when it can."""
    if not _writable(path.parent, folder=True):
        return "the folder is not writable"  # also what a read-only file system comes to
    if path.exists() and not _writable(path):
        return "the file is not writable"
    return None


def _read_only_uri(path: Path, *, wal_mode: bool) -> str:
    """A read-only SQLite URI for ``path`` that creates no file beside it.

    A read-only connection to a WAL database without its -wal/-shm files would create them (or,
    in a read-only folder, fail), so such a file (all its content is in the main file then) is
    read as immutable.
    """
    has_wal = Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    mode = "immutable=1" if wal_mode and not has_wal else "mode=ro"
    return f"{path.as_uri()}?{mode}"


def _read_only_inspection(path: Path, *, wal_mode: bool) -> tuple[str | None, set[str]]:
    """Integrity, schema revision and table names, read through a read-only connection."""
    uri = _read_only_uri(path, wal_mode=wal_mode)
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5)
    except sqlite3.Error as error:
        raise DatabaseReadOnlyError(
            f"{path} cannot be opened ({error}); check its permissions and try again"
        ) from error
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            # One row may hold several lines ("*** in database main ***\nPage 39: ..."): the
            # message is one line, so the first finding stands for the rest.
            first = " ".join(str(rows[0][0]).split()) if rows else "no answer"
            _damaged(path, f"integrity check: {first[:300]}")
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        explained = _explain_sqlite_message(str(error), path)
        raise explained from error
    finally:
        connection.close()
    return revision, tables


def _known_revisions() -> set[str]:
    return set(KNOWN_REVISIONS)


def _damaged(path: Path, detail: str) -> NoReturn:
    backup = newest_good_backup(path)
    raise DatabaseDamagedError(
        f"{path} is damaged ({detail}); "
        + _restore_advice(path, otherwise="restore it from a copy", backup=backup),
        backup=backup,
    )


def _restore_advice(path: Path, *, otherwise: str, backup: Path | None = None) -> str:
    backup = backup or newest_good_backup(path)
    if backup is not None:
        return f"restore from {backup}"
    return f"{otherwise} (no backup found in {path.parent / 'backups'})"


def newest_good_backup(path: Path, *, limit: int = 5) -> Path | None:
    """The newest copy in ``backups/`` beside ``path`` that passes ``PRAGMA quick_check``."""
    folder = path.parent / "backups"
    try:
        candidates = sorted(
            folder.glob(f"{path.stem}-*{path.suffix}"),
            key=lambda candidate: candidate.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return None
    for candidate in candidates[:limit]:
        if _passes_quick_check(candidate):
            return candidate
    return None


def _passes_quick_check(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            if not stream.read(16).startswith(SQLITE_MAGIC):
                return False
        connection = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def explain_sqlite_error(
    error: sa.exc.DBAPIError, path: Path | None
) -> ExchangePlannerError | None:
    """A lock, a full disk, a disk error or damage reported by SQLite as a message for the
    user; None for other errors. The one place these messages are written."""
    if path is None or not isinstance(error.orig, sqlite3.Error):
        return None
    message = str(error.orig)
    if (
        "locked" in message
        or "malformed" in message
        or "not a database" in message
        or _is_write_problem(error.orig)
    ):
        return _explain_sqlite_message(message, path, error.orig)
    return None


def _is_write_problem(error: BaseException) -> bool:
    """Locked, no room on the disk, or an I/O error: the operation failed and changed nothing."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (SQLITE_BUSY, SQLITE_FULL, SQLITE_IOERR)
    text = str(error)
    return "database is locked" in text or "disk is full" in text or "disk I/O error" in text


def _explain_write_problem(error: BaseException, path: Path | None) -> ExchangePlannerError | None:
    """For the engine's ``handle_error``: locks and write errors become user messages on every
    path (sessions, migrations, connecting); other errors are left to their callers."""
    if getattr(error, "sqlstate", None) == "55P03":  # PostgreSQL lock_not_available
        return DatabaseLockedError(
            "The database is locked by another user or program; try again when it has "
            f"finished (waited {PG_LOCK_TIMEOUT_MS // 1000} s; nothing was changed)"
        )
    if path is None or not _is_write_problem(error):
        return None
    return _explain_sqlite_message(str(error), path, error)


def _explain_sqlite_message(
    message: str, path: Path, error: BaseException | None = None
) -> ExchangePlannerError:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if "locked" in message or "busy" in message or primary == SQLITE_BUSY:
        holder = getattr(error, "lock_holder", None) or lock_holder(path)
        waited = getattr(error, "lock_waited", None)
        details = [f"held by {holder}" if holder else "held by an unknown program"]
        if waited is not None:
            details.append(f"waited {waited:.0f} s")
        details.append("nothing was changed")
        return DatabaseLockedError(
            f"{path} is locked by another program; try again when it has finished "
            f"({'; '.join(details)})"
        )
    free = _free_space(path)
    full = "disk is full" in message or primary == SQLITE_FULL
    io_error = "disk I/O error" in message or primary == SQLITE_IOERR
    if full or (io_error and free is not None and free < _NEARLY_FULL):
        shown = f"{_size_text(free)} free" if free is not None else "the disk is full"
        return DatabaseWriteError(
            f"There is no room left on the disk for {path} ({shown}); "
            "free some space and try again; nothing was changed"
        )
    if io_error:
        return DatabaseWriteError(
            f"The disk reported an error while reading or writing {path} ({message}); "
            "nothing was changed. Check the disk (or the network connection to it) and try again"
        )
    if "readonly" in message or "unable to open" in message:
        return DatabaseReadOnlyError(f"{path} cannot be written ({message}); try again")
    backup = newest_good_backup(path)
    return DatabaseDamagedError(
        f"{path} is damaged ({message}); "
        + _restore_advice(path, otherwise="restore it from a copy", backup=backup),
        backup=backup,
    )


def _free_space(path: Path) -> int | None:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _size_text(size: int) -> str:
    """1536 -> "1.5 KB" (binary units, as file managers count)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            break
        value /= 1024
    return f"{value:.0f} {unit}" if unit == "bytes" or value >= 10 else f"{value:.1f} {unit}"


def lock_holder(path: Path) -> str | None:
    """Who holds a write lock on the database, e.g. "pid 1234, sqlite3"; None if unknown.

    On Linux ``/proc/locks`` lists POSIX locks with pid and inode: a write lock on the database
    file, its ``-journal`` (rollback mode) or its ``-shm`` (WAL mode) by another process is the
    holder. Other systems (and locks of this process) give None.
    """
    try:
        table = Path("/proc/locks").read_text()
    except OSError:
        return None
    inodes: set[tuple[int, int, int]] = set()
    for suffix in ("", "-journal", "-shm", "-wal"):
        try:
            info = os.stat(f"{path}{suffix}")
        except OSError:
            continue
        inodes.add((os.major(info.st_dev), os.minor(info.st_dev), info.st_ino))
    pids: list[int] = []
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 6 or "->" in fields:  # "->" marks a process waiting for a lock
            continue
        access, pid_text, where = fields[3], fields[4], fields[5]
        try:
            major, minor, inode = where.split(":")
            key = (int(major, 16), int(minor, 16), int(inode))
            pid = int(pid_text)
        except ValueError:
            continue
        mine = pid <= 0 or pid == os.getpid()
        if access == "WRITE" and key in inodes and not mine and pid not in pids:
            pids.append(pid)
    if not pids:
        return None
    return "; ".join(_describe_process(pid) for pid in pids[:3])


def _describe_process(pid: int) -> str:
    """ "pid 1234, sqlite3": the program's name from its command line (a Python script's or
    module's name rather than "python3")."""
    try:
        argv = [
            os.fsdecode(part)
            for part in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            if part
        ]
    except OSError:
        argv = []
    try:
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        comm = ""
    program = os.path.basename(argv[0]) if argv else comm
    if program.startswith("python") and len(argv) > 1:
        if argv[1] == "-m" and len(argv) > 2:
            program = argv[2]
        elif not argv[1].startswith("-"):
            program = os.path.basename(argv[1])
    if program.replace("_", "-") == "exchange-planner":
        program = "exchange-planner"
    return f"pid {pid}, {program}" if program else f"pid {pid}"
