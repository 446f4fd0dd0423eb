"""Deleting a person who still has a seat at a meal: the refusal names the meal, the table and
the seat in the interface's language, not in the service's English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from exchange_planner.ui.directory.tab import DirectoryTab

#: The German of the two strings the message is made of (as the .ts file will have them).
GERMAN = {
    "seated at “%1”": "Platz bei „%1“",
    "%1, table %2, seat %3": "%1, Tisch %2, Platz %3",
}


class _German(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        # None: no translation here (an empty text would be taken as the translation).
        return GERMAN.get(source) if context == "Wording" else None


def test_a_seated_persons_refusal_says_table_and_seat_in_german(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = main_window.context.services
    visit_id = s.visits.rows()[0].id
    vogel = next(p for p in s.people.list() if p.family_name == "Vogel")
    dinner = next(item.id for item in s.program.for_visit(visit_id) if s.seating.plan_for(item.id))
    plan = s.seating.plan_for(dinner)
    seat = next(
        k for k, (who, _locked) in s.seating.assignments(plan.id).items() if who == vogel.id
    )
    # Taken off the hosts, she keeps her seat (the seating view warns): only the seat holds her.
    host = next(h for h in s.hosts.for_visit(visit_id) if h.person_id == vogel.id)
    s.hosts.delete(host.id)

    translator = _German()
    QCoreApplication.installTranslator(translator)
    try:
        directory = main_window.page(DirectoryTab)
        main_window.tabs.setCurrentWidget(directory)
        people = directory.people
        directory.sections.setCurrentWidget(people)
        assert people.list.select_id(vogel.id)
        people.delete_action.trigger()
    finally:
        QCoreApplication.removeTranslator(translator)
    message = people.message.text()
    assert f"Platz bei „Begrüßungsabendessen, Tisch 1, Platz {seat.seat}“" in message, message
    assert "table" not in message and "seat " not in message
    assert s.people.get(vogel.id) is not None  # nothing was deleted
