"""The layers below the user interface must not import Qt (checked on the source, not at run time)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "exchange_planner"
QT_FREE = ["domain", "storage", "services", "reports", "cli", "resources"]
FORBIDDEN = ("PySide6", "shiboken6", "qtawesome", "qtpy", "exchange_planner.ui")
# The CLI starts the GUI through lazy imports inside a function: the window, and the window's
# diagnostic (--self-test); those are allowed.
ALLOWED = {
    ("cli/__init__.py", "exchange_planner.ui.app"),
    ("cli/__init__.py", "exchange_planner.ui.self_test"),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_does_not_import_qt(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for name in _imports(path):
            if name.startswith(FORBIDDEN) and (relative, name) not in ALLOWED:
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_domain_does_not_depend_on_storage_or_services() -> None:
    offenders = [
        f"{path.name}: {name}"
        for path in sorted((PACKAGE / "domain").rglob("*.py"))
        for name in _imports(path)
        if name.startswith(
            ("sqlalchemy", "sqlmodel", "exchange_planner.storage", "exchange_planner.services")
        )
    ]
    assert offenders == []


# --- widgets hold read models, not ORM rows ----------------------------------------------
# The user interface reaches the data through the services only. From the storage layer it
# may use what opening a database and following its changes need: ``storage.database``
# (open a database, lock waits), ``storage.audit`` (the ``Changes`` of a commit),
# ``storage.watch`` and ``storage.pg_listen`` (the change feed's watchers and their
# connection states) and ``storage.files`` (writing a file
# atomically). The tables and the ORM are off limits: widgets hold the services' read models.
UI_FORBIDDEN = ("exchange_planner.storage.tables", "sqlmodel", "sqlalchemy")
UI_STORAGE_ALLOWED = {
    "exchange_planner.storage.database",
    "exchange_planner.storage.audit",
    "exchange_planner.storage.watch",
    "exchange_planner.storage.pg_listen",
    "exchange_planner.storage.files",
}


def _imported_modules(path: Path) -> list[str]:
    """Every module a file imports, ``from a import b`` counted as ``a`` and as ``a.b``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _is_module(name: str, prefixes: tuple[str, ...] | set[str]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_ui_does_not_import_tables_or_the_orm() -> None:
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for name in _imported_modules(path):
            if _is_module(name, UI_FORBIDDEN) or (
                _is_module(name, ("exchange_planner.storage",))
                and name != "exchange_planner.storage"
                and not _is_module(name, UI_STORAGE_ALLOWED)
            ):
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_the_import_check_sees_every_way_of_naming_the_tables(tmp_path: Path) -> None:
    source = tmp_path / "widget.py"
    source.write_text(
        "from exchange_planner.storage import tables\n"
        "import exchange_planner.storage.tables as t\n"
        "from sqlmodel import select\n",
        encoding="utf-8",
    )
    found = [name for name in _imported_modules(source) if _is_module(name, UI_FORBIDDEN)]
    assert found == [
        "exchange_planner.storage.tables",
        "exchange_planner.storage.tables",
        "sqlmodel",
        "sqlmodel.select",
    ]


def _rows_in(value: object) -> list[object]:
    """ORM rows anywhere in a returned value (lists, tuples, dicts, nested)."""
    from sqlmodel import SQLModel

    if isinstance(value, SQLModel):
        return [value]
    if isinstance(value, dict):
        return [row for item in value.values() for row in _rows_in(item)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [row for item in value for row in _rows_in(item)]
    return []


def _assert_read_only(record: object) -> None:
    import dataclasses

    from exchange_planner.services.records import ReadModel

    assert isinstance(record, ReadModel), type(record)
    assert not hasattr(record, "__dict__")  # slotted: no attribute can be added either
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.row_version = 99  # type: ignore[attr-defined]
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError, TypeError)):
        record.anything = 1  # type: ignore[attr-defined]


