"""A PostgreSQL server of a test's own, which the test may stop, start and restart.

The shared server of the postgres run (``./dev test-postgres``) serves other tests in parallel
and must stay up; a test of connection faults gets a private throwaway cluster instead, made
with the same binaries (``$EXCHANGE_PLANNER_TEST_PG_BIN``, which ``./dev`` exports, or the
newest ``/usr/lib/postgresql/*/bin``). Only in the postgres run (``$EXCHANGE_PLANNER_TEST_PG``
set); elsewhere, or without the binaries, the test is skipped.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_SERVER_ENV = "EXCHANGE_PLANNER_TEST_PG"
PG_BIN_ENV = "EXCHANGE_PLANNER_TEST_PG_BIN"


def postgres_binaries() -> Path | None:
    named = os.environ.get(PG_BIN_ENV, "").strip()
    if named and (Path(named) / "pg_ctl").exists():
        return Path(named)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda text: [int(p) if p.isdigit() else p for p in text.split("/")],
    )
    found = [folder for folder in found if (Path(folder) / "pg_ctl").exists()]
    if found:
        return Path(found[-1])
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowawayServer:
    """A cluster in a temporary folder on a free port (trust authentication, fsync off)."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="ep-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        # initdb refuses to run as root: the cluster then belongs to the postgres user.
        self._as: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres")
        self.start()

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self._as, str(self.binaries / program), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-w", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        """``fast``: the server ends every session (rolling back what is open) and stops."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def restartable_pg() -> Iterator[ThrowawayServer]:
    """A private PostgreSQL server the test may stop and start (postgres run only)."""
    if not os.environ.get(PG_SERVER_ENV):
        pytest.skip("PostgreSQL only; this run uses SQLite")
    binaries = postgres_binaries()
    if binaries is None:
        pytest.skip("the PostgreSQL server programs (pg_ctl, initdb) are not installed")
    server = ThrowawayServer(binaries)
    try:
        yield server
    finally:
        server.remove()
