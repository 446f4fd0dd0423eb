"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database, open_database


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $EXCHANGE_PLANNER_DB or the user data dir)",
    )


@contextmanager
def open_services(args: argparse.Namespace, *, create: bool = False) -> Iterator[Services]:
    """The services of the database named by ``--db`` (given before or after the command).

    Reading commands do not create a database: a mistyped path is an error, not a new file.
    """
    db = open_database(getattr(args, "db", None), create=create)
    note_read_only(db)
    try:
        yield Services.for_database(db)
    finally:
        db.dispose()


def note_read_only(db: Database) -> None:
    """One line on stderr when a reading command works on a database opened read-only."""
    if db.read_only:
        print(
            f"exchange-planner: note: {db.path} opened read-only ({db.read_only_reason}); "
            "nothing is recorded or changed",
            file=sys.stderr,
        )
