from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.residencies.tab import ResidenciesTab


@pytest.fixture
def tab_with_paths(qtbot, services, events, sample_ids, qt_settings, tmp_path):
    asked: list[str] = []

    def ask(_parent, _title, suggested):
        asked.append(suggested)
        return str(tmp_path / suggested)

    context = UiContext(services, events, QUndoStack(), qt_settings)
    page = ResidenciesTab(context, today=lambda: date(2024, 8, 20), ask_path=ask)
    qtbot.addWidget(page)
    return page, asked


def test_residency_sheet_button_writes_the_pdf_in_the_background(tab_with_paths, sample_ids, qtbot):
    tab, asked = tab_with_paths
    tab.show_record("residency", sample_ids["residency_incoming"])
    qtbot.mouseClick(tab.editor.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_pdf is not None or bool(tab.last_pdf_error), timeout=20000)
    assert not tab.last_pdf_error
    assert asked[0].startswith("residency-Gegenresidenz")
    text = PdfReader(tab.last_pdf).pages[0].extract_text()
    assert "Residenzblatt" in text and "레지던시 개요서" in text  # Gwangju speaks ko


def test_balance_print_button(tab_with_paths, qtbot):
    tab, asked = tab_with_paths
    tab.pages.setCurrentWidget(tab.balance)
    qtbot.mouseClick(tab.balance.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_pdf is not None or bool(tab.last_pdf_error), timeout=20000)
    assert asked == ["balance-Gwangju.pdf"]
    assert "Austauschbilanz" in PdfReader(tab.last_pdf).pages[0].extract_text()


def test_cancelled_file_dialog_writes_nothing(qtbot, services, events, sample_ids, qt_settings):
    context = UiContext(services, events, QUndoStack(), qt_settings)
    tab = ResidenciesTab(context, ask_path=lambda *_: "")
    qtbot.addWidget(tab)
    tab.print_sheet(sample_ids["residency_outgoing"])
    assert tab.last_task is None and tab.last_pdf is None


def test_a_title_in_four_byte_letters_still_gets_a_writable_file_name(
    tab_with_paths, services, sample_ids, qtbot
):
    # 300 letters of four bytes each: the suggested name must fit a file system's 255 bytes
    # with room for the temporary name the file is written under first.
    rid = sample_ids["residency_incoming"]
    services.residencies.update(rid, title="𠀀" * 300)
    tab, asked = tab_with_paths
    tab.show_record("residency", rid)
    qtbot.mouseClick(tab.editor.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_pdf is not None or bool(tab.last_pdf_error), timeout=20000)
    assert not tab.last_pdf_error
    assert len(asked[0].encode("utf-8")) <= 200
