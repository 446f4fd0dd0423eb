"""Two people on one database: an edit based on what someone saw is never a silent overwrite.

Each test opens the test database a second time (as a colleague's program would: its own
engine, its own user name) and works through the services only, so the same tests run on
SQLite and, in the PostgreSQL run, on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from exchange_planner.domain.errors import ConflictError
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database, open_database


@pytest.fixture
def ours(services: Services, sample_ids: dict[str, int]) -> Services:
    services.db.user = "bernd"
    return services


@pytest.fixture
def anna(ours: Services) -> Iterator[Services]:
    """The same database opened by a colleague."""
    other: Database = open_database(ours.db.url)
    other.user = "anna"
    yield Services.for_database(other)
    other.dispose()


def _shown(services: Services, visit_id: int) -> dict[str, Any]:
    """The visit as an editor shows it: its values and its row version."""
    return services.visits.get(visit_id).model_dump()


def _edit(services: Services, visit_id: int, shown: dict[str, Any], **changes: Any) -> Any:
    return services.visits.update_checked(
        visit_id,
        changes,
        expected={name: shown[name] for name in changes},
        base_version=shown["row_version"],
    )


def test_same_field_second_save_is_refused_with_the_others_value(ours, anna, sample_ids):
    visit_id = sample_ids["visit"]
    mine, hers = _shown(ours, visit_id), _shown(anna, visit_id)
    _edit(anna, visit_id, hers, title="Anna's title")
    with pytest.raises(ConflictError) as refused:
        _edit(ours, visit_id, mine, title="Bernd's title")
    error = refused.value
    assert (error.field, error.theirs, error.user) == ("title", "Anna's title", "anna")
    assert error.at is not None and not error.deleted
    assert "Anna's title" in str(error) and "anna" in str(error)
    assert ours.visits.get(visit_id).title == "Anna's title"  # nothing was written


def test_different_fields_are_merged(ours, anna, sample_ids):
    visit_id = sample_ids["visit"]
    mine, hers = _shown(ours, visit_id), _shown(anna, visit_id)
    _edit(anna, visit_id, hers, title="Anna's title")
    _edit(ours, visit_id, mine, notes="Bernd's notes")
    stored = anna.visits.get(visit_id)
    assert (stored.title, stored.notes) == ("Anna's title", "Bernd's notes")
    assert stored.row_version == mine["row_version"] + 2


def test_the_same_value_twice_is_no_conflict(ours, anna, sample_ids):
    visit_id = sample_ids["visit"]
    mine, hers = _shown(ours, visit_id), _shown(anna, visit_id)
    _edit(anna, visit_id, hers, title="Agreed title")
    _edit(ours, visit_id, mine, title="Agreed title")
    assert ours.visits.get(visit_id).title == "Agreed title"


def test_undo_after_a_colleagues_edit_is_refused(ours, anna, sample_ids):
    visit_id = sample_ids["visit"]
    mine = _shown(ours, visit_id)
    written = _edit(ours, visit_id, mine, title="Bernd's title")
    _edit(anna, visit_id, _shown(anna, visit_id), title="Anna's title")
    with pytest.raises(ConflictError) as refused:
        ours.visits.update_checked(
            visit_id,
            {"title": mine["title"]},
            expected={"title": written.title},
            base_version=written.row_version,
            undo=True,
        )
    assert refused.value.undo
    assert (refused.value.theirs, refused.value.user) == ("Anna's title", "anna")
    assert "undo did nothing" in str(refused.value)
    assert ours.visits.get(visit_id).title == "Anna's title"


def test_undo_after_a_colleagues_edit_of_another_field_goes_through(ours, anna, sample_ids):
    visit_id = sample_ids["visit"]
    mine = _shown(ours, visit_id)
    written = _edit(ours, visit_id, mine, title="Bernd's title")
    _edit(anna, visit_id, _shown(anna, visit_id), notes="Anna's notes")
    ours.visits.update_checked(
        visit_id,
        {"title": mine["title"]},
        expected={"title": written.title},
        base_version=written.row_version,
        undo=True,
    )
    stored = anna.visits.get(visit_id)
    assert (stored.title, stored.notes) == (mine["title"], "Anna's notes")


def test_overwrite_writes_over_the_colleagues_value(ours, anna, sample_ids):
    visit_id = sample_ids["visit"]
    mine = _shown(ours, visit_id)
    _edit(anna, visit_id, _shown(anna, visit_id), title="Anna's title")
    ours.visits.update_checked(
        visit_id,
        {"title": "Bernd's title"},
        expected={"title": mine["title"]},
        base_version=mine["row_version"],
        overwrite=True,
    )
    assert anna.visits.get(visit_id).title == "Bernd's title"


def test_an_edit_of_a_record_deleted_meanwhile_says_who_deleted_it(ours, anna, sample_ids):
    gift = ours.gifts.for_visit(sample_ids["visit"])[0]
    shown = gift.model_dump()
    anna.gifts.delete(gift.id)
    with pytest.raises(ConflictError) as refused:
        ours.gifts.update_checked(
            gift.id,
            {"description": "Mine"},
            expected={"description": shown["description"]},
            base_version=shown["row_version"],
        )
    assert refused.value.deleted and refused.value.user == "anna"
    assert "deleted" in str(refused.value)


def test_undo_of_a_create_after_a_colleagues_edit_is_refused(ours, anna, sample_ids):
    gift = ours.gifts.create(visit_id=sample_ids["visit"], description="A vase", direction="given")
    anna.gifts.update(gift.id, description="A blue vase")
    with pytest.raises(ConflictError) as refused:
        ours.gifts.delete_checked(gift.id, base_version=gift.row_version, undo=True, own=True)
    assert (refused.value.field, refused.value.user) == ("description", "anna")
    assert refused.value.theirs == "A blue vase"
    assert anna.gifts.get(gift.id).description == "A blue vase"  # still there


def test_undo_of_a_create_after_only_own_edits_deletes(ours, sample_ids):
    gift = ours.gifts.create(visit_id=sample_ids["visit"], description="A vase", direction="given")
    ours.gifts.update(gift.id, description="A blue vase")
    ours.gifts.update(gift.id, description="A vase")
    ours.gifts.delete_checked(gift.id, base_version=gift.row_version, undo=True, own=True)
    assert all(g.id != gift.id for g in ours.gifts.for_visit(sample_ids["visit"]))


def _race(monkeypatch, service: Any, colleague: Any) -> list[str]:
    """The colleague commits right between our read and our write (once)."""
    calls: list[str] = []
    clean = type(service).clean

    def overtaken(self, session, values, record_id):  # type: ignore[no-untyped-def]
        if not calls:
            calls.append("overtaken")
            colleague()
        return clean(self, session, values, record_id)

    monkeypatch.setattr(type(service), "clean", overtaken)
    return calls


def test_a_write_overtaken_on_the_same_field_is_refused(ours, anna, sample_ids, monkeypatch):
    visit_id = sample_ids["visit"]
    mine = _shown(ours, visit_id)
    calls = _race(monkeypatch, ours.visits, lambda: anna.visits.update(visit_id, title="Anna's"))
    with pytest.raises(ConflictError) as refused:
        _edit(ours, visit_id, mine, title="Bernd's")
    assert calls == ["overtaken"]  # the race happened
    assert (refused.value.theirs, refused.value.user) == ("Anna's", "anna")
    assert anna.visits.get(visit_id).title == "Anna's"


def test_a_write_overtaken_on_another_field_is_merged(ours, anna, sample_ids, monkeypatch):
    visit_id = sample_ids["visit"]
    mine = _shown(ours, visit_id)
    calls = _race(monkeypatch, ours.visits, lambda: anna.visits.update(visit_id, notes="Anna's"))
    _edit(ours, visit_id, mine, title="Bernd's")
    assert calls == ["overtaken"]
    stored = anna.visits.get(visit_id)
    assert (stored.title, stored.notes) == ("Bernd's", "Anna's")
