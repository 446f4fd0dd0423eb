"""Labels in English, German and Korean: no accelerator letter (&) is used twice where a user can
press it, and every text fits the room it has at 1366x768.

Scopes, as Qt resolves Alt+letter:

- one menu: the texts of its visible actions (the menu bar's own menus, submenus, drop-down
  buttons' menus, context menus);
- one window as shown: the buddy labels, buttons, group boxes and tabs that are visible at
  once, plus the menu bar's titles (they are active in the whole main window);
- one dialog: likewise, every page of its tabs in turn.

The main window is shown tab by tab and sub-tab by sub-tab (the visit editor's sections, the
directory's sections ...); the dialogs are the ones the window's actions and buttons open,
caught as they show (the walker of test_every_action answers each with Cancel).

A text fits when a label, check box, radio button or push button is at least as wide as its
size hint (no cut-off words), no tab is narrower than its title, no toolbar hides buttons
behind its overflow arrow, and a dialog is wide enough for its title (text plus about 140 px
for the title bar's icon and buttons).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from walker import LANGUAGES, DialogCloser, WindowWalker, settle, translated

from exchange_planner.storage.database import open_database
from exchange_planner.ui.widgets.forms import ElidingComboBox

AREAS = ("menus", "calendar", "delegations", "residencies", "exhibitions", "directory")
TAB_OF = {"calendar": 0, "delegations": 1, "residencies": 2, "exhibitions": 3, "directory": 4}


def mnemonic(text: str) -> str | None:
    """The accelerator letter of ``text`` (lower case), None without one ("&&" is a literal &)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass(frozen=True)
class Clash:
    scope: str
    letter: str
    texts: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.scope}: &{self.letter} in " + ", ".join(repr(t) for t in self.texts)


def menu_clashes(menu: QMenu, scope: str) -> list[Clash]:
    letters: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            letters[letter].append(action.text())
    return _clashes(scope, letters)


def menu_bar_letters(window: QMainWindow) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if action.isVisible() and letter:
            letters[letter].append(action.text())
    return letters


def window_clashes(window: QWidget, scope: str) -> list[Clash]:
    """Clashes among what ``window`` shows now (widgets of other windows are left out)."""
    letters: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, QMainWindow):
        for letter, texts in menu_bar_letters(window).items():
            letters[letter].extend(texts)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                letters[letter].append(text)
    return _clashes(scope, letters)


def _clashes(scope: str, letters: dict[str, list[str]]) -> list[Clash]:
    return [
        Clash(scope, letter, tuple(texts)) for letter, texts in letters.items() if len(texts) > 1
    ]


def dialog_clashes(dialog: QWidget, scope: str) -> list[Clash]:
    """The dialog as it opens, then with each page of each of its tab widgets shown."""
    found = window_clashes(dialog, scope)
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            found += window_clashes(dialog, f"{scope} > {_plain(tabs.tabText(index))}")
    return found


@dataclass(frozen=True)
class Clip:
    scope: str
    what: str

    def __str__(self) -> str:
        return f"{self.scope}: {self.what}"


@dataclass(frozen=True)
class Known:
    """Findings in files another branch owns, in the cases (``areas`` x ``language``) that
    show them: a clash of one of ``letters`` or a clip whose text contains ``text``, in a
    scope starting with ``scope``. The lead deletes the entry after merging that branch;
    strict xfail makes a fixed finding fail until then."""

    areas: tuple[str, ...]
    language: str
    scope: str
    letters: str
    reason: str
    text: str = ""  # for a clip

    def matches(self, finding: Clash | Clip, language: str) -> bool:
        if language != self.language or not finding.scope.startswith(self.scope):
            return False
        if isinstance(finding, Clip):
            return bool(self.text) and self.text in finding.what
        return not self.text and finding.letter in self.letters


KNOWN: tuple[Known, ...] = ()
KNOWN_CLIPS: tuple[Known, ...] = ()


class KnownFinding(Exception):
    """Raised when the only findings are known ones in files another branch owns."""


def _cases(known: tuple[Known, ...]) -> list[object]:
    cases = []
    for area in AREAS:
        for language in LANGUAGES:
            reasons = sorted(
                {k.reason for k in known if k.language == language and area in k.areas}
            )
            marks = [pytest.mark.xfail(strict=True, raises=KnownFinding, reason="; ".join(reasons))]
            cases.append(
                pytest.param(
                    area, language, id=f"{area}-{language}", marks=marks if reasons else []
                )
            )
    return cases


