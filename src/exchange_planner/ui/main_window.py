"""The main window: tabs, menus, status bar; it owns the open database and its services."""

from __future__ import annotations

import importlib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from exchange_planner import APP_NAME
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.events import EventHub
from exchange_planner.ui.icons import icon
from exchange_planner.ui.plain import (
    ask,
    fail,
    inform,
    message_box,
    plain_label,
    plain_tooltip,
    warn,
)
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.welcome import WelcomePage
from exchange_planner.ui.widgets.geometry import keep_on_screen, place_first_time

# The storage layer, the services and the widgets that use them are imported where they are
# used: the first screen (ui/first_screen.py) is shown before any of them is loaded.
if TYPE_CHECKING:
    from exchange_planner.storage.database import Database
    from exchange_planner.ui.change_feed import ChangeFeed
    from exchange_planner.ui.first_screen import FirstScreen

MAX_RECENT = 8


def open_database(location: str | None) -> Database:
    """``storage.database.open_database`` (imported when a database is opened)."""
    from exchange_planner.storage.database import open_database as open_it

    return open_it(location)


def write_sample(path: Path) -> Path:
    from exchange_planner.services.sample import write_sample as write_it

    return write_it(path)


def show_open_error(parent: QWidget | None, title: str, message: str) -> None:
    """The dialog for a database that cannot be opened (a hook tests replace)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message holds a file path: never markup
    box.exec()


@dataclass(frozen=True)
class TabSpec:
    """A tab known before it is built: where its class lives, its title (the source text,
    translated in the class's context, as its ``title()`` does), icon and record kinds.
    The page itself is built when the tab is first shown (or asked to show a record)."""

    module: str
    class_name: str
    title: str
    icon: str
    handles: tuple[str, ...] = ()

    def load(self) -> type[TabPage]:
        return getattr(importlib.import_module(self.module), self.class_name)  # type: ignore[no-any-return]

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)


#: The tabs in their order; each area stays in its own package, imported when first shown.
TABS: tuple[TabSpec, ...] = (
    TabSpec("exchange_planner.ui.calendar.tab", "CalendarTab", "Calendar", "calendar"),
    TabSpec(
        "exchange_planner.ui.delegations.tab",
        "DelegationsTab",
        "Delegations",
        "delegations",
        ("visit", "program_item"),
    ),
    TabSpec(
        "exchange_planner.ui.residencies.tab",
        "ResidenciesTab",
        "Residencies",
        "residencies",
        ("residency",),
    ),
    TabSpec(
        "exchange_planner.ui.exhibitions.tab",
        "ExhibitionsTab",
        "Exhibitions",
        "exhibitions",
        ("exhibition",),
    ),
    TabSpec(
        "exchange_planner.ui.directory.tab",
        "DirectoryTab",
        "People && Venues",
        "directory",
        ("partnership", "person", "venue", "rank_table"),
    ),
)


def tab_classes() -> list[type[TabPage]]:
    """The tabs' classes in their order (imports every tab)."""
    return [spec.load() for spec in TABS]


class UnbuiltTab(QWidget):
    """Holds a tab's place until it is first shown; then the page itself replaces it (in
    the same step, before anything is painted: it never shows)."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec


def _server_states() -> tuple[str, str]:
    from exchange_planner.storage import pg_listen

    return pg_listen.LOST, pg_listen.RECONNECTED


#: Windows opened with File > New window, kept alive until they are closed.
_other_windows: list[MainWindow] = []


class MainWindow(QMainWindow):
    #: The database server connection's state ("connected", "lost", "reconnected"), emitted by
    #: the change listener's thread; shown in the status bar.
    connection_state = Signal(str)
    #: How long "Reconnected" stays in the status bar (milliseconds).
    RECONNECTED_SHOWN_MS = 8000

    def __init__(
        self,
        db: Database | None,
        settings: QSettings,
        *,
        temporary: bool = False,
        first_screen: FirstScreen | None = None,
    ) -> None:
        """The window on ``db``; or, with ``db`` None, on the calendar that ``first_screen``
        read from a current SQLite file, until :meth:`complete_open` hands it the database
        (``ui/first_screen.py``)."""
        super().__init__()
        self.settings = settings
        self.events = EventHub(self)
        self.undo_stack = QUndoStack(self)
        self.db: Database | None = None
        self.feed: ChangeFeed | None = None
        self.context: UiContext | None = None
        #: Set while the tabs are filled or a page replaces its placeholder.
        self._filling_tabs = False
        self._temporary_dirs: list[Path] = []
        self.settings_dialog: Any = None
        self.about_dialog: Any = None
        self.documents_menu: Any = None  # ui/documents/menu.py installs it with the menus

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._build_current_tab)
        self.welcome = WelcomePage(self)
        self.welcome.open_sample.connect(self.open_sample)
        self.welcome.start_planning.connect(self._start_planning)
        self.welcome.import_file.connect(self._import_json)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.stack.currentChanged.connect(self._build_current_tab)

        self.db_label = plain_label(parent=self)  # a path may hold any character
        # Shown while the database is read-only: what it means, the reason in its tooltip.
        self.read_only_note = plain_label(self.tr("Read-only: changes cannot be saved"), self)
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setStyleSheet("QLabel { font-weight: bold; padding: 0 6px; }")
        self.read_only_note.hide()
        # Shown while the database server cannot be reached, and for a while once it is back.
        self.connection_note = plain_label(parent=self)
        self.connection_note.setObjectName("connection_note")
        self.connection_note.setStyleSheet("QLabel { font-weight: bold; padding: 0 6px; }")
        self.connection_note.hide()
        self._connection_note_timer = QTimer(self)
        self._connection_note_timer.setSingleShot(True)
        self._connection_note_timer.timeout.connect(self.connection_note.hide)
        self.connection_state.connect(self._show_connection_state)
        self.statusBar().addPermanentWidget(self.connection_note)
        self.statusBar().addPermanentWidget(self.read_only_note)
        # A SQLite file on a network folder: the WAL is not safe there; teams use a server.
        self.network_note = plain_label(self.tr("Network folder: not safe for a team"), self)
        self.network_note.setObjectName("network_note")
        self.network_note.setStyleSheet("QLabel { font-weight: bold; padding: 0 6px; }")
        self.network_note.hide()
        self.network_warning: Any = None
        self.statusBar().addPermanentWidget(self.network_note)
        self.statusBar().addPermanentWidget(self.db_label)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # An undo or redo refused because someone else changed the record: say why.
        self.events.refused.connect(self._tell_refusal)
        #: A save waiting for another program's lock shows a busy cursor and the holder here
        #: (made with the database, ``_watch_lock_waits``).
        self.lock_wait: Any = None
        self.events.navigate.connect(self.show_record)
        self.events.changed.connect(self._maybe_leave_welcome)
        #: The record last selected per kind (e.g. {"visit": 3}); actions on "the current visit".
        self.current: dict[str, int] = {}
        self.events.current.connect(self._set_current)

        self._build_menus()
        if self.settings.value("window/geometry") and self.restoreGeometry(
            self.settings.value("window/geometry")
        ):
            keep_on_screen(self)
        else:
            place_first_time(self, QSize(1280, 800))
        self._undo_fallback: QObject | None = None
        #: The open still to finish after the first screen (``ui/first_screen.FullOpen``).
        self.full_open: Any = None
        #: The first screen shown before the database is fully open (None once it is).
        self.first_screen: FirstScreen | None = first_screen
        if db is not None:
            self.set_database(db, temporary=temporary)
        else:
            assert first_screen is not None, "a database or a first screen"
            self._show_first_screen(first_screen)

    def _install_undo_fallback(self) -> None:
        """Ctrl+Z in a field with no typing of its own to undo undoes the last edit."""
        if self._undo_fallback is None:
            from exchange_planner.ui.undo import FieldUndoFallback

            self._undo_fallback = FieldUndoFallback(self)
            QApplication.instance().installEventFilter(self._undo_fallback)

    def _watch_lock_waits(self) -> None:
        if self.lock_wait is None:
            from exchange_planner.ui.lock_wait import LockWaitFeedback

            self.lock_wait = LockWaitFeedback(self)

    def _tell_refusal(self, error: Any) -> None:
        from exchange_planner.ui.conflicts import tell_refusal

        tell_refusal(self, self.events, error)

    # --- menus -----------------------------------------------------------------------------
    def _action(self, text: str, icon_name: str | None, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: self._when_open(slot))
        return action

    def _when_open(self, slot: Callable[[], object]) -> None:
        """``slot``, once the database of the first screen is open (at once when it is)."""
        if self.first_screen is not None:
            self.first_screen.finish_now()
            if self.db is None:
                return  # it could not be opened; the message said why
        slot()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(
                self.tr("&New database…"),
                "new_database",
                self._new_database,
                QKeySequence("Ctrl+Shift+N"),  # Ctrl+N is "new record" inside the tabs
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("&Open database…"),
                "open",
                self._open_database,
                QKeySequence.StandardKey.Open,
            )
        )
        self.new_window_action = self._action(
            self.tr("New &window"), "new_window", self.open_new_window
        )
        self.new_window_action.setToolTip(
            self.tr("Another window on the same database; both show each other's changes")
        )
        file_menu.addAction(self.new_window_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(
            self._action(self.tr("Open the &sample (temporary copy)"), "sample", self.open_sample)
        )
        file_menu.addSeparator()
        self.backup_action = self._action(
            self.tr("&Back up now"), "backup", self._backup_now, QKeySequence("Ctrl+Shift+B")
        )
        file_menu.addAction(self.backup_action)
        self.import_action = self._action(
            self.tr("&Import exchange file…"), "import", self._import_json
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(
            self._action(self.tr("&Export exchange file…"), "export", self._export_json)
        )
        self.file_menu = file_menu
        self._add_privacy_action(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), "quit", self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # A field still being typed in is saved first, so Undo offers (and undoes) that edit
        # instead of reloading the form over it; opening a menu does not take the focus.
        edit_menu.aboutToShow.connect(self._settle_edits)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setIcon(icon("undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setIcon(icon("redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.settings_action = self._action(self.tr("&Settings…"), None, self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        # Most Linux desktops and Windows define no Preferences key; Ctrl+, is the usual one.
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        edit_menu.addAction(self.settings_action)
        self.edit_menu = edit_menu

        self.view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.show_log_action = self._action(
            self.tr("Show &log folder"), None, self._show_log_folder
        )
        self.show_log_action.setStatusTip(
            self.tr("Open the folder with the log file, which records unexpected errors")
        )
        help_menu.addAction(self.show_log_action)
        self.about_action = self._action(self.tr("&About Exchange Planner"), "about", self._about)
        help_menu.addAction(self.about_action)
        from exchange_planner.ui.documents.menu import install_documents_menu

        install_documents_menu(self)

    def _settle_edits(self) -> None:
        from exchange_planner.ui.widgets.forms import settle_edits

        settle_edits(self.stack)

    # --- database --------------------------------------------------------------------------
    def set_database(self, db: Database, *, temporary: bool = False) -> None:
        """Show ``db``: rebuild services and tabs; the previous database is closed."""
        self._adopt_database(db)
        self._fill_tabs()
        self.stack.setCurrentWidget(self.welcome if self._is_empty() else self.tabs)
        self._build_current_tab()
        self._show_database_facts(db, temporary=temporary)

    def _adopt_database(self, db: Database) -> None:
        """The services, change feed and context of ``db``; the previous database is closed."""
        from exchange_planner.services.registry import Services
        from exchange_planner.ui.change_feed import ChangeFeed
        from exchange_planner.ui.identity import apply_user_name

        self._install_undo_fallback()
        self._watch_lock_waits()
        if self.feed is not None:
            self.feed.close()
        if self.db is not None:
            self.db.dispose()
        self.db = db
        apply_user_name(db, self.settings)
        self.feed = ChangeFeed(db, self.events, self)
        self._show_connection_state("")
        watcher = self.feed.watcher
        if watcher is not None and hasattr(watcher, "on_state"):  # a database server's listener
            watcher.on_state = self.connection_state.emit
        self.undo_stack.clear()
        self.current = {}
        services = Services.for_database(db)
        self.context = UiContext(services, self.events, self.undo_stack, self.settings)

    def _fill_tabs(self) -> None:
        """A placeholder per tab, the View menu's entries; the current tab stays (else the
        one of the last session)."""
        current = self.tabs.currentIndex()
        self._filling_tabs = True
        try:
            for index in reversed(range(self.tabs.count())):
                widget = self.tabs.widget(index)
                self.tabs.removeTab(index)
                widget.deleteLater()
            self.view_menu.clear()
            for index, spec in enumerate(TABS):
                # Only the tab shown is built (below); the others when first shown.
                tab_icon = icon(spec.icon)
                self.tabs.addTab(UnbuiltTab(spec, self.tabs), tab_icon, spec.translated_title())
                action = self.view_menu.addAction(tab_icon, spec.translated_title())
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
                action.triggered.connect(lambda _=False, i=index: self._show_tab(i))
            if current < 0:
                current = int(self.settings.value("window/tab", 0) or 0)
            self.tabs.setCurrentIndex(current if 0 <= current < len(TABS) else 0)
        finally:
            self._filling_tabs = False

    def _show_first_screen(self, first_screen: FirstScreen) -> None:
        """The calendar on what ``first_screen`` read; the rest when the database is open."""
        self.context = UiContext(
            first_screen.services,  # type: ignore[arg-type]
            self.events,
            self.undo_stack,
            self.settings,
        )
        self._fill_tabs()
        self.stack.setCurrentWidget(self.tabs)
        self._build_current_tab()
        self.documents_menu.refresh()
        self._show_location(first_screen.location, temporary=False, read_only=False)

    def complete_open(self, db: Database) -> None:
        """The database of the first screen, now open: the services, the change feed and the
        rest of what opening shows; the tab built on the first screen keeps what it shows
        (it is handed the services, not rebuilt)."""
        first_screen, self.first_screen = self.first_screen, None
        self._adopt_database(db)
        for page in self.built_pages():
            attach = getattr(page, "attach", None)
            if attach is not None:
                attach(self.context)
        if first_screen is not None:
            first_screen.close()
        if self._is_empty():  # emptied by another program meanwhile
            self.stack.setCurrentWidget(self.welcome)
        self._show_database_facts(db)

    def _show_location(self, where: str, *, temporary: bool, read_only: bool) -> None:
        """The database's name in the status bar and the window title."""
        # Only a copy that is thrown away at the end is called one; a sample file the user
        # wrote (``exchange-planner demo FILE``) keeps its edits and is named by its path.
        label = self.tr("Sample (temporary copy)") if temporary else where
        self.db_label.setText(label)
        self.db_label.setToolTip(plain_tooltip(where))
        if read_only:
            label = self.tr("%s (read-only)") % label
        self.setWindowTitle(f"{label} — {APP_NAME}")

    def _show_database_facts(self, db: Database, *, temporary: bool = False) -> None:
        self.documents_menu.refresh()  # the year's protocol needs the database only
        path = db.path
        # A server's address without its password.
        self._show_location(db.location, temporary=temporary, read_only=db.read_only)
        self._show_read_only(db)
        self._show_network_folder(db)
        if path is not None and not temporary:
            self._remember_recent(str(path))
            self.settings.setValue("database/last", str(path))

    def _show_read_only(self, db: Database) -> None:
        """A read-only database: the note in the status bar; nothing offered that writes."""
        self.read_only_note.setVisible(db.read_only)
        # The message holds a path: escaped, so a tooltip never takes it for markup.
        self.read_only_note.setToolTip(plain_tooltip(db.read_only_message) if db.read_only else "")
        for action in (self.backup_action, self.import_action, self.settings_action):
            action.setEnabled(not db.read_only)
        self.welcome.set_read_only(db.read_only)
        if db.read_only:
            self.statusBar().showMessage(db.read_only_message, 15000)

    def open_new_window(self) -> MainWindow | None:
        """A second window on this database (e.g. a visit beside the calendar). It has its
        own connection and undo history; the change feed keeps both windows in step."""
        assert self.db is not None
        try:
            db = open_database(self.db.url)
        except ExchangePlannerError as error:
            fail(self, self.tr("New window"), str(error))
            return None
        window = MainWindow(db, self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _other_windows.append(window)
        window.destroyed.connect(lambda *_: _other_windows.remove(window))
        window.show()
        return window

    def _show_network_folder(self, db: Database) -> None:
        """Warn once per opening that a SQLite file on a network folder can be damaged when
        several people write it; the note stays in the status bar."""
        kind = db.network_file_system
        self.network_note.setVisible(kind is not None)
        if kind is None or db.read_only:
            self.network_note.setToolTip("")
            return
        text = self.tr(
            "%1 lies on a network folder (%2). SQLite cannot share a file safely over a "
            "network: when several people write it at once, changes can be lost or the file "
            "damaged. Work on it alone, or move the plans to a PostgreSQL server for a team "
            "(File > Open database… takes a postgresql:// address)."
        )
        text = text.replace("%1", str(db.path)).replace("%2", kind)
        self.network_note.setToolTip(plain_tooltip(text))
        self.network_warning = warn(self, self.tr("Network folder"), text, wait=False)

    def _is_empty(self) -> bool:
        assert self.context is not None
        services = self.context.services
        return services.partnerships.is_empty() and services.people.is_empty()

    def _maybe_leave_welcome(self, *_: object) -> None:
        if self.stack.currentWidget() is self.welcome and not self._is_empty():
            self.stack.setCurrentWidget(self.tabs)

    @Slot(str)
    def _show_connection_state(self, state: str) -> None:
        """The server went away (until it is back) or came back (for a while); else nothing.
        Edits made meanwhile are refused next to their field and stay in it."""
        self._connection_note_timer.stop()
        note = self.connection_note
        # Only a server's listener reports a state (it has loaded psycopg): a SQLite file's
        # window does not import it.
        lost, reconnected = _server_states() if state else ("", "")
        if state and state == lost:
            note.setText(self.tr("Database server unreachable — reconnecting…"))
            note.setToolTip(
                plain_tooltip(
                    self.tr(
                        "The connection to the database server was lost. Changes cannot be "
                        "saved until it is back; what you typed stays in its field."
                    )
                )
            )
            note.show()
        elif state and state == reconnected:
            note.setText(self.tr("Reconnected"))
            note.setToolTip(
                plain_tooltip(
                    self.tr("The database server answers again; everything shown was re-read.")
                )
            )
            note.show()
            self._connection_note_timer.start(self.RECONNECTED_SHOWN_MS)
        else:
            note.clear()
            note.setToolTip("")
            note.hide()

    def _open_path(self, path: str, *, temporary: bool = False) -> bool:
        try:
            db = open_database(path)
        except ExchangePlannerError as error:
            # The current database stays open; the refused file was not changed.
            show_open_error(self, self.tr("Cannot open database"), str(error))
            return False
        self.set_database(db, temporary=temporary)
        if not db.read_only:  # a read-only one says so, and why, in the status bar instead
            self.statusBar().showMessage(self.tr("Opened %s") % path, 5000)
        return True

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(Path.home() / "exchange-planner.sqlite3"),
            self.tr("Exchange Planner databases (*.sqlite3 *.db);;All files (*)"),
        )
        if not path:
            return
        if Path(path).exists():
            warn(
                self,
                self.tr("New database"),
                self.tr("%s already exists. Use Open to work with it, or choose another name.")
                % path,
            )
            return
        self._open_path(path)

    def _open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(Path.home()),
            self.tr("Exchange Planner databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self._open_path(path)

    def open_sample(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="exchange-planner-sample-"))
        self._temporary_dirs.append(folder)
        path = write_sample(folder / "sample.sqlite3")
        self._open_path(str(path), temporary=True)

    def _start_planning(self) -> None:
        from exchange_planner.ui.directory.tab import DirectoryTab

        for index, spec in enumerate(TABS):
            if "partnership" in spec.handles:
                self._show_tab(index)
                page = self.tab_page(index)
                # The button promises to add one: do so, with the city name ready to type.
                if isinstance(page, DirectoryTab):
                    page.create_new("partnership")

    def _backup_now(self) -> None:
        assert self.db is not None
        try:
            target = self.db.backup("manual")
        except OSError as error:
            fail(self, self.tr("Backup failed"), str(error))
            return
        if target is None:
            inform(
                self,
                self.tr("Back up"),
                self.tr("This database is not a local file; back it up with the server's tools."),
            )
            return
        self.statusBar().showMessage(self.tr("Backup written to %s") % target, 10000)

    def _import_json(self) -> None:
        from exchange_planner.ui.interchange import import_exchange_file

        run = import_exchange_file(self, self.context)
        if run is not None:
            run.finished.connect(lambda _counts: self.set_database(self.db))  # type: ignore[arg-type]

    def import_given_file(self, path: Path) -> Any:
        """An exchange file given to open (``exchange-planner-gui FILE``, a file manager):
        say what would happen and import only after the user agreed. An exchange file goes
        into an empty database; when this one holds plans, a new database is offered for
        it. Returns the running import (an ``ExchangeImport``), or None when nothing runs."""
        from exchange_planner.ui.interchange import ExchangeImport

        assert self.db is not None
        title = self.tr("Import exchange file")
        where = self.db.location
        if self.db.read_only:
            fail(
                self,
                title,
                self.tr("%1 is read-only; the exchange file %2 was not imported.")
                .replace("%1", where)
                .replace("%2", str(path)),
            )
            return None
        if self._is_empty():
            question = self.tr(
                "Import the exchange file %1 into the database %2?\n\nThe file is read and "
                "checked first; nothing is written unless every record in it passes."
            )
            if not ask(self, title, question.replace("%1", str(path)).replace("%2", where)):
                self.statusBar().showMessage(self.tr("Nothing was imported"), 5000)
                return None
        else:
            question = self.tr(
                "%1 is an exchange file. An exchange file is imported only into an empty "
                "database, and %2 already holds plans.\n\nCreate a new database and import "
                "the file into it?"
            )
            if not ask(self, title, question.replace("%1", str(path)).replace("%2", where)):
                self.statusBar().showMessage(self.tr("Nothing was imported"), 5000)
                return None
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("New database"),
                str(path.with_suffix(".sqlite3")),
                self.tr("Exchange Planner databases (*.sqlite3 *.db);;All files (*)"),
            )
            if not target:
                return None
            if Path(target).exists():
                warn(
                    self,
                    self.tr("New database"),
                    self.tr("%s already exists. Use Open to work with it, or choose another name.")
                    % target,
                )
                return None
            if not self._open_path(target):
                return None
        assert self.context is not None
        run = ExchangeImport(self, self.context, path)
        run.finished.connect(lambda _counts: self.set_database(self.db))  # type: ignore[arg-type]
        return run

    def _export_json(self) -> None:
        from exchange_planner.ui.interchange import export_exchange_file

        export_exchange_file(self, self.context)

    # --- personal data (issue 18: erasure after retention) ----------------------------------
    def _add_privacy_action(self, file_menu: Any) -> None:
        self.privacy_action = self._action(self.tr("Personal &data…"), None, self.open_privacy)
        self.privacy_action.setObjectName("privacy_action")
        self.privacy_action.setStatusTip(
            self.tr("Retention of personal data, what is due, and its erasure with an export")
        )
        file_menu.addAction(self.privacy_action)
        self.privacy_dialog: Any = None

    def open_privacy(self) -> None:
        from exchange_planner.ui.privacy_dialog import open_privacy_dialog

        self.privacy_dialog = open_privacy_dialog(self, self.context)

    # --- settings --------------------------------------------------------------------------
    def open_settings(self) -> None:
        from exchange_planner.ui.settings_dialog import SettingsDialog

        if self.context is None:
            return
        self.settings_dialog = SettingsDialog(self.context, self)
        self.settings_dialog.open()

    # --- recent files ----------------------------------------------------------------------
    def _recent(self) -> list[str]:
        value = self.settings.value("database/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in (value or [])]

    def _remember_recent(self, path: str) -> None:
        recent = [path, *(item for item in self._recent() if item != path)][:MAX_RECENT]
        self.settings.setValue("database/recent", recent)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [item for item in self._recent() if Path(item).exists()]
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for index, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{index} {path}")
            action.triggered.connect(lambda _=False, p=path: self._open_path(p))

    def _set_current(self, kind: str, record_id: int) -> None:
        if record_id:
            self.current[kind] = record_id
        else:
            self.current.pop(kind, None)

    # --- navigation ------------------------------------------------------------------------
    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)  # first: leaving the welcome page builds only this tab
        self.stack.setCurrentWidget(self.tabs)

    @property
    def pages(self) -> list[TabPage]:
        """Every tab's page, in order (building those not shown yet)."""
        return [self.tab_page(index) for index in range(self.tabs.count())]

    def built_pages(self) -> list[TabPage]:
        """The pages built so far (shown at least once)."""
        return [
            widget
            for index in range(self.tabs.count())
            if isinstance(widget := self.tabs.widget(index), TabPage)
        ]

    def page(self, cls: type[TabPage]) -> TabPage | None:
        for index, spec in enumerate(TABS):
            if spec.class_name == cls.__name__ and spec.module == cls.__module__:
                return self.tab_page(index)
        return None

    def tab_page(self, index: int) -> TabPage:
        """The page of tab ``index``, built now if it was not yet."""
        widget = self.tabs.widget(index)
        if isinstance(widget, TabPage):
            return widget
        assert isinstance(widget, UnbuiltTab) and self.context is not None
        if self.first_screen is not None and index != 0:
            self.first_screen.finish_now()  # only the calendar is built on the first screen
        page = widget.spec.load()(self.context, self.tabs)
        if self.db is not None and self.db.read_only:
            from exchange_planner.ui.read_only import lock

            lock(page)
        current = self.tabs.currentIndex()
        filling, self._filling_tabs = self._filling_tabs, True
        updates = self.tabs.updatesEnabled()
        self.tabs.setUpdatesEnabled(False)
        try:
            text, tab_icon, tip = (
                self.tabs.tabText(index),
                self.tabs.tabIcon(index),
                self.tabs.tabToolTip(index),
            )
            self.tabs.insertTab(index, page, tab_icon, text)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.removeTab(index + 1)
            widget.deleteLater()
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.setUpdatesEnabled(updates)
            self._filling_tabs = filling
        return page

    def _build_current_tab(self, *_: object) -> None:
        """The tab shown is built before it paints (a click, Ctrl+1..5, a record shown)."""
        if self._filling_tabs or self.stack.currentWidget() is not self.tabs:
            return
        index = self.tabs.currentIndex()
        if index >= 0:
            self.tab_page(index)

    def show_record(self, kind: str, record_id: int) -> None:
        for index, spec in enumerate(TABS):
            if kind in spec.handles and self.tab_page(index).show_record(kind, record_id):
                self._show_tab(index)
                return
        self.statusBar().showMessage(
            self.tr("Cannot show record #%d (%s)") % (record_id, kind), 5000
        )

    # --- help ------------------------------------------------------------------------------
    def _show_log_folder(self) -> None:
        from exchange_planner.logs import log_dir
        from exchange_planner.ui.errors import open_log_folder

        if not open_log_folder():
            # No file manager to open it with: at least say where it is (the path selectable).
            box = message_box(
                self,
                QMessageBox.Icon.Information,
                self.tr("Log folder"),
                self.tr("The log folder is %s") % log_dir(),
                QMessageBox.StandardButton.Close,
            )
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.open()

    def _about(self) -> None:
        from exchange_planner.ui.about import AboutDialog

        if self.about_dialog is not None:
            self.about_dialog.close()
            self.about_dialog.deleteLater()
        self.about_dialog = AboutDialog(
            self,
            database=self.db.location if self.db is not None else "",
            settings_file=self.settings.fileName(),
        )
        self.about_dialog.open()

    # --- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # Every edit is saved as it is made, so closing loses nothing.
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        if self.feed is not None:
            self.feed.close()  # its watcher thread ends here
            self.feed = None
        # The application outlives the window (a second window, tests): it no longer asks us.
        if self._undo_fallback is not None:
            QApplication.instance().removeEventFilter(self._undo_fallback)
        if self.db is not None:
            self.db.dispose()
        for folder in self._temporary_dirs:
            shutil.rmtree(folder, ignore_errors=True)
        super().closeEvent(event)
