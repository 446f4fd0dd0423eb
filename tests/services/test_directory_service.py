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


# --- the paged lists of the People & Venues tab ---------------------------------------------
def _add_people(services, names):  # type: ignore[no-untyped-def]
    return [services.people.create(family_name=family, given_name=given) for family, given in names]


def test_people_pages_follow_on_after_the_last_row_read_in_both_directions(services):
    names = [(f"Person {n:03d}", "A") for n in range(30)] + [("Person 010", "B")]
    _add_people(services, names)
    people = services.people
    assert people.count() == 31
    for descending in (False, True):
        read: list = []
        while page := people.page(descending=descending, limit=7, after=read[-1] if read else None):
            read.extend(page)
        keys = [(p.family_name, p.given_name, p.id) for p in read]
        assert keys == sorted(keys, reverse=descending)
        assert len({p.id for p in read}) == 31
        offsets = people.page(descending=descending, offset=7, limit=7)
        assert [p.id for p in offsets] == [p.id for p in read[7:14]]
        for place, person in enumerate(read):
            assert people.position(person.id, descending=descending) == place
        before = people.page(descending=descending, before=read[10], limit=3)
        assert [p.id for p in before] == [p.id for p in read[7:10]]
        assert people.page(descending=descending, before=read[0]) == []


def test_search_counts_pages_and_places_only_the_matching_records(services):
    _add_people(services, [("Kang", "Gi-jung"), ("Kim", "Tae-yang"), ("Park", "Ji-won")])
    services.people.create(family_name="Lee", organisation="Gwangju 100% Art_Lab")
    people = services.people
    assert people.count(text="k") == 3  # Kang, Kim, Park: any field, any case
    assert [p.family_name for p in people.page(text="k")] == ["Kang", "Kim", "Park"]
    assert [p.family_name for p in people.page(text="gi JUNG")] == ["Kang"]  # every word
    kim = people.page(text="kim")[0]
    assert people.position(kim.id, text="k") == 1
    assert people.position(kim.id, text="park") is None  # does not match: no place
    assert people.position(10**6) is None
    # Wildcards typed are text: "100%" and "Art_Lab" match only what they say.
    assert [p.family_name for p in people.page(text="100%")] == ["Lee"]
    assert people.count(text="10%0") == 0
    assert people.count(text="Art_Lab") == 1 and people.count(text="Art_La_") == 0


def test_venues_and_partnerships_sort_by_any_list_column(services, sample_ids):
    services.venues.create(name="aula", city="Leipzig", timezone="Europe/Berlin", capacity=5)
    by_capacity = services.venues.page(sort="capacity", limit=100)
    capacities = [v.capacity for v in by_capacity]
    given = [c for c in capacities if c is not None]
    assert capacities[: capacities.count(None)] == [None] * capacities.count(None)
    assert given == sorted(given)
    by_name = [v.name.lower() for v in services.venues.page(sort="name", limit=100)]
    assert by_name == sorted(by_name)  # case does not matter: "aula" comes first
    assert by_name[0] == "aula"
    assert services.partnerships.page(sort="since_year")[0].partner_city == "Gwangju"
    with pytest.raises(ValidationError):
        services.venues.page(sort="contact")
