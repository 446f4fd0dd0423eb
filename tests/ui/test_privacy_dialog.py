"""File > Personal data…: the real menu action opens the dialog; its buttons save the
retention and erase a category (save dialog for the export, a confirmation, the work off
the GUI thread, a message at the end); a read-only database offers no erasing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from gestures import type_over
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from exchange_planner.domain.enums import PrivacyCategory
from exchange_planner.domain.retention import ERASED
from exchange_planner.services.privacy import PrivacyService
from exchange_planner.storage.database import open_database
from exchange_planner.ui.app import install_translators
from exchange_planner.ui.main_window import MainWindow
from exchange_planner.ui.privacy_dialog import PrivacyDialog
from exchange_planner.ui.widgets.date_field import ui_date


def open_dialog(window, qtbot) -> PrivacyDialog:  # type: ignore[no-untyped-def]
    (action,) = [a for a in window.file_menu.actions() if a.objectName() == "privacy_action"]
    assert action.text() == "Personal &data…" and action.isEnabled()
    action.trigger()
    dialog = window.privacy_dialog
    assert isinstance(dialog, PrivacyDialog)
    qtbot.waitExposed(dialog)
    assert dialog.as_of.text() == ui_date(date.today())  # shown like every date field
    due_on(qtbot, dialog, date(2026, 12, 3))
    return dialog


def due_on(qtbot, dialog, day: date) -> None:  # type: ignore[no-untyped-def]
    """Type the day into "Due on" as the user does; the list follows."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_over(qtbot, dialog.as_of, ui_date(day))
    qtbot.keyClick(dialog.as_of, Qt.Key.Key_Return)
    assert dialog.chosen_day() == day


def test_erase_health_from_the_file_menu(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(main_window, qtbot)
    assert dialog.months[PrivacyCategory.HEALTH].value() == 3
    fields = {dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())}
    assert "dietary notes" in fields
    due = [i for r in dialog.reports if r.category is PrivacyCategory.HEALTH for i in r.items]
    assert due
    target = tmp_path / "archive.json"
    asked: list[str] = []
    dialog.ask_save_path = lambda title, suggested: asked.append(suggested) or str(target)
    questions: list[str] = []
    dialog.confirm = lambda title, text: questions.append(text) or True
    dialog.category.setCurrentIndex(dialog.category.findData("health"))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_message is not None, timeout=20000)
    assert asked and asked[0].endswith("erasure-health-2026-12-03.json")
    assert str(target) in questions[0] and "cannot be undone" in questions[0]
    message = dialog.result_message
    assert message.isVisible() and str(target) in message.text()
    assert "offer it to the city archive" in message.text()
    document = json.loads(target.read_text("utf-8"))
    assert {(i["person_id"], i["field"]) for i in document["items"]} == {
        (i.person_id, i.field) for i in due
    }
    # The list is read again: nothing of the health data is due any more.
    assert not any(r.items for r in dialog.reports if r.category is PrivacyCategory.HEALTH)
    history = main_window.context.services.change_history.for_person(due[0].person_id)
    assert ERASED in {e.old for e in history}
    message.close()
    dialog.close()


def test_the_retention_is_saved_with_its_button(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(main_window, qtbot)
    spin = dialog.months[PrivacyCategory.HEALTH]
    spin.selectAll()
    qtbot.keyClicks(spin, "60")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    services = main_window.context.services
    assert PrivacyService(services.db).retention()[PrivacyCategory.HEALTH] == 60
    # 60 months after July 2023: the health data is no longer due.
    assert not any(r.items for r in dialog.reports if r.category is PrivacyCategory.HEALTH)
    dialog.close()


def test_nothing_due_says_so_and_writes_nothing(
    main_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(main_window, qtbot)
    due_on(qtbot, dialog, date(2023, 8, 1))  # a few days after the visit: nothing is due
    english = install_translators(QApplication.instance(), QLocale(QLocale.Language.English))
    try:  # the plural forms of the English catalogue, as the application installs it
        dialog.refresh()
        assert dialog.summary.text().startswith("contact: 0 values of 0 people")
        assert dialog.values_text(1) == "1 value" and dialog.people_text(1) == "1 person"
    finally:
        for translator in english.values():
            QApplication.instance().removeTranslator(translator)
    told: list[str] = []
    monkeypatch.setattr(
        "exchange_planner.ui.privacy_dialog.inform", lambda _p, _t, text, **_k: told.append(text)
    )
    dialog.ask_save_path = lambda *_a: (_ for _ in ()).throw(AssertionError("no save dialog"))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert told and "nothing was exported or erased" in told[0]
    assert list(tmp_path.glob("*.json")) == []
    dialog.close()


def test_a_read_only_database_offers_no_erasing(
    qtbot, sample_db_path: Path, qt_settings, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    sample_db_path.chmod(0o444)
    try:
        window = MainWindow(open_database(sample_db_path), qt_settings)
        qtbot.addWidget(window)
        window.show()
        dialog = open_dialog(window, qtbot)
        assert not dialog.erase_button.isEnabled() and not dialog.save_button.isEnabled()
        assert dialog.read_only_note.isVisible()
        assert dialog.table.rowCount() > 0  # what is due is still shown
        told: list[str] = []
        monkeypatch.setattr(
            "exchange_planner.ui.privacy_dialog.fail", lambda _p, _t, text, **_k: told.append(text)
        )
        dialog.ask_save_path = lambda *_a: (_ for _ in ()).throw(AssertionError("no save dialog"))
        dialog.erase()  # even when called: refused, nothing asked or written
        assert told and "read-only" in told[0]
        assert list(tmp_path.glob("**/*.json")) == []
        dialog.close()
        window.close()
    finally:
        sample_db_path.chmod(0o644)
