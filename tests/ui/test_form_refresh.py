"""The shared form when the record it shows is stored again (by someone else, or by undo):
unsaved typing is never replaced unseen; a field someone else changed shows both values."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from exchange_planner.ui.widgets.forms import ASK, KEEP, TAKE, Form, merge_typing


@pytest.fixture
def form(qtbot) -> Form:  # type: ignore[no-untyped-def]
    form = Form()
    form.text("title", "&Title")
    form.multiline("notes", "&Notes")
    qtbot.addWidget(form)
    form.show()
    form.load({"id": 1, "title": "Stored title", "notes": "Stored notes"})
    return form


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_merge_rules() -> None:
    def same(a: Any, b: Any) -> bool:
        return a == b

    assert merge_typing("a", "a", "b", same) == TAKE  # nothing typed: take the new value
    assert merge_typing("a", "b", "b", same) == TAKE  # typed what is stored now
    assert merge_typing("a", "mine", "a", same) == KEEP  # this field did not change
    assert merge_typing("a", "mine", "theirs", same) == ASK


def test_fields_without_typing_take_the_new_values(form: Form) -> None:
    form.load({"id": 1, "title": "New title", "notes": "New notes"})
    assert form.value("title") == "New title"
    assert form.value("notes") == "New notes"
    assert form.note_text("title") == form.note_text("notes") == ""


def test_typing_is_kept_when_another_field_changed(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    title = form.widgets["title"]
    _type(qtbot, title, "Typed")
    title.setCursorPosition(2)
    form.load({"id": 1, "title": "Stored title", "notes": "Notes changed elsewhere"})
    assert form.value("title") == "Typed"
    assert title.cursorPosition() == 2  # the typing goes on where it was
    assert form.value("notes") == "Notes changed elsewhere"
    assert form.note_text("title") == ""


def test_typing_overtaken_shows_both_and_waits_for_the_choice(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    edited: list[tuple[str, Any]] = []
    form.edited.connect(lambda name, value: edited.append((name, value)))
    title = form.widgets["title"]
    _type(qtbot, title, "Mine")
    form.load({"id": 1, "title": "Theirs <b>bold</b>", "notes": "Stored notes"})
    assert form.value("title") == "Mine"
    assert form.note_text("title") == "This was changed meanwhile to “Theirs <b>bold</b>”"
    note = form.notes["title"]
    assert note.label.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert edited == []  # finishing the edit does not save over theirs
    qtbot.mouseClick(note.mine_button, Qt.MouseButton.LeftButton)
    assert edited == [("title", "Mine")]
    assert form.note_text("title") == ""


def test_use_theirs_and_another_record(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    title = form.widgets["title"]
    _type(qtbot, title, "Mine")
    form.load({"id": 1, "title": "Theirs", "notes": "Stored notes"})
    qtbot.mouseClick(form.notes["title"].theirs_button, Qt.MouseButton.LeftButton)
    assert form.value("title") == "Theirs"
    assert form.note_text("title") == ""

    _type(qtbot, title, "Mine again")
    form.load({"id": 1, "title": "Theirs again", "notes": "Stored notes"})
    assert form.note_text("title") != ""
    form.load({"id": 2, "title": "Another record", "notes": ""})  # the note goes with it
    assert form.value("title") == "Another record"
    assert form.note_text("title") == ""


def test_typing_their_value_then_a_newer_one_shows_the_newer(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    title = form.widgets["title"]
    _type(qtbot, title, "Mine")
    form.load({"id": 1, "title": "Theirs", "notes": "Stored notes"})
    _type(qtbot, title, "Theirs")  # the user types what they stored
    form.load({"id": 1, "title": "Theirs, later", "notes": "Stored notes"})
    assert form.value("title") == "Theirs, later"
    assert form.note_text("title") == ""
