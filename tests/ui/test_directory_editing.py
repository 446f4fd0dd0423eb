"""The People & Venues tab, driven through its real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.services.registry import Services
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.tab import DirectoryTab


@pytest.fixture
def tab(qtbot, services: Services, events, sample_ids: dict[str, int], qt_settings) -> DirectoryTab:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    page = DirectoryTab(UiContext(services, events, stack, qt_settings))
    page._keep = (events, stack)  # type: ignore[attr-defined]  # owned by the window in the app
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _person(services: Services, native_name: str) -> Any:
    return next(p for p in services.people.list() if p.native_name == native_name)


def _type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    if text and not text.isascii():
        widget.insert(text)  # QTest types Latin-1 keys only; Hangul comes from an input method
    elif text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_create_edit_undo_redo_a_person(qtbot, tab: DirectoryTab, services: Services) -> None:
    section = tab.people
    stack = tab.context.undo_stack
    count = len(services.people.list())
    tab.sections.setCurrentWidget(section)
    section.list.view.setFocus()
    qtbot.keyClick(section.list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(services.people.list()) == count + 1
    new_id = section.record.id
    assert section.record.family_name == "New person"
    assert section.fields["family_name"].widget.hasFocus()

    _type_into(qtbot, section.fields["family_name"].widget, "Lee")
    # A name in Hangul switches the order to family name first in the same step.
    _type_into(qtbot, section.fields["native_name"].widget, "이지은")
    assert section.fields["name_order"].widget.currentIndex() == 1
    person = services.people.get(new_id)
    assert (person.family_name, person.native_name, person.name_order) == (
        "Lee",
        "이지은",
        "family_first",
    )
    assert section.heading.text().startswith("Lee")
    assert stack.count() == 3

    stack.undo()  # own script and name order
    person = services.people.get(new_id)
    assert (person.native_name, person.name_order) == ("", "given_first")
    assert section.fields["native_name"].widget.text() == ""
    assert section.fields["name_order"].widget.currentIndex() == 0
    stack.undo()  # family name
    assert section.fields["family_name"].widget.text() == "New person"
    stack.undo()  # creation
    assert len(services.people.list()) == count
    assert section.list.model.row_of(new_id) == -1
    for _ in range(3):
        stack.redo()
    person = services.people.get(new_id)
    assert (person.family_name, person.native_name) == ("Lee", "이지은")


def test_chosen_order_is_kept_when_the_own_script_is_not_hangul(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    tab.sections.setCurrentWidget(section)
    jung = next(p for p in services.people.list() if p.family_name == "Jung" and not p.native_name)
    assert tab.show_record("person", jung.id)
    _type_into(qtbot, section.fields["native_name"].widget, "ユング")
    person = services.people.get(jung.id)
    assert (person.native_name, person.name_order) == ("ユング", "given_first")


def test_empty_family_name_is_refused_inline_and_writes_nothing(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    kang = _person(services, "강기정")
    assert tab.show_record("person", kang.id)
    section = tab.people
    depth = tab.context.undo_stack.count()
    _type_into(qtbot, section.fields["family_name"].widget, "")
    error = section.fields["family_name"].error
    assert error.isVisible()
    assert "must not be empty" in error.text()
    assert services.people.get(kang.id).family_name == "Kang"
    assert tab.context.undo_stack.count() == depth
    # Putting a name back clears the message and saves.
    _type_into(qtbot, section.fields["family_name"].widget, "Kang")
    assert not error.isVisible()


def test_bad_email_and_time_zone_are_named_next_to_their_fields(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    section.list.select_id(_person(services, "강기정").id)
    _type_into(qtbot, section.fields["email"].widget, "mayor at gwangju")
    assert "is not an e-mail address" in section.fields["email"].error.text()

    venues = tab.venues
    tab.sections.setCurrentWidget(venues)
    venue = services.venues.list()[0]
    venues.list.select_id(venue.id)
    completer = venues.fields["timezone"].widget.completer()
    assert "Asia/Seoul" in completer.model().stringList()
    _type_into(qtbot, venues.fields["timezone"].widget, "Mars/Olympus")
    assert "not a known time zone" in venues.fields["timezone"].error.text()
    assert services.venues.get(venue.id).timezone == venue.timezone


def test_deleting_a_referenced_person_is_refused_naming_the_visit(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    kang = _person(services, "강기정")
    tab.show_record("person", kang.id)
    section = tab.people
    depth = tab.context.undo_stack.count()
    section.list.view.setFocus()
    qtbot.keyClick(section.list.view, Qt.Key.Key_Delete)
    assert section.message.isVisible()
    assert "Offizieller Besuch der Delegation aus Gwangju" in section.message.text()
    assert "head of delegation" in section.message.text()
    assert services.people.get(kang.id).family_name == "Kang"
    assert tab.context.undo_stack.count() == depth


def test_delete_and_undo_an_unused_venue(qtbot, tab: DirectoryTab, services: Services) -> None:
    venue = services.venues.create(
        name="Alte Handelsbörse", city="Leipzig", timezone="Europe/Berlin"
    )
    tab.context.events.changed.emit("venue", venue.id)
    assert tab.show_record("venue", venue.id)
    section = tab.venues
    section.list.view.setFocus()
    qtbot.keyClick(section.list.view, Qt.Key.Key_Delete)
    assert section.list.model.row_of(venue.id) == -1
    assert venue.id not in [v.id for v in services.venues.list()]
    tab.context.undo_stack.undo()
    assert services.venues.get(venue.id).name == "Alte Handelsbörse"
    assert section.list.model.row_of(venue.id) >= 0


def test_duplicate_a_partnership_and_edit_its_fields(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.partnerships
    original = services.partnerships.list()[0]
    section.list.select_id(original.id)
    section.duplicate_action.trigger()
    copy = section.record
    assert copy.id != original.id
    assert copy.partner_city == "Gwangju (copy)" and copy.city_native == "광주"
    # The city's other names read as a copy too, so no list shows two "광주".
    assert copy.translations.to_dict() == {
        "partner_city": {"en": "Gwangju (copy)", "ko": "광주 (copy)"}
    }
    assert section.list.model.rowCount() == 2
    spin = section.fields["since_year"].widget
    spin.setFocus()
    spin.setValue(2015)
    spin.editingFinished.emit()
    assert services.partnerships.get(copy.id).since_year == 2015
    spin.setValue(spin.minimum())  # the dash: no year
    spin.editingFinished.emit()
    assert services.partnerships.get(copy.id).since_year is None
    notes = section.fields["notes"].widget
    notes.setFocus()
    notes.selectAll()
    qtbot.keyClicks(notes, "Second agreement")
    section.list.view.setFocus()  # leaving the field saves it
    assert services.partnerships.get(copy.id).notes == "Second agreement"


def test_selection_is_announced_and_outside_changes_are_shown(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    kang = _person(services, "강기정")
    with qtbot.waitSignal(tab.context.events.current) as blocker:
        tab.show_record("person", kang.id)
    assert blocker.args == ["person", kang.id]
    services.people.update(kang.id, title="Mayor")
    tab.context.events.changed.emit("person", kang.id)
    assert tab.people.fields["title"].widget.text() == "Mayor"
    assert not tab.show_record("visit", 1)


def test_search_filters_by_name_in_own_script(qtbot, tab: DirectoryTab) -> None:
    section = tab.people
    section.list.search.setText("강기")  # the search runs once typing pauses
    qtbot.waitUntil(lambda: section.list.model.rowCount() == 1)
    assert section.list.model.index(0, 0).data() == "Kang Gi-jung (강기정)"


def test_main_window_navigates_to_people_and_venues(main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page(DirectoryTab)
    assert page is not None
    venue = page.services.venues.list()[-1]
    main_window.show_record("venue", venue.id)
    assert main_window.tabs.currentWidget() is page
    assert page.sections.currentWidget() is page.venues
    assert page.venues.record.id == venue.id
    assert main_window.current["venue"] == venue.id


def test_ctrl_n_in_the_main_window_adds_a_person(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page(DirectoryTab)
    assert page is not None
    kang = next(p for p in page.services.people.list() if p.native_name == "강기정")
    main_window.show_record("person", kang.id)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    count = page.people.list.model.rowCount()
    page.people.list.view.setFocus()
    qtbot.keyClick(page.people.list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.people.list.model.rowCount() == count + 1
