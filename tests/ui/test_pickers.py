"""Searchable record pickers: limited searches, keyboard choice, "none", refusals, and no
editor reading the whole directory."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.exhibitions.tab import ExhibitionsTab
from exchange_planner.ui.residencies.tab import ResidenciesTab
from exchange_planner.ui.widgets.forms import Form
from exchange_planner.ui.widgets.pickers import add_picker, person_picker, venue_picker


class CountingSearch:
    """Wraps a service's search and records every (text, limit) asked."""

    def __init__(self, service):
        self.service = service
        self.original = service.search
        self.calls = []

    def __call__(self, text, *, limit=50):
        self.calls.append((text, limit))
        return self.original(text, limit=limit)


@pytest.fixture
def people_search(services, monkeypatch):
    counting = CountingSearch(services.people)
    monkeypatch.setattr(services.people, "search", counting)
    return counting


def test_person_search_matches_every_word_and_is_limited(services, sample_ids):
    found = services.people.search("reich martin")
    assert [p.family_name for p in found] == ["Reich"]
    assert services.people.search("martin nobody") == []
    assert len(services.people.search("", limit=3)) == 3
    for i in range(60):
        services.people.create(family_name=f"Muster{i:02d}", given_name="Max")
    assert len(services.people.search("muster")) == 50
    assert len(services.people.search("muster", limit=10)) == 10


def test_venue_search_by_ids_and_town_hall(services, sample_ids):
    names = [v.name for v in services.venues.search("rathaus")]
    assert names[0] == "Neues Rathaus" and len(names) == 3
    assert [v.name for v in services.venues.search("rathaus sitzungssaal")] == [
        "Neues Rathaus – Ratsplenarsaal"
    ]
    assert len(services.venues.search("", limit=2)) == 2
    hall = services.venues.town_hall("Europe/Berlin")
    assert hall is not None and hall.name == "Neues Rathaus"
    assert services.venues.town_hall("Pacific/Fiji") is None
    some = services.venues.search("")
    found = services.venues.by_ids([some[0].id, None, some[1].id, 999_999])
    assert set(found) == {some[0].id, some[1].id}
    assert services.people.by_ids([]) == {}


def test_picker_shows_the_stored_choice_without_searching(
    qtbot, services, sample_ids, people_search
):
    reich = services.people.search("Reich")[0]
    people_search.calls.clear()
    picker = person_picker(services, optional=True, none_text="(none)")
    qtbot.addWidget(picker)
    picker.set_value(reich.id)
    assert picker.text() == "Martin Reich"
    assert picker.value() == reich.id == picker.currentData()
    assert people_search.calls == []
    picker.set_value(None)
    assert picker.text() == "" and picker.placeholderText() == "(none)"


def test_typing_searches_debounced_and_enter_takes_the_highlighted(
    qtbot, services, sample_ids, people_search
):
    picker = person_picker(services)
    qtbot.addWidget(picker)
    picker.show()
    # The popup opens only for a focused picker: wait for the focus, which a loaded machine
    # may give late, before typing.
    picker.activateWindow()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    chosen = []
    picker.picked.connect(chosen.append)
    people_search.calls.clear()
    qtbot.keyClicks(picker, "Reic")
    # One search for the whole burst of keys, not one per key, and always limited.
    qtbot.waitUntil(lambda: picker.completer_.popup().isVisible())
    assert people_search.calls == [("Reic", 50)]
    assert [label for label, _ in picker.suggestions()] == ["Martin Reich"]
    qtbot.keyClick(picker.completer_.popup(), Qt.Key.Key_Return)
    reich = services.people.search("Reich")[0].id
    assert chosen == [reich] and picker.value() == reich
    assert picker.text() == "Martin Reich"


def test_down_opens_the_first_matches_and_arrows_move(qtbot, services, sample_ids):
    picker = venue_picker(services, optional=True, none_text="(no venue)")
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    popup = picker.completer_.popup()
    assert popup.isVisible()
    offered = picker.suggestions()
    assert offered[0] == ("", None)  # "none" first in an optional picker
    assert len(offered) == 1 + min(50, len(services.venues.list()))
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == offered[1][1]


def test_optional_picker_cleared_means_none(qtbot, services, sample_ids):
    form = Form()
    qtbot.addWidget(form)
    picker = add_picker(form, "hotel_id", "Hotel", venue_picker(services, optional=True))
    hotel = services.venues.search("Hotel am Ring")[0]
    form.load({"hotel_id": hotel.id})
    edits = []
    form.edited.connect(lambda name, value: edits.append((name, value)))
    picker.setText("")
    assert picker.resolve()
    assert picker.value() is None
    assert edits == [("hotel_id", None)]


def test_unmatched_text_keeps_the_choice_and_names_the_field(qtbot, services, sample_ids):
    form = Form()
    qtbot.addWidget(form)
    picker = add_picker(form, "curator_id", "Curator", person_picker(services, optional=True))
    reich = services.people.search("Reich")[0].id
    form.load({"curator_id": reich})
    edits = []
    form.edited.connect(lambda name, value: edits.append((name, value)))
    picker.setText("zzz no such person")
    assert not picker.resolve()
    assert picker.value() == reich and picker.text() == "Martin Reich"
    assert "zzz no such person" in form.error_text("curator_id")
    assert edits == []
    # Part of a name that only one person has is enough.
    picker.setText("Reic")
    assert picker.resolve() and picker.value() == reich
    picker.setText("Gi-jung")
    assert picker.resolve()
    assert form.error_text("curator_id") == ""
    assert edits and edits[-1][0] == "curator_id"


def test_exclude_leaves_out_people_already_chosen(qtbot, services, sample_ids):
    reich = services.people.search("Reich")[0].id
    picker = person_picker(services, exclude=lambda: {reich})
    qtbot.addWidget(picker)
    assert all(match[1] != reich for match in picker.type_text(""))
    assert picker.type_text("Reich") == []


@pytest.fixture
def no_directory_lists(services, monkeypatch):
    def refuse():
        raise AssertionError("an editor read the whole directory")

    monkeypatch.setattr(services.people, "list", refuse)
    monkeypatch.setattr(services.venues, "list", refuse)


def test_no_editor_reads_the_whole_directory(
    qtbot, services, events, sample_ids, qt_settings, no_directory_lists
):
    context = UiContext(services, events, QUndoStack(), qt_settings)
    delegations = DelegationsTab(context)
    qtbot.addWidget(delegations)
    delegations.show()
    delegations.show_record("visit", sample_ids["visit"])
    for section in delegations.sections.values():
        delegations.editor.setCurrentWidget(section)
        section.reload()
    program = delegations.sections["program"]
    assert program.template_venue.text() == "Neues Rathaus"
    program.select_item(program.item_rows()[0].data(0, Qt.ItemDataRole.UserRole + 10))
    assert program.venue.text()  # the item's venue, looked up by id

    residencies = ResidenciesTab(context, today=lambda: date(2024, 8, 20))
    qtbot.addWidget(residencies)
    residencies.show_record("residency", sample_ids["residency_outgoing"])
    assert residencies.editor.artist.text() == "Martin Reich"
    assert residencies.editor.studio.text()

    exhibitions = ExhibitionsTab(context, today=lambda: date(2024, 8, 20))
    qtbot.addWidget(exhibitions)
    exhibitions.show_record("exhibition", sample_ids["exhibition"])
    assert "MdbK" in exhibitions.editor.venue.text()
