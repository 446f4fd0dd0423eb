"""Every action and every button of the main window, triggered as a user would.

Per tab (and for the menu bar, and the welcome page of an empty database), in English and
German, on the sample and on an empty database: each enabled action of the menus (submenus
too), of the toolbars and of the visible widgets' context menus and shortcuts is triggered,
each enabled, visible button clicked (in every sub-tab, e.g. the visit editor's sections).
Dialogs are answered No / Cancel at once and file dialogs return nothing, so nothing is
written outside the test database. A step fails on an exception in a slot and on a log
record at ERROR. Only what would replace or leave the open database is left alone (quit,
new/open database, recent files, the sample). The calendar's views are clicked, double-clicked
and right-clicked; at the end Edit > Undo takes back every edit of the walk and Edit > Redo
makes it again.

A second test types into every text field that shows a stored value and then switches tabs:
the text must be stored, or a message next to the field must say why not.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QTabWidget, QWidget
from walker import LANGUAGES, DialogCloser, Failure, WindowWalker, settle, translated

from exchange_planner.storage.database import open_database

AREAS = ("menus", "welcome", "calendar", "delegations", "residencies", "exhibitions", "directory")
TAB_OF = {"calendar": 0, "delegations": 1, "residencies": 2, "exhibitions": 3, "directory": 4}
DATABASES = ("sample", "empty")
DEBUG_STEPS = bool(os.environ.get("EXCHANGE_PLANNER_WALK_STEPS"))


class KnownDefect(Exception):
    """Raised when the only failures are known defects that another branch fixes."""


@dataclass(frozen=True)
class Known:
    """A defect in code another branch owns: the steps named by ``texts`` (source strings of
    ``context``, matched translated) fail with ``error``. The lead deletes the entry after
    merging ``branch``; strict xfail makes a fixed defect fail until then."""

    area: str
    context: str
    texts: tuple[str, ...]
    error: str
    reason: str

    def matches(self, failure: Failure) -> bool:
        step = failure.step.rsplit("> ", 1)[-1].removeprefix("button ").removeprefix("action ")
        names = {QCoreApplication.translate(self.context, text) for text in self.texts}
        return step in names and failure.error.startswith(self.error)


#: Defects of files outside a change, expected to fail until fixed (strict xfail): none today.
KNOWN: tuple[Known, ...] = ()


def _cases() -> list[object]:
    cases = []
    for area in AREAS:
        for language in LANGUAGES:
            for database in DATABASES:
                if area == "welcome" and database == "sample":
                    continue  # the sample opens on the tabs
                reasons = [known.reason for known in KNOWN if known.area == area]
                marks = [
                    pytest.mark.xfail(strict=True, raises=KnownDefect, reason="; ".join(reasons))
                ]
                cases.append(
                    pytest.param(
                        area,
                        language,
                        database,
                        id=f"{area}-{language}-{database}",
                        marks=marks if reasons else [],
                    )
                )
    return cases


def _poke_calendar(walker: WindowWalker, window: QWidget, page: QWidget) -> None:
    """Each view of the calendar, clicked, double-clicked and right-clicked here and there."""
    for name in ("month", "week", "agenda"):
        walker.step(f"calendar > {name} view", lambda n=name: page.set_view(n))  # type: ignore[attr-defined]
        view = page.current_view()  # type: ignore[attr-defined]
        walker.poke(
            view,
            f"calendar > {name} view ",
            columns=3,
            rows=2,
            show=lambda: window.tabs.setCurrentWidget(page),  # type: ignore[attr-defined]
        )


def _undo_and_redo_everything(walker: WindowWalker, window: QWidget) -> None:
    """Edit > Undo until nothing is left, then Edit > Redo as far: every edit of the walk."""
    undo, redo = window.edit_menu.actions()[:2]  # type: ignore[attr-defined]
    for action in (undo, redo):
        for _ in range(60):
            if not action.isEnabled():
                break
            walker.step(f"Edit > {_plain_text(action.text())}", action.trigger)


def _plain_text(text: str) -> str:
    return text.replace("&", "")


def _leaves_the_database(text: str) -> bool:
    """Quit, new/open database, recent files, the sample: they replace what is walked (or,
    for a new window, open one that is not walked)."""
    plain = text.replace("&", "")
    for context, source in (
        ("MainWindow", "&Quit"),
        ("MainWindow", "&New database…"),
        ("MainWindow", "New &window"),  # opens a window of its own: tests/ui/test_team_identity.py
        ("MainWindow", "&Open database…"),
        ("MainWindow", "Open &recent"),
        ("MainWindow", "Open the &sample (temporary copy)"),
        ("WelcomePage", "Explore the Leipzig–Gwangju sample"),
    ):
        if plain == QCoreApplication.translate(context, source).replace("&", ""):
            return True
    return False


@pytest.fixture
def no_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """File dialogs return "nothing chosen"; opening a URL (file manager, PDF viewer) only
    records it."""
    asked: list[str] = []

    def answer(name: str, result: object) -> staticmethod:  # type: ignore[type-arg]
        def dialog(*_args: object, **_kwargs: object) -> object:
            asked.append(name)
            return result

        return staticmethod(dialog)

    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, answer(name, ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer("getOpenFileNames", ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer("getExistingDirectory", ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", answer("openUrl", True))
    return asked


@pytest.mark.parametrize(("area", "language", "database"), _cases())
def test_every_action_and_button(
    qtbot,  # type: ignore[no-untyped-def]
    qt_settings,  # type: ignore[no-untyped-def]
    sample_db_path: Path,
    tmp_path: Path,
    no_file_dialogs: list[str],
    area: str,
    language: str,
    database: str,
) -> None:
    from exchange_planner.ui.main_window import MainWindow

    path = sample_db_path if database == "sample" else tmp_path / "empty.sqlite3"
    with translated(language), DialogCloser() as closer:
        window = MainWindow(open_database(path), qt_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        settle()
        walker = WindowWalker(qtbot, closer, skip=_leaves_the_database)
        if area == "menus":
            for action in window.menuBar().actions():
                if action.menu() is not None:
                    walker.trigger_menu(action.menu())
        elif area == "welcome":
            assert window.stack.currentWidget() is window.welcome
            # Each button leaves the page: show it again for the next one.
            for button in window.welcome.findChildren(QAbstractButton):
                window.stack.setCurrentWidget(window.welcome)
                walker.click(button, "welcome > ")
        else:
            # An empty database opens on the welcome page; View > (tab) leads past it.
            walker.step("View > tab", window.view_menu.actions()[TAB_OF[area]].trigger)
            page = window.pages[TAB_OF[area]]
            assert window.tabs.currentWidget() is page
            walker.walk(page, f"{area} > ")
            if area == "calendar":
                _poke_calendar(walker, window, page)
            _undo_and_redo_everything(walker, window)
        known = [f for f in walker.failures if any(k.area == area and k.matches(f) for k in KNOWN)]
        unknown = [f for f in walker.failures if f not in known]
        assert len(walker.done) >= 2, walker.done
        if DEBUG_STEPS:
            print("\n".join(walker.done + closer.seen))
        window.close()
    assert unknown == [], "\n".join(str(failure) for failure in unknown)
    if known:
        raise KnownDefect("\n".join(str(failure) for failure in known))


def test_the_walker_fails_a_step_on_an_exception_or_an_error_log(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The net itself: a slot that raises and one that logs an error are both caught, each
    named by the button that ran it; a quiet one is not."""
    import logging

    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    def raises() -> None:
        raise RuntimeError("broken slot")

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text, slot in (
        ("Raise", raises),
        ("Log", lambda: logging.getLogger("exchange_planner").error("went wrong")),
        ("Quiet", lambda: None),
    ):
        button = QPushButton(text, root)
        button.clicked.connect(slot)
        layout.addWidget(button)
    root.show()
    with DialogCloser() as closer:
        walker = WindowWalker(qtbot, closer)
        walker.walk(root, "test > ")
    assert [str(failure) for failure in walker.failures] == [
        "test > button Raise: RuntimeError: broken slot",
        "test > button Log: log ERROR: went wrong",
    ]
    assert walker.done == ["test > button Raise", "test > button Log", "test > button Quiet"]


