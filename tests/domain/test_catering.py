"""The catering summary's rules: counts, names only where needed, nothing sensitive without
consent (``domain.catering``)."""

from __future__ import annotations

import pytest

from exchange_planner.domain.catering import (
    FREE_CODES,
    SENSITIVE_CODES,
    Diner,
    parse_requirements,
    requirements_of,
    summarise,
)
from exchange_planner.domain.enums import DietaryRequirement as D
from exchange_planner.domain.errors import ValidationError


def test_vegetarian_and_vegan_need_no_consent_everything_else_does() -> None:
    assert {D.VEGETARIAN, D.VEGAN} == FREE_CODES
    assert set(D) == SENSITIVE_CODES | FREE_CODES
    assert {D.NO_PORK, D.HALAL, D.KOSHER, D.NUT_ALLERGY, D.DIABETIC, D.OTHER} <= SENSITIVE_CODES


def test_stored_text_is_known_codes_once_in_order() -> None:
    assert parse_requirements(" Vegan, halal ,vegan,,nut-allergy") == "vegan,halal,nut_allergy"
    assert parse_requirements(["other", "vegetarian"]) == "vegetarian,other"
    assert parse_requirements(None) == "" and parse_requirements("") == ""
    assert requirements_of("nut_allergy,vegan,paleo") == (D.VEGAN, D.NUT_ALLERGY)


@pytest.mark.parametrize("value", ["vegetarian,paleo", ["raw"], 5])
def test_an_unknown_code_is_refused_by_name(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_requirements(value)
    assert caught.value.field == "dietary_requirements"
    if value != 5:
        assert "is not a dietary requirement" in caught.value.message
        assert "vegetarian, vegan, no_pork" in caught.value.message


def test_counts_names_and_withheld_notes() -> None:
    diners = [
        Diner(1, (D.NO_PORK,), consent=True),
        Diner(2, (D.VEGETARIAN,), consent=True),
        Diner(3, (D.NUT_ALLERGY,), "peanuts", consent=False),
        Diner(4),
        Diner(5, (D.VEGETARIAN, D.HALAL), consent=False),
        Diner(6, (D.OTHER,), "no raw onions", consent=True),
        Diner(7, (), "", "wheelchair", consent=False),
        Diner(2, (D.VEGETARIAN,), consent=True),  # listed twice: counted once
    ]
    summary = summarise(diners)
    assert summary.headcount == 7
    assert {c.requirement: c.count for c in summary.counts} == {
        D.VEGETARIAN: 2,  # the one without consent too: it tells nothing sensitive
        D.NO_PORK: 1,
        D.OTHER: 1,
    }
    assert summary.count_of(D.NUT_ALLERGY) == 0 and summary.count_of(D.HALAL) == 0
    # Named: only "other" with its note; the allergy without consent is not.
    assert [(n.person_id, n.requirements, n.dietary_note) for n in summary.named] == [
        (6, (D.OTHER,), "no raw onions")
    ]
    assert summary.withheld == 3  # the allergy, the halal, the accessibility note
    assert summary.without_requirements == 1


def test_a_note_beside_a_counted_code_is_not_printed_a_note_alone_is_other() -> None:
    diners = [
        Diner(1, (D.NO_PORK,), "Kein Schweinefleisch", consent=True),
        Diner(2, (), "keine rohen Zwiebeln", consent=True),
        Diner(3, (D.VEGAN,), "", "Rollstuhl", consent=True),
    ]
    summary = summarise(diners)
    assert {c.requirement: c.count for c in summary.counts} == {
        D.VEGAN: 1,
        D.NO_PORK: 1,
        D.OTHER: 1,
    }
    assert [
        (n.person_id, n.requirements, n.dietary_note, n.accessibility_note) for n in summary.named
    ] == [
        (2, (D.OTHER,), "keine rohen Zwiebeln", ""),
        (3, (D.VEGAN,), "", "Rollstuhl"),
    ]
    named = summarise(diners, names=True).named
    assert named[0].person_id == 1 and named[0].dietary_note == "Kein Schweinefleisch"


def test_with_consent_the_allergy_is_counted_and_named() -> None:
    summary = summarise([Diner(3, (D.NUT_ALLERGY,), "peanuts", consent=True)])
    assert summary.count_of(D.NUT_ALLERGY) == 1 and summary.withheld == 0
    assert summary.named[0].person_id == 3 and summary.named[0].dietary_note == "peanuts"


def test_the_names_option_names_everyone_with_a_printable_requirement() -> None:
    diners = [
        Diner(1, (D.NO_PORK,), consent=True),
        Diner(2, (D.VEGAN,), consent=False),
        Diner(3, (D.KOSHER,), consent=False),
        Diner(4),
    ]
    assert summarise(diners).named == ()
    named = summarise(diners, names=True).named
    assert [(n.person_id, n.requirements) for n in named] == [(1, (D.NO_PORK,)), (2, (D.VEGAN,))]
