"""Residency service: counterpart rules, pairs, studio conflicts, filters, bad input."""

from datetime import date

import pytest

from exchange_planner.domain.enums import ChecklistKind, Direction, ResidencyStatus
from exchange_planner.domain.errors import ValidationError


def new(services, partnership_id, direction="outgoing", **extra):
    values = dict(
        title="Test residency",
        partnership_id=partnership_id,
        direction=direction,
        start_date=date(2025, 3, 1),
        end_date=date(2025, 4, 30),
    )
    values.update(extra)
    return services.residencies.create(**values)


@pytest.fixture
def other_partnership(services):
    return services.partnerships.create(
        partner_city="Kraków", country="Poland", timezone="Europe/Warsaw", since_year=1973
    ).id


def assert_unchanged(services, record_id, before):
    assert services.residencies.get(record_id).model_dump() == before


def test_counterpart_pointing_at_itself_is_refused(services, sample_ids):
    rid = sample_ids["residency_outgoing"]
    before = services.residencies.get(rid).model_dump()
    with pytest.raises(ValidationError) as error:
        services.residencies.update(rid, counterpart_id=rid)
    assert error.value.field == "counterpart_id" and "itself" in error.value.message
    assert_unchanged(services, rid, before)


def test_counterpart_of_another_partnership_is_refused(services, sample_ids, other_partnership):
    foreign = new(services, other_partnership, "incoming")
    with pytest.raises(ValidationError, match="another partnership"):
        new(services, sample_ids["partnership"], counterpart_id=foreign.id)


def test_counterpart_in_same_direction_is_refused(services, sample_ids):
    first = new(services, sample_ids["partnership"])
    with pytest.raises(ValidationError, match="other way"):
        new(services, sample_ids["partnership"], counterpart_id=first.id)


def test_counterpart_already_paired_is_refused(services, sample_ids):
    # The sample's counter-residency already answers the outgoing one.
    with pytest.raises(ValidationError, match="already answers another"):
        new(services, sample_ids["partnership"], counterpart_id=sample_ids["residency_incoming"])
    with pytest.raises(ValidationError, match="already"):
        new(
            services,
            sample_ids["partnership"],
            "incoming",
            counterpart_id=sample_ids["residency_outgoing"],
        )


def test_chain_that_loops_is_refused(services, sample_ids):
    p = sample_ids["partnership"]
    a = new(services, p, "outgoing")
    b = new(services, p, "incoming", counterpart_id=a.id)
    c = new(services, p, "outgoing")
    # b -> a; now c -> b would claim b, which already answers a.
    with pytest.raises(ValidationError):
        services.residencies.update(c.id, counterpart_id=b.id)
    # a -> c -> ... : a already answered by b, so pointing a elsewhere is refused too
    before = services.residencies.get(a.id).model_dump()
    with pytest.raises(ValidationError):
        services.residencies.set_counterparts({a.id: b.id, c.id: a.id})
    assert_unchanged(services, a.id, before)
    assert services.residencies.get(c.id).counterpart_id is None


def test_pair_links_both_ways_and_releases_the_previous_partner(services, sample_ids):
    p = sample_ids["partnership"]
    a = new(services, p, "outgoing")
    b = new(services, p, "incoming")
    c = new(services, p, "incoming")
    service = services.residencies
    assert {r.id for r in service.counterpart_candidates(a.id, p, "outgoing")} == {b.id, c.id}
    service.set_counterparts(service.pair_changes(a.id, b.id))
    assert service.get(a.id).counterpart_id == b.id
    assert service.get(b.id).counterpart_id == a.id
    # b is taken now: only c is offered to a new outgoing residency
    d = new(services, p, "outgoing")
    assert [r.id for r in service.counterpart_candidates(d.id, p, "outgoing")] == [c.id]
    # Re-pair a with c: b is released
    service.set_counterparts(service.pair_changes(a.id, c.id))
    assert service.get(b.id).counterpart_id is None
    assert service.get(c.id).counterpart_id == a.id
    service.set_counterparts(service.pair_changes(a.id, None))
    assert service.get(a.id).counterpart_id is None
    assert service.get(c.id).counterpart_id is None


def test_end_before_start_and_far_dates_are_refused(services, sample_ids):
    rid = sample_ids["residency_outgoing"]
    before = services.residencies.get(rid).model_dump()
    with pytest.raises(ValidationError) as error:
        services.residencies.update(rid, end_date=date(2023, 2, 1))
    assert error.value.field == "end_date" and "before it starts" in error.value.message
    for field, day in (("start_date", date(1850, 1, 1)), ("end_date", date(2999, 1, 1))):
        with pytest.raises(ValidationError) as error:
            services.residencies.update(rid, **{field: day})
        assert error.value.field == field
    assert_unchanged(services, rid, before)


def test_hangul_emoji_and_long_text(services, sample_ids):
    rid = sample_ids["residency_incoming"]
    title = "광주 작가 레지던시 🎨 <b>Gwangju</b>"
    services.residencies.update(rid, title=title, notes="메모 " * 3000)
    assert services.residencies.get(rid).title == title
    assert services.residencies.query(text="레지던시")[0].id == rid
    with pytest.raises(ValidationError) as error:
        services.residencies.update(rid, title="x" * 301)
    assert error.value.field == "title"
    assert services.residencies.get(rid).title == title


