"""The planning checks' sentences: the interface's English is the rules' own sentence, and
the command line words them in German and Korean from the same values."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from exchange_planner.cli.wording import Wording
from exchange_planner.domain.catering import REQUIREMENTS
from exchange_planner.domain.conflicts import (
    Conflict,
    MemberStay,
    TimedBooking,
    VisitPlan,
    find_attendance_outside_stay,
    find_booking_conflicts,
    find_dietary_notes_without_meal,
    find_items_without_venue_or_host,
    find_members_without_travel,
)
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.ui.wording import conflict_text

BERLIN = "Europe/Berlin"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return to_utc(datetime(2023, 7, day, hour, minute), BERLIN)


def every_planning_sentence() -> list[Conflict]:
    many = frozenset(range(1, 8))
    dinner = TimedBooking(1, 1, "Dinner", at(25, 19), at(25, 21), 5, many, BERLIN, "meal", 9)
    talk = TimedBooking(2, 1, "Talk", at(25, 20), at(25, 20, 30), None, frozenset({1}), BERLIN)
    tour = TimedBooking(3, 1, "Tour", at(26, 10), at(26, 11), 5, frozenset({8}), BERLIN, "tour")
    bare = TimedBooking(4, 1, "Bare", at(26, 12), at(26, 13), 5, frozenset(), BERLIN, "tour")
    early = TimedBooking(6, 1, "Early", at(25, 7), at(25, 7, 30), 5, frozenset({9}), BERLIN, "", 9)
    hosted = TimedBooking(5, 1, "Hosted", at(26, 14), at(26, 15), None, frozenset(), BERLIN, "", 9)
    stays = [
        MemberStay(1, p, f"Person {p}", at(25, 19, 30), at(25, 20, 15)) for p in range(1, 8)
    ] + [
        MemberStay(1, 8, "Person 8", None, at(27, 9), dietary_notes="vegan"),
        MemberStay(1, 11, "Person 11", dietary_requirements=("no_pork", "nut_allergy")),
        MemberStay(1, 12, "Person 12", dietary_requirements=tuple(r.value for r in REQUIREMENTS)),
        MemberStay(1, 9, "Person 9", at(25, 8)),
        MemberStay(1, 10, "Person 10"),
    ]
    plans = [VisitPlan(1, "Visit", "confirmed")]
    found = find_booking_conflicts(
        [dinner, talk], person_names={1: "Person 1"}, interpreters={1: {1}}
    )
    found += find_attendance_outside_stay([dinner, talk, early], stays)
    found += find_items_without_venue_or_host([talk, bare, hosted])
    found += find_members_without_travel(plans, stays)
    found += find_members_without_travel([VisitPlan(1, "Visit", "completed")], stays[-1:])
    found += find_dietary_notes_without_meal([dinner, tour], stays, plans)
    return found


def test_the_interfaces_english_is_the_rules_sentence(qapp) -> None:  # type: ignore[no-untyped-def]
    found = every_planning_sentence()
    assert {c.kind.value for c in found} == {
        "interpreter_double_booked",
        "before_arrival",
        "after_departure",
        "item_without_venue_or_host",
        "member_without_travel",
        "dietary_note_without_meal",
    }
    assert len(found) == 15  # every variant of every sentence, every dietary code
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        for conflict in found:
            assert conflict_text(conflict) == conflict.message
    finally:
        QLocale.setDefault(previous)
    assert [Wording("en").text(c) for c in found] == [c.message for c in found]


def test_the_command_line_words_them_in_german_and_korean() -> None:
    found = every_planning_sentence()
    german = [Wording("de").text(c) for c in found]
    korean = [Wording("ko").text(c) for c in found]
    english_words = ("starts", "ends", "arrival", "departure", "venue", "host", "though", "diet")
    for sentence in german + korean:
        assert not any(word in sentence for word in english_words), sentence
    assert (
        "„Dinner“ (25.07.2023 19:00–21:00) beginnt vor der Ankunft von Person 1, Person 2, "
        "Person 3 und 4 weitere" in german
    )
    assert "„Talk“ (25.07.2023 20:00–20:30): Ort und Gastgeber/in fehlen" in german
    assert (
        "Person 11 hat einen Ernährungshinweis („kein Schweinefleisch, Nussallergie“), nimmt "
        "aber an keinem Essen und keinem Empfang von „Visit“ teil" in german
    )
    assert any("(“돼지고기 제외, 견과류 알레르기”)" in sentence for sentence in korean)
    assert "Keine Ankunftszeit für Person 8, obwohl „Visit“ bestätigt ist" in german
    assert (
        "Keine Ankunfts- oder Abreisezeit für Person 10, obwohl „Visit“ abgeschlossen ist" in german
    )
    assert any(s.startswith("Dolmetscher/in Person 1 ist für zwei") for s in german)
    assert "“Talk” (2023. 7. 25. 20:00–20:30) 일정에 장소와 주최자가 없습니다" in korean
