"""Writing files safely: whole or not at all, and readable by the owner only.

Every file the program writes besides the database itself (PDFs, exchange files, calendar
exports, backups) goes through :func:`atomic_write` or :func:`atomic_path`: the content is
written to a temporary file in the target's folder, flushed to disk, given mode 0600 and only
then renamed onto the final name. A full disk or any other error removes the temporary file
and leaves a previous file under the final name as it was. Folders holding personal data
(the data folder, ``backups/``, the log folder) are made with :func:`private_dir` (0700).
Modes are set explicitly, so the umask does not matter.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from exchange_planner.domain.errors import ExchangePlannerError

FILE_MODE = 0o600
DIR_MODE = 0o700


class FileWriteError(ExchangePlannerError, OSError):
    """A file could not be written; a previous file under that name is unchanged.

    Also an ``OSError`` (same ``errno``), for callers that handle system errors.
    """

    def __init__(self, path: Path, error: OSError, *, existed: bool) -> None:
        reason = error.strerror or str(error) or type(error).__name__
        if error.errno == errno.ENOSPC:
            reason = f"the disk is full ({reason})"
        outcome = "the previous file was left as it was" if existed else "no file was written"
        self.message = f"Cannot write {path}: {reason}; {outcome}."
        OSError.__init__(self, error.errno, reason)
        self.path = path
        self.error = error

    def __str__(self) -> str:
        return self.message


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable, where the system allows opening folders."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _owner_only(fd: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, FILE_MODE)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary file (mode 0600, empty) beside ``path``; on success it becomes ``path``.

    For writers that need a file name (SQLite's backup). Whatever the block raises, the
    temporary file is removed and ``path`` keeps its previous content; an ``OSError`` comes
    out as :class:`FileWriteError` with a one-line message for the user.
    """
    target = Path(path)
    folder = target.parent
    existed = target.exists()
    temporary: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        temporary = Path(name)
        try:
            _owner_only(fd)
        finally:
            os.close(fd)
        yield temporary
        fd = os.open(temporary, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
        temporary = None
        _fsync_dir(folder)
    except OSError as error:
        if isinstance(error, FileNotFoundError) and not folder.is_dir():
            error = FileNotFoundError(errno.ENOENT, f"the folder {folder} does not exist")
        raise FileWriteError(target, error, existed=existed) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def atomic_write(path: str | os.PathLike[str], writer: Callable[[BinaryIO], object]) -> Path:
    """Write ``path`` whole or not at all; ``writer`` receives a binary file to write into.

    The new file has mode 0600. On any error (a full disk, an exception of ``writer``) nothing
    changes under ``path`` and no temporary file is left.
    """
    target = Path(path)
    with atomic_path(target) as temporary, open(temporary, "wb") as stream:
        writer(stream)
        stream.flush()
        os.fsync(stream.fileno())
    return target


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    return atomic_write(path, lambda stream: stream.write(data))


def private_dir(path: str | os.PathLike[str], *, tighten: bool = True) -> Path:
    """Create ``path`` and missing parents with mode 0700; return it.

    With ``tighten`` an existing folder that belongs to the current user loses its group and
    other permissions (never a shared folder with the sticky bit, such as ``/tmp``).
    """
    folder = Path(path)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    for created in missing:  # mkdir's mode is filtered by the umask
        with contextlib.suppress(OSError):
            os.chmod(created, DIR_MODE)
    if tighten and not missing:
        tighten_mode(folder)
    return folder


def tighten_mode(path: str | os.PathLike[str]) -> None:
    """Remove group and other permissions of a file or folder the current user owns.

    Only ever removes bits (a read-only file stays read-only); missing files, files of other
    users, sticky folders and systems without POSIX modes are left alone.
    """
    try:
        info = os.stat(path)
    except OSError:
        return
    if os.name == "nt" or not hasattr(os, "getuid") or info.st_uid != os.getuid():
        return
    if stat.S_ISDIR(info.st_mode) and info.st_mode & stat.S_ISVTX:
        return
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(path, mode & ~0o077)
