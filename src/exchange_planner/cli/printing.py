"""``print``: itineraries and gift protocols as PDF files."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from exchange_planner.cli.common import (
    add_db_argument,
    open_services,
    path_argument,
    set_lazy_choices,
)
from exchange_planner.domain.errors import ExchangePlannerError

if TYPE_CHECKING:
    from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printing = subparsers.add_parser("print", help="write an itinerary or a gift protocol as PDF")
    kinds = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    itinerary = kinds.add_parser(
        "itinerary", help="the itinerary of a visit, or of one member (--person)"
    )
    add_db_argument(itinerary)
    itinerary.add_argument("--visit", type=int, required=True, metavar="ID", help="visit id")
    itinerary.add_argument(
        "--person", type=int, metavar="ID", help="personal itinerary of this member"
    )
    itinerary.add_argument(
        "--home-zone",
        action="store_true",
        help="add a column with the times in the delegation's home time zone",
    )
    itinerary.add_argument(
        "--changes-since",
        type=int,
        metavar="N",
        help="add a page of what moved, was added or cancelled since printed version N",
    )
    _common(itinerary)
    itinerary.set_defaults(handler=run_itinerary)

    gifts = kinds.add_parser("gifts", help="the gift protocol of a visit or a calendar year")
    add_db_argument(gifts)
    which = gifts.add_mutually_exclusive_group(required=True)
    which.add_argument("--visit", type=int, metavar="ID", help="visit id")
    which.add_argument("--year", type=int, metavar="YYYY", help="calendar year")
    _common(gifts)
    gifts.set_defaults(handler=run_gifts)


def _common(parser: argparse.ArgumentParser) -> None:
    # The document languages of reports/i18n.py, read when a value is checked or listed.
    lang = parser.add_argument("--lang", default="de", help="document language (default: de)")
    set_lazy_choices(lang, "exchange_planner.reports.i18n", "LANGUAGES")
    parser.add_argument("--font", metavar="TTF", help="TrueType font to use first")
    parser.add_argument(
        "-o",
        "--output",
        type=path_argument,
        required=True,
        metavar="FILE.pdf",
        help="file to write",
    )


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise ExchangePlannerError(f"--output: {path} is a folder; give a file name")
    if not path.parent.exists():
        raise ExchangePlannerError(f"--output: the folder {path.parent} does not exist")


def run_itinerary(args: argparse.Namespace) -> int:
    _check_output(args.output)
    pages = _itinerary_directly(args) if args.changes_since is None else None
    if pages is None:
        from exchange_planner.services.documents import DocumentService

        with open_services(args) as services:
            documents = getattr(services, "documents", None) or DocumentService(services.db)
            pages = documents.write_itinerary(
                args.visit,
                args.output,
                person_id=args.person,
                lang=args.lang,
                home_zone_column=args.home_zone,
                font_path=args.font,
                changes_since=args.changes_since,
            )
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0


def _itinerary_directly(args: argparse.Namespace) -> int | None:
    """Print the itinerary straight from the SQLite file when it can be read and written so
    (``storage.sql_read.sqlite_file_writer``): the data and the stamp by the statements the
    services run (``services.itinerary_reading``), without SQLAlchemy or the table classes.
    Returns the page count, or None when the database is to be opened instead (a server, an
    older or read-only file, a lock held by another program...), before anything is written."""
    import dataclasses
    import sqlite3

    from exchange_planner.cli.core import local_file

    path = local_file(args)
    if path is None:
        return None
    from exchange_planner.reports.data import content_hash
    from exchange_planner.services import itinerary_reading as reading
    from exchange_planner.storage.sql_read import NotQuicklyReadable, sqlite_file_writer

    try:
        with sqlite_file_writer(path) as writer:
            # Refuse an unknown language or an unusable font before a print is recorded.
            reading.check_print_options(args.lang, args.font)
            with writer.reading() as execute:
                data, kind, subject = reading.itinerary(execute, args.visit, args.person)
            digest, now = content_hash(data), reading.stamp_time(None)
            with writer.writing() as execute:
                stamp, _ = reading.record_print(
                    execute, kind, subject, digest, now, user=writer.user, origin=writer.origin
                )
    except (NotQuicklyReadable, sqlite3.Error):
        # Opening it says what is wrong (locked, damaged...), as it always did.
        return None
    from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary

    options = ItineraryOptions(args.lang, args.home_zone, args.font or None)
    return build_itinerary(dataclasses.replace(data, stamp=stamp), args.output, options)


def run_gifts(args: argparse.Namespace) -> int:
    _check_output(args.output)
    from exchange_planner.services.documents import DocumentService

    with open_services(args) as services:
        documents = getattr(services, "documents", None) or DocumentService(services.db)
        pages = documents.write_gift_protocol(
            args.output, visit_id=args.visit, year=args.year, lang=args.lang, font_path=args.font
        )
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0