# --- typed text is kept ---------------------------------------------------------------------
TYPING_AREAS = ("delegations", "residencies", "exhibitions", "directory")
#: Areas whose editors lose typed text today: area -> reason (strict xfail, like KNOWN).
KNOWN_LOSSES: dict[str, str] = {}


class LostText(AssertionError):
    """Typed text was neither stored nor refused with a message."""


def _stored_anywhere(path: Path, text: str) -> bool:
    """Whether any text column of any table of the SQLite file contains ``text``."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for column in db.execute(f'PRAGMA table_info("{table}")'):
                name, kind = column[1], (column[2] or "").upper()
                if "CHAR" in kind or "TEXT" in kind or "CLOB" in kind or not kind:
                    query = f'SELECT 1 FROM "{table}" WHERE "{name}" LIKE ? LIMIT 1'
                    if db.execute(query, (f"%{text}%",)).fetchone():
                        return True
    return False


def _text_fields(root: QWidget) -> list[QWidget]:
    """The visible, editable text fields under ``root`` that show a stored value (an empty
    field may be the input of an action, such as "add a new person", and so is a field marked
    with the property ``action_input``; pickers choose records)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    from exchange_planner.ui.widgets.pickers import RecordPicker

    fields: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.property("action_input"):
            continue
        if isinstance(widget, QLineEdit):
            if isinstance(widget, RecordPicker) or widget.isReadOnly() or not widget.text():
                continue
            if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                continue
            fields.append(widget)
        elif (
            isinstance(widget, QPlainTextEdit) and not widget.isReadOnly() and widget.toPlainText()
        ):
            fields.append(widget)
    return fields


