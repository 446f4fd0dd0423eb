"""The command line answers without loading what it does not use (issue 14).

``--help``, ``--version`` and every command's ``--help`` build the parser from the command
modules' ``register`` functions only; ``list`` reads a current SQLite file with the standard
library's sqlite3. Neither loads SQLAlchemy, SQLModel, Alembic, ReportLab or Qt. What ``list``
prints is what the services' path printed before: on the sample, on a database with tricky
values, and on an older file (which that path still upgrades, with a backup first).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from exchange_planner.cli import build_parser, main
from exchange_planner.domain.enums import Direction, NameOrder, VisitStatus
from exchange_planner.domain.names import latin_name, own_script_name
from exchange_planner.logs import LOG_DIR_ENV
from exchange_planner.services.registry import Services
from exchange_planner.storage import sql_read
from exchange_planner.storage.database import alembic_config, head_revision, open_database
from hostile_files import snapshot

pytestmark = pytest.mark.sqlite_only

#: What none of these commands may load.
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "PySide6", "shiboken6")

#: Runs each argument list of argv[2] (JSON) through ``main`` in one process and writes the
#: names of every module loaded at exit to the file argv[1].
RUNNER = """
import atexit, json, sys
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(sorted(sys.modules))))
from exchange_planner.cli import main
for arguments in json.loads(sys.argv[2]):
    try:
        main(arguments)
    except SystemExit as stop:
        if stop.code not in (0, None):
            raise
"""

KINDS = ("visits", "residencies", "exhibitions", "people")


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error is logged here, not in the user's log folder."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "log"))


def loaded_modules(*command_lines: list[str]) -> tuple[set[str], str]:
    """The modules a fresh process has loaded after running ``command_lines``, and its output."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "modules.json"
        result = subprocess.run(
            [sys.executable, "-c", RUNNER, str(out), json.dumps(command_lines)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            env={
                **os.environ,
                "PYTHONPATH": os.pathsep.join(sys.path),
                "PYTHONIOENCODING": "utf-8",
            },
        )
        assert result.returncode == 0, result.stderr
        return set(json.loads(out.read_text(encoding="utf-8"))), result.stdout


def heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in HEAVY)


