"""People & Venues on a long directory: the lists read page by page as the user scrolls,
search and sort in the database, and still go to, edit, add and refresh records."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.services.registry import Services
from exchange_planner.storage.tables import Person
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.tab import DirectoryTab

GUESTS = 600  # three pages of 200


@pytest.fixture
def guests(services: Services, sample_ids: dict[str, int]) -> None:
    """The sample plus 600 people named Guest 0000 … Guest 0599 (between Choi and Han)."""
    with services.db.engine.begin() as connection:
        connection.execute(
            Person.__table__.insert(),  # type: ignore[attr-defined]
            [
                {
                    "family_name": f"Guest {number:04d}",
                    "given_name": "Test",
                    "native_name": "",
                    "name_order": "given_first",
                    "title": "",
                    "organisation": f"Guild {number % 7}",
                    "country": "",
                    "email": "",
                    "phone": "",
                    "language": "",
                    "dietary_notes": "",
                    "accessibility_notes": "",
                }
                for number in range(GUESTS)
            ],
        )


@pytest.fixture
def tab(qtbot, services: Services, events, guests: None, qt_settings) -> DirectoryTab:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    page = DirectoryTab(UiContext(services, events, stack, qt_settings))
    page._keep = (events, stack)  # type: ignore[attr-defined]  # owned by the window in the app
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(page.isActiveWindow)
    page.sections.setCurrentWidget(page.people)
    bar = page.people.list.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out: the list can be scrolled
    return page


def _names(section: Any) -> list[str]:
    model = section.list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _scroll_to_bottom(qtbot, section: Any) -> None:  # type: ignore[no-untyped-def]
    """Drag the scroll bar to its end: the next page is read and the bar grows."""
    bar = section.list.view.verticalScrollBar()
    before, end = section.list.model.rowCount(), bar.maximum()
    bar.setValue(end)
    qtbot.waitUntil(lambda: section.list.model.rowCount() > before)
    qtbot.waitUntil(lambda: bar.maximum() > end)  # laid out again: ready for the next drag


def _type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_the_list_opens_on_one_page_and_scrolling_reads_the_rest_in_order(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    model = section.list.model
    everyone = services.people.count()
    assert everyone == GUESTS + 28  # the sample's 28 people and the guests
    assert model.rowCount() == 200 and model.total == everyone and model.pages_read == 1
    assert _names(section)[:4] == [
        "Ahn Jae-hyun (안재현)",
        "Baek Seo-yeon (백서연)",
        "Michael Baumann",
        "Choi Min-ji (최민지)",
    ]

    _scroll_to_bottom(qtbot, section)
    assert model.rowCount() == 400
    while model.canFetchMore():
        _scroll_to_bottom(qtbot, section)
    names = _names(section)
    assert len(names) == everyone == len(set(r.id for r in model.rows()))  # nothing twice
    expected = sorted(services.people.list(), key=lambda p: (p.family_name, p.given_name, p.id))
    assert [r.id for r in model.rows()] == [p.id for p in expected]
    assert names[-1] == "Yoon Sang-woo (윤상우)"
    assert model.pages_read == 4


def test_ctrl_end_in_the_list_reads_the_next_page(qtbot, tab: DirectoryTab) -> None:
    section = tab.people
    view = section.list.view
    view.setFocus()
    first = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert section.record.family_name == "Ahn"
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    # The next page at least: a list tall enough to show its end at once reads one more.
    qtbot.waitUntil(lambda: view.model().rowCount() >= 400)
    assert section.record.id == section.list.model.record(199).id  # the last row read before
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert section.record.id == section.list.model.record(200).id
    assert section.fields["family_name"].widget.text() == section.list.model.record(200).family_name


def test_typing_in_the_search_field_searches_the_whole_directory(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    search = section.list.search
    search.setFocus()
    qtbot.keyClicks(search, "guest 059")  # every word, in any field; far beyond the first page
    qtbot.waitUntil(lambda: section.list.model.text == "guest 059")
    expected = ["Test Guest 0059"] + [f"Test Guest {n:04d}" for n in range(590, 600)]
    assert _names(section) == expected
    assert section.list.model.total == 11

    search.clear()  # the clear button and Backspace end in the same: every person again
    qtbot.waitUntil(lambda: section.list.model.total == services.people.count())
    assert section.list.model.rowCount() == 200

    search.setText("guild 3 0593")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter searches at once
    assert _names(section) == ["Test Guest 0593"]
    search.setText("100%")  # a percent sign is text, not a wildcard
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert section.list.model.rowCount() == 0


def test_going_to_a_record_far_down_reads_up_to_it_and_shows_it(
    qtbot, tab: DirectoryTab, services: Services, sample_ids: dict[str, int]
) -> None:
    section = tab.people
    section.list.search.setText("guest")
    qtbot.keyClick(section.list.search, Qt.Key.Key_Return)
    mayor = services.people.get(sample_ids["mayor"])
    assert tab.show_record("person", mayor.id)  # not among the guests: the search is cleared
    assert section.list.search.text() == ""
    assert section.record.id == mayor.id
    assert section.list.view.currentIndex().data() == "Kang Gi-jung (강기정)"
    assert section.fields["native_name"].widget.text() == "강기정"
    assert section.list.model.pages_read == 2  # the first page, then the rows up to Kang
    assert section.list.model.rowCount() >= GUESTS


def test_a_record_selected_after_scrolling_is_edited_and_the_list_stays_put(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    view = section.list.view
    _scroll_to_bottom(qtbot, section)
    target = next(r for r in section.list.model.rows() if r.family_name == "Guest 0300")
    row = section.list.model.row_of(target.id)
    view.scrollTo(section.list.model.index(row, 0))
    rect = view.visualRect(section.list.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.record.id == target.id
    scrolled = view.verticalScrollBar().value()
    loaded = section.list.model.rowCount()

    _type_into(qtbot, section.fields["title"].widget, "Honorary guest")

    assert services.people.get(target.id).title == "Honorary guest"
    assert section.list.model.rowCount() == loaded  # the rows read stay read
    assert view.verticalScrollBar().value() == scrolled
    assert view.currentIndex().siblingAtColumn(1).data() == "Honorary guest"
    assert section.record.id == target.id
    tab.context.undo_stack.undo()
    assert services.people.get(target.id).title == ""
    assert view.currentIndex().siblingAtColumn(1).data() == ""


def test_clicking_a_header_sorts_in_the_database_and_keeps_the_selection(
    qtbot, tab: DirectoryTab, services: Services, sample_ids: dict[str, int]
) -> None:
    section = tab.people
    view = section.list.view
    mayor_id = sample_ids["mayor"]
    assert tab.show_record("person", mayor_id)
    header = view.horizontalHeader()
    organisation = 2
    x = header.sectionViewportPosition(organisation) + header.sectionSize(organisation) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    model = section.list.model
    assert model.sort_key == "organisation"
    assert model.rowCount() == 200  # one page, sorted by SQL over the whole directory
    # The stored organisation gives the order (the list may show it in another language).
    shown = [record.organisation.lower() for record in model.rows()]
    stored = sorted(p.organisation.lower() for p in services.people.list())
    assert shown == stored[:200]
    assert "Guild 0" in [model.index(row, organisation).data() for row in range(200)]


def test_a_person_added_while_searching_is_shown_and_deleting_it_can_be_undone(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    section.list.search.setText("guest 01")
    qtbot.keyClick(section.list.search, Qt.Key.Key_Return)
    count = services.people.count()
    section.list.view.setFocus()
    qtbot.keyClick(section.list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert services.people.count() == count + 1
    new_id = section.record.id
    assert section.list.search.text() == ""  # "New person" is not a guest: shown anyway
    assert section.list.current_id() == new_id
    assert section.fields["family_name"].widget.hasFocus()
    _type_into(qtbot, section.fields["family_name"].widget, "Zeller")
    assert section.list.view.currentIndex().data() == "Zeller"

    section.list.view.setFocus()
    qtbot.keyClick(section.list.view, Qt.Key.Key_Delete)
    assert services.people.count() == count
    assert section.list.model.row_of(new_id) == -1
    tab.context.undo_stack.undo()
    assert services.people.get(new_id).family_name == "Zeller"
    assert section.list.select_id(new_id)


def test_a_change_made_elsewhere_shows_in_the_scrolled_list(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    _scroll_to_bottom(qtbot, section)
    _scroll_to_bottom(qtbot, section)
    loaded = section.list.model.rowCount()
    far = next(r for r in section.list.model.rows() if r.family_name == "Guest 0550")
    services.people.update(far.id, organisation="Changed by a colleague")  # another window
    row = section.list.model.row_of(far.id)
    qtbot.waitUntil(
        lambda: section.list.model.index(row, 2).data() == "Changed by a colleague", timeout=5000
    )
    assert section.list.model.rowCount() == loaded
    added = services.people.create(family_name="Guest 0550a", given_name="Late")
    qtbot.waitUntil(lambda: section.list.model.row_of(added.id) == row + 1, timeout=5000)


def test_columns_fit_the_names_when_the_tab_opens(qtbot, tab: DirectoryTab) -> None:
    view = tab.people.list.view
    metrics = view.fontMetrics()
    model = tab.people.list.model
    widest = max(metrics.horizontalAdvance(model.index(row, 0).data()) for row in range(30))
    assert view.columnWidth(0) >= widest  # one line per name, not wrapped


def test_going_to_a_record_far_away_reads_around_it_and_scrolling_up_reads_the_rest(
    qtbot, tab: DirectoryTab, services: Services, sample_ids: dict[str, int]
) -> None:
    section = tab.people
    model = section.list.model
    model.REACH = 100  # as with a directory of many thousands: the mayor is "far away"
    mayor_id = sample_ids["mayor"]
    assert tab.show_record("person", mayor_id)
    assert section.record.id == mayor_id
    assert section.list.view.currentIndex().data() == "Kang Gi-jung (강기정)"
    assert model.rowCount() < 300  # not the 600 guests before him
    first = model.record(0)
    assert model.start > 0 and first.family_name.startswith("Guest")

    bar = section.list.view.verticalScrollBar()
    while model.start > 0:
        shown = model.start
        bar.setValue(bar.minimum())  # drag the bar to the top: the page before is read
        qtbot.waitUntil(lambda shown=shown: model.start < shown)
        assert bar.value() > bar.minimum()  # the rows seen stay on screen
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names[0] == "Ahn Jae-hyun (안재현)"
    expected = sorted(services.people.list(), key=lambda p: (p.family_name, p.given_name, p.id))
    ids = [record.id for record in model.rows()]
    assert ids == [p.id for p in expected][: len(ids)]  # in order, nothing twice or left out
    assert section.list.current_id() == mayor_id  # still selected

    _type_into(qtbot, section.fields["country"].widget, "Korea")  # a refresh keeps it all
    assert services.people.get(mayor_id).country == "Korea"
    assert [record.id for record in model.rows()] == ids
    assert section.list.view.currentIndex().siblingAtColumn(3).data() == "Korea"


def test_people_and_venues_are_read_when_first_shown(
    qtbot, services: Services, events, guests: None, qt_settings
) -> None:
    page = DirectoryTab(UiContext(services, events, QUndoStack(), qt_settings))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.sections.currentWidget() is page.partnerships
    assert page.partnerships.list.model.rowCount() == 1
    assert page.people.list.model.rowCount() == 0  # nothing read for a section not shown
    assert page.venues.list.model.rowCount() == 0
    page.sections.setCurrentWidget(page.people)
    assert page.people.list.model.rowCount() == 200
    assert page.people.list.view.columnWidth(0) > 100  # fitted to the names then
    assert page.venues.list.model.rowCount() == 0
    page.sections.setCurrentWidget(page.venues)
    assert page.venues.list.model.rowCount() == len(services.venues.list())
