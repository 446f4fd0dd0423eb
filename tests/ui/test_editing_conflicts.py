"""A colleague (another open database on the same file, user "anna") changes what this window
shows; the user's edit or undo of the same field is refused with who changed it to what, and
offers Reload / Overwrite; edits of different fields are both kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gestures import click_row, type_over, undo_action, view_action
from PySide6.QtCore import Qt
from sqlmodel import func, select

from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.storage.tables import ChangeLog
from exchange_planner.storage.watch import watch_changes
from exchange_planner.ui import conflicts
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.directory.tab import DirectoryTab
from exchange_planner.ui.residencies.tab import ResidenciesTab

VISIT = 1


@pytest.fixture
def anna(main_window) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    db = open_database(main_window.db.url)
    db.user = "anna"
    yield Services.for_database(db)
    db.dispose()


class _Questions(list):  # type: ignore[type-arg]
    choose: Any


@pytest.fixture
def asked(monkeypatch) -> _Questions:  # type: ignore[no-untyped-def]
    """The Reload / Overwrite question: what it was asked, answered with ``choose.answer``."""
    questions = _Questions()

    def choose(_parent, error, label):  # type: ignore[no-untyped-def]
        questions.append((error, label))
        return choose.answer  # type: ignore[attr-defined]

    choose.answer = conflicts.RELOAD  # type: ignore[attr-defined]
    monkeypatch.setattr(conflicts, "chooser", choose)
    questions.choose = choose  # type: ignore[attr-defined]
    return questions


@pytest.fixture
def told(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(conflicts, "tell", lambda _parent, text: warnings.append(text))
    return warnings


def _overview(qtbot, window):  # type: ignore[no-untyped-def]
    return _section(qtbot, window, "overview")


def _section(qtbot, window, name: str):  # type: ignore[no-untyped-def]
    """The visit's section ``name`` on screen in the Delegations tab."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view_action(window, "Delegations").trigger()
    tab = window.page(DelegationsTab)
    tab.show_record("visit", VISIT)
    section = tab.sections[name]
    tab.editor.setCurrentWidget(section)
    return section


