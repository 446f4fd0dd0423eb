"""Team mode in the window: who signs the change history, a colleague's settings are not
overwritten unseen, and a SQLite file on a network folder is warned about."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import col, select

from exchange_planner.services.registry import Services
from exchange_planner.storage import database as database_module
from exchange_planner.storage.database import default_user_name, open_database
from exchange_planner.storage.tables import ChangeLog


def _open_settings(window, qtbot):  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _last_author(db) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        row = session.exec(select(ChangeLog).order_by(col(ChangeLog.id).desc())).first()
    assert row is not None
    return row.user_name, row.field


def test_changes_are_signed_with_the_login_name_until_a_name_is_set(main_window, qtbot):
    db = main_window.context.services.db
    dialog = _open_settings(main_window, qtbot)
    assert dialog.user_name.text() == ""
    assert dialog.user_name.placeholderText() == default_user_name()
    _retype(qtbot, dialog.home_city, "Halle")
    _ok(qtbot, dialog)
    assert _last_author(db) == (default_user_name(), "home_city")

    dialog = _open_settings(main_window, qtbot)
    qtbot.keyClicks(dialog.user_name, "  Anna   Weber ")
    _retype(qtbot, dialog.home_city, "Leipzig")
    _ok(qtbot, dialog)
    assert _last_author(db) == ("Anna Weber", "home_city")
    # Kept in the user's own preferences: the next window on any database signs the same.
    assert main_window.settings.value("user/name") == "Anna Weber"
    assert _open_settings(main_window, qtbot).user_name.text() == "Anna Weber"


def test_a_colleagues_home_city_is_not_overwritten_unseen(main_window, qtbot):
    db = main_window.context.services.db
    dialog = _open_settings(main_window, qtbot)
    colleague = open_database(db.url)
    colleague.user = "ben"
    Services.for_database(colleague).settings.set_home(city="Dresden", timezone="Europe/Berlin")
    colleague.dispose()

    _retype(qtbot, dialog.home_city, "Halle")
    _ok(qtbot, dialog)
    # Refused: the dialog stays, shows Ben's value in the field and says who changed it.
    assert dialog.isVisible()
    assert main_window.context.services.settings.home_city() == "Dresden"
    assert dialog.home_city.text() == "Dresden"
    message = dialog.home_city_error.text()
    assert "ben" in message and "Dresden" in message and "Halle" in message
    assert dialog.home_city_error.textFormat() == Qt.TextFormat.PlainText
    # OK again, now knowingly: ours is stored.
    _retype(qtbot, dialog.home_city, "Halle")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert main_window.context.services.settings.home_city() == "Halle"


def test_a_colleagues_change_of_another_setting_is_kept(main_window, qtbot):
    db = main_window.context.services.db
    dialog = _open_settings(main_window, qtbot)
    colleague = open_database(db.url)
    Services.for_database(colleague).settings.set_home(city="Leipzig", timezone="Europe/Vienna")
    colleague.dispose()
    # The dialog showed Europe/Berlin, Vienna is theirs: a conflict on the zone, not the city.
    _retype(qtbot, dialog.home_city, "Halle")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.home_timezone.text() == "Europe/Vienna"
    assert main_window.context.services.settings.home_city() == "Leipzig"


NFS_MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:40 / {share} rw,relatime shared:30 - nfs4 fileserver:/plans rw,vers=4.2
"""


def test_a_database_on_a_network_folder_is_warned_about(
    qtbot, sample_db_path: Path, qt_settings, monkeypatch: pytest.MonkeyPatch
):
    from exchange_planner.ui.main_window import MainWindow

    mountinfo = NFS_MOUNTINFO.format(share=sample_db_path.parent)
    real = database_module.network_file_system
    monkeypatch.setattr(
        database_module,
        "network_file_system",
        lambda path: real(path, mountinfo=mountinfo),
    )
    db = open_database(sample_db_path)
    assert db.network_file_system == "nfs4"
    window = MainWindow(db, qt_settings)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.network_note.isVisible()
        box = window.network_warning
        assert box is not None and box.isVisible()
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert str(sample_db_path) in box.text() and "nfs4" in box.text()
        assert "PostgreSQL" in box.text()
        box.close()
    finally:
        window.close()


def test_a_local_database_gets_no_network_warning(main_window):
    assert main_window.context.services.db.network_file_system is None
    assert not main_window.network_note.isVisible()
    assert main_window.network_warning is None


def test_file_new_window_opens_a_second_window_that_follows_the_first(main_window, qtbot):
    from exchange_planner.ui import main_window as module

    action = main_window.new_window_action
    assert action in main_window.file_menu.actions()
    before = list(module._other_windows)
    action.trigger()
    [second] = [w for w in module._other_windows if w not in before]
    qtbot.waitExposed(second)
    try:
        assert second.db is not main_window.db and second.db.url == main_window.db.url
        assert second.windowTitle() == main_window.windowTitle()
        # A change made in the first window reaches the second through the change feed.
        people = main_window.context.services.people
        person = people.list()[0]
        people.update(person.id, title="Changed in the first window")
        qtbot.waitUntil(
            lambda: (
                second.context.services.people.get(person.id).title == "Changed in the first window"
            ),
            timeout=10000,
        )
        seen: list[tuple[str, int]] = []
        second.events.changed.connect(lambda kind, rid: seen.append((kind, rid)))
        people.update(person.id, title="Again")
        qtbot.waitUntil(lambda: ("person", person.id) in seen, timeout=10000)
    finally:
        second.close()
    qtbot.waitUntil(lambda: second not in module._other_windows, timeout=10000)
