"""Composition root of the GUI: application object, settings, database, main window."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Before PySide6 (which replaces ``builtins.__import__`` with a hook that reads the source of
# every module imported after it): the import as it was, for the storage layer and the
# services, loaded only when a database is opened (after the first paint when the first screen
# can be read without them, ``ui/first_screen.py``); and the small Qt-free modules the first
# screen reads with.
# isort: off
import exchange_planner.ui.import_hook
import exchange_planner.services.calendar_reading  # noqa: F401

# isort: on

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication

from exchange_planner import APP_ID, APP_NAME, ORG_NAME, resources, version
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.ui.import_hook import plain_imports

if TYPE_CHECKING:
    from exchange_planner.cli.open_file import FileProblem

# Our own modules past PySide6's hook as well (none uses PySide6's ``__feature__`` options).
with plain_imports():
    from exchange_planner.ui import first_screen
    from exchange_planner.ui.language import interface_locale
    from exchange_planner.ui.settings import application_settings

#: ``storage.database.DB_ENV_VAR`` (that module is loaded only to open a database).
DB_ENV_VAR = "EXCHANGE_PLANNER_DB"
TRANSLATIONS_DIR = resources.translations_dir()
#: Diagnostic only (like the hidden ``--self-test``): when set, the window quits with 0 right
#: after its first paint of the first screen (the calendar's view with the entries of the
#: period shown, or the welcome page of an empty database) and prints one line
#: ``first-paint view=... entries=N``. ``benchmarks/bench_startup.py`` times start-up with it;
#: it changes nothing that is imported or built, nor when.
QUIT_AFTER_FIRST_PAINT_ENV = "EXCHANGE_PLANNER_QUIT_AFTER_FIRST_PAINT"
#: How long the end of the application waits for background tasks (a print, a read) to end.
TASKS_AT_EXIT_MS = 60_000
#: The instance part of the X11 window class; equals the desktop file's StartupWMClass.
WM_INSTANCE = APP_ID


def qt_arguments(argv: Sequence[str] = (), program: str | None = None) -> list[str]:
    """The command line the QApplication is made with.

    On X11 the window class (WM_CLASS) is ``instance, class``: Qt takes the instance from
    ``-name`` (else from the program's file name, which is ``exchange-planner`` or
    ``exchange-planner-gui`` depending on the launcher) and the class from the application
    name. ``-name exchange-planner`` makes it ``"exchange-planner", "Exchange Planner"``
    whichever launcher started us, so the desktop file's ``StartupWMClass=exchange-planner``
    matches. Other platforms ignore the option."""
    if program is None:
        program = sys.argv[0] if sys.argv and sys.argv[0] else APP_ID
    arguments = [program, *argv]
    if "-name" not in arguments and sys.platform not in ("win32", "darwin"):
        arguments[1:1] = ["-name", WM_INSTANCE]
    return arguments


def create_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication(qt_arguments(argv))
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    with plain_imports():  # importlib.metadata, read once, past PySide6's hook
        QCoreApplication.setApplicationVersion(version())
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources.app_icon())))
    install_interface_language(app, application_settings())
    install_hangul_fallback(app)
    return app  # type: ignore[return-value]


def hangul_font_files() -> list[Path]:
    """TrueType files with Hangul, best first: the NanumGothic shipped in the package (the
    font the documents embed), then system fonts (found without importing ReportLab)."""
    return [
        path
        for pair in resources.hangul_fonts()
        for path in pair
        if path is not None and path.is_file()
    ]


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


#: The messages for a file given to open that is not opened (``cli/open_file.Problem``).
FILE_PROBLEM_TEXTS = (
    QT_TRANSLATE_NOOP("OpenFile", "There is no file %1."),
    QT_TRANSLATE_NOOP("OpenFile", "%1 is a folder, not a file."),
    QT_TRANSLATE_NOOP("OpenFile", "%1 cannot be read: %2"),
    QT_TRANSLATE_NOOP(
        "OpenFile",
        "%1 is neither an Exchange Planner database (SQLite) nor an exchange file (JSON); "
        "nothing was opened.",
    ),
    QT_TRANSLATE_NOOP(
        "OpenFile",
        "%1 is not a file on this computer; a server database opens with --db ADDRESS.",
    ),
)


def file_problem_text(problem: FileProblem) -> str:
    """The message of a refused FILE in the interface's language, as plain text."""
    template = QCoreApplication.translate("OpenFile", problem.problem.value)
    return template.replace("%1", problem.shown).replace("%2", problem.reason)


def show_file_problem(problem: FileProblem, *, qt_args: Sequence[str] = ()) -> None:
    """The dialog for a FILE that is not opened (no window opens; nothing was changed)."""
    from exchange_planner.ui import main_window

    create_application(qt_args)
    main_window.show_open_error(
        None, QCoreApplication.translate("OpenFile", "Cannot open file"), file_problem_text(problem)
    )


