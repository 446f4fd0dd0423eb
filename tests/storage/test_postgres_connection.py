"""PostgreSQL team mode: LISTEN/NOTIFY between two open databases, and connection faults.

A commit through one ``Database`` reaches another's ``PostgresWatcher`` within 2 s; a server
that stops and comes back is reported, listened to again and re-read; a save while it is down
is refused with ``DatabaseConnectionError`` and nothing is written twice; a COMMIT whose answer
is lost is looked up on the server (committed: saved; aborted: not saved). Runs only on
PostgreSQL (``./dev test-postgres`` or ``EXCHANGE_PLANNER_TEST_PG``); the restart test starts
a private server (``tests/pg_server.py``).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa

from exchange_planner.domain.errors import DatabaseConnectionError, ExchangePlannerError
from exchange_planner.services.registry import Services
from exchange_planner.storage import pg_listen
from exchange_planner.storage.audit import Changes
from exchange_planner.storage.database import Database, open_database
from exchange_planner.storage.pg_listen import (
    CONNECTED,
    LOST,
    RECONNECTED,
    PostgresWatcher,
    parse_payload,
)
from pg_server import ThrowawayServer

#: Waits in these tests are bounds for something that normally takes milliseconds.
WITHIN = 10.0


def _postgres_only(db: Database) -> None:
    if not db.is_postgresql:
        pytest.skip("PostgreSQL only (LISTEN/NOTIFY and server connections)")


class Heard:
    """What a database's listeners were told, and the watcher's connection states."""

    def __init__(self, db: Database) -> None:
        self.changes: queue.Queue[Changes] = queue.Queue()
        self.states: queue.Queue[str] = queue.Queue()
        self.unsubscribe = db.subscribe(self.changes.put)

    def next_change(self, timeout: float = WITHIN) -> Changes:
        return self.changes.get(timeout=timeout)

    def wait_state(self, state: str, timeout: float = WITHIN) -> None:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"the watcher never reported {state!r}")
            try:
                if self.states.get(timeout=left) == state:
                    return
            except queue.Empty:
                continue


@pytest.fixture
def second(db: Database) -> Iterator[Database]:
    """Another open database on the same PostgreSQL database (another window, program, user)."""
    _postgres_only(db)
    other = open_database(db.url)
    other.user = "anna"
    yield other
    other.dispose()


def _watch(db: Database) -> tuple[PostgresWatcher, Heard]:
    heard = Heard(db)
    watcher = PostgresWatcher(db, on_state=heard.states.put)
    watcher.start()
    heard.wait_state(CONNECTED)
    return watcher, heard


def _log_rows(db: Database, table: str, record_id: int) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                sa.text(
                    "SELECT action, field, new_value FROM change_log "
                    "WHERE table_name = :t AND record_id = :id ORDER BY id"
                ),
                {"t": table, "id": record_id},
            )
        ]


def test_a_commit_reaches_the_other_databases_listener_within_2_s(
    db: Database, second: Database
) -> None:
    watcher, heard = _watch(second)
    own_watcher, own = _watch(db)
    try:
        person = Services.for_database(db).people.create(family_name="Kim")
        change = heard.next_change(timeout=2.0)  # the bound for a live refresh
        assert change.remote and not change.everything
        assert ("person", person.id) in change.records
        assert change.user == db.user and change.origin == db.origin
        # The committing database heard its own commit once, locally, not again remotely.
        local = own.next_change()
        assert not local.remote and ("person", person.id) in local.records
        Services.for_database(second).people.update(person.id, given_name="Min-jun")
        assert ("person", person.id) in own.next_change().records
        assert not heard.next_change().remote  # the second database's own commit
    finally:
        watcher.stop()
        own_watcher.stop()
    assert heard.changes.empty()


def test_a_payload_of_everything_or_of_another_program_is_read_safely() -> None:
    assert parse_payload('{"o": "me", "u": "x", "r": [["visit", 1]]}', own_origin="me") is None
    everything = parse_payload('{"o": "other", "u": "anna", "all": true}', own_origin="me")
    assert everything == Changes(user="anna", origin="other", remote=True, everything=True)
    odd = parse_payload('{"o": "b", "r": [["visit", "2"], ["bad"], 3]}', own_origin="me")
    assert odd is not None and odd.records == frozenset({("visit", 2)})
    assert parse_payload("not json", own_origin="me") is None
    assert parse_payload("[1, 2]", own_origin="me") is None


def test_stop_ends_the_watcher_and_its_connection(db: Database) -> None:
    _postgres_only(db)
    watcher, _heard = _watch(db)
    thread = watcher._thread
    assert thread is not None and thread.is_alive()
    watcher.stop()  # waits at most pg_listen.WAIT for the thread to notice
    assert not thread.is_alive()
    assert watcher._connection is None


def test_a_server_restart_is_reported_reconnected_and_nothing_is_written_twice(
    restartable_pg: ThrowawayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pg_listen, "RETRY_FIRST", 0.1)
    monkeypatch.setattr(pg_listen, "RETRY_MAX", 0.5)
    db = open_database(restartable_pg.url)
    try:
        services = Services.for_database(db)
        person = services.people.create(family_name="Lee")
        services.people.update(person.id, given_name="Before")
        watcher, heard = _watch(db)
        while not heard.changes.empty():
            heard.changes.get_nowait()
        try:
            restartable_pg.stop()
            heard.wait_state(LOST)
            # A save while the server is away: refused, for the user to read, not a crash.
            with pytest.raises(DatabaseConnectionError) as caught:
                services.people.update(person.id, given_name="While down")
            assert isinstance(caught.value, ExchangePlannerError)
            assert caught.value.saved is False
            assert "your change was not saved" in str(caught.value)
            restartable_pg.start()
            heard.wait_state(RECONNECTED)
            # Notifications sent while nobody listened are lost: everything is re-read.
            assert heard.next_change() == Changes(remote=True, everything=True)
            # The pooled connections died with the server; the next save just works.
            services.people.update(person.id, given_name="After")
        finally:
            watcher.stop()
        assert services.people.get(person.id).given_name == "After"
        updates = [row for row in _log_rows(db, "person", person.id) if row[0] == "update"]
        assert [row[2] for row in updates if row[1] == "given_name"] == ["Before", "After"]
        with db.engine.connect() as connection:
            count = connection.execute(sa.text("SELECT count(*) FROM person")).scalar()
        assert count == 1
    finally:
        db.dispose()


def _backend_pid(connection: sa.Connection) -> int:
    return int(connection.connection.dbapi_connection.info.backend_pid)  # type: ignore[union-attr]


def test_a_connection_killed_right_before_commit_reports_not_saved(
    db: Database, second: Database
) -> None:
    """The server ends the session between the last statement and COMMIT: the transaction is
    rolled back by the server, and the save says it was not saved."""
    services = Services.for_database(db)
    person = services.people.create(family_name="Park")
    before = _log_rows(db, "person", person.id)
    published: list[Changes] = []
    db.subscribe(published.append)
    killer = sa.create_engine(db.url, isolation_level="AUTOCOMMIT")
    fired = threading.Event()

    def kill_before_commit(connection: sa.Connection) -> None:
        if fired.is_set():
            return
        fired.set()
        with killer.connect() as other:
            other.execute(
                sa.text("SELECT pg_terminate_backend(:pid, 5000)"),
                {"pid": _backend_pid(connection)},
            )

    sa.event.listen(db.engine, "commit", kill_before_commit)
    try:
        with pytest.raises(DatabaseConnectionError) as caught:
            services.people.update(person.id, given_name="Lost")
    finally:
        sa.event.remove(db.engine, "commit", kill_before_commit)
        killer.dispose()
    assert fired.is_set()
    assert caught.value.saved is False
    assert "your change was not saved" in str(caught.value)
    assert published == []
    assert services.people.get(person.id).given_name != "Lost"
    assert _log_rows(db, "person", person.id) == before
    services.people.update(person.id, given_name="Kept")  # the database is usable again
    assert Services.for_database(second).people.get(person.id).given_name == "Kept"


def test_a_commit_whose_answer_is_lost_is_found_committed_and_counts_as_saved(
    db: Database, second: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The COMMIT reaches the server but the connection breaks before its answer: the
    server is asked, the transaction committed, so the save succeeds — once."""
    watcher, heard = _watch(second)
    services = Services.for_database(db)
    person = services.people.create(family_name="Choi")
    assert ("person", person.id) in heard.next_change().records
    published: list[Changes] = []
    db.subscribe(published.append)
    dialect = db.engine.dialect
    real_commit = dialect.do_commit
    calls: list[int] = []

    def commit_then_lose_the_answer(pooled: Any) -> None:
        real_commit(pooled)
        if not calls:
            calls.append(1)
            pooled.dbapi_connection.close()  # the socket is gone before the answer was read
            raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(dialect, "do_commit", commit_then_lose_the_answer)
    try:
        updated = services.people.update(person.id, given_name="Saved once")
        assert calls == [1]
        assert updated.given_name == "Saved once"
        assert [("person", person.id) in change.records for change in published] == [True]
        # The other database heard the commit through its NOTIFY, exactly once.
        change = heard.next_change()
        assert ("person", person.id) in change.records and change.remote
    finally:
        watcher.stop()
    assert Services.for_database(second).people.get(person.id).given_name == "Saved once"
    updates = [row for row in _log_rows(db, "person", person.id) if row[0] == "update"]
    assert updates == [("update", "given_name", "Saved once")]
    assert heard.changes.empty()