def _shown_tabs(window: QWidget) -> list[str]:
    """The titles of the tabs shown, outer to inner: where the user is."""
    return [
        _plain(tabs.tabText(tabs.currentIndex()))
        for tabs in window.findChildren(QTabWidget)
        if tabs.isVisible() and tabs.window() is window
    ]


def _poke_calendar(walker: WindowWalker, window: QWidget, page: QWidget) -> None:
    """Each view of the calendar, clicked, double-clicked and right-clicked here and there."""
    for name in ("month", "week", "agenda"):
        walker.step(f"calendar > {name} view", lambda n=name: page.set_view(n))  # type: ignore[attr-defined]
        view = page.current_view()  # type: ignore[attr-defined]
        walker.poke(
            view,
            f"calendar > {name} view ",
            show=lambda: window.tabs.setCurrentWidget(page),  # type: ignore[attr-defined]
        )


def _leaves_the_database(text: str) -> bool:
    plain = text.replace("&", "")
    return any(
        plain == QCoreApplication.translate("MainWindow", source).replace("&", "")
        for source in (
            "&Quit",
            "&New database…",
            "New &window",  # opens a window that is not walked
            "&Open database…",
            "Open &recent",
            "Open the &sample (temporary copy)",
        )
    )


@pytest.fixture
def no_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def nothing(result: object) -> staticmethod:  # type: ignore[type-arg]
        return staticmethod(lambda *_args, **_kwargs: result)

    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, nothing(("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", nothing(([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", nothing(""))
    monkeypatch.setattr(QDesktopServices, "openUrl", nothing(True))


def _combo_text_room(combo: QComboBox) -> int:
    """The width a combo box has for the text of its choice."""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.currentIcon = combo.itemIcon(combo.currentIndex())
    option.iconSize = combo.iconSize()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon_width = 0 if option.currentIcon.isNull() else option.iconSize.width() + 4
    return field.width() - icon_width


def _line_edit_text_room(edit: QLineEdit) -> int:
    """The width a line edit has for its text, between its frame and its icon buttons."""
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    left, right = frame, edit.width() - frame
    for button in edit.findChildren(QToolButton):
        if not button.isVisible():
            continue
        geometry = button.geometry()
        if geometry.center().x() < edit.width() / 2:
            left = max(left, geometry.right() + 1)
        else:
            right = min(right, geometry.left())
    margins = edit.textMargins()
    return right - left - margins.left() - margins.right() - 4  # Qt keeps 2 px each side


def clips(window: QWidget, scope: str) -> list[Clip]:
    """Texts that do not fit in what ``window`` shows now."""
    found: list[Clip] = []
    if isinstance(window, QDialog):
        needed = window.fontMetrics().horizontalAdvance(window.windowTitle()) + 140
        if needed > window.width():
            found.append(Clip(scope, f"title needs {needed} px, the dialog is {window.width()}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
            text = widget.text()
        elif isinstance(widget, QCheckBox | QRadioButton | QPushButton):
            text = widget.text()
        elif isinstance(widget, QComboBox):
            # The choice shown whole, or ended in "…" by a combo box that elides it.
            text = widget.currentText()
            if not widget.isEditable() and text and not isinstance(widget, ElidingComboBox):
                needed = widget.fontMetrics().horizontalAdvance(text)
                room = _combo_text_room(widget)
                if needed > room:
                    found.append(Clip(scope, f"QComboBox {text!r} needs {needed} px, has {room}"))
            continue
        elif isinstance(widget, QLineEdit):
            hint = widget.placeholderText()
            if hint and not widget.text() and widget.isEnabled():
                needed = widget.fontMetrics().horizontalAdvance(hint)
                room = _line_edit_text_room(widget)
                if needed > room:
                    found.append(Clip(scope, f"placeholder {hint!r} needs {needed} px, has {room}"))
            continue
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    found.append(Clip(scope, f"tab {widget.tabText(index)!r} is cut"))
            continue
        elif isinstance(widget, QToolBar):
            hidden = [
                _plain(action.text())
                for action in widget.actions()
                if action.isVisible()
                and not action.isSeparator()
                and widget.widgetForAction(action) is not None
                and not widget.widgetForAction(action).isVisible()
            ]
            if hidden:
                found.append(Clip(scope, f"toolbar hides {hidden} behind its overflow arrow"))
            continue
        else:
            continue
        hint = widget.sizeHint().width()
        if hint > widget.width() + 1:
            found.append(
                Clip(
                    scope, f"{type(widget).__name__} {text!r} needs {hint} px, has {widget.width()}"
                )
            )
    return found


@dataclass
class Walk:
    clashes: list[Clash]
    clips: list[Clip]
    checked: list[str]


def _walk(qtbot, qt_settings, sample_db_path: Path, area: str, language: str) -> Walk:  # type: ignore[no-untyped-def]
    from exchange_planner.ui.main_window import MainWindow

    found: dict[object, Clash | Clip] = {}
    checked: list[str] = []

    def record(findings: list[Clash] | list[Clip]) -> None:
        for finding in findings:
            key = (
                (finding.scope, finding.letter, tuple(sorted(finding.texts)))
                if isinstance(finding, Clash)
                else finding
            )
            found.setdefault(key, finding)

    def inspect(widget: QWidget) -> None:
        if isinstance(widget, QMenu):
            scope = f"menu {_plain(widget.title()) or type(widget.parent()).__name__}"
            checked.append(scope)
            record(menu_clashes(widget, scope))
        elif isinstance(widget, QDialog):
            settle()  # laid out at its own size
            scope = f"dialog {type(widget).__name__} {widget.windowTitle()!r}"
            checked.append(scope)
            record(clips(widget, scope))
            record(dialog_clashes(widget, scope))

    with translated(language), DialogCloser(inspect=inspect) as closer:
        window = MainWindow(open_database(sample_db_path), qt_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        settle()

        def look(_step: str) -> None:
            if shiboken6.isValid(window) and QApplication.activeModalWidget() is None:
                scope = "main window > " + " > ".join(_shown_tabs(window))
                checked.append(scope)
                record(window_clashes(window, scope))
                record(clips(window, scope))

        # The menus case looks at the menus only; each tab's case at what that tab shows.
        walker = WindowWalker(
            qtbot, closer, skip=_leaves_the_database, after_step=None if area == "menus" else look
        )
        if area == "menus":
            record(_clashes("menu bar", menu_bar_letters(window)))
            for action in window.menuBar().actions():
                if action.menu() is not None:
                    walker.trigger_menu(action.menu())
        else:
            walker.step("View > tab", window.view_menu.actions()[TAB_OF[area]].trigger)
            page = window.pages[TAB_OF[area]]
            walker.walk(page, f"{area} > ")
            if area == "calendar":
                _poke_calendar(walker, window, page)
        window.close()
    assert len(checked) > 2, checked
    return Walk(
        [f for f in found.values() if isinstance(f, Clash)],
        [f for f in found.values() if isinstance(f, Clip)],
        checked,
    )


@pytest.mark.parametrize(("area", "language"), _cases(KNOWN + KNOWN_CLIPS))
def test_accelerators_are_unique_and_texts_fit(
    qtbot,  # type: ignore[no-untyped-def]
    qt_settings,  # type: ignore[no-untyped-def]
    sample_db_path: Path,
    no_file_dialogs: None,
    area: str,
    language: str,
) -> None:
    walk = _walk(qtbot, qt_settings, sample_db_path, area, language)
    findings = [*walk.clashes, *walk.clips]
    expected = [f for f in findings if any(k.matches(f, language) for k in KNOWN + KNOWN_CLIPS)]
    unknown = [f for f in findings if f not in expected]
    assert unknown == [], "\n".join(str(finding) for finding in unknown)
    if expected:
        raise KnownFinding("\n".join(str(finding) for finding in expected))


def test_the_checks_find_a_clash_and_a_cut_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks themselves, on a small dialog: two buttons on Alt+S, a label narrower than
    its text, a title wider than the dialog; "&&" is no accelerator."""
    from PySide6.QtWidgets import QHBoxLayout

    dialog = QDialog()
    dialog.setWindowTitle("A rather long title for so small a dialog, much too long for it")
    qtbot.addWidget(dialog)
    layout = QHBoxLayout(dialog)
    save, send, both = (QPushButton(text, dialog) for text in ("&Save", "&Send", "Fish && Chips"))
    label = QLabel("A label that is far too long for its place", dialog)
    label.setFixedWidth(60)
    for widget in (save, send, both, label):
        layout.addWidget(widget)
    dialog.setFixedWidth(440)
    dialog.show()
    settle()
    assert [(c.letter, c.texts) for c in window_clashes(dialog, "d")] == [("s", ("&Save", "&Send"))]
    found = [clip.what for clip in clips(dialog, "d")]
    assert len(found) == 2
    assert found[0].startswith("title needs")
    assert found[1].startswith("QLabel 'A label that is far too long for its place' needs")
    assert mnemonic("Fish && &Chips") == "c" and mnemonic("Fish && Chips") is None
