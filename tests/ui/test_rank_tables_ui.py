"""The Ranks list of People & Venues, driven through its real widgets: the sample's two
rank tables, a new table with a rank (undoable), an equivalence that would contradict the
tables refused under its field with nothing stored."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.services.registry import Services
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.tab import DirectoryTab


@pytest.fixture
def tab(qtbot, services: Services, events, sample_ids: dict[str, int], qt_settings) -> DirectoryTab:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    page = DirectoryTab(UiContext(services, events, stack, qt_settings))
    page._keep = (events, stack)  # type: ignore[attr-defined]  # owned by the window in the app
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.sections.setCurrentWidget(page.ranks)
    return page


def _pick(qtbot, box, data) -> None:  # type: ignore[no-untyped-def]
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    box.showPopup()
    view = box.view()
    view.scrollTo(view.model().index(index, box.modelColumn()))
    rect = view.visualRect(view.model().index(index, box.modelColumn()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.currentIndex() == index


def _table(services: Services, country: str) -> Any:
    return next(t for t in services.rank_tables.list() if t.country == country)


def _rank(services: Services, table_id: int, position: int) -> Any:
    return next(
        r for r in services.ranks.list() if r.rank_table_id == table_id and r.position == position
    )


def _texts(record: Any, field: str) -> list[str]:
    return list(dict(record.translations.get(field) or {}).values())


def _click(qtbot, view, record_id: int) -> None:  # type: ignore[no-untyped-def]
    row = view.model().row_of(record_id)
    assert row >= 0
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_sample_tables_and_their_ranks_are_listed(qtbot, tab: DirectoryTab) -> None:
    s = tab.context.services
    ranks = tab.ranks
    assert ranks.tables_model.rowCount() == len(s.rank_tables.list()) >= 2
    korea = _table(s, "South Korea")
    _click(qtbot, ranks.tables_view, korea.id)
    assert ranks.table_form.value("name") == korea.name
    mayor = _rank(s, korea.id, 1)
    # in the content language: the original or one of its translations
    assert ranks.ranks_model.index(0, 1).data() == shown(mayor, "title")
    assert ranks.ranks_model.index(0, 1).data() in {mayor.title, *_texts(mayor, "title")}
    # the equivalent rank of the other table, named with its table
    lord_mayor = s.ranks.get(mayor.equivalent_rank_id)
    assert lord_mayor.rank_table_id == _table(s, "Germany").id
    assert shown(lord_mayor, "title") in ranks.ranks_model.index(0, 2).data()


def test_an_equivalence_contradicting_the_tables_is_refused(qtbot, tab: DirectoryTab) -> None:
    s = tab.context.services
    ranks = tab.ranks
    korea, germany = _table(s, "South Korea"), _table(s, "Germany")
    director = _rank(s, korea.id, 4)  # 국장, ranks with Amtsleiter
    lord_mayor = _rank(s, germany.id, 1)
    before = director.equivalent_rank_id
    depth = tab.context.undo_stack.count()
    _click(qtbot, ranks.tables_view, korea.id)
    _click(qtbot, ranks.ranks_view, director.id)
    # 국장 with the Lord Mayor would rank with 광역시장, above 부시장: refused.
    _pick(qtbot, ranks.rank_form.widgets["equivalent_rank_id"], lord_mayor.id)

    message = ranks.rank_form.error_text("equivalent_rank_id")
    # In English the whole chain of equal ranks is said.
    assert message.startswith("The rank equivalences make"), message
    assert s.ranks.get(director.id).equivalent_rank_id == before
    assert tab.context.undo_stack.count() == depth


def test_a_new_rank_table_with_a_rank_and_undo(qtbot, tab: DirectoryTab) -> None:
    s = tab.context.services
    ranks = tab.ranks
    count = len(s.rank_tables.list())
    ranks.tables_view.setFocus()
    qtbot.keyClick(ranks.tables_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(s.rank_tables.list()) == count + 1
    name = ranks.table_form.widgets["name"]
    assert name.hasFocus()
    qtbot.keyClicks(name, "Japan - Prefectures")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    table = next(t for t in s.rank_tables.list() if t.name == "Japan - Prefectures")
    assert ranks.current_table_id() == table.id

    ranks.add_rank_action.trigger()
    title = ranks.rank_form.widgets["title"]
    qtbot.keyClicks(title, "Governor")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    stored = [r for r in s.ranks.list() if r.rank_table_id == table.id]
    assert [(r.position, r.title) for r in stored] == [(1, "Governor")]
    assert ranks.ranks_model.index(0, 1).data() == "Governor"

    tab.context.undo_stack.undo()  # the title
    tab.context.undo_stack.undo()  # the rank
    assert not [r for r in s.ranks.list() if r.rank_table_id == table.id]
    assert ranks.ranks_model.rowCount() == 0


def test_a_person_takes_a_rank_and_tie_breakers(qtbot, tab: DirectoryTab) -> None:
    s = tab.context.services
    person = s.people.create(family_name="Brandt", given_name="Ulla")
    tab.sections.setCurrentWidget(tab.people)
    assert tab.show_record("person", person.id)
    people = tab.people
    germany = _table(s, "Germany")
    councillor = _rank(s, germany.id, 3)
    rank_box = people.fields["rank_id"].widget
    # the ranks under their tables' names; the headings cannot be chosen
    heading = rank_box.findText(shown(germany, "name"))
    assert heading >= 0 and not rank_box.model().item(heading).isEnabled()
    _pick(qtbot, rank_box, str(councillor.id))
    _pick(qtbot, people.fields["elected"].widget, "yes")
    since = people.fields["in_office_since"].widget
    since.setFocus()
    qtbot.keyClicks(since, "1.5.2019")
    qtbot.keyClick(since, Qt.Key.Key_Return)
    stored = s.people.get(person.id)
    assert (stored.rank_id, stored.elected, str(stored.in_office_since)) == (
        councillor.id,
        True,
        "2019-05-01",
    )
    tab.context.undo_stack.undo()
    assert s.people.get(person.id).in_office_since is None
    _pick(qtbot, people.fields["rank_id"].widget, "")
    assert s.people.get(person.id).rank_id is None


def test_the_refused_equivalence_is_explained_in_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot, tab: DirectoryTab
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    german = {
        "the rank equivalences would contradict the order of the rank tables (ranks "
        "concerned: %1)": "die Gleichrangigkeiten widersprächen der Reihenfolge der "
        "Rangtabellen (betroffen: %1)"
    }

    class German(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
            return german.get(source) if context == "Wording" else None

    s = tab.context.services
    ranks = tab.ranks
    korea, germany = _table(s, "South Korea"), _table(s, "Germany")
    director = _rank(s, korea.id, 4)
    lord_mayor = _rank(s, germany.id, 1)
    _click(qtbot, ranks.tables_view, korea.id)
    _click(qtbot, ranks.ranks_view, director.id)
    translator = German()
    QCoreApplication.installTranslator(translator)
    try:
        _pick(qtbot, ranks.rank_form.widgets["equivalent_rank_id"], lord_mayor.id)
    finally:
        QCoreApplication.removeTranslator(translator)
    message = ranks.rank_form.error_text("equivalent_rank_id")
    assert message.startswith("die Gleichrangigkeiten widersprächen der Reihenfolge"), message
    assert director.title in message and lord_mayor.title in message
    assert s.ranks.get(director.id).equivalent_rank_id != lord_mayor.id
