"""Merging a partner office's exchange file: a copy of the sample is made from an exported
file, edited there (a member added, an arrival changed, a venue renamed) and its visit sent
back, while the original edits too. New, changed and conflicting records are told apart;
the apply is all or nothing; an undo restores; bad files are refused with a message."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from exchange_planner.domain.errors import ImportFormatError
from exchange_planner.services import exchange_merge as merge
from exchange_planner.services import interchange
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database, open_database

NEW_ARRIVAL = datetime(2023, 7, 9, 23, 15, tzinfo=UTC)


@pytest.fixture
def original(db: Database, sample_ids: dict[str, int]) -> Database:
    """Our database with the sample (on PostgreSQL in the postgres run)."""
    return db


@pytest.fixture
def partner(original: Database, tmp_path: Path) -> Iterator[Database]:
    """The partner office's database, made from a file exported from the original."""
    database = open_database(tmp_path / "gwangju.sqlite3")
    interchange.import_document(
        database, json.loads(json.dumps(interchange.export_document(original)))
    )
    yield database
    database.dispose()


def _visit_id(db: Database) -> int:
    return Services.for_database(db).visits.list()[0].id


def _edit_in_partner(partner: Database) -> dict[str, Any]:
    """The partner's edits: a member added, an arrival changed, the hotel renamed."""
    s = Services.for_database(partner)
    visit = s.visits.list()[0]
    person = s.people.create(family_name="Park", given_name="Ji-woo", native_name="박지우")
    s.members.create(visit_id=visit.id, person_id=person.id, role="staff", precedence=30)
    member = s.members.list_where(s.members.model.visit_id, visit.id)[1]
    s.members.update(member.id, arrival=NEW_ARRIVAL)
    assert visit.hotel_id is not None
    s.venues.update(visit.hotel_id, name="Hotel Fürstenhof (renamed)")
    return {"member": member.uuid, "hotel": s.venues.get(visit.hotel_id).uuid}


def _sent_back(partner: Database) -> dict[str, Any]:
    """What the partner sends: its visit alone, through the file text."""
    document = interchange.export_visit_document(partner, _visit_id(partner))
    return json.loads(interchange.dumps(document))


def _plan_of_database(db: Database) -> dict[str, Any]:
    document = interchange.plan_of(interchange.export_document(db))
    document["settings"] = {
        k: val for k, val in document["settings"].items() if not interchange.local_setting(k)
    }
    return document


def test_new_changed_and_conflicting_records_are_told_apart(
    original: Database, partner: Database
) -> None:
    uuids = _edit_in_partner(partner)
    s_partner = Services.for_database(partner)
    visit = s_partner.visits.list()[0]
    s_partner.visits.update(visit.id, notes="Gwangju: two more staff")
    # Meanwhile the original edits the same visit's notes, and another field of the hotel.
    s = Services.for_database(original)
    s.visits.update(_visit_id(original), notes="Leipzig: bus booked")
    hotel = s.visits.list()[0].hotel_id
    assert hotel is not None
    s.venues.update(hotel, address="Tröndlinring 8, 04105 Leipzig")

    plan = merge.plan_merge(original, _sent_back(partner))

    kinds = {(e.table, e.label): e.kind for e in plan.entries}
    assert kinds[("person", "Park Ji-woo")] == merge.NEW
    assert kinds[("visit_member", "Park Ji-woo")] == merge.NEW
    by_uuid = {e.uuid: e for e in plan.entries}
    member = by_uuid[uuids["member"]]
    assert member.kind == merge.CHANGED
    assert [(c.field, c.new) for c in member.changes] == [("arrival", "2023-07-09T23:15:00Z")]
    hotel_entry = by_uuid[uuids["hotel"]]
    assert hotel_entry.kind == merge.CHANGED  # only the name: the address is ours alone
    assert [(c.field, c.new) for c in hotel_entry.changes] == [
        ("name", "Hotel Fürstenhof (renamed)")
    ]
    (conflict,) = plan.conflicts
    assert conflict.table == "visit"
    notes = next(c for c in conflict.changes if c.field == "notes")
    assert (notes.old, notes.new) == ("Leipzig: bus booked", "Gwangju: two more staff")
    assert "changed here" in conflict.reason
    assert len(plan.entries) == 5  # nothing else differs
    # Conflicts: nothing is applied.
    before = _plan_of_database(original)
    with pytest.raises(merge.MergeConflictsError, match="nothing was merged"):
        merge.apply_merge(original, plan)
    assert _plan_of_database(original) == before


