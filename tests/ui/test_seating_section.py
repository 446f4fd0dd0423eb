"""The Seating section of the visit editor, driven as a person does: guests dragged from seat
to seat with the mouse at points computed from the drawing, Edit ▸ Undo and Redo, warnings,
a new plan with its tables placed automatically, and the same without a mouse.

Everything is read back through the services of the window (what is stored) and from the
section's drawing, lists and labels (what is shown).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gestures import undo_action
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from exchange_planner.domain.enums import ProgramKind, TableShape
from exchange_planner.domain.seating import SeatKey
from exchange_planner.storage.database import open_database
from exchange_planner.ui import conflicts
from exchange_planner.ui.delegations.seating import SeatingSection
from exchange_planner.ui.delegations.seating_canvas import name_lines
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.main_window import MainWindow

#: How long a change of another window may take to show (the watcher polls).
WITHIN = 10_000


def redo_action(window):  # type: ignore[no-untyped-def]
    return next(a for a in window.edit_menu.actions() if "Ctrl+Shift+Z" in a.shortcut().toString())


def open_section(window: MainWindow, qtbot, item_id: int | None = None) -> SeatingSection:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    tab = window.page(DelegationsTab)
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    section = tab.sections["seating"]
    tab.editor.setCurrentWidget(section)
    if item_id is not None:
        assert section.select_item(item_id)
    return section


def dinner_id(services) -> int:  # type: ignore[no-untyped-def]
    """The sample's welcome dinner: the item with a seating plan."""
    visit_id = services.visits.rows()[0].id
    return next(
        item.id
        for item in services.program.for_visit(visit_id)
        if services.seating.plan_for(item.id) is not None
    )


def person_id(services, family: str, given: str = "") -> int:  # type: ignore[no-untyped-def]
    return next(
        p.id
        for p in services.people.list()
        if p.family_name == family and (not given or p.given_name == given)
    )


@pytest.fixture
def dinner(main_window, qtbot) -> SeatingSection:  # type: ignore[no-untyped-def]
    services = main_window.context.services
    return open_section(main_window, qtbot, dinner_id(services))


def seats(section: SeatingSection) -> dict[SeatKey, tuple[int, bool]]:
    assert section.plan_id is not None
    return section.services.seating.assignments(section.plan_id)


def seat_of(section: SeatingSection, pid: int) -> SeatKey:
    return next(key for key, (who, _locked) in seats(section).items() if who == pid)


