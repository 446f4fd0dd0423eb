"""Lists and pickers name people by one rule (Korean names family name first in Latin too,
the Hangul name in a Korean interface) and show amounts and numbers as the interface's
locale writes them ("185,00 €", "350.000 ₩" in German)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from exchange_planner.domain.enums import GiftDirection
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.directory.tab import DirectoryTab
from exchange_planner.ui.residencies.tab import ResidenciesTab


@pytest.fixture
def ui_locale(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def _column(model, title: str) -> int:  # type: ignore[no-untyped-def]
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def _cells(model, title: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The column's texts; babel's no-break space before a currency sign read as a space."""
    col = _column(model, title)
    return [
        (model.index(r, col).data() or "").replace("\xa0", " ") for r in range(model.rowCount())
    ]


def _visit_section(main_window, name):  # type: ignore[no-untyped-def]
    tab = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", 1)
    section = tab.sections[name]
    tab.editor.setCurrentWidget(section)
    return tab, section


def _suggested(qtbot, picker, text: str) -> str:  # type: ignore[no-untyped-def]
    """Type into a person picker; the first suggestion it shows."""
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: bool(picker.suggestions()))
    return picker.suggestions()[0][0]


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.itemText(i) for i in range(widget.count())]


@pytest.mark.parametrize("ui_locale", ["de_DE", "en_US"], indirect=True)
def test_korean_names_family_name_first_in_every_list(ui_locale, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _tab, members = _visit_section(main_window, "members")
    names = _cells(members.model, "Name")
    assert names[:2] == ["Kang Gi-jung", "Park Ji-won"]
    assert "강기정" in _cells(members.model, "Own script")
    assert not any("Gi-jung Kang" in name for name in names)
    # The member picker suggests in the same form.
    assert _suggested(qtbot, members.picker, "Jiyoung") == "Jiyoung Müller (뮐러 지영)"
    _tab, overview = _visit_section(main_window, "overview")
    head = overview.form.widgets["head_id"]
    assert head.currentText() == "Kang Gi-jung (강기정)"
    _tab, program = _visit_section(main_window, "program")
    program.tree.setCurrentItem(program.tree.topLevelItem(0).child(0))
    attendees = [program.attendees.item(i).text() for i in range(program.attendees.count())]
    assert attendees[0] == "Kang Gi-jung (강기정)"
    _tab, gifts = _visit_section(main_window, "gifts")
    assert "Kang Gi-jung (강기정)" in _texts(gifts.form.widgets["recipient_id"])
    _tab, guestbook = _visit_section(main_window, "guestbook")
    assert "Kang Gi-jung (강기정)" in _texts(guestbook.form.widgets["signer_id"])
    directory = main_window.page(DirectoryTab)
    main_window.tabs.setCurrentWidget(directory)
    directory.sections.setCurrentWidget(directory.people)
    people = _cells(directory.people.list.model, "Name")
    assert "Kang Gi-jung (강기정)" in people and "Burkhard Jung" in people
    assert not any("Gi-jung Kang" in name for name in people)


@pytest.mark.parametrize("ui_locale", ["ko_KR"], indirect=True)
def test_a_korean_interface_names_people_in_hangul(ui_locale, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _tab, overview = _visit_section(main_window, "overview")
    assert overview.form.widgets["head_id"].currentText() == "강기정"
    _tab, members = _visit_section(main_window, "members")
    assert _suggested(qtbot, members.picker, "Jiyoung") == "뮐러 지영"
    assert _cells(members.model, "Name")[0] == "Kang Gi-jung"  # the Latin column stays Latin


@pytest.mark.parametrize(
    ("ui_locale", "euro", "won"),
    [
        ("de_DE", "185,00 €", "350.000 ₩"),
        ("en_US", "€185.00", "₩350,000"),
        ("ko_KR", "€185.00", "₩350,000"),
    ],
    indirect=["ui_locale"],
)
def test_gift_values_follow_the_locale(ui_locale, euro, won, main_window) -> None:  # type: ignore[no-untyped-def]
    tab, _members = _visit_section(main_window, "members")
    s = tab.context.services
    s.gifts.create(
        visit_id=1,
        direction=GiftDirection.RECEIVED,
        description="Celadon vase",
        value_amount=Decimal("350000"),
        value_currency="KRW",
    )
    _tab, gifts = _visit_section(main_window, "gifts")
    values = _cells(gifts.model, "Value")
    assert euro in values and won in values
    assert not any("EUR" in value or "KRW" in value for value in values)


@pytest.mark.parametrize("ui_locale", ["de_DE"], indirect=True)
def test_capacities_budgets_and_balance_in_german(ui_locale, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = main_window.page(DirectoryTab).services
    hall = s.venues.list()[0]
    s.venues.update(hall.id, capacity=1200)
    directory = main_window.page(DirectoryTab)
    main_window.tabs.setCurrentWidget(directory)
    directory.sections.setCurrentWidget(directory.venues)
    assert "1.200" in _cells(directory.venues.list.model, "Capacity")

    residencies = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(residencies)
    residencies.pages.setCurrentWidget(residencies.balance)
    given = _cells(residencies.balance.model, "Value given")
    assert any("185,00 €" in cell for cell in given)
    residency = next(r for r in s.residencies.list() if r.budget_amount is not None)
    residencies.editor.load(residency.id)
    assert residencies.editor.form.widgets["budget_amount"].text() == "9000,00"
    # A German amount typed back is understood.
    field = residencies.editor.form.widgets["budget_amount"]
    field.setText("9500,50")
    field.editingFinished.emit()
    assert s.residencies.get(residency.id).budget_amount == Decimal("9500.50")
