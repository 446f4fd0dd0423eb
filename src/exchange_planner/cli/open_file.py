"""``exchange-planner FILE``: what a file given on the command line (or by a file manager,
through the desktop file's ``Exec=exchange-planner-gui %f``) is, told from its first bytes.

- A **database**: a SQLite file (it starts with the header ``SQLite format 3\\0``), told by
  its content whatever its name. It opens as ``--db FILE`` would. An empty file named
  ``*.sqlite3``, ``*.sqlite`` or ``*.db`` goes there too: the opening explains what an emptied
  database means and which backup restores it.
- An **exchange file**: JSON whose ``"format": "exchange-planner"`` stands within its first
  64 KiB (the export writes it first). It is imported into the open database after the user
  agreed to what the window proposes.
- Anything else, a folder, a file that cannot be read, and a path that does not exist are
  refused with a :class:`FileProblem`. A missing path is never created: a positional FILE
  means "open this file", and a mistyped name must not turn into a new empty database
  (``--db PATH`` and File > New database create one).

``file://`` URIs (what file managers pass for ``%u``) name the local file. No Qt here.
"""

from __future__ import annotations

import enum
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from exchange_planner.services.interchange_schema import FORMAT
from exchange_planner.storage.database import SQLITE_MAGIC

#: Names with which an empty file is taken for an (emptied) database.
DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
#: How much of a file is read to recognise it.
HEAD_SIZE = 64 * 1024
_EXCHANGE_MARKER = re.compile(rb'"format"\s*:\s*"' + re.escape(FORMAT.encode()) + rb'"')
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class FileKind(enum.Enum):
    DATABASE = "database"
    EXCHANGE = "exchange"


@dataclass(frozen=True)
class GivenFile:
    path: Path
    kind: FileKind


class Problem(enum.Enum):
    """Why a given file is not opened, with the English template of its message
    (``%1`` the path, ``%2`` the system's reason); the interface translates the same text."""

    MISSING = "There is no file %1."
    FOLDER = "%1 is a folder, not a file."
    UNREADABLE = "%1 cannot be read: %2"
    UNKNOWN = (
        "%1 is neither an Exchange Planner database (SQLite) nor an exchange file (JSON); "
        "nothing was opened."
    )
    NOT_LOCAL = "%1 is not a file on this computer; a server database opens with --db ADDRESS."


class FileProblem(Exception):
    """A file given to open that is not opened; nothing was changed."""

    def __init__(self, problem: Problem, shown: str, reason: str = "") -> None:
        super().__init__(problem.value.replace("%1", shown).replace("%2", reason))
        self.problem = problem
        self.shown = shown
        self.reason = reason


def path_from_argument(argument: str) -> Path:
    """The local path an argument names: a path as it is, or a ``file://`` URI (percent
    escapes decoded; host empty or ``localhost``). Other URIs raise ``NOT_LOCAL``."""
    if argument.lower().startswith("file:"):
        parts = urlsplit(argument)
        if parts.netloc not in ("", "localhost"):
            raise FileProblem(Problem.NOT_LOCAL, argument)
        path = unquote(parts.path)
        if os.name == "nt" and re.match(r"^/[A-Za-z]:", path):
            path = path[1:]  # file:///C:/plans.sqlite3
        if not path:
            raise FileProblem(Problem.MISSING, argument)
        return Path(path)
    if _URI.match(argument):
        raise FileProblem(Problem.NOT_LOCAL, argument)
    return Path(argument)


def classify(argument: str) -> GivenFile:
    """What the file named by ``argument`` is; raises :class:`FileProblem` when it is not
    opened. Reads at most the first 64 KiB; writes nothing."""
    path = path_from_argument(argument)
    shown = str(path)
    try:
        is_folder = path.is_dir()
    except OSError as error:  # a folder on the way that cannot be entered
        raise FileProblem(Problem.UNREADABLE, shown, error.strerror or str(error)) from None
    if is_folder:
        raise FileProblem(Problem.FOLDER, shown)
    if not path.exists():
        raise FileProblem(Problem.MISSING, shown)
    try:
        with path.open("rb") as file:
            head = file.read(HEAD_SIZE)
    except OSError as error:
        raise FileProblem(Problem.UNREADABLE, shown, error.strerror or str(error)) from None
    if head.startswith(SQLITE_MAGIC):
        return GivenFile(path, FileKind.DATABASE)
    if not head and path.suffix.lower() in DATABASE_SUFFIXES:
        return GivenFile(path, FileKind.DATABASE)
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"{") and _EXCHANGE_MARKER.search(text):
        return GivenFile(path, FileKind.EXCHANGE)
    raise FileProblem(Problem.UNKNOWN, shown)
