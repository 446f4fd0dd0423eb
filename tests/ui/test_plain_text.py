"""User text is shown as it is, never as markup: labels, tooltips, headings and messages.

Every text field of the sample is filled, through the services, with markup: an image tag
pointing at a real picture (``probe.png``, magenta) and a bold tag, each with its own number
(``Q12Q``), so a failure names the field whose text a widget shows. Then the main window is
visited as a user goes through it: every tab, the first records of every list selected, every
sub-tab shown, the calendar's month, week and agenda on the visit's days with a tooltip asked
for each entry, the studio timeline hovered, the dialogs that show records opened. Each time
every label, button, group box, tab, window title, tooltip and every item model's display and
tooltip text under the window is read:

- a label showing the marker must have ``Qt.PlainText`` (or show it escaped), and its picture
  must not show the probe image;
- a tooltip showing the marker must hold it escaped (Qt guesses rich text for tooltips and has
  no switch to turn that off);
- a message box showing the marker shows it as plain text.

The marker must be found in a minimum number of places, so a walk that sees nothing fails.
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QHelpEvent, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QToolTip,
    QWidget,
)
from walker import DialogCloser, settle

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui import plain

#: The number a marker carries, escaped or not.
TOKEN = re.compile(r"Q(\d+)Q")
#: Where the marker appears as markup Qt would act on.
RAW_TAG = re.compile(r"<img|<b>")
PROBE_COLOUR = QColor(255, 0, 255)
#: The record lists filled with markers (service names of ``Services``).
FILLED = (
    "partnerships",
    "people",
    "venues",
    "visits",
    "members",
    "program",
    "gifts",
    "guestbook",
    "residencies",
    "deliverables",
    "exhibitions",
)
#: Fewer places than this showing a marker means the walk did not see the records.
MIN_LABELS = 8
MIN_TOOLTIPS = 10
MIN_ITEMS = 15


def _write_probe(path: Path) -> Path:
    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(PROBE_COLOUR)
    assert image.save(str(path), "PNG")
    return path


def _markers(probe: Path, number: int) -> tuple[str, str]:
    """The long marker (image by absolute URL) and a short one for fields with a low limit."""
    url = probe.as_uri()
    return (
        f'<img src="{url}"><b>bold</b>Q{number}Q',
        f'<img src="{probe.name}"><b>b</b>Q{number}Q',
    )


def fill_with_markup(services: Services, probe: Path) -> dict[int, str]:
    """Every text field of every record that takes it gets a numbered marker; returns
    number -> "service.field #id"."""
    filled: dict[int, str] = {}
    number = 0
    for name in FILLED:
        service = getattr(services, name)
        for record in service.list():
            for field_name, info in service.model.model_fields.items():
                if info.annotation is not str:
                    continue
                number += 1
                for text in _markers(probe, number):
                    try:
                        service.update(record.id, **{field_name: text})
                    except ExchangePlannerError:
                        continue
                    filled[number] = f"{name}.{field_name} #{record.id}"
                    break
    number += 1
    services.settings.set_home(
        city=_markers(probe, number)[1], timezone=services.settings.home_timezone()
    )
    filled[number] = "settings.home_city"
    # A second program item at the same time and place as the first: a conflict whose
    # message names both.
    first = services.program.list()[0]
    number += 1
    services.program.create(
        **{**first.model_dump(exclude={"id"}), "title": _markers(probe, number)[0]}
    )
    filled[number] = "program.title (a conflicting item)"
    services.settings.set("is_sample", "false")  # the window shows the file's path then
    return filled


def shows_probe(widget: QWidget) -> bool:
    """Whether the probe image's colour is in the widget's picture."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return PROBE_COLOUR.rgb() in array("I", bytes(image.constBits()))


