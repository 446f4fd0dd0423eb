"""Hearing of other people's commits on PostgreSQL: ``LISTEN`` on the change channel.

Every commit through ``Database.session()`` sends ``pg_notify(NOTIFY_CHANNEL, payload)`` in
its transaction, so the notification is delivered exactly when (and only if) the commit is.
``PostgresWatcher`` keeps a connection of its own (autocommit, off the GUI thread) listening
on that channel and publishes each notification from another origin to the database's
listeners as ``Changes(remote=True)``.

When the server goes away the watcher says so (``LOST``), tries again with a growing pause
(``RETRY_FIRST`` up to ``RETRY_MAX`` seconds) and, once it is back (``RECONNECTED``),
publishes ``Changes(everything=True)``: notifications sent while nobody listened are lost,
so the views re-read all they show.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable
from typing import Any

import psycopg

from exchange_planner.storage.audit import Changes
from exchange_planner.storage.database import NOTIFY_CHANNEL, Database

log = logging.getLogger(__name__)

#: Connection states told to ``on_state``.
CONNECTED = "connected"
LOST = "lost"
RECONNECTED = "reconnected"

#: How long one wait for notifications lasts (seconds): the bound of ``stop()``'s delay.
WAIT = 0.25
#: The first pause before reconnecting, doubled after each failed attempt up to the maximum.
RETRY_FIRST = 0.5
RETRY_MAX = 5.0
#: An idle listening connection is checked this often (seconds), so a server that vanished
#: without closing the connection is noticed.
PING_EVERY = 5.0
#: Bounds of one connection attempt (seconds) and TCP keepalives of the listening connection.
CONNECT_TIMEOUT = 5

StateListener = Callable[[str], None]


def parse_payload(payload: str, *, own_origin: str) -> Changes | None:
    """The ``Changes`` a notification announces, or None for our own commits and payloads
    this program did not write."""
    try:
        data = json.loads(payload)
    except ValueError:
        log.debug("ignored notification %r", payload[:200])
        return None
    if not isinstance(data, dict):
        return None
    origin = str(data.get("o", ""))
    if origin == own_origin:
        return None  # published by our own commit already
    user = str(data.get("u", ""))
    if data.get("all"):
        return Changes(user=user, origin=origin, remote=True, everything=True)
    records: set[tuple[str, int]] = set()
    for item in data.get("r") or ():
        try:
            kind, record_id = item
            records.add((str(kind), int(record_id)))
        except (TypeError, ValueError):
            continue
    return Changes(frozenset(records), user=user, origin=origin, remote=True)


class PostgresWatcher:
    """Listens on ``NOTIFY_CHANNEL`` in a thread with its own connection.

    ``on_state`` (optional, settable before or after ``start``) hears ``CONNECTED`` once the
    first ``LISTEN`` is in place, ``LOST`` when the connection drops (once per outage) and
    ``RECONNECTED`` when listening again; it is called in the watcher's thread.
    """

    def __init__(self, db: Database, on_state: StateListener | None = None) -> None:
        self.db = db
        self.on_state = on_state
        #: The last state told: CONNECTED, LOST or RECONNECTED ("" before the first).
        self.state = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: psycopg.Connection[Any] | None = None
        self._lock = threading.Lock()

    # --- life -----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self._close()

    # --- the thread -----------------------------------------------------------------------
    def _run(self) -> None:
        delay = RETRY_FIRST
        lost = False
        while not self._stop.is_set():
            try:
                self._connect()
            except psycopg.Error as error:
                if not lost:
                    log.warning("cannot listen for changes: %s", error)
                    lost = True
                    self._tell(LOST)
                if self._stop.wait(delay):
                    break
                delay = min(delay * 2, RETRY_MAX)
                continue
            delay = RETRY_FIRST
            if self._stop.is_set():
                self._close()
                break
            if lost or self.state:  # not the first connection: what was missed is unknown
                self._tell(RECONNECTED)
                self.db.publish(Changes(remote=True, everything=True))
            else:
                self._tell(CONNECTED)
            lost = False
            try:
                self._listen()
            except psycopg.Error as error:
                if self._stop.is_set():
                    break
                log.warning("lost the connection listening for changes: %s", error)
                lost = True
                self._tell(LOST)
            finally:
                self._close()

    def _connect(self) -> None:
        args, options = self.db.engine.dialect.create_connect_args(self.db.engine.url)
        options = dict(options)
        options.setdefault("connect_timeout", CONNECT_TIMEOUT)
        options.setdefault("keepalives", 1)
        options.setdefault("keepalives_idle", 10)
        options.setdefault("keepalives_interval", 5)
        options.setdefault("keepalives_count", 3)
        connection = psycopg.connect(*args, autocommit=True, **options)
        try:
            connection.execute(f'LISTEN "{NOTIFY_CHANNEL}"')
        except BaseException:
            connection.close()
            raise
        with self._lock:
            self._connection = connection

    def _listen(self) -> None:
        connection = self._connection
        assert connection is not None
        idle = 0.0
        while not self._stop.is_set():
            heard = False
            for notify in connection.notifies(timeout=WAIT):
                heard = True
                if notify.channel != NOTIFY_CHANNEL:
                    continue
                changes = parse_payload(notify.payload, own_origin=self.db.origin)
                if changes:
                    self.db.publish(changes)
            idle = 0.0 if heard else idle + WAIT
            if idle >= PING_EVERY:
                connection.execute("SELECT 1")
                idle = 0.0

    def _close(self) -> None:
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(psycopg.Error):
                connection.close()

    def _tell(self, state: str) -> None:
        self.state = state
        listener = self.on_state
        if listener is None or self._stop.is_set():  # stopped: its window may be gone
            return
        try:
            listener(state)
        except Exception:  # a broken listener must not end the listening
            log.exception("connection state listener failed")
