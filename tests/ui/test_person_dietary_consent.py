"""The person editor's dietary requirements and consent, ticked through the real check
boxes; Documents ▸ Catering summary… through its dialog and the preview."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from exchange_planner.domain.errors import ValidationError
from exchange_planner.services.registry import Services
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.tab import DirectoryTab


@pytest.fixture
def tab(qtbot, services: Services, events, sample_ids: dict[str, int], qt_settings) -> DirectoryTab:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    page = DirectoryTab(UiContext(services, events, stack, qt_settings))
    page._keep = (events, stack)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _person(services: Services, native_name: str) -> Any:
    return next(p for p in services.people.list() if p.native_name == native_name)


def _box(tab: DirectoryTab, code: str) -> QCheckBox:
    box = tab.people.fields["dietary_requirements"].widget.findChild(QCheckBox, f"code_{code}")
    assert box is not None, code
    return box


def _click(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    # On the box itself (the row may be wider than the box and its text).
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_ticking_requirements_and_consent_stores_them(
    qtbot, tab: DirectoryTab, services: Services
) -> None:
    section = tab.people
    tab.sections.setCurrentWidget(section)
    kang = _person(services, "강기정")
    assert section.select(kang.id)
    box = _box(tab, "nut_allergy")
    assert box.text() == "Nut allergy" and not box.isChecked()
    _click(qtbot, box)
    _click(qtbot, _box(tab, "vegetarian"))
    stored = services.people.get(kang.id)
    assert stored.dietary_requirements == "vegetarian,nut_allergy"  # in the codes' order
    assert not stored.notes_consent and stored.notes_consent_on is None

    consent = section.fields["notes_consent"].widget
    assert isinstance(consent, QCheckBox) and not consent.isChecked()
    _click(qtbot, consent)
    stored = services.people.get(kang.id)
    assert stored.notes_consent and stored.notes_consent_on == date.today()
    # The form shows the date the service set.
    qtbot.waitUntil(lambda: section.fields["notes_consent_on"].value() == date.today())

    # Each click is one undoable step: undoing the consent takes its date away too.
    stack = tab.context.undo_stack
    stack.undo()
    stored = services.people.get(kang.id)
    assert not stored.notes_consent and stored.notes_consent_on is None
    qtbot.waitUntil(lambda: not consent.isChecked())
    _click(qtbot, _box(tab, "nut_allergy"))  # unticked again
    assert services.people.get(kang.id).dietary_requirements == "vegetarian"
    assert _box(tab, "vegetarian").isChecked() and not _box(tab, "nut_allergy").isChecked()


def test_another_record_shows_its_own_codes(qtbot, tab: DirectoryTab, services: Services) -> None:
    kang = _person(services, "강기정")
    services.people.update(kang.id, dietary_requirements="halal,other", notes_consent=True)
    other = next(p for p in services.people.list() if p.id != kang.id)
    section = tab.people
    tab.sections.setCurrentWidget(section)
    section.reload()
    assert section.select(kang.id)
    assert _box(tab, "halal").isChecked() and _box(tab, "other").isChecked()
    assert section.fields["notes_consent"].widget.isChecked()
    assert section.select(other.id)
    assert not _box(tab, "halal").isChecked() and not _box(tab, "other").isChecked()


def test_an_unknown_code_is_refused_and_nothing_changes(services: Services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    kang = _person(services, "강기정")
    services.people.update(kang.id, dietary_requirements="vegan")
    before = services.people.get(kang.id)
    with pytest.raises(ValidationError) as caught:
        services.people.update(kang.id, dietary_requirements="vegan,paleo")
    assert caught.value.field == "dietary_requirements"
    assert "'paleo' is not a dietary requirement" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        services.people.update(kang.id, notes_consent=True, notes_consent_on="2999-01-01")
    assert caught.value.field == "notes_consent_on"
    with pytest.raises(ValidationError):
        services.people.update(kang.id, notes_consent="maybe")
    assert services.people.get(kang.id) == before
    # A consent given on paper earlier keeps its date; taking it back removes the date.
    given = services.people.update(kang.id, notes_consent=True, notes_consent_on="2023-06-30")
    assert given.notes_consent_on == date(2023, 6, 30)
    assert services.people.update(kang.id, notes_consent=False).notes_consent_on is None


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_catering_summary_from_the_documents_menu(qtbot, main_window, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.refresh()
    assert menu.catering.isEnabled() and menu.catering.text() == "Catering s&ummary…"
    menu.catering.trigger()
    run = menu.last_run
    dialog = run.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Catering summary"
    titles = [dialog.item.itemText(i) for i in range(dialog.item.count())]
    assert titles[0] == "All meals and receptions"
    assert any("Begrüßungsabendessen" in title for title in titles[1:])
    dialog.item.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = run.preview
    assert preview is not None and preview.isVisible() and preview.page_count() == 1
    saved = preview.save_as(str(tmp_path / "catering"))
    text = _text(saved)
    assert "Catering summary" in text and "Headcount" in text
    preview.close()


def test_a_visit_without_meals_says_so_in_the_dialog(qtbot, main_window, sample_ids):  # type: ignore[no-untyped-def]
    services = main_window.context.services
    for item in services.program.for_visit(sample_ids["visit"]):
        if item.kind in ("meal", "reception"):
            services.program.delete(item.id)
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", sample_ids["visit"])
    menu.catering.trigger()
    dialog = menu.last_run.dialog
    assert dialog.item.count() == 1  # "All meals and receptions" only
    assert "no meal or reception" in dialog.message.text()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and menu.last_run.task is None  # nothing started
    dialog.reject()
