"""Walks the main window as a user would: every tab, every menu action, every button.

Used by the whole-window tests: ``DialogCloser`` rejects every modal dialog and closes every
popup as soon as it shows, ``translated`` installs the shipped translations, and
``WindowWalker`` triggers what a user can trigger, one step at a time, and records each step.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from exchange_planner import APP_ID
from exchange_planner.ui.app import install_translators

LANGUAGES = ("en", "de", "ko")


@contextlib.contextmanager
def translated(language: str) -> Iterator[None]:
    """The application's and Qt's own translations for ``language``, as ui/app.py loads them,
    with the default locale set to match; both are undone on exit."""
    app = QCoreApplication.instance()
    assert app is not None
    previous_locale = QLocale()
    locale = QLocale(
        {"de": QLocale.Language.German, "ko": QLocale.Language.Korean}.get(
            language, QLocale.Language.English
        )
    )
    QLocale.setDefault(locale)
    installed = install_translators(app, locale)
    assert APP_ID in installed, f"{APP_ID}_{language}.qm did not load"
    try:
        yield
    finally:
        for translator in installed.values():
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def settle() -> None:
    """Deliver posted events, deferred deletes and zero-delay timers."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class DialogCloser(QObject):
    """Closes whatever a step opens: popups (menus), then modal dialogs (message boxes are
    answered with their Escape button, i.e. No / Cancel; other dialogs are rejected).

    A timer polls while a nested event loop runs (``exec()``); ``flush`` does the same at
    once after a step (dialogs opened with ``open()`` return immediately)."""

    def __init__(
        self, interval_ms: int = 5, inspect: Callable[[QWidget], None] | None = None
    ) -> None:
        super().__init__()
        self.seen: list[str] = []
        #: Called with each popup and dialog before it is closed (e.g. to read its labels).
        self.inspect = inspect
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.close_one)

    def __enter__(self) -> DialogCloser:
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.stop()
        self.flush()

    def close_one(self) -> bool:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            self.seen.append(f"popup {type(popup).__name__}")
            if self.inspect is not None:
                self.inspect(popup)
            popup.close()
            return True
        modal = QApplication.activeModalWidget()
        if modal is None:
            modal = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, QDialog) and w.isVisible() and w.isModal()
                ),
                None,
            )
        if modal is None:
            return False
        self.seen.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
        if self.inspect is not None:
            self.inspect(modal)
        if isinstance(modal, QMessageBox) and modal.escapeButton() is not None:
            modal.escapeButton().click()
        elif isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        return True

    def flush(self) -> None:
        for _ in range(20):
            settle()
            if not self.close_one():
                settle()
                return


@dataclass
class Failure:
    step: str
    error: str  # "ValueError: True", or "log ERROR: <message>"

    def __str__(self) -> str:
        return f"{self.step}: {self.error}"


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record not in self.records:  # seen once per logger it passes
            self.records.append(record)


