"""The exchange file: round trip on the sample, schema, file writing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from exchange_planner.services import interchange
from exchange_planner.services.interchange_schema import build_schema, schema_text
from exchange_planner.storage import tables
from exchange_planner.storage.database import Database, open_database

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def sample_db(sample_db_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(sample_db_path)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "empty.sqlite3")
    yield database
    database.dispose()


def test_round_trip_through_an_empty_database_gives_the_same_document(
    sample_db: Database, empty_db: Database
) -> None:
    first = interchange.export_document(sample_db)
    text = interchange.dumps(first)
    counts = interchange.import_document(empty_db, interchange.parse(text.encode()))
    second = interchange.export_document(empty_db)
    assert interchange.plan_of(second) == interchange.plan_of(first)
    assert interchange.dumps(interchange.plan_of(second)) == interchange.dumps(
        interchange.plan_of(first)
    )
    # The copy knows the file it was made from (what a merge back compares with).
    assert second["base"] == first["origin"] and first["base"] is None
    assert second["origin"]["database"] != first["origin"]["database"]
    assert counts["people"] == len(first["people"]) > 20
    assert counts["program items"] == sum(len(v["program"]) for v in first["visits"])
    assert counts["checklist items"] == sum(len(r["checklist"]) for r in first["residencies"])


def test_round_trip_through_files(sample_db: Database, empty_db: Database, tmp_path: Path) -> None:
    first = interchange.export_to_file(sample_db, tmp_path / "out.json")
    interchange.import_from_file(empty_db, first)
    second = interchange.export_to_file(empty_db, tmp_path / "again.json")

    def plan(path: Path) -> str:
        return interchange.dumps(interchange.plan_of(json.loads(path.read_bytes())))

    assert plan(first) == plan(second)
    assert "광주" in first.read_text(encoding="utf-8")  # Hangul is written as itself


def test_sample_export_holds_the_sample_and_its_links(sample_db: Database) -> None:
    document = interchange.export_document(sample_db)
    assert list(document)[:2] == ["format", "version"]
    assert document["settings"]["is_sample"] == "true"
    visit = document["visits"][0]
    assert len(visit["members"]) == 20
    starts = [item["starts_at"] for item in visit["program"]]
    assert all(value.endswith("Z") for value in starts)
    pair = {r["id"]: r["counterpart_id"] for r in document["residencies"]}
    assert all(pair[pair[rid]] == rid for rid in pair)  # the residencies answer each other
    gifts = document["gifts"]
    assert {g["value_amount"] for g in gifts} == {"185.00", "120.00", "150000.00", "45.00"}
    # Version 5: a rate keeps its six decimals; the book in dollars has none.
    assert {g["value_currency"]: g["rate_units_per_eur"] for g in gifts} == {
        "EUR": None,
        "KRW": "1409.580000",
        "USD": None,
    }
    assert {rate["currency"] for rate in document["exchange_rates"]} == {"KRW", "USD"}
    assert [rule["jurisdiction"] for rule in document["gift_rules"]] == [
        "DE-SN-KOMMUNAL",
        "DE-BT",
        "KR-PUBLIC",
        "US-FEDERAL",
    ]
    assert [len(item["vehicles"]) for item in visit["program"] if item["vehicles"]] == [2, 2, 2]
    assert {v["label"]: v["seats"] for v in visit["vehicles"]} == {"Bus 1": 24, "Van 1": 8}
    assert document["exhibitions"][0]["visit_ids"] == [visit["id"]]
    for section in ("people", "venues", "gifts", "residencies"):
        ids = [record["id"] for record in document[section]]
        assert ids == sorted(ids)


def _transfer(document: dict) -> dict:
    return next(i for i in document["visits"][0]["program"] if i["vehicles"])["vehicles"][0]


def _cue(document: dict) -> dict:
    return next(i for i in document["visits"][0]["program"] if i["cues"])["cues"][0]


def test_every_column_of_every_table_is_exported(sample_db: Database) -> None:
    """A column added to a table but not to the format would be lost silently."""
    document = interchange.export_document(sample_db)
    nested = {
        "members",
        "hosts",
        "program",
        "attendees",
        "deliverables",
        "checklist",
        "ranks",
        "tables",
        "assignments",
        "vehicles",
        "passengers",
        "cues",
        "limits",
        "dispositions",
    }
    links = {"residency_ids", "visit_ids", "artist_ids"}
    checks = [
        (tables.Partnership, document["partnerships"][0], set()),
        (tables.Person, document["people"][0], set()),
        (tables.Venue, document["venues"][0], set()),
        (tables.Visit, document["visits"][0], set()),
        (tables.VisitMember, document["visits"][0]["members"][0], {"visit_id"}),
        (tables.ProgramItem, document["visits"][0]["program"][0], {"visit_id"}),
        (tables.Gift, document["gifts"][0], set()),
        (tables.GuestbookEntry, document["guestbook_entries"][0], set()),
        (tables.Residency, document["residencies"][0], set()),
        (
            tables.ResidencyDeliverable,
            document["residencies"][0]["deliverables"][0],
            {"residency_id"},
        ),
        (tables.ChecklistItem, document["residencies"][0]["checklist"][0], {"residency_id"}),
        (tables.Exhibition, document["exhibitions"][0], set()),
        (tables.RankTable, document["rank_tables"][0], set()),
        (tables.Rank, document["rank_tables"][0]["ranks"][0], {"rank_table_id"}),
        (tables.VisitHost, document["visits"][0]["hosts"][0], {"visit_id"}),
        (tables.SeatingPlan, document["seating_plans"][0], set()),
        (tables.SeatingTable, document["seating_plans"][0]["tables"][0], {"plan_id"}),
        (
            tables.SeatAssignment,
            document["seating_plans"][0]["tables"][0]["assignments"][0],
            {"table_id"},
        ),
        (tables.Vehicle, document["visits"][0]["vehicles"][0], {"visit_id"}),
        (tables.TransferVehicle, _transfer(document), {"program_item_id"}),
        (tables.TransferSeat, _transfer(document)["passengers"][0], {"transfer_vehicle_id"}),
        (tables.ProgramCue, _cue(document), {"program_item_id"}),
        (tables.GiftRule, document["gift_rules"][0], set()),
        (tables.GiftRuleLimit, document["gift_rules"][0]["limits"][0], {"rule_id"}),
        (tables.ExchangeRate, document["exchange_rates"][0], set()),
        (tables.GiftDisposition, document["gifts"][0]["dispositions"][0], {"gift_id"}),
    ]
    # The row version counts one database's edits; it is not carried to another database.
    local = {"row_version"}
    for model, record, implied in checks:
        assert set(record) - nested - links == set(model.model_fields) - implied - local, model
    defs = build_schema()["$defs"]
    assert (
        set(defs["document_print"]["properties"]) == set(tables.DocumentPrint.model_fields) - local
    )


def test_export_validates_against_the_documented_schema(sample_db: Database) -> None:
    schema = json.loads((DOCS / "interchange.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = interchange.export_document(sample_db)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)


def test_documented_schema_is_the_one_the_importer_uses() -> None:
    written = (DOCS / "interchange.schema.json").read_text(encoding="utf-8")
    assert written == schema_text(), "run: python -m exchange_planner.services.interchange_schema"


def test_document_prints_round_trip(empty_db: Database, tmp_path: Path) -> None:
    document = {
        "format": "exchange-planner",
        "version": 1,
        "document_prints": [
            {
                "id": 4,
                "kind": "itinerary",
                "subject_key": "visit:1",
                "content_hash": "ab" * 32,
                "version": 3,
                "printed_at": "2023-07-20T18:30:05.250000+02:00",
            }
        ],
    }
    interchange.import_document(empty_db, document)
    exported = interchange.export_document(empty_db)["document_prints"]
    assert exported == [
        {**document["document_prints"][0], "printed_at": "2023-07-20T16:30:05.250000Z"}
    ]


def test_offsets_are_read_and_written_back_in_utc(empty_db: Database) -> None:
    document = {
        "format": "exchange-planner",
        "version": 1,
        "partnerships": [
            {"id": 7, "partner_city": "Gwangju", "country": "South Korea", "timezone": "Asia/Seoul"}
        ],
        "visits": [
            {
                "id": 3,
                "partnership_id": 7,
                "title": "Working visit",
                "direction": "outgoing",
                "start_date": "2024-05-02",
                "end_date": "2024-05-03",
                "program": [
                    {
                        "id": 9,
                        "title": "Breakfast",
                        "starts_at": "2024-05-02T08:00:00+09:00",
                        "ends_at": "2024-05-02T09:00:00+09:00",
                        "timezone": "Asia/Seoul",
                    }
                ],
            }
        ],
    }
    counts = interchange.import_document(empty_db, document)
    assert counts["program items"] == 1
    item = interchange.export_document(empty_db)["visits"][0]["program"][0]
    assert (item["starts_at"], item["ends_at"]) == ("2024-05-01T23:00:00Z", "2024-05-02T00:00:00Z")
    assert item["kind"] == "meeting" and item["all_members"] is True  # defaults filled in


def test_failed_export_leaves_the_previous_file_alone(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "exchange.json"
    target.write_text("previous contents", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        interchange.export_to_file(sample_db, target)
    assert target.read_text(encoding="utf-8") == "previous contents"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
