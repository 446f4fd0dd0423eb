"""What the calendar shows for a range of days: plain entries with tooltips and conflict marks.

The reading itself is ``services/calendar_reading.py`` (SQL text, the same for the window's
first screen, which reads before this module and SQLAlchemy are loaded); this service runs it
in a session. Call ``invalidate()`` after writes so a newly added long record is not missed.
"""

from __future__ import annotations

from datetime import date

from exchange_planner.domain.calendar import CalendarEntry
from exchange_planner.services.calendar_reading import (
    CHECKLIST_LABELS,
    CalendarReading,
    PartnershipChoice,
    filter_entries,
)
from exchange_planner.services.calendar_reading import partnerships as read_partnerships
from exchange_planner.storage.database import Database
from exchange_planner.storage.sql_read import session_execute

__all__ = ["CHECKLIST_LABELS", "CalendarService", "PartnershipChoice", "filter_entries"]


class CalendarService:
    """Range queries for the calendar views, the ICS export and the printed month or week."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._reading = CalendarReading(db.engine.dialect.name)

    def invalidate(self) -> None:
        """Forget cached record lengths (call after records were created or changed)."""
        self._reading.invalidate()

    # --- choices for the view ----------------------------------------------------------------
    def home_zone(self) -> str:
        from exchange_planner.services.settings import SettingsService

        return SettingsService(self.db).home_timezone()

    def home_city(self) -> str:
        from exchange_planner.services.settings import SettingsService

        return SettingsService(self.db).home_city()

    def partnerships(self) -> list[PartnershipChoice]:
        with self.db.session() as session:
            return read_partnerships(session_execute(session))

    def visits_around(self, day: date, *, days: int = 60) -> list[tuple[int, str, date, date]]:
        """Visits near ``day`` (for the "new program item" dialog), nearest first."""
        with self.db.session() as session:
            return self._reading.visits_around(session_execute(session), day, days=days)

    # --- the entries -----------------------------------------------------------------------
    def entries(
        self,
        first: date,
        last: date,
        zone: str,
        *,
        today: date | None = None,
        language: str | None = None,
    ) -> list[CalendarEntry]:
        """Everything touching the local days ``first`` .. ``last`` (inclusive) in ``zone``.

        ``language``: the language of the entries' texts (titles, places, dress codes, notes,
        partner cities, in ``title``, ``tooltip`` and ``facts``), each record's original where
        it has none; by default the texts as written (the ICS export)."""
        with self.db.session() as session:
            return self._reading.entries(
                session_execute(session), first, last, zone, today=today, language=language
            )
