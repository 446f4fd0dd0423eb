"""Calendar texts worded in the UI from the service's plain values, in English and German."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from exchange_planner import resources
from exchange_planner.domain.calendar import CalendarEntry, EntryKind
from exchange_planner.domain.enums import ChecklistKind, Direction, VisitStatus
from exchange_planner.services.registry import Services
from exchange_planner.ui.calendar import texts

BERLIN = "Europe/Berlin"
QM = resources.translations_dir() / "exchange-planner_de.qm"


def _entries(services: Services, first: date, last: date) -> list[CalendarEntry]:
    return services.calendar.entries(first, last, BERLIN, today=date(2023, 7, 26))


def test_visit_line_and_tooltip(services: Services, sample_ids, qapp) -> None:  # type: ignore[no-untyped-def]
    entries = _entries(services, date(2023, 7, 26), date(2023, 7, 26))
    visit = next(e for e in entries if e.kind is EntryKind.VISIT)
    assert visit.facts.direction is Direction.INCOMING and visit.facts.city == "Gwangju"
    assert texts.title(visit) == visit.title
    assert texts.detail(visit) == "Incoming · Gwangju"
    tip = texts.tooltip(visit).splitlines()
    assert tip[1] == "7/25/2023 – 7/27/2023"  # the interface locale (en_US)
    assert "Delegation from Gwangju" in tip
    assert f"Status: {VisitStatus(visit.facts.visit_status).capitalize()}" in tip
    item = next(e for e in entries if e.title.startswith("Empfang durch Oberbürgermeister"))
    item_tip = texts.tooltip(item)
    assert f"Visit: {visit.title}" in item_tip and f"({item.zone})" in item_tip
    assert texts.detail(item) == item.facts.place != ""


def test_deadline_and_unnamed_artist(services: Services, sample_ids, qapp) -> None:  # type: ignore[no-untyped-def]
    rid = sample_ids["residency_incoming"]  # proposed, artist still to be named
    services.residencies.update(rid, title="")
    services.calendar.invalidate()
    entries = _entries(services, date(2020, 1, 1), date(2027, 12, 31))
    residency = next(e for e in entries if e.kind is EntryKind.RESIDENCY and e.id == rid)
    assert residency.facts.artist == ""
    assert texts.title(residency) == "Residency: artist not yet named"
    assert texts.detail(residency) == "artist not yet named"
    assert "Artist: artist not yet named" in texts.tooltip(residency).splitlines()
    deadlines = {e.facts.checklist: e for e in entries if e.kind is EntryKind.DEADLINE}
    assert len(deadlines) == len(ChecklistKind)
    studio = deadlines[ChecklistKind.OPEN_STUDIO]
    assert texts.title(studio) == studio.title == "Open studio due"
    assert texts.title(deadlines[ChecklistKind.TRAVEL]) == "Travel booking due"
    assert texts.detail(studio) == f"Residency #{rid}"
    tip = texts.tooltip(studio).splitlines()
    assert tip[0] == "Due: Open studio" and tip[-1] == f"Residency: Residency #{rid}"


def test_entry_without_facts_keeps_its_texts(qapp) -> None:  # type: ignore[no-untyped-def]
    entry = CalendarEntry(
        EntryKind.EXHIBITION,
        1,
        "Show",
        date(2024, 1, 1),
        date(2024, 1, 2),
        BERLIN,
        tooltip="Show\nsomewhere",
        detail="somewhere",
    )
    assert (texts.title(entry), texts.detail(entry), texts.tooltip(entry)) == (
        "Show",
        "somewhere",
        "Show\nsomewhere",
    )


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    previous = QLocale()
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_german_wording(services: Services, sample_ids, german) -> None:  # type: ignore[no-untyped-def]
    entries = _entries(services, date(2023, 7, 26), date(2023, 7, 26))
    visit = next(e for e in entries if e.kind is EntryKind.VISIT)
    assert texts.detail(visit) == "Eingehend · Gwangju"
    assert "Delegation aus Gwangju" in texts.tooltip(visit)
    item = next(e for e in entries if e.title.startswith("Empfang durch Oberbürgermeister"))
    assert texts.tooltip(item).splitlines()[1].startswith("Mi. 26.07.2023")
