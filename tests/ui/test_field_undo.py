"""Ctrl+Z pressed in a text field that has no typing of its own to undo undoes the last edit
of the application (it is not swallowed by the field); typing in the field is undone first."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _program(main_window):  # type: ignore[no-untyped-def]
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", 1)
    section = tab.sections["program"]
    tab.editor.setCurrentWidget(section)
    return tab, section


def _add_item_button(section):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolButton

    return next(
        button
        for button in section.findChildren(QToolButton)
        if button.defaultAction() is not None and button.defaultAction().text() == "Add item"
    )


def test_ctrl_z_in_a_fresh_field_undoes_the_added_item(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab, section = _program(main_window)
    program = tab.services.program
    before = len(program.for_visit(1))
    qtbot.mouseClick(_add_item_button(section), Qt.MouseButton.LeftButton)
    assert len(program.for_visit(1)) == before + 1
    title = section.form.widgets["title"]
    title.setFocus()
    assert title.hasFocus() and not title.isUndoAvailable()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(program.for_visit(1)) == before  # the add is undone
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(program.for_visit(1)) == before + 1  # and redone


def test_ctrl_z_undoes_typing_in_the_field_first(main_window, qtbot):  # type: ignore[no-untyped-def]
    _tab, section = _program(main_window)
    title = section.form.widgets["title"]
    title.setFocus()
    shown = title.text()
    depth = main_window.undo_stack.index()
    title.end(False)
    qtbot.keyClicks(title, " extra")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == shown  # the field's own typing
    assert main_window.undo_stack.index() == depth  # nothing of the application's
