"""The first screen before the storage layer: the calendar read straight from a SQLite file.

Loading SQLAlchemy, SQLModel, pydantic, the table classes and the services takes most of a
start. A SQLite file that opening would not change (``storage.sql_read.sqlite_file_reader``:
at the current schema, in WAL mode, writable, private, intact) is read with the standard
library's sqlite3 instead, through the very SQL the calendar service runs
(``services/calendar_reading.py``), and the window is painted with the calendar's entries.
Right after that first paint, :class:`FullOpen` loads the storage layer in a worker thread
and then, in the GUI thread, opens the database as always and hands the window its services
(``MainWindow.complete_open``): the calendar keeps what it shows.

Until then the window looks and is complete; whatever the user does first (a click, a key, a
menu, a shortcut, closing the window) waits for the open to finish, under a busy cursor, and
then happens. Any other database (a server, an older schema, a read-only or damaged file, an
empty one) is opened the usual way before the window is built.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.calendar_reading import FileCalendar, open_file_calendar
from exchange_planner.ui.import_hook import plain_imports


def import_storage() -> None:
    """The storage layer and the services (what opening a database needs)."""
    with plain_imports():
        import exchange_planner.services.registry
        import exchange_planner.storage.database  # noqa: F401


@dataclass
class FirstScreenDatabase:
    """What the window and the calendar ask of the database before it is open: a file that
    is writable (``sqlite_file_reader`` read no other)."""

    location: str
    read_only: bool = False
    read_only_message: str = ""

    @property
    def path(self) -> Path:
        return Path(self.location)


class FirstScreenServices:
    """The services a tab built on the first screen asks for: the calendar's reading."""

    def __init__(self, calendar: FileCalendar, db: FirstScreenDatabase) -> None:
        self.calendar = calendar
        self.db = db


class FirstScreen:
    """An open quick reader on a SQLite file (closed with :meth:`close`)."""

    def __init__(self, location: str, close: Callable[[], None], calendar: FileCalendar) -> None:
        self.location = location
        self._close = close
        self.services = FirstScreenServices(calendar, FirstScreenDatabase(location))
        #: Completes the open at once (set by :class:`FullOpen`): a tab other than the
        #: calendar needs the real services.
        self.finish_now: Callable[[], None] = lambda: None

    def close(self) -> None:
        self._close()


def read_first_screen(location: str | None) -> FirstScreen | None:
    """The first screen of ``location`` when it is a SQLite file that can be read before the
    full open and holds plans; None when it takes the usual way."""
    if not location or "://" in location:
        return None
    path = Path(location).expanduser()
    opened = open_file_calendar(path)
    if opened is None:
        return None
    calendar, close = opened
    return FirstScreen(str(path.resolve()), close, calendar)


#: What a person does (and a program acting for one): these wait for the open to finish.
_USER_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.Close,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class FullOpen(QObject):
    """Finishes the open of the first screen's database: the storage layer loaded in a
    worker thread (:meth:`start`, after the first paint), then the database opened and
    handed to the window in the GUI thread. Until then it holds back what the user does:
    the first such event completes the open at once and is then delivered."""

    #: Emitted by the worker thread when the storage layer is loaded (or failed to load).
    _imported = Signal()

    def __init__(
        self,
        window: Any,
        location: str,
        *,
        on_failed: Callable[[str], None],
        on_opened: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.location = location
        self.on_failed = on_failed
        self.on_opened = on_opened
        self.done = False
        self.failed = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._import, name="load-storage", daemon=True)
        self._quitting = False
        self._imported.connect(self._complete, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self._about_to_quit)
        app.installEventFilter(self)
        window.first_screen.finish_now = self.finish_now

    # --- the worker ------------------------------------------------------------------------
    def start(self) -> None:
        """Load the storage layer in the worker thread (once; after the first paint)."""
        if self._quitting or self.done or self._thread.ident is not None:
            return
        self._thread.start()

    def _import(self) -> None:
        try:
            import_storage()
        except BaseException as error:  # told in the GUI thread
            self._error = error
        if not self._quitting:
            self._imported.emit()

    def _about_to_quit(self) -> None:
        """The application ends (its windows are taken down): nothing is held back any more,
        and the worker, if still loading, tells nobody. It is waited for: a thread still
        importing when the interpreter shuts down can abort the process."""
        self._quitting = True
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.wait_for_worker()

    def wait_for_worker(self) -> None:
        """Wait until the worker is done (at the end of the application: a thread still
        importing when the interpreter shuts down can abort the process)."""
        if self._thread.is_alive():
            self._thread.join()

    # --- the GUI thread --------------------------------------------------------------------
    def finish_now(self) -> None:
        """Complete the open now (waiting for the worker), under a busy cursor."""
        if self.done:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._thread.ident is None:
                self._error = None
                try:
                    import_storage()
                except Exception as error:
                    self._error = error
            else:
                self._thread.join()
            self._complete()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _complete(self) -> None:
        if self.done:
            return
        self.done = True
        first = self.window.first_screen
        try:
            if self._error is not None:
                text = QCoreApplication.translate("FullOpen", "%1 cannot be opened: %2")
                raise ExchangePlannerError(
                    text.replace("%1", self.location).replace("%2", str(self._error))
                )
            from exchange_planner.ui.main_window import open_database

            database = open_database(self.location)
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.window.complete_open(database)
        except ExchangePlannerError as error:  # e.g. changed underneath, or locked
            self.failed = True
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)  # nothing more reaches the window
            if first is not None:
                first.close()
            self.on_failed(str(error))
            return
        self.on_opened()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._quitting
            or event.type() not in _USER_EVENTS
            or not watched.isWidgetType()
            or not self._in_window(watched)
        ):
            return False
        if not self.done:
            self.finish_now()
        if not self.failed or event.type() == QEvent.Type.Close:
            return False
        # A window whose database could not be opened takes nothing more (it is being
        # closed): no key, click or shortcut (an accepted override keeps shortcuts off).
        event.accept()
        return True

    def _in_window(self, widget: Any) -> bool:
        """Whether ``widget`` is the window or inside it (its menus and popups too)."""
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False


class FirstPaint(QObject):
    """Calls ``then`` right after the first paint of ``widget`` (or after ``at_latest_ms``
    when it is not painted, e.g. a minimised window)."""

    def __init__(self, widget: QObject, then: Callable[[], None], at_latest_ms: int = 2000):
        super().__init__(widget)
        self.then = then
        self.fired = False
        widget.installEventFilter(self)
        self.widget = widget
        QTimer.singleShot(at_latest_ms, self, self._fire)

    def _fire(self) -> None:
        if not self.fired:
            self.fired = True
            self.widget.removeEventFilter(self)
            self.then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)
        return False