def test_record_services_hand_out_read_models(services: object, sample_ids: dict[str, int]) -> None:
    from exchange_planner.services.crud import RecordService

    record_services = [
        (name, service)
        for name, service in vars(services).items()
        if isinstance(service, RecordService)
    ]
    assert len(record_services) == 17
    for name, service in record_services:
        listed = service.list()
        assert listed, f"the sample has no {name}"
        for record in listed:
            assert type(record) is service.read_model, name
            _assert_read_only(record)
        first = listed[0]
        got = service.get(first.id)
        assert type(got) is service.read_model and got == first, name
        assert got.row_version >= 1
        column = getattr(service.model, next(iter(service.model.model_fields)))
        assert _rows_in(service.list_where(column, first.row_version)) == [], name


def test_writes_hand_back_read_models(services: object, sample_ids: dict[str, int]) -> None:
    people = services.people  # type: ignore[attr-defined]
    created = people.create(family_name="Kim", given_name="Yuna")
    _assert_read_only(created)
    updated = people.update(created.id, title="Curator")
    _assert_read_only(updated)
    assert (updated.title, updated.row_version) == ("Curator", created.row_version + 1)
    checked = people.update_checked(
        created.id,
        {"title": "Director"},
        expected={"title": "Curator"},
        base_version=updated.row_version,
    )
    _assert_read_only(checked)
    assert created.title == "" and updated.title == "Curator"  # copies do not follow the row
    snapshot = people.snapshot(created.id)
    people.delete(created.id)
    restored = people.restore(snapshot)
    _assert_read_only(restored)
    assert restored.model_dump(exclude={"row_version"}) == checked.model_dump(
        exclude={"row_version"}
    )


def test_other_public_service_methods_hand_out_no_orm_rows(
    services: object, sample_ids: dict[str, int]
) -> None:
    s: Any = services
    visit_id = sample_ids["visit"]
    residency_id = sample_ids["residency_outgoing"]
    residency = s.residencies.get(residency_id)
    copy_id = s.visits.duplicate(visit_id).id
    copy_snapshot = s.visits.snapshot(copy_id)
    s.visits.delete(copy_id)
    s.exhibitions.set_links(sample_ids["exhibition"], "residencies", [residency_id])
    results = {
        "visits.restore": s.visits.restore(copy_snapshot),
        "visits.duplicate": s.visits.duplicate(visit_id),
        "members.for_visit": s.members.for_visit(visit_id),
        "program.for_visit": s.program.for_visit(visit_id),
        "program.duplicate": s.program.duplicate(s.program.for_visit(visit_id)[0].id),
        "gifts.for_visit": s.gifts.for_visit(visit_id),
        "gifts.people_for_visit": s.gifts.people_for_visit(visit_id),
        "guestbook.for_visit": s.guestbook.for_visit(visit_id),
        "people.search": s.people.search(""),
        "people.by_ids": s.people.by_ids([sample_ids["mayor"], sample_ids["lord_mayor"]]),
        "venues.search": s.venues.search(""),
        "venues.by_ids": s.venues.by_ids([v.id for v in s.venues.list()]),
        "venues.town_hall": s.venues.town_hall("Europe/Berlin"),
        "residencies.query": s.residencies.query(),
        "residencies.page": s.residencies.page(),
        "residencies.counterpart_candidates": s.residencies.counterpart_candidates(
            residency_id, residency.partnership_id, residency.direction
        ),
        "residencies.ensure_checklist": s.residencies.ensure_checklist(residency_id),
        "deliverables.for_residency": s.deliverables.for_residency(residency_id),
        "checklist.for_residency": s.checklist.for_residency(residency_id),
        "exhibitions.query": s.exhibitions.query(),
        "exhibitions.for_residency": s.exhibitions.for_residency(residency_id),
        "exhibitions.residency_choices": s.exhibitions.residency_choices(None),
        "exhibitions.visit_choices": s.exhibitions.visit_choices(None),
        "exhibitions.people": s.exhibitions.people([sample_ids["mayor"]]),
        "balance.ledgers": s.balance.ledgers(),
    }
    offenders = {name: _rows_in(value) for name, value in results.items() if _rows_in(value)}
    assert offenders == {}
    assert all(value not in (None, [], {}) for value in results.values()), [
        name for name, value in results.items() if value in (None, [], {})
    ]