def _start_typing(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _colleague(qtbot, window, change) -> None:  # type: ignore[no-untyped-def]
    """Anna commits; the window hears of it through its change feed."""
    with qtbot.waitSignal(
        window.events.changes, timeout=5000, check_params_cb=lambda changes: changes.remote
    ):
        change()


def _unheard(window, change) -> None:  # type: ignore[no-untyped-def]
    """Anna commits before the window hears of it (its watcher is paused): the user's save
    meets her change at the database, which refuses it with Reload / Overwrite. (A change
    the window has heard of shows beside the typing instead: tests/ui/test_two_windows.py.)"""
    window.feed.watcher.stop()
    change()


def _hear_again(window) -> None:  # type: ignore[no-untyped-def]
    window.feed.watcher = watch_changes(window.db)


def _log_rows(services: Services) -> int:
    with services.db.session() as session:
        return session.exec(select(func.count()).select_from(ChangeLog)).one()


def test_same_field_offers_reload_which_shows_annas_value(main_window, qtbot, anna, asked):
    overview = _overview(qtbot, main_window)
    title = overview.form.widgets["title"]
    depth = main_window.undo_stack.count()
    _start_typing(qtbot, title, "Bernd's title")
    _unheard(main_window, lambda: anna.visits.update(VISIT, title="Anna's title"))
    assert title.text() == "Bernd's title"
    qtbot.keyClick(title, Qt.Key.Key_Return)
    [(error, label)] = asked
    assert (label, error.theirs, error.user) == ("Title", "Anna's title", "anna")
    text = conflicts.conflict_text(error, label)
    assert text.startswith("Title was changed to “Anna's title” by anna at ")
    assert text.endswith("; your change was not saved.")
    assert title.text() == "Anna's title"  # Reload: the stored value
    assert anna.visits.get(VISIT).title == "Anna's title"
    assert main_window.undo_stack.count() == depth


def test_overwrite_stores_the_users_value_and_undo_brings_annas_back(
    main_window, qtbot, anna, asked
):
    overview = _overview(qtbot, main_window)
    title = overview.form.widgets["title"]
    asked.choose.answer = conflicts.OVERWRITE  # type: ignore[attr-defined]
    _start_typing(qtbot, title, "Bernd's title")
    _unheard(main_window, lambda: anna.visits.update(VISIT, title="Anna's title"))
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert len(asked) == 1
    assert anna.visits.get(VISIT).title == "Bernd's title"
    assert title.text() == "Bernd's title"
    undo_action(main_window).trigger()
    assert anna.visits.get(VISIT).title == "Anna's title"


def test_different_fields_are_both_kept_without_a_question(main_window, qtbot, anna, asked):
    overview = _overview(qtbot, main_window)
    title = overview.form.widgets["title"]
    _start_typing(qtbot, title, "Bernd's title")
    _colleague(qtbot, main_window, lambda: anna.visits.update(VISIT, notes="Anna's notes"))
    assert overview.form.widgets["notes"].toPlainText() == "Anna's notes"
    assert title.text() == "Bernd's title"
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert asked == []
    stored = anna.visits.get(VISIT)
    assert (stored.title, stored.notes) == ("Bernd's title", "Anna's notes")


def test_ctrl_z_after_anna_changed_the_field_is_refused(main_window, qtbot, anna, told):
    overview = _overview(qtbot, main_window)
    title = overview.form.widgets["title"]
    _start_typing(qtbot, title, "Bernd's title")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert anna.visits.get(VISIT).title == "Bernd's title"
    _colleague(qtbot, main_window, lambda: anna.visits.update(VISIT, title="Anna's title"))
    stack = main_window.undo_stack
    depth, rows = stack.count(), _log_rows(anna)
    undo_action(main_window).trigger()
    [text] = told
    assert text.startswith("Undo did nothing: Title was changed to “Anna's title” by anna at ")
    assert main_window.statusBar().currentMessage() == text
    assert anna.visits.get(VISIT).title == "Anna's title"
    assert title.text() == "Anna's title"
    assert _log_rows(anna) == rows  # nothing written
    assert stack.count() == depth - 1  # the refused step left the stack


def test_undo_of_a_create_after_anna_edited_the_new_record_is_refused(
    main_window, qtbot, anna, told
):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view_action(main_window, "People && Venues").trigger()
    people = main_window.page(DirectoryTab).people
    people.new_action.trigger()
    person_id = people.record.id
    _colleague(qtbot, main_window, lambda: anna.people.update(person_id, family_name="Anna's name"))
    rows = _log_rows(anna)
    undo_action(main_window).trigger()
    [text] = told
    assert text.startswith("Undo did nothing: Family name was changed to “Anna's name” by anna")
    assert anna.people.get(person_id).family_name == "Anna's name"  # still there
    assert _log_rows(anna) == rows


def test_residency_title_refused_and_reloaded_then_ctrl_z_of_a_date_refused(
    main_window, qtbot, anna, asked, told
):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    tab = main_window.page(ResidenciesTab)
    view_action(main_window, tab.title()).trigger()
    click_row(qtbot, tab.view, 1)
    title = tab.editor.form.widgets["title"]
    _start_typing(qtbot, title, "Bernd's residency")
    _unheard(main_window, lambda: anna.residencies.update(1, title="Anna's residency"))
    qtbot.keyClick(title, Qt.Key.Key_Return)
    [(error, label)] = asked
    assert (label, error.theirs, error.user) == ("Title", "Anna's residency", "anna")
    assert title.text() == "Anna's residency"
    assert anna.residencies.get(1).title == "Anna's residency"
    _hear_again(main_window)

    notes = anna.residencies.get(1).notes
    notes_field = tab.editor.form.widgets["notes"]
    type_over(qtbot, notes_field, "Bernd's notes")
    qtbot.keyClick(notes_field, Qt.Key.Key_Tab)  # the notes field saves when it loses the focus
    assert anna.residencies.get(1).notes == "Bernd's notes"
    _colleague(qtbot, main_window, lambda: anna.residencies.update(1, notes="Anna's notes"))
    undo_action(main_window).trigger()
    [text] = told
    assert text.startswith("Undo did nothing: Notes was changed to “Anna's notes” by anna")
    assert anna.residencies.get(1).notes == "Anna's notes" != notes


def test_undo_of_an_added_gift_after_anna_edited_it_is_refused(main_window, qtbot, anna, told):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view_action(main_window, "Delegations").trigger()
    tab = main_window.page(DelegationsTab)
    tab.show_record("visit", VISIT)
    gifts = tab.sections["gifts"]
    tab.editor.setCurrentWidget(gifts)
    gifts.add_action.trigger()
    gift_id = gifts.current_id()
    assert gift_id is not None
    _colleague(qtbot, main_window, lambda: anna.gifts.update(gift_id, description="Anna's vase"))
    rows = _log_rows(anna)
    undo_action(main_window).trigger()
    [text] = told
    assert "Anna's vase" in text and text.startswith("Undo did nothing:")
    assert anna.gifts.get(gift_id).description == "Anna's vase"
    assert _log_rows(anna) == rows


def test_directory_typing_survives_annas_edit_of_another_field_and_both_are_kept(
    main_window, qtbot, anna, asked
):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view_action(main_window, "People && Venues").trigger()
    directory = main_window.page(DirectoryTab)
    people = directory.people
    directory.sections.setCurrentWidget(people)
    person_id = anna.people.list()[0].id
    assert people.select(person_id)
    organisation = people.fields["organisation"].widget
    _start_typing(qtbot, organisation, "Bernd's office")
    _colleague(qtbot, main_window, lambda: anna.people.update(person_id, email="anna@example.org"))
    assert organisation.text() == "Bernd's office"
    assert people.fields["email"].widget.text() == "anna@example.org"
    qtbot.keyClick(organisation, Qt.Key.Key_Return)
    assert asked == []
    stored = anna.people.get(person_id)
    assert (stored.organisation, stored.email) == ("Bernd's office", "anna@example.org")

    # The same field typed over while anna changes it: both values are shown, nothing is
    # saved over hers until the user chooses; "Use theirs" takes her value.
    _start_typing(qtbot, organisation, "Bernd's second office")
    _colleague(qtbot, main_window, lambda: anna.people.update(person_id, organisation="Anna's"))
    assert organisation.text() == "Bernd's second office"
    assert "Anna's" in people.note_text("organisation")
    qtbot.keyClick(organisation, Qt.Key.Key_Return)
    assert asked == []
    assert anna.people.get(person_id).organisation == "Anna's"
    people.use_theirs("organisation")
    assert organisation.text() == "Anna's"
    assert people.note_text("organisation") == "" or not people.notes["organisation"].isVisible()


def _members(qtbot, window):  # type: ignore[no-untyped-def]
    return _section(qtbot, window, "members")


def test_undo_of_a_reorder_after_anna_changed_a_member_is_refused(main_window, qtbot, anna, told):
    members = _members(qtbot, main_window)
    before = anna.members.order(VISIT)
    second = before[1]
    assert members.select_member(second)
    members.up_action.trigger()
    moved = anna.members.order(VISIT)
    assert moved[0] == second
    _colleague(qtbot, main_window, lambda: anna.members.update(second, room="412"))
    rows = _log_rows(anna)
    undo_action(main_window).trigger()
    [text] = told
    assert text.startswith("Undo did nothing:") and "anna" in text
    assert anna.members.order(VISIT) == moved  # the order stays as the colleague last saw it
    assert _log_rows(anna) == rows


def test_undo_of_a_reorder_nobody_else_touched_puts_the_order_back(main_window, qtbot, anna, told):
    members = _members(qtbot, main_window)
    before = anna.members.order(VISIT)
    assert members.select_member(before[1])
    members.up_action.trigger()
    assert anna.members.order(VISIT) != before
    # A colleague's change elsewhere in the visit does not stand in the way.
    _colleague(qtbot, main_window, lambda: anna.visits.update(VISIT, notes="Anna's note"))
    undo_action(main_window).trigger()
    assert told == []
    assert anna.members.order(VISIT) == before
