"""Conflicts and gift-threshold warnings read in the interface's language: the rules hand over
values, ``ui/wording.py`` words them (German here; Korean once its catalogue is shipped)."""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from gestures import click_row, type_over
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from exchange_planner import APP_ID
from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui import app as ui_app
from exchange_planner.ui.calendar import texts
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.directory.tab import DirectoryTab
from exchange_planner.ui.residencies.tab import ResidenciesTab

VISIT = 1
#: Words of the English sentences; none may be left in a translated one.
ENGLISH = re.compile(
    r"\b(booked|twice|overlap|expected|places|others|outside|dates|reaches|reporting|"
    r"threshold|recipient|office|for|and|not a number)\b"
)
LOCALES = {
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "ko": QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea),
}


@contextlib.contextmanager
def _translated(language: str) -> Iterator[None]:
    """The application's catalogue for ``language`` as ui/app.py loads it, with the default
    locale to match (dates and numbers); a language without a shipped catalogue is skipped."""
    if not (Path(ui_app.TRANSLATIONS_DIR) / f"{APP_ID}_{language}.qm").exists():
        pytest.skip(f"no {language} catalogue is shipped yet")
    app = QCoreApplication.instance()
    previous = QLocale()
    QLocale.setDefault(LOCALES[language])
    installed = ui_app.install_translators(app, LOCALES[language])
    assert APP_ID in installed
    try:
        yield
    finally:
        for translator in installed.values():
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


