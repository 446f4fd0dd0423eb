"""Written files are whole or absent, and owner-only regardless of the umask.

A full disk is simulated two ways: a writer (or ``fsync``) raising ``ENOSPC`` in-process, and,
when running as root on Linux, a real 64 KiB tmpfs that the command line writes onto.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from alembic import command

from exchange_planner.cli import main
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.logs import LOG_DIR_ENV, logger, setup_logging
from exchange_planner.services import interchange
from exchange_planner.services.documents import DocumentService
from exchange_planner.services.ics import IcsService, write_ics
from exchange_planner.storage import files
from exchange_planner.storage.database import alembic_config, open_database
from exchange_planner.storage.files import FileWriteError, atomic_write, private_dir
from full_disk import fill, run_cli

PREVIOUS = b"previous contents \xe2\x80\x94 keep me\n"

pytestmark = pytest.mark.sqlite_only


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part")))


def _full_disk_midway(stream: BinaryIO) -> None:
    stream.write(b"half of the new ")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# --- atomic_write itself ---------------------------------------------------------------------
def test_full_disk_midway_keeps_the_previous_file_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(PREVIOUS)
    with pytest.raises(FileWriteError) as caught:
        atomic_write(target, _full_disk_midway)
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path) == [] and sorted(os.listdir(tmp_path)) == ["export.json"]
    message = str(caught.value)
    assert "\n" not in message and str(target) in message
    assert "disk is full" in message and "previous file was left as it was" in message
    assert caught.value.errno == errno.ENOSPC


def test_full_disk_for_a_new_file_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    with pytest.raises(FileWriteError, match="no file was written"):
        atomic_write(target, _full_disk_midway)
    assert os.listdir(tmp_path) == []


def test_a_failing_writer_of_any_kind_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(PREVIOUS)

    def broken(stream: BinaryIO) -> None:
        stream.write(b"%PDF-1.4 partial")
        raise ValueError("layout failed")

    with pytest.raises(ValueError, match="layout failed"):
        atomic_write(target, broken)
    assert target.read_bytes() == PREVIOUS
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_failing_fsync_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "calendar.ics"
    target.write_bytes(PREVIOUS)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(FileWriteError):
        write_ics(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", target)
    assert target.read_bytes() == PREVIOUS
    assert os.listdir(tmp_path) == ["calendar.ics"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "out.json"
    with pytest.raises(FileWriteError, match="does not exist"):
        atomic_write(target, lambda stream: stream.write(b"{}"))


def test_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(PREVIOUS)
    assert atomic_write(target, lambda stream: stream.write(b"new")) == target
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.json"]


# --- the command line on a full disk, in-process ---------------------------------------------
def _enospc_on_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)


@pytest.mark.parametrize(
    ("command_line", "name"),
    [
        (["print", "itinerary", "--visit", "1", "-o"], "itinerary.pdf"),
        (["print", "gifts", "--year", "2023", "-o"], "gifts.pdf"),
        (["export", "-o"], "exchange.json"),
        (["export-ics", "--visit", "1", "-o"], "visit.ics"),
    ],
)
def test_cli_on_a_full_disk_says_so_in_one_line_and_exits_2(
    command_line: list[str],
    name: str,
    sample_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / name
    target.write_bytes(PREVIOUS)
    _enospc_on_fsync(monkeypatch)
    code = main(["--db", str(sample_db_path), *command_line, str(target)])
    captured = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and str(target) in lines[0]
    assert target.read_bytes() == PREVIOUS
    assert os.listdir(out_dir) == [name]


def test_personal_itineraries_on_a_full_disk_leave_no_partial_pdf(
    sample_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(sample_db_path)
    folder = tmp_path / "personal"
    _enospc_on_fsync(monkeypatch)
    try:
        with pytest.raises(FileWriteError):
            DocumentService(db).write_personal_itineraries(1, folder, lang="en")
    finally:
        db.dispose()
    assert os.listdir(folder) == []


def test_backup_on_a_full_disk_leaves_no_file_and_the_database_works(
    sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(sample_db_path)
    _enospc_on_fsync(monkeypatch)
    try:
        with pytest.raises(FileWriteError, match="disk is full"):
            db.backup("manual")
        monkeypatch.undo()
        assert db.current_revision() is not None
    finally:
        db.dispose()
    assert os.listdir(sample_db_path.parent / "backups") == []


# --- a real full disk: a tiny tmpfs (root on Linux only; tests/full_disk.py) ---------------
@pytest.fixture
def tiny_tmpfs(small_disk: Callable[[str], Path]) -> Path:
    """A 64 KiB tmpfs (root on Linux only)."""
    return small_disk("64k")


def test_print_onto_a_really_full_disk(tiny_tmpfs: Path, sample_db_path: Path) -> None:
    target = tiny_tmpfs / "itinerary.pdf"
    target.write_bytes(PREVIOUS)
    fill(tiny_tmpfs)
    result = run_cli(
        "print", "itinerary", "--db", str(sample_db_path), "--visit", "1", "-o", str(target)
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0]
    assert target.read_bytes() == PREVIOUS
    assert sorted(os.listdir(tiny_tmpfs)) == ["filler", "itinerary.pdf"]


def test_export_onto_a_really_full_disk(tiny_tmpfs: Path, sample_db_path: Path) -> None:
    target = tiny_tmpfs / "exchange.json"
    target.write_bytes(PREVIOUS)
    fill(tiny_tmpfs)
    result = run_cli("export", "--db", str(sample_db_path), "-o", str(target))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == PREVIOUS
    assert sorted(os.listdir(tiny_tmpfs)) == ["exchange.json", "filler"]


def test_no_room_for_the_backup_stops_the_upgrade(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    # A small database one revision behind, on the tiny disk, with the rest of it filled.
    work = tmp_path / "plans.sqlite3"
    db = open_database(work)
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    db.dispose()
    with sqlite3.connect(work) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    disk = small_disk(f"{work.stat().st_size // 1024 + 64}k")
    path = disk / "plans.sqlite3"
    shutil.copy(work, path)
    (disk / "backups").mkdir()
    before = path.read_bytes()
    # Room for the WAL and SHM files of the open, not for the backup copy.
    fill(disk, leave_kib=64)
    assert path.stat().st_size > 64 * 1024
    with pytest.raises(ExchangePlannerError) as caught:
        open_database(path)
    message = str(caught.value)
    assert message.startswith("Cannot write the backup ") and "\n" not in message
    assert message.endswith("the disk is full; the database was left as it was.")
    assert path.read_bytes() == before
    assert os.listdir(disk / "backups") == []


# --- permissions regardless of the umask -----------------------------------------------------
@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    if os.name == "nt":
        pytest.skip("Windows has no POSIX permission bits")
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def test_exports_are_owner_only(umask: int, sample_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    replaced = out / "exchange.json"
    replaced.write_bytes(PREVIOUS)
    os.chmod(replaced, 0o644)
    db = open_database(sample_db_path)
    try:
        documents = DocumentService(db)
        documents.write_itinerary(1, out / "itinerary.pdf", lang="en")
        documents.write_gift_protocol(out / "gifts.pdf", year=2023, lang="en")
        interchange.export_to_file(db, replaced)
        write_ics(IcsService(db).visit_ics(1), out / "visit.ics")
        personal = documents.write_personal_itineraries(1, out / "personal", lang="en")
    finally:
        db.dispose()
    assert personal
    for path in [out / "itinerary.pdf", out / "gifts.pdf", replaced, out / "visit.ics", *personal]:
        assert _mode(path) == 0o600, path
    assert (out / "itinerary.pdf").read_bytes().startswith(b"%PDF")
    assert _mode(out / "personal") == 0o700


def test_backups_are_owner_only(umask: int, sample_db_path: Path) -> None:
    db = open_database(sample_db_path)
    try:
        backup = db.backup("manual")
    finally:
        db.dispose()
    assert backup is not None
    assert _mode(backup) == 0o600
    assert _mode(backup.parent) == 0o700
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM visit").fetchone()[0] > 0
    copy.close()
    assert _leftovers(backup.parent) == []


def test_data_folder_database_and_wal_are_owner_only(umask: int, tmp_path: Path) -> None:
    path = tmp_path / "new" / "data" / "plans.sqlite3"
    db = open_database(path)
    try:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("SELECT 1")
        for name in ("plans.sqlite3", "plans.sqlite3-wal", "plans.sqlite3-shm"):
            assert (path.parent / name).exists(), name
            assert _mode(path.parent / name) == 0o600, name
    finally:
        db.dispose()
    assert _mode(path.parent) == 0o700
    assert _mode(path.parent.parent) == 0o700


def test_an_existing_database_is_tightened_but_stays_read_only(
    umask: int, sample_db_path: Path
) -> None:
    os.chmod(sample_db_path, 0o644)
    open_database(sample_db_path).dispose()
    assert _mode(sample_db_path) == 0o600
    os.chmod(sample_db_path, 0o444)
    private_dir(sample_db_path.parent)
    files.tighten_mode(sample_db_path)
    assert _mode(sample_db_path) == 0o400


@pytest.fixture
def clean_log_handlers() -> Iterator[None]:
    yield
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def test_log_folder_is_owner_only(
    umask: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_log_handlers: None
) -> None:
    folder = tmp_path / "state" / "log"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    log = setup_logging()
    logger.info("a line")
    assert _mode(folder) == 0o700
    assert _mode(folder.parent) == 0o700
    assert _mode(log) & 0o077 == 0


def test_an_existing_log_folder_is_tightened(
    umask: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_log_handlers: None
) -> None:
    folder = tmp_path / "log"
    folder.mkdir()
    os.chmod(folder, 0o755)
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    setup_logging()
    assert _mode(folder) == 0o700


def test_a_shared_sticky_folder_is_never_tightened(umask: int, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    private_dir(shared)
    assert _mode(shared) == 0o1777


def test_a_folder_the_user_chose_keeps_its_permissions(umask: int, tmp_path: Path) -> None:
    chosen = tmp_path / "Documents"
    chosen.mkdir()
    os.chmod(chosen, 0o755)
    private_dir(chosen, tighten=False)
    assert _mode(chosen) == 0o755
