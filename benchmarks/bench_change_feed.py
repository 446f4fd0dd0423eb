"""How long a commit in one process takes to reach the change feed of another.

Run: .venv/bin/python benchmarks/bench_change_feed.py [--changes 50] [--pg URL]
A writer process edits one record 50 times through the services (one commit each, spaced by
a random pause); a listener process runs the program's watcher (``storage/watch.py``) and
stamps each ``Changes`` it publishes with the system-wide monotonic clock. The latency is
the time from the writer sending COMMIT to the publish in the listener; the median
over the changes is printed, for SQLite (``PRAGMA data_version`` polled every 0.25 s) and for
PostgreSQL (``LISTEN``/``NOTIFY``).

The floor, measured in the same run, is the bare mechanism without the program: SQLite, a
``sqlite3`` UPDATE + COMMIT and a listener polling ``data_version`` in a tight loop (1 ms);
PostgreSQL, a psycopg UPDATE + ``pg_notify`` + COMMIT and a listener blocked in
``notifies()``. PostgreSQL is the server of ``--pg`` or ``$EXCHANGE_PLANNER_TEST_PG``, else a
throwaway one started like ``./dev test-postgres`` does; without one it is skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlalchemy as sa

from exchange_planner.services.registry import Services
from exchange_planner.storage.database import NOTIFY_CHANNEL, open_database
from exchange_planner.storage.watch import watch_changes

PG_ENV = "EXCHANGE_PLANNER_TEST_PG"
#: Pause between two changes: at least this, plus a random part (seconds), so that a change
#: lands anywhere in the SQLite watcher's polling interval.
PAUSE = 0.15
JITTER = 0.25
TIMEOUT = 10.0


def now() -> float:
    """The system-wide monotonic clock (the same in every process on Linux)."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


# --- listener processes --------------------------------------------------------------------
def listen_with_watcher(url: str) -> None:
    """The program's watcher: one line per published change, "<time> <json records>"."""
    db = open_database(url, migrate=False)
    db.subscribe(lambda changes: say(f"{now()} {json.dumps(sorted(changes.records))}"))
    watcher = watch_changes(db)
    assert watcher is not None
    time.sleep(0.5)  # PostgreSQL: the LISTEN is in place
    say("ready")
    sys.stdin.read()  # until the writer closes our stdin
    watcher.stop()
    db.dispose()


