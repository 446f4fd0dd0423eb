"""Is a database file on a network folder? SQLite's write-ahead log needs shared memory that
network file systems do not provide, so a team shares a PostgreSQL server instead.

Detected on Linux from the mount table (``/proc/self/mountinfo``) and on Windows from the
path (a ``\\\\server\\share`` path or a mapped network drive). Elsewhere nothing is detected
and nothing is claimed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: File system types (as the Linux mount table names them) that live on another machine.
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "fuse.smbnetfs",
    }
)

_DRIVE_REMOTE = 4  # GetDriveTypeW


def network_file_system(path: Path, *, mountinfo: str | None = None) -> str | None:
    """The kind of network file system ``path`` is on (e.g. ``nfs4``, ``network share``),
    or None for a local disk or where it cannot be told. ``mountinfo`` replaces the
    system's mount table (tests)."""
    if sys.platform == "win32" and mountinfo is None:
        return _windows(path)
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    return _linux(path, mountinfo)


def _linux(path: Path, mountinfo: str) -> str | None:
    target = os.path.realpath(path if path.exists() else path.parent)
    best_point, best_type = "", ""
    for line in mountinfo.splitlines():
        # "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw"
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        point = _unescape(fields[4])
        kind = fields[fields.index("-") + 1]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_point, best_type = point, kind
    return best_type if best_type in NETWORK_TYPES else None


def _unescape(text: str) -> str:
    # The mount table writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def _windows(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "network share"
    import ctypes

    root = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
    if ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOTE:  # type: ignore[attr-defined]
        return "network drive"
    return None
