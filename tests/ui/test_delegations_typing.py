"""What a person types after New visit or Add item replaces the default title; Return in the
"Add a member" name fields adds the person, as the button does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def _delegations(main_window):  # type: ignore[no-untyped-def]
    tab = next(page for page in main_window.pages if page.title() == "Delegations")
    main_window.tabs.setCurrentWidget(tab)
    return tab


def _button(widget, text: str):  # type: ignore[no-untyped-def]
    return next(
        button
        for button in widget.findChildren(QToolButton)
        if button.isVisible()
        and button.defaultAction() is not None
        and button.defaultAction().text() == text
    )


def test_typing_after_new_visit_replaces_its_default_title(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab = _delegations(main_window)
    tab.new_action.trigger()
    title = tab.sections["overview"].form.widgets["title"]
    assert title.hasFocus()
    qtbot.keyClicks(title, "Mayor of Gwangju in Leipzig")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert tab.services.visits.get(tab.visit_id).title == "Mayor of Gwangju in Leipzig"


def test_typing_after_add_item_replaces_its_default_title(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab = _delegations(main_window)
    tab.show_record("visit", 1)
    section = tab.sections["program"]
    tab.editor.setCurrentWidget(section)
    qtbot.mouseClick(_button(section, "Add item"), Qt.MouseButton.LeftButton)
    title = section.form.widgets["title"]
    assert title.hasFocus()
    qtbot.keyClicks(title, "Visit to the Thomaskirche")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    titles = [item.title for item in tab.services.program.for_visit(1)]
    assert "Visit to the Thomaskirche" in titles
    assert not any(t.startswith("New item") for t in titles)


def test_return_in_the_new_person_fields_adds_the_member(main_window, qtbot):  # type: ignore[no-untyped-def]
    tab = _delegations(main_window)
    tab.show_record("visit", 1)
    section = tab.sections["members"]
    tab.editor.setCurrentWidget(section)
    before = len(tab.services.members.for_visit(1))
    family = section.new_form.widgets["family_name"]
    given = section.new_form.widgets["given_name"]
    qtbot.mouseClick(family, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(family, "Lee")
    qtbot.keyClick(family, Qt.Key.Key_Tab)
    qtbot.keyClicks(given, "Min")
    qtbot.keyClick(given, Qt.Key.Key_Return)
    members = tab.services.members.for_visit(1)
    assert len(members) == before + 1
    names = {
        (p.family_name, p.given_name)
        for p in (tab.services.people.get(m.person_id) for m in members)
    }
    assert ("Lee", "Min") in names
