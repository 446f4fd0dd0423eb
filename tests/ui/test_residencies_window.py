"""The Residencies and Exhibitions tabs inside the main window (navigation, shortcuts)."""

from PySide6.QtCore import Qt

from exchange_planner.ui.exhibitions.tab import ExhibitionsTab
from exchange_planner.ui.residencies.tab import ResidenciesTab


def test_tabs_are_in_the_window_and_navigation_reaches_them(main_window, qtbot):
    residencies = main_window.page(ResidenciesTab)
    exhibitions = main_window.page(ExhibitionsTab)
    assert residencies is not None and exhibitions is not None
    main_window.show_record("residency", 2)
    assert main_window.tabs.currentWidget() is residencies
    assert residencies.current_id() == 2
    assert main_window.current["residency"] == 2
    # History entry of the exhibition opens the Exhibitions tab.
    residencies.pages.setCurrentWidget(residencies.history)
    model = residencies.history.model
    row = [model.record(r).kind for r in range(model.rowCount())].index("exhibition")
    residencies.history.table.activated.emit(model.index(row, 0))
    assert main_window.tabs.currentWidget() is exhibitions
    assert exhibitions.current_id() == model.record(row).target_id
    assert main_window.current["exhibition"] == exhibitions.current_id()


def test_edit_menu_undo_reverts_an_editor_change(main_window, qtbot):
    tab = main_window.page(ResidenciesTab)
    main_window.show_record("residency", 1)
    tab.editor.form.set_value("title", "Martin Reich in 광주")
    assert tab.model.record(tab.model.row_of(1)).title == "Martin Reich in 광주"
    undo = next(a for a in main_window.edit_menu.actions() if a.shortcut().toString() == "Ctrl+Z")
    undo.trigger()
    assert tab.services.residencies.get(1).title == "Martin Reich im Gwangju Museum of Art"
    assert tab.editor.form.widgets["title"].text() == "Martin Reich im Gwangju Museum of Art"


def test_keyboard_new_residency_and_delete(main_window, qtbot):
    tab = main_window.page(ResidenciesTab)
    main_window.show_record("residency", 1)
    count = tab.model.rowCount()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == count + 1
    new_id = tab.current_id()
    assert tab.editor.form.widgets["title"].hasFocus()
    tab.confirm = lambda *_args: True
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert all(r.id != new_id for r in tab.services.residencies.query())
    main_window.undo_stack.undo()
    assert tab.services.residencies.get(new_id).title == "New residency"
    assert len(tab.services.checklist.for_residency(new_id)) == 8


def test_history_words_gift_values_and_book_places(main_window):
    history = main_window.page(ResidenciesTab).history
    model = history.model
    details = {
        model.record(r).kind: model.index(r, 4).data()
        for r in range(model.rowCount())
        if model.record(r).kind in ("gift", "guestbook")
    }
    assert details["guestbook"].endswith("vol. XII, p. 87")
    gifts = [
        model.index(r, 4).data() for r in range(model.rowCount()) if model.record(r).kind == "gift"
    ]
    assert sorted(gifts) == ["$45.00", "₩150,000", "€120.00", "€185.00"]
