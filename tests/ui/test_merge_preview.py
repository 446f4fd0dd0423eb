"""File > Import exchange file on a database that holds plans: the merge preview (new,
changed with old → new, conflicts), Apply / Cancel, and one undo step for the whole merge."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from exchange_planner.services import interchange
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui import interchange as ui_interchange
from exchange_planner.ui.interchange import MergePreview


def _partner_file(window: Any, tmp_path: Path, *, notes: str = "") -> Path:
    """The partner office's file: made from our export, edited there, its visit sent back."""
    partner = open_database(tmp_path / "gwangju.sqlite3")
    try:
        interchange.import_document(
            partner, json.loads(interchange.dumps(interchange.export_document(window.db)))
        )
        s = Services.for_database(partner)
        visit = s.visits.list()[0]
        person = s.people.create(family_name="Park", given_name="Ji-woo", native_name="박지우")
        s.members.create(visit_id=visit.id, person_id=person.id, role="staff")
        member = s.members.list_where(s.members.model.visit_id, visit.id)[1]
        s.members.update(member.id, arrival=datetime(2023, 7, 9, 23, 15, tzinfo=UTC))
        assert visit.hotel_id is not None
        s.venues.update(visit.hotel_id, name="Hotel am Ring")
        if notes:
            s.visits.update(visit.id, notes=notes)
        return interchange.export_visit_to_file(partner, visit.id, tmp_path / "visit.json")
    finally:
        partner.dispose()


def _open_preview(window: Any, path: Path, monkeypatch: pytest.MonkeyPatch) -> MergePreview:
    monkeypatch.setattr(
        ui_interchange.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )
    window.import_action.trigger()
    preview = window.findChild(MergePreview)
    assert preview is not None and preview.isVisible()
    return preview


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(i) for i in range(item.childCount())]


def _names(services: Services) -> set[str]:
    return {v.name for v in services.venues.list()}


def test_the_preview_shows_new_changed_and_applies_as_one_undo_step(
    main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = _partner_file(main_window, tmp_path)
    services = main_window.context.services
    before = interchange.plan_of(interchange.export_document(main_window.db))
    preview = _open_preview(main_window, path, monkeypatch)

    assert set(preview.groups) == {"new", "changed"}
    assert preview.groups["new"].text(0) == "New (2)"
    new_records = [item.text(0) for item in _children(preview.groups["new"])]
    assert "Person: Park Ji-woo" in new_records
    assert "Delegation member: Park Ji-woo" in new_records
    changed = {item.text(0): item for item in _children(preview.groups["changed"])}
    venue = changed["Venue: Hotel am Ring"]
    assert [(f.text(0), f.text(1), f.text(2)) for f in _children(venue)] == [
        ("Name", "Hotel am Ring (Beispiel)", "Hotel am Ring")
    ]
    member = next(item for text, item in changed.items() if text.startswith("Delegation member"))
    (arrival,) = _children(member)
    assert (arrival.text(0), arrival.text(2)) == (
        "Arrival",
        "7/10/2023 01:15 CEST",
    )  # on the home clock
    assert preview.apply_button.isEnabled()
    assert preview.summary.textFormat() == Qt.TextFormat.PlainText

    preview.resize(1366, 768)

    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert "Hotel am Ring" in _names(services)
    assert any(p.family_name == "Park" for p in services.people.list())
    assert main_window.undo_stack.count() == 1

    main_window.undo_stack.undo()  # what Edit > Undo does
    assert interchange.plan_of(interchange.export_document(main_window.db)) == before
    main_window.undo_stack.redo()
    assert "Hotel am Ring" in _names(services)


def test_conflicts_are_shown_and_cannot_be_applied(
    main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = _partner_file(main_window, tmp_path, notes="Gwangju: two more staff")
    services = main_window.context.services
    services.visits.update(services.visits.list()[0].id, notes="Leipzig: bus booked")
    preview = _open_preview(main_window, path, monkeypatch)

    (conflict,) = _children(preview.groups["conflict"])
    assert conflict.text(0).startswith("Visit: ")
    reason = _children(conflict)[0]
    assert reason.text(0).startswith("Changed here by ") and reason.isFirstColumnSpanned()
    notes = next(f for f in _children(conflict) if f.text(0) == "Notes")
    assert (notes.text(1), notes.text(2)) == ("Leipzig: bus booked", "Gwangju: two more staff")
    assert not preview.apply_button.isEnabled()
    assert "nothing can be merged" in preview.summary.text()
    preview.resize(1366, 768)

    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert "Hotel am Ring" not in _names(services)
    assert main_window.undo_stack.count() == 0


def test_an_older_file_is_refused_with_a_message(
    main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(ui_interchange, "fail", lambda _parent, _title, text: told.append(text))
    old = Path(__file__).parents[1] / "services" / "exchange_v1.json"
    monkeypatch.setattr(
        ui_interchange.QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), "")
    )
    main_window.import_action.trigger()
    QApplication.processEvents()
    assert main_window.findChild(MergePreview) is None
    (text,) = told
    assert text.startswith("Nothing was merged.")
    assert "format version 1, which has no record identities" in text


def test_undo_is_refused_when_a_merged_field_was_changed_since(
    main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    from exchange_planner.ui import conflicts

    told: list[str] = []
    monkeypatch.setattr(conflicts, "tell", lambda _parent, text: told.append(text))
    path = _partner_file(main_window, tmp_path)
    services = main_window.context.services
    preview = _open_preview(main_window, path, monkeypatch)
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    hotel = next(v for v in services.venues.list() if v.name == "Hotel am Ring")
    services.venues.update(hotel.id, name="Hotel am Ring, Leipzig")  # a colleague's edit

    main_window.undo_stack.undo()

    assert told and told[-1].startswith("Undo did nothing")
    assert "Hotel am Ring, Leipzig" in _names(services)  # nothing was reverted
    assert any(p.family_name == "Park" for p in services.people.list())
