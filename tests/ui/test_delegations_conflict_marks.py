"""Conflict marks of the visit editor are computed off the GUI thread; late results for a
visit no longer shown are dropped."""

import threading
import time

import pytest

from exchange_planner.ui.delegations.conflict_marks import BackgroundConflicts
from exchange_planner.ui.delegations.tab import DelegationsTab


@pytest.fixture
def tab(main_window):
    page = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(page)
    return page


def test_only_the_latest_request_is_delivered(qtbot, services, sample_ids, monkeypatch):
    original = services.conflicts.for_visit
    threads = []

    def slow(visit_id):
        threads.append(threading.current_thread())
        if visit_id == sample_ids["visit"]:
            time.sleep(0.3)  # the first answer arrives last
        return original(visit_id)

    monkeypatch.setattr(services.conflicts, "for_visit", slow)
    other = services.visits.duplicate(sample_ids["visit"]).id
    checker = BackgroundConflicts(services)
    delivered = []
    checker.ready.connect(lambda visit_id, conflicts: delivered.append(visit_id))
    checker.request(sample_ids["visit"])
    checker.request(other)
    assert checker.pending
    qtbot.waitUntil(lambda: not checker.pending)
    qtbot.wait(400)  # the slow first answer has come back by now, and was dropped
    assert delivered == [other]
    assert threading.main_thread() not in threads


def test_program_refresh_does_not_check_on_the_gui_thread(qtbot, tab, monkeypatch):
    s = tab.context.services
    original = s.conflicts.for_visit
    threads = []

    def recording(visit_id):
        threads.append(threading.current_thread())
        return original(visit_id)

    monkeypatch.setattr(s.conflicts, "for_visit", recording)
    tab.editor.setCurrentWidget(tab.sections["program"])
    program = tab.sections["program"]
    program.reload()
    assert program.item_rows()  # the rows are there at once, the marks come after
    qtbot.waitUntil(lambda: not program.conflicts_pending)
    assert threads and threading.main_thread() not in threads
    tab.editor.setCurrentWidget(tab.sections["gifts"])
    gifts = tab.sections["gifts"]
    gifts.reload()
    qtbot.waitUntil(lambda: not gifts.conflicts_pending)
    assert threading.main_thread() not in threads
    assert gifts.warnings  # the sample's gift above the reporting threshold


def test_marks_of_a_visit_left_meanwhile_are_not_shown(qtbot, tab):
    s = tab.context.services
    program = tab.sections["program"]
    tab.editor.setCurrentWidget(program)
    first = tab.visit_id
    copy = tab.duplicate_visit()
    assert copy and tab.visit_id == copy
    # A result for the visit shown before arrives late: it is not applied.
    shown = program.conflicts
    program._conflicts_ready(first, s.conflicts.for_visit(first))
    assert program.conflicts is shown
    qtbot.waitUntil(lambda: not program.conflicts_pending)
    assert program._marked_visit == copy
