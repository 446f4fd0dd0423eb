"""Another program holding a write lock on a SQLite database, for the lock tests.

``hold_lock(path, "IMMEDIATE")`` starts a separate process (the lock must belong to another
pid to be named from /proc/locks) that runs ``BEGIN IMMEDIATE`` or ``BEGIN EXCLUSIVE`` and
writes a row, and keeps the lock until the returned handle's ``release()``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: The holder's own program: named in messages as "locker.py".
SCRIPT = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[3] != "keep":
    connection.execute(f"PRAGMA journal_mode={sys.argv[3]}")
connection.execute(f"BEGIN {sys.argv[2]}")
connection.execute("UPDATE visit SET notes = notes || '' WHERE id = (SELECT min(id) FROM visit)")
print("locked", flush=True)
sys.stdin.readline()
connection.rollback()
connection.close()
"""


class LockHolder:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    @property
    def pid(self) -> int:
        return self.process.pid

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=30)


def hold_lock(path: Path, mode: str = "IMMEDIATE", journal: str = "keep") -> LockHolder:
    """Lock ``path`` from another process; ``journal`` "DELETE" switches to a rollback journal
    first (only possible while nobody else has the file open)."""
    script = path.parent / "locker.py"
    script.write_text(SCRIPT)
    process = subprocess.Popen(
        [sys.executable, str(script), str(path), mode, journal],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if line.strip() != "locked":
        process.kill()
        raise RuntimeError(f"the lock holder did not start: {line!r}")
    return LockHolder(process)
