"""Settings stored with the data (they travel with the database file)."""

from __future__ import annotations

from sqlmodel import select

from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Setting

DEFAULTS: dict[str, str] = {
    "home_city": "Leipzig",
    "home_country": "Germany",
    "home_timezone": "Europe/Berlin",
    "is_sample": "false",
}


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> str:
        with self.db.session() as session:
            row = session.get(Setting, key)
            return row.value if row is not None else DEFAULTS.get(key, "")

    def set(self, key: str, value: str) -> None:
        with self.db.session() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value

    def all(self) -> dict[str, str]:
        with self.db.session() as session:
            stored = {row.key: row.value for row in session.exec(select(Setting)).all()}
        return {**DEFAULTS, **stored}