def every_help() -> list[list[str]]:
    """``--help`` of the program and of every command and sub-command the parser knows."""
    lines: list[list[str]] = [["--help"]]

    def walk(parser: argparse.ArgumentParser, words: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    lines.append([*words, name, "--help"])
                    walk(child, [*words, name])

    walk(build_parser(), [])
    return lines


def test_help_and_version_load_no_database_code_no_documents_and_no_qt(tmp_path: Path) -> None:
    helps = every_help()
    assert ["print", "itinerary", "--help"] in helps and ["list", "--help"] in helps
    modules, output = loaded_modules(*helps, ["--version"])
    assert heavy(modules) == []
    # Each command's module was imported to build the parser, none of what runs a command.
    assert "exchange_planner.cli.printing" in modules
    assert "exchange_planner.services.documents" not in modules
    assert "exchange_planner.storage.database" not in modules
    assert "usage: exchange-planner print itinerary" in output
    assert "{de,en,ko,de+ko,de+en}" in output  # the document languages, read when shown
    assert "Files over 20 MB are refused unread." in " ".join(output.split())
    assert output.rstrip().splitlines()[-1].startswith("exchange-planner ")  # --version


def test_list_visits_on_the_sample_reads_the_file_directly(
    sample_db_path: Path, tmp_path: Path
) -> None:
    before = snapshot(sample_db_path.parent)
    modules, output = loaded_modules(
        *(["list", kind, "--db", str(sample_db_path)] for kind in KINDS)
    )
    assert heavy(modules) == []
    assert "exchange_planner.storage.database" not in modules
    assert "exchange_planner.storage.tables" not in modules
    assert "babel" not in {name.split(".")[0] for name in modules}  # nothing worded here
    assert "Offizieller Besuch der Delegation aus Gwangju" in output
    assert "강기정" in output
    # Nothing left beside the file (no -wal/-shm), its bytes and mode as they were.
    assert snapshot(sample_db_path.parent) == before
    assert stat.S_IMODE(sample_db_path.stat().st_mode) == 0o600


# --- the same lines as the services' path --------------------------------------------------
def expected_table(path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> str:
    """What ``list KIND`` printed before it read files directly: the services' records,
    formatted as the command always did (the oracle of these tests)."""
    from exchange_planner.cli.core import _print_table

    db = open_database(path, create=False)
    try:
        services = Services.for_database(db)
        if kind == "visits":
            rows = [
                (v.id, v.title, f"{v.start_date}–{v.end_date}", v.status.value)
                for v in services.visits.list()
            ]
            header: tuple[str, ...] = ("id", "title", "dates", "status")
        elif kind == "residencies":
            rows = [
                (r.id, r.title, f"{r.start_date}–{r.end_date}", r.status.value)
                for r in services.residencies.list()
            ]
            header = ("id", "title", "dates", "status")
        elif kind == "exhibitions":
            rows = [
                (e.id, e.title, f"{e.start_date}–{e.end_date}", "")
                for e in services.exhibitions.list()
            ]
            header = ("id", "title", "dates", "")
        else:
            rows = [
                (p.id, latin_name(p), own_script_name(p), p.title) for p in services.people.list()
            ]
            header = ("id", "name", "own script", "title")
    finally:
        db.dispose()
    capsys.readouterr()
    _print_table(header, rows)
    return capsys.readouterr().out


def listed(path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["list", kind, "--db", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


@pytest.fixture
def directly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the database fails the test: the command must read the file directly."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the database was opened")

    monkeypatch.setattr("exchange_planner.cli.common.open_db", refused)


@pytest.fixture
def through_services(monkeypatch: pytest.MonkeyPatch) -> None:
    """No file is read directly: the command takes the services' path."""

    def not_quickly(path: object) -> None:
        raise sql_read.NotQuicklyReadable("not in this test")

    monkeypatch.setattr(sql_read, "sqlite_file_reader", not_quickly)


def tricky(path: Path) -> Path:
    """The sample plus Hangul, quotes, equal start dates, a second partnership and names
    without given name or own script."""
    db = open_database(path)
    try:
        s = Services.for_database(db)
        brno = s.partnerships.create(
            partner_city="Brno", country="Czechia", timezone="Europe/Prague"
        )
        busan = s.partnerships.create(
            partner_city="부산", country="대한민국", timezone="Asia/Seoul"
        )
        for title, start, end, status, partnership in [
            (
                "광주 문화 대표단 – „Kunst“ 방문",
                date(2023, 7, 25),
                date(2023, 7, 25),
                "draft",
                busan,
            ),
            (
                "Same day as the sample's visit",
                date(2023, 7, 25),
                date(2023, 8, 2),
                "planned",
                brno,
            ),
            ("X" * 300, date(1999, 1, 1), date(2031, 12, 31), "cancelled", brno),
            (
                "Quotes \"double\" and 'single' 😀",
                date(2030, 2, 28),
                date(2030, 3, 1),
                "confirmed",
                busan,
            ),
        ]:
            s.visits.create(
                title=title,
                direction=Direction.INCOMING,
                status=VisitStatus(status),
                start_date=start,
                end_date=end,
                partnership_id=partnership.id,
            )
        s.people.create(
            family_name="강",
            given_name="",
            native_name="강 기정",
            name_order=NameOrder.FAMILY_FIRST,
        )
        s.people.create(
            family_name="Müller", given_name="Anna-Lena", native_name="", title="Dr. 박사"
        )
        s.people.create(family_name="Müller", given_name="Anna", native_name="안나 뮐러")
    finally:
        db.dispose()
    return path


@pytest.mark.usefixtures("directly")
@pytest.mark.parametrize("kind", KINDS)
def test_list_read_directly_prints_what_the_services_printed(
    kind: str, sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tricky(sample_db_path)
    quick = listed(path, kind, capsys)
    assert quick == expected_table(path, kind, capsys)
    assert len(quick.splitlines()) > 1


@pytest.mark.usefixtures("through_services")
@pytest.mark.parametrize("kind", KINDS)
def test_list_through_the_services_prints_the_same(
    kind: str, sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tricky(sample_db_path)
    assert listed(path, kind, capsys) == expected_table(path, kind, capsys)


def test_tricky_values_are_in_the_list(sample_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = listed(tricky(sample_db_path), "visits", capsys)
    assert "광주 문화 대표단 – „Kunst“ 방문" in out and "1999-01-01–2031-12-31  cancelled" in out
    people = listed(sample_db_path, "people", capsys)
    assert "강기정" in people  # the own-script rule of domain/names.py


def test_an_empty_list_says_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "empty.sqlite3"
    open_database(path).dispose()
    monkeypatch.setattr("exchange_planner.cli.common.open_db", None)  # read directly
    assert listed(path, "visits", capsys) == "(none)\n"


# --- files that opening would change go through open_database, as before ------------------
def downgrade(path: Path, revision: str) -> None:
    """Back to an older schema, as an older version left the file (foreign keys off, as
    SQLite rebuilds a table to drop a column)."""
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_an_older_file_is_upgraded_with_a_backup_and_lists_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "plans.sqlite3"
    path.parent.mkdir()
    db = open_database(path)
    try:
        people = Services.for_database(db).people
        people.create(
            family_name="Kang",
            given_name="Gi-jung",
            native_name="강 기정",
            name_order=NameOrder.FAMILY_FIRST,
            title="시장",
        )
        people.create(family_name="Jung", given_name="Burkhard", title="Oberbürgermeister")
    finally:
        db.dispose()
    reference = tmp_path / "reference.sqlite3"
    shutil.copy(path, reference)
    downgrade(path, "0003")
    assert listed(path, "people", capsys) == expected_table(reference, "people", capsys)
    assert "강기정" in expected_table(reference, "people", capsys)
    assert list((path.parent / "backups").glob("*before-upgrade-0003*"))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    connection.close()
    assert listed(path, "visits", capsys) == "(none)\n"


def test_the_sample_at_an_older_schema_is_upgraded_and_lists_the_same(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = tmp_path / "reference.sqlite3"
    shutil.copy(sample_db_path, reference)
    downgrade(sample_db_path, "0003")
    assert listed(sample_db_path, "visits", capsys) == expected_table(reference, "visits", capsys)


def test_a_file_readable_by_others_is_made_private_as_before(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chmod(sample_db_path, 0o644)
    assert "Gwangju" in listed(sample_db_path, "visits", capsys)
    assert stat.S_IMODE(sample_db_path.stat().st_mode) == 0o600


def test_a_file_in_rollback_journal_mode_is_switched_to_wal_as_before(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(sample_db_path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    assert "Gwangju" in listed(sample_db_path, "visits", capsys)
    assert sample_db_path.read_bytes()[18] == 2  # WAL, as open_database leaves it


def test_a_file_open_in_another_program_is_read_beside_it(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = sqlite3.connect(sample_db_path, isolation_level=None)
    holder.execute("UPDATE visit SET title = 'Committed by the other program' WHERE id = 1")
    try:
        assert Path(f"{sample_db_path}-wal").exists()  # the change is in the -wal file only
        monkeypatch.setattr("exchange_planner.cli.common.open_db", None)  # read directly
        assert "Committed by the other program" in listed(sample_db_path, "visits", capsys)
    finally:
        holder.close()