@pytest.fixture(params=["de", "ko"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with _translated(request.param):
        yield request.param


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with _translated("de"):
        yield


@pytest.fixture
def interview(sample_db_path: Path) -> int:
    """An interview booked into the Festsaal during the mayor's reception, with the whole
    delegation: the venue and 20 people are double-booked."""
    db = open_database(sample_db_path)
    try:
        services = Services.for_database(db)
        reception = next(
            item
            for item in services.program.for_visit(VISIT)
            if item.title.startswith("Empfang durch Oberbürgermeister")
        )
        return services.program.create(
            visit_id=VISIT,
            title="Interview",
            starts_at=reception.starts_at,
            ends_at=to_utc(datetime(2023, 7, 26, 10, 20), "Europe/Berlin"),
            timezone="Europe/Berlin",
            venue_id=reception.venue_id,
        ).id
    finally:
        db.dispose()


def _section(qtbot, window, name: str):  # type: ignore[no-untyped-def]
    """The visit's section ``name`` on screen in the Delegations tab, its conflicts checked."""
    tab = window.page(DelegationsTab)
    window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", VISIT)
    section = tab.sections[name]
    tab.editor.setCurrentWidget(section)
    qtbot.waitUntil(lambda: not getattr(section, "conflicts_pending", False), timeout=15_000)
    return section


def _click_item(qtbot, program, item_id: int) -> None:  # type: ignore[no-untyped-def]
    row = next(
        r for r in program.item_rows() if r.data(0, Qt.ItemDataRole.UserRole + 10) == item_id
    )
    program.tree.scrollToItem(row)
    rect = program.tree.visualRect(program.tree.indexFromItem(row, 1))  # the title
    assert program.tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(program.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert program.current_item_id() == item_id


EXPECTED = {
    "de": {
        "venue": "⚠ Neues Rathaus (Festsaal) ist doppelt belegt: „Interview“ (26.07.2023 "
        "10:00–10:20) und „Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus“ (26.07.2023 10:00–10:30) "
        "überschneiden sich",
        # The delegation's interpreter is named apart (interpreter_double_booked): 16 others.
        "people": " und 16 weitere werden gleichzeitig an zwei Orten erwartet: „Interview“",
        # Before and after the recipient's name (written by the rule of domain/names.py).
        "threshold": (
            "⚠ „Stiftablage aus Meissener Porzellan“ für ",
            ": 185,00 EUR erreicht die Meldegrenze von 100.000 KRW für das Amt des Empfängers",
        ),
    },
    "ko": {
        "venue": "⚠ Neues Rathaus (Festsaal) 중복 예약: “Interview” (2023. 7. 26. "
        "10:00–10:20), “Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus” (2023. 7. 26. 10:00–10:30) "
        "일정이 겹칩니다",
        "people": " 외 16명 – 같은 시간에 두 곳에 배정되었습니다: “Interview”",
        "threshold": (
            "⚠ “Stiftablage aus Meissener Porzellan”, 수령인 ",
            ": 185.00 EUR – 수령인 직위의 신고 기준 100,000 KRW 이상입니다",
        ),
    },
}


def _shown_tip(tip: str) -> str:
    """A tooltip's text as the reader sees it (``plain_tooltip`` escapes and wraps it)."""
    inner = re.fullmatch(r"<p style='white-space:pre-wrap'>(.*)</p>", tip, re.S)
    return html.unescape(inner[1] if inner else tip)


def _without_names(text: str) -> str:
    """The sentence without the sample's own (English) titles and names."""
    for name in (
        "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus",
        "Stiftablage aus Meissener Porzellan",
    ):
        text = text.replace(name, "")
    return text


def test_a_double_booking_reads_in_the_ui_language(language, interview, main_window, qtbot):  # type: ignore[no-untyped-def]
    program = _section(qtbot, main_window, "program")
    _click_item(qtbot, program, interview)
    shown = program.conflict_label.text().splitlines()
    expected = EXPECTED[language]
    assert expected["venue"] in shown
    people = next(line for line in shown if "강기정" in line)
    assert expected["people"] in people
    row = next(
        r for r in program.item_rows() if r.data(0, Qt.ItemDataRole.UserRole + 10) == interview
    )
    tooltip = _shown_tip(row.toolTip(0))
    assert expected["venue"].removeprefix("⚠ ") in tooltip.splitlines()
    # The double bookings' lines (the planning checks' lines, the interpreter's and the
    # missing host, read English until their strings reach the shipped catalogues).
    clashes = (expected["venue"], people)
    tip_lines = [line for line in tooltip.splitlines() if f"⚠ {line}" in clashes]
    assert len(tip_lines) == 2
    for text in (*clashes, *tip_lines):
        assert not ENGLISH.search(_without_names(text)), text


def test_a_gift_over_the_threshold_reads_in_the_ui_language(language, main_window, qtbot):  # type: ignore[no-untyped-def]
    gifts = _section(qtbot, main_window, "gifts")
    gift_id = gifts.model.record(0).id
    click_row(qtbot, gifts.view, gift_id)
    warning = gifts.form.error_text("description")
    before, after = EXPECTED[language]["threshold"]
    assert warning.startswith(before) and warning.endswith(after), warning
    assert "\n" not in warning
    tooltip = _shown_tip(gifts.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole))
    assert tooltip == warning.removeprefix("⚠ ")
    assert not ENGLISH.search(_without_names(warning))


def test_a_refused_rate_reads_german(german, main_window, qtbot):  # type: ignore[no-untyped-def]
    """The gift's rate (units per EUR, the gift rules replaced the thresholds dialog)."""
    gifts = _section(qtbot, main_window, "gifts")
    qtbot.waitExposed(gifts)
    gifts.window().activateWindow()
    qtbot.waitUntil(gifts.window().isActiveWindow)
    gift_id = gifts.model.record(0).id
    click_row(qtbot, gifts.view, gift_id)
    field = gifts.form.widgets["rate_units_per_eur"]
    type_over(qtbot, field, "viel")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert gifts.form.error_text("rate_units_per_eur") == "„viel“ ist keine Zahl"
    type_over(qtbot, field, "0")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert (
        gifts.form.error_text("rate_units_per_eur") == "ein Wechselkurs muss größer als null sein"
    )
    # Nothing was stored.
    services = main_window.context.services
    assert services.gifts.get(gift_id).rate_units_per_eur is None


def test_the_calendar_words_a_clash_in_german(german, interview, main_window):  # type: ignore[no-untyped-def]
    services = main_window.context.services
    day = date(2023, 7, 26)
    entries = services.calendar.entries(day, day, "Europe/Berlin")
    entry = next(e for e in entries if e.id == interview and e.kind is EntryKind.PROGRAM_ITEM)
    tooltip = texts.tooltip(entry)
    assert (
        "⚠ Neues Rathaus (Festsaal) ist doppelt belegt: „Interview“ (26.07.2023 10:00–10:20) "
        "und „Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus“ (26.07.2023 10:00–10:30) überschneiden sich"
    ) in tooltip.splitlines()
    assert "booked twice" not in tooltip


def test_a_studio_conflict_reads_german(german, main_window, qtbot):  # type: ignore[no-untyped-def]
    services = main_window.context.services
    first = next(r for r in services.residencies.query() if r.studio_id is not None)
    second = services.residencies.create(
        partnership_id=first.partnership_id,
        direction=first.direction,
        title="Second guest",
        studio_id=first.studio_id,
        start_date=first.start_date,
        end_date=first.end_date,
    )
    tab = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(tab)
    assert tab.show_record("residency", second.id)
    text = tab.editor.conflicts.text()
    assert "ist doppelt belegt: „" in text and "„Second guest“ (" in text
    assert not ENGLISH.search(text.replace(first.title, "")), text


REFUSALS = {
    "de": ("„viel“ ist kein Betrag", "darf nicht leer sein"),
    "ko": ("“viel”은(는) 금액이 아닙니다", "비워 둘 수 없습니다"),
}


def test_refused_input_reads_in_the_ui_language(language, main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    services = main_window.context.services
    gifts = _section(qtbot, main_window, "gifts")
    gift_id = gifts.model.record(0).id
    click_row(qtbot, gifts.view, gift_id)
    amount = gifts.form.widgets["value_amount"]
    type_over(qtbot, amount, "viel")
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    assert gifts.form.error_text("value_amount") == REFUSALS[language][0]
    assert services.gifts.get(gift_id).value_amount == Decimal("185.00")
    overview = _section(qtbot, main_window, "overview")
    title = overview.form.widgets["title"]
    before = services.visits.get(VISIT).title
    type_over(qtbot, title, " ")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert overview.form.error_text("title") == REFUSALS[language][1]
    assert services.visits.get(VISIT).title == before


IN_USE = {
    "de": (
        "„",
        "“ kann nicht gelöscht werden, solange es noch verwendet wird als: ",
        "Mitglied des Besuchs „Offizieller Besuch der Delegation aus Gwangju“",
    ),
    "ko": (
        "“",
        "”은(는) 아직 다음으로 사용 중이므로 삭제할 수 없습니다: ",
        "“Offizieller Besuch der Delegation aus Gwangju” 방문의 구성원",
    ),
}


def test_a_refused_delete_reads_in_the_ui_language(language, main_window, qtbot):  # type: ignore[no-untyped-def]
    directory = main_window.page(DirectoryTab)
    main_window.tabs.setCurrentWidget(directory)
    people = directory.people
    directory.sections.setCurrentWidget(people)
    person = next(p for p in directory.services.people.list() if p.family_name == "Park")
    assert people.list.select_id(person.id)
    people.delete_action.trigger()
    message = people.message.text()
    opening, reason, place = IN_USE[language]
    assert message.startswith(opening) and reason in message and place in message, message
    assert "used as" not in message and "member of" not in message
    assert directory.services.people.get(person.id) is not None  # nothing was deleted


def test_the_english_wording_is_the_rules_own_sentence(qapp) -> None:  # type: ignore[no-untyped-def]
    """Without a catalogue the interface's sentences are the English of the rules (German date
    format, as the rules write dates), so both say the same in every kind."""
    from exchange_planner.domain.conflicts import (
        StudioBooking,
        TimedBooking,
        VisitDays,
        find_booking_conflicts,
        find_items_outside_visit,
        find_studio_conflicts,
        merge_person_conflicts,
    )
    from exchange_planner.domain.gifts import GiftRecord, find_repeated_gifts
    from exchange_planner.services.conflicts import ConflictService
    from exchange_planner.ui.wording import conflict_text

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return to_utc(datetime(2023, 7, day, hour, minute), "Europe/Berlin")

    people = frozenset(range(1, 7))
    names = {i: f"Person {i}" for i in people}
    tour = TimedBooking(1, 1, "Tour", at(26, 23), at(27, 1), 5, people, "Europe/Berlin")
    talk = TimedBooking(2, 2, "Talk", at(26, 23, 30), at(26, 23, 45), 5, people, "Europe/Berlin")
    found = merge_person_conflicts(
        find_booking_conflicts([tour, talk], venue_names={5: "Festsaal"}, person_names=names),
        names,
    )
    found += find_items_outside_visit(
        [tour], {1: VisitDays(1, "Visit", date(2023, 7, 20), date(2023, 7, 26))}
    )
    found += find_studio_conflicts(
        [
            StudioBooking(1, "s", "First", date(2024, 9, 1), date(2024, 11, 30)),
            StudioBooking(2, "s", "Second", date(2024, 11, 1), date(2024, 12, 31)),
        ],
        studio_names={"s": "Studio A"},
    )
    earlier = GiftRecord(1, "Pen tray", "Meissen", presented_on=date(2019, 5, 2), partnership_id=1)
    later = GiftRecord(2, "Pen tray", "Meissen", presented_on=date(2023, 7, 26), partnership_id=1)
    found += find_repeated_gifts([earlier, later])
    found.append(ConflictService._name_other_visit(found[0], {1}, {2: "Other visit"}))
    previous = QLocale()
    QLocale.setDefault(LOCALES["de"])
    try:
        assert len(found) == 6
        for conflict in found:
            assert conflict_text(conflict) == conflict.message
    finally:
        QLocale.setDefault(previous)


def test_dietary_requirements_read_in_the_ui_language(language) -> None:  # type: ignore[no-untyped-def]
    from exchange_planner.domain.conflicts import (
        MemberStay,
        TimedBooking,
        VisitPlan,
        find_dietary_notes_without_meal,
    )
    from exchange_planner.ui.wording import conflict_text

    tour = TimedBooking(
        1, 1, "Tour", to_utc(datetime(2023, 7, 26, 10), "Europe/Berlin"),
        to_utc(datetime(2023, 7, 26, 11), "Europe/Berlin"), 5, frozenset({4}), "Europe/Berlin",
        "tour",
    )  # fmt: skip
    member = MemberStay(1, 4, "Yoon Ha-eun", dietary_requirements=("no_pork", "nut_allergy"))
    [found] = find_dietary_notes_without_meal([tour], [member], [VisitPlan(1, "Visit", "draft")])
    words = {"de": "„kein Schweinefleisch, Nussallergie“", "ko": "“돼지고기 제외, 견과류 알레르기”"}
    text = conflict_text(found)
    assert words[language] in text and "Yoon Ha-eun" in text, text
