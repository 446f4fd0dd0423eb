"""The exchange file (version 4) with rank tables, hosts and seating plans; older files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from exchange_planner.domain.errors import ImportFormatError
from exchange_planner.services import interchange
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database, open_database


@pytest.fixture
def document(services: Services, sample_ids: dict[str, int]) -> dict[str, Any]:
    return json.loads(interchange.dumps(interchange.export_document(services.db)))


@pytest.fixture
def empty(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "empty.sqlite3")
    yield db
    db.dispose()


def _rank(document: dict[str, Any], title: str) -> dict[str, Any]:
    return next(
        rank
        for table in document["rank_tables"]
        for rank in table["ranks"]
        if rank["title"] == title
    )


def test_the_order_and_the_dinner_survive_the_file(
    document: dict[str, Any], empty: Database, services: Services, sample_ids: dict[str, int]
) -> None:
    assert document["version"] == 5
    counts = interchange.import_document(empty, document)
    assert (counts["rank tables"], counts["ranks"], counts["visit hosts"]) == (2, 12, 6)
    assert (counts["seating plans"], counts["seating tables"], counts["seats"]) == (1, 2, 26)
    copy_services = Services.for_database(empty)
    visit = sample_ids["visit"]
    here = [e.person.uuid for e in services.precedence.order(visit).entries]
    there = [e.person.uuid for e in copy_services.precedence.order(visit).entries]
    assert there == here
    dinner = sample_ids["dinner"]
    assert copy_services.seating.csv_rows(dinner) == services.seating.csv_rows(dinner)


def test_an_override_counts_the_whole_list_of_the_visit(
    document: dict[str, Any], empty: Database, sample_ids: dict[str, int]
) -> None:
    """Place 26 exists only once the hosts (after the members in the file) are in."""
    member = document["visits"][0]["members"][0]
    member["precedence_override"] = 26
    member["override_reason"] = "Leaves early"
    interchange.import_document(empty, document)
    order = Services.for_database(empty).precedence.order(sample_ids["visit"])
    assert order.entries[25].person_id == member["person_id"]
    assert order.entries[25].override_reason == "Leaves early"


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda d: _rank(d, "과장").__setitem__(
                "equivalent_rank_id", _rank(d, "Referent")["id"]
            ),
            "$.rank_tables[1].ranks[5].equivalent_rank_id",
            "make 과장 and 주무관 of “대한민국 — 지방자치단체” equal",
        ),
        (
            lambda d: d["visits"][0]["members"][1].__setitem__("precedence_override", 3),
            "$.visits[0].members[1].override_reason",
            "say why",
        ),
        (
            lambda d: d["seating_plans"][0].__setitem__(
                "program_item_id", d["visits"][0]["program"][0]["id"]
            ),
            "$.seating_plans[0].kind",
            "seating plans are for meals and receptions",
        ),
        (
            lambda d: d["seating_plans"][0]["tables"][0]["assignments"][0].__setitem__("seat", 15),
            "$.seating_plans[0].tables[0].assignments[0].seat",
            "seats 1 to 14, not 15",
        ),
        (
            lambda d: d["visits"][0]["hosts"].append(
                {k: v for k, v in d["visits"][0]["hosts"][0].items() if k != "uuid"} | {"id": 99}
            ),
            "$.visits[0].hosts[6].person_id",
            "Burkhard Jung is already a host of this visit",
        ),
    ],
    ids=["rank cycle", "override without reason", "plan of a transfer", "seat 15", "host twice"],
)
def test_bad_precedence_data_is_refused_with_its_path(
    document: dict[str, Any], empty: Database, change: Any, path: str, words: str
) -> None:
    bad = copy.deepcopy(document)
    change(bad)
    with pytest.raises(ImportFormatError) as refused:
        interchange.import_document(empty, bad)
    assert str(refused.value).startswith(path), str(refused.value)
    assert words in str(refused.value)
    assert Services.for_database(empty).people.is_empty()


def test_a_version_3_file_without_the_new_sections_imports(
    document: dict[str, Any], empty: Database
) -> None:
    old = copy.deepcopy(document)
    old["version"] = 3
    for key in ("rank_tables", "seating_plans"):
        del old[key]
    for person in old["people"]:
        for field in ("rank_id", "elected", "in_office_since", "born_on"):
            del person[field]
    for visit in old["visits"]:
        del visit["hosts"]
        for member in visit["members"]:
            for field in ("precedence_override", "override_reason", "interprets_for_id"):
                del member[field]
    counts = interchange.import_document(empty, old)
    assert counts["people"] == 28 and counts["ranks"] == 0 and counts["visit hosts"] == 0
    order = Services.for_database(empty).precedence.order(old["visits"][0]["id"])
    assert len(order.entries) == 20 and all("unranked" in e.flags for e in order.entries)
