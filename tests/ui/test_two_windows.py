"""Two main windows on one database, as two people (or one person twice) work on it: what one
window saves shows in the other's lists and open editors within two seconds; typing not saved
yet is never overwritten unseen, and a stale editor does not write over the other's value.

The windows share nothing but the database (a SQLite file, or the PostgreSQL server of the
postgres run): each has its own services, undo stack, settings and change watcher.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.storage.database import open_database

PG_SERVER_ENV = "EXCHANGE_PLANNER_TEST_PG"
ON_POSTGRES = bool(os.environ.get(PG_SERVER_ENV))
#: Refusing an edit of a stale editor with the Reload/Overwrite choice (the conflict dialog).

#: How long a test waits for a change to show in the other window: generous for a loaded
#: machine (tests do not time; the feed itself polls every 0.25 s, see benchmarks).
WITHIN = 10_000


def _database_location(request: pytest.FixtureRequest) -> str:
    """A database holding the sample: a private SQLite copy, or a fresh PostgreSQL database
    (the ``db`` fixture's) filled with it."""
    if not ON_POSTGRES:
        return str(request.getfixturevalue("sample_db_path"))
    if importlib.util.find_spec("exchange_planner.storage.pg_listen") is None:
        pytest.skip("no PostgreSQL change watcher (storage/pg_listen.py) yet")
    from exchange_planner.services.registry import Services
    from exchange_planner.services.sample import build_sample

    db = request.getfixturevalue("db")
    build_sample(Services.for_database(db))
    return db.url


def _window(qtbot, location: str, settings_file: Path):  # type: ignore[no-untyped-def]
    from exchange_planner.ui.main_window import MainWindow

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(open_database(location), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def windows(qtbot, request, tmp_path: Path, qt_settings) -> Iterator[tuple[Any, Any]]:  # type: ignore[no-untyped-def]
    """Windows A and B on the same database, each with settings of its own."""
    location = _database_location(request)
    a = _window(qtbot, location, tmp_path / "a.ini")
    b = _window(qtbot, location, tmp_path / "b.ini")
    yield a, b
    threads = [
        getattr(w.feed.watcher, "_thread", None) for w in (a, b) if w.feed and w.feed.watcher
    ]
    for window in (a, b):
        window.close()
    for window in (a, b):
        window.deleteLater()  # none is left behind, answering events, for the next test
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Closing a window stops its watcher thread: nothing keeps polling the file.
    assert not [t for t in threads if t is not None and t.is_alive()]


def _page(window, title: str):  # type: ignore[no-untyped-def]
    page = next(page for page in window.pages if page.title().replace("&&", "&") == title)
    window.tabs.setCurrentWidget(page)
    return page


def _people(window):  # type: ignore[no-untyped-def]
    tab = _page(window, "People & Venues")
    tab.sections.setCurrentWidget(tab.people)
    return tab.people


def _kang(window) -> Any:  # type: ignore[no-untyped-def]
    people = window.context.services.people.list()
    return next(p for p in people if p.native_name == "강기정")


def _overview(window, visit_id: int):  # type: ignore[no-untyped-def]
    tab = _page(window, "Delegations")
    assert tab.show_record("visit", visit_id)
    tab.editor.setCurrentWidget(tab.sections["overview"])
    return tab, tab.sections["overview"].form


def _retype(qtbot, field, text: str, *, finish: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Replace a line edit's text by typing, without moving the focus between the windows
    (leaving a window finishes an edit, as leaving the field does)."""
    field.selectAll()
    qtbot.keyClicks(field, text)
    if finish:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def _list_texts(section) -> set[str]:  # type: ignore[no-untyped-def]
    model = section.list.model
    return {
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }


def _visit_titles(tab) -> set[str]:  # type: ignore[no-untyped-def]
    model = tab.visits.model
    return {str(model.index(row, 0).data()) for row in range(model.rowCount())}


# --- an edit shows in the other window --------------------------------------------------------
def test_person_edited_in_a_shows_in_b_list_and_open_editor(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    kang = _kang(a)
    section_a, section_b = _people(a), _people(b)
    assert section_a.select(kang.id) and section_b.select(kang.id)
    title_b = section_b.fields["title"].widget
    assert title_b.text() == kang.title

    _retype(qtbot, section_a.fields["title"].widget, "Mayor of Gwangju Metropolitan City")

    qtbot.waitUntil(lambda: title_b.text() == "Mayor of Gwangju Metropolitan City", timeout=WITHIN)
    assert "Mayor of Gwangju Metropolitan City" in _list_texts(section_b)
    assert section_b.record.id == kang.id  # the selection stayed
    assert section_b.note_text("title") == ""
    assert b.context.undo_stack.count() == 0  # nothing of B's was written


def test_visit_title_edited_in_a_shows_in_b_list_and_overview(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    visit = a.context.services.visits.list()[0]
    # Lists show a record's text in the interface's language: without translations, the original.
    a.context.services.visits.update(visit.id, translations={})
    _tab_a, form_a = _overview(a, visit.id)
    tab_b, form_b = _overview(b, visit.id)
    assert form_b.value("title") == visit.title

    _retype(qtbot, form_a.widgets["title"], "Gwangju delegation, revised")

    qtbot.waitUntil(lambda: form_b.value("title") == "Gwangju delegation, revised", timeout=WITHIN)
    qtbot.waitUntil(lambda: "Gwangju delegation, revised" in _visit_titles(tab_b), timeout=WITHIN)
    assert tab_b.visit_id == visit.id
    assert b.context.services.visits.get(visit.id).title == "Gwangju delegation, revised"


def test_program_item_added_in_a_shows_in_b_calendar(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    visit = a.context.services.visits.list()[0]
    calendar = _page(b, "Calendar")
    calendar.set_view("week")
    calendar.set_focus_date(visit.start_date)
    shown_before = {e.id for e in calendar.week_view.shown_entries()}

    tab_a = _page(a, "Delegations")
    assert tab_a.show_record("visit", visit.id)
    program = tab_a.sections["program"]
    tab_a.editor.setCurrentWidget(program)
    program.add_action.trigger()
    new_id = program.current_item_id()
    assert new_id is not None and new_id not in shown_before

    def shown() -> bool:
        return any(
            e.kind is EntryKind.PROGRAM_ITEM and e.id == new_id
            for e in calendar.week_view.shown_entries()
        )

    qtbot.waitUntil(shown, timeout=WITHIN)
    assert calendar.week_view.boxes_for(EntryKind.PROGRAM_ITEM, new_id)


# --- unsaved input and someone else's change ------------------------------------------------
def _overtaken_person_title(qtbot, windows):  # type: ignore[no-untyped-def]
    """B types a title without finishing it; A saves another title meanwhile."""
    a, b = windows
    kang = _kang(a)
    section_a, section_b = _people(a), _people(b)
    section_a.select(kang.id)
    section_b.select(kang.id)
    title_b = section_b.fields["title"].widget
    _retype(qtbot, title_b, "Mayor (B's typing)", finish=False)
    _retype(qtbot, section_a.fields["title"].widget, "Mayor (A's save)")
    qtbot.waitUntil(lambda: section_b.note_text("title") != "", timeout=WITHIN)
    return kang, section_a, section_b, title_b


def test_unsaved_typing_keeps_and_shows_both_values(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    kang, _section_a, section_b, title_b = _overtaken_person_title(qtbot, windows)
    note = section_b.notes["title"]
    assert title_b.text() == "Mayor (B's typing)"  # the typing is kept
    user = a.db.user
    assert section_b.note_text("title") == f"{user} changed this to “Mayor (A's save)”"
    assert note.label.textFormat() == Qt.TextFormat.PlainText
    # Tab from the field reaches the choice.
    assert title_b.nextInFocusChain() is note.theirs_button
    assert note.theirs_button.nextInFocusChain() is note.mine_button
    # Finishing the edit does not write over A's value while both are shown.
    qtbot.keyClick(title_b, Qt.Key.Key_Return)
    assert b.context.services.people.get(kang.id).title == "Mayor (A's save)"
    assert b.context.undo_stack.count() == 0
    # Another field of B's editor took A's other changes as usual.
    assert section_b.fields["family_name"].widget.text() == kang.family_name


def test_use_theirs_shows_the_stored_value_and_writes_nothing(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    kang, _section_a, section_b, title_b = _overtaken_person_title(qtbot, windows)
    qtbot.keyClick(section_b.notes["title"].theirs_button, Qt.Key.Key_Space)  # by keyboard
    assert title_b.text() == "Mayor (A's save)"
    assert section_b.note_text("title") == ""
    assert b.context.undo_stack.count() == 0
    assert a.context.services.people.get(kang.id).title == "Mayor (A's save)"


def test_keep_mine_overwrites_through_the_undo_stack(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    _a, b = windows
    kang, section_a, section_b, title_b = _overtaken_person_title(qtbot, windows)
    qtbot.mouseClick(section_b.notes["title"].mine_button, Qt.MouseButton.LeftButton)
    assert section_b.note_text("title") == ""
    assert b.context.services.people.get(kang.id).title == "Mayor (B's typing)"
    title_a = section_a.fields["title"].widget
    qtbot.waitUntil(lambda: title_a.text() == "Mayor (B's typing)", timeout=WITHIN)
    assert b.context.undo_stack.count() == 1
    b.context.undo_stack.undo()  # puts A's value back
    assert b.context.services.people.get(kang.id).title == "Mayor (A's save)"
    assert title_b.text() == "Mayor (A's save)"


def test_visit_title_typing_overtaken_in_the_shared_form(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    visit = a.context.services.visits.list()[0]
    # Lists show a record's text in the interface's language: without translations, the original.
    a.context.services.visits.update(visit.id, translations={})
    _tab_a, form_a = _overview(a, visit.id)
    _tab_b, form_b = _overview(b, visit.id)
    title_b = form_b.widgets["title"]
    _retype(qtbot, title_b, "Title typed in B", finish=False)
    _retype(qtbot, form_a.widgets["title"], "Title saved in A")
    qtbot.waitUntil(lambda: form_b.note_text("title") != "", timeout=WITHIN)
    assert title_b.text() == "Title typed in B"
    assert "“Title saved in A”" in form_b.note_text("title")
    qtbot.keyClick(title_b, Qt.Key.Key_Return)  # waits for the choice: nothing written
    assert b.context.services.visits.get(visit.id).title == "Title saved in A"

    qtbot.mouseClick(form_b.notes["title"].mine_button, Qt.MouseButton.LeftButton)
    assert b.context.services.visits.get(visit.id).title == "Title typed in B"
    qtbot.waitUntil(lambda: form_a.value("title") == "Title typed in B", timeout=WITHIN)
    assert form_b.note_text("title") == ""

    # Once more, now choosing A's value.
    _retype(qtbot, title_b, "Second try in B", finish=False)
    _retype(qtbot, form_a.widgets["title"], "Second save in A")
    qtbot.waitUntil(lambda: form_b.note_text("title") != "", timeout=WITHIN)
    qtbot.mouseClick(form_b.notes["title"].theirs_button, Qt.MouseButton.LeftButton)
    assert form_b.value("title") == "Second save in A"
    assert b.context.services.visits.get(visit.id).title == "Second save in A"


def test_person_deleted_in_a_leaves_a_note_in_b(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    services = a.context.services
    lone = services.people.create(family_name="Temporary", given_name="Guest")
    section_a, section_b = _people(a), _people(b)
    section_a.reload()
    section_b.reload()
    assert section_a.select(lone.id) and section_b.select(lone.id)
    section_a.delete_action.trigger()
    qtbot.waitUntil(lambda: section_b.message.isVisible(), timeout=WITHIN)
    assert section_b.message.text() == f"“Guest Temporary” was deleted by {a.db.user}."
    assert section_b.record is None or section_b.record.id != lone.id


# --- a stale editor -------------------------------------------------------------------------
def test_edit_in_a_stale_editor_does_not_overwrite(windows, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    kang = _kang(a)
    section_a, section_b = _people(a), _people(b)
    section_a.select(kang.id)
    section_b.select(kang.id)
    b.feed.watcher.stop()  # B hears nothing more: its editor goes stale
    _retype(qtbot, section_a.fields["title"].widget, "Saved by A")
    assert section_b.fields["title"].widget.text() == kang.title

    from exchange_planner.ui import conflicts

    asked: list[Any] = []

    def choose(_parent, error, label):  # type: ignore[no-untyped-def]
        asked.append((error, label))
        return conflicts.RELOAD

    monkeypatch.setattr(conflicts, "chooser", choose)
    _retype(qtbot, section_b.fields["title"].widget, "Saved by stale B")
    # Refused, not written: B was asked, with A's value and who wrote it; Reload shows it.
    assert b.context.services.people.get(kang.id).title == "Saved by A"
    [(error, label)] = asked
    assert error.theirs == "Saved by A" and label == "Title / position"
    assert section_b.fields["title"].widget.text() == "Saved by A"


def test_closing_a_window_stops_its_watcher(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    watcher = b.feed.watcher
    thread = getattr(watcher, "_thread", None)
    b.close()
    assert b.feed is None
    if thread is not None:
        assert not thread.is_alive()
    # A keeps working alone.
    section_a = _people(a)
    kang = _kang(a)
    section_a.select(kang.id)
    _retype(qtbot, section_a.fields["title"].widget, "Alone in A")
    assert a.context.services.people.get(kang.id).title == "Alone in A"


def test_calendar_in_b_reads_again_only_for_what_it_shows(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    calendar = _page(b, "Calendar")
    calendar.set_view("month")
    calendar.set_focus_date(date(2023, 7, 26))
    reads: list[str] = []
    heard: list[object] = []
    b.events.changes.connect(heard.append)
    original = calendar.refresh

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append("read")
        return original(*args, **kwargs)

    calendar.refresh = counted  # type: ignore[method-assign]
    services = a.context.services
    # A guestbook entry is not shown in the calendar: B hears of it and reads nothing.
    entry = services.guestbook.list()[0]
    services.guestbook.update(entry.id, occasion="Signing, revised")
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=WITHIN)
    assert reads == [], heard
    # One commit of several shown records is read once.
    visit = services.visits.list()[0]
    items = services.program.for_visit(visit.id)[:2]
    with a.db.session() as session:
        from exchange_planner.storage.tables import ProgramItem

        for item in items:
            row = session.get(ProgramItem, item.id)
            row.title = f"Moved: {item.title}"
            row.translations = {}  # shown as written, whatever the interface's language
    qtbot.waitUntil(
        lambda: any(e.title.startswith("Moved: ") for e in calendar.month_view.shown_entries()),
        timeout=WITHIN,
    )
    assert len(heard) == 2 and len(heard[1].records) == 2, heard  # type: ignore[attr-defined]
    assert reads == ["read"], heard


# --- residencies and exhibitions --------------------------------------------------------------
def _residencies(window):  # type: ignore[no-untyped-def]
    return _page(window, "Residencies")


def test_checklist_step_done_in_a_shows_in_b_residency_editor(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    services = a.context.services
    residency = services.residencies.list()[0]
    tab_b = _residencies(b)
    assert tab_b.show_record("residency", residency.id)
    step = next(s for s in services.checklist.for_residency(residency.id) if s.done_on is None)
    model = tab_b.editor.checklist_model
    assert next(r for r in model.rows if r.id == step.id).done_on is None

    services.checklist.update(step.id, done_on=date(2026, 11, 30))

    qtbot.waitUntil(
        lambda: next(r for r in model.rows if r.id == step.id).done_on == date(2026, 11, 30),
        timeout=WITHIN,
    )
    assert tab_b.current_id() == residency.id


def test_residency_title_typing_overtaken_in_b_editor(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    residency = a.context.services.residencies.list()[0]
    tab_a, tab_b = _residencies(a), _residencies(b)
    assert tab_a.show_record("residency", residency.id)
    assert tab_b.show_record("residency", residency.id)
    form_b = tab_b.editor.form
    _retype(qtbot, form_b.widgets["title"], "Residency typed in B", finish=False)
    _retype(qtbot, tab_a.editor.form.widgets["title"], "Residency saved in A")
    qtbot.waitUntil(lambda: form_b.note_text("title") != "", timeout=WITHIN)
    assert form_b.value("title") == "Residency typed in B"
    assert "“Residency saved in A”" in form_b.note_text("title")
    qtbot.keyClick(form_b.notes["title"].theirs_button, Qt.Key.Key_Space)
    assert form_b.value("title") == "Residency saved in A"
    assert b.context.undo_stack.count() == 0


def test_exhibition_deleted_in_a_says_so_in_b(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    services = a.context.services
    doomed = services.exhibitions.create(
        title="Pop-up show", start_date=date(2027, 3, 1), end_date=date(2027, 3, 31)
    )
    tab_b = _page(b, "Exhibitions")
    assert tab_b.show_record("exhibition", doomed.id)
    services.exhibitions.delete(doomed.id)
    qtbot.waitUntil(lambda: tab_b.message.isVisible(), timeout=WITHIN)
    assert tab_b.message.text() == f"The exhibition shown was deleted by {a.db.user}."
    assert tab_b.current_id() != doomed.id


def test_hidden_tab_catches_up_when_shown(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    visit = a.context.services.visits.list()[0]
    delegations = _page(b, "Delegations")
    assert delegations.show_record("visit", visit.id)
    _page(b, "Calendar")  # Delegations hidden
    reads: list[int] = []
    original = delegations.visits.reload
    delegations.visits.reload = lambda *args, **kw: (reads.append(1), original(*args, **kw))  # type: ignore[method-assign]
    heard: list[object] = []
    b.events.changes.connect(heard.append)
    a.context.services.visits.update(visit.id, title="Renamed while hidden", translations={})
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=WITHIN)
    assert reads == []  # nothing read for a hidden tab
    _page(b, "Delegations")
    assert reads == [1]
    assert "Renamed while hidden" in _visit_titles(delegations)
    assert delegations.sections["overview"].form.value("title") == "Renamed while hidden"


def test_refresh_keeps_selection_and_scroll_position(windows, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = windows
    from exchange_planner.storage.tables import Person

    with a.db.session() as session:  # one commit: a long list of people
        for number in range(80):
            session.add(Person(family_name=f"Guest {number:02d}", given_name="Test"))
    section_a, section_b = _people(a), _people(b)
    qtbot.waitUntil(lambda: section_b.list.model.rowCount() > 80, timeout=WITHIN)
    section_a.reload()
    kang = _kang(a)
    assert section_a.select(kang.id) and section_b.select(kang.id)
    bar = section_b.list.view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()

    _retype(qtbot, section_a.fields["title"].widget, "Scrolled past")

    title_b = section_b.fields["title"].widget
    qtbot.waitUntil(lambda: title_b.text() == "Scrolled past", timeout=WITHIN)
    assert bar.value() == scrolled
    assert section_b.record.id == kang.id
