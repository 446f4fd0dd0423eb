"""Program items: who is responsible and where a transfer starts; their cues (at, cue,
responsible), refused when empty or outside the item's day, moving along with their item."""

from __future__ import annotations

from datetime import timedelta

import pytest

from exchange_planner.domain.enums import ProgramKind
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.timeutil import to_local


def _item(services, visit_id: int):  # type: ignore[no-untyped-def]
    """The sample visit's first item that is no transfer (within one local day)."""
    return next(
        item
        for item in services.program.for_visit(visit_id)
        if to_local(item.starts_at, item.timezone).date()
        == to_local(item.ends_at, item.timezone).date()
    )


def test_responsible_and_from_venue_are_stored_and_read(services, sample_ids):  # type: ignore[no-untyped-def]
    item = _item(services, sample_ids["visit"])
    venue = services.venues.list()[0]
    services.program.update(
        item.id, responsible="Protokoll: Frau Schulz", from_venue_id=venue.id, kind="transfer"
    )
    read = services.program.get(item.id)
    assert read.responsible == "Protokoll: Frau Schulz"
    assert read.from_venue_id == venue.id
    assert read.kind is ProgramKind.TRANSFER


def test_unknown_from_venue_or_too_long_responsible_is_refused_and_nothing_changes(
    services, sample_ids
):  # type: ignore[no-untyped-def]
    item = _item(services, sample_ids["visit"])
    with pytest.raises(ValidationError) as refused:
        services.program.update(item.id, from_venue_id=999_999, responsible="A")
    assert refused.value.field == "from_venue_id"
    with pytest.raises(ValidationError) as refused:
        services.program.update(item.id, responsible="x" * 301)
    assert refused.value.field == "responsible" and refused.value.reason == "too_long"
    assert services.program.get(item.id) == item


def test_cues_are_added_listed_in_time_order_changed_and_removed(services, sample_ids):  # type: ignore[no-untyped-def]
    item = _item(services, sample_ids["visit"])
    cues = services.program.cues
    later = cues.add(item.id, item.starts_at + timedelta(minutes=5), "Begrüßung", "OBM-Büro")
    first = cues.add(item.id, item.starts_at, "  Musik aus  ", "Technik")
    assert [c.cue for c in cues.for_item(item.id)] == ["Musik aus", "Begrüßung"]
    assert later.position == 0 and first.position == 1  # as entered, the time orders them
    cues.update(first.id, cue="Musik leiser", responsible="")
    assert cues.get(first.id).cue == "Musik leiser" and cues.get(first.id).responsible == ""
    cues.delete(later.id)
    assert [c.id for c in cues.for_item(item.id)] == [first.id]
    assert [c.id for c in cues.for_visit(sample_ids["visit"]) if c.program_item_id == item.id] == [
        first.id
    ]


@pytest.mark.parametrize("text", ["", "   ", None])
def test_an_empty_cue_is_refused_and_nothing_is_stored(services, sample_ids, text):  # type: ignore[no-untyped-def]
    item = _item(services, sample_ids["visit"])
    with pytest.raises(ValidationError) as refused:
        services.program.cues.add(item.id, item.starts_at, text)
    assert refused.value.field == "cue" and refused.value.reason == "empty"
    assert services.program.cues.for_item(item.id) == []


def test_a_cue_outside_its_item_s_day_is_refused_and_nothing_changes(services, sample_ids):  # type: ignore[no-untyped-def]
    item = _item(services, sample_ids["visit"])
    cues = services.program.cues
    with pytest.raises(ValidationError) as refused:
        cues.add(item.id, item.starts_at + timedelta(days=1), "Abfahrt")
    error = refused.value
    assert error.field == "at" and error.reason == "cue_outside_day"
    day = to_local(item.starts_at, item.timezone).date()
    assert error.values["first"] == day and error.values["last"] == day
    assert f"{day:%Y-%m-%d}" in str(error)
    assert cues.for_item(item.id) == []
    cue = cues.add(item.id, item.starts_at, "Abfahrt")
    with pytest.raises(ValidationError):
        cues.update(cue.id, at=item.starts_at - timedelta(days=2))
    assert cues.get(cue.id) == cue
    with pytest.raises(ValidationError) as refused:
        cues.add(999_999, item.starts_at, "Abfahrt")
    assert refused.value.field == "program_item_id"


def test_cues_move_with_their_item_and_come_back_with_an_undone_delete(services, sample_ids):  # type: ignore[no-untyped-def]
    item = _item(services, sample_ids["visit"])
    cues = services.program.cues
    cue = cues.add(item.id, item.starts_at + timedelta(minutes=10), "Fotos", "Presseamt")
    # Moving the whole item (start and end) moves its cues; changing only the end does not.
    hour = timedelta(hours=1)
    services.program.update(item.id, starts_at=item.starts_at + hour, ends_at=item.ends_at + hour)
    assert cues.get(cue.id).at == cue.at + hour
    services.program.update(item.id, ends_at=item.ends_at + 2 * hour)
    assert cues.get(cue.id).at == cue.at + hour
    services.program.shift([item.id], -hour)
    assert cues.get(cue.id).at == cue.at
    # A copy gets copies of the cues, as far on as the copy is.
    copy = services.program.duplicate(item.id)
    copied = cues.for_item(copy.id)
    moved = copy.starts_at - services.program.get(item.id).starts_at
    assert [(c.cue, c.at) for c in copied] == [("Fotos", cue.at + moved)]
    # Deleting the item deletes its cues; restoring its snapshot (undo) brings them back.
    snapshot = services.program.snapshot(item.id)
    services.program.delete(item.id)
    assert cues.for_item(item.id) == []
    services.program.restore(snapshot)
    assert [(c.id, c.cue, c.responsible) for c in cues.for_item(item.id)] == [
        (cue.id, "Fotos", "Presseamt")
    ]
