from PySide6.QtWidgets import QTabWidget

from exchange_planner.storage.database import open_database


def test_main_window_shows_the_tabs_on_the_sample(main_window):
    titles = [
        main_window.tabs.tabText(i).replace("&&", "&") for i in range(main_window.tabs.count())
    ]
    for expected in ("Calendar", "Delegations", "Residencies", "Exhibitions", "People & Venues"):
        assert expected in titles
    assert main_window.stack.currentWidget() is main_window.tabs
    # A sample file the user keeps is named by its path; only a throwaway copy is "Sample".
    assert "sample.sqlite3 — Exchange Planner" in main_window.windowTitle()


def test_empty_database_shows_the_welcome_page(qtbot, tmp_path, qt_settings):
    from exchange_planner.ui.main_window import MainWindow

    window = MainWindow(open_database(tmp_path / "empty.sqlite3"), qt_settings)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    window.welcome.start_planning.emit()
    assert window.stack.currentWidget() is window.tabs
    window.close()


def test_sample_button_opens_a_temporary_sample(qtbot, tmp_path, qt_settings):
    from exchange_planner.ui.main_window import MainWindow

    empty = tmp_path / "empty.sqlite3"
    window = MainWindow(open_database(empty), qt_settings)
    qtbot.addWidget(window)
    window.welcome.open_sample.emit()
    assert window.stack.currentWidget() is window.tabs
    assert window.db is not None and window.db.path != empty
    assert window.context.services.visits.list()
    assert window.windowTitle() == "Sample (temporary copy) — Exchange Planner"
    # the user's own database is untouched and not remembered as "last"
    assert qt_settings.value("database/last") == str(empty.resolve())
    window.close()


def test_geometry_and_last_database_are_remembered(qtbot, sample_db_path, qt_settings):
    from exchange_planner.ui.main_window import MainWindow

    window = MainWindow(open_database(sample_db_path), qt_settings)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.close()
    assert qt_settings.value("window/geometry")
    assert qt_settings.value("database/recent")


def test_navigation_routes_to_the_tab_that_handles_the_kind(main_window, qtbot):
    visit_id = main_window.context.services.visits.list()[0].id
    main_window.events.navigate.emit("visit", visit_id)
    current = main_window.tabs.currentWidget()
    assert "visit" in current.handles
    assert isinstance(main_window.tabs, QTabWidget)


def test_undo_redo_shortcuts_in_edit_menu(main_window):
    shortcuts = {
        a.text().replace("&", ""): a.shortcut().toString() for a in main_window.edit_menu.actions()
    }
    assert any(key.startswith("Undo") and value == "Ctrl+Z" for key, value in shortcuts.items())
    assert any(
        key.startswith("Redo") and value == "Ctrl+Shift+Z" for key, value in shortcuts.items()
    )
