"""The audit trail as people read it: entries of a visit or residency, oldest first."""

from __future__ import annotations

from datetime import timedelta

import pytest

from exchange_planner.domain.errors import NotFoundError
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def test_two_users_changes_of_one_visit_in_order(db_path):
    anna_db, ben_db = open_database(db_path), open_database(db_path)
    anna_db.user, ben_db.user = "anna", "ben"
    try:
        anna, ben = Services.for_database(anna_db), Services.for_database(ben_db)
        from exchange_planner.services.sample import build_sample

        ids = build_sample(anna)
        visit_id = ids["visit"]
        anna.visits.update(visit_id, title="Visit of the mayor")
        item = ben.program.for_visit(visit_id)[0]
        ben.program.update(item.id, starts_at=item.starts_at + timedelta(minutes=30))
        entries = ben.change_history.for_visit(visit_id)
        assert [e.id for e in entries] == sorted(e.id for e in entries)
        title, moved = entries[-2], entries[-1]
        assert (title.user, title.kind, title.field) == ("anna", "visit", "title")
        assert title.old == "Offizieller Besuch der Delegation aus Gwangju"
        assert title.new == title.record == "Visit of the mayor"
        assert (moved.user, moved.kind, moved.field) == ("ben", "program_item", "starts_at")
        assert moved.record == item.title
        # An instant in the zone of its item, in wall-clock time.
        assert moved.old == "2023-07-25 17:40 CEST" and moved.new == "2023-07-25 18:10 CEST"
    finally:
        anna_db.dispose()
        ben_db.dispose()


def test_names_for_ids_and_deleted_records_keep_their_label(services: Services, sample_ids):
    visit_id = sample_ids["visit"]
    items = services.program.for_visit(visit_id)
    services.visits.update(visit_id, head_id=sample_ids["lord_mayor"], status="confirmed")
    services.program.delete(items[1].id)
    entries = services.change_history.for_visit(visit_id)
    head = [e for e in entries if e.field == "head_id"][-1]
    assert head.field_label == "head"
    assert head.old == "Kang Gi-jung (강기정)" and head.new.startswith("Burkhard Jung")
    status = [e for e in entries if e.field == "status" and e.kind == "visit"][-1]
    assert status.new == "confirmed"
    deleted = entries[-1]
    assert (deleted.action, deleted.kind, deleted.record) == (
        "delete",
        "program_item",
        items[1].title,
    )


def test_residency_history_and_unknown_ids(services: Services, sample_ids):
    rid = sample_ids["residency_outgoing"]
    services.residencies.update(rid, notes="Visa appointment on Monday")
    entries = services.change_history.for_residency(rid)
    assert entries[0].action == "create" and entries[0].kind == "residency"
    assert {e.kind for e in entries} >= {"residency", "residency_deliverable"}
    assert entries[-1].field == "notes" and entries[-1].new == "Visa appointment on Monday"
    assert all(e.kind != "visit" for e in entries)
    with pytest.raises(NotFoundError, match="no visit #999"):
        services.change_history.for_visit(999)
    with pytest.raises(NotFoundError, match="no residency #999"):
        services.change_history.for_residency(999)


def test_reads_only_the_rows_of_its_visit(services: Services, sample_ids, monkeypatch):
    """The query is by the indexed visit id, not a scan of the whole log."""
    import sqlalchemy as sa

    statements: list[str] = []
    engine = services.db.engine

    def record(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        services.change_history.for_visit(sample_ids["visit"])
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    log_reads = [s for s in statements if "FROM change_log" in s]
    assert log_reads and all("change_log.visit_id =" in s for s in log_reads)
    # A constant number: one read per kind of record named (the visit, members, hosts, program,
    # seating plans, tables, seats, ...) and per kind of name (people, venues, visits),
    # whatever the number of rows. The sample's visit log names venues (the hotel, the
    # transfers' starts), hence the venue read.
    assert len(statements) <= 15
