"""Hearing of other people's commits: the remote half of the change feed.

A ``ChangeWatcher`` runs in its own thread and publishes what others committed to the
database's listeners, exactly as a local commit does (``Changes.remote`` set). SQLite: it
asks ``PRAGMA data_version`` on a connection of its own a few times a second (the number
moves when any other connection commits) and then reads the new ``change_log`` rows.
PostgreSQL: see ``storage/pg_listen.py`` (``LISTEN``), started through ``watch_changes``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from typing import Protocol

from exchange_planner.storage.audit import SETTINGS_KIND, Changes
from exchange_planner.storage.database import Database

log = logging.getLogger(__name__)

#: How often SQLite is asked whether someone else committed (seconds).
POLL_INTERVAL = 0.25


class Watcher(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...


class SQLiteWatcher:
    """Polls ``PRAGMA data_version`` of a SQLite file off the GUI thread."""

    def __init__(self, db: Database, interval: float = POLL_INTERVAL) -> None:
        self.db = db
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None
        self._last_id = 0

    def start(self) -> None:
        path = self.db.path
        if path is None or self._thread is not None:
            return
        mode = "ro" if self.db.read_only else "rw"
        try:
            self._connection = sqlite3.connect(
                f"file:{path}?mode={mode}", uri=True, check_same_thread=False, timeout=1
            )
            self._version = self._data_version()
            self._last_id = self._newest_id()
        except sqlite3.Error as error:  # e.g. a read-only folder without WAL files
            log.info("not watching %s for changes: %s", path, error)
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            return
        self._thread = threading.Thread(target=self._run, name="change-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def poll(self) -> Changes | None:
        """One look: the others' changes since the last look, published; None if none."""
        try:
            version = self._data_version()
            if version == self._version:
                return None
            changes = self._read_new()
            self._version = version  # only once read: a failed read is tried again
        except sqlite3.Error as error:  # locked for a moment, or the file went away
            log.debug("change watch: %s", error)
            return None
        if changes:
            self.db.publish(changes)
            return changes
        return None

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.poll()

    def _data_version(self) -> int:
        assert self._connection is not None
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def _newest_id(self) -> int:
        assert self._connection is not None
        try:
            row = self._connection.execute("SELECT max(id) FROM change_log").fetchone()
        except sqlite3.OperationalError:  # a database from before the change log
            return 0
        return int(row[0] or 0)

    def _read_new(self) -> Changes:
        assert self._connection is not None
        rows = self._connection.execute(
            "SELECT id, table_name, record_id, user_name, origin FROM change_log "
            "WHERE id > ? ORDER BY id",
            (self._last_id,),
        ).fetchall()
        records: set[tuple[str, int]] = set()
        users: list[str] = []
        for row_id, table, record_id, user, origin in rows:
            self._last_id = max(self._last_id, row_id)
            if origin == self.db.origin:
                continue  # published by our own commit already
            records.add((SETTINGS_KIND if table == "setting" else table, record_id))
            users.append(user)
        return Changes(frozenset(records), user=users[-1] if users else "", origin="", remote=True)


def watch_changes(db: Database) -> Watcher | None:
    """A started watcher for ``db``'s engine, or None where nobody else can write (memory)."""
    watcher: Watcher
    if db.is_postgresql:
        from exchange_planner.storage.pg_listen import PostgresWatcher

        watcher = PostgresWatcher(db)
    elif db.path is not None:
        watcher = SQLiteWatcher(db)
    else:
        return None
    watcher.start()
    return watcher