def test_apply_stores_everything_and_undo_restores(original: Database, partner: Database) -> None:
    uuids = _edit_in_partner(partner)
    before = _plan_of_database(original)
    published: list[Any] = []
    original.subscribe(published.append)

    plan = merge.plan_merge(original, _sent_back(partner))
    applied = merge.apply_merge(original, plan)

    s = Services.for_database(original)
    visit = s.visits.list()[0]
    members = s.members.list_where(s.members.model.visit_id, visit.id)
    assert any(s.people.get(m.person_id).family_name == "Park" for m in members)
    changed = next(m for m in members if m.uuid == uuids["member"])
    assert changed.arrival == NEW_ARRIVAL
    assert visit.hotel_id is not None
    assert s.venues.get(visit.hotel_id).name == "Hotel Fürstenhof (renamed)"
    # One commit, announced through the change feed with every record it touched.
    (changes,) = published
    assert ("visit_member", changed.id) in changes.records
    assert ("venue", visit.hotel_id) in changes.records

    merge.undo_merge(original, applied)
    assert _plan_of_database(original) == before
    # Undone, the same file plans as before: the undo is no edit of ours.
    again = merge.plan_merge(original, _sent_back(partner))
    assert [(e.kind, e.uuid) for e in again.entries] == [(e.kind, e.uuid) for e in plan.entries]


