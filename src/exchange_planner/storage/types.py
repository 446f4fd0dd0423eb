"""Column types that keep the database portable between SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

from exchange_planner.domain.texts import Translations


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and hands them back aware (tzinfo=UTC).

    SQLite has no time zone type; keeping the stored value in UTC everywhere makes range
    queries on indexed columns correct across daylight-saving changes.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC instant is stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text, e.g. from a hand-edited database
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC)


def enum_type(enum_cls: type[StrEnum], name: str = "") -> sa.Enum:
    """A VARCHAR with a CHECK constraint on the enum's values (no native PostgreSQL type).

    ``name`` names the constraint where a table has two columns of one enum (the names of a
    table's constraints must differ); by default it is the enum's class name.
    """
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        name=name or enum_cls.__name__.lower(),
        validate_strings=True,
    )


class TranslationsJSON(TypeDecorator[dict[str, dict[str, str]]]):
    """A record's translations, ``{field: {language: text}}``, as JSON (TEXT on SQLite).

    Stored in the normal form of ``domain.texts.Translations`` (no empty texts or fields,
    keys sorted), so equal translations are equal stored values (the change log and the
    conflict checks compare them).
    """

    impl = sa.JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> dict[str, dict[str, str]]:
        return Translations(value).to_dict()

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> dict[str, dict[str, str]]:
        if isinstance(value, str):  # raw SQLite text, e.g. from a hand-edited database
            value = json.loads(value or "{}")
        return Translations(value).to_dict()
