import pytest

from exchange_planner.domain.errors import InUseError, NotFoundError, ValidationError


def test_person_crud_and_validation(services):
    person = services.people.create(
        family_name=" Kang ", given_name="Gi-jung", native_name="강기정"
    )
    assert person.family_name == "Kang"
    updated = services.people.update(person.id, title="Mayor")
    assert updated.title == "Mayor" and updated.native_name == "강기정"
    with pytest.raises(ValidationError) as error:
        services.people.update(person.id, family_name="   ")
    assert error.value.field == "family_name"
    assert services.people.get(person.id).family_name == "Kang"  # refused edit changed nothing
    with pytest.raises(ValidationError, match="e-mail"):
        services.people.update(person.id, email="not an address")


def test_deleting_a_referenced_person_is_refused_with_where(services, sample_ids):
    with pytest.raises(InUseError) as error:
        services.people.delete(sample_ids["mayor"])
    message = str(error.value)
    assert "Kang Gi-jung" in message
    assert "head of delegation of visit “Offizieller Besuch der Delegation aus Gwangju”" in message
    assert "giver of gift" in message
    assert services.people.get(sample_ids["mayor"]).native_name == "강기정"


def test_unreferenced_person_can_be_deleted_and_restored(services):
    person = services.people.create(family_name="Temp")
    snapshot = services.people.snapshot(person.id)
    services.people.delete(person.id)
    with pytest.raises(NotFoundError):
        services.people.get(person.id)
    services.people.restore(snapshot)
    assert services.people.get(person.id).family_name == "Temp"


def test_visit_rules(services, sample_ids):
    with pytest.raises(ValidationError) as error:
        services.visits.create(
            partnership_id=sample_ids["partnership"],
            title="Return visit",
            direction="outgoing",
            start_date="2024-05-10",
            end_date="2024-05-01",
        )
    assert error.value.field == "end_date"
    with pytest.raises(ValidationError, match="no partnership #999"):
        services.visits.create(
            partnership_id=999,
            title="x",
            direction="outgoing",
            start_date="2024-05-01",
            end_date="2024-05-02",
        )
    with pytest.raises(ValidationError, match="direction"):
        services.visits.create(
            partnership_id=sample_ids["partnership"],
            title="x",
            direction="sideways",
            start_date="2024-05-01",
            end_date="2024-05-02",
        )
    assert len(services.visits.list()) == 1


def test_duplicate_member_is_refused(services, sample_ids):
    with pytest.raises(ValidationError, match="already on this delegation"):
        services.members.create(visit_id=sample_ids["visit"], person_id=sample_ids["mayor"])


def test_residency_counterpart_rules(services, sample_ids):
    outgoing = sample_ids["residency_outgoing"]
    with pytest.raises(ValidationError, match="cannot answer itself"):
        services.residencies.update(outgoing, counterpart_id=outgoing)
    other = services.partnerships.create(
        partner_city="Kraków", country="Poland", timezone="Europe/Warsaw"
    )
    foreign = services.residencies.create(
        partnership_id=other.id,
        direction="incoming",
        start_date="2025-01-01",
        end_date="2025-02-01",
    )
    with pytest.raises(ValidationError, match="another partnership"):
        services.residencies.update(outgoing, counterpart_id=foreign.id)


def test_sample_is_marked_and_complete(services, sample_ids):
    assert services.settings.get("is_sample") == "true"
    assert len(services.members.for_visit(sample_ids["visit"])) == 20
    head = services.members.for_visit(sample_ids["visit"])[0]
    assert head.person_id == sample_ids["mayor"] and head.role.value == "head"
    gifts = services.gifts.for_visit(sample_ids["visit"])
    assert {g.direction.value for g in gifts} == {"given", "received"}
    assert any("Meissen" in g.description for g in gifts)
    assert services.exhibitions.links(sample_ids["exhibition"])["visits"] == [sample_ids["visit"]]
