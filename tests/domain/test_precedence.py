"""The order of precedence: merged rank tables, tie-breakers, overrides, contradictions."""

from __future__ import annotations

from datetime import date

import pytest

from exchange_planner.domain.enums import Side
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.precedence import (
    TIE_BREAKERS,
    Participant,
    RankCycleError,
    RankEntry,
    merged_levels,
    order_of_precedence,
)

DE = "Deutschland / Sachsen — Kommunen"
KO = "대한민국 — 지방자치단체"


def german() -> list[RankEntry]:
    titles = ["Oberbürgermeister", "Bürgermeister", "Stadtratsmitglied", "Amtsleiter"]
    return [RankEntry(i, 1, DE, i, t, None) for i, t in enumerate(titles, 1)]


def korean(equivalent: bool = True) -> list[RankEntry]:
    titles = ["광역시장", "부시장", "시의원", "국장"]
    return [
        RankEntry(10 + i, 2, KO, i, t, i if equivalent else None) for i, t in enumerate(titles, 1)
    ]


def person(
    pid: int,
    name: str,
    rank: int | None,
    side: Side = Side.HOST,
    *,
    elected: bool | None = None,
    since: date | None = None,
    born: date | None = None,
    override: int | None = None,
) -> Participant:
    return Participant(
        pid,
        name,
        side,
        rank,
        elected,
        since,
        born,
        override_place=override,
        override_reason="protocol office" if override else "",
    )


def names(order: list) -> list[str]:
    return [p.participant.sort_name for p in order]


def test_tie_breakers_are_stated_in_order() -> None:
    assert TIE_BREAKERS == ("elected", "in_office_since", "born_on", "name")


def test_equivalence_merges_the_two_tables_into_one_level_each() -> None:
    levels = merged_levels(german() + korean())
    assert levels[11] == levels[1] == 1  # 광역시장 ranks with the Oberbürgermeister
    assert levels[12] == levels[2] == 2
    assert levels[14] == levels[4] == 4


def test_merged_order_interleaves_both_delegations() -> None:
    people = [
        person(1, "Jung Burkhard", 1),
        person(2, "Kang Gi-jung", 11, Side.DELEGATION),
        person(3, "Schreiber Anna", 3),
        person(4, "Kim Min-su", 12, Side.DELEGATION),
    ]
    order = order_of_precedence(people, german() + korean())
    assert [p.level for p in order] == [1, 1, 2, 3]
    assert names(order)[2:] == ["Kim Min-su", "Schreiber Anna"]


def test_without_equivalence_each_table_keeps_its_own_levels() -> None:
    # A Korean rank tied to nothing below a rank of its own table that is tied to a
    # German rank: the longest path puts it one level below that.
    ko = [
        RankEntry(11, 2, KO, 1, "광역시장", 1),
        RankEntry(12, 2, KO, 2, "보좌관", None),
        RankEntry(13, 2, KO, 3, "국장", 4),
    ]
    levels = merged_levels(german() + ko)
    assert levels[12] == 2
    assert levels[13] == levels[4] == 4


def test_equal_positions_in_one_table_are_equal_ranks() -> None:
    ranks = [RankEntry(1, 1, DE, 1, "A", None), RankEntry(2, 1, DE, 1, "B", None)]
    ranks.append(RankEntry(3, 1, DE, 2, "C", None))
    assert merged_levels(ranks) == {1: 1, 2: 1, 3: 2}


def test_elected_before_appointed_before_unknown() -> None:
    people = [
        person(1, "Anders", 2, elected=None),
        person(2, "Berg", 2, elected=False),
        person(3, "Christ", 2, elected=True),
    ]
    assert names(order_of_precedence(people, german())) == ["Christ", "Berg", "Anders"]


def test_longer_in_office_first_unknown_after() -> None:
    people = [
        person(1, "Anders", 2, elected=True, since=None),
        person(2, "Berg", 2, elected=True, since=date(2020, 1, 1)),
        person(3, "Christ", 2, elected=True, since=date(2015, 6, 1)),
    ]
    assert names(order_of_precedence(people, german())) == ["Christ", "Berg", "Anders"]


def test_elected_beats_length_in_office() -> None:
    people = [
        person(1, "Anders", 2, elected=False, since=date(1990, 1, 1)),
        person(2, "Berg", 2, elected=True, since=date(2024, 1, 1)),
    ]
    assert names(order_of_precedence(people, german())) == ["Berg", "Anders"]


def test_older_first_when_in_office_equally_long() -> None:
    since = date(2019, 1, 1)
    people = [
        person(1, "Anders", 2, since=since, born=None),
        person(2, "Berg", 2, since=since, born=date(1970, 1, 1)),
        person(3, "Christ", 2, since=since, born=date(1960, 1, 1)),
    ]
    order = order_of_precedence(people, german())
    assert names(order) == ["Christ", "Berg", "Anders"]
    assert all("tie_alphabetical" not in p.flags for p in order)


