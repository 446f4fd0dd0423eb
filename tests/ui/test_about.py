"""Help > About: version, licence (with its text), credits with the versions running, the
fonts with their licences, where the settings, data and logs are; Copy for a support request."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from exchange_planner import resources
from exchange_planner.logs import log_dir
from exchange_planner.storage.database import default_database_path
from exchange_planner.ui import about as about_module
from exchange_planner.ui.about import AboutDialog

ROOT = Path(__file__).resolve().parents[2]


def _open_about(qtbot, window) -> AboutDialog:  # type: ignore[no-untyped-def]
    """Help > About Exchange Planner, triggered as the user does."""
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    about = next(a for a in help_menu.actions() if a.text() == "&About Exchange Planner")
    about.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog: AboutDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_about_shows_version_credits_and_where_things_are(
    qtbot,
    main_window,
    qt_settings,
    sample_db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _open_about(qtbot, main_window)
    version = importlib.metadata.version("exchange-planner")
    texts = _texts(dialog)
    assert f"Exchange Planner {version}" in texts
    assert any("GPL-3.0-or-later" in text for text in texts)
    # Credits: the versions running now.
    import PySide6
    import reportlab
    import sqlalchemy

    for name, running in (
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("ReportLab", reportlab.Version),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("SQLModel", importlib.metadata.version("sqlmodel")),
        ("Alembic", importlib.metadata.version("alembic")),
        ("QtAwesome", importlib.metadata.version("qtawesome")),
    ):
        assert name in texts
        assert running in texts, name
    for font in resources.BUNDLED_FONTS:
        assert font.family in texts
        assert font.licence_name in texts
    # Where things are: the places this session really uses, as plain, selectable text.
    places = [label.text() for label in dialog.place_labels]
    assert places == [
        str(default_database_path().parent),
        qt_settings.fileName(),
        str(log_dir()),
        str(sample_db_path),
    ]
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
    for label in dialog.place_labels:
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

    # Copy: everything as plain text, for a support request.
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Exchange Planner {version}\n")
    for expected in (
        "GPL-3.0-or-later",
        f"Qt {qVersion()}",
        f"PySide6 {PySide6.__version__}",
        f"ReportLab {reportlab.Version}",
        f"SQLAlchemy {sqlalchemy.__version__}",
        *places,
        *(font.family for font in resources.BUNDLED_FONTS),
    ):
        assert expected in copied, expected

    # Esc closes it.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_without_the_licence_file_about_says_where_to_read_it(
    qtbot,
    main_window,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(about_module, "program_licence_text", lambda: None)
    dialog = _open_about(qtbot, main_window)
    qtbot.mouseClick(dialog.licence_button, Qt.MouseButton.LeftButton)
    assert dialog.licence_viewer is not None
    shown = dialog.licence_viewer.text.toPlainText()
    assert "https://www.gnu.org/licenses/gpl-3.0.html" in shown


def test_each_font_shows_its_licence(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_about(qtbot, main_window)
    assert len(dialog.font_buttons) == len(resources.BUNDLED_FONTS) >= 2
    for button, font in zip(dialog.font_buttons, resources.BUNDLED_FONTS, strict=True):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        viewer = dialog.licence_viewer
        assert viewer is not None
        assert font.family in viewer.windowTitle()
        assert viewer.text.toPlainText() == resources.licence_text(font)
        assert viewer.text.toPlainText().strip()
        viewer.reject()


def test_open_log_folder_opens_the_log_folder(
    qtbot,
    main_window,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    dialog = _open_about(qtbot, main_window)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert opened == [str(log_dir())]


def test_about_is_usable_with_the_keyboard(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_about(qtbot, main_window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # Where the focus starts: the default button, Close (Return closes, as Esc does).
    assert QApplication.focusWidget() is dialog.buttons.button(
        QDialogButtonBox.StandardButton.Close
    )
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    wanted = {dialog.licence_button, dialog.copy_button, dialog.log_button, close}
    wanted.update(dialog.font_buttons)
    reached = set()
    for _ in range(40):  # once round the dialog, back to Close
        focused = QApplication.focusWidget()
        assert focused.window() is dialog
        if focused in reached:
            break
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert focused is close
    assert wanted <= reached
    dialog.copy_button.setFocus()
    # Space on the focused "Copy" copies.
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text().startswith("Exchange Planner ")


def test_a_server_database_is_named_without_its_password() -> None:
    """About (and its Copy) names a server database by its URL, never with the password."""
    from exchange_planner.storage.database import Database

    database = Database(url="postgresql+psycopg://kim:s3cret@db.example/plans", engine=None)  # type: ignore[arg-type]
    assert database.location == "postgresql+psycopg://kim:***@db.example/plans"
    assert "s3cret" not in database.location


def test_copy_gives_the_places_of_a_server_database_without_its_password(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(
        None,
        database="postgresql+psycopg://kim:***@db.example/plans",
        settings_file="/home/kim/.config/exchange-planner/exchange-planner.ini",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "postgresql+psycopg://kim:***@db.example/plans" in copied
    assert "/home/kim/.config/exchange-planner/exchange-planner.ini" in copied


def test_the_licence_button_shows_the_gpl_from_the_installed_metadata(
    qtbot,  # type: ignore[no-untyped-def]
    main_window,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A wheel, an editable install and the frozen build (which copies the metadata) carry
    the licence in ``.dist-info/licenses/``: About shows it from there. (Here a distribution
    placed first on the path, so the test does not depend on how this checkout was installed;
    tests/test_version.py checks the real installation.)"""
    info = tmp_path / "exchange_planner-0.1.0.dist-info"
    (info / "licenses").mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.4\nName: exchange-planner\nVersion: 0.1.0\n", encoding="utf-8"
    )
    gpl = (ROOT / "LICENSE").read_text(encoding="utf-8")
    (info / "licenses" / "LICENSE").write_text(gpl, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    dialog = _open_about(qtbot, main_window)
    assert dialog.licence_button.text() == "Show &licence"
    qtbot.mouseClick(dialog.licence_button, Qt.MouseButton.LeftButton)
    viewer = dialog.licence_viewer
    assert viewer is not None
    qtbot.waitExposed(viewer)
    shown = viewer.text.toPlainText()
    assert shown == gpl
    assert "GNU GENERAL PUBLIC LICENSE" in shown and "Version 3, 29 June 2007" in shown
    assert viewer.text.isReadOnly()
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    assert dialog.isVisible()
