"""Print actions: options dialog, background generation, preview with save and print."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.documents.actions import (
    FONT_KEY,
    print_gift_protocol,
    print_gift_protocol_year,
    print_itinerary,
    print_personal_itineraries,
)


@pytest.fixture
def context(services, events, qt_settings):  # type: ignore[no-untyped-def]
    return UiContext(services, events, QUndoStack(), qt_settings)


@pytest.fixture
def parent(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_itinerary_preview_saves_and_prints(qtbot, parent, context, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    run = print_itinerary(parent, context, sample_ids["visit"])
    dialog = run.dialog
    assert dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("de+ko"))
    dialog.home_zone.setChecked(True)
    with qtbot.waitSignal(run.finished, timeout=60000):
        dialog.accept()
    preview = run.preview
    assert preview is not None and preview.isVisible()
    pages = preview.page_count()
    assert pages >= 3
    saved = preview.save_as(str(tmp_path / "copy"))
    assert saved == tmp_path / "copy.pdf"
    text = _text(saved)
    assert "Besuchsprogramm / 방문 일정" in text
    assert "Seoul" in text
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == pages
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages
    # Options are remembered for the next document.
    assert context.settings.value("documents/lang") == "de+ko"
    temporary = preview.path
    preview.close()
    assert not temporary.exists()


def test_personal_batch_writes_one_file_per_member(qtbot, parent, context, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    run = print_personal_itineraries(parent, context, sample_ids["visit"])
    dialog = run.dialog
    # The delegation's 20 members, then the home city's hosts.
    hosts = len(context.services.hosts.for_visit(sample_ids["visit"]))
    assert hosts and dialog.member.count() == 20 + hosts
    assert dialog.member.itemText(20).endswith(" (host)")
    dialog.all_members.setChecked(True)
    dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(run.finished, timeout=120000) as blocker:
        dialog.accept()
    paths = blocker.args[0]
    assert len(paths) == 20 + hosts
    assert paths[0].name == "01-Kang-Gi-jung.pdf"
    assert "Persönliches Programm" in _text(paths[20])  # a host's
    assert "Persönliches Programm" in _text(paths[0])
    assert run.progress is None


def test_personal_batch_can_be_cancelled(qtbot, parent, context, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    run = print_personal_itineraries(parent, context, sample_ids["visit"])
    run.dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(run.cancelled, timeout=120000):
        run.dialog.accept()
        button = run.progress.findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(list((tmp_path / "out").glob("*.pdf"))) < 20


def test_batch_without_folder_is_refused_with_a_message(qtbot, parent, context, sample_ids):  # type: ignore[no-untyped-def]
    run = print_personal_itineraries(parent, context, sample_ids["visit"])
    run.dialog.folder.setText("  ")
    run.dialog.accept()
    assert run.dialog.isVisible()
    assert "folder" in run.dialog.message.text()


def test_single_member_itinerary(qtbot, parent, context, sample_ids):  # type: ignore[no-untyped-def]
    run = print_personal_itineraries(parent, context, sample_ids["visit"])
    dialog = run.dialog
    dialog.one_member.setChecked(True)
    dialog.member.setCurrentIndex(1)  # the deputy: not at the press photo
    with qtbot.waitSignal(run.finished, timeout=60000):
        dialog.accept()
    text = _text(run.result)
    assert "Park Ji-won" in text
    assert "Austausch der Gastgeschenke" in text
    assert "Pressefoto auf der Museumstreppe" not in text


def test_gift_protocols_for_visit_and_year(qtbot, parent, context, sample_ids):  # type: ignore[no-untyped-def]
    run = print_gift_protocol(parent, context, sample_ids["visit"])
    with qtbot.waitSignal(run.finished, timeout=60000):
        run.dialog.accept()
    assert "Stiftablage aus Meissener Porzellan" in _text(run.result)
    year_run = print_gift_protocol_year(parent, context)
    assert year_run.dialog.year.value() == 2023
    with qtbot.waitSignal(year_run.finished, timeout=60000):
        year_run.dialog.accept()
    text = _text(year_run.result)
    assert "Geschenkprotokoll 2023" in text and "Porzellanteller" in text


def test_unreadable_font_setting_shows_an_error(qtbot, parent, context, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"nope")
    context.settings.setValue(FONT_KEY, str(bogus))
    run = print_gift_protocol(parent, context, sample_ids["visit"])
    with qtbot.waitSignal(run.failed, timeout=60000) as blocker:
        run.dialog.accept()
    assert "bogus.ttf" in blocker.args[0]
    assert run.error_box is not None and run.error_box.isVisible()


def test_itinerary_with_a_page_of_changes_since_a_printed_version(  # type: ignore[no-untyped-def]
    qtbot, parent, context, sample_ids, tmp_path
):
    from datetime import timedelta

    from PySide6.QtWidgets import QDialogButtonBox

    def create_pdf(run):  # type: ignore[no-untyped-def]
        button = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        with qtbot.waitSignal(run.finished, timeout=60000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        run.preview.close()

    visit = sample_ids["visit"]
    first = print_itinerary(parent, context, visit)
    assert not first.dialog.changes.isEnabled()  # nothing printed yet to compare with
    first.dialog.language.setCurrentIndex(first.dialog.language.findData("de"))
    create_pdf(first)

    program = context.services.program
    items = program.for_visit(visit)
    program.update(
        items[2].id,
        starts_at=items[2].starts_at + timedelta(hours=1),
        ends_at=items[2].ends_at + timedelta(hours=1),
    )
    program.create(
        visit_id=visit,
        title="Abendspaziergang",
        starts_at=items[3].starts_at + timedelta(hours=5),
        ends_at=items[3].starts_at + timedelta(hours=6),
        timezone="Europe/Berlin",
    )

    second = print_itinerary(parent, context, visit)
    dialog = second.dialog
    assert dialog.changes.isEnabled() and not dialog.changes_version.isEnabled()
    qtbot.mouseClick(dialog.changes, Qt.MouseButton.LeftButton)
    assert dialog.changes.isChecked() and dialog.changes_version.isEnabled()
    assert dialog.changes_version.value() == 1
    assert dialog.options().changes_since == 1
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(second.finished, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = PdfReader(io.BytesIO(second.result.read_bytes())).pages[1].extract_text()
    second.preview.close()
    assert "Änderungen seit Version 1" in page
    assert "Verlegt" in page and items[2].title.split()[0] in page
    assert "Neu" in page and "Abendspaziergang" in page
