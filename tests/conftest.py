"""Shared fixtures: a fresh database per test, the sample, Qt offscreen with isolated settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A lock held by another program is waited for 0.3 s instead of 10 s (subprocesses inherit it);
# tests of the wait itself set their own bound.
os.environ.setdefault("EXCHANGE_PLANNER_LOCK_TIMEOUT", "0.3")
# Documents are reproducible (dated at the data's "as of" time, the same bytes for the same
# data; reports/archive.py), for subprocesses too; tests of real dates say so themselves.
os.environ.setdefault("EXCHANGE_PLANNER_REPRODUCIBLE_PDF", "1")
# The application's settings file (ui/settings.py) in a private folder, never the user's own,
# for subprocesses too; the qt_settings fixture gives each test a fresh one.
if not os.environ.get("EXCHANGE_PLANNER_SETTINGS"):
    import tempfile

    os.environ["EXCHANGE_PLANNER_SETTINGS"] = str(
        Path(tempfile.mkdtemp(prefix="exchange-planner-test-settings-")) / "settings.ini"
    )
# Parsed fonts (reports/font_cache.py) are cached in a folder of the test run, never in the
# user's cache folder; tests of the cache itself name their own.
if not os.environ.get("EXCHANGE_PLANNER_FONT_CACHE"):
    import tempfile

    os.environ["EXCHANGE_PLANNER_FONT_CACHE"] = tempfile.mkdtemp(
        prefix="exchange-planner-test-fonts-"
    )

from exchange_planner.services.registry import Services
from exchange_planner.services.sample import build_sample
from exchange_planner.storage.database import Database, open_database
from full_disk import small_disk  # noqa: F401  (a fixture: a real full disk, root only)
from pg_server import restartable_pg  # noqa: F401  (a fixture: a server a test may restart)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.sqlite3"


#: A PostgreSQL server URL (e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres): when
#: set, tests using ``db`` run on a fresh PostgreSQL database each instead of a SQLite file.
PG_SERVER_ENV = "EXCHANGE_PLANNER_TEST_PG"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    server = os.environ.get(PG_SERVER_ENV)
    if not server:
        database = open_database(db_path)
        yield database
        database.dispose()
        return
    yield from _postgres_database(server)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not os.environ.get(PG_SERVER_ENV):
        return
    skip = pytest.mark.skip(reason="SQLite specific; this run uses PostgreSQL")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


def _postgres_database(server: str) -> Iterator[Database]:
    import uuid

    import sqlalchemy as sa

    name = f"ep_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.make_url(server).set(database=name).render_as_string(hide_password=False)
    database = open_database(url)
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.for_database(db)


@pytest.fixture
def events(services: Services):  # type: ignore[no-untyped-def]
    """An event hub fed by the change feed of the test database, as the window has one:
    every commit is announced on it, whoever made it."""
    from exchange_planner.ui.change_feed import ChangeFeed
    from exchange_planner.ui.events import EventHub

    hub = EventHub()
    feed = ChangeFeed(services.db, hub)
    yield hub
    feed.close()


@pytest.fixture
def sample_ids(services: Services) -> dict[str, int]:
    """Fills the test database with the Leipzig–Gwangju sample; returns its main ids."""
    return build_sample(services)


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample written once per session; copy it with ``sample_db_path``."""
    from exchange_planner.services.sample import write_sample

    return write_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def sample_db_path(sample_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample database for one test."""
    import shutil

    target = tmp_path / "sample.sqlite3"
    shutil.copy(sample_template, target)
    return target


@pytest.fixture
def qt_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """QSettings written to a temporary folder, never to the user's real settings: the file
    ``application_settings()`` (what the real start uses) opens during the test."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    path = tmp_path / "settings" / "test.ini"
    monkeypatch.setenv("EXCHANGE_PLANNER_SETTINGS", str(path))
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def main_window(qtbot, sample_db_path: Path, qt_settings):  # type: ignore[no-untyped-def]
    """The main window on a private copy of the sample."""
    from exchange_planner.ui.main_window import MainWindow

    window = MainWindow(open_database(sample_db_path), qt_settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
