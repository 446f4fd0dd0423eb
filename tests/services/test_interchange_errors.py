"""Bad exchange files: each names the offending field by its JSON path and changes nothing."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from exchange_planner.domain.errors import ImportFormatError
from exchange_planner.services import interchange
from exchange_planner.storage.database import Database, open_database


@pytest.fixture(scope="module")
def sample_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from exchange_planner.services.sample import write_sample

    path = write_sample(tmp_path_factory.mktemp("interchange") / "sample.sqlite3")
    database = open_database(path)
    try:
        return interchange.export_document(database)
    finally:
        database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "target.sqlite3")
    yield database
    database.dispose()


def _program_end_before_start(doc: dict[str, Any]) -> None:
    item = doc["visits"][0]["program"][2]
    item["ends_at"] = "2023-07-26T05:00:00Z"
    assert item["starts_at"] > item["ends_at"]


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return change


def _delete(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node = doc
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return change


def _same_direction_counterpart(doc: dict[str, Any]) -> None:
    first, second = doc["residencies"]
    second["direction"] = first["direction"]


def _duplicate_person_id(doc: dict[str, Any]) -> None:
    doc["people"][4]["id"] = doc["people"][1]["id"]


def _attendees_with_all_members(doc: dict[str, Any]) -> None:
    item = next(i for i in doc["visits"][0]["program"] if i["all_members"])
    item["attendees"] = [doc["people"][0]["id"]]


CASES = [
    ("wrong version", _set(["version"], 6), "$.version", "newer"),
    ("wrong format", _set(["format"], "other"), "$.format", "not an Exchange Planner"),
    (
        "missing family name",
        _delete(["people", 3, "family_name"]),
        "$.people[3].family_name",
        "is required",
    ),
    (
        "blank family name",
        _set(["people", 3, "family_name"], "   "),
        "$.people[3].family_name",
        "must not be empty",
    ),
    (
        "bad enum",
        _set(["visits", 0, "status"], "maybe"),
        "$.visits[0].status",
        "'maybe' is not one of",
    ),
    (
        "wrong type",
        _set(["venues", 1, "capacity"], "many"),
        "$.venues[1].capacity",
        "must be an integer or null",
    ),
    (
        "unknown field",
        _set(["venues", 0, "colour"], "red"),
        "$.venues[0].colour",
        "is not a field",
    ),
    (
        "program ends before it starts",
        _program_end_before_start,
        "$.visits[0].program[2].ends_at",
        "ends before it starts",
    ),
    (
        "visit ends before it starts",
        _set(["visits", 0, "end_date"], "2023-07-01"),
        "$.visits[0].end_date",
        "before it starts",
    ),
    (
        "impossible date",
        _set(["visits", 0, "start_date"], "2023-02-30"),
        "$.visits[0].start_date",
        "is not a date",
    ),
    (
        "instant without offset",
        _set(["visits", 0, "program", 0, "starts_at"], "2023-07-26T08:00:00"),
        "$.visits[0].program[0].starts_at",
        "with offset",
    ),
    (
        "unknown time zone",
        _set(["venues", 2, "timezone"], "Europe/Leipzig"),
        "$.venues[2].timezone",
        "not a known time zone",
    ),
    (
        "dangling giver",
        _set(["gifts", 0, "giver_id"], 999),
        "$.gifts[0].giver_id",
        "there is no person #999",
    ),
    (
        "dangling member",
        _set(["visits", 0, "members", 5, "person_id"], 999),
        "$.visits[0].members[5].person_id",
        "#999",
    ),
    (
        "dangling link",
        _set(["exhibitions", 0, "visit_ids"], [999]),
        "$.exhibitions[0].visit_ids[0]",
        "no visit #999",
    ),
    (
        "counterpart same direction",
        _same_direction_counterpart,
        "$.residencies[0].counterpart_id",
        "other way",
    ),
    ("duplicate id", _duplicate_person_id, "$.people[4].id", "also used by $.people[1]"),
    (
        "attendees with all members",
        _attendees_with_all_members,
        "$.visits[0].program",
        "must be empty",
    ),
    (
        "amount as number",
        _set(["gifts", 1, "value_amount"], 120.5),
        "$.gifts[1].value_amount",
        "must be a string or null",
    ),
    (
        "too many decimals",
        _set(["gifts", 1, "value_amount"], "120.555"),
        "$.gifts[1].value_amount",
        "at most two decimals",
    ),
    (
        "bad document print",
        _set(
            ["document_prints"],
            [
                {
                    "id": 1,
                    "kind": "poster",
                    "subject_key": "x",
                    "content_hash": "0",
                    "printed_at": "2024-01-01T00:00:00Z",
                }
            ],
        ),
        "$.document_prints[0].kind",
        "'poster' is not one of",
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "message"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_bad_input_names_the_path_and_imports_nothing(
    sample_document: dict[str, Any],
    empty_db: Database,
    change: Callable[[dict[str, Any]], None],
    path: str,
    message: str,
) -> None:
    document = copy.deepcopy(sample_document)
    change(document)
    before = interchange.export_document(empty_db)
    with pytest.raises(ImportFormatError) as raised:
        interchange.import_document(empty_db, document)
    assert raised.value.path.startswith(path), raised.value
    assert message in raised.value.message, raised.value
    assert interchange.export_document(empty_db) == before


def test_a_late_error_rolls_back_everything_before_it(
    sample_document: dict[str, Any], empty_db: Database
) -> None:
    document = copy.deepcopy(sample_document)
    document["exhibitions"][0]["artist_ids"] = [12345]  # the last records checked
    with pytest.raises(ImportFormatError, match=r"\$\.exhibitions\[0\]\.artist_ids\[0\]"):
        interchange.import_document(empty_db, document)
    after = interchange.export_document(empty_db)
    assert after["people"] == [] and after["visits"] == [] and after["settings"] == {}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"format": "exchange-planner", "version": 1,', "not valid JSON"),
        (b"[1, 2]", "must be a JSON object, not an array"),
        (b'"hello"', "must be a JSON object, not a string"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": "exchange-planner", "version": 1, "version": 1}', "appears twice"),
        (b'{"format": "exchange-planner", "version": NaN}', "NaN is not a JSON value"),
    ],
)
def test_unreadable_files_are_refused_at_the_root(
    empty_db: Database, tmp_path: Path, raw: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(ImportFormatError) as raised:
        interchange.import_from_file(empty_db, path)
    assert raised.value.path == "$"
    assert message in raised.value.message
    assert interchange.export_document(empty_db)["people"] == []


def test_import_into_a_database_with_records_is_refused_and_changes_nothing(
    sample_document: dict[str, Any], sample_db_path: Path
) -> None:
    database = open_database(sample_db_path)
    try:
        before = interchange.export_document(database)
        with pytest.raises(interchange.DatabaseNotEmptyError, match="already holds records"):
            interchange.import_document(database, json.loads(json.dumps(sample_document)))
        assert interchange.export_document(database) == before
    finally:
        database.dispose()


def test_settings_alone_do_not_make_a_database_non_empty(empty_db: Database) -> None:
    from exchange_planner.services.settings import SettingsService

    SettingsService(empty_db).set("home_city", "Dresden")
    interchange.import_document(
        empty_db, {"format": "exchange-planner", "version": 1, "settings": {"home_city": "Leipzig"}}
    )
    assert SettingsService(empty_db).get("home_city") == "Leipzig"
