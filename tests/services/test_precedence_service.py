"""The order of precedence of a visit from the database: rank tables, hosts, overrides."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from exchange_planner.domain.enums import MemberRole, Side
from exchange_planner.domain.errors import InUseError, ValidationError
from exchange_planner.domain.names import latin_name
from exchange_planner.domain.precedence import RankCycleError
from exchange_planner.services.precedence import RANK_ERROR_FLAG
from exchange_planner.services.registry import Services


def _names(services: Services, visit_id: int) -> list[str]:
    return [latin_name(e.person) for e in services.precedence.order(visit_id).entries]


def _person(services: Services, family: str, given: str = ""):  # type: ignore[no-untyped-def]
    return next(
        p
        for p in services.people.list()
        if p.family_name == family and (not given or p.given_name == given)
    )


def test_the_sample_merges_both_delegations_into_one_order(
    services: Services, sample_ids: dict[str, int]
) -> None:
    order = services.precedence.order(sample_ids["visit"])
    assert order.error == ""
    names = [latin_name(e.person) for e in order.entries]
    # Level 1 of both tables: elected both, Jung longer in office than Kang.
    assert names[:3] == ["Burkhard Jung", "Kang Gi-jung", "Stefan Lorenz"]
    first = order.entries[0]
    assert (first.side, first.rank_title, first.rank_table) == (
        Side.HOST,
        "Oberbürgermeister",
        "Deutschland / Sachsen — Kommunen",
    )
    kang = order.entries[1]
    assert kang.side == Side.DELEGATION and kang.member_id is not None and kang.host_id is None
    assert kang.rank_title == "광역시장 (차관급)"
    assert kang.rank_translations is not None
    assert kang.rank_translations.to_dict()["title"]["en"] == (
        "Mayor of a metropolitan city (vice-minister level)"
    )
    # Council members: Leipzig's longer in office (older first), Gwangju's tied to the name.
    council = names[3:7]
    assert council == ["Michael Baumann", "Katrin Vogel", "Choi Min-ji", "Lee Seung-hoon"]
    flags = {latin_name(e.person): e.flags for e in order.entries}
    assert "tie_alphabetical" in flags["Choi Min-ji"]
    assert "tie_alphabetical" not in flags["Michael Baumann"]
    # People without a rank (press, security, interpreters) come last, flagged.
    unranked = [latin_name(e.person) for e in order.entries if "unranked" in e.flags]
    assert "Ryu Hyun-woo" in unranked and "Jiyoung Müller" in unranked
    assert names[-len(unranked) :] == unranked
    assert len(order.entries) == 20 + 6  # the delegation and the hosts of the home city


def test_an_override_moves_a_participant_and_shows_the_reason(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    lee = _person(services, "Lee")
    computed = _names(services, visit).index("Lee Seung-hoon") + 1
    services.precedence.set_override(visit, lee.id, 3, "Leads the council's culture committee")
    order = services.precedence.order(visit)
    entry = order.entries[2]
    assert latin_name(entry.person) == "Lee Seung-hoon"
    assert (entry.place, entry.computed_place) == (3, computed)
    assert entry.overridden and "overridden" in entry.flags
    assert entry.override_reason == "Leads the council's culture committee"
    # Back to the computed place.
    services.precedence.set_override(visit, lee.id, None)
    assert _names(services, visit).index("Lee Seung-hoon") + 1 == computed
    member = next(m for m in services.members.for_visit(visit) if m.person_id == lee.id)
    assert (member.precedence_override, member.override_reason) == (None, "")


def test_an_override_of_a_host_is_stored_on_the_host(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    services.precedence.set_override(visit, sample_ids["protocol"], 4, "Hosts the dinner")
    host = next(h for h in services.hosts.for_visit(visit) if h.person_id == sample_ids["protocol"])
    assert (host.precedence_override, host.override_reason) == (4, "Hosts the dinner")
    assert _names(services, visit)[3] == "Anna Schreiber"


@pytest.mark.parametrize(
    ("place", "reason", "field", "words"),
    [
        (2, "", "override_reason", "say why Lee Seung-hoon (이승훈) is placed at 2"),
        (2, "   ", "override_reason", "say why"),
        (0, "reason", "precedence_override", "the visit has 26 participants"),
        (27, "reason", "precedence_override", "place 27 is outside"),
    ],
)
def test_a_bad_override_is_refused_and_changes_nothing(
    services: Services,
    sample_ids: dict[str, int],
    place: int,
    reason: str,
    field: str,
    words: str,
) -> None:
    visit = sample_ids["visit"]
    before = _names(services, visit)
    lee = _person(services, "Lee")
    with pytest.raises(ValidationError) as refused:
        services.precedence.set_override(visit, lee.id, place, reason)
    assert refused.value.field == field
    assert words in refused.value.message
    assert _names(services, visit) == before


def test_the_member_editor_path_checks_overrides_too(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    member = services.members.for_visit(visit)[2]
    with pytest.raises(ValidationError) as refused:
        services.members.update(member.id, precedence_override=1)
    assert refused.value.field == "override_reason"
    assert services.members.get(member.id).precedence_override is None


def test_someone_not_on_the_visit_has_no_place_to_override(
    services: Services, sample_ids: dict[str, int]
) -> None:
    reich = _person(services, "Reich")
    with pytest.raises(ValidationError, match="Martin Reich is not taking part in this visit"):
        services.precedence.set_override(sample_ids["visit"], reich.id, 1, "why")


def test_a_rank_position_below_one_is_refused(services: Services) -> None:
    table = services.rank_tables.create(name="Test", country="Germany")
    with pytest.raises(ValidationError) as refused:
        services.ranks.create(rank_table_id=table.id, position=0, title="Nobody")
    assert refused.value.field == "position"
    assert "1 is the highest rank" in refused.value.message
    assert services.ranks.for_table(table.id) == []


def test_an_equivalence_within_one_table_is_refused(services: Services) -> None:
    table = services.rank_tables.create(name="Test")
    high = services.ranks.create(rank_table_id=table.id, position=1, title="High")
    with pytest.raises(ValidationError) as refused:
        services.ranks.create(
            rank_table_id=table.id, position=2, title="Low", equivalent_rank_id=high.id
        )
    assert refused.value.field == "equivalent_rank_id"
    assert "same rank table" in refused.value.message
    with pytest.raises(ValidationError, match="equivalent of itself"):
        services.ranks.update(high.id, equivalent_rank_id=high.id)


def test_an_equivalence_that_contradicts_the_tables_is_refused(services: Services) -> None:
    a = services.rank_tables.create(name="A")
    b = services.rank_tables.create(name="B")
    a1 = services.ranks.create(rank_table_id=a.id, position=1, title="A one")
    a2 = services.ranks.create(rank_table_id=a.id, position=2, title="A two")
    b1 = services.ranks.create(
        rank_table_id=b.id, position=1, title="B one", equivalent_rank_id=a2.id
    )
    b2 = services.ranks.create(rank_table_id=b.id, position=2, title="B two")
    # B two ≡ A one would put A one below A two.
    with pytest.raises(RankCycleError) as refused:
        services.ranks.update(b2.id, equivalent_rank_id=a1.id)
    assert refused.value.field == "equivalent_rank_id"
    assert "A one" in refused.value.message and "B two" in refused.value.message
    assert services.ranks.get(b2.id).equivalent_rank_id is None
    assert services.ranks.get(b1.id).equivalent_rank_id == a2.id


def test_a_stored_contradiction_still_lists_everyone_flagged(
    services: Services, sample_ids: dict[str, int]
) -> None:
    """Data that bypassed the services (an old import): the list shows the error."""
    ranks = {r.title: r for r in services.ranks.list()}
    with services.db.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE rank SET equivalent_rank_id = :other WHERE id = :id"),
            {"other": ranks["Oberbürgermeister"].id, "id": ranks["과장"].id},
        )
    order = services.precedence.order(sample_ids["visit"])
    assert "contradict" in order.error or "equal" in order.error
    assert len(order.entries) == 26
    assert all(RANK_ERROR_FLAG in e.flags for e in order.entries)
    assert latin_name(order.entries[0].person) == "Kang Gi-jung"  # list order: members first


def test_a_rank_someone_holds_cannot_be_deleted(
    services: Services, sample_ids: dict[str, int]
) -> None:
    ranks = {r.title: r for r in services.ranks.list()}
    with pytest.raises(InUseError) as refused:
        services.ranks.delete(ranks["Oberbürgermeister"].id)
    assert "rank of “Burkhard Jung”" in str(refused.value)
    with pytest.raises(InUseError, match="Kang Gi-jung"):
        services.ranks.delete(ranks["광역시장 (차관급)"].id)
    korean = next(t for t in services.rank_tables.list() if t.country == "South Korea")
    with pytest.raises(InUseError, match="its rank “광역시장 \\(차관급\\)” is still used"):
        services.rank_tables.delete(korean.id)
    assert len(services.ranks.for_table(korean.id)) == 6


def test_an_unused_rank_table_goes_with_its_ranks(services: Services) -> None:
    table = services.rank_tables.create(name="Empty", country="France")
    services.ranks.create(rank_table_id=table.id, position=1, title="Maire")
    services.rank_tables.delete(table.id)
    assert all(r.rank_table_id != table.id for r in services.ranks.list())


def test_hosts_are_one_side_of_a_visit_only(services: Services, sample_ids: dict[str, int]) -> None:
    visit = sample_ids["visit"]
    with pytest.raises(ValidationError, match="already a host of this visit"):
        services.hosts.create(visit_id=visit, person_id=sample_ids["lord_mayor"])
    with pytest.raises(ValidationError, match="already on the delegation of this visit"):
        services.hosts.create(visit_id=visit, person_id=sample_ids["mayor"])
    with pytest.raises(ValidationError, match="already a host of this visit"):
        services.members.create(visit_id=visit, person_id=sample_ids["lord_mayor"])
    reich = _person(services, "Reich")
    with pytest.raises(ValidationError, match="cannot interpret for themselves"):
        services.hosts.create(visit_id=visit, person_id=reich.id, interprets_for_id=reich.id)
    added = services.hosts.create(visit_id=visit, person_id=reich.id, role=MemberRole.GUEST)
    assert added.position == 7  # after the six hosts of the sample
    assert "Martin Reich" in _names(services, visit)


def test_a_person_keeps_rank_and_tie_breakers(services: Services) -> None:
    table = services.rank_tables.create(name="T")
    rank = services.ranks.create(rank_table_id=table.id, position=1, title="Chief")
    person = services.people.create(
        family_name="Muster",
        rank_id=rank.id,
        elected=True,
        in_office_since="2020-01-01",
        born_on="1970-05-05",
    )
    stored = services.people.get(person.id)
    assert (stored.rank_id, stored.elected, str(stored.in_office_since)) == (
        rank.id,
        True,
        "2020-01-01",
    )
    with pytest.raises(ValidationError, match="before being born"):
        services.people.update(person.id, in_office_since="1960-01-01")
    with pytest.raises(ValidationError, match="there is no rank #9999"):
        services.people.update(person.id, rank_id=9999)