def test_a_failure_mid_apply_stores_nothing(
    original: Database, partner: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_in_partner(partner)
    plan = merge.plan_merge(original, _sent_back(partner))
    before = _plan_of_database(original)
    real_write = merge._Writer.write
    calls: list[int] = []

    def failing(self: Any, entry: Any, record: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise ImportFormatError(record.path, "injected failure")
        real_write(self, entry, record)

    monkeypatch.setattr(merge._Writer, "write", failing)
    with pytest.raises(ImportFormatError, match="injected failure"):
        merge.apply_merge(original, plan)
    assert len(calls) == 3
    assert _plan_of_database(original) == before


def test_two_files_merged_in_sequence(original: Database, partner: Database) -> None:
    uuids = _edit_in_partner(partner)
    merge.apply_merge(original, merge.plan_merge(original, _sent_back(partner)))
    # The same file again: nothing left to do.
    assert merge.plan_merge(original, _sent_back(partner)).entries == ()
    # The partner changes the arrival once more: a change, not a conflict with the first merge.
    s = Services.for_database(partner)
    member = next(
        m
        for m in s.members.list_where(s.members.model.visit_id, _visit_id(partner))
        if m.uuid == uuids["member"]
    )
    later = datetime(2023, 7, 10, 1, 0, tzinfo=UTC)
    s.members.update(member.id, arrival=later)
    plan = merge.plan_merge(original, _sent_back(partner))
    assert [(e.kind, e.uuid) for e in plan.entries] == [(merge.CHANGED, uuids["member"])]
    merge.apply_merge(original, plan)
    s_here = Services.for_database(original)
    assert any(
        m.arrival == later
        for m in s_here.members.list_where(s_here.members.model.visit_id, _visit_id(original))
    )


def test_our_own_later_edit_is_kept_when_the_partner_left_the_field_alone(
    original: Database, partner: Database
) -> None:
    s = Services.for_database(original)
    visit = s.visits.list()[0]
    s.visits.update(visit.id, notes="Leipzig: bus booked")
    _edit_in_partner(partner)
    plan = merge.plan_merge(original, _sent_back(partner))
    assert all(e.table != "visit" for e in plan.entries)


def test_a_record_deleted_here_meanwhile_conflicts(original: Database, partner: Database) -> None:
    s_partner = Services.for_database(partner)
    item = s_partner.program.list()[0]
    s_partner.program.update(item.id, title="Empfang (verschoben)")
    s = Services.for_database(original)
    here = next(i for i in s.program.list() if i.uuid == item.uuid)
    s.program.delete(here.id)

    plan = merge.plan_merge(original, _sent_back(partner))
    (conflict,) = plan.conflicts
    assert (conflict.table, conflict.uuid) == ("program_item", item.uuid)
    assert conflict.reason.startswith("deleted here by ")
    assert "deleted here" in conflict.line()


def test_a_file_referring_to_people_not_in_it_is_refused(
    original: Database, partner: Database
) -> None:
    document = _sent_back(partner)
    document["visits"][0]["members"][0]["person_id"] = 9999
    with pytest.raises(ImportFormatError) as caught:
        merge.plan_merge(original, document)
    assert str(caught.value).startswith("$.visits[0].members[0].person_id")
    assert "person 9999, which is not in this file" in str(caught.value)


def _as_version_2(document: dict[str, Any]) -> dict[str, Any]:
    old = copy.deepcopy(interchange.plan_of(document))
    old.pop("scope", None)
    old["version"] = 2

    def drop(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("uuid", None)
            for value in node.values():
                drop(value)
        elif isinstance(node, list):
            for value in node:
                drop(value)

    drop(old)
    return old


def test_an_older_file_is_not_merged_but_still_imports_into_an_empty_database(
    original: Database, tmp_path: Path
) -> None:
    old = _as_version_2(interchange.export_document(original))
    with pytest.raises(merge.MergeRefusedError, match="format version 2, which has no record"):
        merge.plan_merge(original, old)
    empty = open_database(tmp_path / "empty.sqlite3")
    try:
        counts = interchange.import_document(empty, old)
        assert counts["people"] == 28
        people = Services.for_database(empty).people.list()
        assert len({p.uuid for p in people}) == 28  # each got an identity of its own
    finally:
        empty.dispose()


def test_a_newer_file_is_refused_with_a_message(original: Database, partner: Database) -> None:
    document = _sent_back(partner)
    document["version"] = interchange.VERSION + 1
    with pytest.raises(ImportFormatError, match="written by a newer Exchange Planner"):
        merge.plan_merge(original, document)


def test_the_visit_export_holds_the_visit_and_what_it_refers_to(original: Database) -> None:
    document = interchange.export_visit_document(original, _visit_id(original))
    interchange.check_structure(json.loads(interchange.dumps(document)))
    assert document["scope"] == "visit" and len(document["visits"]) == 1
    people = {p["id"] for p in document["people"]}
    visit = document["visits"][0]
    assert {m["person_id"] for m in visit["members"]} <= people
    assert visit["head_id"] in people
    venues = {p["id"] for p in document["venues"]}
    assert visit["hotel_id"] in venues
    assert {i["venue_id"] for i in visit["program"] if i["venue_id"]} <= venues
    assert "gifts" not in document and "settings" not in document


def test_a_copied_visit_and_item_get_identities_of_their_own(original: Database) -> None:
    s = Services.for_database(original)
    visit = s.visits.list()[0]
    copy_ = s.visits.duplicate(visit.id)
    assert copy_.uuid != visit.uuid
    members = s.members.list_where(s.members.model.visit_id, copy_.id)
    originals = {m.uuid for m in s.members.list_where(s.members.model.visit_id, visit.id)}
    assert members and not originals & {m.uuid for m in members}
    item = s.program.list()[0]
    assert s.program.duplicate(item.id).uuid != item.uuid
    person = s.people.list()[0]
    assert s.people.create(**{**person.model_dump(), "id": None}).uuid != person.uuid


def test_a_member_added_on_both_sides_is_refused_with_its_path(
    original: Database, partner: Database
) -> None:
    s_partner = Services.for_database(partner)
    visit = s_partner.visits.list()[0]
    on_list = {
        m.person_id
        for m in s_partner.members.list_where(s_partner.members.model.visit_id, visit.id)
    }
    # Nobody of the delegation nor of the hosts (a host cannot also be a member).
    on_list |= {h.person_id for h in s_partner.hosts.for_visit(visit.id)}
    person = next(p for p in s_partner.people.list() if p.id not in on_list)
    s_partner.members.create(visit_id=visit.id, person_id=person.id, role="staff")
    s = Services.for_database(original)
    here = next(p for p in s.people.list() if p.uuid == person.uuid)
    s.members.create(visit_id=_visit_id(original), person_id=here.id, role="staff")
    plan = merge.plan_merge(original, _sent_back(partner))
    assert [e.kind for e in plan.entries] == [merge.NEW]
    before = _plan_of_database(original)
    with pytest.raises(ImportFormatError) as caught:
        merge.apply_merge(original, plan)
    assert str(caught.value).startswith("$.visits[0].members[")
    assert _plan_of_database(original) == before


def test_a_record_s_identity_cannot_be_changed_by_an_edit(original: Database) -> None:
    """The identity is what a partner office's file is matched by: an edit refuses it."""
    from exchange_planner.domain.errors import ValidationError

    services = Services.for_database(original)
    person = services.people.list()[0]
    with pytest.raises(ValidationError) as refused:
        services.people.update(person.id, uuid="00000000-0000-0000-0000-000000000000")
    assert refused.value.field == "uuid"
    assert services.people.get(person.id).uuid == person.uuid
    # The same identity written back (as a restore writes a whole record) is accepted.
    services.people.update(person.id, uuid=person.uuid, title="Kept")
    assert services.people.get(person.id).title == "Kept"
