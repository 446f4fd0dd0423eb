"""A visit editor without a visit (or without a selected row) shows nothing, not defaults or
the values of a record that was just deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget


def _shown(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return "ticked" if widget.isChecked() else ""
    if isinstance(widget, QLineEdit) or hasattr(widget, "text"):
        return widget.text()  # type: ignore[attr-defined]
    raise AssertionError(f"unknown field {widget!r}")


def _texts(tab) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every field of every section of the visit editor, with what it shows."""
    forms = {
        "overview": tab.sections["overview"].form,
        "members": tab.sections["members"].detail,
        "program": tab.sections["program"].form,
        "gifts": tab.sections["gifts"].form,
        "guestbook": tab.sections["guestbook"].form,
    }
    return {
        f"{section}.{name}": _shown(widget)
        for section, form in forms.items()
        for name, widget in form.widgets.items()
    }


def _rows(tab) -> dict[str, int]:  # type: ignore[no-untyped-def]
    s = tab.sections
    return {
        "members": s["members"].model.rowCount(),
        "program": s["program"].tree.topLevelItemCount(),
        "gifts": s["gifts"].model.rowCount(),
        "guestbook": s["guestbook"].model.rowCount(),
    }


def _tab(main_window):  # type: ignore[no-untyped-def]
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    return tab


def _visit_every_section(tab) -> None:  # type: ignore[no-untyped-def]
    for key in ("overview", "members", "program", "gifts", "guestbook"):
        tab.editor.setCurrentWidget(tab.sections[key])


def _nothing_shown(tab) -> None:  # type: ignore[no-untyped-def]
    shown = {name: text for name, text in _texts(tab).items() if text}
    assert shown == {}
    assert _rows(tab) == {"members": 0, "program": 0, "gifts": 0, "guestbook": 0}
    assert tab.sections["program"].zone_label.text() == ""


def test_after_deleting_the_visit_the_editor_shows_nothing(qtbot, main_window):  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    assert tab.visit_id
    # Every section has shown the visit and a record of it.
    _visit_every_section(tab)
    tab.sections["members"].select_member(tab.sections["members"].model.record(0).id)
    tab.sections["program"].select_item(tab.sections["program"].item_rows()[0].data(0, 256 + 10))
    tab.sections["gifts"].select(tab.sections["gifts"].model.record(0).id)
    tab.sections["guestbook"].select(tab.sections["guestbook"].model.record(0).id)
    _visit_every_section(tab)
    texts = _texts(tab)
    assert texts["overview.title"] == "Offizieller Besuch der Delegation aus Gwangju"
    assert texts["program.title"] and texts["gifts.description"] and texts["members.role"]
    asked = []
    tab.confirm = lambda *args: asked.append(args) or True
    tab.delete_action.trigger()
    assert asked
    assert main_window.context.services.visits.count_rows() == 0
    assert tab.visit_id == 0 and tab.right.currentWidget() is tab.empty
    _visit_every_section(tab)
    _nothing_shown(tab)
    # Undo brings the visit back, and it is shown again.
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.visits.model.rowCount() == 1)
    tab.visits.select_id(tab.visits.model.visit_id(0))
    tab.editor.setCurrentWidget(tab.sections["overview"])
    assert _texts(tab)["overview.title"] == "Offizieller Besuch der Delegation aus Gwangju"


def test_with_no_visit_selected_the_editor_shows_nothing(qtbot, main_window):  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    _visit_every_section(tab)
    search = tab.visits.search
    qtbot.keyClicks(search, "no such visit")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert tab.visits.model.rowCount() == 0 and tab.visit_id == 0
    _visit_every_section(tab)
    _nothing_shown(tab)
    # The editor's actions have nothing to act on: they do nothing (and raise nothing).
    s = tab.sections
    for action in (s["program"].add_action, s["program"].template_action, s["gifts"].add_action):
        action.trigger()
    s["guestbook"].add_action.trigger()
    _nothing_shown(tab)


def test_sections_without_a_selected_row_show_an_empty_form(qtbot, main_window):  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    tab.editor.setCurrentWidget(tab.sections["program"])
    program = tab.sections["program"]
    assert program.current_item_id() is None and not program.form.isEnabled()
    assert {name: _shown(w) for name, w in program.form.widgets.items() if _shown(w)} == {}
    program.select_item(program.item_rows()[0].data(0, 256 + 10))
    assert program.form.widgets["starts_at"].text() != ""
    program.tree.setCurrentItem(None)
    assert {name: _shown(w) for name, w in program.form.widgets.items() if _shown(w)} == {}
    assert program.attendees.count() == 0