def test_double_booked_studio_is_reported(services, sample_ids):
    studio = services.residencies.get(sample_ids["residency_outgoing"]).studio_id
    clash = new(
        services,
        sample_ids["partnership"],
        studio_id=studio,
        start_date=date(2023, 5, 31),
        end_date=date(2023, 6, 15),
    )
    conflicts = services.residencies.conflicts_for(clash.id)
    assert [set(c.residency_ids) for c in conflicts] == [
        {clash.id, sample_ids["residency_outgoing"]}
    ]
    assert "Gwangju Museum of Art" in conflicts[0].message
    # Cancelling one side resolves it.
    services.residencies.update(clash.id, status=ResidencyStatus.CANCELLED)
    assert services.residencies.conflicts_for(clash.id) == []
    assert services.residencies.studio_conflicts() == []


def test_residencies_without_studio_group_by_host_institution(services, sample_ids):
    p = sample_ids["partnership"]
    a = new(services, p, host_institution="Gwangju Biennale")
    b = new(services, p, host_institution="  gwangju biennale ", start_date=date(2025, 4, 30))
    new(services, p, host_institution="Other house")
    conflicts = services.residencies.studio_conflicts(start=date(2025, 1, 1))
    assert [set(c.residency_ids) for c in conflicts] == [{a.id, b.id}]


def test_query_filters(services, sample_ids):
    service = services.residencies
    assert [r.id for r in service.query(year=2023)] == [sample_ids["residency_outgoing"]]
    assert [r.id for r in service.query(direction=Direction.INCOMING)] == [
        sample_ids["residency_incoming"]
    ]
    assert [r.id for r in service.query(status="proposed")] == [sample_ids["residency_incoming"]]
    assert [r.id for r in service.query(text="Reich")] == [sample_ids["residency_outgoing"]]
    assert service.query(partnership_id=sample_ids["partnership"] + 99) == []
    assert service.years() == [2023, 2024]


def test_ensure_checklist_and_snapshot_restore(services, sample_ids):
    r = new(services, sample_ids["partnership"])
    items = services.residencies.ensure_checklist(r.id)
    assert [i.kind for i in items] == list(ChecklistKind)
    assert items[0].due_date == date(2024, 11, 1)  # 120 days before 1 March 2025
    services.deliverables.create(residency_id=r.id, title="Talk")
    snapshot = services.residencies.snapshot(r.id)
    services.residencies.delete(r.id)
    assert services.checklist.for_residency(r.id) == []
    services.residencies.restore(snapshot)
    assert len(services.checklist.for_residency(r.id)) == 8
    assert [d.title for d in services.deliverables.for_residency(r.id)] == ["Talk"]


def test_deleting_one_side_of_a_pair_and_undoing_relinks(services, sample_ids):
    out, inc = sample_ids["residency_outgoing"], sample_ids["residency_incoming"]
    snapshot = services.residencies.snapshot(inc)
    services.residencies.delete(inc)
    assert services.residencies.get(out).counterpart_id is None
    services.residencies.restore(snapshot)
    assert services.residencies.get(out).counterpart_id == inc
    assert services.residencies.get(inc).counterpart_id == out


def test_cancelled_counterpart_cannot_be_chosen_but_an_old_link_stays(services, sample_ids):
    p = sample_ids["partnership"]
    cancelled = new(services, p, "incoming", status=ResidencyStatus.CANCELLED)
    fresh = new(services, p, "outgoing")
    with pytest.raises(ValidationError, match="cancelled"):
        services.residencies.update(fresh.id, counterpart_id=cancelled.id)
    service = services.residencies
    with pytest.raises(ValidationError, match="cancelled"):
        service.set_counterparts(service.pair_changes(fresh.id, cancelled.id))
    assert service.get(fresh.id).counterpart_id is None
    out, inc = sample_ids["residency_outgoing"], sample_ids["residency_incoming"]
    services.residencies.update(out, status=ResidencyStatus.CANCELLED)
    services.residencies.update(inc, notes="still editable")
    assert services.residencies.get(inc).counterpart_id == out


def test_a_checklist_made_today_has_no_step_due_before_today(services, sample_ids):
    today = date(2025, 1, 1)  # two months before the start: the invitation letter is late
    r = new(services, sample_ids["partnership"])
    items = {i.kind: i.due_date for i in services.residencies.ensure_checklist(r.id, today)}
    assert items[ChecklistKind.INVITATION_LETTER] == today
    assert items[ChecklistKind.VISA] == today
    assert items[ChecklistKind.TRAVEL] == date(2025, 1, 15)
    assert items[ChecklistKind.REPORT] == date(2025, 5, 30)
    assert min(items.values()) == today


def test_checklist_following_moves_derived_open_steps_only(services, sample_ids):
    r = new(services, sample_ids["partnership"])  # 1 March – 30 April 2025
    items = {i.kind: i for i in services.residencies.ensure_checklist(r.id)}
    services.checklist.update(items[ChecklistKind.VISA].id, due_date=date(2025, 1, 5))
    services.checklist.update(items[ChecklistKind.TRAVEL].id, done_on=date(2024, 12, 1))
    moved = services.residencies.checklist_following(r.id, date(2025, 6, 1), date(2025, 7, 31))
    by_id = {i.id: i.kind for i in items.values()}
    changed = {by_id[item_id]: due for item_id, due in moved.items()}
    assert changed[ChecklistKind.INVITATION_LETTER] == date(2025, 2, 1)
    assert changed[ChecklistKind.REPORT] == date(2025, 8, 30)
    assert ChecklistKind.VISA not in changed  # the user's date
    assert ChecklistKind.TRAVEL not in changed  # done
    assert services.residencies.get(r.id).start_date == date(2025, 3, 1)  # nothing written
