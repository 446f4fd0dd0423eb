"""Moving starts in the visit editor keeps lengths; Add item takes the next free slot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from exchange_planner.domain.timeutil import to_local


@pytest.fixture
def tab(qtbot, main_window):  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    page = next(p for p in main_window.pages if p.title() == "Delegations")
    main_window.tabs.setCurrentWidget(page)
    main_window.activateWindow()
    main_window.windowHandle().requestActivate()
    qtbot.waitUntil(main_window.isActiveWindow)
    page.sections["overview"].reload()
    yield page
    QLocale.setDefault(before)


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _local(item):  # type: ignore[no-untyped-def]
    return tuple(
        to_local(t, item.timezone).strftime("%d.%m. %H:%M") for t in (item.starts_at, item.ends_at)
    )


def test_moving_the_first_day_past_the_last_moves_the_last_along(qtbot, tab, main_window):  # type: ignore[no-untyped-def]
    visits, stack = main_window.context.services.visits, main_window.undo_stack
    form = tab.sections["overview"].form
    depth = stack.count()
    _type(qtbot, form.widgets["start_date"], "30.7.2023")
    visit = visits.get(tab.visit_id)
    assert (visit.start_date, visit.end_date) == (date(2023, 7, 30), date(2023, 8, 1))
    assert form.error_text("start_date") == "" and form.error_text("end_date") == ""
    assert form.widgets["end_date"].text() == "01.08.2023"
    assert stack.count() == depth + 1  # one step
    # Earlier, but still before the last day: only the first day changes.
    _type(qtbot, form.widgets["start_date"], "31.7.2023")
    visit = visits.get(tab.visit_id)
    assert (visit.start_date, visit.end_date) == (date(2023, 7, 31), date(2023, 8, 1))
    stack.undo()
    stack.undo()
    visit = visits.get(tab.visit_id)
    assert (visit.start_date, visit.end_date) == (date(2023, 7, 25), date(2023, 7, 27))
    assert form.widgets["end_date"].text() == "27.07.2023"


def _program(tab):  # type: ignore[no-untyped-def]
    tab.editor.setCurrentWidget(tab.sections["program"])
    return tab.sections["program"]


def _item(main_window, title: str):  # type: ignore[no-untyped-def]
    visit_id = main_window.context.services.visits.rows()[0].id
    return next(
        i for i in main_window.context.services.program.for_visit(visit_id) if i.title == title
    )


def test_moving_a_program_items_start_keeps_its_length(qtbot, tab, main_window):  # type: ignore[no-untyped-def]
    program = _program(tab)
    services = main_window.context.services
    reception = _item(main_window, "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus")
    assert _local(reception) == ("26.07. 10:00", "26.07. 10:30")
    assert program.select_item(reception.id)
    starts = program.form.widgets["starts_at"]
    _type(qtbot, starts.time_edit, "11:15")
    moved = services.program.get(reception.id)
    assert _local(moved) == ("26.07. 11:15", "26.07. 11:45")
    assert program.form.widgets["ends_at"].text() == "26.07.2023 11:45"
    assert program.form.error_text("starts_at") == ""
    # The item now runs into the following ones: shifting them is offered.
    assert program.shift_bar.isVisibleTo(program)
    program.dismiss_shift()
    _type(qtbot, starts.date_edit, "27.07.2023")
    assert _local(services.program.get(reception.id)) == ("27.07. 11:15", "27.07. 11:45")
    main_window.undo_stack.undo()
    main_window.undo_stack.undo()
    assert _local(services.program.get(reception.id)) == ("26.07. 10:00", "26.07. 10:30")


def _add(qtbot, program, main_window):  # type: ignore[no-untyped-def]
    button = program.toolbar.widgetForAction(program.add_action)
    before = {i.id for i in main_window.context.services.program.for_visit(program.visit_id)}
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    items = main_window.context.services.program.for_visit(program.visit_id)
    [new] = [i for i in items if i.id not in before]
    others = [i for i in items if i.id != new.id]
    assert all(o.ends_at <= new.starts_at or o.starts_at >= new.ends_at for o in others)
    assert program.current_item_id() == new.id
    return new


def test_add_item_goes_into_the_next_free_slot(qtbot, tab, main_window):  # type: ignore[no-untyped-def]
    program = _program(tab)
    reception = _item(main_window, "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus")
    assert program.select_item(reception.id)
    # Guestbook, gifts and the council hall follow until 11:45; lunch starts at 12:00.
    new = _add(qtbot, program, main_window)
    assert _local(new) == ("26.07. 11:45", "26.07. 12:00")
    assert program.form.widgets["starts_at"].text() == "26.07.2023 11:45"
    # From the new item on, the next slot is after lunch.
    assert _local(_add(qtbot, program, main_window)) == ("26.07. 13:30", "26.07. 14:00")
    # After the last item of the day, a whole hour.
    assert program.select_item(_item(main_window, "Freizeit").id)
    assert _local(_add(qtbot, program, main_window)) == ("26.07. 19:00", "26.07. 20:00")
    # Nothing selected: from 10:00 on the first day, which is free in the morning.
    program.tree.setCurrentItem(None)
    new = _add(qtbot, program, main_window)
    assert _local(new) == ("25.07. 10:00", "25.07. 11:00")
    assert new.ends_at - new.starts_at == timedelta(hours=1)