@dataclass
class Findings:
    """What the walk saw: where a marker was shown, and where it was shown as markup."""

    labels: set[str] = field(default_factory=set)
    tooltips: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)
    boxes: set[str] = field(default_factory=set)
    #: What was shown as markup (the kind and widget, without the step) -> which fields.
    wrong: dict[str, set[str]] = field(default_factory=dict)
    #: number -> the field it was put into.
    filled: dict[int, str] = field(default_factory=dict)

    def _fields(self, text: str) -> str:
        return ", ".join(self.filled.get(int(n), n) for n in TOKEN.findall(text))

    def _wrong(self, what: str, where: str, text: str) -> None:
        widget = where.split(": ", 1)[-1]
        self.wrong.setdefault(f"{what} {widget}", set()).add(self._fields(text))

    def report(self) -> str:
        return "\n".join(
            f"{what}: {'; '.join(sorted(fields)[:3])}{' …' if len(fields) > 3 else ''}"
            for what, fields in sorted(self.wrong.items())
        )

    def label(self, where: str, label: QLabel) -> None:
        text = label.text()
        if not TOKEN.search(text):
            return
        self.labels.add(where)
        rich = label.textFormat() is not Qt.TextFormat.PlainText
        if rich and RAW_TAG.search(text):
            probe = " (shows the image)" if label.isVisible() and shows_probe(label) else ""
            self._wrong(f"label{probe}", where, text)

    def tooltip(self, where: str, text: str) -> None:
        if not text or not TOKEN.search(text):
            return
        self.tooltips.add(where)
        if RAW_TAG.search(text):
            self._wrong("tooltip", where, text)

    def plain(self, where: str, text: str) -> None:
        """Text that Qt always shows as plain text (buttons, titles, tabs, items)."""
        if text and TOKEN.search(text):
            self.texts.add(where)


