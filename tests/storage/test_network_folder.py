"""Telling a network folder from a local disk by the mount table (Linux)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exchange_planner.storage.network import network_file_system

MOUNTS = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
30 22 0:30 / /home rw shared:2 - ext4 /dev/sda2 rw
41 30 0:41 / /home/office/Shared\040Plans rw shared:3 - cifs //server/plans rw,vers=3.0
42 22 0:42 / /mnt/nfs rw shared:4 - nfs4 server:/export rw
43 42 0:43 / /mnt/nfs/local rw shared:5 - tmpfs tmpfs rw
44 22 0:44 / /media/ssh rw shared:6 - fuse.sshfs me@host:/plans rw
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/office/plans.sqlite3", None),
        ("/home/office/Shared Plans/plans.sqlite3", "cifs"),
        ("/home/office/Shared Plans2/plans.sqlite3", None),  # a sibling, not inside
        ("/mnt/nfs/team/plans.sqlite3", "nfs4"),
        ("/mnt/nfs/local/plans.sqlite3", None),  # a local mount inside the share
        ("/media/ssh/plans.sqlite3", "fuse.sshfs"),
        ("/tmp/plans.sqlite3", None),
    ],
)
def test_network_folders_are_told_from_local_disks(path: str, expected: str | None) -> None:
    assert network_file_system(Path(path), mountinfo=MOUNTS) == expected


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_file_system(tmp_path / "plans.sqlite3") is None
