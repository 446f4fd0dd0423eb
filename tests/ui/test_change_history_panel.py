"""The History section of a visit and of a residency: who changed what, newest first, kept
up to date by the change feed (this window's edits and other people's)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.residencies.tab import ResidenciesTab


def _row(model, row):  # type: ignore[no-untyped-def]
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_visit_history_shows_own_edit_and_another_users(main_window, qtbot, sample_db_path):  # type: ignore[no-untyped-def]
    tab = main_window.page(DelegationsTab)
    tab.services.db.user = "clerk"
    main_window.tabs.setCurrentWidget(tab)
    overview, history = tab.sections["overview"], tab.sections["history"]
    assert tab.editor.tabText(tab.editor.indexOf(history)) == "History"
    tab.editor.setCurrentWidget(overview)
    title = overview.form.widgets["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Mayor <b>Kang</b> in Leipzig")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert tab.services.visits.get(tab.visit_id).title == "Mayor <b>Kang</b> in Leipzig"

    tab.editor.setCurrentWidget(history)
    model = history.panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["When", "Who", "What", "Action", "Field", "From", "To"]
    when, who, what, action, field, old, new = _row(model, 0)  # newest first
    assert (who, action, field) == ("clerk", "changed", "title")
    assert what == "Visit: Mayor <b>Kang</b> in Leipzig"
    assert (old, new) == (
        "Offizieller Besuch der Delegation aus Gwangju",
        "Mayor <b>Kang</b> in Leipzig",
    )
    assert len(when) == len("2026-12-01 10:42")
    rows_before = model.rowCount()

    # Another person (another open database on the same file) moves a programme item.
    other = open_database(sample_db_path)
    other.user = "anna"
    try:
        services = Services.for_database(other)
        item = services.program.for_visit(tab.visit_id)[0]
        services.program.update(item.id, title="Arrival, transfer to the hotel")
    finally:
        other.dispose()
    # The feed delivers it: the watcher's next look (made here at once rather than waited
    # for, so that a busy machine cannot make the test late).
    watcher = main_window.feed.watcher

    def arrived() -> bool:
        watcher.poll()
        return model.rowCount() == rows_before + 1

    qtbot.waitUntil(arrived, timeout=2000)
    who, what, field, old, new = (_row(model, 0)[i] for i in (1, 2, 4, 5, 6))
    assert (who, field, new) == ("anna", "title", "Arrival, transfer to the hotel")
    assert what == "Program item: Arrival, transfer to the hotel"
    assert _row(model, 1)[1] == "clerk"

    # Keyboard: the table takes the focus and moves through its rows.
    view = history.panel.view
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    assert view.editTriggers() == view.EditTrigger.NoEditTriggers


def test_hidden_history_is_read_again_when_shown(main_window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    tab = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(tab)
    history = tab.sections["history"]
    tab.editor.setCurrentWidget(history)
    count = history.panel.model.rowCount()
    tab.editor.setCurrentWidget(tab.sections["overview"])
    service = tab.services.change_history
    reads = []
    read = service.for_visit
    monkeypatch.setattr(
        service, "for_visit", lambda visit_id: reads.append(visit_id) or read(visit_id)
    )
    tab.services.visits.update(tab.visit_id, notes="Bring umbrellas")
    assert reads == []  # hidden: only marked out of date
    tab.editor.setCurrentWidget(history)
    assert reads == [tab.visit_id] and history.panel.model.rowCount() == count + 1
    assert _row(history.panel.model, 0)[4] == "notes"
    assert _row(history.panel.model, 0)[6] == "Bring umbrellas"


def test_residency_history_in_the_editor(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(tab)
    tab.select_id(1)
    editor = tab.editor
    title = editor.form.widgets["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Martin Reich in Gwangju")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    model = editor.change_history.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and _row(model, 0)[6] == "Martin Reich in Gwangju")
    assert _row(model, 0)[2:5] == ["Residency: Martin Reich in Gwangju", "changed", "title"]
    assert _row(model, model.rowCount() - 1)[3] == "created"
