"""Translations stored with their record: checked, merged text by text, logged per text."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from exchange_planner.domain.errors import ConflictError, ValidationError
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database, alembic_config, open_database


def _venue(services: Services, **values):
    return services.venues.create(name="Neues Rathaus", timezone="Europe/Berlin", **values)


def test_a_new_record_is_in_the_office_language(services: Services) -> None:
    assert _venue(services).original_language == "de"
    services.settings.set_office_language("ko")
    assert _venue(services).original_language == "ko"


def test_translations_are_stored_and_read_back(services: Services) -> None:
    venue = _venue(services, translations={"name": {"ko": "신시청사", "en": "New Town Hall"}})
    again = services.venues.get(venue.id)
    assert again.translations.get_text("name", "ko") == "신시청사"
    assert again.model_dump()["translations"] == {"name": {"en": "New Town Hall", "ko": "신시청사"}}


@pytest.mark.parametrize(
    ("translations", "field", "words"),
    [
        ({"capacity": {"ko": "10"}}, "translations", "cannot be translated"),
        ({"name": {"fr": "Hôtel de ville"}}, "name@fr", "not a content language"),
        ({"name": {"de": "Rathaus"}}, "name@de", "original's language"),
        ({"name": {"ko": "가" * 301}}, "name@ko", "300"),
    ],
)
def test_bad_translations_are_refused_naming_the_text(
    services: Services, translations, field: str, words: str
) -> None:
    venue = _venue(services)
    with pytest.raises(ValidationError) as raised:
        services.venues.update(venue.id, translations=translations)
    assert raised.value.field == field
    assert words in raised.value.message
    assert services.venues.get(venue.id).translations == {}


def test_a_colleagues_translation_of_another_language_is_kept(db: Database) -> None:
    mine, theirs = Services.for_database(db), Services.for_database(db)
    venue = _venue(mine)
    theirs.venues.update(venue.id, translations={"name": {"en": "New Town Hall"}})
    mine.venues.update_checked(
        venue.id,
        {"translations": {"name": {"ko": "신시청사"}}},
        expected={"translations": venue.translations},
        base_version=venue.row_version,
    )
    stored = mine.venues.get(venue.id).translations
    assert stored == {"name": {"en": "New Town Hall", "ko": "신시청사"}}


def test_the_same_translation_changed_by_both_is_a_conflict(db: Database) -> None:
    mine, theirs = Services.for_database(db), Services.for_database(db)
    venue = _venue(mine, translations={"name": {"ko": "신시청사"}})
    theirs.venues.update(venue.id, translations={"name": {"ko": "새 시청"}})
    with pytest.raises(ConflictError) as raised:
        mine.venues.update_checked(
            venue.id,
            {"translations": {"name": {"ko": "라이프치히 신시청사"}}},
            expected={"translations": venue.translations},
            base_version=venue.row_version,
        )
    assert raised.value.field == "name@ko"
    assert raised.value.theirs == "새 시청"
    assert mine.venues.get(venue.id).translations == {"name": {"ko": "새 시청"}}


def test_the_change_log_names_each_translation(services: Services, db: Database) -> None:
    venue = _venue(services, translations={"name": {"ko": "신시청사"}})
    services.venues.update(venue.id, translations={"name": {"en": "New Town Hall"}})
    with db.engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT field, old_value, new_value FROM change_log "
                "WHERE table_name = 'venue' AND action = 'update' ORDER BY id"
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        ("name@en", None, "New Town Hall"),
        ("name@ko", "신시청사", None),
    ]


def test_home_city_names_per_language(services: Services) -> None:
    assert services.settings.home_city_in("ko") == "Leipzig"
    services.settings.set_home_city_names({"ko": "라이프치히", "en": ""})
    assert services.settings.home_city_in("ko") == "라이프치히"
    assert services.settings.home_city_names() == {"ko": "라이프치히"}
    with pytest.raises(ValidationError):
        services.settings.set_home_city_names({"xx": "Leipzig"})


@pytest.mark.sqlite_only
def test_upgrade_keeps_texts_as_german_and_the_native_city_name(db_path) -> None:
    db = open_database(db_path)
    services = Services.for_database(db)
    services.partnerships.create(
        partner_city="Gwangju",
        country="South Korea",
        timezone="Asia/Seoul",
        city_native="광주",
        languages="ko,en",
    )
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
    db.dispose()
    reopened = open_database(db_path)
    partnership = Services.for_database(reopened).partnerships.list()[0]
    assert partnership.original_language == "de"
    assert partnership.translations == {"partner_city": {"ko": "광주"}}
    reopened.dispose()
