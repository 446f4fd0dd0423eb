"""Erasure of personal data through the service: what is due, what is kept, the export
first, one transaction, the audit trail redacted but kept."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.retention import ERASED
from exchange_planner.services import privacy as privacy_module
from exchange_planner.services.privacy import PrivacyService
from exchange_planner.services.registry import Services
from exchange_planner.storage.tables import ChangeLog, ErasureRun, Person, VisitMember

AS_OF = date(2026, 12, 3)


def _world(services: Services) -> dict[str, int]:
    """An old visit (ended 2023-07-27) and a recent one (ended 2026-11-20): Old only on the
    old one, Both on both, New only on the recent one."""
    partnership = services.partnerships.create(
        partner_city="Gwangju", country="South Korea", timezone="Asia/Seoul"
    )
    old = services.visits.create(
        partnership_id=partnership.id,
        title="Old visit",
        direction="incoming",
        start_date=date(2023, 7, 25),
        end_date=date(2023, 7, 27),
    )
    recent = services.visits.create(
        partnership_id=partnership.id,
        title="Recent visit",
        direction="incoming",
        start_date=date(2026, 11, 18),
        end_date=date(2026, 11, 20),
    )
    ids = {"old_visit": old.id, "recent_visit": recent.id}
    for name, visits in (("old", [old]), ("both", [old, recent]), ("new", [recent])):
        person = services.people.create(
            family_name=name.title(),
            given_name="Test",
            email=f"{name}@example.org",
            phone="+82 10 0000",
            dietary_notes=f"{name}: no nuts",
            accessibility_notes="wheelchair" if name == "old" else "",
        )
        ids[name] = person.id
        for visit in visits:
            member = services.members.create(
                visit_id=visit.id,
                person_id=person.id,
                arrival=datetime(2023, 7, 25, 15, 40, tzinfo=UTC),
                room="301",
            )
            ids[f"{name}@{visit.title.split()[0].lower()}"] = member.id
    return ids


def _person(services: Services, person_id: int) -> Person:
    with services.db.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person


def test_report_counts_from_the_end_of_the_last_visit(services: Services) -> None:
    ids = _world(services)
    reports = {r.category.value: r for r in PrivacyService(services.db).report(AS_OF)}
    health = reports["health"]
    assert health.months == 3
    # Old's notes are due since 2023-10-27; Both and New were on a visit three weeks ago.
    assert {(i.person_id, i.field) for i in health.items} == {
        (ids["old"], "dietary_notes"),
        (ids["old"], "accessibility_notes"),
    }
    (item, _) = health.items
    assert (item.visit, item.ended, item.due_since) == (
        "Old visit",
        date(2023, 7, 27),
        date(2023, 10, 27),
    )
    # Travel data is that of a visit: the old visit's rows are due, the recent one's are not.
    travel = {(i.record_id, i.field) for i in reports["travel"].items}
    assert travel == {
        (ids["old@old"], "arrival"),
        (ids["old@old"], "room"),
        (ids["both@old"], "arrival"),
        (ids["both@old"], "room"),
    }
    # Contact: 36 months after 2023-07-27 is 2026-07-27; Old only.
    assert {i.person_id for i in reports["contact"].items} == {ids["old"]}
    assert reports["contact"].people == 1
    # A day before the health retention ended for Old: nothing due.
    (early,) = PrivacyService(services.db).report(date(2023, 10, 26), ["health"])
    assert early.items == ()


def test_erase_writes_the_export_first_then_removes_and_redacts(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _world(services)
    services.people.update(ids["old"], dietary_notes="vegan, no nuts")  # an older value too
    export = tmp_path / "archive.json"
    seen: list[dict] = []
    real_redact = privacy_module._redact

    def redact(session, *args):  # type: ignore[no-untyped-def]
        # Inside the erasure's transaction: the export is there, complete, already.
        seen.append(json.loads(export.read_text("utf-8")))
        return real_redact(session, *args)

    monkeypatch.setattr(privacy_module, "_redact", redact)
    result = PrivacyService(services.db).erase("health", AS_OF, export)
    assert seen, "the export was not there before the data was removed"
    document = seen[0]
    assert document["category"] == "health" and document["before"] == "2026-12-03"
    assert {(i["field"], i["value"]) for i in document["items"]} == {
        ("dietary_notes", "vegan, no nuts"),
        ("accessibility_notes", "wheelchair"),
    }
    assert any(a["old"] == "old: no nuts" for a in document["audit_trail"])
    assert json.loads(export.read_text("utf-8")) == document
    assert (result.removed, result.people) == (2, 1)
    old = _person(services, ids["old"])
    assert (old.dietary_notes, old.accessibility_notes) == ("", "")
    # Kept: the name, the contact data (another category), the others' notes.
    assert (old.family_name, old.email) == ("Old", "old@example.org")
    assert _person(services, ids["both"]).dietary_notes == "both: no nuts"
    with services.db.session() as session:
        rows = session.exec(
            select(ChangeLog).where(
                ChangeLog.table_name == "person", ChangeLog.record_id == ids["old"]
            )
        ).all()
        texts = " ".join(f"{r.old_value} {r.new_value}" for r in rows)
        assert "no nuts" not in texts and "wheelchair" not in texts
        assert "old@example.org" in texts  # contact data stays until its own erasure
        created = next(r for r in rows if r.action == "create")
        assert json.loads(created.new_value)["dietary_notes"] == ERASED
        updates = [r for r in rows if r.field == "dietary_notes"]
        assert [(r.old_value, r.new_value) for r in updates] == [
            (ERASED, ERASED),  # the change made before
            (ERASED, ""),  # the erasure itself
        ]
        (run,) = session.exec(select(ErasureRun)).all()
        assert (run.category, run.before, run.removed) == ("health", AS_OF, 2)
        assert run.export_file == str(export.resolve())
    history = services.change_history.for_person(ids["old"])
    assert [e.old for e in history if e.field == "dietary_notes"] == [ERASED, ERASED]
    # Nothing more is due: a second run writes nothing.
    again = PrivacyService(services.db).erase("health", AS_OF, tmp_path / "again.json")
    assert again.removed == 0 and not (tmp_path / "again.json").exists()


def test_travel_erasure_keeps_the_member_and_the_recent_visit(
    services: Services, tmp_path: Path
) -> None:
    ids = _world(services)
    result = PrivacyService(services.db).erase("travel", AS_OF, tmp_path / "travel.json")
    assert (result.removed, result.people) == (4, 2)
    with services.db.session() as session:
        old_row = session.get(VisitMember, ids["both@old"])
        recent_row = session.get(VisitMember, ids["both@recent"])
        assert old_row is not None and recent_row is not None
        assert (old_row.arrival, old_row.room, old_row.role) == (None, "", recent_row.role)
        assert recent_row.room == "301" and recent_row.arrival is not None


def test_a_failure_mid_way_leaves_the_data_and_the_export(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _world(services)

    def broken(*_args):  # type: ignore[no-untyped-def]
        raise OSError("disk I/O error")

    monkeypatch.setattr(privacy_module, "_redact", broken)
    export = tmp_path / "health.json"
    with pytest.raises(OSError):
        PrivacyService(services.db).erase("health", AS_OF, export)
    assert export.exists() and "old: no nuts" in export.read_text("utf-8")
    assert _person(services, ids["old"]).dietary_notes == "old: no nuts"
    with services.db.session() as session:
        assert session.exec(select(ErasureRun)).all() == []
        created = session.exec(
            select(ChangeLog).where(
                ChangeLog.table_name == "person",
                ChangeLog.record_id == ids["old"],
                ChangeLog.action == "create",
            )
        ).one()
        assert "old: no nuts" in (created.new_value or "")


def test_refusals_change_nothing(services: Services, tmp_path: Path) -> None:
    _world(services)
    out = tmp_path / "out"
    out.mkdir()
    service = PrivacyService(services.db)
    with pytest.raises(ValidationError, match="after today"):
        service.erase("health", date(2999, 1, 1), out / "x.json")
    with pytest.raises(ValidationError, match="does not exist"):
        service.erase("health", AS_OF, out / "missing" / "x.json")
    with pytest.raises(ValidationError, match="unknown category"):
        service.erase("passports", AS_OF, out / "x.json")
    with pytest.raises(ValidationError, match="not a whole number"):
        service.set_retention({"contact": 12, "travel": "soon"})
    assert service.retention()["contact"] == 36  # the valid one was not stored either
    assert list(out.iterdir()) == []
    service.set_retention({"health": 0, "contact": "48"})
    assert service.retention() == {"contact": 48, "travel": 6, "health": 0}
    with pytest.raises(ExchangePlannerError):
        service.erase("health", AS_OF, out)  # a folder


def test_hosts_are_not_judged_and_a_host_visit_keeps_a_member(services: Services) -> None:
    ids = _world(services)
    staff = services.people.create(family_name="Staff", email="protocol@example.org")
    services.hosts.create(visit_id=ids["old_visit"], person_id=staff.id)
    # Old hosts the recent visit: on a visit within retention, Old keeps the person's data.
    services.hosts.create(visit_id=ids["recent_visit"], person_id=ids["old"])
    reports = {r.category.value: r for r in PrivacyService(services.db).report(AS_OF)}
    assert reports["contact"].items == () and reports["health"].items == ()
    # The travel data of the old visit is that visit's: due all the same.
    assert {i.person_id for i in reports["travel"].items} == {ids["old"], ids["both"]}


def test_a_member_removed_before_has_the_travel_values_redacted_too(
    services: Services, tmp_path: Path
) -> None:
    ids = _world(services)
    services.members.update(ids["both@old"], room="Suite 12")
    services.members.delete(ids["old@old"])  # the delete row keeps the member's values
    export = tmp_path / "travel.json"
    result = PrivacyService(services.db).erase("travel", AS_OF, export)
    assert result.removed == 2  # Both's arrival and room; Old's row is gone
    document = json.loads(export.read_text("utf-8"))
    kept = {(a["record_id"], a["action"]) for a in document["audit_trail"]}
    assert (ids["old@old"], "delete") in kept and (ids["both@old"], "update") in kept
    with services.db.session() as session:
        rows = session.exec(
            select(ChangeLog).where(
                ChangeLog.table_name == "visit_member", ChangeLog.visit_id == ids["old_visit"]
            )
        ).all()
        texts = " ".join(f"{r.old_value} {r.new_value}" for r in rows)
        assert "301" not in texts and "Suite 12" not in texts and "2023-07-25T15:40" not in texts
        deleted = next(r for r in rows if r.action == "delete")
        values = json.loads(deleted.old_value or "{}")
        assert values["room"] == ERASED and values["person_id"] == str(ids["old"])
        # The recent visit's rows are untouched.
        recent = session.exec(
            select(ChangeLog).where(
                ChangeLog.table_name == "visit_member",
                ChangeLog.visit_id == ids["recent_visit"],
            )
        ).all()
        assert all(ERASED not in f"{r.old_value} {r.new_value}" for r in recent)


def test_the_new_fields_are_erased_to_their_empty_values(
    services: Services, tmp_path: Path
) -> None:
    ids = _world(services)
    services.people.update(
        ids["old"],
        dietary_requirements="vegan,nut_allergy",
        notes_consent=True,
        notes_consent_on=date(2023, 7, 1),
    )
    with services.db.session() as session:  # the member's travel as the contract has it
        member = session.get(VisitMember, ids["old@old"])
        assert member is not None
        member.mobile = "+82 10 1234 5678"
        member.arrival_mode = "flight"
        member.arrival_carrier = "Lufthansa"
        member.arrival_number = "LH 162"
        member.room_type = "suite"
        member.special_requests = "quiet room"
        session.add(member)
    service = PrivacyService(services.db)
    for category in ("health", "travel", "contact"):
        service.erase(category, AS_OF, tmp_path / f"{category}.json")
    person = _person(services, ids["old"])
    assert (person.dietary_requirements, person.notes_consent, person.notes_consent_on) == (
        "",
        False,
        None,
    )
    assert (person.email, person.phone, person.family_name) == ("", "", "Old")
    with services.db.session() as session:
        member = session.get(VisitMember, ids["old@old"])
        assert member is not None
        assert (member.mobile, member.arrival_mode, member.arrival_carrier) == ("", None, "")
        assert (member.room_type, member.special_requests, member.arrival) == (None, "", None)
        texts = " ".join(
            f"{r.old_value} {r.new_value}"
            for r in session.exec(select(ChangeLog)).all()
            if r.table_name in ("person", "visit_member")
            and r.record_id in (ids["old"], ids["old@old"])
        )
    for value in ("1234 5678", "LH 162", "quiet room", "nut_allergy", "old@example.org"):
        assert value not in texts
    health = json.loads((tmp_path / "health.json").read_text("utf-8"))
    assert {i["field"] for i in health["items"]} >= {
        "dietary_requirements",
        "notes_consent",
        "notes_consent_on",
    }
