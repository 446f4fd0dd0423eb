"""Composition root of the GUI: application object, settings, database, main window."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication

from exchange_planner import APP_ID, APP_NAME, ORG_NAME, __version__, resources
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.sample import write_sample
from exchange_planner.storage.database import DB_ENV_VAR, open_database
from exchange_planner.ui.language import interface_locale

TRANSLATIONS_DIR = resources.translations_dir()


def create_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID, *argv])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources.app_icon())))
    install_interface_language(app, QSettings())
    install_hangul_fallback(app)
    return app  # type: ignore[return-value]


def hangul_font_files() -> list[Path]:
    """TrueType files with Hangul, best first: the NanumGothic shipped in the package (the
    font the documents embed), then system fonts."""
    found = [resources.font_file(name) for name in resources.NANUM_GOTHIC.files]
    for system in (
        "C:/Windows/Fonts/malgun.ttf",
        "C:/Windows/Fonts/malgunbd.ttf",
        "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    ):
        if Path(system).is_file():
            found.append(Path(system))
    return found


#: Families registered by :func:`install_hangul_fallback` (for tests and diagnostics).
HANGUL_FAMILIES: list[str] = []


def install_hangul_fallback(app: QApplication) -> list[str]:
    """Register the bundled Korean font and make it the fallback of the application font,
    so Hangul (강기정) shows on a machine without a Korean system font."""
    if HANGUL_FAMILIES:
        return HANGUL_FAMILIES
    families: list[str] = []
    for path in hangul_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not families:
        return []
    font = app.font()
    # The family the alias ("Sans Serif") resolves to comes first: left as an alias, Qt draws
    # Latin text and spaces in the Korean font too, whose spaces a PDF reader reads as U+0001.
    resolved = QFontInfo(font).family()
    primary = [resolved, *(f for f in font.families() or [font.family()] if f != resolved)]
    font.setFamilies([*primary, *(family for family in families if family not in primary)])
    app.setFont(font)
    # Widgets that name a family of their own fall back to Hangul as well.
    for family in {*primary, font.defaultFamily(), "Sans Serif", "DejaVu Sans"}:
        QFont.insertSubstitutions(family, families)
    HANGUL_FAMILIES.extend(families)
    return families


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None
) -> dict[str, QTranslator]:
    """Qt's own strings and ours in the user's language (``locale``, by default the
    system's), where a translation exists; returns the installed ones by catalogue name."""
    locale = locale or QLocale()
    installed: dict[str, QTranslator] = {}
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (APP_ID, str(TRANSLATIONS_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed[name] = translator
    return installed


#: The translators :func:`install_interface_language` installed last (replaced on a new call).
INSTALLED: dict[str, QTranslator] = {}


def install_interface_language(
    app: QCoreApplication, settings: QSettings
) -> dict[str, QTranslator]:
    """At start-up: the translations of the language chosen in Settings (else the system's),
    with dates and numbers in that language's locale (the default ``QLocale()``)."""
    for translator in INSTALLED.values():
        app.removeTranslator(translator)
    INSTALLED.clear()
    locale = interface_locale(settings)
    if locale is not None:
        QLocale.setDefault(locale)
    INSTALLED.update(install_translators(app, locale))
    return INSTALLED


def run_gui(db: str | None = None, *, demo: bool = False, qt_args: Sequence[str] = ()) -> int:
    from exchange_planner.logs import setup_logging
    from exchange_planner.ui.errors import install_error_handler
    from exchange_planner.ui.main_window import MainWindow

    app = create_application(qt_args)
    # Only the real start installs the net; tests keep pytest-qt's own capture of errors.
    setup_logging()
    handler = install_error_handler()
    settings = QSettings()
    temporary_dir: Path | None = None
    if demo:
        temporary_dir = Path(tempfile.mkdtemp(prefix="exchange-planner-demo-"))
        location: str | None = str(write_sample(temporary_dir / "sample.sqlite3"))
    else:
        location = db or os.environ.get(DB_ENV_VAR) or _last_database(settings)
    try:
        try:
            database = open_database(location)
        except ExchangePlannerError as error:
            from exchange_planner.ui import main_window

            main_window.show_open_error(None, APP_NAME, str(error))  # plain text, never markup
            return 2
        window = MainWindow(database, settings, temporary=demo)
        window.show()
        return app.exec()
    finally:
        handler.uninstall()
        if temporary_dir is not None:
            shutil.rmtree(temporary_dir, ignore_errors=True)


def _last_database(settings: QSettings) -> str | None:
    last = settings.value("database/last")
    return str(last) if last and Path(str(last)).exists() else None
