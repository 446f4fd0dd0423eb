"""A real full disk: a small tmpfs (root on Linux only), and a filler that takes the rest of
its room."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from exchange_planner.logs import LOG_DIR_ENV


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Path]]:
    """``small_disk("2m")`` mounts a tmpfs of that size; skipped where mounting is not allowed."""
    if not sys.platform.startswith("linux"):
        pytest.skip("a tmpfs can only be mounted on Linux")
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the simulated write errors cover the messages")
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "log"))
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        mount_point = tmp_path / f"disk{len(mounted)}"
        mount_point.mkdir()
        name = f"ep-{uuid.uuid4().hex[:8]}"
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", name, str(mount_point)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"mount -t tmpfs is not permitted here: {result.stderr.strip()}")
        mounted.append(mount_point)
        return mount_point

    yield mount
    for mount_point in mounted:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, *, leave_kib: int = 0) -> Path:
    """Write a filler file until the file system is full, then free ``leave_kib``; returns the
    filler (delete it to free room)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    try:
        while True:
            os.write(fd, b"\0" * 64)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)
    if leave_kib:
        os.truncate(filler, max(0, filler.stat().st_size - leave_kib * 1024))
    return filler


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``exchange-planner ARGS`` as a separate process, with extra environment ``env``."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "exchange_planner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