def test_name_decides_last_and_is_flagged() -> None:
    people = [
        person(1, "müller", 3),
        person(2, "Adler", 3),
        person(3, "Zorn", 3, born=date(1950, 1, 1)),
        person(4, "Lang", 1),
    ]
    order = order_of_precedence(people, german())
    assert names(order) == ["Lang", "Zorn", "Adler", "müller"]  # casefolded: a < m
    flagged = {p.participant.sort_name for p in order if "tie_alphabetical" in p.flags}
    assert flagged == {"Adler", "müller"}


def test_unranked_come_after_all_ranked_alphabetically_and_are_flagged() -> None:
    people = [
        person(1, "Zander", None),
        person(2, "Abel", None),
        person(3, "Nowak", 4),
        person(4, "Kim", 14, Side.DELEGATION),
    ]
    order = order_of_precedence(people, german() + korean())
    assert names(order) == ["Kim", "Nowak", "Abel", "Zander"]
    assert [p.level for p in order] == [4, 4, None, None]
    assert [("unranked" in p.flags) for p in order] == [False, False, True, True]


def test_override_takes_its_place_and_the_others_keep_their_order() -> None:
    people = [person(i, f"P{i}", i if i <= 4 else None) for i in range(1, 7)]
    people[4] = person(5, "P5", None, override=2)
    order = order_of_precedence(people, german())
    assert names(order) == ["P1", "P5", "P2", "P3", "P4", "P6"]
    moved = order[1]
    assert (moved.place, moved.computed_place) == (2, 5)
    assert moved.flags == {"unranked", "overridden"}
    assert [p.computed_place for p in order] == [1, 5, 2, 3, 4, 6]


def test_override_downwards_and_out_of_range_is_clamped() -> None:
    people = [person(1, "A", 1, override=99), person(2, "B", 2), person(3, "C", 3)]
    order = order_of_precedence(people, german())
    assert names(order) == ["B", "C", "A"]
    people = [person(1, "A", 1), person(2, "B", 2), person(3, "C", 3, override=0)]
    assert names(order_of_precedence(people, german())) == ["C", "A", "B"]


def test_two_overrides_of_one_place_earlier_computed_first() -> None:
    people = [
        person(1, "A", 1),
        person(2, "B", 2),
        person(3, "C", 3, override=1),
        person(4, "D", 4, override=1),
    ]
    assert names(order_of_precedence(people, german())) == ["C", "D", "A", "B"]


def test_cycle_in_the_equivalences_is_refused_naming_the_ranks() -> None:
    crossed = [
        RankEntry(11, 2, KO, 1, "광역시장", 2),  # ranks with the Bürgermeister …
        RankEntry(12, 2, KO, 2, "부시장", 1),  # … and below it one with the Oberbürgermeister
    ]
    with pytest.raises(RankCycleError) as caught:
        merged_levels(german() + crossed)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.field == "equivalent_rank_id"
    assert set(error.ranks) == {"Oberbürgermeister", "Bürgermeister", "광역시장", "부시장"}
    assert "Oberbürgermeister > Bürgermeister" in error.message
    assert "광역시장 > 부시장" in error.message


def test_cycle_through_three_tables() -> None:
    ranks = [
        RankEntry(1, 1, "A", 1, "a1", None),
        RankEntry(2, 1, "A", 2, "a2", None),
        RankEntry(3, 2, "B", 1, "b1", 2),
        RankEntry(4, 2, "B", 2, "b2", None),
        RankEntry(5, 3, "C", 1, "c1", 4),
        RankEntry(6, 3, "C", 2, "c2", 1),
        RankEntry(7, 3, "C", 3, "c3", None),  # downstream of the cycle, not part of it
    ]
    with pytest.raises(RankCycleError) as caught:
        merged_levels(ranks)
    assert set(caught.value.ranks) == {"a1", "a2", "b1", "b2", "c1", "c2"}


def test_two_ranks_of_one_table_made_equal_is_refused() -> None:
    ko = [RankEntry(11, 2, KO, 1, "광역시장", 1), RankEntry(12, 2, KO, 2, "부시장", 1)]
    with pytest.raises(RankCycleError) as caught:
        merged_levels(german() + ko)
    assert caught.value.ranks == ["광역시장", "Oberbürgermeister", "부시장"]
    assert "광역시장 and 부시장" in caught.value.message


def test_order_of_precedence_raises_the_cycle_too() -> None:
    ko = [RankEntry(11, 2, KO, 1, "광역시장", 2), RankEntry(12, 2, KO, 2, "부시장", 1)]
    with pytest.raises(RankCycleError):
        order_of_precedence([person(1, "A", 1)], german() + ko)


def test_equivalence_to_a_rank_not_given_is_ignored() -> None:
    assert merged_levels([RankEntry(11, 2, KO, 1, "광역시장", 999)]) == {11: 1}


def test_unknown_rank_id_counts_as_unranked() -> None:
    order = order_of_precedence([person(1, "A", 42), person(2, "B", 1)], german())
    assert names(order) == ["B", "A"]
    assert "unranked" in order[1].flags
