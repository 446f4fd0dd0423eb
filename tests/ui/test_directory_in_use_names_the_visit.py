"""Deleting a person who is still a delegation member says which visit, by its title."""

from __future__ import annotations

from exchange_planner.ui.directory.tab import DirectoryTab


def test_refused_delete_names_the_visit_not_a_row_number(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    directory = main_window.page(DirectoryTab)
    main_window.tabs.setCurrentWidget(directory)
    people = directory.people
    directory.sections.setCurrentWidget(people)
    person = next(p for p in directory.services.people.list() if p.family_name == "Park")
    assert people.list.select_id(person.id)
    people.delete_action.trigger()
    message = people.message.text()
    assert not people.message.isHidden()
    assert "member of visit “Offizieller Besuch der Delegation aus Gwangju”" in message, message
    assert "#" not in message
    assert directory.services.people.get(person.id) is not None  # nothing was deleted
