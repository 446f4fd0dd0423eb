"""Tabs are built when first shown: at start only the tab shown exists; a click on the tab
bar, Ctrl+1..5, a record shown from elsewhere and the restored last tab build theirs before
it paints (the placeholder never shows), and a tab built late shows the current data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.directory.tab import DirectoryTab
from exchange_planner.ui.exhibitions.tab import ExhibitionsTab
from exchange_planner.ui.main_window import TABS, MainWindow, UnbuiltTab
from exchange_planner.ui.residencies.tab import ResidenciesTab
from exchange_planner.ui.tabs import TabPage

MODS = Qt.KeyboardModifier
WITHIN = 10_000


class PaintSpy(QObject):
    """Records every paint of the placeholders (there must be none)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched.spec.class_name)  # type: ignore[attr-defined]
        return False


def _spy(window: MainWindow) -> PaintSpy:
    spy = PaintSpy()
    for index in range(window.tabs.count()):
        widget = window.tabs.widget(index)
        if isinstance(widget, UnbuiltTab):
            widget.installEventFilter(spy)
    return spy


def _built(window: MainWindow) -> list[str]:
    return [type(page).__name__ for page in window.built_pages()]


def _click_tab(qtbot, window: MainWindow, index: int) -> None:  # type: ignore[no-untyped-def]
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def _visit_titles(tab: DelegationsTab) -> set[str]:
    model = tab.visits.model
    return {str(model.index(row, 0).data()) for row in range(model.rowCount())}


def test_only_the_tab_shown_is_built_at_start(main_window, qtbot):
    qtbot.waitExposed(main_window)
    assert _built(main_window) == ["CalendarTab"]
    assert main_window.tabs.currentWidget() is main_window.built_pages()[0]
    assert [type(main_window.tabs.widget(i)) for i in range(1, 5)] == [UnbuiltTab] * 4
    # The tab bar and the View menu name every tab all the same.
    titles = [main_window.tabs.tabText(i) for i in range(5)]
    assert titles == ["Calendar", "Delegations", "Residencies", "Exhibitions", "People && Venues"]
    menu = [action.text() for action in main_window.view_menu.actions()]
    assert menu == titles
    assert all(not main_window.tabs.tabIcon(i).isNull() for i in range(5))


def test_a_click_on_the_tab_bar_builds_the_tab_before_it_paints(main_window, qtbot):
    qtbot.waitExposed(main_window)
    spy = _spy(main_window)
    _click_tab(qtbot, main_window, 1)
    delegations = main_window.tabs.currentWidget()
    assert isinstance(delegations, DelegationsTab)
    assert "Gwangju" in " ".join(_visit_titles(delegations))
    for index in (2, 3, 4, 0, 1):
        _click_tab(qtbot, main_window, index)
        assert isinstance(main_window.tabs.currentWidget(), TabPage)
        qtbot.wait(20)  # let it paint
    assert spy.painted == []
    assert _built(main_window) == [spec.class_name for spec in TABS]
    # The tab built by the click keeps its place, title and icon.
    assert main_window.tabs.indexOf(delegations) == 1
    assert main_window.tabs.tabText(1) == "Delegations"
    assert not main_window.tabs.tabIcon(1).isNull()


def test_ctrl_digit_builds_and_shows_the_tab(main_window, qtbot):
    main_window.activateWindow()
    main_window.windowHandle().requestActivate()
    qtbot.waitUntil(main_window.isActiveWindow)
    spy = _spy(main_window)
    for digit, cls in (
        (Qt.Key.Key_3, ResidenciesTab),
        (Qt.Key.Key_5, DirectoryTab),
        (Qt.Key.Key_4, ExhibitionsTab),
        (Qt.Key.Key_1, CalendarTab),
    ):
        qtbot.keyClick(QApplication.focusWidget() or main_window, digit, MODS.ControlModifier)
        assert isinstance(main_window.tabs.currentWidget(), cls)
    qtbot.wait(20)
    assert spy.painted == []
    assert "DelegationsTab" not in _built(main_window)


def test_a_record_shown_from_the_calendar_builds_its_tab(main_window, qtbot):
    exhibition = main_window.context.services.exhibitions.list()[0]
    spy = _spy(main_window)
    main_window.events.navigate.emit("exhibition", exhibition.id)
    page = main_window.tabs.currentWidget()
    assert isinstance(page, ExhibitionsTab)
    assert page.current_id() == exhibition.id
    visit = main_window.context.services.visits.list()[0]
    main_window.events.navigate.emit("visit", visit.id)
    page = main_window.tabs.currentWidget()
    assert isinstance(page, DelegationsTab) and page.visit_id == visit.id
    qtbot.wait(20)
    assert spy.painted == []


def test_the_last_tab_is_restored_and_only_it_is_built(qtbot, sample_db_path, qt_settings):
    qt_settings.setValue("window/tab", 4)
    window = MainWindow(open_database(sample_db_path), qt_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window.tabs.currentWidget(), DirectoryTab)
    assert _built(window) == ["DirectoryTab"]
    _click_tab(qtbot, window, 2)
    window.close()
    assert int(qt_settings.value("window/tab")) == 2


def test_a_tab_built_after_a_change_shows_it_and_a_built_one_follows_the_feed(
    main_window, qtbot, sample_db_path
):
    other = Services.for_database(open_database(sample_db_path))
    visit = other.visits.list()[0]
    # Lists show a text in the interface's language: without translations, the original.
    other.visits.update(visit.id, title="Changed by another program", translations={})
    # Not built yet: built now, it reads the database as it is.
    _click_tab(qtbot, main_window, 1)
    delegations = main_window.tabs.currentWidget()
    assert isinstance(delegations, DelegationsTab)
    assert "Changed by another program" in _visit_titles(delegations)
    # Built: the change feed refreshes it.
    other.visits.update(visit.id, title="Changed again")
    qtbot.waitUntil(lambda: "Changed again" in _visit_titles(delegations), timeout=WITHIN)
    other.db.dispose()


def test_the_welcome_page_builds_no_tab_until_left(qtbot, tmp_path, qt_settings):
    window = MainWindow(open_database(tmp_path / "empty.sqlite3"), qt_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    assert _built(window) == []
    window.welcome.start_planning.emit()
    assert isinstance(window.tabs.currentWidget(), DirectoryTab)
    assert _built(window) == ["DirectoryTab"]
    window.close()


def test_the_tab_list_agrees_with_the_tab_classes(main_window):
    for spec, page in zip(TABS, main_window.pages, strict=True):
        assert type(page).__name__ == spec.class_name
        assert page.title() == spec.translated_title()
        assert page.handles == spec.handles
        assert page.icon().cacheKey() == page.icon().cacheKey()
    assert main_window.page(ResidenciesTab) is main_window.tabs.widget(2)
