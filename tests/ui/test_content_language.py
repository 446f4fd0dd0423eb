"""The lists show content in the interface's language: the German UI shows the sample's
German originals, the English UI their English translations (the Korean ones in Korean)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from exchange_planner import resources
from exchange_planner.ui.calendar import texts
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.directory.tab import DirectoryTab
from exchange_planner.ui.exhibitions.tab import ExhibitionsTab
from exchange_planner.ui.residencies.tab import ResidenciesTab

QM = resources.translations_dir() / "exchange-planner_de.qm"

#: What each list shows of the sample, per interface language.
EXPECTED = {
    "de": {
        "visit": "Offizieller Besuch der Delegation aus Gwangju",
        "reception": "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus",
        "lunch": "Mittagessen",
        "venue": "Neues Rathaus – Büro des Oberbürgermeisters",
        "studio": "Internationales Residenzatelier des Gwangju Museum of Art",
        "mayor": "Bürgermeister der Metropolstadt Gwangju",
        "residency": "Martin Reich im Gwangju Museum of Art",
        "exhibition": "Re-Connect: Kunst und Kampf im Bruderland",
    },
    "en": {
        "visit": "Official visit of the Gwangju delegation",
        "reception": "Reception by Lord Mayor Burkhard Jung",
        "lunch": "Lunch",
        "venue": "Neues Rathaus – Lord Mayor's office",
        "studio": "International Residency Studio, Gwangju Museum of Art",
        "mayor": "Mayor of Gwangju Metropolitan City",
        "residency": "Martin Reich at the Gwangju Museum of Art",
        "exhibition": "Re-Connect: Art and Struggle in the Brother Country",
    },
}


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface in German (with its translation) or English (before the window opens)."""
    previous = QLocale()
    translator = QTranslator()
    if request.param == "de":
        assert translator.load(str(QM))
        QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield request.param
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def _column(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]


def _program_titles(tab) -> list[str]:  # type: ignore[no-untyped-def]
    tree = tab.sections["program"].tree
    return [
        tree.topLevelItem(day).child(row).text(1)
        for day in range(tree.topLevelItemCount())
        for row in range(tree.topLevelItem(day).childCount())
    ]


def test_the_lists_show_the_sample_in_the_interface_language(
    language: str,
    qtbot,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    expected = EXPECTED[language]
    delegations = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(delegations)
    model = delegations.visits.model
    assert _column(model, 0) == [expected["visit"]]
    view = delegations.visits.view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0, 0)).center()
    )
    delegations.editor.setCurrentWidget(delegations.sections["program"])
    titles = _program_titles(delegations)
    assert len(titles) == 12
    assert expected["reception"] in titles and expected["lunch"] in titles
    other = EXPECTED["en" if language == "de" else "de"]
    assert other["reception"] not in titles and other["lunch"] not in titles
    delegations.editor.setCurrentWidget(delegations.sections["members"])
    members = delegations.sections["members"].model
    assert _column(members, 5)[0] == expected["mayor"]  # after the Precedence column

    directory = main_window.page(DirectoryTab)
    main_window.tabs.setCurrentWidget(directory)
    directory.sections.setCurrentWidget(directory.venues)
    names = _column(directory.venues.list.model, 0)
    assert expected["venue"] in names and expected["studio"] in names
    directory.sections.setCurrentWidget(directory.people)
    assert expected["mayor"] in _column(directory.people.list.model, 1)

    residencies = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(residencies)
    assert expected["residency"] in _column(residencies.model, 0)

    exhibitions = main_window.page(ExhibitionsTab)
    main_window.tabs.setCurrentWidget(exhibitions)
    assert _column(exhibitions.model, 0) == [expected["exhibition"]]

    calendar = main_window.page(CalendarTab)
    main_window.tabs.setCurrentWidget(calendar)
    calendar.set_focus_date(date(2023, 7, 26))
    assert expected["reception"] in [texts.title(entry) for entry in calendar.visible_entries()]
