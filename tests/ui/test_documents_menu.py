"""The Documents menu of the main window and the document font setting."""

from __future__ import annotations

from exchange_planner.ui.documents.actions import FONT_KEY
from exchange_planner.ui.documents.font_settings import FontSettingsDialog


def test_menu_sits_before_help_and_needs_a_visit(main_window, sample_ids, qtbot):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles.index("&Documents") == titles.index("&Help") - 1
    main_window.current.pop("visit", None)
    menu.refresh()
    assert not menu.itinerary.isEnabled() and menu.hint.isVisible()
    assert "Select a visit" in menu.itinerary.toolTip()
    assert menu.year.isEnabled()
    main_window.events.current.emit("visit", sample_ids["visit"])
    assert menu.itinerary.isEnabled() and not menu.hint.isVisible()
    menu.gifts.trigger()
    run = menu.last_run
    assert run is not None and run.dialog.isVisible()
    assert run.visit_id == sample_ids["visit"]
    with qtbot.waitSignal(run.finished, timeout=60000):
        run.dialog.accept()
    assert run.preview is not None and run.preview.page_count() >= 1
    run.preview.close()


def test_year_action_asks_for_the_year(main_window):  # type: ignore[no-untyped-def]
    main_window.documents_menu.year.trigger()
    run = main_window.documents_menu.last_run
    assert run.dialog.year.isVisible()
    assert run.dialog.year.value() == 2023
    run.dialog.reject()


def test_font_dialog_refuses_a_bad_file_and_stores_a_good_one(qtbot, qt_settings, tmp_path):  # type: ignore[no-untyped-def]
    from exchange_planner.reports.fonts import hangul_candidates

    dialog = FontSettingsDialog(qt_settings)
    qtbot.addWidget(dialog)
    dialog.open()
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"x")
    dialog.path.setText(str(bogus))
    dialog.accept()
    assert dialog.isVisible()
    assert "cannot be used" in dialog.info.text()
    assert not qt_settings.value(FONT_KEY)
    good = str(hangul_candidates()[0][0])
    dialog.path.setText(good)
    assert "Hangul syllables" in dialog.info.text()
    dialog.accept()
    assert qt_settings.value(FONT_KEY) == good


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_p_prints_the_current_visits_itinerary(qtbot, main_window, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from exchange_planner.ui.documents.options import DocumentKind, DocumentOptionsDialog

    opened = []
    monkeypatch.setattr(DocumentOptionsDialog, "open", lambda self: opened.append(self))
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    _activate(qtbot, main_window)
    tab.visits.view.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    run = main_window.documents_menu.last_run
    assert len(opened) == 1 and run is not None and opened[0] is run.dialog
    assert run.kind is DocumentKind.ITINERARY and run.visit_id == tab.visit_id
    # From another tab as well: the visit selected last.
    main_window.tabs.setCurrentIndex(0)
    _activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 2 and main_window.documents_menu.last_run.visit_id == tab.visit_id
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert len(opened) == 3 and main_window.documents_menu.last_run.kind is DocumentKind.GIFTS


def test_the_menu_shows_its_shortcuts_and_nothing_else_takes_them(main_window):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction, QKeySequence

    assert len(main_window.pages) == 5  # every tab built (and a visit selected), as if shown
    menu = main_window.documents_menu
    expected = {
        menu.itinerary: QKeySequence(QKeySequence.StandardKey.Print),
        menu.personal: QKeySequence("Ctrl+Alt+P"),
        menu.gifts: QKeySequence("Ctrl+Alt+G"),
    }
    for action, keys in expected.items():
        assert action.shortcut() == keys
        assert action in menu.actions() and action.isVisible()
        assert action.shortcut().toString() in action.toolTip()
    taken = {}
    for action in main_window.findChildren(QAction):
        for keys in action.shortcuts():
            if keys in expected.values():
                taken.setdefault(keys.toString(), []).append(action.text())
    assert taken == {
        "Ctrl+P": ["Print &itinerary…"],
        "Ctrl+Alt+P": ["&Personal itineraries…"],
        "Ctrl+Alt+G": ["&Gift protocol…"],
    }
