"""The planning checks where the user sees them: the Program and Members sections of the
visit editor (reached by clicking their tabs and rows) and the calendar's tooltip."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from exchange_planner.domain.enums import VisitStatus
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.ui.delegations.program import ItemIdRole
from exchange_planner.ui.delegations.tab import DelegationsTab

BERLIN = "Europe/Berlin"
VISIT = 1
KANG = "Kang Gi-jung (강기정)"
BAEK = "Baek Seo-yeon (백서연)"


def late_mayor_and_confirmed_visit(services) -> None:  # type: ignore[no-untyped-def]
    """The mayor lands at 20:00, after the welcome dinner began; the visit is confirmed and
    the interpreter's travel is not known."""
    members = {
        services.people.get(m.person_id).family_name: m for m in services.members.for_visit(VISIT)
    }
    services.members.update(members["Kang"].id, arrival=to_utc(datetime(2023, 7, 25, 20), BERLIN))
    services.members.update(members["Baek"].id, arrival=None, departure=None)
    services.visits.update(VISIT, status=VisitStatus.CONFIRMED)


def click_tab(qtbot, tab, key: str):  # type: ignore[no-untyped-def]
    """Click the visit editor's tab of the section ``key``; wait for its conflict marks."""
    section = tab.sections[key]
    bar = tab.editor.tabBar()
    rect = bar.tabRect(tab.editor.indexOf(section))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.editor.currentWidget() is section
    qtbot.waitUntil(lambda: not section.conflicts_pending, timeout=15_000)
    return section


def test_program_and_members_show_the_planning_checks(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    late_mayor_and_confirmed_visit(main_window.context.services)
    tab = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(tab)
    tab.show_record("visit", VISIT)

    program = click_tab(qtbot, tab, "program")
    qtbot.waitUntil(lambda: bool(program.conflicts), timeout=15_000)
    services = main_window.context.services
    dinner_id = next(
        i.id for i in services.program.for_visit(VISIT) if i.title == "Begrüßungsabendessen"
    )
    dinner = next(r for r in program.item_rows() if r.data(0, ItemIdRole) == dinner_id)
    program.tree.scrollToItem(dinner)
    rect = program.tree.visualRect(program.tree.indexFromItem(dinner, 1))
    qtbot.mouseClick(program.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert program.tree.currentItem() is dinner
    shown = program.conflict_label.text()
    assert shown == (
        f"⚠ “Begrüßungsabendessen” (7/25/2023 19:30–21:30) starts before the arrival of {KANG} "
        "(7/25/2023 20:00)"
    )
    assert not dinner.icon(0).isNull()
    assert "starts before the arrival of" in dinner.toolTip(1)

    members = click_tab(qtbot, tab, "members")
    qtbot.waitUntil(lambda: bool(members.warnings), timeout=15_000)
    view = members.view
    for name, expected in (
        (
            BAEK,
            f"⚠ No arrival or departure time for {BAEK}, though “Offizieller Besuch der "
            "Delegation aus Gwangju” is confirmed",
        ),
        (KANG, f"starts before the arrival of {KANG} ("),
    ):
        row = next(
            r
            for r in range(members.model.rowCount())
            if name.startswith(members.model.record(r).family_name + " ")
        )
        index = members.model.index(row, 1)
        view.scrollTo(index)
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )
        assert view.currentIndex().row() == row
        assert members.conflict_label.isVisible()
        assert expected in members.conflict_label.text()
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None
        assert expected.removeprefix("⚠ ") in index.data(Qt.ItemDataRole.ToolTipRole)
    # A member the checks do not name shows no mark and no text.
    quiet = next(
        r for r in range(members.model.rowCount()) if members.model.record(r).family_name == "Park"
    )
    index = members.model.index(quiet, 1)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert members.conflict_label.text() == "" and not members.conflict_label.isVisible()
    assert index.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_calendar_marks_an_item_before_an_arrival(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from exchange_planner.ui.calendar.tab import CalendarTab

    services = main_window.context.services
    late_mayor_and_confirmed_visit(services)
    dinner = next(i for i in services.program.for_visit(VISIT) if i.title == "Begrüßungsabendessen")
    calendar = main_window.page(CalendarTab)
    main_window.tabs.setCurrentWidget(calendar)
    calendar.set_view("month")
    calendar.set_focus_date(datetime(2023, 7, 26).date())
    view = calendar.month_view

    def tooltip() -> str:
        point = view.entry_point("program_item", dinner.id)
        QApplication.sendEvent(
            view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point))
        )
        return QToolTip.text()

    qtbot.waitUntil(lambda: "starts before the arrival of" in tooltip(), timeout=15_000)
    assert "starts before the arrival of" in tooltip() and KANG in tooltip()
    marked = {e.id for e in calendar.visible_entries() if e.conflicts}
    assert dinner.id in marked
    # Warnings of the plan (no venue, no host, travel not known) are the editor's, not the
    # calendar's: the free time is not marked, nor anything else.
    assert marked == {
        dinner.id,
        next(i.id for i in services.program.for_visit(VISIT) if i.title.startswith("Ankunft")),
    }
