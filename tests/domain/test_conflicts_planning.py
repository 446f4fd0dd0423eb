"""The planning checks: members at items before they arrive or after they depart, items
without a venue or host, members without arrival or departure once the visit is confirmed,
interpreters booked twice, dietary notes that no meal serves."""

from __future__ import annotations

from datetime import datetime

import pytest

from exchange_planner.domain.catering import REQUIREMENTS
from exchange_planner.domain.conflicts import (
    ConflictKind,
    MemberStay,
    TimedBooking,
    VisitPlan,
    find_attendance_outside_stay,
    find_booking_conflicts,
    find_dietary_notes_without_meal,
    find_items_without_venue_or_host,
    find_members_without_travel,
    merge_person_conflicts,
    requirement_words,
)
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.reports.i18n import Language, requirement_label

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"


def local(day: int, hour: int, minute: int = 0, zone: str = BERLIN) -> datetime:
    return to_utc(datetime(2023, 7, day, hour, minute), zone)


def booking(
    item_id: int,
    start: datetime,
    end: datetime,
    people: tuple[int, ...] = (1,),
    *,
    visit: int = 1,
    kind: str = "meeting",
    venue: int | None = 5,
    host: int | None = 9,
    zone: str = BERLIN,
) -> TimedBooking:
    return TimedBooking(
        item_id,
        visit,
        f"Item {item_id}",
        start,
        end,
        venue_id=venue,
        person_ids=frozenset(people),
        timezone=zone,
        kind=kind,
        host_id=host,
    )


def member(
    person: int,
    arrival: datetime | None = None,
    departure: datetime | None = None,
    *,
    visit: int = 1,
    name: str = "",
    role: str = "official",
    diet: str = "",
    codes: tuple[str, ...] = (),
) -> MemberStay:
    return MemberStay(
        visit, person, name or f"Person {person}", arrival, departure, role, diet, codes
    )


# --- (a) before the arrival, after the departure -------------------------------------------
def test_an_item_starting_at_the_minute_of_the_arrival_is_fine() -> None:
    pick_up = booking(1, local(25, 17, 40), local(25, 18, 30))
    assert find_attendance_outside_stay([pick_up], [member(1, local(25, 17, 40))]) == []


def test_an_item_a_minute_before_the_arrival_names_the_member_and_the_arrival() -> None:
    dinner = booking(1, local(25, 19, 30), local(25, 21, 30))
    [found] = find_attendance_outside_stay(
        [dinner], [member(1, local(25, 19, 31), name="Kang Gi-jung")]
    )
    assert found.kind is ConflictKind.BEFORE_ARRIVAL and not found.is_warning
    assert found.message == (
        "“Item 1” (25.07.2023 19:30–21:30) starts before the arrival of Kang Gi-jung "
        "(25.07.2023 19:31)"
    )
    assert found.item_ids == (1,) and found.person_ids == (1,)
    assert found.facts.people == ("Kang Gi-jung",)
    assert found.facts.moment == datetime(2023, 7, 25, 19, 31, tzinfo=found.facts.moment.tzinfo)


def test_an_item_ending_at_the_departure_is_fine_a_minute_later_is_not() -> None:
    to_airport = booking(1, local(27, 8), local(27, 9, 15))
    assert find_attendance_outside_stay([to_airport], [member(1, None, local(27, 9, 15))]) == []
    late = booking(2, local(27, 8), local(27, 9, 16))
    [found] = find_attendance_outside_stay([late], [member(1, None, local(27, 9, 15))])
    assert found.kind is ConflictKind.AFTER_DEPARTURE
    assert "ends after the departure of Person 1 (27.07.2023 09:15)" in found.message


def test_no_arrival_at_all_is_not_judged_here() -> None:
    early = booking(1, local(20, 8), local(20, 9))
    assert find_attendance_outside_stay([early], [member(1)]) == []
    assert find_attendance_outside_stay([early], []) == []


def test_only_the_members_at_the_item_count_and_of_its_own_visit() -> None:
    item = booking(1, local(25, 10), local(25, 11), people=(1,))
    late_arrivals = [member(2, local(25, 12)), member(1, local(25, 12), visit=2)]
    assert find_attendance_outside_stay([item], late_arrivals) == []


