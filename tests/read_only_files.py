"""Read-only database files and folders for tests, made the way the system really makes them.

``chmod`` takes the write bits away (for root too the program treats a file or folder without
write bits as read-only). As root, ``mount --bind`` followed by a read-only remount makes the
kernel itself refuse every write (EROFS), which chmod cannot do for root; where mounting is not
allowed (no CAP_SYS_ADMIN, not root) the ``mount`` kind is skipped, saying so.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

#: How a file or folder is made read-only: the write bits, or a read-only bind mount (root).
KINDS = ["chmod", "mount"]


def _run(*command: str) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextmanager
def read_only(target: Path, kind: str) -> Iterator[None]:
    """``target`` (a file or a folder) cannot be written inside the block."""
    if kind == "chmod":
        mode = target.stat().st_mode & 0o7777
        target.chmod(mode & ~0o222)
        try:
            yield
        finally:
            target.chmod(mode)
        return
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root; the chmod case covers this user")
    if not _run("mount", "--bind", str(target), str(target)):
        pytest.skip("this system does not allow a bind mount here (no CAP_SYS_ADMIN)")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(target)):
            pytest.skip("this system does not allow a read-only remount here")
        yield
    finally:
        if not _run("umount", str(target)):
            _run("umount", "-l", str(target))
