"""Core subcommands: ``demo`` and ``list``.

``list`` reads a SQLite file at the current schema directly (``storage.sql_read``: the
standard library's sqlite3, no SQLAlchemy, no table classes); a server database, an older
file or one that opening would change goes through ``open_database`` (which upgrades it with
a backup, opens it read-only with a note, or explains why not). Both run the statements of
``services/listing.py`` and print the same table.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from exchange_planner.cli.common import add_db_argument, open_services, path_argument

if TYPE_CHECKING:
    from pathlib import Path

    from exchange_planner.services.listing import Dated, ListedPerson

#: The variable naming the database when ``--db`` is not given (``storage.database``'s).
DB_ENV_VAR = "EXCHANGE_PLANNER_DB"

HEADERS: dict[str, tuple[str, ...]] = {
    "visits": ("id", "title", "dates", "status"),
    "residencies": ("id", "title", "dates", "status"),
    "exhibitions": ("id", "title", "dates", ""),
    "people": ("id", "name", "own script", "title"),
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser("demo", help="write the Leipzig–Gwangju sample database")
    demo.add_argument("path", type=path_argument, help="file to create")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(handler=run_demo)

    listing = subparsers.add_parser("list", help="list records")
    listing.add_argument("what", choices=["visits", "residencies", "exhibitions", "people"])
    add_db_argument(listing)
    listing.set_defaults(handler=run_list)


def run_demo(args: argparse.Namespace) -> int:
    from exchange_planner.cli.common import before_opening_a_database
    from exchange_planner.services.sample import write_sample

    before_opening_a_database()
    path = write_sample(args.path, force=args.force)
    print(f"Sample database written to {path}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from exchange_planner.services import listing

    lines = read_directly(args, args.what)
    if lines is None:
        with open_services(args) as services:
            lines = listing.read(services.db, args.what)
    _print_table(HEADERS[args.what], [cells(line) for line in lines])
    return 0


def local_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file that ``--db`` (or ``$EXCHANGE_PLANNER_DB``) names, as
    ``storage.database.resolve_url`` resolves it; None for a URL or the default location
    (whose folder ``open_database`` may first create)."""
    from pathlib import Path

    location = getattr(args, "db", None)
    if location is None:
        location = os.environ.get(DB_ENV_VAR) or None
    if location is None or "://" in location:
        return None
    return Path(location).expanduser().resolve()


def read_directly(args: argparse.Namespace, kind: str) -> list[Dated] | list[ListedPerson] | None:
    """The lines of ``kind`` read straight from the file when it can be read so (see
    ``storage.sql_read.sqlite_file_reader``), else None: then the database is opened."""
    import sqlite3

    from exchange_planner.services import listing
    from exchange_planner.storage.sql_read import NotQuicklyReadable, sqlite_file_reader

    path = local_file(args)
    if path is None:
        return None
    try:
        with sqlite_file_reader(path) as execute:
            return listing.lines(execute, kind)
    except (NotQuicklyReadable, sqlite3.Error):
        # Opening it says what is wrong (locked, damaged...), as it always did.
        return None


def cells(line: Dated | ListedPerson) -> tuple[object, ...]:
    """One row of the table ``list`` prints."""
    from exchange_planner.services.listing import ListedPerson

    if isinstance(line, ListedPerson):
        from exchange_planner.domain.names import latin_name, own_script_name

        return (line.id, latin_name(line), own_script_name(line), line.title)
    return (line.id, line.title, f"{line.start_date}–{line.end_date}", line.status)


def _print_table(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    if not rows:
        print("(none)")
        return
    cells = [tuple(str(value) for value in row) for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print(
            "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip()
        )
