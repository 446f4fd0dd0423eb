"""PostgreSQL: a row another session keeps locked makes a save fail after ``lock_timeout``
with ``DatabaseLockedError`` instead of hanging; nothing is changed. Runs only on PostgreSQL
(``./dev test-postgres`` or ``EXCHANGE_PLANNER_TEST_PG``)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from exchange_planner.domain.errors import DatabaseLockedError
from exchange_planner.services.registry import Services
from exchange_planner.storage import database as database_module
from exchange_planner.storage.database import Database


def test_a_locked_row_gives_up_after_the_lock_timeout(
    db: Database, services: Services, sample_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only; SQLite locks are tested in test_database_locks.py")
    monkeypatch.setattr(database_module, "PG_LOCK_TIMEOUT_MS", 1000)
    db.engine.dispose()  # new connections get the short lock_timeout
    visit_id = sample_ids["visit"]
    before = services.visits.get(visit_id).title
    other = sa.create_engine(db.url)
    try:
        with other.connect() as holder:
            holder.execute(
                sa.text("SELECT id FROM visit WHERE id = :id FOR UPDATE"), {"id": visit_id}
            )
            with pytest.raises(DatabaseLockedError) as caught:
                services.visits.update(visit_id, title="Renamed while locked")
            assert "locked by another user or program" in str(caught.value)
            assert "nothing was changed" in str(caught.value)
            holder.rollback()
    finally:
        other.dispose()
    assert services.visits.get(visit_id).title == before
    services.visits.update(visit_id, title="Renamed after the lock")
    assert services.visits.get(visit_id).title == "Renamed after the lock"
