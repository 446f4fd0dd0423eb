"""Who this user is in the change history: the name set in Settings, else the OS user name.

Kept in the user's own preferences (QSettings), not in the shared database: each member of
a team names themself.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from exchange_planner.storage.database import Database, default_user_name

USER_NAME_KEY = "user/name"
MAX_USER_NAME = 200


def stored_user_name(settings: QSettings) -> str:
    return " ".join(str(settings.value(USER_NAME_KEY, "") or "").split())[:MAX_USER_NAME]


def apply_user_name(db: Database, settings: QSettings) -> None:
    """Name ``db``'s changes after the user (Settings), or the OS user when none is set."""
    db.user = stored_user_name(settings) or default_user_name()
