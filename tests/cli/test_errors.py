"""An unexpected error in a command: one line on stderr naming the log, exit 70, log has it all."""

from __future__ import annotations

import logging
import logging.handlers
import subprocess
import sys
from pathlib import Path

import pytest

from exchange_planner.cli import EXIT_UNEXPECTED, main
from exchange_planner.logs import LOG_DIR_ENV, LOG_FILE_NAME, logger
from exchange_planner.services import listing


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "log"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    yield folder
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def _break_visit_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """The visit list of ``list visits`` (read from the file or through the services) fails."""

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the disk is on fire\nsecond line")

    monkeypatch.setattr(listing, "visits", broken)


def test_unexpected_error_prints_one_line_with_the_log_path_and_exits_70(
    sample_db_path, log_folder, monkeypatch, capsys
):
    _break_visit_list(monkeypatch)
    assert main(["list", "visits", "--db", str(sample_db_path)]) == EXIT_UNEXPECTED == 70
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "Traceback" not in captured.err
    log_file = log_folder / LOG_FILE_NAME
    assert str(log_file) in lines[0]
    assert "the disk is on fire second line" in lines[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "the disk is on fire" in logged
    assert "command list" in logged


def test_debug_shows_the_traceback_anywhere_on_the_line(
    sample_db_path, log_folder, monkeypatch, capsys
):
    _break_visit_list(monkeypatch)
    assert main(["list", "visits", "--db", str(sample_db_path), "--debug"]) == 70
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "RuntimeError: the disk is on fire" in err
    assert main(["--debug", "list", "visits", "--db", str(sample_db_path)]) == 70
    assert "Traceback" in capsys.readouterr().err


def test_errors_meant_for_the_user_keep_status_2_and_write_no_log(tmp_path, log_folder, capsys):
    assert main(["list", "visits", "--db", str(tmp_path / "missing.sqlite3")]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (log_folder / LOG_FILE_NAME).exists()


def test_exit_status_of_the_program_is_70(sample_db_path, tmp_path):
    script = (
        "import sys\n"
        "from exchange_planner.services import listing\n"
        "def broken(*a, **k):\n"
        "    raise ZeroDivisionError('boom')\n"
        "listing.visits = broken\n"
        "from exchange_planner.cli import main\n"
        f"sys.exit(main(['list', 'visits', '--db', {str(sample_db_path)!r}]))\n"
    )
    import os

    env = {**os.environ, LOG_DIR_ENV: str(tmp_path / "log")}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 70
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert "ZeroDivisionError: boom" in result.stderr
    assert "boom" in (tmp_path / "log" / LOG_FILE_NAME).read_text(encoding="utf-8")
