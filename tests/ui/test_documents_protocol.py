"""Documents menu: the order of precedence and the seating plan, through the options dialog
and the preview."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.ui.documents.options import DocumentKind


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _create(qtbot, run) -> None:  # type: ignore[no-untyped-def]
    button = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_order_of_precedence_from_the_menu(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.refresh()
    assert menu.precedence.isEnabled() and menu.precedence.text() == "&Order of precedence…"
    menu.precedence.trigger()
    run = menu.last_run
    assert run.kind is DocumentKind.PRECEDENCE and run.dialog.isVisible()
    assert run.dialog.windowTitle() == "Order of precedence"
    assert not run.dialog.item.isVisible()
    run.dialog.language.setCurrentIndex(run.dialog.language.findData("de+ko"))
    _create(qtbot, run)
    preview = run.preview
    assert preview is not None and preview.isVisible() and preview.page_count() >= 1
    saved = preview.save_as(str(tmp_path / "precedence"))
    text = _text(saved)
    assert "Protokollarische Rangfolge / 의전 서열" in text
    assert text.index("1 Burkhard Jung") < text.index("2 Kang Gi-jung 강기정")
    preview.close()


def test_seating_plan_from_the_menu(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.seating.trigger()
    run = menu.last_run
    dialog = run.dialog
    assert run.kind is DocumentKind.SEATING and dialog.isVisible()
    # The meals and receptions with a seating plan: the welcome dinner.
    assert dialog.item.isVisible()
    assert [dialog.item.itemText(i) for i in range(dialog.item.count())] == ["Begrüßungsabendessen"]
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    _create(qtbot, run)
    preview = run.preview
    assert preview is not None and preview.page_count() >= 2
    assert preview.suggested_name == "seating-Begrüßungsabendessen.pdf"
    text = _text(preview.save_as(str(tmp_path / "seating")))
    assert "좌석 배치도 환영 만찬" in text
    assert "★ 강기정" in text and "◆ Burkhard Jung" in text
    assert "좌석 안내" in text
    preview.close()


def test_seating_plan_of_a_visit_without_one_says_so(qtbot, main_window, sample_ids):  # type: ignore[no-untyped-def]
    services = main_window.context.services
    for item in services.program.for_visit(sample_ids["visit"]):
        plan = services.seating.plan_for(item.id)
        if plan is not None:
            services.seating.delete_plan(plan.id)
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.seating.trigger()
    run = menu.last_run
    assert run.dialog.item.count() == 0
    button = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert run.dialog.isVisible()
    assert "no seating plan yet" in run.dialog.message.text()
    run.dialog.reject()
