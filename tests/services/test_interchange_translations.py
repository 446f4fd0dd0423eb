"""Translations in the exchange file: kept by the round trip, checked on import (with the
JSON path of the offending text), and files of version 1 (before translations) still read."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from exchange_planner.domain.errors import ImportFormatError
from exchange_planner.domain.texts import text_in
from exchange_planner.services import interchange
from exchange_planner.services.registry import Services
from exchange_planner.services.settings import SettingsService
from exchange_planner.storage.database import Database, open_database


@pytest.fixture(scope="module")
def sample_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from exchange_planner.services.sample import write_sample

    path = write_sample(tmp_path_factory.mktemp("translations") / "sample.sqlite3")
    database = open_database(path)
    try:
        return interchange.export_document(database)
    finally:
        database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "target.sqlite3")
    yield database
    database.dispose()


def _records(node: Any) -> Iterator[dict[str, Any]]:
    """Every record of a document that has texts in languages (at any depth)."""
    if isinstance(node, dict):
        if "original_language" in node:
            yield node
        for value in node.values():
            yield from _records(value)
    elif isinstance(node, list):
        for value in node:
            yield from _records(value)


def _drop_uuids(node: Any) -> None:
    """Remove the record identities (format version 3) at any depth."""
    if isinstance(node, dict):
        node.pop("uuid", None)
        for value in node.values():
            _drop_uuids(value)
    elif isinstance(node, list):
        for value in node:
            _drop_uuids(value)


def _translation_keys(document: dict[str, Any]) -> set[tuple[Any, ...]]:
    return {
        (record["id"], record["original_language"], field, language, text)
        for record in _records(document)
        for field, texts in record["translations"].items()
        for language, text in texts.items()
    }


def test_the_round_trip_keeps_every_translation(
    sample_document: dict[str, Any], empty_db: Database
) -> None:
    text = interchange.dumps(sample_document)
    interchange.import_document(empty_db, interchange.parse(text.encode()))
    again = interchange.export_document(empty_db)
    assert interchange.plan_of(again) == interchange.plan_of(sample_document)
    keys = _translation_keys(again)
    assert keys == _translation_keys(sample_document)
    # Not vacuous: the sample has hundreds of translations, originals in de and ko.
    assert len(keys) > 150
    assert {record["original_language"] for record in _records(again)} == {"de", "ko"}
    # What was imported reads back through the services in each language.
    services = Services.for_database(empty_db)
    visit = services.visits.list()[0]
    titles = {item.title: item for item in services.program.for_visit(visit.id)}
    reception = titles["Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus"]
    assert text_in(reception, "title", "ko").text == "부르크하르트 융 라이프치히 시장 환영 접견"
    assert text_in(reception, "dress_code", "en").text == "Business attire"
    assert services.settings.home_city_in("ko") == "라이프치히"


def _as_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """The document as Exchange Planner wrote it before translations (format version 1)."""
    old = interchange.plan_of(copy.deepcopy(document))
    old.pop("scope", None)
    old["version"] = 1
    _drop_uuids(old)
    for record in _records(old):
        del record["original_language"]
        del record["translations"]
    for key in ("office_language", "home_city_names"):
        old["settings"].pop(key, None)
    return old


@pytest.mark.parametrize("office_language", ["de", "en"])
def test_a_version_1_file_imports_with_its_texts_in_the_office_language(
    sample_document: dict[str, Any], empty_db: Database, office_language: str
) -> None:
    SettingsService(empty_db).set_office_language(office_language)
    old = _as_version_1(sample_document)
    assert "translations" not in json.dumps(old)
    counts = interchange.import_document(empty_db, json.loads(json.dumps(old)))
    assert counts["program items"] == 12 and counts["people"] == 28
    again = interchange.export_document(empty_db)
    assert again["version"] == interchange.VERSION == 5
    records = list(_records(again))
    assert records and {r["original_language"] for r in records} == {office_language}
    assert all(r["translations"] == {} for r in records)
    # The texts themselves are the ones of the file.
    assert again["visits"][0]["title"] == sample_document["visits"][0]["title"]
    assert _as_version_1(again) == {**old, "settings": _as_version_1(again)["settings"]}


def test_a_small_version_1_file_from_before_translations_imports(empty_db: Database) -> None:
    path = Path(__file__).with_name("exchange_v1.json")
    counts = interchange.import_from_file(empty_db, path)
    assert counts["partnerships"] == 1 and counts["venues"] == 1 and counts["visits"] == 1
    services = Services.for_database(empty_db)
    venue = services.venues.list()[0]
    assert (venue.name, venue.original_language, dict(venue.translations)) == (
        "Neues Rathaus",
        "de",
        {},
    )
    assert services.visits.list()[0].title == "Besuch aus Gwangju"


def _program_title(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["visits"][0]["program"][3]["translations"]


BAD = [
    (
        "unknown field",
        lambda d: _program_title(d).__setitem__("colour", {"ko": "빨강"}),
        "$.visits[0].program[3].translations.colour",
        "cannot be translated (translatable: title, notes, dress_code)",
    ),
    (
        "field of another table",
        lambda d: d["venues"][0]["translations"].__setitem__("title", {"ko": "제목"}),
        "$.venues[0].translations.title",
        "cannot be translated (translatable: name, room, address)",
    ),
    (
        "unknown language",
        lambda d: _program_title(d)["title"].__setitem__("fr", "Réception"),
        "$.visits[0].program[3].translations.title.fr",
        "is not a content language (languages: de, ko, en)",
    ),
    (
        "the original's language",
        lambda d: _program_title(d)["title"].__setitem__("de", "Empfang"),
        "$.visits[0].program[3].translations.title.de",
        "is the original's language (de)",
    ),
    (
        "the original's language (a Korean original)",
        lambda d: d["people"][5]["translations"]["title"].__setitem__("ko", "시장"),
        "$.people[5].translations.title.ko",
        "is the original's language (ko)",
    ),
    (
        "too long",
        lambda d: d["venues"][0]["translations"]["name"].__setitem__("ko", "가" * 5000),
        "$.venues[0].translations.name.ko",
        "is 5000 characters long; at most",
    ),
    (
        "not text",
        lambda d: d["venues"][0]["translations"]["name"].__setitem__("ko", 5),
        "$.venues[0].translations.name.ko",
        "must be a string, not a number",
    ),
    (
        "texts not per language",
        lambda d: d["venues"][0]["translations"].__setitem__("name", "라이프치히"),
        "$.venues[0].translations.name",
        "must be an object, not a string",
    ),
    (
        "control character",
        lambda d: d["gifts"][0]["translations"]["description"].__setitem__("ko", "펜\x00"),
        "$.gifts[0].translations.description.ko",
        "U+0000",
    ),
    (
        "unknown original language",
        lambda d: d["venues"][0].__setitem__("original_language", "fr"),
        "$.venues[0].original_language",
        "'fr' is not one of: de, ko, en",
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "message"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_malformed_translations_are_refused_with_their_path(
    sample_document: dict[str, Any],
    empty_db: Database,
    change: Callable[[dict[str, Any]], None],
    path: str,
    message: str,
) -> None:
    document = copy.deepcopy(sample_document)
    change(document)
    with pytest.raises(ImportFormatError) as raised:
        interchange.import_document(empty_db, json.loads(json.dumps(document)))
    assert raised.value.path == path, raised.value
    assert message in raised.value.message, raised.value
    assert interchange.export_document(empty_db)["venues"] == []
