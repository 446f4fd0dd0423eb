"""The log file of the application and the command line, and how unexpected errors reach it.

Unexpected errors (anything that is not an :class:`ExchangePlannerError` meant for the user)
are written with their traceback to a rotating file in the user log folder chosen with
platformdirs (``~/.local/state/exchange-planner/log`` on Linux,
``%LOCALAPPDATA%\\exchange-planner\\Logs`` on Windows,
``~/Library/Logs/exchange-planner`` on macOS). ``EXCHANGE_PLANNER_LOG_DIR`` chooses another
folder (tests use it). No Qt here: the window's error dialog lives in ``ui/errors.py``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import tempfile
from pathlib import Path
from types import TracebackType

import platformdirs

from exchange_planner import APP_ID
from exchange_planner.storage.files import private_dir, tighten_mode

LOG_DIR_ENV = "EXCHANGE_PLANNER_LOG_DIR"
LOG_FILE_NAME = f"{APP_ID}.log"
#: One file grows to about 1 MB, then rotates; five old files are kept.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

logger = logging.getLogger("exchange_planner")

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The folder of the log files (not created here)."""
    configured = os.environ.get(LOG_DIR_ENV)
    if configured:
        return Path(configured)
    # appauthor=False: one folder named exchange-planner on every system, as the settings
    # and the data have (platformdirs would otherwise nest the name twice on Windows).
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def _handler_for(path: Path) -> logging.Handler | None:
    for handler in logger.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == path.resolve()
        ):
            return handler
    return None


def setup_logging(*, level: int = logging.INFO) -> Path:
    """Attach the rotating log file to the package logger (once per file); returns its path.

    When the log folder cannot be created (read-only home, full disk) the file goes to the
    temporary folder instead, so an error report never fails for want of a log.
    """
    path = log_file()
    try:
        private_dir(path.parent)  # 0700: tracebacks can quote personal data
    except OSError:
        path = Path(tempfile.gettempdir()) / APP_ID / LOG_FILE_NAME
        private_dir(path.parent)
    # Another log folder (a test, a changed environment) replaces the previous file handler.
    for handler in list(logger.handlers):
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) != path.resolve()
        ):
            logger.removeHandler(handler)
            handler.close()
    if _handler_for(path) is None:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
        tighten_mode(path)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    return path


def log_exception(
    exc_type: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    *,
    where: str = "",
) -> Path:
    """Write an unexpected error with its traceback to the log file; returns the file's path."""
    path = setup_logging()
    logger.error(
        "Unexpected error%s: %s",
        f" in {where}" if where else "",
        one_line(error),
        exc_info=(exc_type, error, tb),
    )
    for handler in logger.handlers:
        handler.flush()
    return path


def one_line(error: BaseException) -> str:
    """``TypeName: message`` on one line, for stderr and dialogs."""
    message = " ".join(str(error).split())
    name = type(error).__name__
    return f"{name}: {message}" if message else name


#: Code below these folders writes to the database; an error raised in it means the
#: operation's transaction was rolled back (one session per unit of work).
_WRITING_PARTS = (
    ("exchange_planner", "services"),
    ("exchange_planner", "storage"),
    ("exchange_planner", "ui", "undo.py"),
)


def change_was_saved(tb: TracebackType | None) -> bool:
    """False when the error came out of a service, the storage or an undo command.

    Every edit is saved as it is made: an error outside those layers (drawing, a dialog)
    leaves the saved data as it was after the last completed change.
    """
    while tb is not None:
        parts = Path(tb.tb_frame.f_code.co_filename).parts
        for marker in _WRITING_PARTS:
            size = len(marker)
            if any(tuple(parts[i : i + size]) == marker for i in range(len(parts) - size + 1)):
                return False
        tb = tb.tb_next
    return True
