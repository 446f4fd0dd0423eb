"""The window's first screen: the calendar painted from a SQLite file read before the storage
layer, then the full open; what the user does in between waits for it and then happens."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui import app as ui_app
from exchange_planner.ui import first_screen, main_window
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.content_language import ui_language
from exchange_planner.ui.tabs import TabPage
from first_screen_plans import shift_sample


@pytest.fixture
def plans_now(sample_db_path: Path) -> Path:
    """The sample with its visit in the current month (its plans moved to around today)."""
    shift_sample(sample_db_path, date.today().replace(day=10))
    return sample_db_path


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker never starts: the open finishes only when something needs it (so a test
    acts surely before it)."""
    monkeypatch.setattr(first_screen.FullOpen, "start", lambda self: None)


def start(qtbot, location: Path, settings):  # type: ignore[no-untyped-def]
    window = ui_app.start_window(str(location), settings)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focused(window):  # type: ignore[no-untyped-def]
    """Where a key goes: the focus widget (else the window)."""
    return QApplication.focusWidget() or window


def calendar_of(window) -> CalendarTab:  # type: ignore[no-untyped-def]
    page = window.tabs.widget(0)
    assert isinstance(page, CalendarTab)
    return page


def service_entries(location: Path, tab: CalendarTab) -> list[object]:
    db = open_database(location)
    try:
        first, last = tab.visible_range()
        return Services.for_database(db).calendar.entries(
            first, last, tab.zone, language=ui_language()
        )
    finally:
        db.dispose()


