"""``exchange-planner conflicts``: every conflict and warning, one per line, before printing.

The lines are English unless LC_ALL / LC_MESSAGES / LANG name German or Korean
(``cli/wording.py``); the kind after the label is always the same key, for scripts.

A current SQLite file is read directly with the standard library's sqlite3
(``storage.sql_read.sqlite_file_reader``) by the statements and rules the service uses
(``services/conflict_reading.py``), so the command answers without loading SQLAlchemy or the
table classes; a server URL, or a file that opening would change or refuse, is opened as
before (``open_services``), with the same output.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from exchange_planner.cli.common import add_db_argument

if TYPE_CHECKING:
    from exchange_planner.domain.conflicts import Conflict


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "conflicts",
        help="list double bookings, items outside visit dates or members' stays, gaps of the "
        "plan and gift warnings",
        description="Print every conflict and warning, one per line; exit status 1 when "
        "there is any, 0 when there is none.",
    )
    add_db_argument(parser)
    parser.add_argument("--visit", type=int, metavar="ID", help="only this visit")
    parser.set_defaults(handler=run_conflicts)


def run_conflicts(args: argparse.Namespace) -> int:
    from exchange_planner.cli.wording import Wording

    conflicts = read_directly(args)
    if conflicts is None:
        conflicts = read_opened(args)
    wording = Wording.from_env()
    for conflict in conflicts:
        print(wording.line(conflict))
    return 1 if conflicts else 0


def read_opened(args: argparse.Namespace) -> list[Conflict]:
    """The conflicts through the services of the opened database (any URL, any file)."""
    from exchange_planner.cli.common import open_services

    with open_services(args) as services:
        if args.visit is not None:
            services.visits.get(args.visit)  # NotFoundError names the missing visit
            return services.conflicts.for_visit(args.visit)
        return services.conflicts.for_all()


def read_directly(args: argparse.Namespace) -> list[Conflict] | None:
    """The conflicts read straight from a current SQLite file, or None when the file is to
    be opened instead (opening says what is wrong with it, as it always did)."""
    import sqlite3

    from exchange_planner.cli.core import local_file
    from exchange_planner.domain.errors import NotFoundError
    from exchange_planner.services.conflict_reading import read_conflicts, visit_exists
    from exchange_planner.storage.sql_read import NotQuicklyReadable, sqlite_file_reader

    path = local_file(args)
    if path is None:
        return None
    try:
        with sqlite_file_reader(path) as execute:
            if args.visit is not None and not visit_exists(execute, args.visit):
                raise NotFoundError(f"There is no visit #{args.visit} (it may have been deleted).")
            return read_conflicts(execute, args.visit, dialect="sqlite")
    except (NotQuicklyReadable, sqlite3.Error):
        return None