def on_screen(qtbot, section: SeatingSection, key: SeatKey, also: SeatKey | None = None) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the seat is in the canvas, scrolled into sight first (with ``also``: both in
    sight, the view scrolled to the middle between them)."""
    point = section.canvas.point_of(key)
    if also is not None:
        point = (point + section.canvas.point_of(also)) / 2
    section.scroll.ensureVisible(point.x(), point.y(), 70, 40)
    for seat in (key, also):
        if seat is not None:
            inside = section.canvas.mapTo(section.scroll.viewport(), section.canvas.point_of(seat))
            assert section.scroll.viewport().rect().contains(inside), "seat out of sight"
    return section.canvas.point_of(key)


def drag(qtbot, source, start: QPoint, target, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    """Press on ``source`` at ``start``, move in steps (the button held), release on
    ``target`` at ``end`` (each point in its own widget's coordinates)."""
    qtbot.mousePress(source, Qt.MouseButton.LeftButton, pos=start)
    end_global = target.mapToGlobal(end)
    for step in range(1, 5):
        global_point = (
            source.mapToGlobal(start) + (end_global - source.mapToGlobal(start)) * step / 4
        )
        qtbot.mouseMove(source, source.mapFromGlobal(global_point))
    qtbot.mouseRelease(source, Qt.MouseButton.LeftButton, pos=source.mapFromGlobal(end_global))


def shown_at(section: SeatingSection, key: SeatKey) -> int | None:
    return section.canvas.drawing.seats[key].person_id


def test_the_welcome_dinner_is_drawn_with_names_sides_and_marks(dinner, main_window) -> None:  # type: ignore[no-untyped-def]
    s = main_window.context.services
    kang, jung = person_id(s, "Kang"), person_id(s, "Jung", "Burkhard")
    assert dinner.pages.currentWidget() is dinner.plan_page
    drawing = dinner.canvas.drawing
    assert len(drawing.tables) == 2
    stored = seats(dinner)
    assert {k: who for k, (who, _l) in stored.items()} == {
        k: box.person_id for k, box in drawing.seats.items() if box.person_id is not None
    }
    # Kang Gi-jung in Latin and Hangul; the host and the guest of honour are marked.
    kang_seat = seat_of(dinner, kang)
    assert drawing.seats[kang_seat].lines == ("Kang Gi-jung", "강기정")
    assert (dinner.canvas.host_id, dinner.canvas.honour_id) == (jung, kang)
    assert drawing.seats[seat_of(dinner, jung)].lines == ("Burkhard Jung", "")
    sides = {box.side for box in drawing.seats.values() if box.person_id}
    assert {str(side) for side in sides} == {"delegation", "host"}
    legend = [text for _swatch, text in dinner.legend.entries]
    assert legend[:2] == ["Delegation", "Home city"] and "Locked" in legend
    # In a Korean interface the Hangul name comes first.
    kang_person = s.people.get(kang)
    assert name_lines(kang_person, "ko") == ("강기정", "Kang Gi-jung")
    assert name_lines(s.people.get(jung), "ko") == ("Burkhard Jung", "")
    tip = dinner.seat_tooltip(kang_seat)
    assert tip.splitlines()[:3] == [
        f"Table 1, seat {kang_seat.seat}",
        "Kang Gi-jung (강기정)",
        "★ Guest of honour",
    ]
    # The seats are laid out apart: no two boxes overlap.
    boxes = [box.rect for box in drawing.seats.values() if not box.key.behind]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_dragging_a_guest_onto_a_taken_seat_swaps_them_and_undo_redo_follow(  # type: ignore[no-untyped-def]
    dinner, main_window, qtbot
) -> None:
    s = main_window.context.services
    kang = person_id(s, "Kang")
    source = seat_of(dinner, kang)
    target = SeatKey(source.table_id, source.seat + 3 if source.seat <= 10 else source.seat - 3)
    occupant = seats(dinner)[target][0]
    before = seats(dinner)
    depth = main_window.undo_stack.count()

    canvas = dinner.canvas
    start = on_screen(qtbot, dinner, source, target)
    end = canvas.point_of(target)
    drag(qtbot, canvas, start, canvas, end)

    after = seats(dinner)
    assert after[target][0] == kang and after[source][0] == occupant
    qtbot.waitUntil(lambda: shown_at(dinner, target) == kang)
    assert shown_at(dinner, source) == occupant
    assert main_window.undo_stack.count() == depth + 1  # one step

    undo_action(main_window).trigger()
    assert seats(dinner) == before
    qtbot.waitUntil(lambda: shown_at(dinner, source) == kang)
    assert shown_at(dinner, target) == occupant
    redo_action(main_window).trigger()
    assert seats(dinner) == after
    qtbot.waitUntil(lambda: shown_at(dinner, target) == kang)


def test_moving_the_interpreter_away_shows_the_warning_and_selecting_it_selects_her_seat(  # type: ignore[no-untyped-def]
    dinner, main_window, qtbot
) -> None:
    s = main_window.context.services
    kang, baek = person_id(s, "Kang"), person_id(s, "Baek")
    texts = lambda: [dinner.warnings.item(i).text() for i in range(dinner.warnings.count())]  # noqa: E731
    assert not any("Baek" in text and "interprets for" in text for text in texts())
    # Her seat is beside Kang Gi-jung; three seats farther on, she is far from him.
    own, his = seat_of(dinner, baek), seat_of(dinner, kang)
    assert own.table_id == his.table_id and abs(own.seat - his.seat) == 1
    step = 3 if own.seat > his.seat else -3
    far = SeatKey(own.table_id, own.seat + step)
    start = on_screen(qtbot, dinner, own, far)
    end = dinner.canvas.point_of(far)
    drag(qtbot, dinner.canvas, start, dinner.canvas, end)
    assert seat_of(dinner, baek) == far

    def warned() -> None:
        assert any(
            "Baek Seo-yeon" in text and "Kang Gi-jung" in text and "interprets for" in text
            for text in texts()
        )

    qtbot.waitUntil(warned)
    row = next(
        i for i, text in enumerate(texts()) if "Baek Seo-yeon" in text and "interprets for" in text
    )
    dinner.warnings.setFocus()
    dinner.warnings.setCurrentRow(row)
    assert dinner.canvas.selected == far
    assert far in dinner.canvas.warned


def test_a_guest_dragged_to_the_unseated_list_loses_the_seat_and_comes_back_from_it(  # type: ignore[no-untyped-def]
    dinner, main_window, qtbot
) -> None:
    s = main_window.context.services
    kang = person_id(s, "Kang")
    source = seat_of(dinner, kang)
    listing = dinner.unseated.viewport()
    drag(qtbot, dinner.canvas, on_screen(qtbot, dinner, source), listing, listing.rect().center())
    assert kang not in {who for who, _l in seats(dinner).values()}
    qtbot.waitUntil(lambda: dinner.unseated.count() >= 1)
    names = [dinner.unseated.item(i).text() for i in range(dinner.unseated.count())]
    assert "Kang Gi-jung (강기정)" in names
    assert dinner.unseated_title.text().startswith("Unseated: ")
    # Back from the list to his seat (now empty).
    row = names.index("Kang Gi-jung (강기정)")
    item_point = dinner.unseated.visualItemRect(dinner.unseated.item(row)).center()
    end = on_screen(qtbot, dinner, source)
    drag(qtbot, listing, item_point, dinner.canvas, end)
    assert seat_of(dinner, kang) == source
    undo_action(main_window).trigger()
    assert kang not in {who for who, _l in seats(dinner).values()}


def test_without_a_mouse_select_lock_move_and_unseat(dinner, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = dinner.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    first = canvas.selected
    assert first is not None and first.seat == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    second = canvas.selected
    assert second is not None and second.seat == 2
    who = seats(dinner)[second][0]

    qtbot.keyClick(canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seats(dinner)[second] == (who, True)
    qtbot.waitUntil(lambda: dinner.canvas.drawing.seats[second].locked)
    assert dinner.lock_action.text() == "Unlock seat"

    # Move to seat…: a dialog lists the seats; the arrow keys choose, Enter moves.
    qtbot.keyClick(canvas, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = dinner.move_dialog
    assert dialog is not None and dialog.isVisible()
    combo = dialog.seats
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    chosen = combo.currentData()
    assert chosen != second
    occupant = seats(dinner).get(chosen, (None, False))[0]
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert seats(dinner)[chosen][0] == who
    if occupant is not None:
        assert seats(dinner)[second][0] == occupant
    assert canvas.selected == chosen

    # Unseat: the guest goes to the unseated list.
    qtbot.waitUntil(lambda: shown_at(dinner, chosen) == who)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert who not in {p for p, _l in seats(dinner).values()}
    qtbot.waitUntil(lambda: dinner.unseated.count() >= 1)
    # From the list back to a seat, by the keys as well.
    listing = dinner.unseated
    listing.setFocus()
    row = next(
        i
        for i in range(listing.count())
        if listing.item(i).data(Qt.ItemDataRole.UserRole + 20) == who
    )
    listing.setCurrentRow(row)
    qtbot.keyClick(listing, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = dinner.move_dialog
    assert dialog is not None and dialog.isVisible()
    target = dialog.seats.currentData()
    qtbot.keyClick(dialog.seats, Qt.Key.Key_Return)
    assert seats(dinner)[target][0] == who


def test_a_new_plan_with_too_few_seats_says_how_many_are_unseated(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = main_window.context.services
    visit_id = s.visits.rows()[0].id
    lunch = next(
        item
        for item in s.program.for_visit(visit_id)
        if item.kind in (ProgramKind.MEAL, ProgramKind.RECEPTION)
        and s.seating.plan_for(item.id) is None
    )
    section = open_section(main_window, qtbot, lunch.id)
    assert section.pages.currentWidget() is section.create_page
    section.new_shape.setCurrentIndex(section.new_shape.findData(TableShape.LONG))
    seats_field = section.new_seats
    seats_field.setFocus()
    seats_field.selectAll()
    qtbot.keyClicks(seats_field, "4")
    qtbot.mouseClick(section.create_button, Qt.MouseButton.LeftButton)
    plan = s.seating.plan_for(lunch.id)
    assert plan is not None
    (table,) = s.seating_tables.for_plan(plan.id)
    assert (table.shape, table.seats, table.label) == (TableShape.LONG, 4, "1")
    assert section.pages.currentWidget() is section.plan_page

    qtbot.mouseClick(section.add_table_button, Qt.MouseButton.LeftButton)
    tables = s.seating_tables.for_plan(plan.id)
    assert [t.label for t in tables] == ["1", "2"]
    assert section.tables.currentItem().text().startswith("2 · Round, 10 seats")
    # The new table gets 2 seats, typed into its field.
    field = section.table_seats
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert s.seating_tables.get(tables[1].id).seats == 2
    attending = len(s.seating.view(lunch.id).order.entries)
    assert attending > 6

    button = section.toolbar.widgetForAction(section.place_action)
    assert isinstance(button, QAbstractButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    placed = s.seating.assignments(plan.id)
    assert len(placed) == 6
    missing = attending - 6
    assert section.message.text().startswith(
        f"Placed by the order of precedence; {missing} without"
    )
    qtbot.waitUntil(lambda: section.unseated.count() == missing)
    assert section.unseated_title.text() == f"Unseated: {missing} (not enough seats)"
    assert len(section.canvas.drawing.seats) == 6

    undo_action(main_window).trigger()  # the placement
    assert s.seating.assignments(plan.id) == {}
    undo_action(main_window).trigger()  # the seats of table 2
    assert s.seating_tables.get(tables[1].id).seats == 10
    undo_action(main_window).trigger()  # table 2
    assert len(s.seating_tables.for_plan(plan.id)) == 1
    undo_action(main_window).trigger()  # the plan
    assert s.seating.plan_for(lunch.id) is None
    qtbot.waitUntil(lambda: section.pages.currentWidget() is section.create_page)


def test_fewer_seats_than_seated_is_refused_with_the_reason(dinner, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = main_window.context.services
    table = dinner.view.tables[0]
    field = dinner.table_seats
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "3")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert s.seating_tables.get(table.id).seats == table.seats
    assert dinner.message.text().startswith("Not changed: ")
    assert field.value() == table.seats


def test_a_colleagues_change_shows_and_an_undo_over_it_is_refused(  # type: ignore[no-untyped-def]
    dinner, main_window, qtbot, sample_db_path: Path, monkeypatch
) -> None:
    from exchange_planner.services.registry import Services

    told: list[str] = []
    monkeypatch.setattr(conflicts, "tell", lambda _parent, text: told.append(text))
    s = main_window.context.services
    kang = person_id(s, "Kang")
    dinner.canvas.setFocus()
    dinner.canvas.select(seat_of(dinner, kang))
    qtbot.keyClick(dinner.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    key = seat_of(dinner, kang)
    assert seats(dinner)[key] == (kang, True)

    # Another window (its own database connection) unseats Kang Gi-jung.
    other_db = open_database(sample_db_path)
    try:
        other = Services.for_database(other_db)
        other.seating.unseat(dinner.plan_id, kang)
        qtbot.waitUntil(lambda: shown_at(dinner, key) is None, timeout=WITHIN)
        undo_action(main_window).trigger()  # would lock nothing: refused, nothing changes
        assert key not in seats(dinner)
        assert told and told[-1].startswith("Undo did nothing: Table 1, seat")
    finally:
        other_db.dispose()


def test_a_change_based_on_seats_a_colleague_changed_meanwhile_is_refused(  # type: ignore[no-untyped-def]
    dinner, main_window, qtbot, sample_db_path: Path
) -> None:
    from exchange_planner.services.registry import Services

    s = main_window.context.services
    kang = person_id(s, "Kang")
    key = seat_of(dinner, kang)
    dinner.canvas.setFocus()
    dinner.canvas.select(key)
    depth = main_window.undo_stack.count()
    other_db = open_database(sample_db_path)
    try:
        # Another window unseats him; this one has not heard of it yet when Ctrl+L is pressed.
        Services.for_database(other_db).seating.unseat(dinner.plan_id, kang)
        qtbot.keyClick(dinner.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    finally:
        other_db.dispose()
    assert key not in seats(dinner)  # nothing locked, nobody put back
    assert main_window.undo_stack.count() == depth
    text = dinner.message.text()
    assert text.startswith(f"Not changed: Table 1, seat {key.seat} was changed to empty")
    assert shown_at(dinner, key) is None  # the drawing shows what is stored now


def test_escape_cancels_a_drag(dinner, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = main_window.context.services
    kang = person_id(s, "Kang")
    source = seat_of(dinner, kang)
    target = SeatKey(source.table_id, source.seat + 2 if source.seat <= 10 else source.seat - 2)
    before = seats(dinner)
    canvas = dinner.canvas
    start = on_screen(qtbot, dinner, source, target)
    end = canvas.point_of(target)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(canvas, start + (end - start) * step / 4)
    assert dinner.drag is not None and dinner.drag.active
    assert canvas.drop_target == target  # the seat under the pointer is highlighted
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert dinner.drag is None and canvas.drop_target is None
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert seats(dinner) == before


@pytest.fixture
def read_only_window(qtbot, sample_db_path: Path, qt_settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    sample_db_path.chmod(0o444)
    window = MainWindow(open_database(sample_db_path), qt_settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    sample_db_path.chmod(0o644)


def test_a_read_only_database_shows_the_plan_but_nothing_is_dragged(
    read_only_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = read_only_window
    s = window.context.services
    section = open_section(window, qtbot, dinner_id(s))
    kang = person_id(s, "Kang")
    source = seat_of(section, kang)
    target = SeatKey(source.table_id, source.seat + 2 if source.seat <= 10 else source.seat - 2)
    start = on_screen(qtbot, section, source, target)
    drag(qtbot, section.canvas, start, section.canvas, section.canvas.point_of(target))
    assert seat_of(section, kang) == source
    assert section.drag is None
    for action in (
        section.place_action,
        section.move_action,
        section.lock_action,
        section.unseat_action,
    ):
        assert not action.isEnabled()
    assert not section.add_table_button.isEnabled()
    assert not section.rule.isEnabled()


def test_the_plans_rule_and_a_tables_label_and_shape_are_changed_and_undone(  # type: ignore[no-untyped-def]
    dinner, main_window, qtbot
) -> None:
    from exchange_planner.domain.enums import SeatingRule

    s = main_window.context.services
    plan_id = dinner.plan_id
    rule = dinner.rule
    rule.setFocus()
    qtbot.keyClick(rule, Qt.Key.Key_Down)  # International → German
    assert s.seating_plans.get(plan_id).rule == SeatingRule.GERMAN
    qtbot.mouseClick(dinner.alternate, Qt.MouseButton.LeftButton)
    assert s.seating_plans.get(plan_id).alternate is False

    table = dinner.view.tables[0]
    label = dinner.table_label
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, "<b>Ehrentisch</b>")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert s.seating_tables.get(table.id).label == "<b>Ehrentisch</b>"
    # Shown as typed, never as markup.
    qtbot.waitUntil(lambda: dinner.tables.item(0).text().startswith("<b>Ehrentisch</b> · Round"))
    assert dinner.canvas.drawing.tables[0].label == "<b>Ehrentisch</b>"
    assert dinner.seat_tooltip(SeatKey(table.id, 1)).startswith("Table <b>Ehrentisch</b>, seat 1")
    shape = dinner.table_shape
    shape.setFocus()
    qtbot.keyClick(shape, Qt.Key.Key_Down)  # Round → Long
    assert s.seating_tables.get(table.id).shape == TableShape.LONG
    qtbot.waitUntil(lambda: dinner.canvas.drawing.tables[0].shape == TableShape.LONG)

    for _step in range(4):
        undo_action(main_window).trigger()
    assert s.seating_tables.get(table.id).label == table.label
    assert s.seating_tables.get(table.id).shape == TableShape.ROUND
    plan = s.seating_plans.get(plan_id)
    assert (plan.rule, plan.alternate) == (SeatingRule.INTERNATIONAL, True)
    qtbot.waitUntil(lambda: dinner.rule.currentData() == SeatingRule.INTERNATIONAL)
    assert dinner.alternate.isChecked()


def test_removing_a_table_unseats_its_guests_and_undo_brings_table_and_seats_back(  # type: ignore[no-untyped-def]
    dinner, main_window, qtbot
) -> None:
    s = main_window.context.services
    before = seats(dinner)
    second = dinner.view.tables[1]
    at_second = {who for key, (who, _l) in before.items() if key.table_id == second.id}
    assert at_second
    dinner.tables.setCurrentRow(1)
    qtbot.mouseClick(dinner.remove_table_button, Qt.MouseButton.LeftButton)
    assert [t.id for t in s.seating_tables.for_plan(dinner.plan_id)] == [dinner.view.tables[0].id]
    qtbot.waitUntil(lambda: dinner.unseated.count() == len(at_second))
    assert len(dinner.canvas.drawing.tables) == 1
    undo_action(main_window).trigger()
    assert seats(dinner) == before
    qtbot.waitUntil(lambda: len(dinner.canvas.drawing.tables) == 2)
    assert dinner.unseated.count() == 0


def test_placing_again_keeps_a_locked_seat(dinner, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = main_window.context.services
    kang = person_id(s, "Kang")
    home = seat_of(dinner, kang)
    # Kang Gi-jung moved three seats on and locked there; the placement leaves him there.
    target = SeatKey(home.table_id, home.seat + 3 if home.seat <= 10 else home.seat - 3)
    assert dinner.move_person(kang, target)
    dinner.canvas.setFocus()
    dinner.canvas.select(target)
    qtbot.keyClick(dinner.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seats(dinner)[target] == (kang, True)
    button = dinner.toolbar.widgetForAction(dinner.place_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seats(dinner)[target] == (kang, True)
    assert dinner.message.text() == "Placed by the order of precedence; everyone has a seat."
    qtbot.waitUntil(lambda: dinner.canvas.drawing.seats[target].locked)


def test_the_warnings_name_everyone_without_a_rank_and_each_tie(dinner, main_window) -> None:  # type: ignore[no-untyped-def]
    s = main_window.context.services
    texts = [dinner.warnings.item(i).text() for i in range(dinner.warnings.count())]
    order = dinner.view.order.entries
    seated = {who for who, _locked in seats(dinner).values()}
    unranked = [
        e
        for e in order
        if "unranked" in e.flags and e.person_id in seated and str(e.role) != "interpreter"
    ]
    assert len(unranked) > 1
    (line,) = [t for t in texts if "no rank" in t]
    assert line.startswith("⚠ ") and line.endswith("have no rank: placed after everyone ranked")
    for entry in unranked:
        assert dinner.name_of(entry.person_id) in line
    # Two councillors of Gwangju and two of its officials: two ties, each named on its own.
    ties = [t for t in texts if "rank equally" in t]
    assert len(ties) == 2
    choi, lee = person_id(s, "Choi"), person_id(s, "Lee")
    assert any(dinner.name_of(choi) in t and dinner.name_of(lee) in t for t in ties)
    han, oh = person_id(s, "Han"), person_id(s, "Oh")
    assert any(dinner.name_of(han) in t and dinner.name_of(oh) in t for t in ties)