@dataclass
class WindowWalker:
    """Triggers everything enabled under a widget, one step at a time: an exception in a slot
    or a log record at ERROR during a step becomes a :class:`Failure` of that step.

    ``skip(text)`` names actions and buttons to leave alone."""

    qtbot: Any
    closer: DialogCloser
    skip: Callable[[str], bool] = lambda _text: False
    #: Called after each step with its name (e.g. to look at what is shown now).
    after_step: Callable[[str], None] | None = None
    done: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    #: Kept so that ids stay unique while the walk runs.
    _seen: dict[int, object] = field(default_factory=dict)

    def step(self, what: str, run: Callable[[], object]) -> None:
        self.done.append(what)
        handler = _ErrorRecords()
        # The application's own logger too, in case it does not propagate to the root.
        loggers = (logging.getLogger(), logging.getLogger("exchange_planner"))
        for logger in loggers:
            logger.addHandler(handler)
        try:
            with self.qtbot.captureExceptions() as exceptions:
                run()
                self.closer.flush()
        finally:
            for logger in loggers:
                logger.removeHandler(handler)
        if self.after_step is not None:
            self.after_step(what)
        for _type, value, _tb in exceptions:
            self.failures.append(Failure(what, f"{type(value).__name__}: {value}"))
        for record in handler.records:
            self.failures.append(Failure(what, f"log ERROR: {record.getMessage()}"))

    def _first_time(self, thing: object) -> bool:
        if id(thing) in self._seen:
            return False
        self._seen[id(thing)] = thing
        return True

    # --- actions --------------------------------------------------------------------------
    def trigger_menu(self, menu: QMenu, path: str = "") -> None:
        """Every enabled action of ``menu`` and its submenus, each menu shown first (about to
        show), as a user opens it."""
        if self.skip(menu.title()):
            return
        self.step(f"{path}{_plain(menu.title())} (open)", menu.aboutToShow.emit)
        if self.closer.inspect is not None:
            self.closer.inspect(menu)
        where = f"{path}{_plain(menu.title())} > "
        for action in list(menu.actions()):
            if not shiboken6.isValid(action) or action.isSeparator():
                continue
            if action.menu() is not None:
                self.trigger_menu(action.menu(), where)
                continue
            self.trigger_action(action, where)

    def trigger_action(self, action: QAction, where: str = "") -> None:
        if not self._first_time(action):
            return
        if not action.isEnabled() or not action.isVisible() or self.skip(action.text()):
            return
        name = _plain(action.text()) or action.shortcut().toString()
        self.step(f"{where}{name}", action.trigger)

    def trigger_widget_actions(self, root: QWidget, where: str = "") -> None:
        """The actions added to visible widgets under ``root`` (context menus, shortcuts):
        a hidden widget's shortcut cannot be pressed, so those are left alone."""
        for widget in [root, *root.findChildren(QWidget)]:
            if not shiboken6.isValid(widget) or not widget.isVisible():
                continue
            for action in widget.actions():
                if action.menu() is not None:
                    self.trigger_menu(action.menu(), where)
                elif action.text() or action.shortcut().count():
                    self.trigger_action(action, f"{where}action ")

    # --- buttons --------------------------------------------------------------------------
    def click_buttons(self, root: QWidget, where: str = "") -> None:
        """Click each enabled, visible button under ``root``, showing the sub-tab it sits in;
        then every action of its drop-down menu. Buttons that appear on the way are clicked
        too (one more round)."""
        for _round in range(2):
            for button in root.findChildren(QAbstractButton):
                if shiboken6.isValid(button) and id(button) not in self._seen:
                    self.click(button, where)

    def click(self, button: QAbstractButton, where: str = "") -> None:
        """Click ``button`` if a user could (shown, enabled), then its drop-down menu."""
        if isinstance(button.parent(), QTabBar):
            return  # the tab bar's scroll arrows; the tabs themselves are walked
        if not _show_container(button):
            return
        if not shiboken6.isValid(button) or not button.isVisible() or not button.isEnabled():
            return
        if button.width() <= 0 or button.height() <= 0:
            return
        text = button.text() or button.toolTip() or button.objectName() or type(button).__name__
        self._first_time(button)
        if self.skip(text):
            return
        menu = button.menu() if isinstance(button, QToolButton) else None
        self.step(
            f"{where}button {_plain(text)}",
            lambda: self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton),
        )
        if menu is not None and shiboken6.isValid(menu):
            self.trigger_menu(menu, f"{where}{_plain(text)} > ")

    # --- painted views ---------------------------------------------------------------------
    def poke(
        self,
        view: QWidget,
        where: str = "",
        *,
        columns: int = 4,
        rows: int = 3,
        show: Callable[[], object] | None = None,
    ) -> None:
        """Click, double-click and right-click a grid of points of a painted view (the
        calendar): empty days open the new-entry dialog, entries open their record in
        another tab; ``show`` brings the view back before each point."""
        for row in range(rows):
            for column in range(columns):
                if show is not None:
                    show()
                    settle()
                if not shiboken6.isValid(view) or not view.isVisible():
                    return
                point = QPoint(
                    view.width() * (2 * column + 1) // (2 * columns),
                    view.height() * (2 * row + 1) // (2 * rows),
                )
                at = f"{where}({column},{row}) "
                self.step(
                    f"{at}click",
                    lambda p=point: self.qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=p),
                )
                self.step(f"{at}right click", lambda p=point: _context_menu(view, p))
                self.step(
                    f"{at}double click",
                    lambda p=point: self.qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=p),
                )

    # --- tabs -----------------------------------------------------------------------------
    def walk(self, root: QWidget, where: str = "") -> None:
        """Show every page of every tab widget under ``root`` in turn and trigger what it
        offers, then whatever else ``root`` shows."""
        for tabs in root.findChildren(QTabWidget):
            if not shiboken6.isValid(tabs):
                continue
            for index in range(tabs.count()):
                if not shiboken6.isValid(tabs) or not tabs.isTabEnabled(index):
                    continue
                label = f"{where}{_plain(tabs.tabText(index))} > "

                def show(t: QTabWidget = tabs, i: int = index) -> None:
                    if _show_container(t):
                        t.setCurrentIndex(i)

                self.step(f"{label}(show)", show)
                page = tabs.widget(index)
                if page is not None and page.isVisible():
                    self.click_buttons(page, label)
                    self.trigger_widget_actions(page, label)
        self.click_buttons(root, where)
        self.trigger_widget_actions(root, where)


def _context_menu(widget: QWidget, point: QPoint) -> None:
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, event)


def _show_container(widget: QWidget) -> bool:
    """Make the tab pages that hold ``widget`` current; False when a stacked page that is not
    a tab hides it (the application decides those, e.g. "nothing selected")."""
    child: QWidget | None = widget
    parent = widget.parentWidget()
    while parent is not None and child is not None:
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                if tabs.currentWidget() is not child:
                    tabs.setCurrentWidget(child)
                    settle()
            elif parent.currentWidget() is not child:
                return False
        child, parent = parent, parent.parentWidget()
    return True


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