def run_gui(
    db: str | None = None,
    *,
    demo: bool = False,
    qt_args: Sequence[str] = (),
    import_file: Path | None = None,
) -> int:
    """The window on ``db`` (else ``$EXCHANGE_PLANNER_DB``, else the last database), or on a
    temporary copy of the sample; ``import_file``: an exchange file to offer to import."""
    with plain_imports():  # as above: our modules past PySide6's hook
        from exchange_planner.logs import setup_logging
        from exchange_planner.ui.errors import install_error_handler

    app = create_application(qt_args)
    # Only the real start installs the net; tests keep pytest-qt's own capture of errors.
    setup_logging()
    handler = install_error_handler()
    settings = application_settings()
    temporary_dir: Path | None = None
    if demo:
        from exchange_planner.ui.main_window import write_sample

        temporary_dir = Path(tempfile.mkdtemp(prefix="exchange-planner-demo-"))
        location: str | None = str(write_sample(temporary_dir / "sample.sqlite3"))
    else:
        location = db or os.environ.get(DB_ENV_VAR) or _last_database(settings)
    try:
        window = start_window(location, settings, temporary=demo, import_file=import_file)
        if window is None:
            return 2
        status = app.exec()
        # No task of the pool may still run Python when the interpreter shuts down: a thread
        # it did not start that takes the interpreter's lock then aborts the process.
        QThreadPool.globalInstance().waitForDone(TASKS_AT_EXIT_MS)
        full_open = window.full_open
        if full_open is not None:
            # A first paint right before the end may have started loading the storage layer.
            full_open.wait_for_worker()
        return 2 if full_open is not None and full_open.failed else status
    finally:
        handler.uninstall()
        if temporary_dir is not None:
            shutil.rmtree(temporary_dir, ignore_errors=True)


def start_window(
    location: str | None,
    settings: QSettings,
    *,
    temporary: bool = False,
    import_file: Path | None = None,
) -> Any:
    """The main window on ``location``, shown; None (after the message) when the database
    cannot be opened. A SQLite file the first screen can read (``ui/first_screen.py``) is
    painted first and opened right after; any other is opened before the window is built.
    The window's ``full_open`` is the open still to finish (None when done or not needed)."""
    # The window's modules and the calendar's (built below) past PySide6's import hook too:
    # none of them uses PySide6's ``__feature__`` options.
    with plain_imports():
        from exchange_planner.ui import main_window

    app = QCoreApplication.instance()
    assert app is not None
    quick = None
    if not temporary and import_file is None and _shows_calendar_first(settings):
        quick = first_screen.read_first_screen(location)
    if quick is None:
        first_screen.import_storage()  # the storage layer and services, past the hook too
        try:
            database = main_window.open_database(location)
        except ExchangePlannerError as error:
            main_window.show_open_error(None, APP_NAME, str(error))  # plain text, never markup
            return None
        with plain_imports():
            window = main_window.MainWindow(database, settings, temporary=temporary)
        window.full_open = None
    else:
        with plain_imports():
            window = main_window.MainWindow(None, settings, first_screen=quick)

        def failed(message: str) -> None:
            # As a database that cannot be opened at start: the message, no window.
            main_window.show_open_error(None, APP_NAME, message)  # plain text, never markup
            # Once the event that found out has been dealt with (it is not delivered); the
            # last window closed ends the application, with status 2 (``run_gui``).
            QTimer.singleShot(0, window, window.close)

        window.full_open = first_screen.FullOpen(window, quick.location, on_failed=failed)
        page = window.tabs.currentWidget()
        view = page.current_view() if hasattr(page, "current_view") else page
        first_screen.FirstPaint(getattr(view, "canvas", view), window.full_open.start)
    if os.environ.get(QUIT_AFTER_FIRST_PAINT_ENV):
        quit_after_first_paint(app, window)
    window.show()
    if import_file is not None:
        QTimer.singleShot(0, window, lambda: window.import_given_file(import_file))
    return window


def _shows_calendar_first(settings: QSettings) -> bool:
    """Whether the window opens on the calendar (the tab of the last session, else the
    first, as ``MainWindow`` chooses); the first screen is the calendar's."""
    from exchange_planner.ui.main_window import TABS

    try:
        index = int(settings.value("window/tab", 0) or 0)
    except (TypeError, ValueError):
        return False
    return not 0 < index < len(TABS)


class _QuitAfterFirstPaint(QObject):
    """Watches the first screen; at its first paint with its data, quits (see
    :data:`QUIT_AFTER_FIRST_PAINT_ENV`)."""

    #: A first paint that never comes (a bug) ends the process with this status.
    TIMEOUT_MS = 120_000

    def __init__(self, app: QCoreApplication, window: Any) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.watched: list[QObject] = []
        self.done = False
        QTimer.singleShot(self.TIMEOUT_MS, self, lambda: app.exit(3))
        self.watch()

    def watch(self) -> None:
        """Watch what the window shows first: the calendar's view, else the welcome page."""
        for watched in self.watched:
            watched.removeEventFilter(self)
        self.watched = []
        window = self.window
        if window.stack.currentWidget() is window.welcome:
            self.watched = [window.welcome]
        else:
            page = window.tabs.currentWidget()
            view = getattr(page, "current_view", None)
            shown = view() if view is not None else page
            # The agenda paints on the canvas inside its scroll area.
            self.watched = [getattr(shown, "canvas", shown)]
        for watched in self.watched:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            shown = getattr(watched, "input", None)
            if hasattr(watched, "input") and shown is None:
                return False  # the calendar's view before its entries arrived
            self.done = True
            name = type(watched).__name__
            entries = len(shown.entries) if shown is not None else 0
            print(f"first-paint view={name} entries={entries}", flush=True)
            # Right after this paint has been done and shown.
            QTimer.singleShot(0, self, lambda: self.app.exit(0))
        return False


def quit_after_first_paint(app: QCoreApplication, window: Any) -> QObject:
    """The diagnostic exit of :data:`QUIT_AFTER_FIRST_PAINT_ENV` (installed before show)."""
    return _QuitAfterFirstPaint(app, window)


def _last_database(settings: QSettings) -> str | None:
    last = settings.value("database/last")
    return str(last) if last and Path(str(last)).exists() else None