def test_many_members_make_one_conflict_per_item_and_side() -> None:
    item = booking(1, local(25, 10), local(25, 11), people=tuple(range(1, 21)))
    members = [member(p, local(25, 12), local(25, 10, 30)) for p in range(1, 21)]
    early, late = find_attendance_outside_stay([item], members)
    assert early.kind is ConflictKind.BEFORE_ARRIVAL and late.kind is ConflictKind.AFTER_DEPARTURE
    assert early.message.endswith(
        "starts before the arrival of Person 1, Person 2, Person 3 and 17 others"
    )
    assert len(early.person_ids) == 20


def test_times_are_shown_in_the_items_zone() -> None:
    item = booking(1, local(25, 10, zone=SEOUL), local(25, 11, zone=SEOUL), zone=SEOUL)
    [found] = find_attendance_outside_stay([item], [member(1, local(25, 12, zone=SEOUL))])
    assert "(25.07.2023 10:00–11:00)" in found.message and "(25.07.2023 12:00)" in found.message


# --- (b) items without a venue or host -----------------------------------------------------
@pytest.mark.parametrize(
    ("venue", "host", "ending", "missing"),
    [
        (None, 9, "has no venue", ("venue",)),
        (5, None, "has no host", ("host",)),
        (None, None, "has neither a venue nor a host", ("venue", "host")),
    ],
)
def test_an_item_without_venue_or_host_is_a_warning(
    venue: int | None, host: int | None, ending: str, missing: tuple[str, ...]
) -> None:
    item = booking(1, local(26, 10), local(26, 11), venue=venue, host=host)
    [found] = find_items_without_venue_or_host([item])
    assert found.kind is ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST and found.is_warning
    assert found.message == f"“Item 1” (26.07.2023 10:00–11:00) {ending}"
    assert found.facts.missing == missing and found.item_ids == (1,)


def test_free_time_needs_neither_and_complete_items_are_fine() -> None:
    free = booking(1, local(26, 17), local(26, 19), kind="free_time", venue=None, host=None)
    complete = booking(2, local(26, 10), local(26, 11))
    assert find_items_without_venue_or_host([free, complete]) == []


# --- (c) members without arrival or departure once confirmed ---------------------------------
def test_a_draft_or_planned_visit_may_lack_travel_times() -> None:
    members = [member(1), member(2, local(25, 10))]
    for status in ("draft", "planned", "cancelled"):
        assert find_members_without_travel([VisitPlan(1, "Visit", status)], members) == []


def test_a_confirmed_visit_names_the_members_by_what_they_lack() -> None:
    members = [
        member(1, name="Kang Gi-jung"),
        member(2, local(25, 10), name="Park Ji-won"),
        member(3, local(25, 10), local(27, 9), name="Lee Seung-hoon"),
        member(4, name="Choi Min-ji"),
    ]
    departure, both = find_members_without_travel(
        [VisitPlan(1, "Gwangju visit", "confirmed")], members
    )
    assert departure.kind is ConflictKind.MEMBER_WITHOUT_TRAVEL and departure.is_warning
    assert departure.message == (
        "No departure time for Park Ji-won, though “Gwangju visit” is confirmed"
    )
    assert both.message == (
        "No arrival or departure time for Kang Gi-jung, Choi Min-ji, though “Gwangju visit” "
        "is confirmed"
    )
    assert both.person_ids == (1, 4) and both.facts.missing == ("arrival", "departure")
    assert both.facts.status == "confirmed" and both.facts.visit.title == "Gwangju visit"


def test_a_completed_visit_counts_as_confirmed_and_only_its_members_count() -> None:
    members = [member(1, local(25, 10)), member(2, visit=2)]
    [found] = find_members_without_travel(
        [VisitPlan(1, "Visit", "completed"), VisitPlan(2, "Other", "draft")], members
    )
    assert found.message == "No departure time for Person 1, though “Visit” is completed"


# --- (d) interpreters booked twice -------------------------------------------------------------
def test_an_interpreter_booked_twice_is_named_as_the_interpreter() -> None:
    first = booking(1, local(26, 10), local(26, 11), people=(1, 2, 7))
    second = booking(2, local(26, 10, 30), local(26, 12), people=(1, 2, 7))
    names = {1: "Kang Gi-jung", 2: "Park Ji-won", 7: "Baek Seo-yeon"}
    found = merge_person_conflicts(
        find_booking_conflicts([first, second], person_names=names, interpreters={1: {7}}),
        names,
    )
    kinds = [c.kind for c in found]
    assert kinds.count(ConflictKind.INTERPRETER_DOUBLE_BOOKED) == 1
    [interpreter] = [c for c in found if c.kind is ConflictKind.INTERPRETER_DOUBLE_BOOKED]
    assert interpreter.message == (
        "Interpreter Baek Seo-yeon is booked for two overlapping items: “Item 1” "
        "(26.07.2023 10:00–11:00) and “Item 2” (26.07.2023 10:30–12:00)"
    )
    assert interpreter.person_ids == (7,) and not interpreter.is_warning
    [people] = [c for c in found if c.kind is ConflictKind.PERSON_DOUBLE_BOOKED]
    assert set(people.person_ids) == {1, 2}  # the interpreter is not among them again


