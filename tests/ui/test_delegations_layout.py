"""The Delegations tab at 1366×768: the visit list needs no sideways scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_visit_list_shows_partnership_dates_and_status_at_1366(qtbot, main_window, locale_name):  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        main_window.resize(1366, 768)
        tab = next(page for page in main_window.pages if page.title() == "Delegations")
        main_window.tabs.setCurrentWidget(tab)
        tab.visits.reload()
        qtbot.waitUntil(lambda: main_window.width() == 1366)
        view = tab.visits.view
        qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
        model = tab.visits.model
        headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
        width = view.viewport().width()
        for name in ("Title", "Partnership", "From", "To", "Status"):
            column = headers.index(name)
            assert not view.isColumnHidden(column), name
            left = view.columnViewportPosition(column)
            assert left >= 0 and left + view.columnWidth(column) <= width, name
            text = model.index(0, column).data()
            if name != "Title":  # shown whole, not elided
                assert view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text), name
        assert view.columnWidth(headers.index("Title")) >= 150
        # The program toolbar shows the template's controls without an overflow arrow.
        tab.editor.setCurrentWidget(tab.sections["program"])
        program = tab.sections["program"]
        qtbot.waitUntil(
            lambda: program.template_bar.widgetForAction(program.template_action) is not None
        )
        button = program.template_bar.widgetForAction(program.template_action)
        qtbot.waitUntil(button.isVisible)
        assert program.template_venue.isVisible()
        # ... and none of the item actions hides behind an overflow arrow either.
        for bar in (program.toolbar, program.template_bar):
            for action in bar.actions():
                if not action.isSeparator():
                    assert bar.widgetForAction(action).isVisible(), action.text()
    finally:
        QLocale.setDefault(before)


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_every_section_of_the_visit_editor_fits_a_1366_by_768_screen(
    qtbot, main_window, locale_name
):  # type: ignore[no-untyped-def]
    """A tall editor (a gift's valuation and dispositions, a program item's cues, a member's
    travel) scrolls; it never makes the window taller than the laptop's screen."""
    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        main_window.resize(1366, 768)
        tab = next(page for page in main_window.pages if page.title() == "Delegations")
        main_window.tabs.setCurrentWidget(tab)
        tab.visits.reload()
        qtbot.waitUntil(lambda: tab.visit_id)
        for key, section in tab.sections.items():
            tab.editor.setCurrentWidget(section)
            qtbot.wait(10)
            assert main_window.minimumSizeHint().height() <= 768, key
            assert main_window.height() == 768, key
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    """The German catalogue installed before the window is made (its captions are longer)."""
    from PySide6.QtCore import QCoreApplication

    from exchange_planner.ui import app as ui_app

    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    previous = QLocale()
    QLocale.setDefault(locale)
    installed = ui_app.install_translators(QCoreApplication.instance(), locale)
    yield
    for translator in installed.values():
        QCoreApplication.instance().removeTranslator(translator)
    QLocale.setDefault(previous)


def test_a_members_travel_fields_show_their_values_whole_in_german(german, qtbot, main_window):  # type: ignore[no-untyped-def]
    """At 1366×768 in German a member's travel fields show "Flughafen Leipzig/Halle" whole
    (their long captions stand above them)."""
    main_window.resize(1366, 768)
    tab = next(page for page in main_window.pages if page.title() == "Delegationen")
    main_window.tabs.setCurrentWidget(tab)
    tab.visits.reload()
    qtbot.waitUntil(lambda: tab.visit_id)
    members = tab.sections["members"]
    tab.editor.setCurrentWidget(members)
    members.select_member(members.model.record(0).id)
    qtbot.wait(10)
    place = members.travel.widgets["arrival_place"]
    assert place.text()
    assert place.width() >= place.fontMetrics().horizontalAdvance(place.text()) + 8
