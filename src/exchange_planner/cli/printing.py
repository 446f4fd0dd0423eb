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
