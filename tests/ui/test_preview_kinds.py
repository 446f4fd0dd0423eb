"""Every document kind opens in the preview from the Documents menu, through the same options
dialog, in the language chosen there; the booklet of personal itineraries too."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from exchange_planner.ui.documents.options import DocumentKind


def _shown_text(preview) -> str:  # type: ignore[no-untyped-def]
    """The text of every page as the preview's document holds it."""
    document = preview.document
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def _choose_language(dialog, code: str) -> None:  # type: ignore[no-untyped-def]
    index = dialog.language.findData(code)
    assert index >= 0
    dialog.language.setCurrentIndex(index)


def _open(qtbot, run, lang: str):  # type: ignore[no-untyped-def]
    assert run is not None and run.dialog.isVisible()
    _choose_language(run.dialog, lang)
    with qtbot.waitSignal(run.finished, timeout=120000):
        run.dialog.accept()
    preview = run.preview
    assert preview is not None and preview.isVisible()
    return preview


@pytest.mark.parametrize(
    ("action", "kind", "lang", "expected"),
    [
        ("residency", DocumentKind.RESIDENCY, "de", "Residenzblatt"),
        ("residency", DocumentKind.RESIDENCY, "ko", "레지던시 개요서"),
        ("balance", DocumentKind.BALANCE, "en", "Gwangju"),
        ("calendar", DocumentKind.CALENDAR, "de", "Kalender"),
        ("calendar", DocumentKind.CALENDAR, "ko", "일정표"),
        ("gifts", DocumentKind.GIFTS, "de+ko", "Geschenkprotokoll / 선물 기록부"),
        ("year", DocumentKind.GIFTS_YEAR, "en", "Gift protocol 2023"),
        ("itinerary", DocumentKind.ITINERARY, "en", "Itinerary"),
    ],
)
def test_each_kind_opens_in_the_preview_in_the_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, main_window, sample_ids, action, kind, lang, expected
):
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.refresh()
    getattr(menu, action).trigger()
    run = menu.last_run
    assert run.kind is kind
    if kind is DocumentKind.CALENDAR:
        run.dialog.first.setDate(QDate(2023, 7, 1))
        run.dialog.last.setDate(QDate(2023, 7, 31))
    preview = _open(qtbot, run, lang)
    assert preview.page_count() >= 1
    text = _shown_text(preview)
    assert expected in text
    if lang == "ko":
        assert "Seite" not in text and "쪽" in text
    if lang == "en":
        assert "Seite" not in text and "Page 1 of" in text
    preview.close()


def test_calendar_views_follow_the_document_language(qtbot, main_window):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    for view, lang, expected in (
        ("month", "de", "Juli 2023"),
        ("week", "en", "Week 30"),
        ("agenda", "ko", "2023년 7월 26일 수요일"),
    ):
        menu.calendar.trigger()
        run = menu.last_run
        dialog = run.dialog
        dialog.view.setCurrentIndex(dialog.view.findData(view))
        dialog.first.setDate(QDate(2023, 7, 24))
        dialog.last.setDate(QDate(2023, 7, 30))
        preview = _open(qtbot, run, lang)
        text = _shown_text(preview)
        assert expected in text, (view, text[:300])
        if view == "agenda":
            assert "Empfang" not in text  # the entries' own texts in Korean as well
        preview.close()


def test_calendar_period_that_ends_before_it_starts_is_refused(main_window):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    menu.calendar.trigger()
    dialog = menu.last_run.dialog
    dialog.first.setDate(QDate(2023, 7, 30))
    dialog.last.setDate(QDate(2023, 7, 1))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message.text() == "The period ends before it starts."
    assert menu.last_run.preview is None
    dialog.reject()


def test_residency_sheet_starts_with_the_selected_residency(qtbot, main_window, sample_ids):  # type: ignore[no-untyped-def]
    services = main_window.context.services
    residencies = services.residencies.list()
    other = next(r for r in residencies if r.id != residencies[0].id)
    main_window.events.current.emit("residency", other.id)
    main_window.documents_menu.residency.trigger()
    run = main_window.documents_menu.last_run
    assert run.dialog.residency.currentData() == other.id
    assert run.dialog.residency.isVisible() and not run.dialog.home_zone.isVisible()
    run.dialog.reject()


def _part_lengths(preview, starts):  # type: ignore[no-untyped-def]
    """The page count each part prints on its first page ("Seite 1 von N")."""
    return [
        int(re.search(r"Seite 1 von (\d+)", preview.document.getAllText(s).text()).group(1))
        for s in starts
    ]


