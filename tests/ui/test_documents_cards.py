"""Documents menu: place cards and name badges through the options dialog and the preview."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from exchange_planner.reports import layouts
from exchange_planner.ui.documents import options


def _reader(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in _reader(path).pages).replace("\n", "")


def _select_visit(window, visit_id: int) -> None:  # type: ignore[no-untyped-def]
    window.events.current.emit("visit", visit_id)


def test_the_dialogs_layouts_are_the_reports() -> None:
    assert options.PLACE_CARD_LAYOUTS == layouts.PLACE_CARD_KEYS
    assert options.BADGE_LAYOUTS == layouts.BADGE_KEYS


def test_place_cards_of_the_dinner_from_the_menu(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    main_window.current.pop("visit", None)
    menu.refresh()
    assert not menu.place_cards.isEnabled() and not menu.badges.isEnabled()
    _select_visit(main_window, sample_ids["visit"])
    assert menu.place_cards.isEnabled()
    menu.place_cards.trigger()
    run = menu.last_run
    dialog = run.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Place cards"
    assert dialog.card_layout.isVisible() and dialog.card_item.isVisible()
    assert [dialog.card_layout.itemData(i) for i in range(dialog.card_layout.count())] == [
        "a4-2",
        "a4-4",
    ]
    # The dinner's seating plan first, then everyone by precedence.
    assert dialog.card_item.itemData(0) == sample_ids["dinner"]
    assert dialog.card_item.itemText(0) == "Seating plan: Begrüßungsabendessen"
    assert dialog.card_item.itemData(1) is None
    dialog.card_layout.setCurrentIndex(dialog.card_layout.findData("a4-4"))
    dialog.language.setCurrentIndex(dialog.language.findData("de+ko"))
    with qtbot.waitSignal(run.finished, timeout=60000):
        dialog.accept()
    preview = run.preview
    assert preview is not None and preview.isVisible()
    seated = sum(
        1
        for table in main_window.context.services.seating.view(sample_ids["dinner"]).tables
        for spot in table.spots
        if spot.person_id is not None
    )
    assert preview.page_count() == -(-seated // 4)
    saved = preview.save_as(str(tmp_path / "cards"))
    text = _text(saved)
    assert text.count("강기정") == 2 and text.count("Kang Gi-jung") == 2
    assert "Tisch 1 · Platz 1" in text
    assert main_window.context.settings.value("documents/place_card_layout") == "a4-4"
    preview.close()


def test_name_badges_on_labels_from_the_menu(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    _select_visit(main_window, sample_ids["visit"])
    menu.badges.trigger()
    run = menu.last_run
    dialog = run.dialog
    assert dialog.windowTitle() == "Name badges"
    assert dialog.card_layout.isVisible() and not dialog.card_item.isVisible()
    dialog.card_layout.setCurrentIndex(dialog.card_layout.findData("avery-l4785"))
    dialog.language.setCurrentIndex(dialog.language.findData("de+en"))
    with qtbot.waitSignal(run.finished, timeout=60000):
        dialog.accept()
    preview = run.preview
    people = len(main_window.context.services.precedence.order(sample_ids["visit"]).entries)
    assert preview.page_count() == -(-people // 10)
    text = _text(preview.save_as(str(tmp_path / "badges")))
    assert "Kang Gi-jung" in text and "Burkhard Jung" in text
    assert "Lord Mayor of Leipzig" in text
    preview.close()


def test_other_documents_ask_for_no_layout(qtbot, main_window, sample_ids):  # type: ignore[no-untyped-def]
    _select_visit(main_window, sample_ids["visit"])
    main_window.documents_menu.gifts.trigger()
    dialog = main_window.documents_menu.last_run.dialog
    assert dialog.isVisible()
    assert not dialog.card_layout.isVisible() and not dialog.card_item.isVisible()
    dialog.reject()
