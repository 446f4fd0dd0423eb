"""Who a meal's catering counts (members, hosts, the item's host) and the print record."""

from __future__ import annotations

import pytest

from exchange_planner.domain.errors import NotFoundError
from exchange_planner.services.catering import CateringService
from exchange_planner.services.registry import Services


def test_an_item_with_an_attendee_list_counts_those_and_its_host(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit_id = sample_ids["visit"]
    catering = CateringService(services.db)
    meals = catering.meals(visit_id)
    assert [m.kind.value for m in meals] == ["meal", "reception", "meal"]
    assert [m.starts_at for m in meals] == sorted(m.starts_at for m in meals)
    lunch = meals[-1]
    members = [m.person_id for m in services.members.for_visit(visit_id)]
    outsider = services.people.create(
        family_name="Weber", given_name="Anna", dietary_requirements="kosher", notes_consent=True
    )
    services.program.set_attendees(lunch.id, members[:3])
    services.program.update(lunch.id, host_id=outsider.id)
    services.people.update(members[0], dietary_requirements="gluten_free", notes_consent=True)
    data = catering.summary(visit_id, item_id=lunch.id, record=False)
    (meal,) = data.meals
    assert (meal.headcount, meal.delegation, meal.hosts) == (4, 3, 1)
    assert dict(meal.counts) == {"gluten_free": 1, "kosher": 1}
    assert meal.named == ()  # neither needs a name
    assert data.stamp is not None and data.stamp.version == 1
    # Not recorded: printing now still makes version 1.
    assert catering.summary(visit_id, item_id=lunch.id).stamp.version == 1  # type: ignore[union-attr]


def test_a_visit_without_meals_is_refused_and_nothing_is_written(
    services: Services, sample_ids: dict[str, int], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    visit_id = sample_ids["visit"]
    for item in services.program.for_visit(visit_id):
        if item.kind in ("meal", "reception"):
            services.program.delete(item.id)
    catering = CateringService(services.db)
    assert catering.meals(visit_id) == []
    with pytest.raises(NotFoundError, match="has no meal or reception"):
        catering.write_catering_summary(visit_id, tmp_path / "none.pdf", lang="en")
    assert not (tmp_path / "none.pdf").exists()
