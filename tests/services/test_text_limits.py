"""The documented length of every text field (docs/text-limits.md) is what the program does:
the services accept text of exactly that length and refuse one character more naming the
field, the exchange file's schema has the same maxLength, and the page is up to date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel.sql.sqltypes import AutoString

from exchange_planner.domain.errors import ValidationError
from exchange_planner.services.interchange_schema import build_schema
from exchange_planner.services.text_limits import RECORDS, limits_markdown, text_limits
from exchange_planner.storage.tables import metadata
from fuzz_pipeline import Plan, build_plan, service_for
from fuzz_strategies import FIELDS, Field

DOCS = Path(__file__).resolve().parents[2] / "docs"
TEXT_FIELDS = [f for f in FIELDS if f.kind in ("text", "email", "home_city")]


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Plan]:
    plan = build_plan(tmp_path_factory.mktemp("limits") / "plan.sqlite3")
    yield plan
    plan.db.dispose()


def _write(plan: Plan, spec: Field, value: str) -> str:
    services = plan.services
    if spec.record == "settings":
        services.settings.set_home(city=value, timezone="Europe/Berlin")
        return services.settings.home_city()
    service = service_for(services, spec.record)
    return getattr(service.update(plan.ids[spec.instance], **{spec.name: value}), spec.name)


def _text(spec: Field, length: int) -> str:
    return "a@" + "x" * (length - 2) if spec.kind == "email" else "광" * length


@pytest.mark.parametrize("spec", TEXT_FIELDS, ids=[f.key for f in TEXT_FIELDS])
def test_each_field_takes_its_documented_length_and_refuses_one_more(
    plan: Plan, spec: Field
) -> None:
    assert _write(plan, spec, _text(spec, spec.limit)) == _text(spec, spec.limit)
    with pytest.raises(ValidationError) as refused:
        _write(plan, spec, _text(spec, spec.limit + 1))
    assert refused.value.field == spec.name
    assert f"at most {spec.limit}" in refused.value.message
    if spec.required:
        with pytest.raises(ValidationError, match="must not be empty") as empty:
            _write(plan, spec, " \n\t ")
        assert empty.value.field == spec.name


def test_the_exchange_file_schema_has_the_same_limits() -> None:
    definitions = build_schema()["$defs"]
    for entry in text_limits():
        schema = definitions[entry.record]["properties"][entry.field]
        assert schema["maxLength"] == entry.limit, (entry.record, entry.field)
        assert (schema.get("minLength", 0) > 0) == entry.required


def test_every_text_column_is_in_the_table() -> None:
    """A new text column cannot go undocumented (settings and print stamps are internal)."""
    with_text = {
        table.name
        for table in metadata.sorted_tables
        if any(
            isinstance(column.type, AutoString) and column.name != "uuid"  # the identity
            for column in table.columns
        )
    }
    documented = {str(model.__tablename__) for model, _label in RECORDS.values()}
    # Written by the program, not typed by a user: settings keys, prints, the change log, the
    # erasures of personal data.
    assert with_text - documented == {"setting", "document_print", "change_log", "erasure_run"}


def test_the_page_is_up_to_date() -> None:
    written = (DOCS / "text-limits.md").read_text(encoding="utf-8")
    assert written == limits_markdown(), "run: python -m exchange_planner.services.text_limits"