def test_an_interpreter_of_another_visit_is_an_ordinary_person_here() -> None:
    first = booking(1, local(26, 10), local(26, 11), people=(7,))
    second = booking(2, local(26, 10, 30), local(26, 12), people=(7,), venue=6)
    [found] = find_booking_conflicts([first, second], interpreters={3: {7}})
    assert found.kind is ConflictKind.PERSON_DOUBLE_BOOKED


def test_an_interpreter_at_two_items_one_after_the_other_is_fine() -> None:
    first = booking(1, local(26, 10), local(26, 11), people=(7,))
    second = booking(2, local(26, 11), local(26, 12), people=(7,), visit=2)
    assert find_booking_conflicts([first, second], interpreters={2: {7}}) == []


# --- (e) dietary notes -----------------------------------------------------------------------
def test_a_dietary_note_served_by_a_meal_or_a_reception_is_fine() -> None:
    plans = [VisitPlan(1, "Visit", "draft")]
    members = [member(1, diet="Kein Schweinefleisch"), member(2, diet="vegan")]
    meal = booking(1, local(25, 19), local(25, 21), people=(1,), kind="meal")
    reception = booking(2, local(26, 10), local(26, 11), people=(2,), kind="reception")
    assert find_dietary_notes_without_meal([meal, reception], members, plans) == []


def test_a_dietary_note_at_no_meal_is_a_warning_naming_the_person_and_note() -> None:
    plans = [VisitPlan(1, "Gwangju visit", "confirmed")]
    members = [member(1, name="Yoon Ha-eun", diet="Kein Schweinefleisch"), member(2)]
    meal = booking(1, local(25, 19), local(25, 21), people=(2,), kind="meal")
    tour = booking(2, local(26, 10), local(26, 11), people=(1, 2), kind="tour")
    [found] = find_dietary_notes_without_meal([meal, tour], members, plans)
    assert found.kind is ConflictKind.DIETARY_NOTE_WITHOUT_MEAL and found.is_warning
    assert found.message == (
        "Yoon Ha-eun has a dietary note (“Kein Schweinefleisch”) but attends no meal or "
        "reception of “Gwangju visit”"
    )
    assert found.person_ids == (1,) and found.facts.note == "Kein Schweinefleisch"


def test_dietary_requirements_without_a_note_at_no_meal_are_a_warning_too() -> None:
    plans = [VisitPlan(1, "Gwangju visit", "confirmed")]
    members = [
        member(1, name="Yoon Ha-eun", codes=("gluten_free", "nut_allergy")),
        member(2, name="Park Min-jun", diet="Ohne Zwiebeln", codes=("vegetarian",)),
        member(3, name="Lee Seo-yeon", codes=("vegan",)),
    ]
    meal = booking(1, local(25, 19), local(25, 21), people=(3,), kind="meal")
    tour = booking(2, local(26, 10), local(26, 11), people=(1, 2, 3), kind="tour")
    first, second = find_dietary_notes_without_meal([meal, tour], members, plans)
    assert first.message == (
        "Yoon Ha-eun has a dietary note (“gluten-free, nut allergy”) but attends no meal or "
        "reception of “Gwangju visit”"
    )
    assert first.facts.requirements == ("gluten_free", "nut_allergy") and first.facts.note == ""
    assert "(“vegetarian, Ohne Zwiebeln”)" in second.message


def test_the_english_words_of_every_code_are_the_documents() -> None:
    english = Language("en")
    for code in REQUIREMENTS:
        assert requirement_words(code.value) == requirement_label(code.value, english)


def test_a_visit_without_a_program_yet_and_blank_notes_say_nothing() -> None:
    plans = [VisitPlan(1, "Visit", "draft")]
    assert find_dietary_notes_without_meal([], [member(1, diet="vegan")], plans) == []
    tour = booking(2, local(26, 10), local(26, 11), kind="tour")
    assert find_dietary_notes_without_meal([tour], [member(1, diet="  ")], plans) == []
