"""The schema revision this version of the program writes (the head of its migrations).

Kept as a constant so that opening a database that is already current needs no Alembic:
``storage/database.py`` reads ``alembic_version`` and compares it with this value, and imports
Alembic only to create or upgrade a database. A test checks it equals the migrations' head.
"""

from __future__ import annotations

#: ``revision`` of the newest file in ``storage/migrations/versions``.
HEAD_REVISION = "0008"

#: Every revision this program knows, oldest first (a database at another one is newer).
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