def _name(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _indexes(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator:
    for row in range(min(model.rowCount(parent), 60)):
        for column in range(40):
            index = model.index(row, column, parent)
            if not index.isValid():
                break
            yield index
            if column == 0 and depth < 3 and model.index(0, 0, index).isValid():
                yield from _indexes(model, index, depth + 1)


def inspect(root: QWidget, findings: Findings, where: str) -> None:
    """Read every text under ``root`` (visible or not: what it holds is what it shows)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not shiboken6.isValid(widget):
            continue
        name = f"{where}: {_name(widget)}"
        findings.tooltip(f"{name} (tooltip)", widget.toolTip())
        findings.tooltip(f"{name} (what's this)", widget.whatsThis())
        if widget.isWindow():
            findings.plain(f"{name} (window title)", widget.windowTitle())
        if isinstance(widget, QLabel):
            findings.label(name, widget)
        elif isinstance(widget, QAbstractButton):
            findings.plain(name, widget.text())
        elif isinstance(widget, QGroupBox):
            findings.plain(name, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                findings.plain(name, widget.tabText(index))
                findings.tooltip(f"{name} (tab tooltip)", widget.tabToolTip(index))
        elif isinstance(widget, QComboBox):
            findings.plain(name, widget.currentText())
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)  # its view's model, read there
            and widget.model() is not None
        ):
            model = widget.model()
            for index in _indexes(model, QModelIndex()):
                display = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str) and TOKEN.search(display):
                    findings.items.add(f"{name} ({type(model).__name__})")
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    findings.tooltip(f"{name} ({type(model).__name__} tooltip)", tip)
    for action in root.findChildren(QAction):
        findings.plain(f"{where}: action", action.text())
        # Without a tooltip of its own an action shows its text as one (in a tool bar).
        findings.tooltip(f"{where}: action (tooltip)", action.toolTip())
    findings.plain(f"{where}: window title", root.window().windowTitle())


def inspect_box(widget: QWidget, findings: Findings) -> None:
    """A dialog or message box as it shows (called by the DialogCloser before it closes it)."""
    if not isinstance(widget, QWidget) or not shiboken6.isValid(widget):
        return
    title = widget.windowTitle()
    inspect(widget, findings, f"dialog {title!r}")
    if isinstance(widget, QMessageBox):
        texts = [widget.text(), widget.informativeText()]
        if any(TOKEN.search(text) for text in texts):
            findings.boxes.add(title)
            rich = widget.textFormat() is not Qt.TextFormat.PlainText
            if rich and any(RAW_TAG.search(text) for text in texts):
                findings._wrong("message box", title, " ".join(texts))


def _help_event(widget: QWidget, point: QPoint) -> str:
    """The tooltip ``widget`` shows when the mouse rests at ``point``."""
    QToolTip.hideText()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def _selectable(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator:
    """The rows a user can select, in order; in a tree the rows under a heading too."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.flags() & Qt.ItemFlag.ItemIsSelectable:
            yield index
        elif depth < 2:
            yield from _selectable(model, index, depth + 1)


def _select_rows(qtbot, view: QAbstractItemView, rows: int) -> Iterator[int]:  # type: ignore[no-untyped-def]
    """Click each of the first ``rows`` selectable rows of ``view`` as a user picks them."""
    model = view.model()
    if model is None or not view.isVisible():
        return
    for number, index in enumerate(list(_selectable(model, QModelIndex()))[:rows]):
        if not view.isVisible() or not index.isValid():
            continue
        view.scrollTo(index)
        rect = view.visualRect(index)
        if rect.isEmpty():
            continue
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        settle()
        _wait_for_conflicts(qtbot, view.window())
        yield number


def _wait_for_conflicts(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Conflicts are checked on a worker; their messages show once it is done."""
    from exchange_planner.ui.delegations.program import ProgramSection

    for section in window.findChildren(ProgramSection):
        qtbot.waitUntil(lambda s=section: not s.conflicts_pending, timeout=10000)
    settle()


def _views(page: QWidget) -> list[QAbstractItemView]:
    return [
        view
        for view in page.findChildren(QAbstractItemView)
        if view.isVisible()
        and not isinstance(view, QHeaderView)
        and type(view.parentWidget()).__name__ != "QComboBoxPrivateContainer"
    ]


def walk_tab(qtbot, window: QWidget, page: QWidget, findings: Findings, where: str) -> None:  # type: ignore[no-untyped-def]
    """The page with its first records selected, each sub-tab shown in turn, and in each
    sub-tab the first rows of its lists selected."""
    inspect(window, findings, where)
    outer = _views(page)
    for view in outer or [None]:
        rows = _select_rows(qtbot, view, 3) if view is not None else iter([0])
        for row in rows:
            here = f"{where} > {_name(view) if view else ''} row {row}"
            inspect(window, findings, here)
            for tabs in page.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    if not shiboken6.isValid(tabs) or not tabs.isVisible():
                        continue
                    tabs.setCurrentIndex(index)
                    settle()
                    sub = f"{here} > {tabs.tabText(index)}"
                    inspect(window, findings, sub)
                    for inner in _views(tabs.widget(index)):
                        if inner in outer:
                            continue
                        for inner_row in _select_rows(qtbot, inner, 2):
                            inspect(window, findings, f"{sub} > {_name(inner)} row {inner_row}")


def walk_calendar(window: QWidget, findings: Findings, services: Services) -> None:
    from exchange_planner.ui.calendar.tab import CalendarTab

    calendar = window.page(CalendarTab)  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(calendar)  # type: ignore[attr-defined]
    visit = services.visits.list()[0]
    calendar.set_focus_date(visit.start_date)
    for name in ("month", "week", "agenda"):
        calendar.set_view(name)
        settle()
        view = calendar.current_view()
        canvas = getattr(view, "widget", lambda: None)() or view
        layout = canvas.current_layout()
        assert layout is not None, name
        boxes = list(layout.entry_boxes())
        assert boxes, f"the {name} view shows no entries on {visit.start_date}"
        for box in boxes:
            center = box.rect.center().toPoint()
            findings.tooltip(f"calendar: {name} view entry", _help_event(canvas, center))
        inspect(window, findings, f"calendar {name}")


def walk_timeline(window: QWidget, findings: Findings) -> None:
    from exchange_planner.ui.residencies.tab import ResidenciesTab
    from exchange_planner.ui.residencies.timeline import StudioTimeline

    page = window.page(ResidenciesTab)  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            for timeline in page.findChildren(StudioTimeline):
                if not timeline.isVisible():
                    continue
                for bar in timeline.bars:
                    point = timeline.bar_rect(bar).center().toPoint()
                    findings.tooltip(
                        "residencies: studio timeline bar", _help_event(timeline, point)
                    )


#: The database's file name (shown in the status bar and the title): markup too.
DB_NUMBER = 9999


@pytest.fixture
def marked(sample_db_path: Path, tmp_path: Path) -> tuple[Path, Path, dict[int, str]]:
    probe = _write_probe(tmp_path / "probe.png")
    path = sample_db_path.rename(tmp_path / f"<img src={probe.name}><b>Q{DB_NUMBER}Q.sqlite3")
    db = open_database(path)
    try:
        filled = fill_with_markup(Services.for_database(db), probe)
    finally:
        db.dispose()
    filled[DB_NUMBER] = "the database's file name"
    return path, probe, filled


def test_the_probe_image_shows_in_a_rich_text_label_and_not_in_a_plain_one(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """The check itself: Qt does load the probe for a label that guesses rich text."""
    probe = _write_probe(tmp_path / "probe.png")
    marker = _markers(probe, 1)[0]
    rich, plain = QLabel(marker), QLabel(marker)
    plain.setTextFormat(Qt.TextFormat.PlainText)
    for label in (rich, plain):
        qtbot.addWidget(label)
        label.show()
    settle()
    assert shows_probe(rich)
    assert not shows_probe(plain)


def test_user_text_is_plain_text_everywhere(
    qtbot,  # type: ignore[no-untyped-def]
    qt_settings,  # type: ignore[no-untyped-def]
    marked: tuple[Path, Path, dict[int, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from exchange_planner.ui.main_window import MainWindow

    path, _probe, filled = marked
    assert len(filled) > 100, filled
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda *a, **k: True))
    findings = Findings(filled=filled)
    with DialogCloser(inspect=lambda widget: inspect_box(widget, findings)) as closer:
        window = MainWindow(open_database(path), qt_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        settle()
        services = window.context.services
        for index, page in enumerate(window.pages):
            window.view_menu.actions()[index].trigger()
            settle()
            walk_tab(qtbot, window, page, findings, page.title())
        walk_calendar(window, findings, services)
        walk_timeline(window, findings)
        # Dialogs that show records: settings (partnership cities), deleting the selected
        # record of each tab (its name in the question, answered No), the Documents dialogs.
        window.settings_action.trigger()
        closer.flush()
        for index, page in enumerate(window.pages):
            window.view_menu.actions()[index].trigger()
            settle()
            sections = getattr(page, "sections", None)  # the directory: its partnerships
            shown = page
            if isinstance(sections, QTabWidget):
                sections.setCurrentIndex(0)
                shown = sections.widget(0)
            delete = getattr(shown, "delete_action", None) or getattr(page, "delete_button", None)
            if delete is not None and delete.isEnabled():
                delete.trigger() if isinstance(delete, QAction) else delete.click()
                closer.flush()
                inspect(window, findings, f"{page.title()} delete")
        help_menu = window.menuBar().actions()[-1].menu()
        help_menu.actions()[-1].trigger()  # Help > About names the database file
        closer.flush()
        for action in window.documents_menu.actions():  # type: ignore[attr-defined]
            if action.isEnabled() and action.menu() is None and not action.isSeparator():
                action.trigger()
                closer.flush()
        inspect(window, findings, "end")
        window.close()

    if os.environ.get("EXCHANGE_PLANNER_PLAIN_TEXT_REPORT"):
        for kind in ("labels", "tooltips", "items", "texts", "boxes"):
            places = {p.split(": ", 1)[-1] for p in getattr(findings, kind)}
            print(f"--- {kind}: {len(places)}", *sorted(places), sep="\n")

    def named(places: set[str]) -> str:
        return "\n".join(sorted(places)) or "(none)"

    assert not findings.wrong, "user text shown as markup:\n" + findings.report()
    # The walk saw the records: in enough distinct widgets, and in the places named here.
    for kind, least in (("labels", MIN_LABELS), ("tooltips", MIN_TOOLTIPS), ("items", MIN_ITEMS)):
        places = {place.split(": ", 1)[-1] for place in getattr(findings, kind)}
        assert len(places) >= least, f"{kind}:\n" + named(places)
    shown = " ".join(findings.labels | findings.tooltips)
    for where in (
        "item_conflicts",
        "section_message",
        "QStatusBar",
        "studio timeline",
        "week view",
    ):
        assert where in shown, f"{where} showed no marker"
    wanted = {"Delete visit", "Delete residency", "Delete exhibition"}
    assert wanted <= findings.boxes, findings.boxes
    # Help > About names the database file, in a plain-text label of its own dialog.
    assert any(place.startswith("dialog 'About Exchange Planner'") for place in findings.labels)


@pytest.mark.parametrize("show", [plain.warn, plain.fail, plain.inform])
def test_message_boxes_show_text_and_details_as_plain_text(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    show,  # type: ignore[no-untyped-def]
) -> None:
    probe = _write_probe(tmp_path / "probe.png")
    marker = _markers(probe, 1)[0]
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show(parent, "Title", f"Text {marker}", details=f"Details {marker}", wait=False)
    qtbot.waitUntil(box.isVisible)
    assert box.textFormat() is Qt.TextFormat.PlainText
    assert box.detailedText() == f"Details {marker}"
    label = next(label for label in box.findChildren(QLabel) if "Text" in label.text())
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert not shows_probe(label)
    box.close()


def test_a_tooltip_of_user_text_shows_its_characters(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    text = '<img src="x.png"><b>bold</b> & more\nsecond line'
    shown = QTextDocument()
    shown.setHtml(plain.plain_tooltip(text))
    assert shown.toPlainText() == text
    assert plain.plain_tooltip("") == ""