def test_the_month_shows_the_services_entries_before_and_after_the_full_open(
    qtbot, plans_now: Path, qt_settings, held_open
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    tab = calendar_of(window)
    assert window.full_open is not None and not window.full_open.done
    assert window.db is None  # nothing opened the database yet
    shown = tab.month_view.input
    assert shown is not None and shown.entries, "the visit of this month"
    expected = service_entries(plans_now, tab)
    assert list(shown.entries) == expected
    kinds = {entry.kind.value for entry in shown.entries}
    assert {"visit", "program_item", "exhibition"} <= kinds
    assert window.stack.currentWidget() is window.tabs
    assert window.windowTitle().startswith(str(plans_now.resolve()))

    window.full_open.finish_now()
    assert window.full_open.done and window.db is not None
    assert window.tabs.widget(0) is tab  # handed the services, not rebuilt
    assert tab.calendar is window.context.services.calendar
    assert list(tab.month_view.input.entries) == expected
    assert window.windowTitle().startswith(str(plans_now.resolve()))


def test_the_open_finishes_by_itself_after_the_first_paint(
    qtbot, plans_now: Path, qt_settings
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    tab = calendar_of(window)
    qtbot.waitUntil(lambda: window.full_open.done, timeout=30_000)
    assert window.db is not None and window.feed is not None
    assert window.tabs.widget(0) is tab
    assert list(tab.month_view.input.entries) == service_entries(plans_now, tab)


def test_ctrl_2_right_after_the_first_paint_shows_the_delegations(
    qtbot, plans_now: Path, qt_settings, held_open
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    assert not window.full_open.done
    qtbot.keyClick(focused(window), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.full_open.done
    assert window.tabs.currentIndex() == 1
    page = window.tabs.widget(1)
    assert isinstance(page, TabPage) and page.context is window.context
    assert page.context.services.visits.list()  # real services: the sample's visit


def test_a_menu_shortcut_right_after_the_first_paint_backs_up(
    qtbot, plans_now: Path, qt_settings, held_open
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    assert not window.full_open.done
    qtbot.keyClick(
        focused(window),
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.full_open.done
    assert "Backup written to" in window.statusBar().currentMessage()


def test_a_menu_action_triggered_before_the_open_waits_for_it(
    qtbot, plans_now: Path, qt_settings, held_open
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    assert not window.full_open.done
    window.backup_action.trigger()
    assert window.full_open.done
    assert "Backup written to" in window.statusBar().currentMessage()


def test_a_double_click_on_a_day_right_after_the_first_paint_offers_a_new_entry(
    qtbot, plans_now: Path, qt_settings, held_open
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    tab = calendar_of(window)
    day = date.today().replace(day=20)  # after the visit: no entry at the bottom of the day
    layout = tab.month_view.current_layout()
    box = next(b for b in layout.boxes if b.role == "day" and b.day == day)
    point = QPoint(int(box.rect.center().x()), int(box.rect.bottom() - 5))
    assert not window.full_open.done
    qtbot.mouseDClick(tab.month_view, Qt.MouseButton.LeftButton, pos=point)
    assert window.full_open.done
    dialog = tab.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_typing_a_date_right_after_the_first_paint_jumps_there(
    qtbot, plans_now: Path, qt_settings, held_open
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    tab = calendar_of(window)
    assert not window.full_open.done
    tab.jump_edit.selectAll()
    qtbot.keyClicks(tab.jump_edit, "26.07.2023")
    assert window.full_open.done
    qtbot.keyClick(tab.jump_edit, Qt.Key.Key_Return)
    assert tab.focus_date == date(2023, 7, 26)
    assert tab.calendar is window.context.services.calendar


def test_closing_right_after_the_first_paint_closes_the_database(
    qtbot, plans_now: Path, qt_settings, held_open
) -> None:  # type: ignore[no-untyped-def]
    window = start(qtbot, plans_now, qt_settings)
    assert not window.full_open.done
    assert window.close()
    assert window.full_open.done and not window.isVisible()
    assert window.feed is None  # the change feed's thread was ended
    assert qt_settings.value("database/last") == str(plans_now.resolve())


def test_an_application_ending_right_after_the_first_paint_loads_nothing_more(
    qtbot, plans_now: Path, qt_settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The end of the application (its ``aboutToQuit``) can come before the first paint's
    start of the loading: the worker is then not started, so the interpreter never shuts
    down under a thread still importing (which aborted the process now and then)."""
    monkeypatch.setattr(first_screen.FullOpen, "start", lambda self: None)
    window = start(qtbot, plans_now, qt_settings)
    full_open = window.full_open
    monkeypatch.undo()
    full_open._about_to_quit()
    full_open.start()
    full_open.wait_for_worker()
    assert full_open._thread.ident is None, "no loading begun at the end"
    full_open._quitting = False  # the test's application goes on: finish as usual
    full_open.finish_now()
    assert full_open.done


def test_a_file_changed_underneath_is_told_as_at_start(
    qtbot, plans_now: Path, qt_settings, held_open, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        main_window, "show_open_error", lambda _parent, title, text: told.append((title, text))
    )

    def refused(location: str) -> None:
        raise ExchangePlannerError(f"{location} is not an Exchange Planner database")

    window = start(qtbot, plans_now, qt_settings)
    monkeypatch.setattr(main_window, "open_database", refused)
    qtbot.keyClick(focused(window), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert told == [
        ("Exchange Planner", f"{plans_now.resolve()} is not an Exchange Planner database")
    ]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.tabs.currentIndex() == 0  # the key went nowhere


def _not_wal(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()


@pytest.mark.parametrize("spoil", ["read_only", "not_wal", "other_tab"])
def test_a_database_not_quickly_readable_opens_the_old_way(
    qtbot, plans_now: Path, qt_settings, spoil: str
) -> None:  # type: ignore[no-untyped-def]
    if spoil == "read_only":
        plans_now.chmod(0o444)
    elif spoil == "not_wal":
        _not_wal(plans_now)
    else:
        qt_settings.setValue("window/tab", 2)
    window = start(qtbot, plans_now, qt_settings)
    try:
        assert window.full_open is None and window.first_screen is None
        assert window.db is not None and window.context is not None
        assert window.db.read_only is (spoil == "read_only")
        if spoil != "other_tab":
            tab = calendar_of(window)
            assert list(tab.month_view.input.entries) == tab.calendar.entries(
                *tab.visible_range(), tab.zone, language=ui_language()
            )
    finally:
        window.close()
        plans_now.chmod(0o644)


def test_an_empty_database_shows_the_welcome_page_the_old_way(
    qtbot, tmp_path: Path, qt_settings
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.sqlite3"
    open_database(path).dispose()
    window = start(qtbot, path, qt_settings)
    assert window.full_open is None
    assert window.stack.currentWidget() is window.welcome
    window.close()


def test_the_main_window_is_still_made_with_a_database(main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.db is not None and main_window.full_open is None
    assert QApplication.instance() is not None
