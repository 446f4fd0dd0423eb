"""The Residencies tab's residency sheet and balance buttons: the Documents menu's options
dialog with the residency (or its partnership) and the partnership's language chosen, then
the preview of a PDF with the letterhead."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.documents.options import DocumentKind
from exchange_planner.ui.residencies.tab import ResidenciesTab

#: The sample's letterhead (services/sample.py), first line, per language.
LETTERHEAD = {
    "de": "Büro für internationale Partnerschaften (Beispiel)",
    "ko": "국제 자매결연 사무소 (예시)",
    "en": "Office for International Partnerships (sample)",
}


@pytest.fixture
def tab(qtbot, services, events, sample_ids, qt_settings):  # type: ignore[no-untyped-def]
    context = UiContext(services, events, QUndoStack(), qt_settings)
    page = ResidenciesTab(context, today=lambda: date(2024, 8, 20))
    qtbot.addWidget(page)
    page.show()
    return page


def _text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _create(qtbot, run):  # type: ignore[no-untyped-def]
    """Click "Create PDF" in the options dialog; returns the preview once the PDF is ready."""
    assert run.dialog.isVisible()
    ok = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=60000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert run.preview is not None and run.preview.isVisible()
    return run.preview


def test_residency_sheet_button_opens_the_options_then_the_preview(tab, sample_ids, qtbot):  # type: ignore[no-untyped-def]
    tab.show_record("residency", sample_ids["residency_incoming"])
    qtbot.mouseClick(tab.editor.sheet_button, Qt.MouseButton.LeftButton)
    run = tab.last_run
    assert run.kind is DocumentKind.RESIDENCY
    assert run.dialog.residency.currentData() == sample_ids["residency_incoming"]
    assert run.dialog.language.currentData() == "de+ko"  # Gwangju speaks Korean
    preview = _create(qtbot, run)
    text = _text(run.result)
    assert "Residenzblatt" in text and "레지던시 개요서" in text
    assert LETTERHEAD["de"] in text and LETTERHEAD["ko"] in text
    assert preview.page_count() == len(PdfReader(run.result).pages) >= 1
    assert preview.suggested_name.startswith("residency-Gegenresidenz")
    preview.close()


def test_the_partnerships_document_language_is_preselected(tab, services, sample_ids, qtbot):  # type: ignore[no-untyped-def]
    record = services.residencies.get(sample_ids["residency_incoming"])
    services.settings.set_document_languages({record.partnership_id: "en"})
    tab.show_record("residency", record.id)
    qtbot.mouseClick(tab.editor.sheet_button, Qt.MouseButton.LeftButton)
    run = tab.last_run
    assert run.dialog.language.currentData() == "en"
    preview = _create(qtbot, run)
    text = _text(run.result)
    assert "Residency sheet" in text and "Residenzblatt" not in text
    assert LETTERHEAD["en"] in text and LETTERHEAD["de"] not in text
    preview.close()


def test_balance_button_opens_the_options_with_the_partnership(tab, services, qtbot):  # type: ignore[no-untyped-def]
    tab.pages.setCurrentWidget(tab.balance)
    qtbot.mouseClick(tab.balance.print_button, Qt.MouseButton.LeftButton)
    run = tab.last_run
    assert run.kind is DocumentKind.BALANCE
    gwangju = next(p for p in services.partnerships.list() if p.partner_city == "Gwangju")
    assert run.dialog.partnership.currentData() == gwangju.id
    assert run.dialog.language.currentData() == "de+ko"
    # The language can still be changed before creating the PDF.
    run.dialog.language.setCurrentIndex(run.dialog.language.findData("ko"))
    preview = _create(qtbot, run)
    reader = PdfReader(run.result)
    text = _text(run.result)
    assert "Austauschbilanz" not in text and LETTERHEAD["ko"] in text
    assert "Seite" not in text and "쪽" in text
    assert preview.page_count() == len(reader.pages) >= 1
    assert preview.suggested_name == "balance-Gwangju.pdf"
    preview.close()


def test_balance_in_german_and_korean(tab, qtbot):  # type: ignore[no-untyped-def]
    tab.pages.setCurrentWidget(tab.balance)
    qtbot.mouseClick(tab.balance.print_button, Qt.MouseButton.LeftButton)
    preview = _create(qtbot, tab.last_run)
    text = _text(tab.last_run.result)
    assert "Austauschbilanz" in text and LETTERHEAD["de"] in text
    preview.close()


def test_cancelled_options_dialog_writes_nothing(tab, sample_ids, qtbot):  # type: ignore[no-untyped-def]
    tab.show_record("residency", sample_ids["residency_outgoing"])
    qtbot.mouseClick(tab.editor.sheet_button, Qt.MouseButton.LeftButton)
    run = tab.last_run
    cancel = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not run.dialog.isVisible()
    assert run.task is None and run.preview is None and run.result is None


def test_a_title_in_four_byte_letters_still_gets_a_writable_file_name(  # type: ignore[no-untyped-def]
    tab, services, sample_ids, qtbot
):
    # 300 letters of four bytes each: the suggested name must fit a file system's 255 bytes
    # with room for the temporary name the file is written under first.
    rid = sample_ids["residency_incoming"]
    services.residencies.update(rid, title="𠀀" * 300)
    tab.show_record("residency", rid)
    qtbot.mouseClick(tab.editor.sheet_button, Qt.MouseButton.LeftButton)
    preview = _create(qtbot, tab.last_run)
    assert preview.suggested_name.startswith("residency-𠀀")
    assert len(preview.suggested_name.encode("utf-8")) <= 200
    preview.close()
