"""The read models copy their tables exactly: a column added later cannot be forgotten."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date

import pytest
from sqlmodel import SQLModel, select

from exchange_planner.domain.texts import Translations
from exchange_planner.services import records
from exchange_planner.services.registry import Services
from exchange_planner.storage.tables import Versioned

TABLES: dict[str, type[SQLModel]] = {
    mapper.class_.__tablename__: mapper.class_
    for mapper in SQLModel._sa_registry.mappers  # type: ignore[attr-defined]
    if issubclass(mapper.class_, Versioned)
}


def test_every_versioned_table_has_a_read_model() -> None:
    assert set(TABLES) - records.NOT_HANDED_OUT == set(records.READ_MODELS)
    assert set(TABLES) >= records.NOT_HANDED_OUT


@pytest.mark.parametrize("table", sorted(records.READ_MODELS))
def test_read_model_has_exactly_the_columns_of_its_table(table: str) -> None:
    model = TABLES[table]
    read = records.READ_MODELS[table]
    assert read.table == table
    assert read.field_names() == tuple(model.model_fields)
    hints = typing.get_type_hints(read)
    for name, field in model.model_fields.items():
        # A stored row always has its id; everything else has the column's own type.
        expected = int if name == "id" else field.annotation
        if name == "translations":  # handed out immutable
            expected = Translations
        assert hints[name] == expected, name


@pytest.mark.parametrize("table", sorted(records.READ_MODELS))
def test_read_model_is_frozen_and_slotted(table: str) -> None:
    read = records.READ_MODELS[table]
    params = read.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen
    assert read.__slots__ == read.field_names()  # type: ignore[attr-defined]


def test_read_models_dump_what_the_rows_dump(
    services: Services, sample_ids: dict[str, int]
) -> None:
    services.residencies.ensure_checklist(sample_ids["residency_outgoing"], date(2023, 1, 1))
    with services.db.session() as session:
        for table, read in records.READ_MODELS.items():
            rows = session.exec(select(TABLES[table])).all()
            assert rows, f"the sample has no {table}"
            for row in rows:
                copy = read.of(row)
                assert copy.model_dump() == row.model_dump()
                assert list(copy.model_dump()) == list(read.field_names())
                assert copy.model_dump(exclude={"id"}) == row.model_dump(exclude={"id"})
                assert copy.model_dump(include={"row_version"}) == {
                    "row_version": row.row_version  # type: ignore[attr-defined]
                }


def test_a_read_model_cannot_be_changed(services: Services, sample_ids: dict[str, int]) -> None:
    visit = services.visits.get(sample_ids["visit"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        visit.title = "Changed"  # type: ignore[misc]
    assert services.visits.get(sample_ids["visit"]).title == visit.title
