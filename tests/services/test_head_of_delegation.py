"""The head of delegation (visit.head_id) and the member role Head are one fact: setting one
sets the other in the same transaction, with the change log written as for any edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from exchange_planner.domain.enums import MemberRole
from exchange_planner.domain.errors import ConflictError
from exchange_planner.services.member_import import guess_mapping, read_table
from exchange_planner.storage.tables import ChangeLog


def _members(services, visit_id):  # type: ignore[no-untyped-def]
    """person id -> (member id, role) of the visit's members."""
    return {m.person_id: (m.id, m.role) for m in services.members.for_visit(visit_id)}


def _heads(services, visit_id):  # type: ignore[no-untyped-def]
    return [m.person_id for m in services.members.for_visit(visit_id) if m.role == "head"]


@pytest.fixture
def visit(services, sample_ids):  # type: ignore[no-untyped-def]
    visit_id = sample_ids["visit"]
    members = services.members.for_visit(visit_id)
    kang, park = members[0], members[1]
    assert services.visits.get(visit_id).head_id == kang.person_id
    assert (kang.role, park.role) == (MemberRole.HEAD, MemberRole.DEPUTY)
    return visit_id, kang, park


def test_choosing_the_head_makes_that_member_head_and_the_former_head_official(services, visit):  # type: ignore[no-untyped-def]
    visit_id, kang, park = visit
    services.visits.update(visit_id, head_id=park.person_id)
    members = _members(services, visit_id)
    assert members[park.person_id][1] == MemberRole.HEAD
    assert members[kang.person_id][1] == MemberRole.OFFICIAL  # the former head's role
    assert _heads(services, visit_id) == [park.person_id]
    # The change log tells both changes, as for any edit.
    with services.db.session() as session:
        roles = session.exec(
            select(ChangeLog).where(
                ChangeLog.table_name == "visit_member", ChangeLog.field == "role"
            )
        ).all()
    assert {(r.record_id, r.old_value, r.new_value) for r in roles} >= {
        (park.id, "deputy", "head"),
        (kang.id, "head", "official"),
    }
    # No head at all: nobody keeps the role Head.
    services.visits.update(visit_id, head_id=None)
    assert _heads(services, visit_id) == []


def test_making_a_member_head_sets_the_head_of_delegation(services, visit):  # type: ignore[no-untyped-def]
    visit_id, kang, park = visit
    services.members.update(park.id, role=MemberRole.HEAD)
    assert services.visits.get(visit_id).head_id == park.person_id
    assert _heads(services, visit_id) == [park.person_id]
    assert services.members.get(kang.id).role == MemberRole.OFFICIAL
    # The head given another role: the visit has no head.
    services.members.update(park.id, role=MemberRole.DEPUTY)
    assert services.visits.get(visit_id).head_id is None
    # Another field of a member leaves the head alone.
    services.members.update(kang.id, room="401")
    assert services.visits.get(visit_id).head_id is None


def test_a_new_member_as_head_leads_the_visit(services, sample_ids, visit):  # type: ignore[no-untyped-def]
    visit_id, kang, _park = visit
    guest = services.people.create(family_name="Jung", given_name="Burkhard")
    services.members.create(visit_id=visit_id, person_id=guest.id, role=MemberRole.HEAD)
    assert services.visits.get(visit_id).head_id == guest.id
    assert services.members.get(kang.id).role == MemberRole.OFFICIAL


def test_removing_the_head_member_clears_the_head_and_restoring_brings_it_back(services, visit):  # type: ignore[no-untyped-def]
    visit_id, kang, _park = visit
    snapshot = services.members.snapshot(kang.id)
    services.members.delete(kang.id)
    assert services.visits.get(visit_id).head_id is None
    services.members.restore(snapshot)  # what undo of the removal does
    assert services.visits.get(visit_id).head_id == kang.person_id
    assert _heads(services, visit_id) == [kang.person_id]


def test_restore_head_puts_back_every_role_and_refuses_over_a_colleagues_change(services, visit):  # type: ignore[no-untyped-def]
    visit_id, kang, park = visit
    before = services.visits.head_state(visit_id)
    services.visits.update(visit_id, head_id=park.person_id)
    after = services.visits.head_state(visit_id)
    services.visits.restore_head(visit_id, before, expected=after)
    assert services.visits.head_state(visit_id) == before  # Park is Deputy again, not Official
    services.visits.restore_head(visit_id, after, expected=before, undo=False)
    assert services.visits.head_state(visit_id) == after
    services.members.update(kang.id, role=MemberRole.STAFF)  # a colleague's edit meanwhile
    with pytest.raises(ConflictError) as refused:
        services.visits.restore_head(visit_id, before, expected=after)
    assert refused.value.field == "role" and refused.value.undo
    assert services.members.get(kang.id).role == MemberRole.STAFF  # nothing was written
    assert services.visits.get(visit_id).head_id == park.person_id


def test_an_imported_head_leads_the_visit_and_undo_of_the_import_restores_the_head(
    services, visit, tmp_path: Path
):  # type: ignore[no-untyped-def]
    visit_id, kang, _park = visit
    path = tmp_path / "list.csv"
    # Not Burkhard Jung: he hosts the sample's visit, and a host is not also a member.
    path.write_text("Family name,Given name,Role\nReich,Martin,head\n", encoding="utf-8")
    table = read_table(path)
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), visit_id, timezone="Europe/Berlin"
    )
    assert preview.ok, preview.errors
    before = services.visits.head_state(visit_id)
    result = services.member_import.commit(preview)
    jung = services.members.get(result.member_ids[0]).person_id
    assert services.visits.get(visit_id).head_id == jung
    assert services.members.get(kang.id).role == MemberRole.OFFICIAL
    services.member_import.undo(result)
    assert services.visits.head_state(visit_id) == before