def listen_bare_sqlite(path: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    version = connection.execute("PRAGMA data_version").fetchone()[0]
    done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    say("ready")
    while not done.is_set():
        current = connection.execute("PRAGMA data_version").fetchone()[0]
        if current != version:
            version = current
            say(f"{now()} []")
        time.sleep(0.001)


def listen_bare_postgres(url: str) -> None:
    import psycopg

    db_url = sa.make_url(url)
    connection = psycopg.connect(
        host=db_url.host,
        port=db_url.port,
        user=db_url.username,
        dbname=db_url.database,
        password=db_url.password,
        autocommit=True,
    )
    connection.execute(f'LISTEN "{NOTIFY_CHANNEL}"')
    done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    say("ready")
    while not done.is_set():
        for _notify in connection.notifies(timeout=0.5):
            say(f"{now()} []")
    connection.close()


LISTENERS: dict[str, Callable[[str], None]] = {
    "watcher": listen_with_watcher,
    "bare-sqlite": listen_bare_sqlite,
    "bare-postgres": listen_bare_postgres,
}


# --- the writer ----------------------------------------------------------------------------
class Listener:
    """A listener process and the stamps it reports."""

    def __init__(self, kind: str, target: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--listen", kind, target],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        if self.lines.get(timeout=30) != "ready":
            raise RuntimeError("the listener did not start")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def next_stamp(self) -> float:
        return float(self.lines.get(timeout=TIMEOUT).split(" ", 1)[0])

    def drain(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self.lines.get(timeout=0.3)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


#: A writer: ``commit(i)`` makes change ``i`` and returns when the COMMIT was sent.
Commit = Callable[[int], float]


def measure(listener: Listener, commit: Commit, changes: int) -> list[float]:
    """Latencies (seconds) from each COMMIT being sent to the listener's stamp."""
    commit(-1)  # warm-up
    listener.drain()
    latencies = []
    for i in range(changes):
        time.sleep(PAUSE + random.uniform(0, JITTER))
        sent = commit(i)
        latencies.append(listener.next_stamp() - sent)
    return latencies


def service_commit(url: str) -> tuple[Commit, Callable[[], None]]:
    """An edit through the services; the stamp is taken as SQLAlchemy sends the COMMIT."""
    db = open_database(url)
    people = Services.for_database(db).people
    person = people.create(family_name="Benchmark")
    sent: list[float] = []
    sa.event.listen(db.engine, "commit", lambda _connection: sent.append(now()))

    def commit(i: int) -> float:
        sent.clear()
        people.update(person.id, given_name=f"edit {i}")
        return sent[-1]

    return commit, db.dispose


def bare_sqlite_commit(path: Path) -> tuple[Commit, Callable[[], None]]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS bench (id INTEGER PRIMARY KEY, value TEXT)")
    connection.execute("INSERT OR REPLACE INTO bench VALUES (1, '')")

    def commit(i: int) -> float:
        connection.execute("BEGIN")
        connection.execute("UPDATE bench SET value = ? WHERE id = 1", (f"edit {i}",))
        sent = now()
        connection.execute("COMMIT")
        return sent

    return commit, connection.close


def bare_postgres_commit(url: str) -> tuple[Commit, Callable[[], None]]:
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE bench (id int PRIMARY KEY, value text)"))
        connection.execute(sa.text("INSERT INTO bench VALUES (1, '')"))

    def commit(i: int) -> float:
        with engine.connect() as connection:
            connection.execute(sa.text("UPDATE bench SET value = :v WHERE id = 1"), {"v": str(i)})
            connection.execute(
                sa.text("SELECT pg_notify(:c, :p)"), {"c": NOTIFY_CHANNEL, "p": str(i)}
            )
            sent = now()
            connection.commit()
            return sent

    return commit, engine.dispose


def run(
    name: str,
    listen: tuple[str, str],
    writer: tuple[Commit, Callable[[], None]],
    changes: int,
) -> float:
    listener = Listener(*listen)
    commit, close = writer
    try:
        latencies = measure(listener, commit, changes)
    finally:
        listener.close()
        close()
    median = statistics.median(latencies)
    spread = f"{min(latencies) * 1000:.1f}–{max(latencies) * 1000:.1f} ms"
    print(f"  {name:<34} median {median * 1000:7.1f} ms   (range {spread})")
    return median


# --- PostgreSQL ----------------------------------------------------------------------------
@contextlib.contextmanager
def postgres_server(url: str | None) -> Iterator[str | None]:
    """A server URL: the given one, or a throwaway server (None when none can be started)."""
    if url:
        yield url
        return
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found:
        yield None
        return
    binaries = found[-1].parent
    folder = Path(tempfile.mkdtemp(prefix="ep-bench-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(folder, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    quiet = {"check": True, "stdout": subprocess.DEVNULL}
    data = str(folder / "data")
    subprocess.run(
        [*run_as, str(binaries / "initdb"), "-D", data, "-A", "trust", "-U", "postgres"], **quiet
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [
            *run_as,
            str(binaries / "pg_ctl"),
            "-D",
            data,
            "-l",
            str(folder / "log"),
            "-w",
            "-o",
            options,
            "start",
        ],
        **quiet,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*run_as, str(binaries / "pg_ctl"), "-D", data, "-m", "immediate", "stop"], **quiet
        )
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def fresh_database(server: str) -> Iterator[str]:
    name = f"ep_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--pg", default=os.environ.get(PG_ENV), help="a PostgreSQL server URL")
    parser.add_argument("--listen", nargs=2, metavar=("KIND", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.listen:
        LISTENERS[args.listen[0]](args.listen[1])
        return
    n = args.changes
    print(f"Latency from a commit in one process to the change feed of another, median of {n}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "plans.sqlite3"
        open_database(path).dispose()
        print("SQLite (a file in a temporary folder)")
        program = run(
            "watcher (data_version every 0.25 s)",
            ("watcher", str(path)),
            service_commit(str(path)),
            n,
        )
        bare = folder / "bare.sqlite3"
        sqlite3.connect(bare).close()
        floor = run(
            "floor: sqlite3 + 1 ms poll loop",
            ("bare-sqlite", str(bare)),
            bare_sqlite_commit(bare),
            n,
        )
        print(f"  ratio watcher / floor              ×{program / floor:.1f}")
    with postgres_server(args.pg) as server:
        if server is None:
            print("PostgreSQL: skipped (no server: pass --pg URL or install postgresql)")
            return
        print("PostgreSQL (LISTEN/NOTIFY, local server)")
        with fresh_database(server) as url:
            program = run("PostgresWatcher (LISTEN)", ("watcher", url), service_commit(url), n)
        with fresh_database(server) as url:
            floor = run(
                "floor: psycopg NOTIFY + notifies()",
                ("bare-postgres", url),
                bare_postgres_commit(url),
                n,
            )
        print(f"  ratio watcher / floor              ×{program / floor:.1f}")


if __name__ == "__main__":
    main()
