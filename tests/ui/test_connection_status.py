"""The database server goes away and comes back: the status bar says so (plain text), and a
save meanwhile is refused under its field with the typed text kept and nothing stored.

The server's listener (``storage/pg_listen.py``) tells its state from its own thread; here a
stand-in watcher tells it the same way, so the test runs without a server."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from exchange_planner.domain.errors import DatabaseConnectionError
from exchange_planner.storage.database import open_database
from exchange_planner.storage.pg_listen import CONNECTED, LOST, RECONNECTED
from exchange_planner.ui import change_feed
from exchange_planner.ui.main_window import MainWindow

TYPED = "Empfang im Neuen Rathaus"


class StandInWatcher:
    """Like ``PostgresWatcher``: started by the change feed, told about its connection."""

    def __init__(self) -> None:
        self.on_state = None
        self.stopped = False

    def start(self) -> None:
        pass

    def stop(self) -> None:
        self.stopped = True

    def tell_from_its_thread(self, state: str) -> None:
        assert self.on_state is not None, "the window did not listen to the connection state"
        thread = threading.Thread(target=self.on_state, args=(state,))
        thread.start()
        thread.join()


def test_lost_and_reconnected_show_in_the_status_bar(
    main_window: MainWindow, qtbot, sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watcher = StandInWatcher()
    monkeypatch.setattr(change_feed, "watch_changes", lambda db: watcher)
    monkeypatch.setattr(MainWindow, "RECONNECTED_SHOWN_MS", 200)
    main_window.set_database(open_database(sample_db_path))
    note = main_window.connection_note
    assert note.isHidden()
    assert note.textFormat() == Qt.TextFormat.PlainText
    assert note in main_window.statusBar().findChildren(type(note))

    watcher.tell_from_its_thread(LOST)
    qtbot.waitUntil(note.isVisible, timeout=2000)
    assert note.text() == "Database server unreachable — reconnecting…"
    assert "cannot be saved" in note.toolTip()
    qtbot.wait(400)  # it stays while the server is away
    assert note.isVisible()

    watcher.tell_from_its_thread(RECONNECTED)
    qtbot.waitUntil(lambda: note.text() == "Reconnected", timeout=2000)
    assert note.isVisible()
    qtbot.waitUntil(note.isHidden, timeout=3000)  # for a while only

    watcher.tell_from_its_thread(LOST)
    qtbot.waitUntil(note.isVisible, timeout=2000)
    watcher.tell_from_its_thread(CONNECTED)
    qtbot.waitUntil(note.isHidden, timeout=2000)


def test_a_save_while_the_server_is_away_is_refused_under_the_field(
    main_window: MainWindow, qtbot
) -> None:
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", 1)
    section = tab.sections["overview"]
    tab.editor.setCurrentWidget(section)
    form, field = section.form, section.form.widgets["title"]
    before = tab.services.visits.get(1).title
    lost = DatabaseConnectionError(
        "The connection to the database server was lost; your change was not saved. "
        "Try again when the window has reconnected."
    )

    def server_gone(_connection: sa.Connection) -> None:
        raise lost

    engine = main_window.db.engine  # type: ignore[union-attr]
    sa.event.listen(engine, "commit", server_gone)
    try:
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, TYPED)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert form.error_text("title") == str(lost)
        assert field.text() == TYPED
    finally:
        sa.event.remove(engine, "commit", server_gone)
    assert tab.services.visits.get(1).title == before
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the server is back: Return saves it
    assert tab.services.visits.get(1).title == TYPED
    assert form.error_text("title") == ""


def test_the_server_restarts_while_editing(
    restartable_pg, qtbot, qt_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a real PostgreSQL server (postgres run only): the server stops while a visit is
    edited and starts again. The window says so, the save meanwhile is refused under the
    field with the text kept, and after the reconnect Return saves it — once."""
    from exchange_planner.services.registry import Services
    from exchange_planner.services.sample import build_sample
    from exchange_planner.storage import pg_listen

    monkeypatch.setattr(pg_listen, "RETRY_FIRST", 0.1)
    monkeypatch.setattr(pg_listen, "RETRY_MAX", 0.5)
    monkeypatch.setattr(MainWindow, "RECONNECTED_SHOWN_MS", 60_000)
    db = open_database(restartable_pg.url)
    visit_id = build_sample(Services.for_database(db))["visit"]
    window = MainWindow(db, qt_settings)
    qtbot.addWidget(window)
    window.show()
    tab = next(page for page in window.pages if page.title() == "Delegations")
    window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", visit_id)
    section = tab.sections["overview"]
    tab.editor.setCurrentWidget(section)
    form, field = section.form, section.form.widgets["title"]
    note = window.connection_note
    qtbot.waitUntil(lambda: window.feed.watcher.state == pg_listen.CONNECTED, timeout=10_000)

    restartable_pg.stop()
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert note.text() == "Database server unreachable — reconnecting…"
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, TYPED)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "your change was not saved" in form.error_text("title")
    assert field.text() == TYPED

    restartable_pg.start()
    qtbot.waitUntil(lambda: note.text() == "Reconnected", timeout=10_000)
    assert field.text() == TYPED  # the re-read after the reconnect keeps what was typed
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert form.error_text("title") == ""
    assert tab.services.visits.get(visit_id).title == TYPED
    with db.engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT count(*) FROM change_log WHERE table_name = 'visit' "
                "AND record_id = :id AND field = 'title' AND new_value LIKE :typed"
            ),
            {"id": visit_id, "typed": f"%{TYPED}%"},
        ).scalar()
    assert rows == 1
    window.close()


@pytest.mark.skipif(
    not os.environ.get("EXCHANGE_PLANNER_TEST_PG"), reason="PostgreSQL only; this run uses SQLite"
)
def test_a_server_database_is_shown_without_its_password(db, qtbot, qt_settings) -> None:
    """Title, status bar and tooltip name the server, never the password of its address
    (the test server trusts every password, so one can be given)."""
    url = sa.make_url(db.url).set(password="s3cret-word").render_as_string(hide_password=False)
    with_password = open_database(url)
    window = MainWindow(with_password, qt_settings)
    qtbot.addWidget(window)
    shown = [window.windowTitle(), window.db_label.text(), window.db_label.toolTip()]
    assert all("s3cret-word" not in text for text in shown), shown
    assert "***" in window.db_label.text()
    window.close()
