"""People & Venues: an editor without a record shows nothing, not examples or stale values.

Without a selection (an empty database) and right after the shown record was deleted
through the Delete button, every field of the disabled form is blank: no placeholder such as
"광주" or "e.g. Gwangju", no chosen name order, no values of the deleted record.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QToolButton

from exchange_planner.services.registry import Services
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.fields import CodeChecks
from exchange_planner.ui.directory.section import DirectorySection
from exchange_planner.ui.directory.tab import DirectoryTab


def _tab(qtbot, services: Services, events, qt_settings) -> DirectoryTab:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    page = DirectoryTab(UiContext(services, events, stack, qt_settings))
    page._keep = (events, stack)  # type: ignore[attr-defined]  # owned by the window in the app
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


@pytest.fixture
def empty_tab(qtbot, services: Services, events, qt_settings) -> DirectoryTab:  # type: ignore[no-untyped-def]
    return _tab(qtbot, services, events, qt_settings)


@pytest.fixture
def sample_tab(qtbot, services: Services, events, sample_ids, qt_settings) -> DirectoryTab:  # type: ignore[no-untyped-def]
    return _tab(qtbot, services, events, qt_settings)


def shown_text(widget: Any) -> str:
    """What the field shows: its text, or the grey example text when it is empty."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText() or widget.placeholderText()
    if isinstance(widget, QSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, CodeChecks):
        return widget.value()  # the codes ticked
    if isinstance(widget, QCheckBox):
        return "ticked" if widget.isChecked() else ""
    assert isinstance(widget, QLineEdit)
    return widget.text() or widget.placeholderText()


def shown(section: DirectorySection) -> dict[str, str]:
    return {name: shown_text(field.widget) for name, field in section.fields.items()}


def _show(tab: DirectoryTab, section: DirectorySection) -> None:
    tab.sections.setCurrentWidget(section)


@pytest.mark.parametrize("kind", ["partnership", "person", "venue"])
def test_no_selection_shows_empty_fields(empty_tab: DirectoryTab, kind: str) -> None:
    section = empty_tab.by_kind[kind]
    _show(empty_tab, section)
    assert section.list.current_record() is None
    assert not section.form_widget.isEnabled()
    assert shown(section) == dict.fromkeys(section.fields, "")
    assert section.heading.text() == section.empty_hint
    assert not section.delete_action.isEnabled()


def _delete_button(section: DirectorySection) -> QToolButton:
    buttons = [
        button
        for button in section.findChildren(QToolButton)
        if button.defaultAction() is section.delete_action
    ]
    assert len(buttons) == 1
    return buttons[0]


@pytest.mark.parametrize(
    ("kind", "values", "shown_values"),
    [
        (
            "person",
            {
                "family_name": "Yoon",
                "given_name": "Seo-yeon",
                "native_name": "윤서연",
                "dietary_requirements": "nut_allergy",
            },
            ("Yoon", "Seo-yeon", "윤서연", "nut_allergy"),
        ),
        (
            "venue",
            {"name": "Alte Handelsbörse", "city": "Leipzig", "capacity": 180},
            ("Alte Handelsbörse", "180"),
        ),
        (
            "partnership",
            {"partner_city": "Daegu", "city_native": "대구", "country": "South Korea"},
            ("Daegu", "대구"),
        ),
    ],
)
def test_deleting_the_shown_record_leaves_no_trace_in_the_editor(
    qtbot,  # type: ignore[no-untyped-def]
    sample_tab: DirectoryTab,
    services: Services,
    kind: str,
    values: dict[str, Any],
    shown_values: tuple[str, ...],
) -> None:
    section = sample_tab.by_kind[kind]
    _show(sample_tab, section)
    record = section.service.create(**{"timezone": "Asia/Seoul", **values})
    sample_tab.context.events.changed.emit(kind, record.id)
    assert sample_tab.show_record(kind, record.id)
    before = shown(section)
    for value in shown_values:
        assert value in before.values()

    qtbot.mouseClick(_delete_button(section), Qt.MouseButton.LeftButton)

    assert record.id not in [r.id for r in section.service.list()]
    after = shown(section)
    current = section.list.current_record()
    for value in shown_values:
        assert value not in after.values(), f"{value!r} of the deleted record is still shown"
    assert value not in section.heading.text()
    if current is None:
        assert not section.form_widget.isEnabled()
        assert after == dict.fromkeys(section.fields, "")
        assert section.heading.text() == section.empty_hint
    else:  # the record now selected is the one shown
        assert section.record.id == current.id
        assert section.heading.text() == section.heading_of(current)


def test_a_new_record_fills_the_blank_form_again(qtbot, empty_tab: DirectoryTab) -> None:  # type: ignore[no-untyped-def]
    section = empty_tab.venues
    _show(empty_tab, section)
    new_button = next(
        button
        for button in section.findChildren(QToolButton)
        if button.defaultAction() is section.new_action
    )
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    assert section.form_widget.isEnabled()
    texts = shown(section)
    assert texts["name"] == "New venue"
    assert texts["capacity"] == "—"  # "not given" again, not blank
    assert texts["room"] == ""
    assert section.fields["name"].widget.placeholderText() == "e.g. Neues Rathaus"
