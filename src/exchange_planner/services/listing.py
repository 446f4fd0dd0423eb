"""What ``exchange-planner list`` shows: each kind one SQL text, read through either driver.

The command reads a SQLite file at the current schema through
``storage.sql_read.sqlite_file_reader`` (the standard library only, nothing else imported);
any other database, an older file or one that cannot be read that way goes through
:func:`read`, which runs the same statements in a session of the opened database
(``storage.sql_read.session_execute``). The order is that of the services' ``list()``
(their ``default_order``). Plain values only (named tuples, not even dataclasses: their
import costs more than reading the sample).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from exchange_planner.storage.sql_read import Execute, Row, calendar_day

if TYPE_CHECKING:
    from exchange_planner.storage.database import Database

#: The kinds ``exchange-planner list`` knows.
KINDS = ("visits", "residencies", "exhibitions", "people")

VISITS = "SELECT id, title, start_date, end_date, status FROM visit ORDER BY start_date DESC, id"
RESIDENCIES = (
    "SELECT id, title, start_date, end_date, status FROM residency ORDER BY start_date DESC, id"
)
EXHIBITIONS = (
    "SELECT id, title, start_date, end_date, '' FROM exhibition ORDER BY start_date DESC, id"
)
PEOPLE = (
    "SELECT id, family_name, given_name, native_name, name_order, title FROM person "
    "ORDER BY family_name, given_name"
)


class Dated(NamedTuple):
    """A visit, residency or exhibition as listed (``status`` is "" for an exhibition)."""

    id: int
    title: str
    start_date: date
    end_date: date
    status: str


class ListedPerson(NamedTuple):
    """A person as listed: the name parts (a ``domain.names.Named``) and the title."""

    id: int
    family_name: str
    given_name: str
    native_name: str
    name_order: str
    title: str


def _dated(row: Row) -> Dated:
    id_, title, start, end, status = row
    return Dated(id_, title, calendar_day(start), calendar_day(end), status)  # type: ignore[arg-type]


def visits(execute: Execute) -> list[Dated]:
    """Every visit, latest start first (``VisitService.list``'s order)."""
    return [_dated(row) for row in execute(VISITS)]


def residencies(execute: Execute) -> list[Dated]:
    """Every residency, latest start first."""
    return [_dated(row) for row in execute(RESIDENCIES)]


def exhibitions(execute: Execute) -> list[Dated]:
    """Every exhibition, latest start first."""
    return [_dated(row) for row in execute(EXHIBITIONS)]


def people(execute: Execute) -> list[ListedPerson]:
    """Every person, by family and given name."""
    return [ListedPerson._make(row) for row in execute(PEOPLE)]


def lines(execute: Execute, kind: str) -> list[Dated] | list[ListedPerson]:
    """The lines of ``kind`` (one of :data:`KINDS`)."""
    readers: dict[str, Callable[[Execute], list[Dated] | list[ListedPerson]]] = {
        "visits": visits,
        "residencies": residencies,
        "exhibitions": exhibitions,
        "people": people,
    }
    return readers[kind](execute)


def read(db: Database, kind: str) -> list[Dated] | list[ListedPerson]:
    """The lines of ``kind`` from an opened database (any driver)."""
    from exchange_planner.storage.sql_read import session_execute

    with db.session() as session:
        return lines(session_execute(session), kind)