def _click_first_rows(qtbot, root: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A list shown without a current row gets its first row clicked, as a user picks one."""
    from PySide6.QtWidgets import QAbstractItemView

    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or view.currentIndex().isValid():
            continue
        if model.rowCount() and model.index(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable:
            rect = view.visualRect(model.index(0, 0))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            settle()


def _messages_shown(window: QWidget) -> set[str]:
    from PySide6.QtWidgets import QLabel

    return {
        f"{label.objectName()}: {label.text()}"
        for label in window.findChildren(QLabel)
        if label.isVisible()
        and label.text()
        and (label.objectName().startswith("error_") or label.objectName() == "section_message")
    }


def _loss_cases() -> list[object]:
    return [
        pytest.param(
            area,
            marks=[pytest.mark.xfail(strict=True, raises=LostText, reason=KNOWN_LOSSES[area])]
            if area in KNOWN_LOSSES
            else [],
        )
        for area in TYPING_AREAS
    ]


@pytest.mark.parametrize("area", _loss_cases())
def test_typed_text_is_saved_or_refused_with_a_message(
    qtbot,  # type: ignore[no-untyped-def]
    qt_settings,  # type: ignore[no-untyped-def]
    sample_db_path: Path,
    no_file_dialogs: list[str],
    area: str,
) -> None:
    """In every text field that shows a stored value (every sub-tab), type a new text, leave
    the field with Tab and switch to another tab and back: the text is then stored, or a
    message next to the field (or above the form) says why not. Nothing is lost silently."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from exchange_planner.ui.main_window import MainWindow

    with DialogCloser() as closer:
        window = MainWindow(open_database(sample_db_path), qt_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()  # the focus, and with it "editing finished", needs it
        qtbot.waitUntil(window.isActiveWindow)
        window.view_menu.actions()[TAB_OF[area]].trigger()
        settle()
        page = window.pages[TAB_OF[area]]
        other = window.view_menu.actions()[(TAB_OF[area] + 1) % len(window.pages)]
        here = window.view_menu.actions()[TAB_OF[area]]
        states: list[tuple[str, Callable[[], object]]] = [("", lambda: None)]
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                states.append(
                    (f"{tabs.tabText(index)} > ", lambda t=tabs, i=index: t.setCurrentIndex(i))
                )
        lost: list[str] = []
        typed = 0
        for where, show in states:
            show()
            settle()
            _click_first_rows(qtbot, page)
            for field in _text_fields(page):
                typed += 1
                marker = f"Qa{typed}typed"
                before = _messages_shown(window)
                dialogs = len(closer.seen)
                window.activateWindow()  # again: a completer's popup takes it away
                qtbot.waitUntil(window.isActiveWindow)
                field.setFocus()
                if isinstance(field, QLineEdit):
                    field.selectAll()
                else:
                    assert isinstance(field, QPlainTextEdit)
                    field.selectAll()
                qtbot.keyClicks(field, marker)
                qtbot.keyClick(field, Qt.Key.Key_Tab)
                closer.flush()
                other.trigger()  # away to another tab and back, as a user checks elsewhere
                here.trigger()
                show()
                closer.flush()
                refused = _messages_shown(window) - before or len(closer.seen) > dialogs
                if DEBUG_STEPS:
                    print(f"{where}{field.objectName()}: refused={bool(refused)}")
                if not refused and not _stored_anywhere(sample_db_path, marker):
                    lost.append(f"{area} > {where}{field.objectName() or type(field).__name__}")
        window.close()
    assert typed >= 2, "no fields found to type into"
    if lost:
        raise LostText("typed text lost without a message:\n" + "\n".join(lost))