def test_booklet_of_personal_itineraries_in_the_preview(qtbot, main_window, sample_ids):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.personal.trigger()
    run = menu.last_run
    dialog = run.dialog
    assert dialog.booklet.isVisible()
    dialog.booklet.setChecked(True)
    assert not dialog.folder.isEnabled() and not dialog.member.isEnabled()
    progress: list[tuple[int, int]] = []
    preview = None
    _choose_language(dialog, "de+ko")  # five pages a member: every part gets a blank back
    with qtbot.waitSignal(run.finished, timeout=180000):
        dialog.accept()
        assert run.progress is not None  # the progress dialog with its Cancel button
        run.task.signals.progress.connect(lambda done, total, _m: progress.append((done, total)))
    preview = run.preview
    assert preview is not None and preview.isVisible()
    services = main_window.context.services
    # The members' parts, then the hosts' (who get personal itineraries too).
    parts = len(services.members.for_visit(sample_ids["visit"])) + len(
        services.hosts.for_visit(sample_ids["visit"])
    )
    pages = preview.page_count()
    assert pages % 2 == 0
    reader = PdfReader(io.BytesIO(preview.path.read_bytes()))
    assert len(reader.pages) == pages
    outline = reader.outline
    assert len(outline) == parts
    starts = [reader.get_destination_page_number(entry) for entry in outline]
    assert all(start % 2 == 0 for start in starts)  # 0-based: page 1, 3, 5, … (recto)
    text = _shown_text(preview)
    assert "Persönliches Programm / 개인 일정" in text
    for start, own in zip(starts, _part_lengths(preview, starts), strict=True):
        if own % 2:  # a part of an odd number of pages has a blank back
            assert preview.document.getAllText(start + own).text().strip() == ""
    assert pages == sum(own + own % 2 for own in _part_lengths(preview, starts))
    assert progress and progress[-1][0] <= progress[-1][1]
    assert run.progress is None
    preview.close()


def test_booklet_can_be_cancelled(qtbot, main_window, sample_ids):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.personal.trigger()
    run = menu.last_run
    run.dialog.booklet.setChecked(True)
    with qtbot.waitSignal(run.cancelled, timeout=120000):
        run.dialog.accept()
        run.cancel()
    assert run.preview is None and run.progress is None


def test_options_dialogs_at_1366x768(qtbot, main_window, tmp_path):  # type: ignore[no-untyped-def]
    """The dialogs fit a small screen (grabbed for looking at them)."""
    main_window.resize(1366, 768)
    menu = main_window.documents_menu
    for action in ("calendar", "balance", "residency"):
        getattr(menu, action).trigger()
        dialog = menu.last_run.dialog
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        dialog.grab().save(str(tmp_path / f"{action}.png"))
        dialog.reject()


def test_calendar_document_starts_with_what_the_calendar_tab_shows(qtbot, main_window):  # type: ignore[no-untyped-def]
    from datetime import date

    from exchange_planner.ui.calendar.tab import CalendarTab

    tab = next(page for page in main_window.pages if isinstance(page, CalendarTab))
    main_window.tabs.setCurrentWidget(tab)
    tab.set_view("week")
    tab.set_focus_date(date(2023, 7, 26))
    main_window.documents_menu.calendar.trigger()
    dialog = main_window.documents_menu.last_run.dialog
    assert dialog.view.currentData() == "week"
    assert dialog.first.date().toPython() == date(2023, 7, 24)
    assert dialog.last.date().toPython() == date(2023, 7, 30)
    dialog.reject()


def test_the_calendar_tab_opens_the_calendar_document_of_its_period(qtbot, main_window):  # type: ignore[no-untyped-def]
    from datetime import date

    from exchange_planner.ui.calendar.tab import CalendarTab

    tab = next(page for page in main_window.pages if isinstance(page, CalendarTab))
    main_window.tabs.setCurrentWidget(tab)
    tab.set_view("month")
    tab.set_focus_date(date(2023, 7, 26))
    # "Print to PDF…" is the calendar document (one way to make a calendar PDF).
    assert tab.print_action in tab.calendar_menu.actions()
    assert [a.text() for a in tab.calendar_menu.actions()].count("Print to PDF…") == 1
    tab.print_action.trigger()
    dialog = tab.last_run.dialog
    assert tab.last_run.kind is DocumentKind.CALENDAR
    assert dialog.view.currentData() == "month"
    assert dialog.first.date().toPython() == date(2023, 7, 1)
    assert dialog.last.date().toPython() == date(2023, 7, 31)
    dialog.reject()
